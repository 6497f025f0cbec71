/*
 * ui_pesan.c: online booking pages.  GET /antrian: the booking form for
 * a signed-in citizen (service, day, session), else how to sign in;
 * POST /antrian books (antrian_pesan_buat()) and shows the code and the
 * check-in window.  POST /antrian/kiosk/{lokasi}/checkin: check in at
 * the kiosk by typing the code (the booking must be of this site).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/msg.h"
#include "http/layout.h"
#include "http/pages.h"
#include "http/qr.h"
#include "mod/akun/account.h"
#include "mod/permohonan/permohonan.h"
#include "antrian.h"
#include "aturan.h"
#include "ui.h"

#define LOKASI_BAWAAN "MPP-SIAK"

/* The option of one service, selected when it is sel. */
struct opsi {
	struct req *r;
	const char *sel;
};

static void
opsi_layanan(void *arg, const struct antrian_layanan *l)
{
	struct opsi *o = arg;

	html_printf(&o->r->out, "<option value=\"%s\"%s>%s – %s (%s)</option>",
	    l->kode,
	    o->sel != NULL && strcmp(o->sel, l->kode) == 0 ? " selected" : "",
	    l->kode, l->nama, l->instansi);
}

/*
 * The citizen's submitted, open applications to book for (the booking
 * checks that the service matches), the one named by ?permohonan= (a
 * link from the application) selected.
 */
static void
pesan_permohonan(struct req *r)
{
	struct permohonan_filter f;
	struct permohonan_row *rows;
	const char *sel = req_str(r, "permohonan");
	int i, n = 0;

	memset(&f, 0, sizeof(f));
	f.open_only = 1;
	f.limit = 50;
	rows = permohonan_list_mine(r->store, r->user, &f, r->now, &n, NULL);
	html_lit(&r->out,
	    "<p><label for=\"f-permohonan\">Untuk permohonan (jika"
	    " ada)</label><br><select id=\"f-permohonan\""
	    " name=\"permohonan\"><option value=\"\">— Tanpa permohonan"
	    " —</option>");
	for (i = 0; rows != NULL && i < n; i++) {
		if (rows[i].draft || rows[i].nomor[0] == '\0')
			continue;
		html_printf(&r->out, "<option value=\"%s\"%s>%s – %s</option>",
		    rows[i].nomor,
		    strcmp(sel, rows[i].nomor) == 0 ? " selected" : "",
		    rows[i].nomor, rows[i].layanan_name);
	}
	html_lit(&r->out,
	    "</select><br><small>Petugas loket langsung membuka berkas"
	    " permohonan Anda. Pilih layanan yang sama dengan"
	    " permohonan.</small></p>");
	free(rows);
}

static void
pesan_form(struct req *r, const struct antrian_lokasi *lok)
{
	struct opsi o = { r, req_param(r, "layanan") };
	const char *sesi = req_str(r, "sesi");
	char today[11];

	antrian_tanggal(r->now, today);
	html_lit(&r->out, "<form method=\"post\" action=\"/antrian\">");
	form_csrf(r);
	html_printf(&r->out,
	    "<p><label for=\"f-layanan\">Layanan di %s</label><br>"
	    "<select id=\"f-layanan\" name=\"layanan\" required>",
	    lok->nama);
	(void)antrian_layanan_each(r->store, lok->id, opsi_layanan, &o);
	html_lit(&r->out, "</select></p>");
	pesan_permohonan(r);
	form_field(r, "tanggal", "Tanggal kedatangan", "date",
	    req_param(r, "tanggal") ? req_str(r, "tanggal") : today, NULL,
	    "Hari ini sampai 7 hari ke depan.");
	html_printf(&r->out,
	    "<fieldset><legend>Sesi</legend>"
	    "<p><input type=\"radio\" id=\"sesi-pagi\" name=\"sesi\""
	    " value=\"pagi\"%s> <label for=\"sesi-pagi\">Pagi (check-in"
	    " 07.00–08.15 WIB)</label></p>"
	    "<p><input type=\"radio\" id=\"sesi-siang\" name=\"sesi\""
	    " value=\"siang\"%s> <label for=\"sesi-siang\">Siang (check-in"
	    " 11.00–12.15 WIB)</label></p></fieldset>"
	    "<p><button type=\"submit\" class=\"antrian-tombol\">Pesan"
	    " antrean</button></p></form>",
	    strcmp(sesi, "siang") != 0 ? " checked" : "",
	    strcmp(sesi, "siang") == 0 ? " checked" : "");
}

