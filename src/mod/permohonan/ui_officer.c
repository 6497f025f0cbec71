/*
 * officer.c: the officers' side of applications (the inbox is in
 * ui_inbox.c): one application with the citizen's data, documents, history and the
 * actions this officer may take (GET /petugas/permohonan/<nomor>; every
 * read is audited), and taking an action (POST .../tindakan).
 * Inspektorat, pimpinan and superadmin see every application read-only.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "permohonan_query.h"
#include "permohonan.h"
#include "mod/dokumen/dokumen.h"
#include "mod/akun/nik_verif.h"
#include "lib/msg.h"
#include "lib/utf8.h"
#include "lib/xalloc.h"
#include "permohonan_html.h"
#include "http/layout.h"
#include "http/pages.h"
#include "mod/dokumen/ui.h"
#include "ui.h"

#define NOTE_MAX 2000
#define ACTS_MAX 16

#define READ_ALL (ROLE_INSPEKTORAT | ROLE_PIMPINAN | ROLE_SUPERADMIN)

int
permohonan_overseer(const struct req *r)
{
	return user_has(r, READ_ALL);
}

/*
 * The application named by the URL if this officer may see it (never a
 * draft); 0 after sending 404 otherwise.
 */
static int64_t
visible_id(struct req *r)
{
	int64_t id = permohonan_from_seg(r, r->captures[0]);

	if (id == 0 || strncmp(r->captures[0], "draf-", 5) == 0 ||
	    !permohonan_visible(r->store, r->user, id)) {
		page_error(r, 404, msg(M_APP_NOT_FOUND));
		return 0;
	}
	return id;
}

static void
applicant_write(struct buf *b, const struct permohonan_view *v)
{
	html_printf(b,
	    "<h2>Pemohon</h2><dl class=\"ringkas\"><dt>Nama</dt>"
	    "<dd>%s</dd><dt>NIK</dt><dd>%s</dd><dt>Telepon</dt><dd>%s</dd>"
	    "<dt>Surel</dt><dd>%s</dd><dt>Kampung/kelurahan</dt><dd>%s (%s)"
	    "</dd></dl>",
	    v->row.pemohon_name, v->pemohon_nik,
	    v->pemohon_phone[0] ? v->pemohon_phone : "—",
	    v->pemohon_email[0] ? v->pemohon_email : "—", v->row.wilayah_name,
	    v->row.wilayah_code);
}

static void
status_write(struct buf *b, const struct permohonan_view *v)
{
	const struct permohonan_row *a = &v->row;

	html_printf(b,
	    "<h2>Status</h2><dl class=\"ringkas\"><dt>Nomor"
	    " registrasi</dt><dd>%s</dd><dt>Status</dt><dd>",
	    a->nomor);
	permohonan_state_write(b, a);
	html_printf(b, "</dd><dt>Ditangani oleh</dt><dd>%s", a->unit_name);
	if (a->assigned_role[0] != '\0') {
		unsigned bit = role_parse(a->assigned_role);

		html_printf(b, " (dialihkan ke %s)",
		    bit ? role_label(bit) : a->assigned_role);
	}
	html_lit(b, "</dd><dt>Diajukan</dt><dd>");
	permohonan_time_write(b, a->submitted_at);
	html_lit(b, "</dd><dt>Masuk tahap ini</dt><dd>");
	permohonan_time_write(b, a->state_since);
	html_lit(b, "</dd>");
	permohonan_due_write(b, a);
	html_lit(b, "</dl>");
}

/* Labels of the actions in acts that need flag, as "A, B". */
static char *
labels_with(const struct permohonan_action *acts, int n, int upload)
{
	struct buf t = BUF_INIT;
	int i;

	for (i = 0; i < n; i++) {
		if (acts[i].blocked != NULL ||
		    !(upload ? acts[i].upload_required : acts[i].note_required))
			continue;
		if (t.len > 0)
			buf_adds(&t, ", ");
		buf_adds(&t, acts[i].label);
	}
	return t.len > 0 ? buf_detach(&t, NULL) : NULL;
}

