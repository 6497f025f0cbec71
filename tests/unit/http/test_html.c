/* test_html.c: the escaping HTML writer. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "http/html.h"

static void
t_escapes_text_and_attr(void **state)
{
	struct buf b = BUF_INIT;

	(void)state;
	html_esc(&b, "<script>alert('x') & \"y\"</script>");
	assert_string_equal(b.s,
	    "&lt;script&gt;alert(&#39;x&#39;) &amp; "
	    "&quot;y&quot;&lt;/script&gt;");
	buf_free(&b);
}

static void
t_printf_escapes_by_default(void **state)
{
	struct buf b = BUF_INIT;

	(void)state;
	html_printf(&b,
	    "<a href=\"/layanan/%U\" title=\"%s\">%s</a> %d %I %z%%",
	    "KPG 02/x", "a\"b", "<b>", -7, (int64_t)1234567890123LL,
	    (size_t)42);
	assert_string_equal(b.s,
	    "<a href=\"/layanan/KPG%2002%2Fx\" "
	    "title=\"a&quot;b\">&lt;b&gt;</a> -7 1234567890123 42%");
	buf_free(&b);
}

static void
t_null_string_is_empty(void **state)
{
	struct buf b = BUF_INIT;

	(void)state;
	html_printf(&b, "[%s]", (const char *)NULL);
	assert_string_equal(b.s, "[]");
	buf_free(&b);
}

static void
t_literal_is_raw(void **state)
{
	struct buf b = BUF_INIT;

	(void)state;
	html_lit(&b, "<p>ok</p>");
	assert_string_equal(b.s, "<p>ok</p>");
	buf_free(&b);
}

static void
t_url_encoding(void **state)
{
	struct buf b = BUF_INIT;

	(void)state;
	html_url(&b, "a b&c=d/é~-._");
	assert_string_equal(b.s, "a%20b%26c%3Dd%2F%C3%A9~-._");
	buf_free(&b);
}

static void
t_rupiah(void **state)
{
	struct buf b = BUF_INIT;

	(void)state;
	html_rupiah(&b, 0);
	buf_adds(&b, " ");
	html_rupiah(&b, 999);
	buf_adds(&b, " ");
	html_rupiah(&b, 1000);
	buf_adds(&b, " ");
	html_rupiah(&b, 1250000);
	assert_string_equal(b.s, "Rp0 Rp999 Rp1.000 Rp1.250.000");
	buf_free(&b);
}

static void
t_buf_grows_and_keeps_nul(void **state)
{
	struct buf b = BUF_INIT;
	int i;

	(void)state;
	for (i = 0; i < 10000; i++)
		buf_addf(&b, "%d,", i % 10);
	assert_int_equal(b.len, 20000);
	assert_int_equal(b.s[b.len], '\0');
	buf_add(&b, "x\0y", 3);
	assert_int_equal(b.len, 20003);
	assert_int_equal(b.s[20001], '\0');
	buf_free(&b);
	assert_null(b.s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(t_escapes_text_and_attr),
		cmocka_unit_test(t_printf_escapes_by_default),
		cmocka_unit_test(t_null_string_is_empty),
		cmocka_unit_test(t_literal_is_raw),
		cmocka_unit_test(t_url_encoding),
		cmocka_unit_test(t_rupiah),
		cmocka_unit_test(t_buf_grows_and_keeps_nul),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
