/* test_form.c: unit tests for urlencoded form parsing and form errors. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "lib/form.h"

struct parsed {
	struct param *p;
	size_t n;
};

static int
parse(struct parsed *r, const char *s, size_t max)
{
	return form_parse(s, strlen(s), &r->p, &r->n, max);
}

static int
teardown(void **state)
{
	struct parsed *r = *state;

	params_free(r->p, r->n);
	r->p = NULL;
	r->n = 0;
	return 0;
}

static struct parsed res;

static int
setup(void **state)
{
	*state = &res;
	return 0;
}

static void
test_basic(void **state)
{
	struct parsed *r = *state;

	assert_int_equal(parse(r, "nama=Budi&umur=30", 10), 0);
	assert_int_equal(r->n, 2);
	assert_string_equal(r->p[0].name, "nama");
	assert_string_equal(r->p[0].value, "Budi");
	assert_string_equal(r->p[1].name, "umur");
	assert_string_equal(r->p[1].value, "30");
	assert_string_equal(params_get(r->p, r->n, "umur"), "30");
	assert_null(params_get(r->p, r->n, "alamat"));
	assert_null(params_get(r->p, r->n, "Nama"));
}

static void
test_decode(void **state)
{
	struct parsed *r = *state;

	assert_int_equal(
	    parse(r, "q=Desa+Suka%20Maju&e=caf%C3%a9&p=%2B%26%3D&k%5B%5D=1",
		10),
	    0);
	assert_int_equal(r->n, 4);
	assert_string_equal(params_get(r->p, r->n, "q"), "Desa Suka Maju");
	assert_string_equal(params_get(r->p, r->n, "e"), "caf\xc3\xa9");
	assert_string_equal(params_get(r->p, r->n, "p"), "+&=");
	assert_string_equal(params_get(r->p, r->n, "k[]"), "1");
}

static void
test_shapes(void **state)
{
	struct parsed *r = *state;

	assert_int_equal(parse(r, "&a&&b=&c==x&", 10), 0);
	assert_int_equal(r->n, 3);
	assert_string_equal(r->p[0].name, "a");
	assert_string_equal(r->p[0].value, "");
	assert_string_equal(r->p[1].name, "b");
	assert_string_equal(r->p[1].value, "");
	assert_string_equal(r->p[2].name, "c");
	assert_string_equal(r->p[2].value, "=x");
}

static void
test_empty(void **state)
{
	struct parsed *r = *state;

	assert_int_equal(parse(r, "", 10), 0);
	assert_int_equal(r->n, 0);
	assert_int_equal(parse(r, "&&&", 0), 0);
	assert_int_equal(r->n, 0);
	assert_int_equal(form_parse(NULL, 0, &r->p, &r->n, 10), 0);
	assert_int_equal(r->n, 0);
	assert_null(params_get(r->p, r->n, "a"));
}

static void
test_first_match_and_append(void **state)
{
	struct parsed *r = *state;

	assert_int_equal(parse(r, "id=1&x=a", 10), 0);
	assert_int_equal(parse(r, "x=b&y=c", 10), 0);
	assert_int_equal(r->n, 4);
	assert_string_equal(params_get(r->p, r->n, "x"), "a");
	assert_string_equal(params_get(r->p, r->n, "y"), "c");
	assert_string_equal(r->p[2].value, "b");
}

static void
test_len_respected(void **state)
{
	struct parsed *r = *state;
	const char *s = "a=12345&b=2";

	/* Only the first len bytes count; s need not be NUL-terminated. */
	assert_int_equal(form_parse(s, 4, &r->p, &r->n, 10), 0);
	assert_int_equal(r->n, 1);
	assert_string_equal(r->p[0].value, "12");
	/* An escape cut by len is bad. */
	assert_int_equal(form_parse("a=%41", 4, &r->p, &r->n, 10), -1);
	assert_int_equal(r->n, 1);
}

static void
test_bad_escape(void **state)
{
	struct parsed *r = *state;

	assert_int_equal(parse(r, "a=%", 10), -1);
	assert_int_equal(parse(r, "a=%4", 10), -1);
	assert_int_equal(parse(r, "a=%zz", 10), -1);
	assert_int_equal(parse(r, "a=%g1", 10), -1);
	assert_int_equal(parse(r, "a%=1", 10), -1);
	assert_int_equal(parse(r, "a=100%", 10), -1);
	assert_int_equal(r->n, 0);
}

