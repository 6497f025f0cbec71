/* test_jam.c: the working-day clock of a permit application (jam.h):
 * vectors across weekends, holidays, a stop and its restart; and the
 * thresholds of the expiry reminders. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "lib/when.h"
#include "mod/perizinan/jam.h"
#include "mod/perizinan/proses.h"

/* 2026: Nyepi and its cuti bersama as the SKB (0004) has them. */
static long libur[8];

static int
kerja(void *arg, long d)
{
	size_t i;

	(void)arg;
	if (jam_akhir_pekan(d))
		return 0;
	for (i = 0; i < sizeof(libur) / sizeof(libur[0]); i++)
		if (libur[i] == d)
			return 0;
	return 1;
}

static long
day(int y, int m, int d)
{
	return when_days_from_civil(y, m, d);
}

static int
setup(void **state)
{
	int i;

	(void)state;
	/* 18-20 and 23-24 March 2026 (21-22 are a weekend anyway) */
	libur[0] = day(2026, 3, 18);
	libur[1] = day(2026, 3, 19);
	libur[2] = day(2026, 3, 20);
	libur[3] = day(2026, 3, 23);
	libur[4] = day(2026, 3, 24);
	for (i = 5; i < 8; i++)
		libur[i] = -1;
	return 0;
}

static void
test_weekend(void **state)
{
	(void)state;
	assert_true(jam_akhir_pekan(day(2026, 3, 14)));	 /* Saturday */
	assert_true(jam_akhir_pekan(day(2026, 3, 15)));	 /* Sunday */
	assert_false(jam_akhir_pekan(day(2026, 3, 16))); /* Monday */
	assert_false(jam_akhir_pekan(day(1970, 1, 1)));	 /* Thursday */
	assert_true(jam_akhir_pekan(day(1969, 12, 28))); /* Sunday */
	/* submitted Friday 6 March: Monday 9 is day 1, Friday 13 day 5 */
	assert_int_equal(jam_terpakai(day(2026, 3, 6), day(2026, 3, 8), NULL, 0,
			     kerja, NULL),
	    0);
	assert_int_equal(jam_terpakai(day(2026, 3, 6), day(2026, 3, 9), NULL, 0,
			     kerja, NULL),
	    1);
	assert_int_equal(jam_terpakai(day(2026, 3, 6), day(2026, 3, 13), NULL,
			     0, kerja, NULL),
	    5);
	/* submitted on a Saturday: Monday is day 1 */
	assert_int_equal(jam_terpakai(day(2026, 3, 7), day(2026, 3, 9), NULL, 0,
			     kerja, NULL),
	    1);
	/* the same day, or an end before the start: nothing used */
	assert_int_equal(jam_terpakai(day(2026, 3, 9), day(2026, 3, 9), NULL, 0,
			     kerja, NULL),
	    0);
	assert_int_equal(jam_terpakai(day(2026, 3, 9), day(2026, 3, 2), NULL, 0,
			     kerja, NULL),
	    0);
}

static void
test_holidays(void **state)
{
	(void)state;
	/* submitted Tuesday 17 March: the next working day is Wednesday 25 */
	assert_int_equal(jam_terpakai(day(2026, 3, 17), day(2026, 3, 24), NULL,
			     0, kerja, NULL),
	    0);
	assert_int_equal(jam_terpakai(day(2026, 3, 17), day(2026, 3, 25), NULL,
			     0, kerja, NULL),
	    1);
	/* Monday 16 to Friday 27 March: 16 is the start; 17, 25, 26, 27 */
	assert_int_equal(jam_terpakai(day(2026, 3, 16), day(2026, 3, 27), NULL,
			     0, kerja, NULL),
	    4);
}

static void
test_stop_restart(void **state)
{
	struct jam_henti h[2];

	(void)state;
	/* submitted Monday 2 March, returned for correction on Tuesday 3,
	 * corrected on Thursday 5: Wednesday and Thursday do not count */
	h[0].a = day(2026, 3, 3);
	h[0].b = day(2026, 3, 5);
	assert_int_equal(
	    jam_terpakai(day(2026, 3, 2), day(2026, 3, 6), h, 1, kerja, NULL),
	    2); /* Tuesday 3 and Friday 6 */
	/* still stopped: nothing after Tuesday counts */
	h[0].b = -1;
	assert_int_equal(
	    jam_terpakai(day(2026, 3, 2), day(2026, 3, 13), h, 1, kerja, NULL),
	    1);
	/* two stops that overlap count their days once */
	h[0].a = day(2026, 3, 3);
	h[0].b = day(2026, 3, 6);
	h[1].a = day(2026, 3, 5);
	h[1].b = day(2026, 3, 10);
	assert_int_equal(
	    jam_terpakai(day(2026, 3, 2), day(2026, 3, 13), h, 2, kerja, NULL),
	    4); /* 3, 11, 12, 13 */
	/* a stop across the Nyepi holidays: a waiting payment from
	 * Tuesday 17 to Thursday 26 March; then 27 and 30 count */
	h[0].a = day(2026, 3, 17);
	h[0].b = day(2026, 3, 26);
	assert_int_equal(
	    jam_terpakai(day(2026, 3, 16), day(2026, 3, 30), h, 1, kerja, NULL),
	    3); /* 17, 27, 30 */
}

static void
test_ambang(void **state)
{
	static const int v[][2] = { { 100, 0 }, { 91, 0 }, { 90, 90 },
		{ 61, 90 }, { 60, 60 }, { 31, 60 }, { 30, 30 }, { 8, 30 },
		{ 7, 7 }, { 1, 7 }, { 0, 7 }, { -1, 0 } };
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(v) / sizeof(v[0]); i++)
		assert_int_equal(izin_ambang(v[i][0]), v[i][1]);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_weekend),
		cmocka_unit_test(test_holidays),
		cmocka_unit_test(test_stop_restart),
		cmocka_unit_test(test_ambang),
	};

	return cmocka_run_group_tests(tests, setup, NULL);
}
