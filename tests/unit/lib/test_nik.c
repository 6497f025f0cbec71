/* test_nik.c: unit tests for NIK validation. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "lib/nik.h"

static void
test_valid(void **state)
{
	(void)state;
	assert_null(nik_check("3201014512900001")); /* woman, 5 Dec 90 */
	assert_null(nik_check("3171010101800002")); /* man, 1 Jan 80 */
	assert_null(nik_check("1101013112009999")); /* day 31 */
	assert_null(nik_check("9601017112990001")); /* day 71 (31 + 40) */
	assert_null(nik_check("6501014101000001")); /* day 41 (1 + 40) */
}

static void
test_empty(void **state)
{
	(void)state;
	assert_string_equal(nik_check(""), "NIK wajib diisi.");
	assert_string_equal(nik_check(NULL), "NIK wajib diisi.");
}

static void
test_length(void **state)
{
	const char *msg = "NIK harus terdiri atas 16 angka.";

	(void)state;
	assert_string_equal(nik_check("320101451290000"), msg);
	assert_string_equal(nik_check("32010145129000011"), msg);
	assert_string_equal(nik_check("3"), msg);
	/* 16 bytes but not 16 digits: the digit check reports it. */
	assert_string_not_equal(nik_check("3201 14512900001"), msg);
}

static void
test_nondigit(void **state)
{
	const char *msg = "NIK hanya boleh berisi angka.";

	(void)state;
	assert_string_equal(nik_check("320101451290000a"), msg);
	assert_string_equal(nik_check("3201-14512900001"), msg);
	assert_string_equal(nik_check(" 201014512900001"), msg);
	assert_string_equal(nik_check("32010145129000\xd9\xa1"), msg);
}

static void
test_province(void **state)
{
	static const char *known[] = {
		"11",
		"12",
		"13",
		"14",
		"15",
		"16",
		"17",
		"18",
		"19",
		"21",
		"31",
		"32",
		"33",
		"34",
		"35",
		"36",
		"51",
		"52",
		"53",
		"61",
		"62",
		"63",
		"64",
		"65",
		"71",
		"72",
		"73",
		"74",
		"75",
		"76",
		"81",
		"82",
		"91",
		"92",
		"93",
		"94",
		"95",
		"96",
	};
	char nik[32];
	size_t i, nknown = 0;
	int p, found;

	(void)state;
	/* Exactly the 38 codes are accepted, all others rejected. */
	for (p = 0; p < 100; p++) {
		snprintf(nik, sizeof(nik), "%02d01014512900001", p);
		found = 0;
		for (i = 0; i < sizeof(known) / sizeof(known[0]); i++)
			if (strncmp(nik, known[i], 2) == 0)
				found = 1;
		if (found) {
			assert_null(nik_check(nik));
			nknown++;
		} else
			assert_string_equal(nik_check(nik),
			    "Kode provinsi pada NIK tidak dikenal.");
	}
	assert_int_equal(nknown, 38);
}

static void
test_kabupaten(void **state)
{
	(void)state;
	assert_string_equal(nik_check("3200014512900001"),
	    "Kode kabupaten/kota pada NIK tidak sah.");
	assert_null(nik_check("3210014512900001"));
	assert_null(nik_check("3271014512900001"));
}

static void
test_day(void **state)
{
	const char *msg = "Tanggal lahir pada NIK tidak sah.";
	char nik[32];
	int d;

	(void)state;
	for (d = 0; d < 100; d++) {
		snprintf(nik, sizeof(nik), "320101%02d12900001", d);
		if ((d >= 1 && d <= 31) || (d >= 41 && d <= 71))
			assert_null(nik_check(nik));
		else
			assert_string_equal(nik_check(nik), msg);
	}
}

static void
test_month(void **state)
{
	const char *msg = "Bulan lahir pada NIK tidak sah.";

	(void)state;
	assert_string_equal(nik_check("3201014500900001"), msg);
	assert_string_equal(nik_check("3201014513900001"), msg);
	assert_string_equal(nik_check("3201014599900001"), msg);
	assert_null(nik_check("3201014501900001"));
	assert_null(nik_check("3201014512900001"));
}

static void
test_serial(void **state)
{
	(void)state;
	assert_string_equal(nik_check("3201014512900000"),
	    "Nomor urut pada NIK tidak sah.");
	assert_null(nik_check("3201014512901000"));
	assert_null(nik_check("3201014512900010"));
}

static void
test_messages_distinct(void **state)
{
	const char *m[] = {
		nik_check(""),
		nik_check("123"),
		nik_check("320101451290000x"),
		nik_check("9901014512900001"),
		nik_check("3200014512900001"),
		nik_check("3201013512900001"),
		nik_check("3201014513900001"),
		nik_check("3201014512900000"),
	};
	size_t i, j, n = sizeof(m) / sizeof(m[0]);

	(void)state;
	for (i = 0; i < n; i++) {
		assert_non_null(m[i]);
		for (j = i + 1; j < n; j++)
			assert_string_not_equal(m[i], m[j]);
	}
}

static void
test_birthdate(void **state)
{
	int day = -1, month = -1, yy = -1, female = -1;

	(void)state;
	assert_int_equal(
	    nik_birthdate("3201014512900001", &day, &month, &yy, &female), 0);
	assert_int_equal(day, 5);
	assert_int_equal(month, 12);
	assert_int_equal(yy, 90);
	assert_int_equal(female, 1);

	assert_int_equal(
	    nik_birthdate("3171013101050002", &day, &month, &yy, &female), 0);
	assert_int_equal(day, 31);
	assert_int_equal(month, 1);
	assert_int_equal(yy, 5);
	assert_int_equal(female, 0);

	assert_int_equal(
	    nik_birthdate("1101017107000001", &day, NULL, NULL, &female), 0);
	assert_int_equal(day, 31);
	assert_int_equal(female, 1);
}

static void
test_birthdate_invalid(void **state)
{
	int day = -7, month = -7, yy = -7, female = -7;

	(void)state;
	assert_int_equal(
	    nik_birthdate("3201014513900001", &day, &month, &yy, &female), -1);
	assert_int_equal(nik_birthdate("", &day, &month, &yy, &female), -1);
	assert_int_equal(nik_birthdate(NULL, &day, &month, &yy, &female), -1);
	assert_int_equal(
	    nik_birthdate("3201014512900000", &day, &month, &yy, &female), -1);
	/* Outputs are untouched on failure. */
	assert_int_equal(day, -7);
	assert_int_equal(month, -7);
	assert_int_equal(yy, -7);
	assert_int_equal(female, -7);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_valid),
		cmocka_unit_test(test_empty),
		cmocka_unit_test(test_length),
		cmocka_unit_test(test_nondigit),
		cmocka_unit_test(test_province),
		cmocka_unit_test(test_kabupaten),
		cmocka_unit_test(test_day),
		cmocka_unit_test(test_month),
		cmocka_unit_test(test_serial),
		cmocka_unit_test(test_messages_distinct),
		cmocka_unit_test(test_birthdate),
		cmocka_unit_test(test_birthdate_invalid),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
