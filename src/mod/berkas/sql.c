/* sql.c: the berkas module's SQL (see sql.h). */
#include <stdint.h>

#include "store/store.h"
#include "sql.h"

int
berkas_sql_insert(struct store *s, const char *sha256, size_t len,
    const char *mime, time_t now)
{
	return store_run(s, "INSERT INTO berkas (sha256, size, mime,"
	    " created_at) VALUES (?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING",
	    "sisi", sha256, (int64_t)len, mime, (int64_t)now) == 0 ? 0 : -1;
}
