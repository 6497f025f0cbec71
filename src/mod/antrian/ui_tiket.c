/*
 * ui_tiket.c: follow a ticket on a phone (GET /antrian/tiket/{kode}):
 * its number, service, state, the people ahead and an estimated wait.
 * Anyone holding the code may see it (no personal data on a ticket).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/xalloc.h"

#include "lib/msg.h"
#include "lib/when.h"
#include "http/layout.h"
#include "http/pages.h"
#include "mod/survei/survei.h"
#include "antrian.h"
#include "struk.h"
#include "ui.h"

/* Minutes per person ahead, for the estimate, until figures exist. */
#define MENIT_PER_ORANG 5

static const char *
status_label(const char *s)
{
	if (strcmp(s, "menunggu") == 0)
		return "Menunggu dipanggil";
	if (strcmp(s, "dipanggil") == 0)
		return "Dipanggil: silakan menuju loket";
	if (strcmp(s, "dilayani") == 0)
		return "Sedang dilayani";
	if (strcmp(s, "selesai") == 0)
		return "Selesai dilayani";
	if (strcmp(s, "batal") == 0)
		return "Dibatalkan";
	if (strcmp(s, "tidak_hadir") == 0)
		return "Tidak hadir saat dipanggil";
	return s;
}

/* The survey invitation of a served ticket, if it has one. */
static void
survei_kotak(struct req *r, const char *kode)
{
	struct survei_undangan inv;

	if (survei_tiket_get(r->store, kode, &inv) != 0)
		return;
	if (inv.answered_at != 0) {
		html_lit(&r->out,
		    "<p class=\"meta\">Survei kepuasan untuk antrean ini"
		    " sudah diisi. Terima kasih.</p>");
		return;
	}
	html_printf(&r->out,
	    "<div class=\"kotak info\"><h2>Survei Kepuasan Masyarakat</h2>"
	    "<p>Layanan Anda telah selesai. Bantu kami memperbaiki pelayanan"
	    " dengan mengisi survei singkat (sembilan pertanyaan, tanpa"
	    " nama atau NIK).</p><p><a class=\"tombol\""
	    " href=\"/survei/tiket/%U\">Isi survei</a></p></div>",
	    kode);
}

void
page_antrian_tiket(struct req *r)
{
	struct antrian_tiket t;
	char jam[8];
	int di_depan, rc;

	rc = antrian_tiket_by_kode(r->store, r->captures[0], &t, &di_depan);
	if (rc != 0) {
		page_error(r, rc > 0 ? 404 : 500,
		    rc > 0 ? msg(M_ANTRIAN_E_TIKET) : NULL);
		return;
	}
	r->personal = 1;
	when_wib_format(jam, sizeof(jam), "%H.%M", t.diambil_at);
	layout_begin(r, msg(M_ANTRIAN_TIKET_JUDUL));
	html_printf(&r->out,
	    "<h1>%s <span class=\"antrian-nomor\">%s</span></h1>"
	    "<dl class=\"antrian-tiket\"><dt>Layanan</dt><dd>%s</dd>"
	    "<dt>Tanggal</dt><dd>%s, diambil pukul %s WIB</dd>"
	    "<dt>Status</dt><dd><strong>%s</strong></dd>",
	    msg(M_ANTRIAN_TIKET_JUDUL), t.nomor, t.layanan_nama, t.tanggal, jam,
	    status_label(t.status));
	if (t.loket_nomor > 0 && strcmp(t.status, "menunggu") != 0)
		html_printf(&r->out, "<dt>Loket</dt><dd>Loket %d</dd>",
		    t.loket_nomor);
	if (strcmp(t.status, "menunggu") == 0)
		html_printf(&r->out,
		    "<dt>Di depan Anda</dt><dd>%d orang</dd>"
		    "<dt>Perkiraan waktu tunggu</dt><dd>sekitar %d menit"
		    " (perkiraan, bukan janji)</dd>",
		    di_depan, di_depan * MENIT_PER_ORANG);
	html_lit(&r->out, "</dl>");
	if (strcmp(t.status, "selesai") == 0)
		survei_kotak(r, t.kode);
	html_printf(&r->out,
	    "<p><a href=\"/antrian/tiket/%U\">Perbarui halaman</a> ·"
	    " <a href=\"/antrian/tiket/%U/struk\">Struk (PDF 80 mm)</a></p>",
	    t.kode, t.kode);
	layout_end(r);
}

/* Whether h is a plausible Host header: letters, digits, . - : [ ]. */
static int
host_ok(const char *h)
{
	size_t n = 0;

	if (h == NULL)
		return 0;
	for (; h[n] != '\0'; n++)
		if (!((h[n] >= 'a' && h[n] <= 'z') ||
			(h[n] >= 'A' && h[n] <= 'Z') ||
			(h[n] >= '0' && h[n] <= '9') || h[n] == '.' ||
			h[n] == '-' || h[n] == ':' || h[n] == '[' ||
			h[n] == ']'))
			return 0;
	return n > 0 && n <= 255;
}

void
page_antrian_struk(struct req *r)
{
	struct antrian_tiket t;
	struct antrian_lokasi lok;
	char err[256], *url;
	int di_depan, rc;

	rc = antrian_tiket_by_kode(r->store, r->captures[0], &t, &di_depan);
	if (rc == 0)
		rc = antrian_lokasi_get(r->store, t.lokasi_kode, &lok);
	if (rc != 0) {
		page_error(r, rc > 0 ? 404 : 500,
		    rc > 0 ? msg(M_ANTRIAN_E_TIKET) : NULL);
		return;
	}
	r->personal = 1;
	url = xasprintf("%s://%s/antrian/tiket/%s",
	    r->app != NULL && r->app->secure_cookies ? "https" : "http",
	    host_ok(r->host) ? r->host : "localhost", t.kode);
	buf_reset(&r->out);
	rc = antrian_struk_pdf(&t, di_depan, lok.nama, url, &r->out, err,
	    sizeof(err));
	free(url);
	if (rc != 0) {
		page_error(r, 500, err);
		return;
	}
	r->status = 200;
	r->out_type = "application/pdf";
	r->disposition =
	    xasprintf("inline; filename=\"antrean-%s.pdf\"", t.nomor);
}
