/* test_csv.c: unit tests for the CSV reader and writer. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lib/buf.h"
#include "lib/csv.h"

static struct csv *
open_str(const char *s)
{
	return csv_open(s, strlen(s));
}

/* Expect the next row to be exactly the n strings given. */
static void
expect_row(struct csv *c, size_t n, ...)
{
	char **f;
	size_t nf, i;
	va_list ap;

	assert_int_equal(csv_next(c, &f, &nf), 1);
	assert_int_equal(nf, n);
	va_start(ap, n);
	for (i = 0; i < n; i++)
		assert_string_equal(f[i], va_arg(ap, const char *));
	va_end(ap);
}

static void
expect_end(struct csv *c)
{
	char **f;
	size_t nf;

	assert_int_equal(csv_next(c, &f, &nf), 0);
	assert_int_equal(csv_next(c, &f, &nf), 0);
}

static void
expect_error(const char *s, size_t line)
{
	struct csv *c = open_str(s);
	char **f;
	size_t nf;
	int rc;

	while ((rc = csv_next(c, &f, &nf)) == 1)
		;
	assert_int_equal(rc, -1);
	assert_int_equal(csv_line(c), line);
	assert_non_null(csv_error(c));
	/* Errors are sticky. */
	assert_int_equal(csv_next(c, &f, &nf), -1);
	csv_close(c);
}

static void
test_simple(void **state)
{
	struct csv *c = open_str("nik,nama\n3201014512900001,Siti\n");

	(void)state;
	assert_int_equal(csv_line(c), 1);
	expect_row(c, 2, "nik", "nama");
	assert_int_equal(csv_line(c), 1);
	expect_row(c, 2, "3201014512900001", "Siti");
	assert_int_equal(csv_line(c), 2);
	expect_end(c);
	assert_null(csv_error(c));
	csv_close(c);
}

static void
test_crlf_no_final_newline(void **state)
{
	struct csv *c = open_str("a,b\r\nc,d");

	(void)state;
	expect_row(c, 2, "a", "b");
	expect_row(c, 2, "c", "d");
	expect_end(c);
	csv_close(c);
}

static void
test_quoted(void **state)
{
	struct csv *c = open_str(
	    "\"Jl. Merdeka, No. 5\",\"Ia berkata \"\"halo\"\"\",\"\"\r\n"
	    "\"baris\r\nkedua\nketiga\",x\n"
	    "y,\"z\"\n");

	(void)state;
	expect_row(c, 3, "Jl. Merdeka, No. 5", "Ia berkata \"halo\"", "");
	assert_int_equal(csv_line(c), 1);
	expect_row(c, 2, "baris\r\nkedua\nketiga", "x");
	assert_int_equal(csv_line(c), 2);
	expect_row(c, 2, "y", "z");
	assert_int_equal(csv_line(c), 5);
	expect_end(c);
	csv_close(c);
}

static void
test_empty_fields(void **state)
{
	struct csv *c = open_str(",\na,,b,\n\"\"\n,");

	(void)state;
	expect_row(c, 2, "", "");
	expect_row(c, 4, "a", "", "b", "");
	expect_row(c, 1, "");
	expect_row(c, 2, "", "");
	expect_end(c);
	csv_close(c);
}

static void
test_blank_lines(void **state)
{
	struct csv *c = open_str("\n\r\na\n\n\nb\r\n\r\n");

	(void)state;
	expect_row(c, 1, "a");
	assert_int_equal(csv_line(c), 3);
	expect_row(c, 1, "b");
	assert_int_equal(csv_line(c), 6);
	expect_end(c);
	csv_close(c);
}

static void
test_bom_and_utf8(void **state)
{
	struct csv *c = open_str("\xef\xbb\xbfnama,kota\nJos\xc3\xa9,"
				 "\"Ba\xc3\xb1os\"\n");

	(void)state;
	expect_row(c, 2, "nama", "kota");
	expect_row(c, 2, "Jos\xc3\xa9", "Ba\xc3\xb1os");
	expect_end(c);
	csv_close(c);

	/* Only at the very start, and only once. */
	c = open_str("\xef\xbb\xbf\xef\xbb\xbf"
		     "a");
	expect_row(c, 1,
	    "\xef\xbb\xbf"
	    "a");
	csv_close(c);
}

static void
test_spaces_and_cr(void **state)
{
	struct csv *c = open_str(" a , b \na\rb\n");

	(void)state;
	expect_row(c, 2, " a ", " b "); /* spaces are data */
	expect_row(c, 1, "a\rb");	/* lone CR is data */
	expect_end(c);
	csv_close(c);
}

static void
test_empty_input(void **state)
{
	struct csv *c;

	(void)state;
	c = csv_open("", 0);
	expect_end(c);
	csv_close(c);
	c = csv_open(NULL, 0);
	expect_end(c);
	csv_close(c);
	c = open_str("\xef\xbb\xbf");
	expect_end(c);
	csv_close(c);
	csv_close(NULL);
}

