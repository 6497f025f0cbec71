/* sql.c: the kasus module's SQL (see sql.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lib/str.h"
#include "lib/xalloc.h"
#include "store/store.h"
#include "kasus_data.h"
#include "sql.h"

int64_t
kasus_sql_count_prefix(struct store *s, const char *prefix)
{
	return store_scalar(s, 0,
	    "SELECT count(*) FROM kasus WHERE"
	    " substr(nomor, 1, length(?)) = ?",
	    "ss", prefix, prefix);
}

int
kasus_sql_insert(struct store *s, const char *nomor, const char *sumber,
    const char *ref_type, const char *ref_id, int64_t unit_id,
    const char *judul, const char *ringkasan, time_t now, int64_t *idp)
{
	int rc;

	rc = store_run(s,
	    "INSERT INTO kasus(nomor, sumber, ref_type, ref_id,"
	    " unit_id, judul, ringkasan, created_at) VALUES (?, ?, ?, ?,"
	    " nullif(?, 0), ?, ?, ?)",
	    "ssssissi", nomor, sumber, ref_type ? ref_type : "",
	    ref_id ? ref_id : "", unit_id, judul, ringkasan ? ringkasan : "",
	    (int64_t)now);
	if (rc == 0)
		*idp = store_last_id(s);
	return rc;
}

#define KASUS_COLS                                                             \
	"k.id, k.nomor, k.sumber, k.ref_type, k.ref_id,"                       \
	" coalesce(u.name, ''), k.judul, k.status, coalesce(a.full_name, '')," \
	" k.created_at, coalesce(k.closed_at, 0), k.ringkasan, k.temuan"       \
	" FROM kasus k LEFT JOIN unit u ON u.id = k.unit_id"                   \
	" LEFT JOIN account a ON a.id = k.assigned_to"

static void
row_read(struct store_stmt *st, void *elem)
{
	struct kasus_row *r = elem;

	r->id = store_int(st, 0);
	str_field(r->nomor, sizeof(r->nomor), store_text(st, 1));
	str_field(r->sumber, sizeof(r->sumber), store_text(st, 2));
	str_field(r->ref_type, sizeof(r->ref_type), store_text(st, 3));
	str_field(r->ref_id, sizeof(r->ref_id), store_text(st, 4));
	str_field(r->unit, sizeof(r->unit), store_text(st, 5));
	str_field(r->judul, sizeof(r->judul), store_text(st, 6));
	str_field(r->status, sizeof(r->status), store_text(st, 7));
	str_field(r->petugas, sizeof(r->petugas), store_text(st, 8));
	r->created_at = (time_t)store_int(st, 9);
	r->closed_at = (time_t)store_int(st, 10);
}

int
kasus_sql_list(struct store *s, const char *status, int max,
    struct kasus_row **rows)
{
	size_t n = 0;
	int rc;

	*rows = NULL;
	if (max <= 0)
		max = 0; /* LIMIT -1 would be no limit */
	rc = store_rows(s, rows, sizeof(**rows), &n, row_read,
	    "SELECT " KASUS_COLS
	    " WHERE (? = '' OR k.status = ?) ORDER BY k.status ="
	    " 'selesai', k.created_at DESC, k.id DESC LIMIT ?",
	    "ssd", status, status, max);
	if (rc == STORE_NOSTMT || rc == STORE_ERR) {
		free(*rows);
		*rows = NULL;
		return -1;
	}
	if (*rows == NULL)
		*rows = xcalloc(1, sizeof(**rows));
	return (int)n;
}

int
kasus_sql_get(struct store *s, const char *nomor, struct kasus_row *r,
    char **ringkasan, char **temuan)
{
	struct store_stmt *st;
	int found = 0;

	st = store_query(s, "SELECT " KASUS_COLS " WHERE k.nomor = ?", "s",
	    nomor);
	if (st == NULL)
		return -1;
	if (store_step(st) == STORE_ROW) {
		found = 1;
		row_read(st, r);
		*ringkasan = xstrdup(store_text(st, 11));
		*temuan = xstrdup(store_text(st, 12));
	}
	store_done(st);
	return found ? 0 : -1;
}

static void
note_fill(struct store_stmt *st, void *elem)
{
	struct kasus_note *c = elem;

	c->at = (time_t)store_int(st, 0);
	str_field(c->who, sizeof(c->who), store_text(st, 1));
	str_field(c->text, sizeof(c->text), store_text(st, 2));
}

int
kasus_sql_notes(struct store *s, int64_t id, struct kasus_note **notes)
{
	size_t n = 0;

	(void)store_rows(s, notes, sizeof(**notes), &n, note_fill,
	    "SELECT"
	    " c.at, coalesce(a.full_name, 'Sistem'), c.catatan FROM"
	    " kasus_catatan c LEFT JOIN account a ON a.id = c.actor_id WHERE"
	    " c.kasus_id = ? ORDER BY c.id",
	    "i", id);
	return (int)n;
}

int
kasus_sql_status(struct store *s, const char *nomor, int64_t *idp, char *status,
    size_t len)
{
	struct store_stmt *st;

	st = store_query(s, "SELECT id, status FROM kasus WHERE nomor = ?", "s",
	    nomor);
	if (st == NULL)
		return -1;
	*idp = 0;
	if (store_step(st) == STORE_ROW) {
		*idp = store_int(st, 0);
		str_field(status, len, store_text(st, 1));
	}
	store_done(st);
	return 0;
}

int
kasus_sql_take(struct store *s, int64_t id, int64_t actor_id)
{
	return store_run(s,
	    "UPDATE kasus SET assigned_to = ?,"
	    " status = 'diproses' WHERE id = ?",
	    "ii", actor_id, id);
}

int
kasus_sql_add_note(struct store *s, int64_t id, int64_t actor_id,
    const char *text, time_t now)
{
	return store_run(s,
	    "INSERT INTO kasus_catatan(actor_id, catatan, at,"
	    " kasus_id) VALUES (?, ?, ?, ?)",
	    "isii", actor_id, text, (int64_t)now, id);
}

int
kasus_sql_close(struct store *s, int64_t id, int64_t actor_id,
    const char *temuan, time_t now)
{
	return store_run(s,
	    "UPDATE kasus SET assigned_to ="
	    " coalesce(assigned_to, ?), temuan = ?, closed_at = ?,"
	    " status = 'selesai' WHERE id = ?",
	    "isii", actor_id, temuan, (int64_t)now, id);
}
