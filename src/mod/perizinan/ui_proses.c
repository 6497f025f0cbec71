/*
 * ui_proses.c: a permit application's retribution and deadline clock on
 * the web and in the API (issue 17, doc/perizinan.md, doc/api.md):
 *   POST /api/v1/perizinan/skrd        officer: assess the SKRD
 *   POST /api/v1/perizinan/bayar       officer: record the payment
 *   GET  /api/v1/perizinan/permohonan?nomor=  the clock and the SKRD
 *   GET  /api/v1/perizinan/kinerja     public: fiktif positif per type
 *   GET  /perizinan/skrd?nomor=        the SKRD, printable
 *   GET  /perizinan/status?nomor=      the clock and the SKRD (applicant)
 *   GET  /perizinan/saya               the applicant's open permit
 *                                      applications: days left, SKRD
 *   GET/POST /perizinan/kelola         the unit's permit applications:
 *                                      days left, fiktif positif, SKRD
 * Officers act only in their own unit (proses.c checks again).
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "http/api.h"
#include "http/html.h"
#include "http/layout.h"
#include "http/req.h"
#include "lib/form.h"
#include "lib/msg.h"
#include "lib/when.h"
#include "mod/akun/account.h"
#include "mod/permohonan/permohonan.h"
#include "izin.h"
#include "jenis.h"
#include "proses.h"
#include "sql.h"
#include "ui.h"

static int
status_of(enum skrd_err e)
{
	switch (e) {
	case SKRD_OK:
		return 200;
	case SKRD_NOT_FOUND:
		return 404;
	case SKRD_FORBIDDEN:
		return 403;
	case SKRD_ADA:
	case SKRD_LUNAS:
	case SKRD_TUTUP:
		return 409;
	case SKRD_STORE:
		return 500;
	default:
		return 422;
	}
}

static const char *
kode_of(enum skrd_err e)
{
	switch (e) {
	case SKRD_NOT_FOUND:
		return "tidak_ditemukan";
	case SKRD_FORBIDDEN:
		return "bukan_unit_pemilik";
	case SKRD_BUKAN_IZIN:
		return "bukan_izin";
	case SKRD_TUTUP:
		return "permohonan_tertutup";
	case SKRD_ADA:
		return "skrd_sudah_ada";
	case SKRD_NOL:
		return "tanpa_retribusi";
	case SKRD_BAD_TARIF:
		return "tarif_tidak_sah";
	case SKRD_BAD_JUMLAH:
		return "jumlah_tidak_sah";
	case SKRD_LUNAS:
		return "sudah_dibayar";
	case SKRD_BAD_REF:
		return "referensi_tidak_sah";
	default:
		return "galat_penyimpanan";
	}
}

static void
iso_date(time_t t, char out[11])
{
	int y, m, d;

	when_civil_from_days(when_wib_day(t), &y, &m, &d);
	snprintf(out, 11, "%04d-%02d-%02d", y, m, d);
}

static json_t *
skrd_json(const struct skrd *k)
{
	char dibuat[11], dibayar[11];

	iso_date(k->dibuat_at, dibuat);
	iso_date(k->dibayar_at, dibayar);
	return json_pack("{s:s,s:s,s:s,s:I,s:s,s:s,s:s,s:s,s:s,s:s?,s:s?}",
	    "nomor", k->nomor, "permohonan", k->permohonan, "jenis",
	    k->jenis_kode, "jumlah", (json_int_t)k->jumlah, "rincian",
	    k->rincian, "jatuh_tempo", k->jatuh_tempo, "dasar_hukum",
	    k->dasar_hukum, "tanggal", dibuat, "status",
	    k->dibayar_at != 0 ? "lunas" : "menunggu_pembayaran", "dibayar",
	    k->dibayar_at != 0 ? dibayar : NULL, "referensi",
	    k->dibayar_at != 0 ? k->referensi : NULL);
}

/* A JSON member as text: a string as it is, an integer in digits. */
static const char *
member(json_t *o, const char *key, char *tmp, size_t size)
{
	json_t *v = json_object_get(o, key);

	if (json_is_string(v))
		return json_string_value(v);
	if (json_is_integer(v)) {
		snprintf(tmp, size, "%lld", (long long)json_integer_value(v));
		return tmp;
	}
	return NULL;
}

