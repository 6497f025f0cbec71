/* struk.c: the 80 mm receipt of a ticket (see struk.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <hpdf.h>
#include <qrencode.h>

#include "lib/msg.h"
#include "lib/when.h"
#include "lib/xalloc.h"
#include "mod/dokumen/surat_pdf.h"
#include "struk.h"

#define MARGIN 10.0f
#define QR_MODULE 2.0f
#define QR_QUIET 4

/* One receipt being drawn. */
struct struk {
	HPDF_Doc pdf;
	HPDF_Page page;
	HPDF_Font regular, bold;
	HPDF_STATUS error;
	char *err;
	size_t errlen;
};

static void
struk_error(HPDF_STATUS error_no, HPDF_STATUS detail_no, void *arg)
{
	struct struk *k = arg;

	(void)detail_no;
	if (k->error == 0)
		k->error = error_no;
}

/* Centre the UTF-8 text s at y; -1 if it is not Windows-1252. */
static int
centre(struct struk *k, HPDF_Font f, float size, float y, const char *s)
{
	struct buf b = BUF_INIT;
	float w;

	buf_init(&b, strlen(s) + 1);
	if (surat_pdf_cp1252(s, &b, k->err, k->errlen) != 0) {
		buf_free(&b);
		return -1;
	}
	HPDF_Page_SetFontAndSize(k->page, f, size);
	w = HPDF_Page_TextWidth(k->page, b.s);
	HPDF_Page_BeginText(k->page);
	HPDF_Page_TextOut(k->page, (ANTRIAN_STRUK_W - w) / 2, y, b.s);
	HPDF_Page_EndText(k->page);
	buf_free(&b);
	return 0;
}

/* The QR of url, centred, its top (quiet zone included) at ytop. */
static int
qr(struct struk *k, const char *url, float ytop)
{
	QRcode *q;
	float side, x, y;
	int row, col, run;

	q = QRcode_encodeString(url, 0, QR_ECLEVEL_M, QR_MODE_8, 1);
	if (q == NULL) {
		snprintf(k->err, k->errlen, "%s", msg(M_ANTRIAN_STRUK_GAGAL));
		return -1;
	}
	side = (float)(q->width + 2 * QR_QUIET) * QR_MODULE;
	x = (ANTRIAN_STRUK_W - side) / 2 + QR_QUIET * QR_MODULE;
	y = ytop - QR_QUIET * QR_MODULE;
	HPDF_Page_SetRGBFill(k->page, 0, 0, 0);
	for (row = 0; row < q->width; row++)
		for (col = 0; col < q->width; col += run) {
			run = 1;
			if (!(q->data[row * q->width + col] & 1))
				continue;
			while (col + run < q->width &&
			    (q->data[row * q->width + col + run] & 1))
				run++;
			HPDF_Page_Rectangle(k->page, x + col * QR_MODULE,
			    y - (row + 1) * QR_MODULE, run * QR_MODULE,
			    QR_MODULE);
		}
	HPDF_Page_Fill(k->page);
	QRcode_free(q);
	return 0;
}

/* The drawing; 0 or -1 (err set, or k->error). */
static int
draw(struct struk *k, const struct antrian_tiket *t, int di_depan,
    const char *lokasi_nama, const char *url)
{
	char line[160], jam[24];
	float y = ANTRIAN_STRUK_H - MARGIN - 12;

	when_wib_format(jam, sizeof(jam), "%d-%m-%Y %H.%M WIB",
	    (time_t)t->diambil_at);
	if (centre(k, k->bold, 10, y, lokasi_nama) != 0 ||
	    centre(k, k->regular, 9, y -= 16, "Nomor antrean Anda") != 0 ||
	    centre(k, k->bold, 40, y -= 42, t->nomor) != 0)
		return -1;
	snprintf(line, sizeof(line), "%.60s", t->layanan_nama);
	if (centre(k, k->regular, 8, y -= 18, line) != 0 ||
	    centre(k, k->regular, 8, y -= 12, jam) != 0)
		return -1;
	snprintf(line, sizeof(line), "Di depan Anda: %d orang%s", di_depan,
	    t->prioritas ? " (prioritas)" : "");
	if (centre(k, k->regular, 9, y -= 14, line) != 0 ||
	    qr(k, url, y -= 8) != 0)
		return -1;
	if (centre(k, k->regular, 7, MARGIN + 10,
		"Pindai untuk memantau antrean di ponsel.") != 0 ||
	    centre(k, k->regular, 7, MARGIN, t->kode) != 0)
		return -1;
	return 0;
}

int
antrian_struk_pdf(const struct antrian_tiket *t, int di_depan,
    const char *lokasi_nama, const char *url, struct buf *out, char *err,
    size_t errlen)
{
	struct struk k;
	HPDF_UINT32 size;
	HPDF_STATUS st;
	int rc = -1;

	memset(&k, 0, sizeof(k));
	k.err = err;
	k.errlen = errlen;
	*err = '\0';
	if ((k.pdf = HPDF_New(struk_error, &k)) == NULL) {
		snprintf(err, errlen, "%s", msg(M_ANTRIAN_STRUK_GAGAL));
		return -1;
	}
	HPDF_SetCompressionMode(k.pdf, HPDF_COMP_NONE);
	HPDF_SetInfoAttr(k.pdf, HPDF_INFO_CREATOR, "Pamong");
	k.regular = HPDF_GetFont(k.pdf, "Helvetica", "WinAnsiEncoding");
	k.bold = HPDF_GetFont(k.pdf, "Helvetica-Bold", "WinAnsiEncoding");
	k.page = HPDF_AddPage(k.pdf);
	HPDF_Page_SetWidth(k.page, ANTRIAN_STRUK_W);
	HPDF_Page_SetHeight(k.page, ANTRIAN_STRUK_H);
	if (draw(&k, t, di_depan, lokasi_nama, url) != 0)
		goto out;
	if (k.error == 0 && HPDF_SaveToStream(k.pdf) == HPDF_OK &&
	    k.error == 0) {
		size = HPDF_GetStreamSize(k.pdf);
		buf_grow(out, size);
		st = HPDF_ReadFromStream(k.pdf, (HPDF_BYTE *)out->s + out->len,
		    &size);
		if (st == HPDF_OK || st == HPDF_STREAM_EOF) {
			k.error = 0;
			out->len += size;
			out->s[out->len] = '\0';
			rc = 0;
		}
	}
out:
	if (rc != 0 && *err == '\0')
		snprintf(err, errlen, "%s", msg(M_ANTRIAN_STRUK_GAGAL));
	HPDF_Free(k.pdf);
	return rc;
}
