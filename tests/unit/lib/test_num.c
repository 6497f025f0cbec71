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

static void
test_size(void **state)
{
	char s[NUM_SIZE_LEN];

	num_size(s, 0);
	assert_string_equal(s, "0 KB");
	num_size(s, 1);
	assert_string_equal(s, "1 KB");
	num_size(s, 120045);
	assert_string_equal(s, "118 KB");
	num_size(s, 1024 * 1024);
	assert_string_equal(s, "1,0 MB");
	num_size(s, 1572864);
	assert_string_equal(s, "1,5 MB");
	num_size(s, -5);
	assert_string_equal(s, "0 KB");
	num_size(s, INT64_MAX);
	assert_string_equal(s, "8796093022207,9 MB");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fixed),
		cmocka_unit_test(test_size),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