void
api_perizinan_skrd(struct req *r)
{
	json_t *in = api_body(r);
	char h[24], j[24];
	struct skrd k;
	enum skrd_err e;

	if (in == NULL)
		return;
	e = skrd_tetapkan(r->store, r->user,
	    json_string_value(json_object_get(in, "permohonan")),
	    json_string_value(json_object_get(in, "zona")),
	    member(in, "hari", h, sizeof(h)),
	    member(in, "jumlah", j, sizeof(j)), r->addr, r->now, &k);
	json_decref(in);
	if (e != SKRD_OK) {
		api_error(r, status_of(e), kode_of(e), skrd_err_text(e));
		return;
	}
	api_send(r, 201, skrd_json(&k));
}

void
api_perizinan_bayar(struct req *r)
{
	json_t *in = api_body(r);
	struct skrd k;
	enum skrd_err e;

	if (in == NULL)
		return;
	e = skrd_bayar(r->store, r->user,
	    json_string_value(json_object_get(in, "skrd")),
	    json_string_value(json_object_get(in, "referensi")), r->addr,
	    r->now, &k);
	json_decref(in);
	if (e != SKRD_OK) {
		api_error(r, status_of(e), kode_of(e), skrd_err_text(e));
		return;
	}
	api_send(r, 200, skrd_json(&k));
}

static json_t *
jam_json(const struct izin_jam *j)
{
	return json_pack("{s:i,s:i,s:i,s:s,s:s,s:b}", "batas_hari_kerja",
	    j->batas, "hari_terpakai", j->terpakai, "sisa_hari_kerja", j->sisa,
	    "jam",
	    j->selesai	      ? "selesai"
		: j->berhenti ? "berhenti"
			      : "berjalan",
	    "sebab_berhenti", j->sebab, "fiktif_positif", j->fiktif);
}

/* The application ?nomor= visible to the viewer: its id, or 0 after a
 * 404 (api) or nothing (page: the caller shows it). */
static int64_t
visible_nomor(struct req *r)
{
	const char *nomor = req_str(r, "nomor");
	int64_t id;

	if (strlen(nomor) == 0 || strlen(nomor) > 63 ||
	    (id = permohonan_id_nomor(r->store, nomor)) <= 0 ||
	    !permohonan_visible(r->store, r->user, id))
		return 0;
	return id;
}

void
api_perizinan_permohonan(struct req *r)
{
	struct izin_jam j;
	struct skrd k;
	int64_t id = visible_nomor(r);
	int rc;

	if (id == 0 || (rc = izin_jam_hitung(r->store, id, r->now, &j)) == 1) {
		api_error(r, 404, "tidak_ditemukan", msg(M_SKRD_NOT_FOUND));
		return;
	}
	if (rc < 0 || (rc = skrd_of(r->store, id, &k)) < 0) {
		api_error(r, 500, "galat_penyimpanan", msg(M_IZIN_STORE));
		return;
	}
	api_send(r, 200,
	    json_pack("{s:s,s:s,s:o,s:o}", "permohonan", req_str(r, "nomor"),
		"jenis", j.jenis_kode, "tenggat", jam_json(&j), "skrd",
		rc == 0 ? skrd_json(&k) : json_null()));
}

/* "2026-03-01" as "1 Maret 2026". */
static void
tanggal(struct buf *b, const char *iso)
{
	int y, m, d;

	if (sscanf(iso, "%4d-%2d-%2d", &y, &m, &d) != 3 || m < 1 || m > 12) {
		html_printf(b, "%s", iso);
		return;
	}
	html_printf(b, "%d %s %d", d, when_bulan[m - 1], y);
}

