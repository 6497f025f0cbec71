/*
 * migrate.c: apply numbered migrations, each in its own transaction,
 * recording it in schema_migrations in that same transaction.  Each
 * number has one text per backend; the open store's is applied.
 * First the store's own tables: schema_migrations and store_versi, the
 * change counter (store.h).
 */
#include <stdio.h>
#include <time.h>

#include "migrate.h"
#include "store.h"
#include "store_impl.h"

const char store_own_tables[] =
    "CREATE TABLE IF NOT EXISTS schema_migrations ("
    "version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
    " applied_at INTEGER NOT NULL);"
    "CREATE TABLE IF NOT EXISTS store_versi ("
    "id INTEGER PRIMARY KEY, n BIGINT NOT NULL);"
    "INSERT INTO store_versi (id, n) VALUES (1, 1) ON CONFLICT DO NOTHING";

int
store_migrate(struct store *s, int verbose)
{
	const struct migration *m;
	const char *sql;
	int64_t have;
	int pg = store_is_pg(s);

	/* no DDL when nothing is missing: the application's role on
	 * PostgreSQL may not create (doc/operations.md) */
	if ((s->ops->has_table(s, "schema_migrations") != 1 ||
		s->ops->has_table(s, "store_versi") != 1) &&
	    store_exec(s, store_own_tables) != 0)
		return -1;
	s->counted = VERSI_ON;
	for (m = migrations; m->name != NULL; m++) {
		if ((sql = pg ? m->pg : m->sql) == NULL) {
			fprintf(stderr,
			    "pamong: migration %s has no"
			    " PostgreSQL form\n",
			    m->name);
			return -1;
		}
		if (store_begin(s) != 0)
			return -1;
		have = store_scalar(s, 0,
		    "SELECT count(*) FROM schema_migrations"
		    " WHERE version = ?",
		    "d", m->version);
		if (have) {
			store_rollback(s);
			continue;
		}
		if (store_exec(s, sql) != 0 ||
		    store_run(s,
			"INSERT INTO schema_migrations(version, name,"
			" applied_at) VALUES (?, ?, ?)",
			"dsi", m->version, m->name, (int64_t)time(NULL)) != 0) {
			store_rollback(s);
			fprintf(stderr, "pamong: migration %s failed\n",
			    m->name);
			return -1;
		}
		if (store_commit(s) != 0)
			return -1;
		if (verbose)
			printf("migrasi %s diterapkan\n", m->name);
	}
	return 0;
}
