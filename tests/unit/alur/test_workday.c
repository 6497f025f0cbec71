/* test_workday.c: WIB dates and working days across weekends and the 2026 holidays. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "mod/alur/workday.h"
#include "store/store.h"

/* A fresh migrated database: 0004 seeds the 2026 holidays. */
static int
setup(void **state)
{
	struct store *s;
	char dir[] = "/tmp/pamong-workday-XXXXXX", path[64];

	if (mkdtemp(dir) == NULL)
		return -1;
	snprintf(path, sizeof(path), "%s/t.db", dir);
	if (store_open(&s, NULL, path) != 0 || store_migrate(s, 0) != 0)
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

/* The instant of a WIB wall-clock time. */
static time_t
wib(int y, int mo, int d, int h, int mi)
{
	struct tm tm;

	memset(&tm, 0, sizeof(tm));
	tm.tm_year = y - 1900;
	tm.tm_mon = mo - 1;
	tm.tm_mday = d;
	tm.tm_hour = h;
	tm.tm_min = mi;
	return timegm(&tm) - 7 * 3600;
}

static void
expect_add(struct store *s, time_t t, int n, const char *want)
{
	char out[11];

	workday_add(s, t, n, out);
	assert_string_equal(out, want);
}

static void
t_date_wib(void **state)
{
	char out[11];

	(void)state;
	workday_date(wib(2026, 3, 13, 23, 59), out);
	assert_string_equal(out, "2026-03-13");
	/* 17:00 UTC is already the next day in Siak */
	workday_date(wib(2026, 3, 14, 0, 0), out);
	assert_string_equal(out, "2026-03-14");
	workday_date(wib(2026, 3, 14, 0, 0) - 1, out);
	assert_string_equal(out, "2026-03-13");
	workday_date(0, out);
	assert_string_equal(out, "1970-01-01");
	workday_date(wib(1969, 12, 31, 12, 0), out);
	assert_string_equal(out, "1969-12-31");
}

static void
t_date_parse(void **state)
{
	int y, m, d;

	(void)state;
	assert_int_equal(date_parse("2026-03-13", &y, &m, &d), 0);
	assert_int_equal(y, 2026);
	assert_int_equal(m, 3);
	assert_int_equal(d, 13);
	assert_int_equal(date_parse("2028-02-29", NULL, NULL, NULL), 0);
	assert_int_equal(date_parse("2000-02-29", NULL, NULL, NULL), 0);
	assert_int_equal(date_parse("2026-02-29", NULL, NULL, NULL), -1);
	assert_int_equal(date_parse("2100-02-29", NULL, NULL, NULL), -1);
	assert_int_equal(date_parse("2026-04-31", NULL, NULL, NULL), -1);
	assert_int_equal(date_parse("2026-13-01", NULL, NULL, NULL), -1);
	assert_int_equal(date_parse("2026-00-10", NULL, NULL, NULL), -1);
	assert_int_equal(date_parse("2026-01-00", NULL, NULL, NULL), -1);
	assert_int_equal(date_parse("2026-1-01", NULL, NULL, NULL), -1);
	assert_int_equal(date_parse("2026-01-01 ", NULL, NULL, NULL), -1);
	assert_int_equal(date_parse("2026/01/01", NULL, NULL, NULL), -1);
	assert_int_equal(date_parse("+026-01-01", NULL, NULL, NULL), -1);
	assert_int_equal(date_parse("", NULL, NULL, NULL), -1);
	assert_int_equal(date_parse(NULL, NULL, NULL, NULL), -1);
}

static void
t_is(void **state)
{
	struct store *s = *state;

	assert_int_equal(workday_is(s, "2026-03-13"), 1); /* Friday */
	assert_int_equal(workday_is(s, "2026-03-14"), 0); /* Saturday */
	assert_int_equal(workday_is(s, "2026-03-15"), 0); /* Sunday */
	assert_int_equal(workday_is(s, "2026-08-17"), 0); /* Proklamasi */
	assert_int_equal(workday_is(s, "2026-08-18"), 1);
	assert_int_equal(workday_is(s, "2026-03-23"), 0); /* cuti bersama */
	assert_int_equal(workday_is(s, "2026-12-24"), 0);
	assert_int_equal(workday_is(s, "2026-02-30"), -1);
	assert_int_equal(workday_is(s, "kemarin"), -1);
}

static void
t_add_weekend(void **state)
{
	struct store *s = *state;

	/* submitted Friday, 1 working day: Monday */
	expect_add(s, wib(2026, 3, 13, 10, 0), 1, "2026-03-16");
	/* late Friday evening is still Friday */
	expect_add(s, wib(2026, 3, 13, 23, 30), 1, "2026-03-16");
	expect_add(s, wib(2026, 3, 13, 10, 0), 0, "2026-03-13");
	expect_add(s, wib(2026, 3, 13, 10, 0), 5, "2026-03-27");
	/* a Saturday submission counts from Monday */
	expect_add(s, wib(2026, 3, 14, 9, 0), 0, "2026-03-16");
	expect_add(s, wib(2026, 3, 14, 9, 0), 1, "2026-03-17");
	expect_add(s, wib(2026, 3, 15, 9, 0), 1, "2026-03-17");
	expect_add(s, wib(2026, 3, 9, 8, 0), 4, "2026-03-13");
	expect_add(s, wib(2026, 3, 9, 8, 0), 5, "2026-03-16");
}

static void
t_add_holidays(void **state)
{
	struct store *s = *state;

	/* Nyepi and Idulfitri 2026: 18-24 March are all days off */
	expect_add(s, wib(2026, 3, 17, 8, 0), 1, "2026-03-25");
	expect_add(s, wib(2026, 3, 17, 8, 0), 2, "2026-03-26");
	expect_add(s, wib(2026, 3, 16, 8, 0), 2, "2026-03-25");
	/* submitted on a holiday: counts from the next working day */
	expect_add(s, wib(2026, 3, 20, 8, 0), 0, "2026-03-25");
	expect_add(s, wib(2026, 3, 20, 8, 0), 1, "2026-03-26");
	/* new year: 1 January is a holiday */
	expect_add(s, wib(2025, 12, 31, 8, 0), 1, "2026-01-02");
	/* Imlek: 16 (cuti bersama) and 17 February */
	expect_add(s, wib(2026, 2, 13, 8, 0), 1, "2026-02-18");
	/* Kenaikan and its cuti bersama: Thursday 14 and Friday 15 May */
	expect_add(s, wib(2026, 5, 13, 8, 0), 1, "2026-05-18");
	/* Waisak on Sunday 31 May, Pancasila on Monday 1 June */
	expect_add(s, wib(2026, 5, 29, 8, 0), 1, "2026-06-02");
	/* Christmas: 24 and 25 December */
	expect_add(s, wib(2026, 12, 23, 8, 0), 1, "2026-12-28");
	/* a long SLA: 20 working days from 2 March 2026 */
	expect_add(s, wib(2026, 3, 2, 8, 0), 20, "2026-04-07");
}

static void
t_add_admin_edit(void **state)
{
	struct store *s = *state;

	/* 2027 has no holidays until an admin adds them */
	expect_add(s, wib(2026, 12, 31, 8, 0), 1, "2027-01-01");
	assert_int_equal(
	    store_run(s,
		"INSERT INTO hari_libur(tanggal, nama,"
		" jenis) VALUES ('2027-01-01', 'Tahun Baru 2027 Masehi',"
		" 'libur_nasional')",
		""),
	    0);
	expect_add(s, wib(2026, 12, 31, 8, 0), 1, "2027-01-04");
	assert_int_equal(store_run(s,
			     "DELETE FROM hari_libur WHERE tanggal ="
			     " '2027-01-01'",
			     ""),
	    0);
	expect_add(s, wib(2026, 12, 31, 8, 0), 1, "2027-01-01");
}

static void
t_between(void **state)
{
	struct store *s = *state;

	assert_int_equal(workday_between(s, "2026-03-13", "2026-03-13"), 0);
	assert_int_equal(workday_between(s, "2026-03-13", "2026-03-16"), 1);
	assert_int_equal(workday_between(s, "2026-03-13", "2026-03-15"), 0);
	assert_int_equal(workday_between(s, "2026-03-16", "2026-03-13"), 0);
	/* 16, 17, then 25 */
	assert_int_equal(workday_between(s, "2026-03-13", "2026-03-25"), 3);
	assert_int_equal(workday_between(s, "2026-03-17", "2026-03-24"), 0);
	assert_int_equal(workday_between(s, "2026-03-17", "2026-03-25"), 1);
	/* 2026 has 261 weekdays; 21 of the holidays fall on weekdays */
	assert_int_equal(workday_between(s, "2025-12-31", "2026-12-31"), 240);
	assert_int_equal(workday_between(s, "bukan", "2026-03-25"), 0);
	assert_int_equal(workday_between(s, "2026-03-13", "2026-02-30"), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(t_date_wib),
		cmocka_unit_test(t_date_parse),
		cmocka_unit_test(t_is),
		cmocka_unit_test(t_add_weekend),
		cmocka_unit_test(t_add_holidays),
		cmocka_unit_test(t_add_admin_edit),
		cmocka_unit_test(t_between),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