static void
actions_write(struct req *r, const struct permohonan_view *v, const char *note)
{
	struct buf *b = &r->out;
	struct permohonan_action acts[ACTS_MAX];
	char *seg, *need_note, *need_file, *hint;
	const char *need_sign = NULL;
	int n, i, allowed = 0;

	html_lit(b, "<h2 id=\"tindakan\">Tindakan</h2>");
	if (permohonan_overseer(r) &&
	    !user_has(r,
		ROLE_OPERATOR | ROLE_VERIFIKATOR | ROLE_PENANDATANGAN |
		    ROLE_KEPALA)) {
		html_lit(b,
		    "<p>Anda melihat permohonan ini untuk pengawasan"
		    " (hanya baca).</p>");
		return;
	}
	n = permohonan_actions(r->store, r->user, v, acts, ACTS_MAX);
	for (i = 0; i < n; i++) {
		if (acts[i].blocked != NULL)
			html_printf(b,
			    "<p class=\"kotak info\"><strong>%s"
			    "</strong> tidak dapat Anda lakukan: %s</p>",
			    acts[i].label, acts[i].blocked);
		else
			allowed++;
	}
	if (allowed == 0) {
		if (n == 0)
			html_lit(b,
			    "<p>Tidak ada tindakan yang dapat Anda"
			    " lakukan pada tahap ini.</p>");
		return;
	}
	need_note = labels_with(acts, n, 0);
	need_file = labels_with(acts, n, 1);
	for (i = 0; i < n; i++) /* issue 4: a signing action */
		if (acts[i].blocked == NULL && acts[i].signs_document)
			need_sign = acts[i].label;
	seg = permohonan_seg(&v->row);
	html_printf(b,
	    "<form method=\"post\" action=\"/petugas/permohonan/%U"
	    "/tindakan\" class=\"formulir lebar\" novalidate enctype=\"%s\">",
	    seg,
	    need_file ? "multipart/form-data"
		      : "application/x-www-form-urlencoded");
	form_csrf(r);
	hint = need_note
	    ? xasprintf("Wajib diisi untuk: %s. Catatan dapat"
			" dibaca pemohon. Paling banyak 2.000 karakter.",
		  need_note)
	    : xstrdup("Tidak wajib. Catatan dapat dibaca pemohon. Paling banyak"
		      " 2.000 karakter.");
	permohonan_note_field(r, "petugas", "Catatan", hint, note, NULL);
	free(hint);
	if (need_file) {
		html_printf(b,
		    "<div class=\"isian\"><label for=\"f-lampiran\">"
		    "Lampiran</label><p class=\"petunjuk\" id=\"h-lampiran\">"
		    "Wajib untuk: %s. PDF, JPG, atau PNG, paling besar 5 MB."
		    "</p><input type=\"file\" id=\"f-lampiran\""
		    " name=\"lampiran\" accept=\".pdf,.jpg,.jpeg,.png,"
		    "application/pdf,image/jpeg,image/png\""
		    " aria-describedby=\"h-lampiran\"></div>",
		    need_file);
	}
	if (need_sign != NULL) {
		/* issue 12: the signer reads the exact letter first */
		html_printf(b,
		    "<p class=\"kotak info\">Sebelum menandatangani,"
		    " periksa surat yang akan ditandatangani: <a href=\""
		    "/petugas/permohonan/%U/pratinjau\">Pratinjau surat (PDF,"
		    " draf)</a>. Isi, nomor dan tanggalnya sama dengan surat"
		    " yang akan terbit; tanda DRAF dan kode verifikasinya tidak"
		    " ikut.</p>",
		    seg);
		dokumen_pass_field(r, need_sign);
	}
	for (i = 0; i < n; i++) /* issue 12 item 5 */
		if (acts[i].blocked == NULL && acts[i].verifies)
			break;
	if (i < n && !v->pemohon_nik_verified)
		html_printf(b,
		    "<div class=\"isian\"><input type=\"checkbox\""
		    " id=\"f-ktp_sesuai\" name=\"ktp_sesuai\" value=\"1\""
		    " aria-describedby=\"h-ktp_sesuai\"> <label"
		    " for=\"f-ktp_sesuai\">KTP sesuai dengan pemohon</label>"
		    "<p class=\"petunjuk\" id=\"h-ktp_sesuai\">NIK pemohon"
		    " belum terverifikasi. Centang hanya bersama tindakan %s,"
		    " setelah Anda memastikan KTP-el yang diunggah memuat NIK"
		    " dan nama pemohon dan sesuai dengan orangnya. NIK pemohon"
		    " lalu tercatat terverifikasi dan surat dapat"
		    " ditandatangani.</p></div>",
		    acts[i].label);
	html_lit(b, "<div class=\"tombol-baris\">");
	for (i = 0; i < n; i++) {
		if (acts[i].blocked != NULL)
			continue;
		html_printf(b,
		    "<button type=\"submit\" name=\"tindakan\""
		    " value=\"%s\" class=\"%s\">%s</button>",
		    acts[i].code,
		    strcmp(acts[i].code, "tolak") == 0		  ? "bahaya"
			: strcmp(acts[i].code, "kembalikan") == 0 ? "kedua"
								  : "utama",
		    acts[i].label);
	}
	html_lit(b, "</div></form>");
	free(seg);
	free(need_note);
	free(need_file);
}