static void
skrd_table(struct buf *b, const struct skrd *k)
{
	char d[11];

	html_printf(b,
	    "<dl class=\"ringkas\"><dt>Nomor SKRD</dt><dd>%s</dd>"
	    "<dt>Permohonan</dt><dd>%s</dd><dt>Jenis izin</dt><dd>%s</dd>"
	    "<dt>Jumlah retribusi</dt><dd>",
	    k->nomor, k->permohonan,
	    izin_jenis_nama(k->jenis_kode) != NULL
		? izin_jenis_nama(k->jenis_kode)
		: k->jenis_kode);
	html_rupiah(b, k->jumlah);
	html_printf(b, "</dd><dt>Rincian</dt><dd>%s</dd><dt>Tanggal</dt><dd>",
	    k->rincian);
	iso_date(k->dibuat_at, d);
	tanggal(b, d);
	html_lit(b, "</dd><dt>Jatuh tempo</dt><dd>");
	tanggal(b, k->jatuh_tempo);
	html_printf(b,
	    "</dd><dt>Dasar hukum</dt><dd>%s</dd><dt>Status</dt><dd>",
	    k->dasar_hukum);
	if (k->dibayar_at != 0) {
		iso_date(k->dibayar_at, d);
		html_lit(b, "Lunas, dibayar ");
		tanggal(b, d);
		html_printf(b, " (referensi %s)", k->referensi);
	} else
		html_lit(b, "Menunggu pembayaran");
	html_lit(b, "</dd></dl>");
}

void
page_perizinan_skrd(struct req *r)
{
	struct buf *b = &r->out;
	struct skrd k;
	int rc;

	rc = skrd_lihat(r->store, r->user, req_str(r, "nomor"), &k);
	layout_begin(r, "Surat Ketetapan Retribusi Daerah");
	if (rc != 0) {
		r->status = rc < 0 ? 500 : 404;
		notice(r, "galat",
		    rc < 0 ? msg(M_IZIN_STORE) : msg(M_SKRD_NOT_FOUND));
		layout_end(r);
		return;
	}
	html_lit(b,
	    "<h1>Surat Ketetapan Retribusi Daerah (SKRD)</h1>"
	    "<p>Pemerintah Kabupaten Siak. Bayarkan jumlah di bawah ini"
	    " sebelum jatuh tempo melalui bank yang ditunjuk, lalu serahkan"
	    " bukti setor kepada petugas. Proses izin berhenti sampai"
	    " pembayaran tercatat.</p>");
	skrd_table(b, &k);
	html_printf(b,
	    "<p class=\"tanpa-cetak\">Gunakan perintah cetak peramban untuk"
	    " mencetak surat ini. <a href=\"/perizinan/status?nomor=%U\">"
	    "Lihat status permohonan</a>.</p>",
	    k.permohonan);
	layout_end(r);
}

static void
jam_text(struct buf *b, const struct izin_jam *j)
{
	if (j->fiktif)
		html_printf(b,
		    "<strong>Fiktif positif</strong>: batas %d hari kerja"
		    " terlewati tanpa keputusan; permohonan dianggap"
		    " dikabulkan (PP 28/2025).",
		    j->batas);
	else if (j->selesai)
		html_printf(b, "Selesai dalam %d dari %d hari kerja.",
		    j->terpakai, j->batas);
	else if (j->lewat)
		html_printf(b, "Melewati batas %d hari kerja (terpakai %d).",
		    j->batas, j->terpakai);
	else
		html_printf(b, "Sisa %d dari %d hari kerja.", j->sisa,
		    j->batas);
	if (j->berhenti)
		html_printf(b, " Waktu berhenti: %s.", j->sebab);
}

void
page_perizinan_status(struct req *r)
{
	struct buf *b = &r->out;
	struct izin_jam j;
	struct skrd k;
	int64_t id = visible_nomor(r);
	int rc = -2;

	if (id != 0)
		rc = izin_jam_hitung(r->store, id, r->now, &j);
	layout_begin(r, "Status Permohonan Izin");
	html_lit(b, "<h1>Status Permohonan Izin</h1>");
	if (rc != 0) {
		r->status = rc == -1 ? 500 : 404;
		notice(r, "galat",
		    rc == -1 ? msg(M_IZIN_STORE) : msg(M_SKRD_NOT_FOUND));
		layout_end(r);
		return;
	}
	html_printf(b,
	    "<p>Permohonan %s. Batas waktu pelayanan: ", req_str(r, "nomor"));
	jam_text(b, &j);
	html_lit(b, "</p>");
	if (user_has(r, ROLE_WARGA))
		html_lit(b,
		    "<p><a href=\"/perizinan/saya\">Semua permohonan izin"
		    " saya</a></p>");
	if (skrd_of(r->store, id, &k) == 0) {
		html_lit(b, "<h2>Retribusi</h2>");
		skrd_table(b, &k);
		html_printf(b,
		    "<p><a href=\"/perizinan/skrd?nomor=%U\">Buka SKRD untuk"
		    " dicetak</a></p>",
		    k.nomor);
	}
	layout_end(r);
}

