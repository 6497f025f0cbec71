/* test_alamat.c: which verification URLs are public (issue 18). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "lib/alamat.h"

static void
test_public(void **state)
{
	(void)state;
	assert_true(alamat_publik("https://layanan.siakkab.go.id"));
	assert_true(alamat_publik("https://layanan.siakkab.go.id:8443/v"));
	assert_true(alamat_publik("http://203.0.113.7/"));
	assert_true(alamat_publik("https://[2001:db8::1]:443/"));
	assert_true(alamat_publik("https://172.32.0.1"));
	assert_true(alamat_publik("https://localhost.siakkab.go.id"));
}

static void
test_not_public(void **state)
{
	(void)state;
	assert_false(alamat_publik("http://127.0.0.1:8080"));
	assert_false(alamat_publik("http://127.8.9.1"));
	assert_false(alamat_publik("http://localhost:8080/"));
	assert_false(alamat_publik("http://LOCALHOST."));
	assert_false(alamat_publik("http://pamong.localhost"));
	assert_false(alamat_publik("http://10.1.2.3"));
	assert_false(alamat_publik("http://172.16.0.1"));
	assert_false(alamat_publik("http://172.31.255.1"));
	assert_false(alamat_publik("http://192.168.1.10"));
	assert_false(alamat_publik("http://169.254.1.1"));
	assert_false(alamat_publik("http://100.64.0.1"));
	assert_false(alamat_publik("http://0.0.0.0:80"));
	assert_false(alamat_publik("http://[::1]:8080"));
	assert_false(alamat_publik("http://[::]"));
	assert_false(alamat_publik("http://[fd00::5]"));
	assert_false(alamat_publik("http://[fe80::1]"));
	assert_false(alamat_publik("http://[::ffff:192.168.0.1]"));
	assert_false(alamat_publik("http://[::1"));
	assert_false(alamat_publik("http://"));
	assert_false(alamat_publik("layanan.siakkab.go.id"));
	assert_false(alamat_publik("http://u@127.0.0.1"));
	assert_false(alamat_publik(NULL));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_public),
		cmocka_unit_test(test_not_public),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