/* One of the citizen's active bookings, as a list item. */
static void
milik_item(void *arg, const struct antrian_pesanan *p)
{
	struct req *r = arg;

	html_printf(&r->out,
	    "<li><a href=\"/antrian/pesan/%U\">%s</a>: %s, %s, sesi %s</li>",
	    p->kode, p->kode, p->layanan_kode, p->tanggal, p->sesi);
}

/* The citizen's active bookings from today on, if any. */
static void
pesan_milik(struct req *r)
{
	struct buf *b = &r->out;
	size_t mark = b->len, items;

	html_lit(b, "<h2>Pesanan aktif Anda</h2><ul>");
	items = b->len;
	if (antrian_pesan_milik(r->store, r->user, r->now, milik_item, r) !=
		0 ||
	    b->len == items) {
		buf_truncate(b, mark); /* none (or unreadable): no heading */
		return;
	}
	html_lit(b, "</ul>");
}

/* The page, with a notice (kind, text) when text is not NULL. */
static void
pesan_page(struct req *r, const char *kind, const char *text)
{
	struct antrian_lokasi lok;
	int rc;

	if ((rc = antrian_lokasi_get(r->store, LOKASI_BAWAAN, &lok)) != 0) {
		page_error(r, rc > 0 ? 404 : 500,
		    rc > 0 ? msg(M_ANTRIAN_E_LOKASI) : NULL);
		return;
	}
	r->personal = 1;
	layout_begin(r, "Pesan Antrean Daring");
	html_printf(&r->out,
	    "<h1>Pesan Antrean Daring</h1><p>%s. Pesanan bukan nomor antrean:"
	    " lakukan check-in di anjungan pada hari pesanan, mulai 60 menit"
	    " sebelum sampai 15 menit sesudah sesi dimulai, untuk mendapat"
	    " nomor antrean menurut waktu check-in.</p>",
	    lok.nama);
	if (text != NULL)
		notice(r, kind, text);
	if (r->user != NULL && user_has(r, ROLE_WARGA)) {
		pesan_milik(r);
		pesan_form(r, &lok);
	} else
		html_lit(&r->out,
		    "<p><a href=\"/masuk?lanjut=/antrian\">Masuk sebagai"
		    " warga</a> dengan NIK yang sudah diverifikasi untuk"
		    " memesan.</p>");
	html_printf(&r->out,
	    "<p><a href=\"/antrian/layar/%U\">Layar antrean</a> · <a"
	    " href=\"/antrian/kiosk/%U\">Anjungan</a></p>",
	    lok.kode, lok.kode);
	layout_end(r);
}

void
page_antrian_pesan(struct req *r)
{
	pesan_page(r, NULL, NULL);
}

static const char *
status_label(const char *status)
{
	if (strcmp(status, "aktif") == 0)
		return "Aktif: belum check-in";
	if (strcmp(status, "checkin") == 0)
		return "Sudah check-in (nomor antrean diterbitkan)";
	if (strcmp(status, "batal") == 0)
		return "Dibatalkan";
	if (strcmp(status, "kedaluwarsa") == 0)
		return "Kedaluwarsa (tidak check-in)";
	return status;
}

/* Booking p in full: code, its QR while active, service, date, window. */
static void
pesanan_tampil(struct req *r, const struct antrian_pesanan *p)
{
	char jendela[32];
	int m, a, b, aktif = strcmp(p->status, "aktif") == 0;

	m = antrian_sesi_mulai(p->sesi);
	a = m - ANTRIAN_CHECKIN_SEBELUM;
	b = m + ANTRIAN_CHECKIN_SESUDAH;
	snprintf(jendela, sizeof(jendela), "%02d.%02d–%02d.%02d", (a / 60) % 24,
	    a % 60, (b / 60) % 24, b % 60);
	html_printf(&r->out,
	    "<p>Kode pemesanan:</p>"
	    "<p class=\"antrian-nomor\"><strong>%s</strong></p>",
	    p->kode);
	if (aktif) {
		/* the QR says the code alone: a kiosk's scanner types it
		   into the check-in field, as a keyboard would */
		html_lit(&r->out, "<figure class=\"antrian-qr\">");
		html_qr(&r->out, p->kode, "qr-pesan",
		    msg(M_ANTRIAN_PESAN_QR_JUDUL), 160);
		html_printf(&r->out, "<figcaption>%s</figcaption></figure>",
		    msg(M_ANTRIAN_PESAN_QR));
	}
	html_printf(&r->out,
	    "<dl><dt>Status</dt><dd>%s</dd><dt>Layanan</dt><dd>%s</dd>"
	    "<dt>Tanggal</dt><dd>%s, sesi %s</dd><dt>Check-in</dt><dd>%s WIB"
	    " di anjungan (pindai kode QR atau ketik kode di atas)</dd>",
	    status_label(p->status), p->layanan_kode, p->tanggal, p->sesi,
	    jendela);
	if (p->permohonan_id)
		html_printf(&r->out,
		    "<dt>Untuk permohonan</dt><dd><a"
		    " href=\"/permohonan/%U\">%s</a></dd>",
		    p->permohonan_nomor, p->permohonan_nomor);
	html_lit(&r->out, "</dl>");
}

