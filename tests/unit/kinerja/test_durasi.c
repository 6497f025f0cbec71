/*
 * test_durasi.c: the completion-time histogram in one text value
 * (src/mod/kinerja/durasi.c, kinerja_bulan.durasi of migration 0024):
 * adding and taking out entries keeps the canonical form (ascending
 * working days, no zero entries, one space between), malformed values
 * and impossible changes are refused, and reading gives back what was
 * added.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/buf.h"
#include "mod/kinerja/durasi.h"

static void
tambah_is(const char *s, int64_t hk, int64_t n, const char *want)
{
	char *got = durasi_tambah(s, hk, n);

	if (want == NULL) {
		assert_null(got);
		return;
	}
	assert_non_null(got);
	assert_string_equal(got, want);
	free(got);
}

static void
test_tambah(void **state)
{
	(void)state;
	/* vectors: (histogram, hk, n) -> histogram */
	tambah_is("", 3, 1, "3:1");
	tambah_is(NULL, 0, 2, "0:2");
	tambah_is("3:1", 3, 1, "3:2");
	tambah_is("3:1", 1, 1, "1:1 3:1");
	tambah_is("3:1", 7, 4, "3:1 7:4");
	tambah_is("1:1 3:1 7:4", 5, 1, "1:1 3:1 5:1 7:4");
	tambah_is("1:1 3:1 7:4", 3, -1, "1:1 7:4");
	tambah_is("1:1 7:4", 1, -1, "7:4");
	tambah_is("7:4", 7, -4, "");
	tambah_is("1:1 7:4", 7, 0, "1:1 7:4");
	tambah_is("1:1 7:4", 4, 0, "1:1 7:4");
	tambah_is("12:3 120:1", 120, 2, "12:3 120:3");
	/* impossible: below zero, a negative time */
	tambah_is("1:1", 1, -2, NULL);
	tambah_is("1:1", 2, -1, NULL);
	tambah_is("", 0, -1, NULL);
	tambah_is("1:1", -1, 1, NULL);
}

static void
test_malformed(void **state)
{
	static const char *bad[] = { " ", "3", "3:", ":1", "3:0", "3:-1",
		"-3:1", "3:1 ", " 3:1", "3:1  4:1", "3:1,4:1", "4:1 3:1",
		"3:1 3:1", "3:1x", "a:1", "3:1 4", "99999999999999999999:1",
		"03:1", "3:01", "00:1", "3:+1", "+3:1", "3: 1" };
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(*bad); i++) {
		char *r = durasi_tambah(bad[i], 1, 1);

		if (r != NULL)
			fail_msg("accepted \"%s\" as \"%s\"", bad[i], r);
	}
}

static void
collect(void *arg, int64_t hk, int64_t n)
{
	buf_addf(arg, "[%lld %lld]", (long long)hk, (long long)n);
}

static void
test_each(void **state)
{
	struct buf b;

	(void)state;
	buf_init(&b, 64);
	assert_int_equal(durasi_each(NULL, collect, &b), 0);
	assert_int_equal(durasi_each("", collect, &b), 0);
	assert_int_equal(b.len, 0);
	assert_int_equal(durasi_each("0:2 5:1 31:7", collect, &b), 0);
	assert_string_equal(b.s, "[0 2][5 1][31 7]");
	buf_reset(&b);
	assert_int_equal(durasi_each("5:1 2:1", collect, &b), -1);
	assert_int_equal(durasi_each("5:1 x", collect, &b), -1);
	buf_free(&b);
}

/* Random additions and removals against a plain array. */
static void
test_random(void **state)
{
	int64_t want[40];
	unsigned long r = 12345;
	char *h = NULL, *t;
	struct buf b, e;
	int i, step, k;

	(void)state;
	memset(want, 0, sizeof(want));
	buf_init(&b, 256);
	buf_init(&e, 256);
	for (step = 0; step < 2000; step++) {
		r = r * 6364136223846793005UL + 1442695040888963407UL;
		k = (int)((r >> 33) % 40);
		i = (r >> 20) % 3 == 0 && want[k] > 0 ? -1 : 1;
		t = durasi_tambah(h, k, i);
		assert_non_null(t);
		free(h);
		h = t;
		want[k] += i;
		buf_reset(&b);
		buf_reset(&e);
		assert_int_equal(durasi_each(h, collect, &b), 0);
		for (k = 0; k < 40; k++)
			if (want[k] > 0)
				collect(&e, k, want[k]);
		assert_string_equal(b.s, e.s);
	}
	free(h);
	buf_free(&b);
	buf_free(&e);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_tambah),
		cmocka_unit_test(test_malformed),
		cmocka_unit_test(test_each),
		cmocka_unit_test(test_random),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
