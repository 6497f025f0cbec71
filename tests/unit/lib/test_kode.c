/* test_kode.c: random tracking codes. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "lib/kode.h"

static void
test_kode_shape(void **state)
{
	char a[KODE_LEN + 1], b[KODE_LEN + 1];
	int i;

	kode_new(a);
	kode_new(b);
	assert_int_equal(strlen(a), KODE_LEN);
	assert_string_not_equal(a, b);
	for (i = 0; i < KODE_LEN; i++) {
		assert_non_null(
		    strchr("0123456789ABCDEFGHJKMNPQRSTVWXYZ", a[i]));
		assert_true(a[i] != '\0');
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_kode_shape),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
