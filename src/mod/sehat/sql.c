/* sql.c: every query of the sehat module (sql.h). */
#include "store/store.h"
#include "sql.h"

int
sehat_sql_ping(struct store *s)
{
	return store_scalar(s, -1, "SELECT 1", "") == 1 ? 0 : -1;
}

int
sehat_sql_antre(struct store *s, const char *channel, int64_t now, int64_t *n,
    int64_t *sejak)
{
	struct store_stmt *st;
	int rc = -1;

	*n = *sejak = 0;
	st = store_query(s,
	    "SELECT count(*), coalesce(min(CASE WHEN next_at > created_at"
	    " THEN next_at ELSE created_at END), 0) FROM outbox WHERE"
	    " channel = ? AND state = 'antre' AND next_at <= ?",
	    "si", channel, now);
	if (st == NULL)
		return -1;
	if (store_step(st) == STORE_ROW) {
		*n = store_int(st, 0);
		*sejak = store_int(st, 1);
		rc = 0;
	}
	store_done(st);
	return rc;
}
