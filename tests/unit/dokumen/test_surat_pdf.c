/* test_surat_pdf.c: UTF-8 -> CP1252 for the letter fonts, and the PDF letter. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mod/dokumen/surat_pdf.h"
#include "lib/buf.h"
#include "pades_testpki.h"

#define URL "https://pamong.example/v/7Q2K-9XJ4-M1PA"

/* Convert s; assert success and compare with the expected bytes. */
static void
expect_cp1252(const char *s, const char *want, size_t wantlen)
{
	struct buf b = BUF_INIT;
	char err[256] = "";

	buf_init(&b, 0);
	assert_int_equal(surat_pdf_cp1252(s, &b, err, sizeof(err)), 0);
	assert_string_equal(err, "");
	assert_int_equal(b.len, wantlen);
	assert_memory_equal(b.s, want, wantlen);
	buf_free(&b);
}

static void
test_cp1252_maps(void **state)
{
	expect_cp1252("Nusantara 2026", "Nusantara 2026", 14);
	expect_cp1252("Caf\xc3\xa9", "Caf\xe9", 4);
	expect_cp1252("M\xc3\xbcller", "M\xfcller", 6);
	expect_cp1252("Nur\xe2\x80\x99"
		      "aini",
	    "Nur\x92"
	    "aini",
	    8);
	expect_cp1252("\xe2\x80\x9cya\xe2\x80\x9d", "\x93ya\x94", 4);
	expect_cp1252("1\xe2\x80\x93"
		      "2\xe2\x80\x94"
		      "3",
	    "1\x96"
	    "2\x97"
	    "3",
	    5);
	expect_cp1252("\xe2\x82\xac"
		      "5",
	    "\x80"
	    "5",
	    2);
	expect_cp1252("\xc5\xb8\xc5\xa0\xe2\x84\xa2", "\x9f\x8a\x99", 3);
	expect_cp1252("a\tb", "a b", 3);
	expect_cp1252("\xc2\xa0\xc3\xbf", "\xa0\xff", 2);
	expect_cp1252("", "", 0);
}

/* s must be refused, err must contain each of the needles; the buffer
 * keeps what it had. */
static void
expect_refused(const char *s, const char *needle1, const char *needle2)
{
	struct buf b = BUF_INIT;
	char err[256] = "";

	buf_init(&b, 0);
	buf_adds(&b, "awal");
	assert_int_equal(surat_pdf_cp1252(s, &b, err, sizeof(err)), -1);
	assert_int_equal(b.len, 4);
	assert_string_equal(b.s, "awal");
	assert_non_null(strstr(err, needle1));
	if (needle2 != NULL)
		assert_non_null(strstr(err, needle2));
	buf_free(&b);
}

static void
test_cp1252_refuses(void **state)
{
	/* CJK, Arabic, emoji, a Latin letter CP1252 lacks: named, not
	 * dropped */
	expect_refused("Li \xe6\x9d\x8e", "\xe6\x9d\x8e", "U+674E");
	expect_refused("\xd8\xb9", "\xd8\xb9", "U+0639");
	expect_refused("ok \xf0\x9f\x98\x80", "\xf0\x9f\x98\x80", "U+1F600");
	expect_refused("\xc4\x9f", "\xc4\x9f", "U+011F");
	/* CP1252's unused 0x81 position is not U+0081 */
	expect_refused("\xc2\x81", "U+0081", NULL);
	expect_refused("a\x01z", "U+0001", NULL);
	expect_refused("a\nz", "U+000A", NULL);
	/* invalid UTF-8: truncated, overlong, surrogate */
	expect_refused("abc\xc3", "tidak sah", NULL);
	expect_refused("\xc0\xaf", "tidak sah", NULL);
	expect_refused("\xed\xa0\x80", "tidak sah", NULL);
}

static int
render(const struct letter *l, struct buf *out, char *err, size_t errlen)
{
	buf_init(out, 0);
	return surat_pdf_render(l, out, err, errlen);
}

static int
contains(const struct buf *b, const char *s)
{
	return memmem(b->s, b->len, s, strlen(s)) != NULL;
}

