/* sql.c: the audit module's SQL (see sql.h). */
#include <stdio.h>
#include <string.h>

#include "store/store.h"
#include "sql.h"

#define AUDIT_COLS                                                             \
	"id, at, actor_id, role, unit_id, action, object_type,"                \
	" object_id, from_state, to_state, note, addr"

int
audit_sql_last(struct store *s, int64_t *idp, unsigned char prev[32])
{
	struct store_stmt *st;
	size_t n;

	*idp = 0;
	memset(prev, 0, 32);
	st = store_query(s,
	    "SELECT id, hash FROM audit_event ORDER BY id"
	    " DESC LIMIT 1",
	    "");
	if (st == NULL)
		return -1;
	if (store_step(st) == STORE_ROW) {
		const void *p = store_blob(st, 1, &n);

		*idp = store_int(st, 0);
		if (p != NULL && n == 32)
			memcpy(prev, p, 32);
	}
	store_done(st);
	return 0;
}

int
audit_sql_insert(struct store *s, int64_t id, int64_t at, int64_t actor_id,
    int64_t unit_id, const char *const vals[AUDIT_NCOLS],
    const unsigned char prev[32], const unsigned char hash[32])
{
	return store_run(s,
		   "INSERT INTO audit_event(id, at, actor_id, role,"
		   " unit_id, action, object_type, object_id, from_state, to_state,"
		   " note, addr, prev_hash, hash) VALUES (?, ?, nullif(?, 0), ?,"
		   " nullif(?, 0), ?, ?, ?, ?, ?, ?, ?, ?, ?)",
		   "iiisisssssssbb", id, at, actor_id, vals[3], unit_id,
		   vals[5], vals[6], vals[7], vals[8], vals[9], vals[10],
		   vals[11], prev, (size_t)32, hash, (size_t)32) == 0
	    ? 0
	    : -1;
}

/* The walk of audit_sql_walk(): its callback and what it returned. */
struct walk {
	int (*fn)(void *, const struct audit_sql_event *);
	void *arg;
	int stop;
};

static int
walk_row(void *arg, struct store_stmt *st)
{
	struct walk *w = arg;
	struct audit_sql_event ev;
	int i;

	ev.prev_hash = store_blob(st, 12, &ev.prev_len);
	ev.hash = store_blob(st, 13, &ev.hash_len);
	ev.id = store_int(st, 0);
	for (i = 0; i < AUDIT_NCOLS; i++)
		ev.vals[i] = store_text(st, i);
	w->stop = w->fn(w->arg, &ev);
	return w->stop;
}

int
audit_sql_walk(struct store *s,
    int (*fn)(void *, const struct audit_sql_event *), void *arg)
{
	struct walk w = { fn, arg, 0 };
	int rc;

	rc = store_each(s, walk_row, &w,
	    "SELECT " AUDIT_COLS ", prev_hash,"
	    " hash FROM audit_event ORDER BY id",
	    "");
	if (rc == STORE_ROW)
		return w.stop;
	return rc == STORE_DONE ? 0 : -1;
}
