/* sql.c: the pengumuman module's SQL (see sql.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lib/xalloc.h"
#include "store/store.h"
#include "pengumuman_data.h"
#include "sql.h"

#define P_SELECT                                                               \
	"SELECT p.id, p.unit_id, u.code, u.name, p.jenis, p.judul,"            \
	" p.isi, p.state, coalesce(p.published_at, 0), p.created_at,"          \
	" p.updated_at FROM pengumuman p JOIN unit u ON u.id = p.unit_id"

static void
row(struct store_stmt *st, void *elem)
{
	struct pengumuman *p = elem;

	memset(p, 0, sizeof(*p));
	p->id = store_int(st, 0);
	p->unit_id = store_int(st, 1);
	snprintf(p->unit_code, sizeof(p->unit_code), "%s", store_text(st, 2));
	snprintf(p->unit_name, sizeof(p->unit_name), "%s", store_text(st, 3));
	snprintf(p->jenis, sizeof(p->jenis), "%s", store_text(st, 4));
	p->judul = xstrdup(store_text(st, 5));
	p->isi = xstrdup(store_text(st, 6));
	snprintf(p->state, sizeof(p->state), "%s", store_text(st, 7));
	p->published_at = store_int(st, 8);
	p->created_at = store_int(st, 9);
	p->updated_at = store_int(st, 10);
}

int
pengumuman_sql_get(struct store *s, int64_t id, struct pengumuman *p)
{
	struct store_stmt *st;
	int rc;

	st = store_query(s, P_SELECT " WHERE p.id = ?", "i", id);
	if (st == NULL)
		return -3;
	rc = store_step(st);
	if (rc == STORE_ROW)
		row(st, p);
	store_done(st);
	if (rc == STORE_ROW)
		return 0;
	return rc == STORE_DONE ? -1 : -3;
}

struct pengumuman *
pengumuman_sql_list(struct store *s, int64_t unit_id, int published_only,
    int limit, size_t *np)
{
	struct pengumuman *v = NULL;
	size_t n = 0;

	*np = 0;
	if (store_rows(s, &v, sizeof(*v), &n, row,
		P_SELECT
		" WHERE (? = 0 OR"
		" p.unit_id = ?) AND (? = 0 OR p.state = 'terbit') ORDER BY CASE"
		" WHEN ? THEN p.published_at ELSE p.updated_at END DESC, p.id DESC"
		" LIMIT ?",
		"iiddd", unit_id, unit_id, published_only, published_only,
		limit) != STORE_DONE) {
		pengumuman_list_free(v, n);
		return NULL;
	}
	if (v == NULL)
		v = xcalloc(1, sizeof(*v));
	*np = n;
	return v;
}

int
pengumuman_sql_insert(struct store *s, int64_t unit_id, const char *jenis,
    const char *judul, const char *isi, int64_t author_id, time_t now,
    int64_t *idp)
{
	int rc;

	rc = store_run(s,
	    "INSERT INTO pengumuman(unit_id, jenis, judul,"
	    " isi, author_id, created_at, updated_at) VALUES (?, ?, ?,"
	    " ?, ?, ?, ?)",
	    "isssiii", unit_id, jenis, judul, isi, author_id, (int64_t)now,
	    (int64_t)now);
	if (rc == 0)
		*idp = store_last_id(s);
	return rc;
}

int
pengumuman_sql_update(struct store *s, int64_t id, const char *jenis,
    const char *judul, const char *isi, time_t now)
{
	return store_run(s,
	    "UPDATE pengumuman SET jenis = ?, judul = ?,"
	    " isi = ?, updated_at = ? WHERE id = ?",
	    "sssii", jenis, judul, isi, (int64_t)now, id);
}

int
pengumuman_sql_set_state(struct store *s, int64_t id, const char *from,
    const char *to, time_t now)
{
	return store_run(s,
	    "UPDATE pengumuman SET state = ?, updated_at = ?,"
	    " published_at = CASE WHEN ? = 'terbit' THEN ? ELSE published_at"
	    " END WHERE id = ? AND state = ?",
	    "sisiis", to, (int64_t)now, to, (int64_t)now, id, from);
}

int64_t
pengumuman_sql_unit_by_code(struct store *s, const char *code, char *name,
    size_t len)
{
	struct store_stmt *st;
	int64_t id = 0;

	st = store_query(s, "SELECT id, name FROM unit WHERE code = ?", "s",
	    code);
	if (st != NULL && store_step(st) == STORE_ROW) {
		id = store_int(st, 0);
		snprintf(name, len, "%s", store_text(st, 1));
	}
	store_done(st);
	return id;
}