static void
test_render_sample(void **state)
{
	struct letter l;
	struct buf a = BUF_INIT, b = BUF_INIT;
	char err[256] = "";

	tp_surat_pdf(&l, "7Q2K-9XJ4-M1PA", URL);
	assert_int_equal(render(&l, &a, err, sizeof(err)), 0);
	assert_true(a.len > 2000);
	assert_memory_equal(a.s, "%PDF-1.", 7);
	/* classic xref, as pades_sign() expects; one page; base-14 WinAnsi */
	assert_true(contains(&a, "\nxref\r\n") || contains(&a, "\nxref\n"));
	assert_true(contains(&a, "startxref"));
	assert_true(contains(&a, "/Count 1"));
	assert_true(contains(&a, "/Encoding /WinAnsiEncoding"));
	assert_true(contains(&a, "/BaseFont /Times-Roman"));
	/* the CP1252 bytes of é (351), ’ (222), “ ” (223, 224), – (226) */
	assert_true(contains(&a, "(Nama: Andr\\351 Nur\\222aini) Tj"));
	assert_true(contains(&a, "(Ahmad R\\351za, S.Sos.) Tj"));
	assert_true(contains(&a, "\\223pembukaan rekening bank\\224"));
	assert_true(contains(&a, "RW 002 \\226 Kampung Dalam"));
	/* letterhead, title, nomor, signature block, kode, footer */
	assert_true(contains(&a, "(KAMPUNG DALAM) Tj"));
	assert_true(contains(&a, "(SURAT KETERANGAN DOMISILI) Tj"));
	assert_true(contains(&a, "(Nomor: 470\\057KD\\0572026\\0570042) Tj"));
	assert_true(contains(&a, "(Ditandatangani secara elektronik) Tj"));
	assert_true(contains(&a, "(Kode verifikasi: 7Q2K-9XJ4-M1PA) Tj"));
	assert_true(contains(&a, "Pasal 11 Undang-Undang Nomor 11 Tahun 2008"));
	assert_true(contains(&a, "Nomor 71 Tahun 2019"));
	/* the QR code: filled rectangles (merged runs) */
	assert_true(contains(&a, " re\n"));
	/* deterministic: no date, no /ID */
	assert_false(contains(&a, "/CreationDate"));
	assert_false(contains(&a, "/ID"));
	assert_int_equal(render(&l, &b, err, sizeof(err)), 0);
	assert_int_equal(a.len, b.len);
	assert_memory_equal(a.s, b.s, a.len);
	buf_free(&a);
	buf_free(&b);
}

/* Issue 12: the signer's preview carries the draft mark on its page. */
static void
test_render_draft(void **state)
{
	struct letter l;
	struct buf a = BUF_INIT;
	char err[256] = "";

	(void)state;
	tp_surat_pdf(&l, "7Q2K-9XJ4-M1PA", URL);
	assert_int_equal(render(&l, &a, err, sizeof(err)), 0);
	assert_false(contains(&a, "DRAF - BELUM DITANDATANGANI"));
	buf_free(&a);
	l.draft = "DRAF - BELUM DITANDATANGANI";
	assert_int_equal(render(&l, &a, err, sizeof(err)), 0);
	/* the banner (Tj) and the diagonal (Tm, then shown) */
	assert_true(contains(&a, "(DRAF - BELUM DITANDATANGANI) Tj"));
	assert_true(contains(&a, " Tm\n"));
	/* the letter itself is all there */
	assert_true(contains(&a, "(SURAT KETERANGAN DOMISILI) Tj"));
	buf_free(&a);
}

static void
test_render_refuses_cjk(void **state)
{
	struct letter l;
	struct buf out = BUF_INIT;
	char err[256] = "";

	tp_surat_pdf(&l, "K", URL);
	l.signer_name = "Wang \xe7\x8e\x8b";
	buf_init(&out, 0);
	buf_adds(&out, "x");
	assert_int_equal(surat_pdf_render(&l, &out, err, sizeof(err)), -1);
	assert_non_null(strstr(err, "\xe7\x8e\x8b"));
	assert_non_null(strstr(err, "U+738B"));
	buf_free(&out);

	tp_surat_pdf(&l, "K", URL);
	l.body = "Paragraf satu.\n\nNama: \xe6\x9d\x8e";
	assert_int_equal(render(&l, &out, err, sizeof(err)), -1);
	assert_non_null(strstr(err, "U+674E"));
	buf_free(&out);
}

static void
test_render_missing(void **state)
{
	struct letter l;
	struct buf out = BUF_INIT;
	char err[256] = "";

	tp_surat_pdf(&l, "K", URL);
	l.title = NULL;
	assert_int_equal(render(&l, &out, err, sizeof(err)), -1);
	assert_non_null(strstr(err, "judul"));
	buf_free(&out);
	tp_surat_pdf(&l, "K", URL);
	l.verify_url = "";
	assert_int_equal(render(&l, &out, err, sizeof(err)), -1);
	assert_non_null(strstr(err, "alamat verifikasi"));
	buf_free(&out);
}

/* A long body flows onto more pages (numbered); a huge word is cut. */
static void
test_render_long(void **state)
{
	struct letter l;
	struct buf out = BUF_INIT, body = BUF_INIT;
	char err[256] = "";
	int i;

	buf_init(&body, 0);
	for (i = 0; i < 120; i++)
		buf_addf(&body,
		    "Paragraf %d: Kepala Kampung menerangkan bahwa "
		    "warga tersebut benar tinggal di wilayah ini.\n\n",
		    i);
	for (i = 0; i < 400; i++)
		buf_addc(&body, 'W');
	tp_surat_pdf(&l, "K", URL);
	l.body = body.s;
	l.kop[1] = NULL; /* two lines: name and address */
	assert_int_equal(render(&l, &out, err, sizeof(err)), 0);
	assert_false(contains(&out, "/Count 1\n"));
	assert_true(contains(&out, "(Halaman 1 dari "));
	assert_true(contains(&out, "(Paragraf 119: Kepala"));
	assert_true(contains(&out, "(Kode verifikasi: K) Tj"));
	buf_free(&out);
	buf_free(&body);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cp1252_maps),
		cmocka_unit_test(test_cp1252_refuses),
		cmocka_unit_test(test_render_sample),
		cmocka_unit_test(test_render_draft),
		cmocka_unit_test(test_render_refuses_cjk),
		cmocka_unit_test(test_render_missing),
		cmocka_unit_test(test_render_long),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
