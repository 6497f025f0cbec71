/*
 * dokumen.c: signed documents for the people they concern (issue 4):
 * the document section on the citizen's and the officer's application
 * pages, downloads (GET /dokumen/<kode>/unduh, GET /api/v1/permohonan/
 * <nomor>/dokumen), revocation and supersession by the signer or an admin
 * (GET /dokumen/<kode>/kelola, POST /dokumen/<kode>/cabut and /ganti,
 * POST /api/v1/dokumen/<kode>/cabut and /ganti), the admin list
 * (GET /admin/dokumen) and the signer's preview of a letter before it is
 * signed (GET /petugas/permohonan/<nomor>/pratinjau, GET /api/v1/
 * permohonan/<nomor>/pratinjau; issue 12).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "mod/permohonan/permohonan.h"
#include "mod/berkas/berkas.h"
#include "dokumen.h"
#include "sql.h"
#include "lib/msg.h"
#include "lib/str.h"
#include "lib/xalloc.h"
#include "store/store.h"
#include "http/api.h"
#include "mod/permohonan/permohonan_html.h"
#include "http/layout.h"
#include "http/pages.h"
#include "ui.h"
#include "verifikasi.h"

void
dokumen_pass_field(struct req *r, const char *label)
{
	html_printf(&r->out,
	    "<div class=\"isian\"><label for=\"f-passphrase\">"
	    "Frasa sandi tanda tangan elektronik</label><p class=\"petunjuk\""
	    " id=\"h-passphrase\">Wajib untuk: %s. Tindakan ini menandatangani"
	    " surat secara elektronik dengan sertifikat Anda. Frasa sandi tidak"
	    " disimpan; frasa sandi yang salah tidak mengubah apa pun dan"
	    " dicatat.</p><input type=\"password\" id=\"f-passphrase\""
	    " name=\"passphrase\" autocomplete=\"current-password\""
	    " maxlength=\"1024\" aria-describedby=\"h-passphrase\"></div>",
	    label);
}

void
dokumen_permohonan_section(struct req *r, int64_t mohon_id, int staff)
{
	struct buf *b = &r->out;
	struct dokumen d;

	if (dokumen_of_app(r->store, mohon_id, &d) != 0)
		return;
	html_lit(b,
	    "<section aria-labelledby=\"h-dokumen\"><h2"
	    " id=\"h-dokumen\">Dokumen hasil layanan</h2><dl class=\"rincian\">");
	html_printf(b,
	    "<dt>Dokumen</dt><dd>%s</dd><dt>Nomor surat</dt><dd>%s"
	    "</dd><dt>Status</dt><dd>%s</dd><dt>Kode verifikasi</dt><dd><a"
	    " href=\"/v/%U\"><code>%s</code></a></dd></dl><p><a class=\"tombol\""
	    " href=\"/dokumen/%U/unduh\">Unduh dokumen (PDF)</a>",
	    d.judul, d.nomor_surat, verif_status_label(d.status), d.kode,
	    d.kode, d.kode);
	if (staff && dokumen_may_end(r->user, &d))
		html_printf(b,
		    " <a href=\"/dokumen/%U/kelola\">Cabut atau"
		    " ganti dokumen</a>",
		    d.kode);
	html_lit(b, "</p></section>");
}

/* Send the PDF of d as an attachment "surat-<kode>.pdf". */
static void
send_pdf(struct req *r, const struct dokumen *d)
{
	char *path = berkas_path(r->app->data_dir, d->sha256);

	buf_reset(&r->out);
	if (buf_read_file(&r->out, path, BERKAS_MAX_FILE) != 0) {
		free(path);
		buf_reset(&r->out);
		page_error(r, 500, msg(M_DOKUMEN_FILE_MISSING));
		return;
	}
	free(path);
	r->status = 200;
	r->out_type = "application/pdf";
	free(r->disposition);
	r->disposition =
	    xasprintf("attachment; filename=\"surat-%s.pdf\"", d->kode);
	r->personal = 1;
}

/*
 * May actor download the PDF of document d?  The applicant, or whoever
 * permohonan_visible() lets see the application.  1 or 0.  (A page's
 * question: the document rules sit below the applications, which sign
 * through them.)
 */
