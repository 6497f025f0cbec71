/* sql.c: the akses module's SQL (see sql.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/str.h"
#include "lib/xalloc.h"
#include "store/dialect.h"
#include "store/store.h"
#include "akses_data.h"
#include "sql.h"

int
akses_sql_insert(struct store *s, time_t now, int64_t subjek_id,
    int64_t pembaca_id, int64_t unit_id, const char *objek_type,
    const char *objek_id, const char *tujuan)
{
	return store_run(s,
	    "INSERT INTO akses_data(at, subjek_id, pembaca_id,"
	    " unit_id, objek_type, objek_id, tujuan) VALUES (?, ?, ?,"
	    " nullif(?, 0), ?, ?, ?)",
	    "iiiisss", (int64_t)now, subjek_id, pembaca_id, unit_id, objek_type,
	    objek_id, tujuan);
}

static void
row_fill(struct store_stmt *st, void *elem)
{
	struct akses_row *r = elem;

	r->id = store_int(st, 0);
	r->at = (time_t)store_int(st, 1);
	str_field(r->pembaca, sizeof(r->pembaca), store_text(st, 2));
	str_field(r->unit, sizeof(r->unit), store_text(st, 3));
	str_field(r->objek_type, sizeof(r->objek_type), store_text(st, 4));
	str_field(r->objek_id, sizeof(r->objek_id), store_text(st, 5));
	str_field(r->tujuan, sizeof(r->tujuan), store_text(st, 6));
	str_field(r->kasus, sizeof(r->kasus), store_text(st, 7));
}

int
akses_sql_list(struct store *s, int64_t subjek_id, int max,
    struct akses_row **rows)
{
	size_t n = 0;
	int rc;

	*rows = NULL;
	if (max <= 0)
		max = 0; /* LIMIT -1 would be no limit */
	rc = store_rows(s, rows, sizeof(**rows), &n, row_fill,
	    "SELECT d.id,"
	    " d.at, a.full_name, coalesce(u.name, ''), d.objek_type,"
	    " d.objek_id, d.tujuan, coalesce(k.nomor, '') FROM akses_data d"
	    " JOIN account a ON a.id = d.pembaca_id"
	    " LEFT JOIN unit u ON u.id = d.unit_id"
	    " LEFT JOIN kasus k ON k.id = d.kasus_id"
	    " WHERE d.subjek_id = ? ORDER BY d.at DESC, d.id DESC LIMIT ?",
	    "id", subjek_id, max);
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
akses_sql_entry(struct store *s, int64_t id, int64_t subjek_id,
    struct akses_sql_entry *e)
{
	struct store_stmt *st;
	int found = 0;

	memset(e, 0, sizeof(*e));
	st = store_query(s,
	    "SELECT d.kasus_id, d.unit_id, d.objek_type || ' '"
	    " || d.objek_id, a.full_name || ' (' || a.username || ')',"
	    " " SQL_DATETIME(
		"d.at + 25200") ", d.tujuan"
				" FROM akses_data d JOIN account a ON a.id = d.pembaca_id"
				" WHERE d.id = ? AND d.subjek_id = ?",
	    "ii", id, subjek_id);
	if (st == NULL)
		return -1;
	if (store_step(st) == STORE_ROW) {
		found = 1;
		e->kasus_id = store_int(st, 0);
		e->unit_id = store_int(st, 1);
		str_field(e->obj, sizeof(e->obj), store_text(st, 2));
		e->pembaca = xstrdup(store_text(st, 3));
		e->waktu = xstrdup(store_text(st, 4));
		e->tujuan = xstrdup(store_text(st, 5));
	}
	store_done(st);
	return found;
}

void
akses_sql_entry_clear(struct akses_sql_entry *e)
{
	free(e->pembaca);
	free(e->waktu);
	free(e->tujuan);
	e->pembaca = e->waktu = e->tujuan = NULL;
}

int
akses_sql_link_kasus(struct store *s, int64_t id, int64_t kasus_id)
{
	return store_run(s,
	    "UPDATE akses_data SET kasus_id = ?"
	    " WHERE id = ? AND kasus_id IS NULL",
	    "ii", kasus_id, id);
}
