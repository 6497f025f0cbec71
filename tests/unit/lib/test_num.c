/* test_num.c: fixed-point decimals as text. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "lib/num.h"

static void
test_fixed(void **state)
{
	char s[24];

	num_fixed(s, sizeof(s), 8325, 2, '.');
	assert_string_equal(s, "83.25");
	num_fixed(s, sizeof(s), 5, 2, '.');
	assert_string_equal(s, "0.05");
	num_fixed(s, sizeof(s), 556, 1, ',');
	assert_string_equal(s, "55,6");
	num_fixed(s, sizeof(s), 36207, 4, '.');
	assert_string_equal(s, "3.6207");
	num_fixed(s, sizeof(s), INT64_MAX, 4, '.');
	assert_string_equal(s, "922337203685477.5807");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fixed),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
