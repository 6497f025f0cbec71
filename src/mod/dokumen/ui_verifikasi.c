/*
 * verifikasi.c: public verification of signed documents (issue 4):
 * GET /v/<kode> (the page the QR code opens), GET /verifikasi (enter a
 * code or upload any file), GET /api/v1/verifikasi/<kode> (JSON).
 *
 * Shown: status (sah / dicabut / digantikan, with when, by which
 * position, why, and the replacing document), document type, nomor surat,
 * date, issuing unit, signer name and position, the applicant's name as
 * printed on the letter, SHA-256 of the file, the signer certificate's
 * fingerprint, who issued that certificate (the regency CA or BSrE) and
 * whether the signature is certified (PP 71/2019 art. 60), and the
 * transparency-log index with its inclusion check.  The upload check
 * trusts the regency root and the BSrE roots of DATA/bsre.conf's akar.
 * Never the NIK nor any other field of the application.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "dokumen.h"
#include "dokumen_check.h"
#include "mod/bsre/bsre.h"
#include "mod/tlog/tlog.h"
#include "lib/msg.h"
#include "lib/multipart.h"
#include "lib/when.h"
#include "lib/xalloc.h"
#include "http/api.h"
#include "mod/permohonan/permohonan_html.h"
#include "http/layout.h"
#include "http/pages.h"
#include "ui.h"
#include "verifikasi.h"

const char *
verif_status_label(const char *status)
{
	if (strcmp(status, "sah") == 0)
		return "Sah";
	if (strcmp(status, "dicabut") == 0)
		return "Dicabut";
	return "Digantikan";
}

/* Inclusion of idx: 1 checks out (*size), 0 not yet covered, -1 fails. */
static int
inclusion(struct req *r, int64_t idx, int64_t *size)
{
	*size = 0;
	if (idx < 0)
		return 0;
	return tlog_check_inclusion(r->store, r->app->data_dir, idx, size);
}

static void
status_box(struct buf *b, const struct dokumen *d)
{
	if (strcmp(d->status, "sah") == 0) {
		html_lit(b,
		    "<div class=\"kotak sukses status-dokumen\""
		    " role=\"status\"><p class=\"status-besar\">Sah</p><p>Dokumen"
		    " ini terdaftar, ditandatangani secara elektronik oleh pejabat"
		    " yang berwenang, dan tidak dicabut.</p></div>");
		return;
	}
	if (strcmp(d->status, "dicabut") == 0) {
		html_lit(b,
		    "<div class=\"kotak galat status-dokumen\""
		    " role=\"status\"><p class=\"status-besar\">Dicabut</p>"
		    "<p>Dokumen ini telah dicabut dan tidak berlaku lagi.</p><dl>"
		    "<dt>Waktu pencabutan</dt><dd>");
		permohonan_time_write(b, d->ended_at);
		html_printf(b,
		    "</dd><dt>Dicabut oleh</dt><dd>%s</dd><dt>Alasan"
		    "</dt><dd>%s</dd></dl></div>",
		    d->ended_position, d->ended_reason);
		return;
	}
	html_lit(b,
	    "<div class=\"kotak galat status-dokumen\" role=\"status\">"
	    "<p class=\"status-besar\">Digantikan</p><p>Dokumen ini telah"
	    " digantikan oleh dokumen perbaikan dan tidak berlaku lagi.</p><dl>"
	    "<dt>Digantikan oleh</dt><dd>");
	html_printf(b, "<a href=\"/v/%U\">%s</a>", d->superseded_by,
	    d->superseded_by);
	html_lit(b, "</dd><dt>Waktu</dt><dd>");
	permohonan_time_write(b, d->ended_at);
	html_printf(b,
	    "</dd><dt>Oleh</dt><dd>%s</dd><dt>Alasan</dt><dd>%s"
	    "</dd></dl></div>",
	    d->ended_position, d->ended_reason);
}