static int
may_read(struct store *s, const struct account *actor, const struct dokumen *d)
{
	if (actor == NULL)
		return 0;
	if (actor->id == d->pemohon_id)
		return 1;
	if (!(actor->roles & ROLE_STAFF))
		return 0;
	return permohonan_visible(s, actor, d->permohonan_id);
}

/* Record a staff member's read of the application (not the applicant's). */
static int
audit_staff_read(struct req *r, const struct dokumen *d)
{
	if (r->user->id == d->pemohon_id)
		return 0;
	return permohonan_audit_read(r->store, r->user, d->permohonan_id,
	    r->addr, "Unduh dokumen bertanda tangan elektronik");
}

void
page_dok_download(struct req *r)
{
	struct dokumen d;
	char kode[SURAT_KODE_LEN + 1];

	if (surat_kode_norm(r->captures[0], kode) != 0 ||
	    dokumen_by_kode(r->store, kode, &d) != 0 ||
	    !may_read(r->store, r->user, &d)) {
		page_error(r, 404, msg(M_DOKUMEN_KODE_UNKNOWN));
		return;
	}
	if (audit_staff_read(r, &d) != 0) {
		page_error(r, 500, msg(M_SAVE_FAILED));
		return;
	}
	send_pdf(r, &d);
}

static void
permohonan_dokumen(struct req *r, int ncap)
{
	struct dokumen d;
	char nomor[64];
	int64_t id;

	if (ncap == 4)
		snprintf(nomor, sizeof(nomor), "%s/%s/%s/%s", r->captures[0],
		    r->captures[1], r->captures[2], r->captures[3]);
	else
		/* too long: "", which names no application */
		str_copy(nomor, sizeof(nomor), r->captures[0]);
	if ((id = permohonan_id_nomor(r->store, nomor)) == 0 ||
	    dokumen_of_app(r->store, id, &d) != 0 ||
	    !may_read(r->store, r->user, &d)) {
		api_error(r, 404, "tidak_ditemukan", msg(M_DOKUMEN_NONE));
		return;
	}
	if (audit_staff_read(r, &d) != 0) {
		api_error(r, 500, "galat_server", msg(M_SAVE_FAILED));
		return;
	}
	send_pdf(r, &d);
}

void
api_permohonan_dokumen(struct req *r)
{
	permohonan_dokumen(r, 1);
}

void
api_app_dokumen4(struct req *r)
{
	permohonan_dokumen(r, 4);
}

/*
 * The document a capture names, for someone who may end it.  Sends 404
 * (unknown, or not theirs to see) or 403 (may see, may not end).
 */
static int
dok_for_end(struct req *r, struct dokumen *d, int api)
{
	char kode[SURAT_KODE_LEN + 1];
	int see;

	if (surat_kode_norm(r->captures[0], kode) != 0 ||
	    dokumen_by_kode(r->store, kode, d) != 0) {
		if (api)
			api_error(r, 404, "tidak_ditemukan",
			    msg(M_DOKUMEN_KODE_UNKNOWN));
		else
			page_error(r, 404, msg(M_DOKUMEN_KODE_UNKNOWN));
		return -1;
	}
	if (dokumen_may_end(r->user, d))
		return 0;
	see = (r->user->roles & ROLE_STAFF) && may_read(r->store, r->user, d);
	if (api)
		api_error(r, see ? 403 : 404,
		    see ? "ditolak" : "tidak_ditemukan",
		    see ? msg(M_DOKUMEN_END_FORBIDDEN)
			: msg(M_DOKUMEN_KODE_UNKNOWN));
	else
		page_error(r, see ? 403 : 404,
		    see ? msg(M_DOKUMEN_END_FORBIDDEN)
			: msg(M_DOKUMEN_KODE_UNKNOWN));
	return -1;
}

