/* sql.c: the tlog module's statements (see sql.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "lib/xalloc.h"
#include "store/dialect.h"
#include "store/store.h"
#include "sampel_data.h"
#include "sql.h"

/* ---------------------------------------------------------------------- */
/* Entries, tree nodes, checkpoints.                                      */

int
tlog_sql_node_put(struct store *s, int level, int64_t idx,
    const unsigned char h[32])
{
	return store_run(s,
	    "INSERT INTO tlog_node(level, idx, hash) VALUES"
	    " (?, ?, ?) ON CONFLICT DO NOTHING",
	    "dib", level, idx, h, (size_t)32);
}

int
tlog_sql_node_get(struct store *s, int level, int64_t idx,
    unsigned char out[32])
{
	struct store_stmt *st;
	const void *p;
	size_t n;
	int rc;

	st = store_query(s,
	    "SELECT hash FROM tlog_node WHERE level = ? AND"
	    " idx = ?",
	    "di", level, idx);
	if (st == NULL)
		return -1;
	rc = store_step(st);
	if (rc == STORE_ROW && (p = store_blob(st, 0, &n)) != NULL && n == 32) {
		memcpy(out, p, 32);
		store_done(st);
		return 1;
	}
	store_done(st);
	if (rc != STORE_ROW && rc != STORE_DONE)
		return -1;
	return 0;
}

int
tlog_sql_leaf_hash(struct store *s, int64_t idx, unsigned char out[32])
{
	struct store_stmt *st;
	const void *p;
	size_t n;
	int rc;

	st = store_query(s,
	    "SELECT leaf_hash FROM tlog_entry WHERE"
	    " idx = ?",
	    "i", idx);
	if (st == NULL)
		return -1;
	rc = -1;
	if (store_step(st) == STORE_ROW &&
	    (p = store_blob(st, 0, &n)) != NULL && n == 32) {
		memcpy(out, p, 32);
		rc = 0;
	}
	store_done(st);
	return rc;
}

int64_t
tlog_sql_size(struct store *s)
{
	return store_scalar(s, -1,
	    "SELECT coalesce(max(idx) + 1, 0) FROM"
	    " tlog_entry",
	    "");
}

unsigned char *
tlog_sql_entry_get(struct store *s, int64_t idx, size_t *len,
    unsigned char leaf_hash[32])
{
	struct store_stmt *st;
	unsigned char *e = NULL;
	const void *p, *h;
	size_t n, hn;

	st = store_query(s,
	    "SELECT entry, leaf_hash FROM tlog_entry WHERE"
	    " idx = ?",
	    "i", idx);
	if (st == NULL)
		return NULL;
	if (store_step(st) == STORE_ROW) {
		p = store_blob(st, 0, &n);
		e = xmalloc(n + 1);
		if (n > 0)
			memcpy(e, p, n);
		e[n] = '\0';
		*len = n;
		if (leaf_hash != NULL) {
			h = store_blob(st, 1, &hn);
			if (h != NULL && hn == 32)
				memcpy(leaf_hash, h, 32);
			else
				memset(leaf_hash, 0, 32);
		}
	}
	store_done(st);
	return e;
}

int
tlog_sql_entry_insert(struct store *s, int64_t idx, const void *entry,
    size_t len, const unsigned char h[32], time_t now)
{
	return store_run(s,
	    "INSERT INTO tlog_entry(idx, entry, leaf_hash,"
	    " created_at) VALUES (?, ?, ?, ?)",
	    "ibbi", idx, entry, len, h, (size_t)32, (int64_t)now);
}

char *
tlog_sql_checkpoint_latest(struct store *s, int64_t *size, int64_t *at)
{
	struct store_stmt *st;
	char *note = NULL;

	st = store_query(s,
	    "SELECT size, signed_at, note FROM tlog_checkpoint"
	    " ORDER BY size DESC LIMIT 1",
	    "");
	if (st == NULL)
		return NULL;
	if (store_step(st) == STORE_ROW) {
		*size = store_int(st, 0);
		*at = store_int(st, 1);
		note = xstrdup(store_text(st, 2));
	}
	store_done(st);
	return note;
}

int
tlog_sql_checkpoint_insert(struct store *s, int64_t size,
    const unsigned char root[32], const char *note, time_t now)
{
	return store_run(s,
	    "INSERT INTO tlog_checkpoint(size, root, note,"
	    " signed_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
	    "ibsi", size, root, (size_t)32, note, (int64_t)now);
}

/* A blob column, its length 0 when NULL. */
static const void *
blob(struct store_stmt *st, int col, size_t *n)
{
	const void *p = store_blob(st, col, n);

	if (p == NULL)
		*n = 0;
	return p;
}

