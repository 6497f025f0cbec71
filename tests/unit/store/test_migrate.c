/*
 * test_migrate.c: every migration number has its SQLite and its
 * PostgreSQL form (issue 14), and on PostgreSQL (PAMONG_TEST_DB, make
 * test-pg) the two build the same schema: every table, column, index and
 * trigger a fresh SQLite database gets after all migrations, the
 * PostgreSQL database has too (same names).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/migrate.h"
#include "store/store.h"

/* The SQLite and the PostgreSQL database, both migrated. */
struct fix {
	struct store *lite;
	struct store *pg; /* NULL without PAMONG_TEST_DB */
};

static int
setup(void **state)
{
	static struct fix f;
	char dir[] = "/tmp/pamong-migrate-XXXXXX", path[64];
	const char *url = getenv("PAMONG_TEST_DB");

	if (mkdtemp(dir) == NULL)
		return -1;
	snprintf(path, sizeof(path), "%s/t.db", dir);
	if (store_open(&f.lite, NULL, path) != 0 ||
	    store_migrate(f.lite, 0) != 0)
		return -1;
	if (url != NULL &&
	    (store_open(&f.pg, NULL, url) != 0 || store_migrate(f.pg, 0) != 0))
		return -1;
	*state = &f;
	return 0;
}

static int
teardown(void **state)
{
	struct fix *f = *state;

	store_close(f->lite);
	store_close(f->pg);
	return 0;
}

static void
t_both_forms(void **state)
{
	const struct migration *m;
	int last = 0;

	for (m = migrations; m->name != NULL; m++) {
		assert_true(m->version > last);
		assert_non_null(m->sql);
		assert_non_null(m->pg);
		last = m->version;
	}
	assert_true(last >= 20);
}

/* What the walk over one SQLite catalog query checks on PostgreSQL. */
struct want {
	struct store *pg;
	const char *sql; /* count on PostgreSQL, 1 parameter */
	int n;		 /* names checked */
};

static int
has(void *arg, struct store_stmt *st)
{
	struct want *w = arg;
	const char *name = store_text(st, 0);

	if (store_scalar(w->pg, 0, w->sql, "s", name) != 1)
		print_error("missing on PostgreSQL: %s\n", name);
	assert_int_equal(store_scalar(w->pg, 0, w->sql, "s", name), 1);
	w->n++;
	return 0;
}

static void
t_same_schema(void **state)
{
	struct fix *f = *state;
	struct want w;

	if (f->pg == NULL)
		return; /* SQLite only: make test-pg checks this */
	memset(&w, 0, sizeof(w));
	w.pg = f->pg;
	w.sql = "SELECT count(*) FROM information_schema.tables WHERE"
		" table_schema = current_schema() AND table_name = ?";
	assert_int_equal(
	    store_each(f->lite, has, &w,
		"SELECT name FROM"
		" sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
		" AND name NOT LIKE 'layanan_fts_%'",
		""),
	    STORE_DONE);
	assert_true(w.n >= 50);
	assert_int_equal(
	    store_scalar(f->pg, 0,
		"SELECT count(*) FROM"
		" information_schema.tables WHERE table_schema = current_schema()",
		""),
	    w.n);
	w.n = 0;
	w.sql = "SELECT count(*) FROM information_schema.columns WHERE"
		" table_schema = current_schema() AND"
		" table_name || '.' || column_name = ?";
	assert_int_equal(
	    store_each(f->lite, has, &w,
		"SELECT m.name || '.' ||"
		" c.name FROM sqlite_master m, pragma_table_info(m.name) c WHERE"
		" m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT"
		" LIKE 'layanan_fts_%'",
		""),
	    STORE_DONE);
	assert_true(w.n >= 300);
	w.n = 0;
	w.sql = "SELECT count(*) FROM pg_indexes WHERE schemaname ="
		" current_schema() AND indexname = ?";
	assert_int_equal(
	    store_each(f->lite, has, &w,
		"SELECT name FROM"
		" sqlite_master WHERE type = 'index' AND sql IS NOT NULL",
		""),
	    STORE_DONE);
	assert_true(w.n >= 30);
	w.n = 0;
	w.sql = "SELECT count(DISTINCT trigger_name) FROM"
		" information_schema.triggers WHERE trigger_schema ="
		" current_schema() AND trigger_name = ?";
	assert_int_equal(store_each(f->lite, has, &w,
			     "SELECT name FROM"
			     " sqlite_master WHERE type = 'trigger'",
			     ""),
	    STORE_DONE);
	assert_int_equal(
	    store_scalar(f->pg, 0,
		"SELECT count(DISTINCT"
		" trigger_name) FROM information_schema.triggers WHERE"
		" trigger_schema = current_schema()",
		""),
	    w.n);
	assert_true(w.n >= 10);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(t_both_forms),
		cmocka_unit_test(t_same_schema),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
