/* test_utf8.c: unit tests for UTF-8 validation and text_check(). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "lib/utf8.h"

#define V(s) utf8_valid((s), sizeof(s) - 1)

static const char *BAD = "Teks mengandung karakter yang tidak sah.";
static const char *CTRL =
    "Teks mengandung karakter kendali yang tidak diizinkan.";

static void
test_valid(void **state)
{
	(void)state;
	assert_true(V(""));
	assert_true(V("Desa Sukamaju"));
	assert_true(V("caf\xc3\xa9"));	    /* U+00E9 */
	assert_true(V("\xc2\x80"));	    /* U+0080 */
	assert_true(V("\xdf\xbf"));	    /* U+07FF */
	assert_true(V("\xe0\xa0\x80"));	    /* U+0800 */
	assert_true(V("\xed\x9f\xbf"));	    /* U+D7FF */
	assert_true(V("\xee\x80\x80"));	    /* U+E000 */
	assert_true(V("\xef\xbf\xbf"));	    /* U+FFFF */
	assert_true(V("\xf0\x90\x80\x80")); /* U+10000 */
	assert_true(V("\xf0\x9f\x98\x80")); /* emoji */
	assert_true(V("\xf4\x8f\xbf\xbf")); /* U+10FFFF */
	assert_true(V("a\0b"));		    /* NUL is valid */
}

static void
test_invalid(void **state)
{
	(void)state;
	assert_false(V("\x80")); /* lone continuation */
	assert_false(V("\xbf"));
	assert_false(V("\xc0\x80"));	     /* overlong NUL */
	assert_false(V("\xc1\xbf"));	     /* overlong */
	assert_false(V("\xe0\x80\x80"));     /* overlong */
	assert_false(V("\xe0\x9f\xbf"));     /* overlong U+07FF */
	assert_false(V("\xf0\x80\x80\x80")); /* overlong */
	assert_false(V("\xf0\x8f\xbf\xbf")); /* overlong U+FFFF */
	assert_false(V("\xed\xa0\x80"));     /* U+D800 */
	assert_false(V("\xed\xbf\xbf"));     /* U+DFFF */
	assert_false(V("\xf4\x90\x80\x80")); /* U+110000 */
	assert_false(V("\xf5\x80\x80\x80"));
	assert_false(V("\xf8\x88\x80\x80\x80")); /* 5-byte form */
	assert_false(V("\xfe"));
	assert_false(V("\xff"));
	assert_false(V("\xc3")); /* truncated */
	assert_false(V("\xe2\x82"));
	assert_false(V("\xf0\x9f\x98"));
	assert_false(V("\xc3\x28")); /* bad continuation */
	assert_false(V("\xe2\x28\xa1"));
	assert_false(V("\xf0\x9f\x28\x80"));
	assert_false(V("ok\xc3"));
}

static void
test_valid_len(void **state)
{
	(void)state;
	/* Only len bytes are looked at. */
	assert_true(utf8_valid("ab\xff", 2));
	assert_false(utf8_valid("ab\xff", 3));
	/* A sequence cut by len is invalid even if the bytes go on. */
	assert_false(utf8_valid("\xc3\xa9", 1));
	assert_true(utf8_valid(NULL, 0));
}

static void
test_chars(void **state)
{
	(void)state;
	assert_int_equal(utf8_chars(""), 0);
	assert_int_equal(utf8_chars("abc"), 3);
	assert_int_equal(utf8_chars("caf\xc3\xa9"), 4);
	assert_int_equal(utf8_chars("\xe2\x82\xac\xf0\x9f\x98\x80"), 2);
}

static void
test_text_ok(void **state)
{
	(void)state;
	assert_null(text_check("Budi", 1, 10, 0));
	assert_null(text_check("", 0, 10, 0));
	assert_null(text_check("Jl. Merdeka\nNo. 5\r\n\tRT 01", 1, 100, 1));
	assert_null(text_check("caf\xc3\xa9", 4, 4, 0));
	assert_null(text_check("anything long", 0, 0, 0)); /* no max */
}

static void
test_text_required(void **state)
{
	(void)state;
	assert_string_equal(text_check("", 1, 10, 0), "Isian wajib diisi.");
	assert_string_equal(text_check(NULL, 1, 10, 0), "Isian wajib diisi.");
	assert_null(text_check(NULL, 0, 10, 0));
}

static void
test_text_length(void **state)
{
	(void)state;
	assert_string_equal(text_check("ab", 3, 10, 0),
	    "Isian terlalu pendek.");
	assert_string_equal(text_check("abcdefghijk", 1, 10, 0),
	    "Isian terlalu panjang.");
	assert_null(text_check("abcdefghij", 1, 10, 0));
	/* Limits count code points, not bytes: 3 chars, 9 bytes. */
	assert_null(
	    text_check("\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac", 1, 3, 0));
	assert_string_equal(text_check("\xe2\x82\xac\xe2\x82\xac", 3, 10, 0),
	    "Isian terlalu pendek.");
}

static void
test_text_invalid(void **state)
{
	(void)state;
	assert_string_equal(text_check("caf\xe9", 0, 10, 0), BAD);
	assert_string_equal(text_check("\xc0\xaf", 0, 10, 1), BAD);
	assert_string_equal(text_check("\xed\xa0\x80", 0, 10, 1), BAD);
}

static void
test_text_control(void **state)
{
	(void)state;
	assert_string_equal(text_check("a\nb", 0, 10, 0), CTRL);
	assert_string_equal(text_check("a\rb", 0, 10, 0), CTRL);
	assert_string_equal(text_check("a\tb", 0, 10, 0), CTRL);
	assert_string_equal(text_check("a\x01"
				       "b",
				0, 10, 1),
	    CTRL);
	assert_string_equal(text_check("a\x1b[0m", 0, 10, 1), CTRL);
	assert_string_equal(text_check("a\x7f", 0, 10, 1), CTRL);
	assert_string_equal(text_check("a\xc2\x85", 0, 10, 1), CTRL); /* NEL */
	assert_string_equal(text_check("\xc2\x9f", 0, 10, 1), CTRL);
	assert_null(text_check("\xc2\xa0", 0, 10, 0)); /* NBSP is fine */
	/* Bad UTF-8 is reported before length problems. */
	assert_string_equal(text_check("\xff", 5, 10, 0), BAD);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_valid),
		cmocka_unit_test(test_invalid),
		cmocka_unit_test(test_valid_len),
		cmocka_unit_test(test_chars),
		cmocka_unit_test(test_text_ok),
		cmocka_unit_test(test_text_required),
		cmocka_unit_test(test_text_length),
		cmocka_unit_test(test_text_invalid),
		cmocka_unit_test(test_text_control),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