static void
officer_page(struct req *r, const struct permohonan_view *v, const char *error,
    const char *note)
{
	struct buf *b = &r->out;
	const char *ok = req_param(r, "ok");
	const struct permohonan_view_hist *h;
	char *t;

	layout_begin(r, v->row.nomor);
	html_printf(b,
	    "<nav aria-label=\"Remah roti\"><a href=\"/petugas\">"
	    "Kotak Masuk</a> › %s</nav><h1>%s</h1><p class=\"meta\">%s</p>",
	    v->row.nomor, v->row.layanan_name, v->row.nomor);
	if (ok != NULL && v->nhist > 0 &&
	    strcmp(v->hist[v->nhist - 1].action, ok) == 0) {
		h = &v->hist[v->nhist - 1];
		t = xasprintf(msg(M_APP_ACT_DONE), h->action_label,
		    h->to_label);
		notice(r, "sukses", t);
		free(t);
	}
	if (error != NULL)
		html_printf(b,
		    "<div class=\"kotak galat\" role=\"alert\"><h2>"
		    "Tindakan ditolak</h2><p>%s</p></div>",
		    error);
	html_lit(b,
	    "<p class=\"meta\">Akses Anda ke permohonan ini dicatat"
	    " dalam jejak audit.</p>");
	status_write(b, v);
	applicant_write(b, v);
	permohonan_fields_write(b, v);
	permohonan_docs_write(b, v);
	dokumen_permohonan_section(r, v->row.id, 1); /* issue 4 */
	permohonan_history_write(b, v, 1);
	actions_write(r, v, note);
	html_lit(b, "<p><a href=\"/petugas\">Kembali ke Kotak Masuk</a></p>");
	layout_end(r);
}

/*
 * Record the read with its purpose (asking for one when the application
 * is outside the reader's queue), then load; sends a page and returns -1
 * when it cannot show the application.
 */
static int
read_audited(struct req *r, int64_t id, struct permohonan_view *v)
{
	char *why;
	int rc;

	memset(v, 0, sizeof(*v));
	if ((why = permohonan_read_purpose(r, id, "permohonan")) == NULL) {
		permohonan_purpose_required(r);
		return -1;
	}
	rc = permohonan_audit_read(r->store, r->user, id, r->addr, why);
	free(why);
	if (rc != 0) {
		page_error(r, 500, msg(M_APP_READ_FAILED));
		return -1;
	}
	if (permohonan_load(r->store, id, v) != 0) {
		permohonan_view_free(v);
		page_error(r, 404, msg(M_APP_NOT_FOUND));
		return -1;
	}
	return 0;
}

void
page_officer_app(struct req *r)
{
	struct permohonan_view v;
	int64_t id;

	if ((id = visible_id(r)) == 0)
		return;
	if (read_audited(r, id, &v) != 0)
		return;
	officer_page(r, &v, NULL, NULL);
	permohonan_view_free(&v);
}

