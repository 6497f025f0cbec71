/* test_when.c: ISO 8601, WIB wall-clock time and civil day numbers. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "lib/when.h"

/* 2026-11-28T10:00:00Z = 2026-11-28 17:00 WIB */
#define T ((time_t)1795860000)

static void
test_iso8601(void **state)
{
	char s[WHEN_ISO8601_LEN];

	assert_int_equal(when_iso8601(T, s), 0);
	assert_string_equal(s, "2026-11-28T10:00:00Z");
	assert_int_equal(when_iso8601(0, s), 0);
	assert_string_equal(s, "1970-01-01T00:00:00Z");
	/* a year past 9999 does not fit: empty, never cut */
	assert_int_equal(when_iso8601((time_t)253402300800LL, s), -1);
	assert_string_equal(s, "");
}

static void
test_wib(void **state)
{
	struct tm tm;
	char s[40];

	assert_int_equal(when_wib(T, &tm), 0);
	assert_int_equal(tm.tm_hour, 17);
	assert_int_equal(when_wib_format(s, sizeof(s), "%d-%m-%Y %H.%M WIB", T),
	    20);
	assert_string_equal(s, "28-11-2026 17.00 WIB");
	/* 17:00 UTC is already the next day in WIB */
	when_wib_format(s, sizeof(s), "%Y-%m-%dT%H:%M:%S+07:00", T + 7 * 3600);
	assert_string_equal(s, "2026-11-29T00:00:00+07:00");
	/* too small: 0 and "" */
	assert_int_equal(when_wib_format(s, 5, "%Y-%m", T), 0);
	assert_string_equal(s, "");
	assert_string_equal(when_bulan[10], "November");
	assert_string_equal(when_bln[7], "Agu");
}

static void
test_civil(void **state)
{
	int y, m, d;
	long z;

	assert_int_equal(when_days_from_civil(1970, 1, 1), 0);
	assert_int_equal(when_days_from_civil(2000, 3, 1), 11017);
	assert_int_equal(when_days_from_civil(1969, 12, 31), -1);
	for (z = -800000; z < 800000; z += 997) {
		when_civil_from_days(z, &y, &m, &d);
		assert_int_equal(when_days_from_civil(y, m, d), z);
	}
	when_civil_from_days(when_days_from_civil(2024, 2, 29), &y, &m, &d);
	assert_int_equal(y * 10000 + m * 100 + d, 20240229);
}

static void
test_wib_day(void **state)
{
	long z = when_days_from_civil(2026, 11, 28);

	assert_int_equal(when_wib_day(T), z);
	/* 00:00 WIB is 17:00 UTC of the day before */
	assert_int_equal(when_wib_day_start(z), (int64_t)z * 86400 - 7 * 3600);
	assert_int_equal(when_wib_day(when_wib_day_start(z)), z);
	assert_int_equal(when_wib_day(when_wib_day_start(z) - 1), z - 1);
	assert_int_equal(when_wib_day(-7 * 3600 - 1), -1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_iso8601),
		cmocka_unit_test(test_wib),
		cmocka_unit_test(test_civil),
		cmocka_unit_test(test_wib_day),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
