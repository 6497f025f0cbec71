/* test_str.c: checked string copies. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "lib/str.h"

static void
test_copy(void **state)
{
	char s[6];

	assert_int_equal(str_copy(s, sizeof(s), "Siak"), 0);
	assert_string_equal(s, "Siak");
	assert_int_equal(str_copy(s, sizeof(s), "Siak!"), 0);
	assert_string_equal(s, "Siak!");
	assert_int_equal(str_copy(s, sizeof(s), NULL), 0);
	assert_string_equal(s, "");
	/* one byte too long: refused, and nothing half-copied */
	assert_int_equal(str_copy(s, sizeof(s), "Pekanbaru"), -1);
	assert_string_equal(s, "");
	assert_int_equal(str_copy(s, 0, "x"), -1);
}

static void
test_field(void **state)
{
	char s[6];

	str_field(s, sizeof(s), "Riau");
	assert_string_equal(s, "Riau");
}

static void
test_chars(void **state)
{
	char s[STR_CHARS(2)];

	/* two characters of four bytes each still fit */
	assert_int_equal(
	    str_copy(s, sizeof(s), "\xf0\x9f\x8c\xb4\xf0\x9f\x8c\xb4"), 0);
	assert_int_equal(sizeof(s), 9);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_copy),
		cmocka_unit_test(test_field),
		cmocka_unit_test(test_chars),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