void
verif_details(struct req *r, const struct dokumen *d)
{
	struct buf *b = &r->out;
	int64_t size;
	int inc;

	html_lit(b, "<dl class=\"rincian\"><dt>Kode verifikasi</dt><dd><code>");
	html_printf(b,
	    "%s</code></dd><dt>Jenis dokumen</dt><dd>%s</dd>"
	    "<dt>Nomor surat</dt><dd>%s</dd><dt>Tanggal ditandatangani</dt>"
	    "<dd>",
	    d->kode, d->judul, d->nomor_surat);
	permohonan_time_write(b, d->signed_at);
	html_printf(b,
	    "</dd><dt>Unit penerbit</dt><dd>%s</dd><dt>Penanda"
	    " tangan</dt><dd>%s</dd><dt>Jabatan</dt><dd>%s</dd><dt>Diterbitkan"
	    " untuk</dt><dd>%s</dd><dt>SHA-256 berkas</dt><dd><code"
	    " class=\"hash\">%s</code></dd><dt>Sidik jari sertifikat (SHA-256)"
	    "</dt><dd><code class=\"hash\">%s</code></dd>",
	    d->unit_name, d->signer_name, d->signer_position, d->pemohon_name,
	    d->sha256, d->cert_sha256);
	html_printf(b,
	    "<dt>Penerbit sertifikat</dt><dd>%s</dd><dt>Jenis tanda"
	    " tangan</dt><dd>%s</dd>",
	    dokumen_penerbit_label(d->penerbit),
	    dokumen_jenis_ttd(d->penerbit));
	if (*d->supersedes != '\0')
		html_printf(b,
		    "<dt>Menggantikan</dt><dd><a href=\"/v/%U\">%s"
		    "</a></dd>",
		    d->supersedes, d->supersedes);
	html_lit(b, "<dt>Log transparansi</dt><dd>");
	if (d->tlog_idx < 0) {
		html_lit(b, "Tidak tercatat.");
	} else {
		inc = inclusion(r, d->tlog_idx, &size);
		html_printf(b, "Entri nomor %I. ", d->tlog_idx);
		if (inc == 1)
			html_printf(b,
			    "Bukti inklusi terhadap checkpoint"
			    " terbaru (ukuran log %I entri) telah diperiksa dan"
			    " cocok.",
			    size);
		else if (inc == 0)
			html_lit(b,
			    "Belum tercakup checkpoint yang"
			    " ditandatangani; checkpoint diperbarui secara"
			    " berkala.");
		else
			html_lit(b,
			    "<strong>Bukti inklusi terhadap checkpoint"
			    " terbaru TIDAK cocok.</strong>");
	}
	html_lit(b, "</dd></dl>");
}

/* The upload form (multipart) on /v/<kode> and /verifikasi. */
void
verif_upload_form(struct req *r, const char *action)
{
	struct buf *b = &r->out;

	html_printf(b,
	    "<form method=\"post\" action=\"%s\""
	    " enctype=\"multipart/form-data\" class=\"unggah-verifikasi\">",
	    action);
	form_csrf(r);
	html_lit(b,
	    "<label for=\"f-berkas\">Berkas PDF yang akan diperiksa"
	    "</label><p class=\"petunjuk\" id=\"h-berkas\">Pamong memeriksa"
	    " tanda tangan elektronik, rantai sertifikat dan daftar"
	    " pencabutannya, bahwa tanda tangan mencakup seluruh berkas, dan"
	    " bahwa berkas sama persis dengan yang terdaftar. Berkas tidak"
	    " disimpan.</p><input id=\"f-berkas\" name=\"berkas\" type=\"file\""
	    " accept=\"application/pdf,.pdf\" required"
	    " aria-describedby=\"h-berkas\"><button type=\"submit\">Periksa"
	    " berkas</button></form>");
}

void
page_verif(struct req *r)
{
	struct buf *b = &r->out;
	struct dokumen d;
	char kode[SURAT_KODE_LEN + 1], *action;
	int rc;

	if (surat_kode_norm(r->captures[0], kode) != 0) {
		page_error(r, 404, msg(M_DOKUMEN_KODE_UNKNOWN));
		return;
	}
	if (strcmp(kode, r->captures[0]) != 0) {
		action = xasprintf("/v/%s", kode);
		req_redirect(r, action);
		free(action);
		return;
	}
	if ((rc = dokumen_by_kode(r->store, kode, &d)) != 0) {
		page_error(r, rc == -1 ? 404 : 500,
		    rc == -1 ? msg(M_DOKUMEN_KODE_UNKNOWN) : NULL);
		return;
	}
	layout_begin(r, "Verifikasi Dokumen");
	html_lit(b, "<h1>Verifikasi Dokumen</h1>");
	status_box(b, &d);
	verif_details(r, &d);
	html_lit(b,
	    "<h2>Periksa berkas yang Anda terima</h2><p>Unggah berkas"
	    " PDF dokumen ini untuk memastikan bahwa isinya tidak diubah.</p>");
	action = xasprintf("/v/%s", d.kode);
	verif_upload_form(r, action);
	free(action);
	layout_end(r);
}

