/* test_multipart.c: unit tests for the multipart/form-data parser. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "lib/multipart.h"

#define CT "multipart/form-data; boundary=XyZ"

struct parsed {
	struct param *p;
	size_t np;
	struct mp_file *f;
	size_t nf;
};

static struct parsed res;

static int
setup(void **state)
{
	memset(&res, 0, sizeof(res));
	*state = &res;
	return 0;
}

static int
teardown(void **state)
{
	struct parsed *r = *state;

	params_free(r->p, r->np);
	multipart_files_free(r->f, r->nf);
	memset(r, 0, sizeof(*r));
	return 0;
}

static int
parse_ct(struct parsed *r, const char *ct, const char *body, size_t len,
    size_t max)
{
	return multipart_parse(ct, body, len, &r->p, &r->np, &r->f, &r->nf,
	    max);
}

static int
parse(struct parsed *r, const char *body)
{
	return parse_ct(r, CT, body, strlen(body), 64);
}

static void
test_fields_and_file(void **state)
{
	struct parsed *r = *state;
	static const char body[] =
	    "--XyZ\r\n"
	    "Content-Disposition: form-data; name=\"layanan\"\r\n"
	    "\r\n"
	    "KPG-02\r\n"
	    "--XyZ\r\n"
	    "content-disposition: form-data; name=\"isian.alamat\"\r\n"
	    "\r\n"
	    "Jl. Sultan Syarif Kasim\r\nRT 01\r\n"
	    "--XyZ\r\n"
	    "Content-Disposition: form-data; name=\"berkas.ktp\"; "
	    "filename=\"ktp saya.pdf\"\r\n"
	    "Content-Type: application/pdf\r\n"
	    "\r\n"
	    "%PDF-1.4\0binary\r\n--Xy\r\n"
	    "--XyZ--\r\n"
	    "epilogue is ignored";

	assert_int_equal(parse_ct(r, CT, body, sizeof(body) - 1, 64), 0);
	assert_int_equal(r->np, 2);
	assert_string_equal(r->p[0].name, "layanan");
	assert_string_equal(r->p[0].value, "KPG-02");
	assert_string_equal(r->p[1].name, "isian.alamat");
	assert_string_equal(r->p[1].value, "Jl. Sultan Syarif Kasim\r\nRT 01");
	assert_int_equal(r->nf, 1);
	assert_string_equal(r->f[0].field, "berkas.ktp");
	assert_string_equal(r->f[0].filename, "ktp saya.pdf");
	assert_int_equal(r->f[0].len, 21);
	assert_memory_equal(r->f[0].data, "%PDF-1.4\0binary\r\n--Xy", 21);
	/* data points into the body, it is not copied */
	assert_true(r->f[0].data > body && r->f[0].data < body + sizeof(body));
}

static void
test_appends(void **state)
{
	struct parsed *r = *state;

	assert_int_equal(form_parse("q=1", 3, &r->p, &r->np, 8), 0);
	assert_int_equal(parse(r,
			     "--XyZ\r\nContent-Disposition: form-data;"
			     " name=a\r\n\r\nb\r\n--XyZ--"),
	    0);
	assert_int_equal(r->np, 2);
	assert_string_equal(r->p[0].name, "q");
	assert_string_equal(r->p[1].name, "a");
	assert_string_equal(r->p[1].value, "b");
}

static void
test_boundaries(void **state)
{
	struct parsed *r = *state;
	const char *b = "--a'b c\r\nContent-Disposition: form-data; "
			"name=\"x\"\r\n\r\n1\r\n--a'b c--\r\n";

	assert_int_equal(parse_ct(r, "multipart/form-data; boundary=\"a'b c\"",
			     b, strlen(b), 8),
	    0);
	assert_int_equal(r->np, 1);
	teardown(state);
	/* case-insensitive type, other parameters, charset before */
	b = "--q\r\nContent-Disposition: form-data; name=x\r\n\r\n\r\n--q--";
	assert_int_equal(parse_ct(r,
			     "Multipart/Form-Data; charset=utf-8; "
			     "boundary=q",
			     b, strlen(b), 8),
	    0);
	assert_string_equal(r->p[0].value, "");
	teardown(state);
	assert_int_equal(parse_ct(r, "multipart/form-data", b, strlen(b), 8),
	    -1);
	assert_int_equal(
	    parse_ct(r, "multipart/mixed; boundary=q", b, strlen(b), 8), -1);
	assert_int_equal(
	    parse_ct(r, "multipart/form-data; boundary=", b, strlen(b), 8), -1);
	assert_int_equal(parse_ct(r,
			     "multipart/form-data; boundary=q; "
			     "boundary=q",
			     b, strlen(b), 8),
	    -1);
	assert_int_equal(
	    parse_ct(r, "multipart/form-data; boundary=\"q", b, strlen(b), 8),
	    -1);
	assert_int_equal(
	    parse_ct(r,
		"multipart/form-data; boundary="
		"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
		"aaaaa",
		b, strlen(b), 8),
	    -1);
	assert_int_equal(parse_ct(r, NULL, b, strlen(b), 8), -1);
	assert_int_equal(r->np, 0);
}

