/*
 * ui_bukti.c: the applicant's receipt of a submitted application, "Bukti
 * Permohonan" (issue 19 item 4): registration number, tracking code with
 * a QR code to its public tracking page, service, date, deadline, what
 * happens next and the handling office's contact.  One page, printable
 * from the browser (the stylesheet's print rules drop the header and
 * footer); no JavaScript.
 */
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
#include "http/qr.h"
#include "mod/kontak/kontak.h"
#include "mod/pki/pki.h"
#include "ui.h"

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
		html_qr(b, url, "qr-judul", msg(M_BUKTI_QR), 160);
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