void
page_verif_home(struct req *r)
{
	struct buf *b = &r->out;
	const char *q = req_param(r, "kode");
	char kode[SURAT_KODE_LEN + 1], *to;
	const char *error = NULL;

	if (q != NULL && *q != '\0') {
		if (strlen(q) <= 64 && surat_kode_norm(q, kode) == 0) {
			to = xasprintf("/v/%s", kode);
			req_redirect(r, to);
			free(to);
			return;
		}
		error = msg(M_DOKUMEN_KODE_BAD);
		r->status = 422;
	}
	layout_begin(r, "Verifikasi Dokumen");
	html_lit(b,
	    "<h1>Verifikasi Dokumen</h1><p>Periksa keaslian dokumen"
	    " yang ditandatangani secara elektronik oleh Pemerintah Kabupaten"
	    " Siak: masukkan kode verifikasi yang tertera di bawah kode QR, atau"
	    " unggah berkas PDF-nya.</p><form method=\"get\""
	    " action=\"/verifikasi\" class=\"cari\" role=\"search\"><label"
	    " for=\"f-kode\">Kode verifikasi</label><p class=\"petunjuk\""
	    " id=\"h-kode\">17 huruf dan angka, misalnya"
	    " 7K3M-9Q2X-4B8N-1PZD-5.</p>");
	if (error != NULL)
		html_printf(b, "<p class=\"pesan-galat\" id=\"e-kode\">%s</p>",
		    error);
	html_lit(b,
	    "<input id=\"f-kode\" name=\"kode\" type=\"text\""
	    " maxlength=\"64\" autocomplete=\"off\""
	    " autocapitalize=\"characters\" spellcheck=\"false\"");
	if (error != NULL)
		html_lit(b,
		    " aria-describedby=\"h-kode e-kode\""
		    " aria-invalid=\"true\"");
	else
		html_lit(b, " aria-describedby=\"h-kode\"");
	html_printf(b,
	    " value=\"%s\"><button type=\"submit\">Periksa"
	    "</button></form><h2>Atau unggah berkas</h2>",
	    q ? q : "");
	verif_upload_form(r, "/verifikasi");
	layout_end(r);
}

static json_t *
str_or_null(const char *s)
{
	return s != NULL && *s != '\0' ? json_string(s) : json_null();
}

static json_t *
iso_json(time_t t)
{
	char out[WHEN_ISO8601_LEN];

	if (t == 0)
		return json_null();
	when_iso8601(t, out);
	return json_string(out);
}

json_t *
verif_json(struct req *r, const struct dokumen *d)
{
	json_t *o, *log;
	int64_t size = 0;
	int inc = 0;

	if (d->tlog_idx >= 0)
		inc = inclusion(r, d->tlog_idx, &size);
	log = json_pack("{s:o,s:o,s:o}", "indeks",
	    d->tlog_idx >= 0 ? json_integer(d->tlog_idx) : json_null(),
	    "inklusi",
	    inc == 1	   ? json_true()
		: inc == 0 ? json_null()
			   : json_false(),
	    "ukuran_log", inc == 1 ? json_integer(size) : json_null());
	o = json_pack("{s:s,s:s,s:s,s:s,s:o,s:s,s:s,s:{s:s,s:s,s:s},s:s,s:o}",
	    "status", d->status, "status_label", verif_status_label(d->status),
	    "kode_verifikasi", d->kode, "jenis", d->judul, "ditandatangani",
	    iso_json(d->signed_at), "nomor_surat", d->nomor_surat, "unit",
	    d->unit_name, "penandatangan", "nama", d->signer_name, "jabatan",
	    d->signer_position, "sertifikat_sha256", d->cert_sha256, "sha256",
	    d->sha256, "log", log);
	json_object_set_new(o, "pemohon", json_string(d->pemohon_name));
	json_object_set_new(o, "penerbit_sertifikat",
	    json_string(strcmp(d->penerbit, "bsre") == 0 ? "bsre" : "lokal"));
	json_object_set_new(o, "tersertifikasi",
	    json_boolean(strcmp(d->penerbit, "bsre") == 0));
	if (strcmp(d->status, "dicabut") == 0)
		json_object_set_new(o, "dicabut",
		    json_pack("{s:o,s:s,s:s}", "waktu", iso_json(d->ended_at),
			"oleh", d->ended_position, "alasan", d->ended_reason));
	else
		json_object_set_new(o, "dicabut", json_null());
	if (strcmp(d->status, "digantikan") == 0)
		json_object_set_new(o, "digantikan",
		    json_pack("{s:s,s:o,s:s,"
			      "s:s}",
			"oleh_dokumen", d->superseded_by, "waktu",
			iso_json(d->ended_at), "oleh", d->ended_position,
			"alasan", d->ended_reason));
	else
		json_object_set_new(o, "digantikan", json_null());
	json_object_set_new(o, "menggantikan", str_or_null(d->supersedes));
	return o;
}