static void
test_malformed(void **state)
{
	struct parsed *r = *state;
	static const char *bad[] = {
		"",
		"--XyZ",
		"--XyZ\r\n",
		/* preamble */
		"hello\r\n--XyZ\r\nContent-Disposition: form-data; name=a\r\n"
		"\r\nb\r\n--XyZ--",
		/* truncated: no closing delimiter */
		"--XyZ\r\nContent-Disposition: form-data; name=a\r\n\r\nb",
		/* no Content-Disposition */
		"--XyZ\r\nContent-Type: text/plain\r\n\r\nb\r\n--XyZ--",
		"--XyZ\r\n\r\nb\r\n--XyZ--",
		/* no name, empty name, not form-data */
		"--XyZ\r\nContent-Disposition: form-data\r\n\r\nb\r\n--XyZ--",
		"--XyZ\r\nContent-Disposition: form-data; name=\"\"\r\n\r\nb\r\n"
		"--XyZ--",
		"--XyZ\r\nContent-Disposition: attachment; name=a\r\n\r\nb\r\n"
		"--XyZ--",
		/* unterminated quote, duplicate name */
		"--XyZ\r\nContent-Disposition: form-data; name=\"a\r\n\r\nb\r\n"
		"--XyZ--",
		"--XyZ\r\nContent-Disposition: form-data; name=a; name=b\r\n"
		"\r\nb\r\n--XyZ--",
		/* two Content-Disposition headers */
		"--XyZ\r\nContent-Disposition: form-data; name=a\r\n"
		"Content-Disposition: form-data; name=b\r\n\r\nb\r\n--XyZ--",
		/* folded header, header without colon, bare LF */
		"--XyZ\r\nContent-Disposition: form-data;\r\n name=a\r\n\r\nb"
		"\r\n--XyZ--",
		"--XyZ\r\nContent-Disposition: form-data; name=a\r\nX\r\n\r\nb"
		"\r\n--XyZ--",
		"--XyZ\r\nContent-Disposition: form-data; name=a\n\nb\r\n"
		"--XyZ--",
		/* junk after a delimiter */
		"--XyZ\r\nContent-Disposition: form-data; name=a\r\n\r\nb\r\n"
		"--XyZjunk\r\n--XyZ--",
		/* invalid UTF-8 in a field and in a name */
		"--XyZ\r\nContent-Disposition: form-data; name=a\r\n\r\n\xc3("
		"\r\n--XyZ--",
		"--XyZ\r\nContent-Disposition: form-data; name=\"\xff\"\r\n\r\n"
		"b\r\n--XyZ--",
	};
	size_t i;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		if (parse(r, bad[i]) != -1)
			fail_msg("accepted bad body %zu", i);
		assert_int_equal(r->np, 0);
		assert_int_equal(r->nf, 0);
	}
}

static void
test_nul_in_field(void **state)
{
	struct parsed *r = *state;
	static const char body[] = "--XyZ\r\nContent-Disposition: form-data; "
				   "name=a\r\n\r\nx\0y\r\n--XyZ--";

	assert_int_equal(parse_ct(r, CT, body, sizeof(body) - 1, 8), -1);
	assert_int_equal(r->np, 0);
}

/* A failure part-way leaves nothing of this call behind. */
static void
test_rollback(void **state)
{
	struct parsed *r = *state;

	assert_int_equal(form_parse("q=1", 3, &r->p, &r->np, 8), 0);
	assert_int_equal(
	    parse(r,
		"--XyZ\r\nContent-Disposition: form-data; "
		"name=a\r\n\r\n1\r\n--XyZ\r\nContent-Disposition: form-data; "
		"name=f; filename=x.png\r\n\r\nPNG\r\n--XyZ\r\n"
		"Content-Disposition: form-data\r\n\r\n1\r\n--XyZ--"),
	    -1);
	assert_int_equal(r->np, 1);
	assert_int_equal(r->nf, 0);
	assert_string_equal(r->p[0].name, "q");
}

static void
test_max_parts(void **state)
{
	struct parsed *r = *state;
	const char *b =
	    "--XyZ\r\nContent-Disposition: form-data; name=a\r\n\r\n"
	    "1\r\n--XyZ\r\nContent-Disposition: form-data; name=b\r\n\r\n2\r\n"
	    "--XyZ--";

	assert_int_equal(parse_ct(r, CT, b, strlen(b), 1), -1);
	assert_int_equal(parse_ct(r, CT, b, strlen(b), 2), 0);
	assert_int_equal(r->np, 2);
}

static void
test_empty_file_input(void **state)
{
	struct parsed *r = *state;

	/* a browser's empty <input type=file>: skipped */
	assert_int_equal(
	    parse(r,
		"--XyZ\r\nContent-Disposition: form-data; "
		"name=\"berkas.kk\"; filename=\"\"\r\nContent-Type: "
		"application/octet-stream\r\n\r\n\r\n--XyZ--\r\n"),
	    0);
	assert_int_equal(r->nf, 0);
	assert_int_equal(r->np, 0);
	/* an empty file with a name is a file of length 0 */
	assert_int_equal(
	    parse(r,
		"--XyZ\r\nContent-Disposition: form-data; "
		"name=f; filename=\"a\\\"b.pdf\"\r\n\r\n\r\n--XyZ--"),
	    0);
	assert_int_equal(r->nf, 1);
	assert_int_equal(r->f[0].len, 0);
	assert_string_equal(r->f[0].filename, "a\"b.pdf");
}

static void
test_lwsp_after_delimiter(void **state)
{
	struct parsed *r = *state;

	assert_int_equal(
	    parse(r,
		"--XyZ  \r\nContent-Disposition: form-data;"
		" name=a; filename*=UTF-8''x\r\n\r\n1\r\n--XyZ \t\r\n"
		"Content-Disposition: form-data; name=b\r\n\r\n2\r\n--XyZ--"),
	    0);
	assert_int_equal(r->np, 2);
	assert_string_equal(r->p[1].value, "2");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_fields_and_file, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_appends, setup, teardown),
		cmocka_unit_test_setup_teardown(test_boundaries, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_malformed, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_nul_in_field, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_rollback, setup, teardown),
		cmocka_unit_test_setup_teardown(test_max_parts, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_empty_file_input, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_lwsp_after_delimiter,
		    setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
