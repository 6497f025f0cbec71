/* sql.c: every query of the cadangan module (sql.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/buf.h"
#include "lib/xalloc.h"
#include "store/store.h"
#include "sql.h"

int
cadangan_sql_salin(struct store *s, const char *path)
{
	return store_run(s, "VACUUM INTO ?", "s", path) == 0 ? 0 : -1;
}

int
cadangan_sql_integritas(struct store *s, char *out, size_t size)
{
	struct store_stmt *st;
	int rc = -1;

	if (store_is_pg(s)) { /* no such check; the dump restored whole */
		snprintf(out, size, "ok");
		return 0;
	}
	if ((st = store_query(s, "PRAGMA integrity_check", "")) == NULL)
		return -1;
	if (store_step(st) == STORE_ROW) {
		snprintf(out, size, "%s", store_text(st, 0));
		rc = 0;
	}
	store_done(st);
	return rc;
}

/* A table name fit to be quoted: letters, digits and '_' only. */
static int
nama_aman(const char *t)
{
	if (*t == '\0')
		return 0;
	for (; *t; t++)
		if (!((*t >= 'a' && *t <= 'z') || (*t >= 'A' && *t <= 'Z') ||
			(*t >= '0' && *t <= '9') || *t == '_'))
			return 0;
	return 1;
}

static int
nama_isi(void *arg, struct store_stmt *st)
{
	char ***v = arg;
	size_t n = 0;

	while ((*v)[n] != NULL)
		n++;
	*v = xrealloc(*v, (n + 2) * sizeof(**v));
	(*v)[n] = xstrdup(store_text(st, 0));
	(*v)[n + 1] = NULL;
	return 0;
}

int
cadangan_sql_hitung(struct store *s,
    void (*fn)(void *, const char *table, int64_t rows), void *arg)
{
	char **names = xcalloc(1, sizeof(*names));
	struct buf q = BUF_INIT;
	int64_t n;
	size_t i;
	int rc = 0;

	if (store_each(s, nama_isi, &names,
		store_is_pg(s)
		    ? "SELECT tablename FROM pg_tables WHERE schemaname ="
		      " current_schema() ORDER BY tablename"
		    : "SELECT name FROM sqlite_master WHERE type = 'table' AND"
		      " name NOT LIKE 'sqlite_%' ORDER BY name",
		"") != STORE_DONE)
		rc = -1;
	for (i = 0; rc == 0 && names[i] != NULL; i++) {
		if (!nama_aman(names[i])) {
			rc = -1;
			break;
		}
		buf_reset(&q);
		buf_addf(&q, "SELECT count(*) FROM \"%s\"", names[i]);
		if ((n = store_scalar(s, -1, q.s, "")) < 0)
			rc = -1;
		else
			fn(arg, names[i], n);
	}
	for (i = 0; names[i] != NULL; i++)
		free(names[i]);
	free(names);
	buf_free(&q);
	return rc;
}

int64_t
cadangan_sql_migrasi(struct store *s)
{
	return store_scalar(s, -1,
	    "SELECT coalesce(max(version), 0) FROM schema_migrations", "");
}

int
cadangan_sql_snapshot(struct store *s, char *id, size_t size)
{
	return store_pg_snapshot(s, id, size);
}

void
cadangan_sql_selesai(struct store *s)
{
	store_rollback(s);
}

int64_t
cadangan_sql_jumlah_tabel(struct store *s)
{
	return store_scalar(s, -1,
	    store_is_pg(s) ? "SELECT count(*) FROM pg_tables WHERE schemaname ="
			     " current_schema()"
			   : "SELECT count(*) FROM sqlite_master WHERE type ="
			     " 'table' AND name NOT LIKE 'sqlite_%'",
	    "");
}

int
cadangan_sql_kosongkan(struct store *s)
{
	return store_exec(s,
		   "DROP SCHEMA public CASCADE; CREATE SCHEMA public") == 0
	    ? 0
	    : -1;
}