static void
kelola_show(struct req *r, const char *err, const char *done)
{
	struct buf *b = &r->out;
	struct perizinan_open *o = NULL;
	struct izin_jam j;
	struct skrd k;
	size_t i, n = 0;
	int any = 0;

	layout_begin(r, "Kelola Permohonan Izin");
	html_printf(b,
	    "<h1>Permohonan Izin: %s</h1><p>Permohonan izin yang sedang"
	    " ditangani unit Anda, dengan sisa batas waktu dalam hari kerja."
	    " Waktu berhenti selama menunggu perbaikan atau pembayaran"
	    " retribusi oleh pemohon. Permohonan yang melewati batas tanpa"
	    " keputusan ditandai fiktif positif.</p>",
	    r->user->unit_name);
	if (err != NULL)
		notice(r, "galat", err);
	if (done != NULL)
		notice(r, "sukses", done);
	if (perizinan_sql_open(r->store, r->user->unit_id, 0, &o, &n) != 0) {
		notice(r, "galat", msg(M_IZIN_STORE));
		n = 0;
	}
	for (i = 0; i < n; i++) {
		if (jenis_of_layanan(o[i].layanan) == NULL ||
		    izin_jam_hitung(r->store, o[i].id, r->now, &j) != 0)
			continue;
		if (!any)
			html_lit(b,
			    "<div class=\"tabel-gulir\" tabindex=\"0\""
			    " role=\"region\" aria-label=\"Permohonan izin\">"
			    "<table><caption>Permohonan izin terbuka</caption>"
			    "<thead><tr><th scope=\"col\">Nomor</th>"
			    "<th scope=\"col\">Jenis</th><th scope=\"col\">"
			    "Batas waktu</th><th scope=\"col\">Retribusi</th>"
			    "</tr></thead><tbody>");
		any = 1;
		html_printf(b,
		    "<tr%s><td><a href=\"/perizinan/status?nomor=%U\">%s</a>"
		    "</td><td>%s</td><td>",
		    j.fiktif || j.lewat ? " class=\"terlambat\"" : "",
		    o[i].nomor, o[i].nomor, j.jenis_kode);
		jam_text(b, &j);
		html_lit(b, "</td><td>");
		if (skrd_of(r->store, o[i].id, &k) == 0) {
			html_printf(b,
			    "<a href=\"/perizinan/skrd?nomor=%U\">%s</a> ",
			    k.nomor, k.nomor);
			html_rupiah(b, k.jumlah);
			if (k.dibayar_at != 0)
				html_lit(b, " lunas");
			else
				html_lit(b, " menunggu pembayaran");
		} else
			html_lit(b, "belum ditetapkan");
		html_lit(b, "</td></tr>");
	}
	free(o);
	if (any)
		html_lit(b, "</tbody></table></div>");
	else
		notice(r, "info",
		    "Tidak ada permohonan izin terbuka di unit Anda.");
	html_lit(b,
	    "<h2>Tetapkan retribusi (SKRD)</h2><form method=\"post\""
	    " action=\"/perizinan/kelola\" class=\"formulir\">"
	    "<input type=\"hidden\" name=\"aksi\" value=\"skrd\">");
	form_csrf(r);
	form_field(r, "permohonan", "Nomor permohonan", "text", NULL, NULL,
	    NULL);
	form_field(r, "zona", "Zona (reklame)", "text", NULL, NULL,
	    "A, B, atau C");
	form_field(r, "hari", "Lama pemasangan (hari, reklame)", "numeric",
	    NULL, NULL, NULL);
	form_field(r, "jumlah", "Jumlah dari penilaian teknis (rupiah)",
	    "numeric", NULL, NULL,
	    "untuk jenis izin tanpa rumus tarif, misalnya PBG");
	html_lit(b,
	    "<button type=\"submit\">Tetapkan SKRD</button></form>"
	    "<h2>Catat pembayaran</h2><form method=\"post\""
	    " action=\"/perizinan/kelola\" class=\"formulir\">"
	    "<input type=\"hidden\" name=\"aksi\" value=\"bayar\">");
	form_csrf(r);
	form_field(r, "skrd", "Nomor SKRD", "text", NULL, NULL, NULL);
	form_field(r, "referensi", "Referensi pembayaran", "text", NULL, NULL,
	    "nomor bukti setor bank atau kode bayar");
	html_lit(b, "<button type=\"submit\">Catat pembayaran</button></form>");
	layout_end(r);
}

