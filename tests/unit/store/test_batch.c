/*
 * test_batch.c: store_batch(), the one write path of submissions: each
 * job keeps or loses only its own rows, hooks run in order, files are
 * synced once before the transaction, lazy mode restores durability.
 * On the database of PAMONG_TEST_DB when set (a PostgreSQL URL, make
 * test-pg), else on a SQLite file.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/batch.h"
#include "store/store.h"

static char dir[] = "/tmp/pamong-batch-XXXXXX";

/* A job that writes x into table t, and says how it went. */
struct tjob {
	struct store_job job;
	int x;
	int early; /* check finishes it */
	int stage; /* what stage returns */
	int apply; /* 0, 1 or -1: what apply returns after its row */
	int rc;	   /* 0, 7 (finished early), -2 (failed) */
	int files; /* fail's argument */
	int checked, staged, applied, ended;
	int in_tx_at_check;
};

static int
t_check(struct store *s, struct store_job *j)
{
	struct tjob *t = (struct tjob *)j;

	t->checked++;
	t->in_tx_at_check = store_in_tx(s);
	if (t->early)
		t->rc = 7;
	return t->early;
}

static int
t_stage(const char *data_dir, struct store_job *j)
{
	struct tjob *t = (struct tjob *)j;

	t->staged++;
	return t->stage;
}

static int
t_apply(struct store *s, struct store_job *j)
{
	struct tjob *t = (struct tjob *)j;

	t->applied++;
	if (store_run(s, "INSERT INTO t VALUES (?)", "d", t->x) != 0)
		return -1;
	if (t->apply == 1)
		t->rc = 1;
	return t->apply;
}

static void
t_fail(struct store_job *j, int files)
{
	struct tjob *t = (struct tjob *)j;

	t->rc = -2;
	t->files = files;
}

static void
t_end(struct store_job *j)
{
	((struct tjob *)j)->ended++;
}

static void
job_init(struct tjob *t, int x)
{
	memset(t, 0, sizeof(*t));
	t->x = x;
	t->job.check = t_check;
	t->job.stage = t_stage;
	t->job.apply = t_apply;
	t->job.fail = t_fail;
	t->job.end = t_end;
}

static int
setup(void **state)
{
	struct store *s;
	char path[64];

	if (mkdtemp(dir) == NULL)
		return -1;
	snprintf(path, sizeof(path), "%s/t.db", dir);
	if (store_open(&s, NULL,
		getenv("PAMONG_TEST_DB") != NULL ? getenv("PAMONG_TEST_DB")
						 : path) != 0 ||
	    store_exec(s, "CREATE TABLE t(x INTEGER UNIQUE)") != 0)
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
	if (getenv("PAMONG_TEST_DB") != NULL)
		return store_scalar(s, 0,
		    "SELECT CASE WHEN"
		    " current_setting('synchronous_commit') = 'on' THEN 2"
		    " ELSE 1 END",
		    "");
	return store_scalar(s, 0, "PRAGMA synchronous", "");
}

static int
has(struct store *s, int x)
{
	return (int)store_scalar(s, -1, "SELECT count(*) FROM t WHERE x = ?",
	    "d", x);
}

/* One batch: a job that fails (anywhere) leaves the others whole. */
static void
t_failing_job_keeps_others(void **state)
{
	struct store *s = *state;
	struct tjob t[7];
	struct store_job *p[7];
	int i;

	for (i = 0; i < 7; i++) {
		job_init(&t[i], 10 + i);
		p[i] = &t[i].job;
	}
	t[1].early = 1;	 /* invalid or a replay */
	t[2].apply = 1;	 /* refused in the transaction */
	t[3].apply = -1; /* storage failure in apply */
	t[4].stage = -1; /* its files could not be written */
	t[5].stage = 2;	 /* two files, synced */
	t[6].x = 10;	 /* constraint: a twin of t[0] */
	assert_int_equal(store_batch(s, dir, p, 7, 1), 0);
	for (i = 0; i < 7; i++) {
		assert_int_equal(t[i].checked, 1);
		assert_int_equal(t[i].ended, 1);
		assert_false(t[i].in_tx_at_check);
	}
	assert_int_equal(t[0].rc, 0);
	assert_int_equal(has(s, 10), 1);
	assert_int_equal(t[1].rc, 7);
	assert_int_equal(t[1].staged + t[1].applied, 0);
	assert_int_equal(has(s, 11), 0);
	assert_int_equal(t[2].rc, 1); /* not a failure */
	assert_int_equal(has(s, 12), 0);
	assert_int_equal(t[3].rc, -2);
	assert_int_equal(t[3].files, 0);
	assert_int_equal(has(s, 13), 0);
	assert_int_equal(t[4].rc, -2);
	assert_int_equal(t[4].files, 1);
	assert_int_equal(t[4].applied, 0);
	assert_int_equal(has(s, 14), 0);
	assert_int_equal(t[5].rc, 0);
	assert_int_equal(has(s, 15), 1);
	assert_int_equal(t[6].rc, -2); /* its insert failed */
	assert_int_equal(store_scalar(s, -1, "SELECT count(*) FROM t", ""), 2);
	/* lazy mode left the connection durable again, and no transaction */
	assert_false(store_in_tx(s));
	assert_int_equal(synchronous(s), 2);
}

/* Nothing to write: an empty lazy batch only syncs; a batch of one. */
static void
t_empty_and_one(void **state)
{
	struct store *s = *state;
	struct tjob t;
	struct store_job *p = &t.job;

	assert_int_equal(store_batch(s, dir, NULL, 0, 1), 0);
	job_init(&t, 20);
	t.job.stage = NULL; /* hooks may be left out */
	t.job.check = NULL;
	assert_int_equal(store_batch(s, NULL, &p, 1, 0), 0);
	assert_int_equal(t.rc, 0);
	assert_int_equal(has(s, 20), 1);
	assert_int_equal(t.ended, 1);
}

/* The sync fails: no live job is written, each fails with files 1. */
static void
t_sync_fails(void **state)
{
	struct store *s = *state;
	struct tjob t[2];
	struct store_job *p[2] = { &t[0].job, &t[1].job };

	job_init(&t[0], 30);
	job_init(&t[1], 31);
	t[1].early = 1;
	assert_int_equal(store_batch(s, "/nonexistent/pamong", p, 2, 1), -1);
	assert_int_equal(t[0].rc, -2);
	assert_int_equal(t[0].files, 1);
	assert_int_equal(t[0].applied, 0);
	assert_int_equal(t[1].rc, 7); /* finished before: kept */
	assert_int_equal(has(s, 30), 0);
	assert_int_equal(t[0].ended + t[1].ended, 2);
	assert_false(store_in_tx(s));
	assert_int_equal(synchronous(s), 2);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(t_failing_job_keeps_others),
		cmocka_unit_test(t_empty_and_one),
		cmocka_unit_test(t_sync_fails),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