static void
test_len_respected(void **state)
{
	struct csv *c = csv_open("ab,cd\nef", 4);

	(void)state;
	expect_row(c, 2, "ab", "c");
	expect_end(c);
	csv_close(c);
}

static void
test_errors(void **state)
{
	(void)state;
	expect_error("\"abc", 1);	   /* unterminated */
	expect_error("a\nb\n\"x\ny\n", 3); /* unterminated */
	expect_error("a,\"b\"c\n", 1);	   /* after close */
	expect_error("ok\n\"b\" ,c\n", 2);
	expect_error("ab\"c\n", 1); /* stray quote */
	expect_error("x\n\"a\nb\"\nc\"d\n", 4);
	expect_error("a\n\"\"\"\n", 2); /* "" then open */
}

static void
test_bad_bytes(void **state)
{
	struct csv *c;
	char **f;
	size_t nf;

	(void)state;
	expect_error("a,caf\xe9\n", 1);
	expect_error("\"\xc0\xaf\"\n", 1);
	c = csv_open("a\nb\0c\n", 6);
	expect_row(c, 1, "a");
	assert_int_equal(csv_next(c, &f, &nf), -1);
	assert_int_equal(csv_line(c), 2);
	csv_close(c);
}

static void
test_max_fields(void **state)
{
	char line[CSV_MAX_FIELDS * 2 + 8];
	struct csv *c;
	char **f;
	size_t nf, i;

	(void)state;
	for (i = 0; i < CSV_MAX_FIELDS; i++) {
		line[2 * i] = 'a' + i % 26;
		line[2 * i + 1] = ',';
	}
	line[2 * CSV_MAX_FIELDS - 1] = '\n';
	line[2 * CSV_MAX_FIELDS] = '\0';
	c = open_str(line);
	assert_int_equal(csv_next(c, &f, &nf), 1);
	assert_int_equal(nf, CSV_MAX_FIELDS);
	assert_string_equal(f[0], "a");
	assert_string_equal(f[CSV_MAX_FIELDS - 1], "l"); /* 63 % 26 */
	csv_close(c);

	/* One more field (a trailing comma adds an empty one). */
	line[2 * CSV_MAX_FIELDS - 1] = ',';
	line[2 * CSV_MAX_FIELDS] = '\n';
	line[2 * CSV_MAX_FIELDS + 1] = '\0';
	expect_error(line, 1);
}

static void
test_fields_survive_growth(void **state)
{
	size_t len = 9000;
	char *s = malloc(len), **f;
	struct csv *c;
	size_t nf;

	(void)state;
	/* A long second field makes the reader's buffer move. */
	assert_non_null(s);
	memset(s, 'x', len);
	memcpy(s, "short,", 6);
	s[len - 2] = ',';
	s[len - 1] = 'z';
	c = csv_open(s, len);
	assert_int_equal(csv_next(c, &f, &nf), 1);
	assert_int_equal(nf, 3);
	assert_string_equal(f[0], "short");
	assert_int_equal(strlen(f[1]), len - 8);
	assert_string_equal(f[2], "z");
	expect_end(c);
	csv_close(c);
	free(s);
}

static void
test_load_file(void **state)
{
	char path[] = "/tmp/pamong-test-csv-XXXXXX";
	char *data = NULL;
	size_t len = 99;
	FILE *fp;
	int fd;

	(void)state;
	assert_true((fd = mkstemp(path)) != -1);
	assert_non_null(fp = fdopen(fd, "w"));
	fputs("a,b\n1,2\n", fp);
	fclose(fp);
	assert_int_equal(csv_load_file(path, &data, &len), 0);
	assert_int_equal(len, 8);
	assert_string_equal(data, "a,b\n1,2\n");
	free(data);

	/* Empty file. */
	assert_non_null(fp = fopen(path, "w"));
	fclose(fp);
	assert_int_equal(csv_load_file(path, &data, &len), 0);
	assert_int_equal(len, 0);
	assert_string_equal(data, "");
	free(data);

	/* Too large: sparse file just over the limit. */
	assert_int_equal(truncate(path, (off_t)CSV_MAX_FILE + 1), 0);
	data = NULL;
	len = 99;
	assert_int_equal(csv_load_file(path, &data, &len), -1);
	assert_int_equal(errno, EFBIG);
	assert_null(data);
	assert_int_equal(len, 99);

	/* Exactly at the limit is fine. */
	assert_int_equal(truncate(path, (off_t)CSV_MAX_FILE), 0);
	assert_int_equal(csv_load_file(path, &data, &len), 0);
	assert_int_equal(len, CSV_MAX_FILE);
	free(data);
	unlink(path);

	assert_int_equal(csv_load_file(path, &data, &len), -1);
	assert_int_equal(errno, ENOENT);
	assert_int_equal(csv_load_file("/tmp", &data, &len), -1);
}