void
page_antrian_pesan_buat(struct req *r)
{
	struct antrian_pesanan p;
	enum antrian_err e;

	e = antrian_pesan_buat(r->store, r->app->secret, r->user, LOKASI_BAWAAN,
	    req_str(r, "layanan"), req_str(r, "tanggal"), req_str(r, "sesi"),
	    req_str(r, "permohonan"), r->addr, r->now, &p);
	if (e != ANTRIAN_OK) {
		r->status = antrian_err_status(e);
		pesan_page(r, "galat", antrian_err_pesan(e));
		return;
	}
	r->personal = 1;
	layout_begin(r, "Pesanan Antrean");
	r->status = 201;
	html_lit(&r->out, "<h1>Pesanan antrean Anda</h1>");
	pesanan_tampil(r, &p);
	html_printf(&r->out,
	    "<p>Pesanan ini dapat dibuka lagi kapan saja di <a"
	    " href=\"/antrian/pesan/%U\">halaman pesanan</a> atau dari"
	    " halaman <a href=\"/antrian\">Pesan Antrean</a>.</p>",
	    p.kode);
	layout_end(r);
}

/* The signed-in citizen's own booking, or 404 (another's too). */
static int
pesanan_milik(struct req *r, struct antrian_pesanan *p)
{
	int rc = antrian_pesan_get(r->store, r->captures[0], p);

	if (rc == 0 && (r->user == NULL || p->account_id != r->who.id))
		rc = 1;
	if (rc != 0) {
		page_error(r, rc > 0 ? 404 : 500,
		    rc > 0 ? msg(M_ANTRIAN_E_PESANAN) : NULL);
		return -1;
	}
	return 0;
}

/* GET /antrian/pesan/{kode}: one's own booking, with a cancel button. */
void
page_antrian_pesanan(struct req *r)
{
	struct antrian_pesanan p;

	if (pesanan_milik(r, &p) != 0)
		return;
	r->personal = 1;
	layout_begin(r, "Pesanan Antrean");
	html_lit(&r->out, "<h1>Pesanan antrean Anda</h1>");
	if (req_param(r, "batal") != NULL)
		notice(r, "ok", msg(M_ANTRIAN_PESAN_DIBATALKAN));
	pesanan_tampil(r, &p);
	if (strcmp(p.status, "aktif") == 0) {
		html_printf(&r->out,
		    "<form method=\"post\" action=\"/antrian/pesan/%U/batal\">",
		    p.kode);
		form_csrf(r);
		html_lit(&r->out,
		    "<p><button type=\"submit\">Batalkan pesanan</button>"
		    " Tempat Anda di kuota sesi itu dilepas untuk warga"
		    " lain.</p></form>");
	}
	html_lit(&r->out,
	    "<p><a href=\"/antrian\">Kembali ke Pesan Antrean</a></p>");
	layout_end(r);
}

/* POST /antrian/pesan/{kode}/batal: cancel one's own active booking. */
void
page_antrian_pesanan_batal(struct req *r)
{
	struct antrian_pesanan p;
	enum antrian_err e;
	char to[64];

	if (pesanan_milik(r, &p) != 0)
		return;
	e = antrian_pesan_batal(r->store, r->user, p.kode, r->addr, r->now);
	if (e != ANTRIAN_OK) {
		page_error(r, antrian_err_status(e), antrian_err_pesan(e));
		return;
	}
	/* the code is 12 letters and digits (kode_new()) */
	snprintf(to, sizeof(to), "/antrian/pesan/%s?batal=1", p.kode);
	req_redirect(r, to);
}

void
page_antrian_kiosk_checkin(struct req *r)
{
	struct antrian_pesanan p;
	struct antrian_tiket t;
	enum antrian_err e;
	int di_depan, rc;

	rc = antrian_pesan_get(r->store, req_str(r, "kode"), &p);
	if (rc == 0 && strcmp(p.lokasi_kode, r->captures[0]) != 0) {
		page_error(r, 409, msg(M_ANTRIAN_CHECKIN_LOKASI));
		return;
	}
	e = antrian_checkin(r->store, req_str(r, "kode"), NULL, r->addr, r->now,
	    &t, &di_depan);
	if (e != ANTRIAN_OK) {
		page_error(r, antrian_err_status(e), antrian_err_pesan(e));
		return;
	}
	antrian_kiosk_tiket(r, &t, di_depan);
}