/*
 * The callback of tlog_sql_each_entry() with its argument, called for each
 * row.
 */
struct entry_walk {
	int (*fn)(void *, int64_t, const void *, size_t, const void *, size_t);
	void *arg;
};

static int
entry_row(void *a, struct store_stmt *st)
{
	struct entry_walk *w = a;
	const void *e, *lh;
	size_t n, hn;

	e = blob(st, 1, &n);
	lh = blob(st, 2, &hn);
	return w->fn(w->arg, store_int(st, 0), e, n, lh, hn);
}

int
tlog_sql_each_entry(struct store *s,
    int (*fn)(void *, int64_t, const void *, size_t, const void *, size_t),
    void *arg)
{
	struct entry_walk w = { fn, arg };
	int rc;

	rc = store_each(s, entry_row, &w,
	    "SELECT idx, entry, leaf_hash FROM"
	    " tlog_entry ORDER BY idx",
	    "");
	return rc != STORE_ROW && rc != STORE_DONE ? -1 : 0;
}

/*
 * The callback of tlog_sql_each_checkpoint() with its argument, called for
 * each row.
 */
struct checkpoint_walk {
	int (*fn)(void *, int64_t, const void *, size_t, const char *);
	void *arg;
};

static int
checkpoint_row(void *a, struct store_stmt *st)
{
	struct checkpoint_walk *w = a;
	const void *cr;
	size_t hn;

	cr = blob(st, 1, &hn);
	return w->fn(w->arg, store_int(st, 0), cr, hn, store_text(st, 2));
}

int
tlog_sql_each_checkpoint(struct store *s,
    int (*fn)(void *, int64_t, const void *, size_t, const char *), void *arg)
{
	struct checkpoint_walk w = { fn, arg };

	return store_each(s, checkpoint_row, &w,
		   "SELECT size, root, note FROM"
		   " tlog_checkpoint ORDER BY size",
		   "") == STORE_NOSTMT
	    ? -1
	    : 0;
}

/*
 * The callback of tlog_sql_each_entry_range() with its argument, called
 * for each row.
 */
struct range_walk {
	void (*fn)(void *, int64_t, const void *, size_t);
	void *arg;
};

static int
range_row(void *a, struct store_stmt *st)
{
	struct range_walk *w = a;
	const void *e;
	size_t n;

	e = blob(st, 1, &n);
	w->fn(w->arg, store_int(st, 0), e, n);
	return 0;
}

int
tlog_sql_each_entry_range(struct store *s, int64_t from, int64_t to,
    void (*fn)(void *, int64_t, const void *, size_t), void *arg)
{
	struct range_walk w = { fn, arg };

	return store_each(s, range_row, &w,
		   "SELECT idx, entry FROM tlog_entry"
		   " WHERE idx >= ? AND idx < ? ORDER BY idx",
		   "ii", from, to) == STORE_NOSTMT
	    ? -1
	    : 0;
}

/*
 * The callback of tlog_sql_each_recent() with its argument, called for
 * each row.
 */
struct recent_walk {
	void (*fn)(void *, int64_t, int64_t, const void *, size_t);
	void *arg;
};

static int
recent_row(void *a, struct store_stmt *st)
{
	struct recent_walk *w = a;
	const void *e;
	size_t n;

	e = blob(st, 2, &n);
	w->fn(w->arg, store_int(st, 0), store_int(st, 1), e, n);
	return 0;
}

int
tlog_sql_each_recent(struct store *s, int limit,
    void (*fn)(void *, int64_t, int64_t, const void *, size_t), void *arg)
{
	struct recent_walk w = { fn, arg };

	return store_each(s, recent_row, &w,
		   "SELECT idx, created_at, entry"
		   " FROM tlog_entry ORDER BY idx DESC LIMIT ?",
		   "d", limit) == STORE_NOSTMT
	    ? -1
	    : 0;
}

/* ---------------------------------------------------------------------- */
/* Audit samples.                                                         */

static void
sampel_read(struct store_stmt *st, void *elem)
{
	struct sampel_row *r = elem;
	const void *b;
	size_t n;

	memset(r, 0, sizeof(*r));
	snprintf(r->periode, sizeof(r->periode), "%s", store_text(st, 0));
	snprintf(r->komitmen, sizeof(r->komitmen), "%s", store_text(st, 1));
	r->jumlah = (int)store_int(st, 2);
	r->komitmen_idx = store_int(st, 3);
	r->komitmen_at = store_int(st, 4);
	r->buka_idx = store_isnull(st, 5) ? -1 : store_int(st, 5);
	r->buka_at = store_int(st, 6);
	if (r->buka_idx >= 0 && (b = store_blob(st, 7, &n)) != NULL && n == 32)
		sodium_bin2hex(r->benih, 32 * 2 + 1, b, 32);
}