static int
act_status(enum act_result rc)
{
	switch (rc) {
	case ACT_NOT_FOUND:
		return 404;
	case ACT_FORBIDDEN:
		return 403;
	case ACT_PASSPHRASE:
		return 403;
	case ACT_THROTTLED:
		return 429;
	case ACT_CONFLICT:
		return 409;
	case ACT_NIK_UNVERIFIED:
		return 409;
	case ACT_SIGNER:
		return 502;
	case ACT_UNSURE:
		return 504;
	case ACT_INVALID:
		return 422;
	default:
		return 500;
	}
}

/* What an officer's action (id) answers: rc and why. */
static void
officer_answer(struct req *r, int64_t id, enum act_result rc, const char *why)
{
	const char *act = req_str(r, "tindakan");
	const char *note = req_str(r, "catatan");
	struct permohonan_view v;
	char *to, *suffix;

	if (rc == ACT_OK) {
		memset(&v, 0, sizeof(v));
		v.row.id = id;
		snprintf(v.row.nomor, sizeof(v.row.nomor), "%s",
		    r->captures[0]);
		suffix = xasprintf("?ok=%s", act);
		to = permohonan_path("/petugas/permohonan/", &v.row, suffix);
		req_redirect(r, to);
		free(to);
		free(suffix);
		return;
	}
	if (rc == ACT_NOT_FOUND) {
		page_error(r, 404, msg(M_APP_NOT_FOUND));
		return;
	}
	if (rc == ACT_THROTTLED)
		r->retry_after =
		    dokumen_pass_wait(r->store, r->user->id, r->now);
	if (why == NULL)
		why = rc == ACT_STORAGE ? msg(M_SAVE_FAILED)
					: msg(M_APP_ACT_UNKNOWN);
	/* outside the reader's queue: the refusal alone, no second read */
	if ((to = permohonan_read_purpose(r, id, "permohonan")) == NULL) {
		page_error(r, act_status(rc), why);
		return;
	}
	free(to);
	if (read_audited(r, id, &v) != 0)
		return;
	r->status = act_status(rc);
	officer_page(r, &v, why, note);
	permohonan_view_free(&v);
}

/* An officer's action as a job, with the signing context it needs. */
struct officer_act {
	struct permohonan_tindakan q; /* first: r->job is freed as this */
	struct dokumen_ctx dctx;
	char code[41];
	int64_t id;
};

/* The answer to an officer's action once its batch is durable. */
static void
officer_act_done(struct req *r)
{
	struct officer_act *o = (struct officer_act *)r->job;

	officer_answer(r, o->id, o->q.rc, o->q.why);
}

/* POST /petugas/permohonan/{nomor}/tindakan: by group commit (req.h). */
void
page_officer_act(struct req *r)
{
	struct officer_act *o;
	const struct mp_file *files = r->files;
	const char *act = req_str(r, "tindakan");
	const char *note = req_str(r, "catatan");
	int64_t id;
	size_t k;

	if ((id = visible_id(r)) == 0)
		return;
	if (text_check(note, 0, NOTE_MAX, 1) != NULL) {
		officer_answer(r, id, ACT_INVALID, msg(M_APP_NOTE_LONG));
		return;
	}
	o = xcalloc(1, sizeof(*o));
	o->id = id;
	for (k = 0; k < r->nfiles; k++) {
		if (strcmp(files[k].field, "lampiran") != 0 ||
		    files[k].len == 0)
			continue;
		snprintf(o->code, sizeof(o->code), "lampiran_%.30s", act);
		o->q.docs[0].code = o->code;
		o->q.docs[0].filename = files[k].filename;
		o->q.docs[0].data = files[k].data;
		o->q.docs[0].len = files[k].len;
		o->q.ndocs = 1;
		break;
	}
	o->dctx.pki = r->app->pki;
	o->dctx.data_dir = r->app->data_dir;
	o->dctx.prod = r->app->secure_cookies;
	o->q.data_dir = r->app->data_dir;
	o->q.actor = r->user;
	o->q.nomor = r->captures[0];
	o->q.action = act;
	o->q.note = note;
	o->q.sign.passphrase = req_param(r, "passphrase");
	o->q.sign.ctx = &o->dctx;
	o->q.opts.ktp_ok = req_param(r, "ktp_sesuai") != NULL;
	o->q.addr = r->addr;
	o->q.now = r->now;
	permohonan_act_job(&o->q);
	r->job = &o->q.job;
	r->job_done = officer_act_done;
}