/* The writer: csv_text() of s gives exactly want. */
static void
expect_text(const char *s, const char *want)
{
	struct buf b = BUF_INIT;

	csv_text(&b, s);
	buf_addc(&b, '\0');
	assert_string_equal(b.s, want);
	buf_free(&b);
}

static void
expect_number(const char *s, const char *want)
{
	struct buf b = BUF_INIT;

	csv_number(&b, s);
	buf_addc(&b, '\0');
	assert_string_equal(b.s, want);
	buf_free(&b);
}

static void
test_write_plain_and_quoted(void **state)
{
	(void)state;
	expect_text("", "");
	expect_text(NULL, "");
	expect_text("Surat Keterangan Domisili", "Surat Keterangan Domisili");
	expect_text("Siak, Riau", "\"Siak, Riau\"");
	expect_text("kata \"kutip\"", "\"kata \"\"kutip\"\"\"");
	expect_text("dua\nbaris", "\"dua\nbaris\"");
	expect_text("dua\r\nbaris", "\"dua\r\nbaris\"");
	/* not at the start: no formula */
	expect_text("a=b+c-d@e", "a=b+c-d@e");
	expect_text("5-3", "5-3");
	expect_text("Éléa Şahin", "Éléa Şahin");
}

static void
test_write_formula_neutralised(void **state)
{
	(void)state;
	expect_text("=HYPERLINK(\"http://evil.example/\",\"Klik\")",
	    "\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"Klik\"\")\"");
	expect_text("=1+1", "\"'=1+1\"");
	expect_text("+62812", "\"'+62812\"");
	expect_text("-5", "\"'-5\"");
	expect_text("@SUM(A1:A2)", "\"'@SUM(A1:A2)\"");
	expect_text("\t=1", "\"'\t=1\"");
	expect_text("\r=1", "\"'\r=1\"");
	expect_text("=", "\"'=\"");
	expect_text("-2+3,cmd|' /C calc'!A0", "\"'-2+3,cmd|' /C calc'!A0\"");
}

static void
test_write_numbers(void **state)
{
	(void)state;
	expect_number("", "");
	expect_number(NULL, "");
	expect_number("0", "0");
	expect_number("-5", "-5");
	expect_number("12.5", "12.5");
	expect_number("-0.25", "-0.25");
	/* not a number: written as text, so neutralised */
	expect_number("-", "\"'-\"");
	expect_number("-5.", "\"'-5.\"");
	expect_number("+5", "\"'+5\"");
	expect_number("-1+cmd", "\"'-1+cmd\"");
	expect_number("=1", "\"'=1\"");
	expect_number("1,5", "\"1,5\"");
	expect_number(".5", ".5");
}

static void
test_write_row_round_trip(void **state)
{
	const char *cells[] = { "=HYPERLINK(\"http://evil.example/\",\"Klik\")",
		"a,b", "x\"y", "-7", "", "dua\nbaris" };
	struct buf b = BUF_INIT;
	struct csv *c;
	char **f;
	size_t nf, i;

	(void)state;
	for (i = 0; i < 6; i++) {
		if (i > 0)
			csv_sep(&b);
		csv_text(&b, cells[i]);
	}
	csv_sep(&b);
	csv_int(&b, -5);
	csv_eol(&b);
	c = csv_open(b.s, b.len);
	assert_int_equal(csv_next(c, &f, &nf), 1);
	assert_int_equal(nf, 7);
	assert_string_equal(f[0],
	    "'=HYPERLINK(\"http://evil.example/\",\"Klik\")");
	assert_string_equal(f[1], "a,b");
	assert_string_equal(f[2], "x\"y");
	assert_string_equal(f[3], "'-7");
	assert_string_equal(f[4], "");
	assert_string_equal(f[5], "dua\nbaris");
	assert_string_equal(f[6], "-5");
	assert_int_equal(csv_next(c, &f, &nf), 0);
	csv_close(c);
	buf_free(&b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_simple),
		cmocka_unit_test(test_crlf_no_final_newline),
		cmocka_unit_test(test_quoted),
		cmocka_unit_test(test_empty_fields),
		cmocka_unit_test(test_blank_lines),
		cmocka_unit_test(test_bom_and_utf8),
		cmocka_unit_test(test_spaces_and_cr),
		cmocka_unit_test(test_empty_input),
		cmocka_unit_test(test_len_respected),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_bad_bytes),
		cmocka_unit_test(test_max_fields),
		cmocka_unit_test(test_fields_survive_growth),
		cmocka_unit_test(test_load_file),
		cmocka_unit_test(test_write_plain_and_quoted),
		cmocka_unit_test(test_write_formula_neutralised),
		cmocka_unit_test(test_write_numbers),
		cmocka_unit_test(test_write_row_round_trip),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
