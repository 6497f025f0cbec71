/* test_token.c: unit tests for tokens, hashes and constant-time compare. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "lib/token.h"

static void
test_token_shape(void **state)
{
	char t[TOKEN_LEN + 1];
	size_t i;

	(void)state;
	memset(t, 'X', sizeof(t));
	token_random(t);
	assert_int_equal(strlen(t), TOKEN_LEN);
	for (i = 0; i < TOKEN_LEN; i++)
		assert_non_null(strchr("ABCDEFGHIJKLMNOPQRSTUVWXYZ"
				       "abcdefghijklmnopqrstuvwxyz0123456789-_",
		    t[i]));
	/* 256 bits: the last character carries 4 bits, low 2 bits zero. */
	assert_non_null(strchr("AEIMQUYcgkosw048", t[TOKEN_LEN - 1]));
}

static void
test_token_unique(void **state)
{
	char a[TOKEN_LEN + 1], b[TOKEN_LEN + 1];
	int i;

	(void)state;
	for (i = 0; i < 100; i++) {
		token_random(a);
		token_random(b);
		assert_string_not_equal(a, b);
	}
}

static void
test_sha256(void **state)
{
	char h[65];

	(void)state;
	sha256_hex("", 0, h);
	assert_string_equal(h,
	    "e3b0c44298fc1c149afbf4c8996fb924"
	    "27ae41e4649b934ca495991b7852b855");
	sha256_hex("abc", 3, h);
	assert_string_equal(h,
	    "ba7816bf8f01cfea414140de5dae2223"
	    "b00361a396177a9cb410ff61f20015ad");
	/* Binary input with a NUL byte: length counts, not strlen. */
	sha256_hex("a\0b", 3, h);
	assert_string_equal(h,
	    "59b271ae1bbcb1d31d41929817f4b16f"
	    "b439eb4f31520b5ad1d5ce98920a7138");
}

static void
test_hmac(void **state)
{
	unsigned char key[32];
	char h[65], h2[65];

	(void)state;
	/*
	 * RFC 4231 test case 2 has the 4-byte key "Jefe".  HMAC pads keys
	 * with zeros to the block size, so "Jefe" plus 28 zeros is the same.
	 */
	memset(key, 0, sizeof(key));
	memcpy(key, "Jefe", 4);
	hmac_hex(key, "what do ya want for nothing?", h);
	assert_string_equal(h,
	    "5bdcc146bf60754e6a042426089575c7"
	    "5a003f089d2739839dec58b964ec3843");

	hmac_hex(key, "", h);
	assert_int_equal(strlen(h), 64);
	key[31] = 1;
	hmac_hex(key, "what do ya want for nothing?", h2);
	assert_string_not_equal(h2,
	    "5bdcc146bf60754e6a042426089575c7"
	    "5a003f089d2739839dec58b964ec3843");
}

static void
test_ct_streq(void **state)
{
	(void)state;
	assert_true(ct_streq("", ""));
	assert_true(ct_streq("abc", "abc"));
	assert_false(ct_streq("abc", "abd"));
	assert_false(ct_streq("abc", "ab"));
	assert_false(ct_streq("ab", "abc"));
	assert_false(ct_streq("", "a"));
	assert_false(ct_streq("Abc", "abc"));
	assert_false(ct_streq(NULL, "a"));
	assert_false(ct_streq("a", NULL));
	assert_false(ct_streq(NULL, NULL));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_token_shape),
		cmocka_unit_test(test_token_unique),
		cmocka_unit_test(test_sha256),
		cmocka_unit_test(test_hmac),
		cmocka_unit_test(test_ct_streq),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
