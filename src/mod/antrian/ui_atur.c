/*
 * ui_atur.c: the administrators' pages of the queue's data (issue 16,
 * "model as data"): GET /admin/antrian lists the sites; GET
 * /admin/antrian/{lokasi} shows a site's settings and services; POST
 * /admin/antrian/{lokasi} stores the site's name, address, cut-off and
 * hours (superadmin); POST /admin/antrian/{lokasi}/layanan/{kode} a
 * service's quotas and whether it takes tickets (admin of the agency's
 * unit, or superadmin).  The rules are in atur.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/msg.h"
#include "lib/xalloc.h"
#include "http/layout.h"
#include "http/pages.h"
#include "mod/akun/account.h"
#include "antrian.h"
#include "ui.h"

static const char *const hari[7] = { "Senin", "Selasa", "Rabu", "Kamis",
	"Jumat", "Sabtu", "Minggu" };

/* The site list's walk. */
static void
lokasi_item(void *arg, const char *kode, const char *nama)
{
	struct req *r = arg;

	html_printf(&r->out,
	    "<li><a href=\"/admin/antrian/%U\">%s</a> <span"
	    " class=\"meta\">(%s)</span></li>",
	    kode, nama, kode);
}

void
page_antrian_atur_list(struct req *r)
{
	layout_begin(r, "Pengaturan Antrean");
	html_lit(&r->out,
	    "<nav aria-label=\"Remah roti\"><a href=\"/admin\">Admin</a> ›"
	    " Antrean</nav><h1>Pengaturan Antrean</h1><p>Pilih lokasi"
	    " pelayanan untuk mengatur jam layanan, batas pengambilan nomor,"
	    " dan kuota setiap layanan.</p><ul class=\"daftar\">");
	if (antrian_lokasi_each(r->store, lokasi_item, r) != 0) {
		page_error(r, 500, NULL);
		return;
	}
	html_lit(&r->out, "</ul>");
	layout_end(r);
}

/* "HH:MM" of minutes m, "" when closed (m < 0). */
static void
jam_teks(int m, char out[6])
{
	if (m < 0)
		*out = '\0';
	else
		snprintf(out, 6, "%02d:%02d", (m / 60) % 24, m % 60);
}

/* One text input with its label and error. */
static void
isian(struct req *r, const char *id, const char *name, const char *label,
    const char *type, const char *value, const char *err)
{
	html_printf(&r->out,
	    "<div class=\"isian%s\"><label for=\"%s\">%s</label>",
	    err ? " salah" : "", id, label);
	if (err != NULL)
		html_printf(&r->out,
		    "<p class=\"pesan-galat\" id=\"e-%s\">%s</p>", id, err);
	html_printf(&r->out,
	    "<input id=\"%s\" name=\"%s\" type=\"%s\" value=\"%s\"", id, name,
	    type, value);
	if (err != NULL)
		html_printf(&r->out,
		    " aria-invalid=\"true\" aria-describedby=\"e-%s\"", id);
	html_lit(&r->out, "></div>");
}

/* The site's form; from the request (after a refusal) when fe is set. */
static void
lokasi_form(struct req *r, const struct antrian_lokasi *l,
    const struct field_errs *fe)
{
	struct buf *b = &r->out;
	char name[24], id[32], v[6];
	const char *val;
	int d, k;

	html_printf(b,
	    "<form method=\"post\" action=\"/admin/antrian/%U\""
	    " class=\"formulir\" novalidate>",
	    l->kode);
	form_csrf(r);
	form_errors(r, fe);
	isian(r, "f-nama", "nama", "Nama lokasi", "text",
	    fe ? req_str(r, "nama") : l->nama, field_err_get(fe, "nama"));
	isian(r, "f-alamat", "alamat", "Alamat", "text",
	    fe ? req_str(r, "alamat") : l->alamat, field_err_get(fe, "alamat"));
	isian(r, "f-batas", "batas",
	    "Batas pengambilan nomor setiap hari (JJ:MM, kosong bila tidak ada)",
	    "time", fe ? req_str(r, "batas") : l->batas_ambil,
	    field_err_get(fe, "batas"));
	html_printf(b,
	    "<div class=\"isian\"><label class=\"pilihan\"><input"
	    " type=\"checkbox\" name=\"jam_berlaku\" value=\"1\"%s>Jam layanan"
	    " dan batas pengambilan berlaku (tanpa centang: nomor dapat diambil"
	    " kapan saja)</label></div>",
	    (fe ? strcmp(req_str(r, "jam_berlaku"), "1") == 0 : l->jam_berlaku)
		? " checked"
		: "");
	html_lit(b,
	    "<fieldset class=\"isian\"><legend>Jam layanan (WIB)</legend><p"
	    " class=\"petunjuk\">Kosongkan jam buka dan jam tutup bila lokasi"
	    " tutup pada hari itu. Hari libur diambil dari kalender hari libur"
	    " kabupaten.</p><table class=\"tabel\"><thead><tr><th"
	    " scope=\"col\">Hari</th><th scope=\"col\">Buka</th><th"
	    " scope=\"col\">Tutup</th></tr></thead><tbody>");
	for (d = 0; d < 7; d++) {
		html_printf(b, "<tr><th scope=\"row\">%s</th>", hari[d]);
		for (k = 0; k < 2; k++) {
			snprintf(name, sizeof(name), "%s%d",
			    k == 0 ? "buka" : "tutup", d + 1);
			snprintf(id, sizeof(id), "f-%s", name);
			jam_teks(k == 0 ? l->buka[d] : l->tutup[d], v);
			val = fe ? req_str(r, name) : v;
			html_printf(b,
			    "<td><label class=\"sr\" for=\"%s\">%s %s</label>"
			    "<input id=\"%s\" name=\"%s\" type=\"time\""
			    " value=\"%s\"%s>",
			    id, k == 0 ? "Buka" : "Tutup", hari[d], id, name,
			    val,
			    field_err_get(fe, name) ? " aria-invalid=\"true\""
						    : "");
			if (field_err_get(fe, name) != NULL)
				html_printf(b,
				    "<p class=\"pesan-galat\">%s</p>",
				    field_err_get(fe, name));
			html_lit(b, "</td>");
		}
		html_lit(b, "</tr>");
	}
	html_lit(b,
	    "</tbody></table></fieldset><button type=\"submit\">Simpan"
	    " pengaturan lokasi</button></form>");
}