#define ROW_COLS                                                               \
	"periode, komitmen, jumlah, komitmen_idx, komitmen_at,"                \
	" buka_idx, buka_at, benih"

int
tlog_sql_sampel_get(struct store *s, const char *periode, struct sampel_row *r)
{
	struct store_stmt *st;
	int rc;

	st = store_query(s,
	    "SELECT " ROW_COLS " FROM tlog_sampel WHERE"
	    " periode = ?",
	    "s", periode);
	if (st == NULL)
		return -1;
	rc = store_step(st);
	if (rc == STORE_ROW)
		sampel_read(st, r);
	store_done(st);
	return rc == STORE_ROW ? 1 : rc == STORE_DONE ? 0 : -1;
}

int
tlog_sql_sampel_list(struct store *s, struct sampel_row **rows, size_t *n)
{
	return store_rows(s, rows, sizeof(**rows), n, sampel_read,
		   "SELECT " ROW_COLS " FROM tlog_sampel ORDER BY periode DESC",
		   "") == STORE_DONE
	    ? 0
	    : -1;
}

int64_t
tlog_sql_sampel_count(struct store *s, const char *periode)
{
	return store_scalar(s, 0,
	    "SELECT count(*) FROM tlog_sampel WHERE"
	    " periode = ?",
	    "s", periode);
}

int
tlog_sql_sampel_insert(struct store *s, const char *periode,
    const unsigned char seed[32], const char *komitmen, int jumlah, int64_t idx,
    int64_t actor_id, time_t now)
{
	return store_run(s,
	    "INSERT INTO tlog_sampel(periode, benih, komitmen,"
	    " jumlah, komitmen_idx, komitmen_by, komitmen_at) VALUES"
	    " (?, ?, ?, ?, ?, nullif(?, 0), ?)",
	    "sbsdiii", periode, seed, (size_t)32, komitmen, jumlah, idx,
	    actor_id, (int64_t)now);
}

int
tlog_sql_sampel_seed(struct store *s, const char *periode,
    unsigned char seed[32], int *jumlah, int *opened)
{
	struct store_stmt *st;
	const void *b;
	size_t bl;
	int found = 0;

	st = store_query(s,
	    "SELECT benih, jumlah, buka_idx IS NOT NULL FROM"
	    " tlog_sampel WHERE periode = ?",
	    "s", periode);
	if (st != NULL && store_step(st) == STORE_ROW &&
	    (b = store_blob(st, 0, &bl)) != NULL && bl == 32) {
		memcpy(seed, b, 32);
		*jumlah = (int)store_int(st, 1);
		*opened = (int)store_int(st, 2);
		found = 1;
	}
	if (st != NULL)
		store_done(st);
	return found;
}

int
tlog_sql_sampel_open(struct store *s, const char *periode, int64_t idx,
    int64_t actor_id, time_t now)
{
	return store_run(s,
	    "UPDATE tlog_sampel SET buka_idx = ?, buka_by ="
	    " nullif(?, 0), buka_at = ? WHERE periode = ?",
	    "iiis", idx, actor_id, (int64_t)now, periode);
}

/*
 * The callback of tlog_sql_each_finished() with its argument, called for each
 * row.
 */
struct finished_walk {
	void (*fn)(void *, const char *, const char *, const char *, int64_t);
	void *arg;
};

static int
finished_row(void *a, struct store_stmt *st)
{
	struct finished_walk *w = a;

	w->fn(w->arg, store_text(st, 0), store_text(st, 1), store_text(st, 2),
	    store_int(st, 3));
	return 0;
}

int
tlog_sql_each_finished(struct store *s, int64_t lo, int64_t hi,
    void (*fn)(void *, const char *, const char *, const char *, int64_t),
    void *arg)
{
	struct finished_walk w = { fn, arg };

	return store_each(s, finished_row, &w,
		   "SELECT p.nomor, l.name, u.name,"
		   " p.finished_at FROM permohonan p JOIN layanan l ON l.id ="
		   " p.layanan_id JOIN unit u ON u.id = p.unit_id WHERE p.state ="
		   " 'selesai' AND p.nomor IS NOT NULL AND p.finished_at >= ? AND"
		   " p.finished_at < ? ORDER BY p.nomor",
		   "ii", lo, hi) == STORE_DONE
	    ? 0
	    : -1;
}

int64_t
tlog_sql_permohonan_unit(struct store *s, const char *nomor)
{
	return store_scalar(s, 0,
	    "SELECT unit_id FROM permohonan WHERE"
	    " nomor = ?",
	    "s", nomor);
}