void
api_dok_revoke(struct req *r)
{
	struct dokumen d;
	json_t *body;
	const char *why;
	int rc;

	if (dok_for_end(r, &d, 1) != 0)
		return;
	if ((body = api_body(r)) == NULL)
		return;
	rc = dokumen_revoke(r->store, d.kode,
	    json_string_value(json_object_get(body, "alasan")), r->user,
	    r->addr, r->now, &why);
	json_decref(body);
	switch (rc) {
	case 0:
		api_send(r, 200,
		    json_pack("{s:s,s:s}", "kode_verifikasi", d.kode, "status",
			"dicabut"));
		break;
	case -3:
		api_error(r, 409, "status_tidak_sesuai", why);
		break;
	case -4:
		api_error(r, 422, "isian_tidak_sah", why);
		break;
	case -1:
		api_error(r, 404, "tidak_ditemukan",
		    msg(M_DOKUMEN_KODE_UNKNOWN));
		break;
	default:
		api_error(r, 500, "galat_server", msg(M_SAVE_FAILED));
		break;
	}
}

static void
ctx_of(struct req *r, struct dokumen_ctx *c)
{
	memset(c, 0, sizeof(*c));
	c->pki = r->app->pki;
	c->data_dir = r->app->data_dir;
	c->prod = r->app->secure_cookies;
}

/* Send an error as JSON (API) or as a page. */
static void
preview_error(struct req *r, int api, int status, const char *code,
    const char *text)
{
	if (api)
		api_error(r, status, code, text);
	else
		page_error(r, status, text);
}

/*
 * The draft of the letter application nomor would get if signed now
 * (dokumen_preview()), as application/pdf, for staff who may see the
 * application (not its applicant: a citizen gets the signed letter).
 * The read is recorded in the citizen's data-access log.  404 when
 * unknown or not visible, 404 when its service issues no letter.
 */
static void
preview(struct req *r, const char *nomor, int api)
{
	struct dokumen_ctx c;
	struct permohonan_view v;
	char err[256];
	int64_t id;
	int rc;

	memset(&v, 0, sizeof(v));
	id = permohonan_id_nomor(r->store, nomor);
	if (id == 0 || !(r->user->roles & ROLE_STAFF) ||
	    !permohonan_visible(r->store, r->user, id) ||
	    permohonan_load(r->store, id, &v) != 0) {
		permohonan_view_free(&v);
		preview_error(r, api, 404, "tidak_ditemukan",
		    msg(M_DOKUMEN_PREVIEW_NONE));
		return;
	}
	rc = v.pemohon_id == r->user->id;
	permohonan_view_free(&v);
	if (rc) {
		preview_error(r, api, 404, "tidak_ditemukan",
		    msg(M_DOKUMEN_PREVIEW_NONE));
		return;
	}
	if (r->app->pki == NULL) {
		preview_error(r, api, 503, "pki_tidak_ada",
		    msg(M_DOKUMEN_NO_PKI));
		return;
	}
	ctx_of(r, &c);
	buf_reset(&r->out);
	rc = dokumen_preview(r->store, &c, r->user->id, id, r->now, &r->out,
	    err, sizeof(err));
	if (rc != 0) {
		buf_reset(&r->out);
		preview_error(r, api, rc == -2 ? 404 : 500,
		    rc == -2 ? "tidak_ditemukan" : "galat_server", err);
		return;
	}
	if (permohonan_audit_read(r->store, r->user, id, r->addr,
		"Pratinjau surat sebelum ditandatangani") != 0) {
		buf_reset(&r->out);
		preview_error(r, api, 500, "galat_server", msg(M_SAVE_FAILED));
		return;
	}
	r->status = 200;
	r->out_type = "application/pdf";
	free(r->disposition);
	r->disposition = xstrdup("inline; filename=\"pratinjau-surat.pdf\"");
	r->personal = 1;
}

void
page_dok_preview(struct req *r)
{
	preview(r, r->captures[0], 0);
}

void
api_dok_preview(struct req *r)
{
	preview(r, r->captures[0], 1);
}

void
api_dok_preview4(struct req *r)
{
	char nomor[64];

	snprintf(nomor, sizeof(nomor), "%s/%s/%s/%s", r->captures[0],
	    r->captures[1], r->captures[2], r->captures[3]);
	preview(r, nomor, 1);
}

