/* sql.c: the wilayah module's SQL (see sql.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/str.h"
#include "lib/xalloc.h"
#include "store/store.h"
#include "wilayah_data.h"
#include "sql.h"

#define COLS                                                                   \
	"w.code, w.name, w.level, coalesce(w.parent_code, ''),"                \
	" w.kelurahan, (SELECT count(*) FROM wilayah c"                        \
	" WHERE c.parent_code = w.code)"

static void
row(struct store_stmt *st, void *elem)
{
	struct wilayah *w = elem;
	const char *name;

	memset(w, 0, sizeof(*w));
	str_field(w->code, sizeof(w->code), store_text(st, 0));
	str_field(w->name, sizeof(w->name), store_text(st, 1));
	str_field(w->level, sizeof(w->level), store_text(st, 2));
	str_field(w->parent, sizeof(w->parent), store_text(st, 3));
	w->kelurahan = (int)store_int(st, 4);
	w->nchildren = (int)store_int(st, 5);
	name = w->name;
	if (strcmp(w->level, "kecamatan") == 0)
		snprintf(w->label, sizeof(w->label), "Kecamatan %s", name);
	else if (strcmp(w->level, "desa") == 0 && w->kelurahan)
		snprintf(w->label, sizeof(w->label), "Kelurahan %s", name);
	else if (strcmp(w->level, "desa") == 0 &&
	    strncmp(name, "Kampung ", 8) != 0)
		snprintf(w->label, sizeof(w->label), "Kampung %s", name);
	else
		str_field(w->label, sizeof(w->label), name);
}

int
wilayah_sql_get(struct store *s, const char *code, struct wilayah *w)
{
	struct store_stmt *st;
	int found = 0;

	st = store_query(s, "SELECT " COLS " FROM wilayah w WHERE w.code = ?",
	    "s", code);
	if (st == NULL)
		return -1;
	if (store_step(st) == STORE_ROW) {
		row(st, w);
		found = 1;
	}
	store_done(st);
	return found ? 0 : -1;
}

int
wilayah_sql_children(struct store *s, const char *parent,
    struct wilayah_list *l)
{
	memset(l, 0, sizeof(*l));
	if (store_rows(s, &l->v, sizeof(*l->v), &l->n, row,
		"SELECT " COLS
		" FROM wilayah w WHERE w.parent_code = ? ORDER BY w.code",
		"s", parent) != STORE_DONE) {
		wilayah_list_free(l);
		return -1;
	}
	return 0;
}

int
wilayah_sql_upsert(struct store *s, const char *code, const char *name,
    const char *level, const char *parent, int kelurahan)
{
	return store_run(s,
	    "INSERT INTO wilayah(code, name, level,"
	    " parent_code, kelurahan) VALUES (?, ?, ?, nullif(?, ''), ?)"
	    " ON CONFLICT(code) DO UPDATE SET name = excluded.name,"
	    " level = excluded.level, parent_code = excluded.parent_code,"
	    " kelurahan = excluded.kelurahan",
	    "ssssd", code, name, level, parent, kelurahan);
}

int
wilayah_sql_upsert_opd(struct store *s, const char *code, const char *name,
    const char *category, const char *basis, const char *note)
{
	return store_run(s,
	    "INSERT INTO unit(code, name, kind, category,"
	    " basis, note) VALUES (?, ?, 'opd', ?, ?, ?) ON CONFLICT(code)"
	    " DO UPDATE SET name = excluded.name, category ="
	    " excluded.category, basis = excluded.basis, note ="
	    " excluded.note",
	    "sssss", code, name, category, basis, note);
}

int
wilayah_sql_kecamatan_units(struct store *s, const char *like)
{
	return store_run(s,
	    "INSERT INTO unit(code, name, kind, category,"
	    " wilayah_code, basis) SELECT code, 'Kecamatan ' || name,"
	    " 'kecamatan', 'kecamatan', code, 'kemendagri-2025' FROM wilayah"
	    " WHERE level = 'kecamatan' AND code LIKE ? ON CONFLICT(code) DO"
	    " UPDATE SET name = excluded.name",
	    "s", like);
}

int
wilayah_sql_desa_units(struct store *s, const char *like)
{
	return store_run(s,
	    "INSERT INTO unit(code, name, kind, category,"
	    " wilayah_code, parent_id, basis) SELECT w.code,"
	    " CASE WHEN w.kelurahan = 1 THEN 'Kelurahan ' || w.name"
	    " WHEN w.name LIKE 'Kampung %' THEN w.name"
	    " ELSE 'Kampung ' || w.name END, 'kampung',"
	    " CASE WHEN w.kelurahan = 1 THEN 'kelurahan' ELSE 'kampung'"
	    " END, w.code, p.id, 'kemendagri-2025' FROM wilayah w"
	    " JOIN unit p ON p.code = w.parent_code WHERE w.level ="
	    " 'desa' AND w.code LIKE ? ON CONFLICT(code) DO UPDATE SET"
	    " name = excluded.name, parent_id = excluded.parent_id",
	    "s", like);
}
