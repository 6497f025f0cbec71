/* sql.c: the berkas module's SQL (see sql.h). */
#include <stdint.h>
#include <stdio.h>

#include "store/store.h"
#include "sql.h"

int
berkas_sql_insert(struct store *s, const char *sha256, size_t len,
    const char *mime, time_t now)
{
	return store_run(s,
		   "INSERT INTO berkas (sha256, size, mime,"
		   " created_at) VALUES (?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING",
		   "sisi", sha256, (int64_t)len, mime, (int64_t)now) == 0
	    ? 0
	    : -1;
}

int
berkas_sql_mime(struct store *s, const char *sha256, char *out, size_t outlen)
{
	struct store_stmt *st;
	int found = 0;

	st = store_query(s, "SELECT mime FROM berkas WHERE sha256 = ?", "s",
	    sha256);
	if (st == NULL)
		return -1;
	if (store_step(st) == STORE_ROW) {
		snprintf(out, outlen, "%s", store_text(st, 0));
		found = 1;
	}
	store_done(st);
	return found;
}