static void
test_nul(void **state)
{
	struct parsed *r = *state;

	assert_int_equal(parse(r, "a=x%00y", 10), -1);
	assert_int_equal(parse(r, "%00=1", 10), -1);
	assert_int_equal(form_parse("a=x\0y", 5, &r->p, &r->n, 10), -1);
	assert_int_equal(r->n, 0);
}

static void
test_bad_utf8(void **state)
{
	struct parsed *r = *state;

	assert_int_equal(parse(r, "a=caf%E9", 10), -1);
	assert_int_equal(parse(r, "a=%C0%AF", 10), -1);	   /* overlong */
	assert_int_equal(parse(r, "a=%ED%A0%80", 10), -1); /* surrogate */
	assert_int_equal(parse(r, "%FF=1", 10), -1);
	assert_int_equal(parse(r, "a=caf\xe9", 10), -1); /* raw byte */
	assert_int_equal(r->n, 0);
}

static void
test_max_params(void **state)
{
	struct parsed *r = *state;

	assert_int_equal(parse(r, "a=1&b=2&c=3", 3), 0);
	assert_int_equal(r->n, 3);
	/* The limit is on the total, so appending even one more fails. */
	assert_int_equal(parse(r, "d=4", 3), -1);
	assert_int_equal(r->n, 3);
	assert_int_equal(parse(r, "d=4", 4), 0);
	assert_int_equal(r->n, 4);
	assert_int_equal(parse(r, "x=1", 0), -1);
}

static void
test_rollback(void **state)
{
	struct parsed *r = *state;

	assert_int_equal(parse(r, "keep=1", 10), 0);
	/* Good params before the bad one are not kept (ASan checks frees). */
	assert_int_equal(parse(r, "a=1&b=2&c=%ZZ", 10), -1);
	assert_int_equal(r->n, 1);
	assert_int_equal(parse(r, "a=1&b=2&c=3&d=4", 3), -1);
	assert_int_equal(r->n, 1);
	assert_string_equal(r->p[0].name, "keep");
	assert_null(params_get(r->p, r->n, "a"));
}

static void
test_free_null(void **state)
{
	(void)state;
	params_free(NULL, 0);
}

/* Form errors: copied names, the first message per field, no silent cut. */
static void
test_field_errs(void **state)
{
	struct field_errs fe;
	char name[100], f[32];
	int i;

	(void)state;
	memset(&fe, 0, sizeof(fe));
	snprintf(f, sizeof(f), "judul");
	field_err_add(&fe, f, "pertama");
	snprintf(f, sizeof(f), "x"); /* the name was copied */
	field_err_add(&fe, "judul", "kedua");
	assert_int_equal(fe.n, 1);
	assert_string_equal(field_err_get(&fe, "judul"), "pertama");
	field_err_addf(&fe, "isian.", "alamat", "salah");
	assert_string_equal(fe.e[1].field, "isian.alamat");
	assert_null(field_err_get(&fe, "isian"));
	assert_null(field_err_get(NULL, "judul"));
	field_err_add(NULL, "judul", "x");
	/* a name that does not fit is marked, not cut silently */
	memset(name, 'a', sizeof(name) - 1);
	name[sizeof(name) - 1] = '\0';
	field_err_addf(&fe, "berkas.", name, "terlalu panjang");
	assert_int_equal(strlen(fe.e[2].field), FIELD_NAME_MAX - 1);
	assert_string_equal(fe.e[2].field + FIELD_NAME_MAX - 4, "...");
	assert_int_equal(strncmp(fe.e[2].field, "berkas.aaa", 10), 0);
	/* a name of FIELD_NAME_MAX - 1 bytes is kept whole */
	name[FIELD_NAME_MAX - 1] = '\0';
	field_err_add(&fe, name, "pas");
	assert_string_equal(fe.e[3].field, name);
	for (i = 0; i < 2 * FIELD_ERR_MAX; i++) {
		snprintf(f, sizeof(f), "f%d", i);
		field_err_add(&fe, f, "banyak");
	}
	assert_int_equal(fe.n, FIELD_ERR_MAX);
}

#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)

int
main(void)
{
	const struct CMUnitTest tests[] = {
		T(test_basic),
		T(test_decode),
		T(test_shapes),
		T(test_empty),
		T(test_first_match_and_append),
		T(test_len_respected),
		T(test_bad_escape),
		T(test_nul),
		T(test_bad_utf8),
		T(test_max_params),
		T(test_rollback),
		T(test_free_null),
		T(test_field_errs),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
