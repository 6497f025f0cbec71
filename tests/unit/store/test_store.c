/*
 * test_store.c: the store, migrations and the audit trail, on the
 * database of PAMONG_TEST_DB when set (a PostgreSQL URL, make test-pg),
 * else on a SQLite file.
 */
#include <sys/stat.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mod/audit/audit.h"
#include "store/store.h"

static char dbpath[64];
static int pg; /* on PostgreSQL */

static int
setup(void **state)
{
	struct store *s;
	char dir[] = "/tmp/pamong-store-XXXXXX";

	if (mkdtemp(dir) == NULL)
		return -1;
	snprintf(dbpath, sizeof(dbpath), "%s/t.db", dir);
	pg = getenv("PAMONG_TEST_DB") != NULL;
	if (store_open(&s, NULL, pg ? getenv("PAMONG_TEST_DB") : dbpath) != 0 ||
	    store_migrate(s, 0) != 0)
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

/* Whether commits wait for the disk: 2 yes, 1 no (SQLite's synchronous). */
static int64_t
synchronous(struct store *s)
{
	if (pg)
		return store_scalar(s, 0,
		    "SELECT CASE WHEN"
		    " current_setting('synchronous_commit') = 'on' THEN 2"
		    " ELSE 1 END",
		    "");
	return store_scalar(s, 0, "PRAGMA synchronous", "");
}

static void
t_pragmas(void **state)
{
	struct store *s = *state;
	struct store_stmt *st;

	if (pg) {
		assert_true(store_is_pg(s));
		assert_int_equal(synchronous(s), 2);
		return;
	}
	assert_false(store_is_pg(s));

	st = store_query(s, "PRAGMA journal_mode", "");
	assert_int_equal(store_step(st), STORE_ROW);
	assert_string_equal(store_text(st, 0), "wal");
	store_done(st);
	assert_int_equal(store_scalar(s, -1, "PRAGMA synchronous", ""), 2);
	assert_int_equal(store_scalar(s, -1, "PRAGMA foreign_keys", ""), 1);
}

static void
t_migrate_is_idempotent(void **state)
{
	struct store *s = *state;
	int64_t n =
	    store_scalar(s, 0, "SELECT count(*) FROM schema_migrations", "");

	assert_true(n >= 2);
	assert_int_equal(store_migrate(s, 0), 0);
	assert_int_equal(store_scalar(s, 0,
			     "SELECT count(*) FROM"
			     " schema_migrations",
			     ""),
	    n);
}

static void
t_bind_and_constraint(void **state)
{
	struct store *s = *state;
	struct store_stmt *st;
	const char *evil = "x'); DROP TABLE wilayah; --";

	assert_int_equal(store_run(s,
			     "INSERT INTO wilayah(code, name, level)"
			     " VALUES (?, ?, ?)",
			     "sss", "99", evil, "provinsi"),
	    0);
	st = store_query(s, "SELECT name FROM wilayah WHERE code = ?", "s",
	    "99");
	assert_int_equal(store_step(st), STORE_ROW);
	assert_string_equal(store_text(st, 0), evil);
	store_done(st);
	/* duplicate key and CHECK violations are reported as such */
	assert_int_equal(store_run(s,
			     "INSERT INTO wilayah(code, name, level)"
			     " VALUES (?, ?, ?)",
			     "sss", "99", "dup", "provinsi"),
	    STORE_CONSTRAINT);
	assert_int_equal(store_run(s,
			     "INSERT INTO wilayah(code, name, level)"
			     " VALUES (?, ?, ?)",
			     "sss", "98", "x", "negara"),
	    STORE_CONSTRAINT);
}

static void
t_rollback_leaves_nothing(void **state)
{
	struct store *s = *state;

	assert_int_equal(store_begin(s), 0);
	assert_int_equal(store_run(s,
			     "INSERT INTO wilayah(code, name, level)"
			     " VALUES ('97', 'Sementara', 'provinsi')",
			     ""),
	    0);
	store_rollback(s);
	assert_false(store_in_tx(s));
	assert_int_equal(store_scalar(s, -1,
			     "SELECT count(*) FROM wilayah"
			     " WHERE code = '97'",
			     ""),
	    0);
}

static void
t_audit_is_append_only(void **state)
{
	struct store *s = *state;
	struct audit a;

	memset(&a, 0, sizeof(a));
	a.action = "uji.coba";
	a.object_type = "uji";
	assert_int_equal(store_begin(s), 0);
	assert_int_equal(audit_write(s, &a), 0);
	assert_int_equal(store_commit(s), 0);
	assert_int_equal(store_scalar(s, 0,
			     "SELECT count(*) FROM audit_event"
			     " WHERE action = 'uji.coba'",
			     ""),
	    1);
	assert_int_not_equal(
	    store_run(s, "UPDATE audit_event SET note = 'x'", ""), 0);
	assert_int_not_equal(store_run(s, "DELETE FROM audit_event", ""), 0);
	assert_int_equal(
	    store_scalar(s, 0, "SELECT count(*) FROM audit_event", ""), 1);
}

/*
 * Reused statements: the same SQL text twice at once gives two statements
 * (an inner loop over the outer one's rows works), and a parked statement
 * comes back with no old bindings and from its first row.
 */
static void
t_statement_reuse(void **state)
{
	struct store *s = *state;
	struct store_stmt *a, *b;
	const char *q =
	    "WITH RECURSIVE c(value) AS (SELECT 1 UNION ALL"
	    " SELECT value + 1 FROM c WHERE value < 3) SELECT value FROM c"
	    " WHERE value >= ?";
	int n = 0;

	a = store_query(s, q, "i", (int64_t)2);
	assert_non_null(a);
	assert_int_equal(store_step(a), STORE_ROW);
	assert_int_equal(store_int(a, 0), 2);
	b = store_query(s, q, "i", (int64_t)1); /* while a is open */
	assert_non_null(b);
	assert_ptr_not_equal(a, b);
	while (store_step(b) == STORE_ROW)
		n++;
	assert_int_equal(n, 3);
	store_done(b);
	assert_int_equal(store_step(a), STORE_ROW);
	assert_int_equal(store_int(a, 0), 3);
	store_done(a); /* parked half-way: reset on reuse */
	a = store_query(s, q, "i", (int64_t)3);
	assert_int_equal(store_step(a), STORE_ROW);
	assert_int_equal(store_int(a, 0), 3);
	assert_int_equal(store_step(a), STORE_DONE);
	store_done(a);
	/* a statement that failed is not parked broken */
	assert_int_equal(store_exec(s, "CREATE TEMP TABLE u(x INTEGER UNIQUE)"),
	    0);
	assert_int_equal(
	    store_run(s, "INSERT INTO u VALUES (?)", "i", (int64_t)1), 0);
	assert_int_equal(
	    store_run(s, "INSERT INTO u VALUES (?)", "i", (int64_t)1),
	    STORE_CONSTRAINT);
	assert_int_equal(
	    store_run(s, "INSERT INTO u VALUES (?)", "i", (int64_t)2), 0);
	assert_int_equal(store_scalar(s, -1, "SELECT sum(x) FROM u", ""), 3);
}

/* Savepoints: undo drops only what followed; durable mode toggles. */
static void
t_savepoint_and_durable(void **state)
{
	struct store *s = *state;

	assert_int_equal(store_exec(s, "CREATE TEMP TABLE sp(x INTEGER)"), 0);
	assert_int_equal(store_begin(s), 0);
	assert_int_equal(store_run(s, "INSERT INTO sp VALUES (1)", ""), 0);
	assert_int_equal(store_savepoint(s), 0);
	assert_int_equal(store_run(s, "INSERT INTO sp VALUES (2)", ""), 0);
	store_undo(s);
	assert_true(store_in_tx(s));
	assert_int_equal(store_savepoint(s), 0);
	assert_int_equal(store_run(s, "INSERT INTO sp VALUES (3)", ""), 0);
	assert_int_equal(store_release(s), 0);
	assert_int_equal(store_commit(s), 0);
	assert_int_equal(store_scalar(s, -1,
			     "SELECT count(*) * 10 + sum(x)"
			     " FROM sp",
			     ""),
	    24); /* rows 1 and 3 */
	assert_int_equal(store_durable(s, 0), 0);
	/* PostgreSQL: a sync of DATA does not make its commits durable */
	assert_int_equal(synchronous(s), pg ? 2 : 1);
	assert_int_equal(store_durable(s, 1), 0);
	assert_int_equal(synchronous(s), 2);
}

/* One row of the store_rows() test. */
struct num {
	int64_t n;
	char sq[16];
};

static void
num_fill(struct store_stmt *st, void *elem)
{
	struct num *v = elem;

	v->n = store_int(st, 0);
	snprintf(v->sq, sizeof(v->sq), "%s", store_text(st, 1));
}

/* Stop after the third row. */
static int
num_three(void *arg, struct store_stmt *st)
{
	int64_t *sum = arg;

	*sum += store_int(st, 0);
	return store_int(st, 0) == 3;
}

#define NUMS                                                                   \
	"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1"              \
	" FROM c WHERE x < ?) SELECT x, x * x FROM c"

static void
t_rows(void **state)
{
	struct store *s = *state;
	struct num *v = NULL;
	size_t n = 0, i;
	int64_t sum = 0;

	/* 100 rows: the array grows past 8, 16, 32, 64 */
	assert_int_equal(
	    store_rows(s, &v, sizeof(*v), &n, num_fill, NUMS, "d", 100),
	    STORE_DONE);
	assert_int_equal(n, 100);
	for (i = 0; i < n; i++) {
		assert_int_equal(v[i].n, (int64_t)i + 1);
		assert_int_equal(atoll(v[i].sq), (int64_t)(i + 1) * (i + 1));
	}
	/* a second call appends */
	assert_int_equal(
	    store_rows(s, &v, sizeof(*v), &n, num_fill, NUMS, "d", 9),
	    STORE_DONE);
	assert_int_equal(n, 109);
	assert_int_equal(v[108].n, 9);
	free(v);
	/* no row: the array stays NULL */
	v = NULL;
	n = 0;
	assert_int_equal(store_rows(s, &v, sizeof(*v), &n, num_fill,
			     "SELECT 1, 2 WHERE 1 = 0", ""),
	    STORE_DONE);
	assert_null(v);
	assert_int_equal(n, 0);
	/* not prepared */
	assert_int_equal(store_rows(s, &v, sizeof(*v), &n, num_fill,
			     "SELECT nope FROM nowhere", ""),
	    STORE_NOSTMT);
	assert_null(v);
	/*
	 * a failed step after some rows keeps them and says so (PostgreSQL
	 * runs the whole query at the first step: no row comes before it)
	 */
	assert_int_equal(
	    store_rows(s, &v, sizeof(*v), &n, num_fill,
		pg ? "SELECT x, CAST(1 / (x - 3) AS text) FROM"
		     " (SELECT 1 AS x UNION ALL SELECT 2 UNION ALL SELECT 3) v"
		   : "SELECT x, CASE WHEN x < 3 THEN 'ok' ELSE json('{') END FROM"
		     " (SELECT 1 AS x UNION ALL SELECT 2 UNION ALL SELECT 3)",
		""),
	    STORE_ERR);
	assert_int_equal(n, pg ? 0 : 2);
	free(v);
	/* store_each(): the callback stops the walk */
	assert_int_equal(store_each(s, num_three, &sum, NUMS, "d", 10),
	    STORE_ROW);
	assert_int_equal(sum, 6);
	assert_int_equal(store_each(s, num_three, &sum, NUMS, "d", 2),
	    STORE_DONE);
	assert_int_equal(sum, 9);
}

/* A data directory's database: its SQLite file, or db.conf's URL. */
static void
t_locate(void **state)
{
	char dir[] = "/tmp/pamong-locate-XXXXXX", *p, *conf;
	const char *url = "postgresql://pamong@127.0.0.1:5432/pamong";
	struct stat sb;

	assert_non_null(mkdtemp(dir));
	p = store_locate(dir, "pamong.db");
	assert_non_null(p);
	assert_true(strncmp(p, dir, strlen(dir)) == 0);
	assert_string_equal(p + strlen(dir), "/pamong.db");
	assert_false(store_is_url(p));
	free(p);
	assert_int_equal(store_locate_set(dir, "/var/lib/pamong.db"), -1);
	assert_int_equal(store_locate_set(dir, url), 0);
	p = store_locate(dir, "pamong.db");
	assert_non_null(p);
	assert_string_equal(p, url);
	assert_true(store_is_url(p));
	free(p);
	conf = malloc(strlen(dir) + 16);
	assert_non_null(conf);
	sprintf(conf, "%s/db.conf", dir);
	assert_int_equal(stat(conf, &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0600);
	unlink(conf);
	free(conf);
	rmdir(dir);
}

/* Inside a transaction a query that fails, even to prepare, ends alone. */
static void
t_failure_in_tx(void **state)
{
	struct store *s = *state;

	assert_int_equal(store_exec(s,
			     "CREATE TEMP TABLE ft(x INTEGER"
			     " UNIQUE)"),
	    0);
	assert_int_equal(store_begin(s), 0);
	assert_int_equal(store_run(s, "INSERT INTO ft VALUES (1)", ""), 0);
	assert_int_equal(store_run(s, "INSERT INTO ft VALUES (1)", ""),
	    STORE_CONSTRAINT);
	assert_null(store_query(s, "SELECT nope FROM nowhere", ""));
	assert_int_equal(store_run(s, "INSERT INTO ft VALUES (2)", ""), 0);
	assert_int_equal(store_commit(s), 0);
	assert_int_equal(store_scalar(s, -1, "SELECT sum(x) FROM ft", ""), 3);
	/* changes: of the last write, not of a read after it */
	assert_int_equal(store_run(s, "UPDATE ft SET x = x + 10", ""), 0);
	assert_int_equal(store_changes(s), 2);
	assert_int_equal(store_scalar(s, -1, "SELECT count(*) FROM ft", ""), 2);
	assert_int_equal(store_changes(s), 2);
}

static uint64_t watched;

static void
watch(uint64_t n)
{
	watched = n;
}

/*
 * Issue 14: the change counter moves by one with each transaction that
 * wrote, in that transaction, and another connection learns it by a poll
 * (SQLite reads the row, PostgreSQL hears LISTEN/NOTIFY).
 */
static void
t_change_counter(void **state)
{
	struct store *s = *state, *o;
	uint64_t v0, v1;
	int i;

	store_watch(s, watch);
	v0 = store_version_poll(s);
	assert_true(v0 >= 1);
	/* a transaction that only read leaves it */
	assert_int_equal(store_begin(s), 0);
	(void)store_scalar(s, 0, "SELECT count(*) FROM store_versi", "");
	assert_int_equal(store_commit(s), 0);
	assert_true(store_version(s) == v0);
	assert_true(watched == 0);
	/* one that wrote moves it by one, told before commit returns */
	assert_int_equal(store_exec(s, "CREATE TABLE vc (x INTEGER)"), 0);
	assert_int_equal(store_begin(s), 0);
	assert_int_equal(store_run(s, "INSERT INTO vc VALUES (1)", ""), 0);
	assert_int_equal(store_run(s, "INSERT INTO vc VALUES (2)", ""), 0);
	assert_int_equal(store_commit(s), 0);
	v1 = store_version(s);
	assert_true(v1 == v0 + 1);
	assert_true(watched == v1);
	assert_int_equal(store_scalar(s, 0, "SELECT n FROM store_versi", ""),
	    (int64_t)v1);
	/* a write outside a transaction runs in one of its own */
	assert_int_equal(store_run(s, "UPDATE vc SET x = x + 1", ""), 0);
	assert_int_equal(store_changes(s), 2);
	assert_true(store_version(s) == v1 + 1);
	/* nothing written (no row matched): no move */
	assert_int_equal(store_run(s, "DELETE FROM vc WHERE x = 99", ""), 0);
	assert_true(store_version(s) == v1 + 1);
	/* rolled back: the counter with it */
	assert_int_equal(store_begin(s), 0);
	assert_int_equal(store_run(s, "INSERT INTO vc VALUES (3)", ""), 0);
	store_rollback(s);
	assert_int_equal(store_scalar(s, 0, "SELECT n FROM store_versi", ""),
	    (int64_t)(v1 + 1));
	/* another connection */
	assert_int_equal(
	    store_open(&o, NULL, pg ? getenv("PAMONG_TEST_DB") : dbpath), 0);
	assert_true(store_version_poll(o) == v1 + 1);
	assert_int_equal(store_run(s, "UPDATE vc SET x = 0", ""), 0);
	assert_true(store_version(s) == v1 + 2);
	for (i = 0; i < 200 && store_version_poll(o) != v1 + 2; i++)
		usleep(10000);
	assert_true(store_version(o) == v1 + 2);
	/* and its own commit continues the one sequence */
	assert_int_equal(store_run(o, "DELETE FROM vc", ""), 0);
	assert_true(store_version(o) == v1 + 3);
	store_close(o);
	store_watch(s, NULL);
	assert_int_equal(store_exec(s, "DROP TABLE vc"), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(t_pragmas),
		cmocka_unit_test(t_migrate_is_idempotent),
		cmocka_unit_test(t_bind_and_constraint),
		cmocka_unit_test(t_rollback_leaves_nothing),
		cmocka_unit_test(t_audit_is_append_only),
		cmocka_unit_test(t_statement_reuse),
		cmocka_unit_test(t_savepoint_and_durable),
		cmocka_unit_test(t_rows),
		cmocka_unit_test(t_locate),
		cmocka_unit_test(t_failure_in_tx),
		cmocka_unit_test(t_change_counter),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
