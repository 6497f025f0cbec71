/* test_templat.c: rendering templates, the list of events. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "mod/notifikasi/templat.h"

static void
check(const char *teks, const char *pesan, const char *tautan, const char *want)
{
	char *got = templat_render(teks, pesan, tautan);

	assert_string_equal(got, want);
	free(got);
}

static void
test_render(void **state)
{
	(void)state;
	check("{pesan}\n{tautan}", "Permohonan 1 selesai.", "https://x/p/1",
	    "Permohonan 1 selesai.\nhttps://x/p/1");
	check("Siak: {pesan} {pesan}", "A", "", "Siak: A A");
	check("{pesan}", "{tautan}", "T", "{tautan}"); /* not re-expanded */
	check("{pesan", "A", "T", "{pesan");
	check("{tidak} {pesan}", "A", "T", "{tidak} A");
	check("", "A", "T", "");
	check("Ä {pesan} é", "ü", "", "Ä ü é");
}

static void
test_events(void **state)
{
	(void)state;
	assert_true(templat_event_known("permohonan.selesai"));
	assert_true(templat_event_known("sandi"));
	assert_false(templat_event_known("permohonan"));
	assert_false(templat_event_known(""));
	assert_false(templat_event_known(NULL));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_render),
		cmocka_unit_test(test_events),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