void
api_dok_supersede(struct req *r)
{
	struct dokumen d;
	struct dokumen_ctx c;
	json_t *body;
	const char *why;
	char nk[SURAT_KODE_LEN + 1];
	int rc;

	if (dok_for_end(r, &d, 1) != 0)
		return;
	if ((body = api_body(r)) == NULL)
		return;
	ctx_of(r, &c);
	rc = dokumen_supersede(r->store, &c, d.kode,
	    json_string_value(json_object_get(body, "alasan")),
	    json_string_value(json_object_get(body, "passphrase")), r->user,
	    r->addr, r->now, nk, &why);
	json_decref(body);
	switch (rc) {
	case 0:
		api_send(r, 200,
		    json_pack("{s:s,s:s,s:s}", "kode_verifikasi", d.kode,
			"status", "digantikan", "pengganti", nk));
		break;
	case -2:
		api_error(r, 403, "frasa_sandi_salah", why);
		break;
	case -6:
		r->retry_after =
		    dokumen_pass_wait(r->store, r->user->id, r->now);
		api_error(r, 429, "terlalu_banyak", why);
		break;
	case -3:
		api_error(r, 409, "status_tidak_sesuai", why);
		break;
	case -4:
		api_error(r, 422, "isian_tidak_sah", why);
		break;
	case -1:
		api_error(r, 404, "tidak_ditemukan",
		    msg(M_DOKUMEN_KODE_UNKNOWN));
		break;
	default:
		api_error(r, 500, "galat_server",
		    why ? why : msg(M_SAVE_FAILED));
		break;
	}
}

static void
manage_page(struct req *r, const struct dokumen *d, const char *error,
    const char *reason)
{
	struct buf *b = &r->out;

	layout_begin(r, "Kelola Dokumen");
	html_printf(b, "<h1>Kelola Dokumen</h1><p class=\"meta\">%s — %s</p>",
	    d->judul, d->nomor_surat);
	if (error != NULL)
		html_printf(b,
		    "<div class=\"kotak galat\" role=\"alert\"><p>%s"
		    "</p></div>",
		    error);
	html_printf(b,
	    "<p>Status: <strong>%s</strong>. Halaman publik: <a"
	    " href=\"/v/%U\">/v/%s</a></p>",
	    verif_status_label(d->status), d->kode, d->kode);
	verif_details(r, d);
	if (strcmp(d->status, "sah") != 0) {
		html_lit(b,
		    "<p>Dokumen ini sudah tidak berlaku; tidak ada"
		    " tindakan lagi.</p>");
		layout_end(r);
		return;
	}
	html_printf(b,
	    "<h2>Cabut dokumen</h2><p>Pencabutan berlaku seketika"
	    " dan tampil pada halaman verifikasi publik beserta alasannya."
	    "</p><form method=\"post\" action=\"/dokumen/%U/cabut\""
	    " class=\"formulir\">",
	    d->kode);
	form_csrf(r);
	form_field(r, "alasan", "Alasan pencabutan", "textarea", reason, NULL,
	    "5 sampai 500 karakter; tampil pada halaman verifikasi publik.");
	html_lit(b,
	    "<div class=\"tombol-baris\"><button type=\"submit\""
	    " class=\"bahaya\">Cabut dokumen</button></div></form>");
	html_printf(b,
	    "<h2>Ganti dengan dokumen perbaikan</h2><p>Surat dibuat"
	    " ulang dari templat dan data permohonan saat ini, ditandatangani"
	    " dengan sertifikat Anda, dan mendapat nomor surat serta kode"
	    " verifikasi baru. Dokumen lama ditandai digantikan dan menunjuk"
	    " ke dokumen baru.</p><form method=\"post\""
	    " action=\"/dokumen/%U/ganti\" class=\"formulir\">",
	    d->kode);
	form_csrf(r);
	form_field(r, "alasan", "Alasan penggantian", "textarea", reason, NULL,
	    "5 sampai 500 karakter; tampil pada halaman verifikasi publik.");
	dokumen_pass_field(r, "Ganti dokumen");
	html_lit(b,
	    "<div class=\"tombol-baris\"><button type=\"submit\""
	    " class=\"utama\">Ganti dokumen</button></div></form>");
	layout_end(r);
}

void
page_dok_manage(struct req *r)
{
	struct dokumen d;

	if (dok_for_end(r, &d, 0) != 0)
		return;
	manage_page(r, &d, NULL, NULL);
}