/* The read-only view of a site for an admin of one unit. */
static void
lokasi_lihat(struct req *r, const struct antrian_lokasi *l)
{
	struct buf *b = &r->out;
	char bu[6], tu[6];
	int d;

	html_printf(b,
	    "<p>Lokasi dan jam layanan diatur oleh superadmin kabupaten.</p>"
	    "<dl><dt>Alamat</dt><dd>%s</dd><dt>Batas pengambilan nomor</dt>"
	    "<dd>%s</dd><dt>Jam layanan</dt><dd>%s</dd></dl><ul>",
	    *l->alamat ? l->alamat : "-",
	    *l->batas_ambil ? l->batas_ambil : "tidak ada",
	    l->jam_berlaku ? "berlaku" : "tidak diberlakukan");
	for (d = 0; d < 7; d++) {
		jam_teks(l->buka[d], bu);
		jam_teks(l->tutup[d], tu);
		if (*bu)
			html_printf(b, "<li>%s: %s–%s</li>", hari[d], bu, tu);
		else
			html_printf(b, "<li>%s: tutup</li>", hari[d]);
	}
	html_lit(b, "</ul>");
}

/* The services' walk: a form per service the admin may change. */
struct layanan_walk {
	struct req *r;
	const char *lokasi;
	const char *gagal; /* the service refused last, or NULL */
	const struct field_errs *fe;
	int n;
};

static void
layanan_item(void *arg, const struct antrian_layanan *v)
{
	struct layanan_walk *w = arg;
	struct req *r = w->r;
	struct buf *b = &r->out;
	const struct field_errs *fe =
	    w->gagal && strcmp(w->gagal, v->kode) == 0 ? w->fe : NULL;
	char id[64], lp[96], ls[96], pagi[12], siang[12];
	int aktif;

	w->n++;
	html_printf(b,
	    "<section class=\"kotak\" id=\"l-%s\"><h3>%s — %s</h3><p"
	    " class=\"meta\">%s · awalan nomor %s",
	    v->kode, v->kode, v->nama, v->instansi, v->prefix);
	if (!v->aktif)
		html_lit(b, " · <strong>nonaktif</strong>");
	html_lit(b, "</p>");
	if (!account_may_admin(r->user, v->unit_id)) {
		html_printf(b,
		    "<p>Kuota pagi %d, siang %d (0 berarti tanpa batas). Diatur"
		    " oleh admin %s.</p></section>",
		    v->kuota_pagi, v->kuota_siang,
		    v->unit_id ? "unit instansi ini" : "superadmin");
		return;
	}
	snprintf(pagi, sizeof(pagi), "%d", v->kuota_pagi);
	snprintf(siang, sizeof(siang), "%d", v->kuota_siang);
	aktif = fe ? strcmp(req_str(r, "aktif"), "1") == 0 : v->aktif;
	html_printf(b,
	    "<form method=\"post\" action=\"/admin/antrian/%U/layanan/%U\""
	    " class=\"formulir\" novalidate>",
	    w->lokasi, v->kode);
	form_csrf(r);
	snprintf(id, sizeof(id), "f-%s-pagi", v->kode);
	snprintf(lp, sizeof(lp), "Kuota sesi pagi (0 tanpa batas)");
	isian(r, id, "kuota_pagi", lp, "number",
	    fe ? req_str(r, "kuota_pagi") : pagi,
	    field_err_get(fe, "kuota_pagi"));
	snprintf(id, sizeof(id), "f-%s-siang", v->kode);
	snprintf(ls, sizeof(ls), "Kuota sesi siang (0 tanpa batas)");
	isian(r, id, "kuota_siang", ls, "number",
	    fe ? req_str(r, "kuota_siang") : siang,
	    field_err_get(fe, "kuota_siang"));
	html_printf(b,
	    "<div class=\"isian\"><label class=\"pilihan\"><input"
	    " type=\"checkbox\" name=\"aktif\" value=\"1\"%s>Menerima nomor"
	    " antrean dan pemesanan</label></div><button"
	    " type=\"submit\">Simpan layanan %s</button></form></section>",
	    aktif ? " checked" : "", v->kode);
}

