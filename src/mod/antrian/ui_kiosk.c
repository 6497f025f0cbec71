/*
 * ui_kiosk.c: the kiosk of a site (GET /antrian/kiosk/{lokasi}): one
 * large button per service in one form, with a checkbox for the
 * priority group; works by touch alone, without a keyboard or
 * JavaScript.  POST takes the ticket (antrian_ambil(), throttled per
 * address like a phone: a kiosk device with a token uses the API) and
 * shows its number, the people ahead and the link to follow it.
 */
#include <stdio.h>
#include <string.h>

#include "lib/msg.h"
#include "lib/when.h"
#include "http/layout.h"
#include "http/pages.h"
#include "antrian.h"
#include "ui.h"

static void
tombol(void *arg, const struct antrian_layanan *l)
{
	struct req *r = arg;

	html_printf(&r->out,
	    "<li><button type=\"submit\" name=\"layanan\" value=\"%s\""
	    " class=\"antrian-tombol\"><span class=\"antrian-prefix\">%s</span>"
	    " %s <span class=\"meta\">%s</span></button></li>",
	    l->kode, l->prefix, l->nama, l->instansi);
}

void
page_antrian_kiosk(struct req *r)
{
	struct antrian_lokasi lok;
	int rc;

	if ((rc = antrian_lokasi_get(r->store, r->captures[0], &lok)) != 0) {
		page_error(r, rc > 0 ? 404 : 500,
		    rc > 0 ? msg(M_ANTRIAN_E_LOKASI) : NULL);
		return;
	}
	r->personal = 1;
	layout_begin(r, msg(M_ANTRIAN_AMBIL_JUDUL));
	html_printf(&r->out,
	    "<h1>%s</h1><p>%s</p><p>%s</p>"
	    "<form method=\"post\" action=\"/antrian/kiosk/%U\""
	    " class=\"antrian-kiosk\">",
	    msg(M_ANTRIAN_AMBIL_JUDUL), lok.nama, msg(M_ANTRIAN_AMBIL_PETUNJUK),
	    lok.kode);
	form_csrf(r);
	html_printf(&r->out,
	    "<p class=\"antrian-prioritas\"><input type=\"checkbox\""
	    " id=\"prioritas\" name=\"prioritas\" value=\"1\">"
	    " <label for=\"prioritas\">%s</label></p><ul class=\"antrian-"
	    "layanan\">",
	    msg(M_ANTRIAN_PRIORITAS));
	if (antrian_layanan_each(r->store, lok.id, tombol, r) != 0)
		notice(r, "galat", msg(M_ANTRIAN_E_STORE));
	html_lit(&r->out, "</ul></form>");
	html_printf(&r->out,
	    "<h2>Sudah pesan daring?</h2><form method=\"post\""
	    " action=\"/antrian/kiosk/%U/checkin\">",
	    lok.kode);
	form_csrf(r);
	form_field(r, "kode", "Kode pemesanan", "text", "", NULL,
	    "12 huruf dan angka, tertera pada pesanan Anda; atau pindai"
	    " kode QR pesanan pada pemindai anjungan.");
	html_lit(&r->out,
	    "<p><button type=\"submit\" class=\"antrian-"
	    "tombol\">Check-in</button></p></form>");
	layout_end(r);
}

void
page_antrian_kiosk_ambil(struct req *r)
{
	struct antrian_ambil in;
	struct antrian_tiket t;
	enum antrian_err e;
	int di_depan;

	memset(&in, 0, sizeof(in));
	in.lokasi = r->captures[0];
	in.layanan = req_param(r, "layanan");
	in.prioritas = req_param(r, "prioritas") != NULL;
	in.addr = r->addr;
	e = antrian_ambil(r->store, &in, r->now, &t, &di_depan);
	if (e != ANTRIAN_OK) {
		page_error(r, antrian_err_status(e), antrian_err_pesan(e));
		if (e == ANTRIAN_E_BATAS)
			r->retry_after = 3600;
		return;
	}
	antrian_kiosk_tiket(r, &t, di_depan);
}

void
antrian_kiosk_tiket(struct req *r, const struct antrian_tiket *tp, int di_depan)
{
	const struct antrian_tiket t = *tp;
	char jam[8];

	when_wib_format(jam, sizeof(jam), "%H.%M", t.diambil_at);
	layout_begin(r, msg(M_ANTRIAN_TIKET_JUDUL));
	r->status = 201;
	html_printf(&r->out,
	    "<h1>Nomor antrean Anda</h1><p class=\"antrian-nomor\""
	    " aria-live=\"assertive\"><strong>%s</strong></p>"
	    "<dl><dt>Layanan</dt><dd>%s</dd><dt>Waktu</dt><dd>%s, %s WIB</dd>"
	    "<dt>Di depan Anda</dt><dd>%d orang</dd></dl>"
	    "<p>Ikuti antrean di ponsel: <a href=\"/antrian/tiket/%U\">"
	    "/antrian/tiket/%s</a></p>"
	    "<p><a class=\"antrian-tombol\" href=\"/antrian/tiket/%U/struk\">"
	    "Cetak struk</a> <a class=\"antrian-tombol\""
	    " href=\"/antrian/kiosk/%U\">Selesai</a></p>",
	    t.nomor, t.layanan_nama, t.tanggal, jam, di_depan, t.kode, t.kode,
	    t.kode, t.lokasi_kode);
	layout_end(r);
}