void
page_dok_revoke(struct req *r)
{
	struct dokumen d;
	const char *why, *reason = req_str(r, "alasan");
	char *to;
	int rc;

	if (dok_for_end(r, &d, 0) != 0)
		return;
	rc = dokumen_revoke(r->store, d.kode, reason, r->user, r->addr, r->now,
	    &why);
	if (rc == 0) {
		to = xasprintf("/v/%s", d.kode);
		req_redirect(r, to);
		free(to);
		return;
	}
	r->status = rc == -4 ? 422 : rc == -3 ? 409 : 500;
	manage_page(r, &d, why ? why : msg(M_SAVE_FAILED), reason);
}

void
page_dok_supersede(struct req *r)
{
	struct dokumen d;
	struct dokumen_ctx c;
	const char *why, *reason = req_str(r, "alasan");
	char nk[SURAT_KODE_LEN + 1], *to;
	int rc;

	if (dok_for_end(r, &d, 0) != 0)
		return;
	ctx_of(r, &c);
	rc = dokumen_supersede(r->store, &c, d.kode, reason,
	    req_str(r, "passphrase"), r->user, r->addr, r->now, nk, &why);
	if (rc == 0) {
		to = xasprintf("/v/%s", nk);
		req_redirect(r, to);
		free(to);
		return;
	}
	r->status = rc == -2 ? 403
	    : rc == -4	     ? 422
	    : rc == -3	     ? 409
	    : rc == -6	     ? 429
			     : 500;
	if (rc == -6)
		r->retry_after =
		    dokumen_pass_wait(r->store, r->user->id, r->now);
	manage_page(r, &d, why ? why : msg(M_SAVE_FAILED), reason);
}

/* The page head of page_admin_docs(), before the first row. */
static void
admin_docs_head(struct req *r)
{
	struct buf *b = &r->out;

	layout_begin(r, "Dokumen Bertanda Tangan Elektronik");
	html_lit(b,
	    "<h1>Dokumen Bertanda Tangan Elektronik</h1><p>200 dokumen"
	    " terbaru. Pilih kode untuk mencabut atau mengganti dokumen."
	    " Templat surat diatur di <a href=\"/admin/surat\">Templat Surat"
	    "</a>.</p><div class=\"tabel-gulir\" tabindex=\"0\" role=\"region\""
	    " aria-label=\"Dokumen\"><table><caption class=\"sr\">Dokumen"
	    "</caption><thead><tr><th scope=\"col\">Kode</th><th scope=\"col\">"
	    "Dokumen</th><th scope=\"col\">Nomor surat</th><th scope=\"col\">"
	    "Unit</th><th scope=\"col\">Penanda tangan</th><th scope=\"col\">"
	    "Waktu</th><th scope=\"col\">Status</th></tr></thead><tbody>");
}

/* What page_admin_docs() writes with: the request, the rows so far. */
struct admin_docs {
	struct req *r;
	int n;
};

static int
admin_docs_row(void *arg, const char *kode, const char *judul,
    const char *nomor_surat, const char *unit, const char *signer,
    int64_t signed_at, const char *status)
{
	struct admin_docs *ad = arg;
	struct buf *b = &ad->r->out;

	if (ad->n++ == 0)
		admin_docs_head(ad->r);
	html_printf(b,
	    "<tr><td><a href=\"/dokumen/%U/kelola\"><code>%s"
	    "</code></a></td><td>%s</td><td>%s</td><td>%s</td><td>%s"
	    "</td><td>",
	    kode, kode, judul, nomor_surat, unit, signer);
	permohonan_time_write(b, (time_t)signed_at);
	html_printf(b, "</td><td>%s</td></tr>", verif_status_label(status));
	return 0;
}

void
page_admin_docs(struct req *r)
{
	struct buf *b = &r->out;
	struct admin_docs ad;

	ad.r = r;
	ad.n = 0;
	if (dokumen_sql_each_recent(r->store, admin_docs_row, &ad) != 0) {
		page_error(r, 500, NULL);
		return;
	}
	if (ad.n == 0)
		admin_docs_head(r);
	html_lit(b, "</tbody></table></div>");
	if (ad.n == 0)
		html_lit(b, "<p>Belum ada dokumen.</p>");
	layout_end(r);
}