void
page_perizinan_kelola(struct req *r)
{
	kelola_show(r, NULL,
	    req_param(r, "skrd") != NULL	? "SKRD telah ditetapkan."
		: req_param(r, "bayar") != NULL ? "Pembayaran telah dicatat."
						: NULL);
}

void
page_perizinan_kelola_post(struct req *r)
{
	struct skrd k;
	enum skrd_err e;
	int bayar = strcmp(req_str(r, "aksi"), "bayar") == 0;

	if (bayar)
		e = skrd_bayar(r->store, r->user, req_str(r, "skrd"),
		    req_str(r, "referensi"), r->addr, r->now, &k);
	else
		e = skrd_tetapkan(r->store, r->user, req_str(r, "permohonan"),
		    req_param(r, "zona"), req_param(r, "hari"),
		    req_param(r, "jumlah"), r->addr, r->now, &k);
	if (e == SKRD_OK) {
		req_redirect(r,
		    bayar ? "/perizinan/kelola?bayar=1"
			  : "/perizinan/kelola?skrd=1");
		return;
	}
	r->status = status_of(e);
	kelola_show(r, skrd_err_text(e), NULL);
}

static void
kinerja_row(void *arg, const char *kode, int64_t n)
{
	json_t *t = jenis_get(kode);

	json_array_append_new(arg,
	    json_pack("{s:s,s:s,s:O,s:I}", "jenis_kode", kode, "jenis",
		json_string_value(json_object_get(t, "nama")),
		"batas_hari_kerja", json_object_get(t, "batas_hari_kerja"),
		"fiktif_positif", (json_int_t)n));
}

void
api_perizinan_kinerja(struct req *r)
{
	json_t *data = json_array();

	if (izin_fiktif_rekap(r->store, kinerja_row, data) != 0) {
		json_decref(data);
		api_error(r, 500, "galat_penyimpanan", msg(M_IZIN_STORE));
		return;
	}
	api_send(r, 200, json_pack("{s:o}", "data", data));
}

void
page_perizinan_saya(struct req *r)
{
	struct buf *b = &r->out;
	struct perizinan_open *o = NULL;
	struct izin_jam j;
	struct skrd k;
	size_t i, n = 0;
	int any = 0;

	layout_begin(r, "Permohonan Izin Saya");
	html_lit(b,
	    "<h1>Permohonan Izin Saya</h1><p>Permohonan izin Anda yang"
	    " sedang diproses, dengan sisa batas waktu pelayanan dalam hari"
	    " kerja dan retribusi yang harus dibayar. Waktu berhenti selama"
	    " permohonan menunggu perbaikan atau pembayaran dari Anda.</p>");
	if (perizinan_sql_open(r->store, 0, r->user->id, &o, &n) != 0) {
		notice(r, "galat", msg(M_IZIN_STORE));
		n = 0;
	}
	for (i = 0; i < n; i++) {
		if (jenis_of_layanan(o[i].layanan) == NULL ||
		    izin_jam_hitung(r->store, o[i].id, r->now, &j) != 0)
			continue;
		if (!any)
			html_lit(b, "<ul>");
		any = 1;
		html_printf(b,
		    "<li><a href=\"/perizinan/status?nomor=%U\">%s</a> (%s): ",
		    o[i].nomor, o[i].nomor,
		    izin_jenis_nama(j.jenis_kode) != NULL
			? izin_jenis_nama(j.jenis_kode)
			: j.jenis_kode);
		jam_text(b, &j);
		if (skrd_of(r->store, o[i].id, &k) == 0) {
			html_printf(b,
			    " SKRD <a href=\"/perizinan/skrd?nomor=%U\">%s</a> ",
			    k.nomor, k.nomor);
			html_rupiah(b, k.jumlah);
			if (k.dibayar_at != 0)
				html_lit(b, ", lunas.");
			else
				html_lit(b, ", menunggu pembayaran.");
		}
		html_lit(b, "</li>");
	}
	free(o);
	if (any)
		html_lit(b, "</ul>");
	else
		notice(r, "info",
		    "Tidak ada permohonan izin Anda yang sedang diproses.");
	layout_end(r);
}
