/* test_ucap.c: Indonesian number words and the spoken call sentence. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mod/antrian/ucap.h"

static void
expect_words(int n, const char *want)
{
	char out[128];

	assert_int_equal(antrian_terbilang(n, out, sizeof(out)),
	    (int)strlen(want));
	assert_string_equal(out, want);
}

static void
test_terbilang(void **state)
{
	(void)state;
	expect_words(0, "nol");
	expect_words(1, "satu");
	expect_words(7, "tujuh");
	expect_words(10, "sepuluh");
	expect_words(11, "sebelas");
	expect_words(12, "dua belas");
	expect_words(19, "sembilan belas");
	expect_words(20, "dua puluh");
	expect_words(21, "dua puluh satu");
	expect_words(99, "sembilan puluh sembilan");
	expect_words(100, "seratus");
	expect_words(101, "seratus satu");
	expect_words(110, "seratus sepuluh");
	expect_words(111, "seratus sebelas");
	expect_words(115, "seratus lima belas");
	expect_words(200, "dua ratus");
	expect_words(305, "tiga ratus lima");
	expect_words(640, "enam ratus empat puluh");
	expect_words(999, "sembilan ratus sembilan puluh sembilan");
}

/* Every number 0..999 has distinct words, lower case, single spaces. */
static void
test_terbilang_all(void **state)
{
	static char seen[1000][64];
	int n, m;

	(void)state;
	for (n = 0; n <= 999; n++) {
		assert_true(antrian_terbilang(n, seen[n], sizeof(seen[n])) > 0);
		assert_null(strstr(seen[n], "  "));
		assert_true(seen[n][0] >= 'a' && seen[n][0] <= 'z');
		assert_null(strstr(seen[n], "satu puluh"));
		assert_null(strstr(seen[n], "satu ratus"));
		assert_null(strstr(seen[n], "satu belas"));
		if (n > 0)
			assert_null(strstr(seen[n], "nol"));
	}
	for (n = 0; n <= 999; n += 7)
		for (m = n + 1; m <= 999; m++)
			assert_string_not_equal(seen[n], seen[m]);
}

static void
test_terbilang_bad(void **state)
{
	char out[8];

	(void)state;
	assert_int_equal(antrian_terbilang(-1, out, sizeof(out)), -1);
	assert_string_equal(out, "");
	assert_int_equal(antrian_terbilang(1000, out, sizeof(out)), -1);
	/* does not fit: "" and -1, never a cut word */
	assert_int_equal(antrian_terbilang(999, out, sizeof(out)), -1);
	assert_string_equal(out, "");
	assert_int_equal(antrian_terbilang(1, NULL, 0), -1);
}

static void
test_eja(void **state)
{
	(void)state;
	assert_string_equal(antrian_eja('A'), "A");
	assert_string_equal(antrian_eja('b'), "Be");
	assert_string_equal(antrian_eja('K'), "Ka");
	assert_string_equal(antrian_eja('Q'), "Ki");
	assert_string_equal(antrian_eja('Z'), "Zet");
	assert_string_equal(antrian_eja('0'), "nol");
	assert_string_equal(antrian_eja('9'), "sembilan");
	assert_null(antrian_eja('-'));
	assert_null(antrian_eja(' '));
	assert_null(antrian_eja((char)0xc3));
}

static void
expect_sentence(const char *nomor, int loket, const char *want)
{
	char out[256];

	assert_int_equal(antrian_kalimat(nomor, loket, out, sizeof(out)),
	    (int)strlen(want));
	assert_string_equal(out, want);
}

static void
test_kalimat(void **state)
{
	char out[256];

	(void)state;
	expect_sentence("A-007", 3,
	    "Nomor antrean A nol nol tujuh, silakan menuju loket tiga");
	expect_sentence("B-120", 12,
	    "Nomor antrean Be satu dua nol, silakan menuju loket dua belas");
	expect_sentence("KA-001", 21,
	    "Nomor antrean Ka A nol nol satu, silakan menuju loket dua puluh"
	    " satu");
	expect_sentence("a7", 100,
	    "Nomor antrean A tujuh, silakan menuju loket seratus");
	/* bad input: -1 and "" */
	assert_int_equal(antrian_kalimat("A-007", 0, out, sizeof(out)), -1);
	assert_string_equal(out, "");
	assert_int_equal(antrian_kalimat("A-007", 1000, out, sizeof(out)), -1);
	assert_int_equal(antrian_kalimat("", 3, out, sizeof(out)), -1);
	assert_int_equal(antrian_kalimat(NULL, 3, out, sizeof(out)), -1);
	assert_int_equal(antrian_kalimat("A 007", 3, out, sizeof(out)), -1);
	assert_int_equal(antrian_kalimat("-007", 3, out, sizeof(out)), -1);
	assert_int_equal(antrian_kalimat("A-", 3, out, sizeof(out)), -1);
	assert_int_equal(antrian_kalimat("A-0000007", 3, out, sizeof(out)), -1);
	assert_int_equal(antrian_kalimat("<b>", 3, out, sizeof(out)), -1);
	assert_int_equal(antrian_kalimat("A-007", 3, out, 20), -1);
	assert_string_equal(out, "");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_terbilang),
		cmocka_unit_test(test_terbilang_all),
		cmocka_unit_test(test_terbilang_bad),
		cmocka_unit_test(test_eja),
		cmocka_unit_test(test_kalimat),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
