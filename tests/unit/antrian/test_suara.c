/* test_suara.c: joining WAV files into the spoken call. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mod/antrian/suara.h"

/* A PCM WAV of n 16-bit mono samples of value v at rate hz. */
static void
wav(struct buf *b, unsigned hz, size_t n, unsigned char v)
{
	unsigned char h[44] = "RIFF\0\0\0\0WAVEfmt \x10\0\0\0\x01\0\x01\0";
	size_t i;

	h[24] = hz & 0xff;
	h[25] = (hz >> 8) & 0xff;
	h[28] = (2 * hz) & 0xff;
	h[29] = ((2 * hz) >> 8) & 0xff;
	h[30] = ((2 * hz) >> 16) & 0xff;
	h[32] = 2;
	h[34] = 16;
	memcpy(h + 36, "data", 4);
	h[40] = (2 * n) & 0xff;
	h[41] = ((2 * n) >> 8) & 0xff;
	h[4] = (36 + 2 * n) & 0xff;
	h[5] = ((36 + 2 * n) >> 8) & 0xff;
	buf_add(b, h, sizeof(h));
	for (i = 0; i < 2 * n; i++)
		buf_addc(b, (char)v);
}

static void
test_join(void **state)
{
	struct buf a = BUF_INIT, c = BUF_INIT, out = BUF_INIT;
	const struct buf *parts[3] = { &a, NULL, &c };
	const unsigned char *o;

	(void)state;
	wav(&a, 1000, 10, 1);
	wav(&c, 1000, 5, 3);
	assert_int_equal(antrian_wav_join(parts, 3, &out), 0);
	o = (const unsigned char *)out.s;
	/* 10 + 200 (200 ms of 1000 Hz) + 5 samples of 2 bytes */
	assert_int_equal(out.len, 44 + 2 * (10 + 200 + 5));
	assert_memory_equal(o, "RIFF", 4);
	assert_int_equal(o[40] | o[41] << 8, 2 * 215);
	assert_int_equal(o[44], 1);
	assert_int_equal(o[44 + 20], 0);      /* the pause */
	assert_int_equal(o[44 + 2 * 210], 3); /* the second word */
	buf_free(&out);
	buf_free(&a);
	buf_free(&c);
}

static void
test_join_bad(void **state)
{
	struct buf a = BUF_INIT, c = BUF_INIT, junk = BUF_INIT, out = BUF_INIT;
	const struct buf *mixed[2] = { &a, &c }, *bad[2] = { &a, &junk },
			 *none[1] = { NULL };

	(void)state;
	wav(&a, 1000, 10, 1);
	wav(&c, 2000, 10, 1); /* another rate */
	buf_adds(&junk, "RIFF0000WAVEnotawav");
	assert_int_equal(antrian_wav_join(mixed, 2, &out), -1);
	assert_int_equal(antrian_wav_join(bad, 2, &out), -1);
	assert_int_equal(antrian_wav_join(none, 1, &out), -1);
	assert_int_equal(out.len, 0);
	/* truncated data: joined up to what is there */
	a.len -= 4;
	assert_int_equal(antrian_wav_join(mixed, 1, &out), 0);
	assert_int_equal(out.len, 44 + 16);
	buf_free(&out);
	buf_free(&a);
	buf_free(&c);
	buf_free(&junk);
}

static void
test_words(void **state)
{
	int i, n = antrian_suara_n();

	(void)state;
	assert_int_equal(n, 47);
	for (i = 0; i < n; i++)
		assert_null(strpbrk(antrian_suara_kata[i], "/. ABCDEFGHIJ"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_join),
		cmocka_unit_test(test_join_bad),
		cmocka_unit_test(test_words),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
