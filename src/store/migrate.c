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

/* The highest version this program knows. */
static int64_t
known_max(void)
{
	const struct migration *m;
	int64_t v = 0;

	for (m = migrations; m->name != NULL; m++)
		if (m->version > v)
			v = m->version;
	return v;
}

int
store_migrate_pending(struct store *s, int *applied)
{
	const struct migration *m;
	int n = 0, have = 0;

	if (applied != NULL)
		*applied = 0;
	if (s->ops->has_table(s, "schema_migrations") != 1)
		return 0; /* a new database */
	if (store_scalar(s, -1,
		"SELECT coalesce(max(version), 0) FROM schema_migrations",
		"") > known_max())
		return 0; /* newer than this program: store_migrate() refuses */
	for (m = migrations; m->name != NULL; m++) {
		switch (store_scalar(s, -1,
		    "SELECT count(*) FROM schema_migrations WHERE version = ?",
		    "d", m->version)) {
		case 0:
			n++;
			break;
		case 1:
			have++;
			break;
		default:
			return -1;
		}
	}
	if (applied != NULL)
		*applied = have;
	return have == 0 ? 0 : n;
}

int
store_migrate(struct store *s, int verbose)
{
	const struct migration *m;
	const char *sql;
	int64_t have, newest, known = known_max();
	int pg = store_is_pg(s), n = 0;

	/* no DDL when nothing is missing: the application's role on
	 * PostgreSQL may not create (doc/operations.md) */
	if ((s->ops->has_table(s, "schema_migrations") != 1 ||
		s->ops->has_table(s, "store_versi") != 1) &&
	    store_exec(s, store_own_tables) != 0)
		return -1;
	s->counted = VERSI_ON;
	newest = store_scalar(s, -1,
	    "SELECT coalesce(max(version), 0) FROM schema_migrations", "");
	if (newest > known) {
		fprintf(stderr,
		    "pamong: basis data ini dibuat oleh Pamong yang lebih baru"
		    " (migrasi %lld; versi ini mengenal sampai %lld): pasang"
		    " versi itu atau yang lebih baru\n",
		    (long long)newest, (long long)known);
		return -1;
	}
	if (newest < 0 || store_begin(s) != 0)
		return -1;
	for (m = migrations; m->name != NULL; m++) {
		if ((sql = pg ? m->pg : m->sql) == NULL) {
			store_rollback(s);
			fprintf(stderr,
			    "pamong: migration %s has no"
			    " PostgreSQL form\n",
			    m->name);
			return -1;
		}
		have = store_scalar(s, 0,
		    "SELECT count(*) FROM schema_migrations"
		    " WHERE version = ?",
		    "d", m->version);
		if (have)
			continue;
		if (store_exec(s, sql) != 0 ||
		    store_run(s,
			"INSERT INTO schema_migrations(version, name,"
			" applied_at) VALUES (?, ?, ?)",
			"dsi", m->version, m->name, (int64_t)time(NULL)) != 0) {
			store_rollback(s);
			fprintf(stderr,
			    "pamong: migrasi %s gagal; tidak ada migrasi yang"
			    " diterapkan, basis data tetap seperti sebelumnya\n",
			    m->name);
			return -1;
		}
		n++;
	}
	if (n == 0) {
		store_rollback(s);
		return 0;
	}
	if (store_commit(s) != 0)
		return -1;
	/* said once they are in */
	for (m = migrations; verbose && m->name != NULL; m++)
		if (m->version > newest)
			printf("migrasi %s diterapkan\n", m->name);
	return 0;
}