void
api_verif(struct req *r)
{
	struct dokumen d;
	char kode[SURAT_KODE_LEN + 1];
	int rc;

	if (surat_kode_norm(r->captures[0], kode) != 0 ||
	    (rc = dokumen_by_kode(r->store, kode, &d)) == -1) {
		api_error(r, 404, "tidak_ditemukan",
		    msg(M_DOKUMEN_KODE_UNKNOWN));
		return;
	}
	if (rc != 0) {
		api_error(r, 500, "galat_server", msg(M_SAVE_FAILED));
		return;
	}
	api_send(r, 200, verif_json(r, &d));
}

/* The verdict and each check, plainly. */
static void
verdict_write(struct req *r, const struct dokumen_cek *c)
{
	struct buf *b = &r->out;
	int i;

	if (c->ok)
		html_lit(b,
		    "<div class=\"kotak sukses status-dokumen\""
		    " role=\"status\"><p class=\"status-besar\">Sah</p><p>Berkas"
		    " ini adalah dokumen terdaftar yang utuh, ditandatangani"
		    " dengan sertifikat yang dipercaya, dan masih berlaku.</p>"
		    "</div>");
	else
		html_printf(b,
		    "<div class=\"kotak galat status-dokumen\""
		    " role=\"status\"><p class=\"status-besar\">Tidak sah</p>"
		    "<p>Pemeriksaan yang gagal: <strong>%s</strong>.</p></div>",
		    c->first_fail);
	if (*c->penerbit != '\0')
		html_printf(b,
		    "<dl class=\"rincian\"><dt>Penerbit sertifikat</dt><dd>%s"
		    "</dd><dt>Jenis tanda tangan</dt><dd>%s</dd></dl>",
		    dokumen_penerbit_label(c->penerbit),
		    dokumen_jenis_ttd(c->penerbit));
	html_lit(b, "<h2>Rincian pemeriksaan</h2><ol class=\"daftar-cek\">");
	for (i = 0; i < c->nitem; i++) {
		html_printf(b, "<li class=\"%s\"><strong>%s:</strong> %s",
		    c->item[i].ok == 1	     ? "lulus"
			: c->item[i].ok == 0 ? "gagal"
					     : "lewat",
		    c->item[i].label,
		    c->item[i].ok == 1	     ? "lulus"
			: c->item[i].ok == 0 ? "GAGAL"
					     : "tidak diperiksa");
		if (c->item[i].detail != NULL)
			html_printf(b, " — %s", c->item[i].detail);
		html_lit(b, "</li>");
	}
	html_printf(b,
	    "</ol><p>SHA-256 berkas yang diunggah: <code"
	    " class=\"hash\">%s</code></p>",
	    c->v.sha256);
}

static void
upload(struct req *r, const char *kode)
{
	struct buf *b = &r->out;
	struct dokumen_cek *c;
	const struct mp_file *f = NULL;
	X509_STORE *bsre;
	char *back;
	size_t i;

	for (i = 0; i < r->nfiles; i++)
		if (strcmp(r->files[i].field, "berkas") == 0 &&
		    r->files[i].len > 0)
			f = &r->files[i];
	layout_begin(r, "Hasil Pemeriksaan Berkas");
	html_lit(b, "<h1>Hasil Pemeriksaan Berkas</h1>");
	back = kode != NULL ? xasprintf("/v/%s", kode) : xstrdup("/verifikasi");
	if (f == NULL) {
		r->status = 422;
		html_printf(b,
		    "<div class=\"kotak galat\" role=\"alert\"><p>%s"
		    "</p></div>",
		    msg(M_DOKUMEN_UPLOAD_NONE));
		verif_upload_form(r, back);
		free(back);
		layout_end(r);
		return;
	}
	c = xcalloc(1, sizeof(*c));
	bsre = bsre_trust(r->app->data_dir);
	dokumen_check(r->store, r->app->pki, bsre, f->data, f->len, kode, c);
	X509_STORE_free(bsre);
	verdict_write(r, c);
	if (c->reg == 0)
		html_printf(b,
		    "<p>Dokumen terdaftar: <a href=\"/v/%U\"><code>"
		    "%s</code></a> — %s, nomor %s</p>",
		    c->d.kode, c->d.kode, c->d.judul, c->d.nomor_surat);
	html_printf(b, "<h2>Periksa berkas lain</h2>");
	verif_upload_form(r, back);
	free(back);
	free(c);
	layout_end(r);
}

void
page_verif_upload(struct req *r)
{
	char kode[SURAT_KODE_LEN + 1];

	if (surat_kode_norm(r->captures[0], kode) != 0) {
		page_error(r, 404, msg(M_DOKUMEN_KODE_UNKNOWN));
		return;
	}
	upload(r, kode);
}

void
page_verif_upload_any(struct req *r)
{
	upload(r, NULL);
}
