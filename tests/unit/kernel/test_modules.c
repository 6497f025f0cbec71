/* test_modules.c: the modules' declarations (src/kernel/module.h). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "http/hooks.h"
#include "http/route.h"
#include "kernel/module.h"

/* No two modules declare routes that could match the same request. */
static void
test_routes_disjoint(void **state)
{
	(void)state;
	assert_int_equal(modules_check(), 0);
}

/* Names: unique, and every job is "<module>.<job>". */
static void
test_names(void **state)
{
	const struct module *const *m, *const *n;
	const struct job *j;
	size_t len;
	int count = 0;

	(void)state;
	for (m = modules; *m != NULL; m++, count++) {
		for (n = m + 1; *n != NULL; n++)
			assert_string_not_equal((*m)->name, (*n)->name);
		if ((*m)->jobs == NULL)
			continue;
		len = strlen((*m)->name);
		for (j = (*m)->jobs; j->name != NULL; j++) {
			assert_int_equal(strncmp(j->name, (*m)->name, len), 0);
			assert_int_equal(j->name[len], '.');
			assert_non_null(j->run);
		}
	}
	assert_true(count >= 18);
}

/* Every route names a handler and a method. */
static void
test_routes_complete(void **state)
{
	const struct module *const *m;
	const struct route *r;
	int n = 0;

	(void)state;
	for (m = modules; *m != NULL; m++) {
		if ((*m)->routes == NULL)
			continue;
		for (r = (*m)->routes; r->pattern != NULL; r++, n++) {
			assert_true(r->pattern[0] == '/');
			assert_non_null(r->fn);
			assert_true(r->methods != 0);
		}
	}
	assert_true(n >= 150);
}

/* Every hook src/http asks for is offered (by exactly one module:
 * modules_check() above). */
static void
test_hooks_offered(void **state)
{
	const struct http_hooks *h = hooks();

	(void)state;
	assert_non_null(h->session_user);
	assert_non_null(h->pki_load);
	assert_non_null(h->pki_free);
}

/* Every header link (kernel/module.h) opens a page some module routes
 * for GET, and each place's order numbers are distinct, so the header
 * never depends on the order of the module list. */
static void
test_nav(void **state)
{
	const struct module *const *m, *const *o;
	const struct nav *n, *k;
	const struct route *r;
	int found, links = 0;

	(void)state;
	for (m = modules; *m != NULL; m++)
		for (n = (*m)->nav; n != NULL && n->place != 0; n++) {
			links++;
			found = 0;
			for (o = modules; *o != NULL; o++)
				for (r = (*o)->routes;
				     r != NULL && r->pattern != NULL; r++)
					if (strcmp(r->pattern, n->href) == 0 &&
					    (r->methods & REQ_GET))
						found = 1;
			assert_true(found);
			for (o = modules; *o != NULL; o++)
				for (k = (*o)->nav; k != NULL && k->place != 0;
				     k++)
					if (k != n && k->place == n->place)
						assert_int_not_equal(k->order,
						    n->order);
		}
	/* 19 in the header (perizinan 2, sakip 1), 2 in the footer, 10 staff
	   work pages (bsre, sakip 2, antrian) */
	assert_int_equal(links, 31);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_routes_disjoint),
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_routes_complete),
		cmocka_unit_test(test_hooks_offered),
		cmocka_unit_test(test_nav),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
