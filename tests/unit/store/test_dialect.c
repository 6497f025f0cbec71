/*
 * test_dialect.c: every fragment of dialect.h gives the same answer on
 * the backend under test: the database of PAMONG_TEST_DB when set (a
 * PostgreSQL URL, make test-pg), else a SQLite file.  Placeholders in
 * and out of string literals.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "store/dialect.h"
#include "store/store.h"

static int
setup(void **state)
{
	struct store *s;
	char dir[] = "/tmp/pamong-dialect-XXXXXX", path[64];

	if (mkdtemp(dir) == NULL)
		return -1;
	snprintf(path, sizeof(path), "%s/t.db", dir);
	if (store_open(&s, NULL,
		getenv("PAMONG_TEST_DB") != NULL ? getenv("PAMONG_TEST_DB")
						 : path) != 0)
		return -1;
	*state = s;
	return 0;
}

static int
teardown(void **state)
{
	store_close(*state);
	return 0;
}

/* The one text the query sql gives, compared with want. */
static void
text_is(struct store *s, const char *sql, const char *want)
{
	struct store_stmt *st = store_query(s, sql, "");

	assert_non_null(st);
	assert_int_equal(store_step(st), STORE_ROW);
	assert_string_equal(store_text(st, 0), want);
	store_done(st);
}

static void
t_time(void **state)
{
	struct store *s = *state;
	int64_t now = store_scalar(s, 0, "SELECT " SQL_NOW, "");

	assert_true(now >= (int64_t)time(NULL) - 5);
	assert_true(now <= (int64_t)time(NULL) + 5);
	/* 2026-01-31 23:59:59 UTC, and the WIB day after it */
	text_is(s, "SELECT " SQL_DATE("1769903999"), "2026-01-31");
	text_is(s, "SELECT " SQL_DATE("1769903999 + 25200"), "2026-02-01");
	text_is(s, "SELECT " SQL_MONTH("1769903999"), "2026-01");
	text_is(s, "SELECT " SQL_MONTH("1769903999 + 25200"), "2026-02");
	text_is(s, "SELECT " SQL_DATETIME("1769903999"), "2026-01-31 23:59:59");
	text_is(s, "SELECT " SQL_DATETIME("0"), "1970-01-01 00:00:00");
}

static void
t_strings(void **state)
{
	struct store *s = *state;

	assert_int_equal(
	    store_scalar(s, -1, "SELECT " SQL_INSTR("'abcabc'", "'ca'"), ""),
	    3);
	assert_int_equal(
	    store_scalar(s, -1, "SELECT " SQL_INSTR("'abc'", "'x'"), ""), 0);
	assert_int_equal(store_scalar(s, -1, "SELECT " SQL_INSTR("?", "?"),
			     "ss", ",a,b,", ",b,"),
	    3);
	text_is(s,
	    "SELECT " SQL_GROUP_CONCAT("x",
		"','") " FROM (SELECT"
		       " 'a' AS x UNION ALL SELECT 'b' UNION ALL SELECT NULL) v",
	    "a,b");
	text_is(s,
	    "SELECT coalesce((SELECT " SQL_GROUP_CONCAT("x",
		"' '") " FROM (SELECT 'a' AS x WHERE 1 = 0) v), '-')",
	    "-");
}

/* A `?` inside a literal or a comment is text, not a parameter. */
static void
t_placeholders(void **state)
{
	struct store *s = *state;
	struct store_stmt *st;

	st = store_query(s, "SELECT '?''?' || ? /* ? */ || 'instr(?, ?)'", "s",
	    "x");
	assert_non_null(st);
	assert_int_equal(store_step(st), STORE_ROW);
	assert_string_equal(store_text(st, 0), "?'?xinstr(?, ?)");
	store_done(st);
	assert_int_equal(
	    store_scalar(s, -1, "SELECT 40 + ? -- ?\n", "i", (int64_t)2), 42);
	/* SQLite's numbered ?NNN, and a parameter of no context is text */
	assert_int_equal(store_scalar(s, -1,
			     "SELECT CASE WHEN ?2 = 'b' AND"
			     " ?1 = ?1 THEN length(?) ELSE 0 END",
			     "sss", "a", "b", "xyz"),
	    3);
	assert_int_equal(store_scalar(s, -1,
			     "SELECT CASE WHEN ? IS NULL"
			     " THEN 1 ELSE 2 END",
			     "s", NULL),
	    1);
	assert_int_equal(store_scalar(s, -1,
			     "SELECT CASE WHEN ? IS NULL"
			     " THEN 1 ELSE 2 END",
			     "s", "x"),
	    2);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(t_time),
		cmocka_unit_test(t_strings),
		cmocka_unit_test(t_placeholders),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