/* The whole page of site kode; gagal/fe: a refused service form. */
static void
atur_page(struct req *r, const char *kode, int lokasi_gagal, const char *gagal,
    const struct field_errs *fe)
{
	struct antrian_lokasi l;
	struct layanan_walk w = { r, kode, gagal, fe, 0 };
	int rc;

	if ((rc = antrian_lokasi_get(r->store, kode, &l)) != 0) {
		page_error(r, rc > 0 ? 404 : 500,
		    rc > 0 ? msg(M_ANTRIAN_E_LOKASI) : NULL);
		return;
	}
	layout_begin(r, "Pengaturan Antrean");
	html_printf(&r->out,
	    "<nav aria-label=\"Remah roti\"><a href=\"/admin\">Admin</a> ›"
	    " <a href=\"/admin/antrian\">Antrean</a> › %s</nav>"
	    "<h1>Pengaturan Antrean: %s</h1>",
	    l.kode, l.nama);
	if (req_param(r, "disimpan") != NULL)
		notice(r, "sukses", msg(M_ANTRIAN_ATUR_DISIMPAN));
	html_lit(&r->out, "<h2>Lokasi dan jam layanan</h2>");
	if (account_may_admin(r->user, 0))
		lokasi_form(r, &l, lokasi_gagal ? fe : NULL);
	else
		lokasi_lihat(r, &l);
	html_lit(&r->out,
	    "<h2>Layanan dan kuota</h2><p>Kuota dihitung per sesi (pagi"
	    " sebelum pukul 12.00 WIB, siang sesudahnya) dan mencakup"
	    " pemesanan daring yang masih aktif.</p>");
	if (antrian_layanan_semua(r->store, l.id, layanan_item, &w) != 0) {
		page_error(r, 500, NULL);
		return;
	}
	layout_end(r);
}

void
page_antrian_atur(struct req *r)
{
	atur_page(r, r->captures[0], 0, NULL, NULL);
}

/* The answer to a refused or failed change. */
static void
atur_gagal(struct req *r, enum antrian_err e, int lokasi, const char *layanan,
    const struct field_errs *fe)
{
	if (e == ANTRIAN_E_INPUT) {
		r->status = 422;
		atur_page(r, r->captures[0], lokasi, layanan, fe);
		return;
	}
	page_error(r, antrian_err_status(e), antrian_err_pesan(e));
}

void
page_antrian_atur_lokasi(struct req *r)
{
	struct antrian_atur_lokasi in;
	struct field_errs fe;
	char name[24];
	enum antrian_err e;
	char *loc;
	int d;

	memset(&in, 0, sizeof(in));
	memset(&fe, 0, sizeof(fe));
	in.nama = req_str(r, "nama");
	in.alamat = req_str(r, "alamat");
	in.batas = req_str(r, "batas");
	in.jam_berlaku = strcmp(req_str(r, "jam_berlaku"), "1") == 0;
	for (d = 0; d < 7; d++) {
		snprintf(name, sizeof(name), "buka%d", d + 1);
		in.buka[d] = req_str(r, name);
		snprintf(name, sizeof(name), "tutup%d", d + 1);
		in.tutup[d] = req_str(r, name);
	}
	e = antrian_lokasi_atur(r->store, r->user, r->addr, r->captures[0], &in,
	    &fe);
	if (e != ANTRIAN_OK) {
		atur_gagal(r, e, 1, NULL, &fe);
		return;
	}
	loc = xasprintf("/admin/antrian/%s?disimpan=1", r->captures[0]);
	req_redirect(r, loc);
	free(loc);
}

void
page_antrian_atur_layanan(struct req *r)
{
	struct field_errs fe;
	enum antrian_err e;
	char *loc;

	memset(&fe, 0, sizeof(fe));
	e = antrian_layanan_atur(r->store, r->user, r->addr, r->captures[0],
	    r->captures[1], req_str(r, "kuota_pagi"), req_str(r, "kuota_siang"),
	    strcmp(req_str(r, "aktif"), "1") == 0, &fe);
	if (e != ANTRIAN_OK) {
		atur_gagal(r, e, 0, r->captures[1], &fe);
		return;
	}
	loc = xasprintf("/admin/antrian/%s?disimpan=1#l-%s", r->captures[0],
	    r->captures[1]);
	req_redirect(r, loc);
	free(loc);
}
