/*
 * ui_bukti.c: the applicant's receipt of a submitted application, "Bukti
 * Permohonan" (issue 19 item 4): registration number, tracking code with
 * a QR code to its public tracking page, service, date, deadline, what
 * happens next and the handling office's contact.  One page, printable
 * from the browser (the stylesheet's print rules drop the header and
 * footer); no JavaScript.
 */
#include <qrencode.h>
#include <stdlib.h>
#include <string.h>

#include "permohonan.h"
#include "lib/buf.h"
#include "lib/msg.h"
#include "lib/xalloc.h"
#include "permohonan_html.h"
#include "http/html.h"
#include "http/layout.h"
#include "http/pages.h"
#include "mod/kontak/kontak.h"
#include "mod/pki/pki.h"
#include "ui.h"

#define QR_QUIET 4 /* modules of white around the code */

/*
 * The QR code of url as inline SVG (one path of black runs per row),
 * labelled by title for screen readers.  Nothing when it cannot be made.
 */
static void
qr_svg(struct buf *b, const char *url, const char *title)
{
	QRcode *q;
	int w, side, row, col, run;

	if ((q = QRcode_encodeString(url, 0, QR_ECLEVEL_M, QR_MODE_8, 1)) ==
	    NULL)
		return;
	w = q->width;
	side = w + 2 * QR_QUIET;
	html_printf(b,
	    "<svg class=\"qr\" xmlns=\"http://www.w3.org/2000/svg\""
	    " viewBox=\"0 0 %d %d\" width=\"160\" height=\"160\""
	    " role=\"img\" aria-labelledby=\"qr-judul\"><title"
	    " id=\"qr-judul\">%s</title><rect width=\"%d\" height=\"%d\""
	    " fill=\"#fff\"/><path fill=\"#000\" d=\"",
	    side, side, title, side, side);
	for (row = 0; row < w; row++)
		for (col = 0; col < w; col += run) {
			for (run = 0; col + run < w &&
			     (q->data[row * w + col + run] & 1);
			     run++)
				;
			if (run == 0) {
				run = 1;
				continue;
			}
			html_printf(b, "M%d %dh%dv1h-%dz", col + QR_QUIET,
			    row + QR_QUIET, run, run);
		}
	html_lit(b, "\"/></svg>");
	QRcode_free(q);
}

/* GET /permohonan/{nomor}/bukti: the applicant's own, once submitted. */
void
page_permohonan_bukti(struct req *r)
{
	struct permohonan_view v;
	const struct permohonan_row *a = &v.row;
	struct buf *b = &r->out;
	const char *base;
	char *seg, *url;

	if (permohonan_load_own(r, &v) != 0)
		return;
	if (a->draft) {
		permohonan_view_free(&v);
		page_error(r, 404, msg(M_BUKTI_DRAFT));
		return;
	}
	seg = permohonan_seg(a);
	base = r->app != NULL && r->app->pki != NULL ? pki_base_url(r->app->pki)
						     : NULL;
	url = xasprintf("%s/lacak/%s", base != NULL ? base : "", a->kode_lacak);
	layout_begin(r, "Bukti Permohonan");
	html_printf(b,
	    "<nav aria-label=\"Remah roti\" class=\"tanpa-cetak\"><a"
	    " href=\"/permohonan\">Permohonan Saya</a> › <a"
	    " href=\"/permohonan/%U\">%s</a> › Bukti</nav>"
	    "<article class=\"bukti\"><h1>Bukti Permohonan</h1>"
	    "<p>Pamong — Pemerintah Kabupaten Siak. Tanda terima pengajuan"
	    " permohonan kepada %s.</p>"
	    "<div class=\"bukti-kode\"><dl class=\"ringkas\">"
	    "<dt>Nomor registrasi</dt><dd><strong>%s</strong></dd>"
	    "<dt>Kode lacak</dt><dd><strong class=\"kode\">%s</strong></dd>"
	    "<dt>Layanan</dt><dd>%s</dd>"
	    "<dt>Pemohon</dt><dd>%s</dd>"
	    "<dt>Diajukan</dt><dd>",
	    seg, a->nomor, a->unit_name, a->nomor, a->kode_lacak,
	    a->layanan_name, a->pemohon_name);
	permohonan_time_write(b, a->submitted_at);
	html_lit(b, "</dd>");
	permohonan_due_write(b, a);
	html_printf(b, "<dt>Ditangani oleh</dt><dd>%s</dd></dl>", a->unit_name);
	if (base != NULL) {
		html_lit(b, "<figure class=\"qr\">");
		qr_svg(b, url, msg(M_BUKTI_QR));
		html_printf(b,
		    "<figcaption>Pindai untuk melacak: %s</figcaption>"
		    "</figure>",
		    url);
	}
	html_printf(b,
	    "</div><h2>Langkah selanjutnya</h2><ol>"
	    "<li>Petugas %s memeriksa permohonan dan persyaratan Anda.</li>"
	    "<li>Jika ada yang perlu diperbaiki, Anda menerima pemberitahuan"
	    " dan dapat memperbaikinya di halaman <a href=\"/permohonan/%U\">"
	    "permohonan ini</a>.</li>"
	    "<li>Pantau statusnya kapan saja di <a href=\"/lacak/%U\">Lacak"
	    " Permohonan</a> dengan kode lacak di atas, tanpa masuk akun.</li>"
	    "<li>Setelah selesai, dokumen hasil layanan dapat diunduh dari"
	    " halaman Permohonan Saya dan diperiksa keasliannya di <a"
	    " href=\"/verifikasi\">Verifikasi Dokumen</a>.</li></ol>"
	    "<p class=\"tanpa-cetak\">Simpan atau cetak halaman ini dengan"
	    " menu cetak peramban (misalnya Ctrl+P, atau \"Bagikan\" lalu"
	    " \"Cetak\" di ponsel).</p>",
	    a->unit_name, seg, a->kode_lacak);
	kontak_write(r, a->unit_code, 2);
	html_lit(b, "</article>");
	layout_end(r);
	free(url);
	free(seg);
	permohonan_view_free(&v);
}
