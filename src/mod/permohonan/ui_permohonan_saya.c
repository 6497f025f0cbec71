/*
 * my_applications.c: "Permohonan Saya" for citizens: the list of their
 * applications (GET /permohonan), one application with its fields,
 * documents, history and the actions open to them (GET /permohonan/<n>),
 * and those actions (POST /permohonan/<n>/tindakan): finish and submit a
 * draft, fix and resubmit after a request for correction, withdraw.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "permohonan.h"
#include "lib/msg.h"
#include "lib/utf8.h"
#include "lib/xalloc.h"
#include "permohonan_html.h"
#include "http/layout.h"
#include "http/pages.h"
#include "mod/dokumen/ui.h"
#include "ui.h"
#include "mod/survei/ui.h"

#define LIST_MAX 200
#define NOTE_MAX 2000
#define ACTS_MAX 16

void
page_my_apps(struct req *r)
{
	struct buf *b = &r->out;
	struct permohonan_filter f;
	struct permohonan_row *v;
	int64_t total = 0;
	char *seg;
	int n, i;

	memset(&f, 0, sizeof(f));
	f.limit = LIST_MAX;
	v = permohonan_list_mine(r->store, r->user, &f, r->now, &n, &total);
	if (v == NULL) {
		page_error(r, 500, NULL);
		return;
	}
	layout_begin(r, "Permohonan Saya");
	html_lit(b,
	    "<h1>Permohonan Saya</h1><p>Daftar permohonan layanan yang"
	    " Anda ajukan secara daring, beserta statusnya. Untuk mengajukan"
	    " permohonan baru, pilih layanan di <a href=\"/layanan\">Katalog"
	    " Layanan</a> lalu pilih \"Ajukan secara daring\".</p>");
	if (n == 0) {
		html_lit(b,
		    "<p class=\"kotak info\">Anda belum mempunyai"
		    " permohonan.</p>");
		layout_end(r);
		free(v);
		return;
	}
	html_printf(b, "<p class=\"meta\">%I permohonan", total);
	if (total > n)
		html_printf(b, "; %d terbaru ditampilkan", n);
	html_lit(b,
	    ".</p><div class=\"tabel-gulir\" tabindex=\"0\""
	    " role=\"region\" aria-label=\"Permohonan Saya\"><table><caption"
	    " class=\"sr\">Permohonan Saya</caption><thead><tr>"
	    "<th scope=\"col\">Nomor registrasi</th><th scope=\"col\">Layanan"
	    "</th><th scope=\"col\">Status</th><th scope=\"col\">Diajukan</th>"
	    "<th scope=\"col\">Batas waktu penyelesaian</th></tr></thead>"
	    "<tbody>");
	for (i = 0; i < n; i++) {
		seg = permohonan_seg(&v[i]);
		if (v[i].draft)
			html_printf(b,
			    "<tr><td><a href=\"/permohonan/%U\">Draf"
			    " (belum bernomor)</a></td>",
			    seg);
		else
			html_printf(b,
			    "<tr><td><a href=\"/permohonan/%U\">%s"
			    "</a></td>",
			    seg, v[i].nomor);
		free(seg);
		html_printf(b, "<td>%s</td><td>", v[i].layanan_name);
		permohonan_state_write(b, &v[i]);
		html_lit(b, "</td><td>");
		if (v[i].draft) {
			html_lit(b, "Dibuat ");
			permohonan_time_write(b, v[i].created_at);
		} else {
			permohonan_time_write(b, v[i].submitted_at);
		}
		html_lit(b, "</td><td>");
		if (v[i].due_date[0] != '\0')
			permohonan_date_write(b, v[i].due_date);
		else
			html_lit(b, "—");
		html_lit(b, "</td></tr>");
	}
	html_lit(b, "</tbody></table></div>");
	layout_end(r);
	free(v);
}

/*
 * Load the signed-in citizen's own application named by the URL; any
 * other (unknown, someone else's) gets 404, never 403.
 */
int
permohonan_load_own(struct req *r, struct permohonan_view *v)
{
	int64_t id = permohonan_from_seg(r, r->captures[0]);

	memset(v, 0, sizeof(*v));
	if (id == 0 || !permohonan_visible(r->store, r->user, id) ||
	    permohonan_load(r->store, id, v) != 0 ||
	    v->pemohon_id != r->user->id) {
		permohonan_view_free(v);
		page_error(r, 404, msg(M_APP_NOT_FOUND));
		return -1;
	}
	return 0;
}

/* The latest history entry, if it recorded action code. */
static const struct permohonan_view_hist *
last_hist(const struct permohonan_view *v, const char *code)
{
	if (v->nhist == 0 ||
	    (code != NULL && strcmp(v->hist[v->nhist - 1].action, code) != 0))
		return NULL;
	return &v->hist[v->nhist - 1];
}

static void
summary_write(struct req *r, const struct permohonan_view *v)
{
	struct buf *b = &r->out;
	const struct permohonan_row *a = &v->row;
	char *seg;

	html_lit(b, "<dl class=\"ringkas\"><dt>Nomor registrasi</dt><dd>");
	if (a->draft)
		html_lit(b, "Belum ada: permohonan masih berupa draf.");
	else
		html_printf(b, "%s", a->nomor);
	html_lit(b, "</dd>");
	if (!a->draft) {
		seg = permohonan_seg(a);
		html_printf(b,
		    "<dt>Kode lacak</dt><dd><a href=\"/lacak/%U\">%s"
		    "</a></dd><dt>Bukti permohonan</dt><dd><a"
		    " href=\"/permohonan/%U/bukti\">Lihat dan cetak Bukti"
		    " Permohonan</a></dd>",
		    a->kode_lacak, a->kode_lacak, seg);
		free(seg);
	}
	html_lit(b, "<dt>Status</dt><dd>");
	permohonan_state_write(b, a);
	html_printf(b, "</dd><dt>Kampung/kelurahan pemohon</dt><dd>%s</dd>",
	    a->wilayah_name);
	if (!a->draft) {
		html_printf(b,
		    "<dt>Ditangani oleh</dt><dd>%s</dd>"
		    "<dt>Diajukan</dt><dd>",
		    a->unit_name);
		permohonan_time_write(b, a->submitted_at);
		html_lit(b, "</dd>");
		permohonan_due_write(b, a);
	}
	html_lit(b, "</dl>");
}

static void
notices_write(struct req *r, const struct permohonan_view *v)
{
	const struct permohonan_view_hist *h;
	const char *ok = req_param(r, "ok");
	char *t;

	if (v->row.draft && (req_param(r, "draf") || req_param(r, "ulang")))
		notice(r, "sukses", msg(M_APP_DRAFT_SAVED));
	else if (req_param(r, "baru") != NULL)
		notice(r, "sukses", msg(M_APP_SUBMITTED));
	else if (req_param(r, "ulang") != NULL)
		notice(r, "info", msg(M_APP_REPLAY));
	else if (ok != NULL && (h = last_hist(v, ok)) != NULL) {
		t = xasprintf(msg(M_APP_ACT_DONE), h->action_label,
		    h->to_label);
		notice(r, "sukses", t);
		free(t);
	}
}

/* The form of a draft: finish it, save it again or submit it. */
static void
draft_form(struct req *r, const struct permohonan_view *v,
    const struct field_errs *e, int from_request)
{
	struct buf *b = &r->out;
	char *seg = permohonan_seg(&v->row);

	html_printf(b,
	    "<h2>Lengkapi permohonan</h2><form method=\"post\""
	    " action=\"/permohonan/%U/tindakan\""
	    " enctype=\"multipart/form-data\" class=\"formulir lebar\""
	    " novalidate>",
	    seg);
	form_csrf(r);
	permohonan_form_inputs(r, v->fields, v->nfields, v->docs, v->ndocs, e,
	    from_request, 1);
	html_lit(b,
	    "<div class=\"tombol-baris\"><button type=\"submit\""
	    " name=\"tindakan\" value=\"ajukan\">Ajukan permohonan</button>"
	    "<button type=\"submit\" name=\"tindakan\" value=\"simpan\""
	    " class=\"kedua\">Simpan sebagai draf</button></div></form>");
	free(seg);
}

/* The actions open to the applicant, each its own form. */
static void
actions_write(struct req *r, const struct permohonan_view *v,
    const struct field_errs *e, int from_request)
{
	struct buf *b = &r->out;
	struct permohonan_action acts[ACTS_MAX];
	char *seg = permohonan_seg(&v->row);
	int n, i;

	n = permohonan_actions(r->store, r->user, v, acts, ACTS_MAX);
	for (i = 0; i < n; i++) {
		if (acts[i].blocked != NULL) {
			html_printf(b, "<p class=\"kotak info\">%s: %s</p>",
			    acts[i].label, acts[i].blocked);
			continue;
		}
		if (strcmp(acts[i].code, "ajukan_ulang") == 0) {
			html_printf(b,
			    "<h2 id=\"perbaikan\">Perbaiki"
			    " permohonan</h2><p>Ubah isian atau unggah ulang"
			    " dokumen yang diminta petugas, lalu pilih"
			    " \"%s\".</p><form method=\"post\""
			    " action=\"/permohonan/%U/tindakan\""
			    " enctype=\"multipart/form-data\""
			    " class=\"formulir lebar\" novalidate>",
			    acts[i].label, seg);
			form_csrf(r);
			html_lit(b,
			    "<input type=\"hidden\" name=\"tindakan\""
			    " value=\"ajukan_ulang\">");
			permohonan_form_inputs(r, v->fields, v->nfields,
			    v->docs, v->ndocs, e, from_request, 1);
			permohonan_note_field(r, acts[i].code,
			    "Keterangan perbaikan"
			    " untuk petugas",
			    "Tidak wajib. Paling banyak 2.000"
			    " karakter.",
			    from_request ? req_param(r, "catatan") : NULL,
			    NULL);
			html_printf(b,
			    "<button type=\"submit\">%s</button>"
			    "</form>",
			    acts[i].label);
			continue;
		}
		html_printf(b,
		    "<h2>%s</h2><form method=\"post\""
		    " action=\"/permohonan/%U/tindakan\" class=\"formulir\""
		    " novalidate>",
		    acts[i].label, seg);
		form_csrf(r);
		html_printf(b,
		    "<input type=\"hidden\" name=\"tindakan\""
		    " value=\"%s\">",
		    acts[i].code);
		if (strcmp(acts[i].code, "batalkan") == 0)
			html_lit(b,
			    "<p>Permohonan yang dibatalkan tidak dapat"
			    " diproses lagi. Anda dapat mengajukan permohonan"
			    " baru kapan saja.</p>");
		permohonan_note_field(r, acts[i].code,
		    acts[i].note_required ? "Alasan (wajib)" : "Alasan",
		    acts[i].note_required ? "Paling banyak 2.000 karakter."
					  : "Tidak wajib. Paling"
					    " banyak 2.000 karakter.",
		    NULL, NULL);
		html_printf(b,
		    "<button type=\"submit\" class=\"%s\">%s"
		    "</button></form>",
		    strcmp(acts[i].code, "batalkan") == 0 ? "bahaya" : "utama",
		    acts[i].label);
	}
	free(seg);
}

/*
 * The application page; e and error (may be NULL) come from a refused
 * POST, whose values are shown again (from_request).
 */
static void
page_permohonan_saya(struct req *r, const struct permohonan_view *v,
    const struct field_errs *e, const char *error, int from_request)
{
	struct buf *b = &r->out;
	const struct permohonan_view_hist *h;
	int i;

	layout_begin(r, v->row.layanan_name);
	html_printf(b,
	    "<nav aria-label=\"Remah roti\"><a href=\"/permohonan\">"
	    "Permohonan Saya</a> › %s</nav><h1>%s</h1>",
	    v->row.draft ? "Draf" : v->row.nomor, v->row.layanan_name);
	notices_write(r, v);
	if (error != NULL)
		html_printf(b,
		    "<div class=\"kotak galat\" role=\"alert\"><p>%s"
		    "</p></div>",
		    error);
	permohonan_errs_write(r, e, v->fields, v->nfields, v->docs, v->ndocs);
	summary_write(r, v);
	if (strcmp(v->row.state, "perlu_perbaikan") == 0 && !v->row.draft) {
		/* the officer's request, right where the citizen looks */
		for (i = v->nhist - 1; i >= 0; i--) {
			h = &v->hist[i];
			if (strcmp(h->to_state, "perlu_perbaikan") == 0) {
				html_printf(b,
				    "<div class=\"kotak info\"><h2>"
				    "Petugas meminta perbaikan</h2><p>%s</p>"
				    "<p><a href=\"#perbaikan\">Perbaiki"
				    " permohonan</a></p></div>",
				    h->note ? h->note : "");
				break;
			}
		}
	}
	if (v->row.draft) {
		draft_form(r, v, e, from_request);
	} else {
		dokumen_permohonan_section(r, v->row.id, 0); /* issue 4 */
		survei_permohonan_notice(r, v->row.id);	     /* issue 6: SKM */
		permohonan_fields_write(b, v);
		permohonan_docs_write(b, v);
		permohonan_history_write(b, v, 1);
		actions_write(r, v, e, from_request);
	}
	html_lit(b,
	    "<p><a href=\"/permohonan\">Kembali ke Permohonan Saya</a>"
	    "</p>");
	layout_end(r);
}

void
page_my_app(struct req *r)
{
	struct permohonan_view v;
	struct buf to = BUF_INIT;
	char *path;

	/* links in notifications name /permohonan/<n> for everyone */
	if (!user_has(r, ROLE_WARGA)) {
		if (!user_has(r, ROLE_STAFF) ||
		    strncmp(r->captures[0], "draf-", 5) == 0) {
			page_error(r, 404, msg(M_APP_NOT_FOUND));
			return;
		}
		buf_adds(&to, "/petugas/permohonan/");
		html_url(&to, r->captures[0]);
		path = buf_detach(&to, NULL);
		req_redirect(r, path);
		free(path);
		return;
	}
	if (permohonan_load_own(r, &v) != 0)
		return;
	page_permohonan_saya(r, &v, NULL, NULL, 0);
	permohonan_view_free(&v);
}

void
permohonan_page_kept(struct req *r, int64_t id, const struct field_errs *e)
{
	struct permohonan_view v;

	memset(&v, 0, sizeof(v));
	if (!permohonan_visible(r->store, r->user, id) ||
	    permohonan_load(r->store, id, &v) != 0 ||
	    v.pemohon_id != r->user->id || !v.row.draft) {
		permohonan_view_free(&v);
		page_error(r, 404, msg(M_APP_NOT_FOUND));
		return;
	}
	r->status = 422;
	page_permohonan_saya(r, &v, e, msg(M_APP_DRAFT_KEPT), 1);
	permohonan_view_free(&v);
}

/* Redirect to the application's page with a notice parameter. */
static void
back_to(struct req *r, const struct permohonan_row *a, const char *suffix)
{
	char *to = permohonan_path("/permohonan/", a, suffix);

	req_redirect(r, to);
	free(to);
}

static int
act_status(enum act_result rc)
{
	switch (rc) {
	case ACT_NOT_FOUND:
		return 404;
	case ACT_FORBIDDEN:
		return 403;
	case ACT_CONFLICT:
		return 409;
	case ACT_INVALID:
		return 422;
	default:
		return 500;
	}
}

/* A citizen's action on their own application, as a job (req.h). */
struct my_act {
	struct permohonan_tindakan q; /* first: r->job is freed as this */
	char nomor[64];
	int64_t id;
};

/* The answer to the action once its batch is durable. */
static void
my_act_done(struct req *r)
{
	struct my_act *m = (struct my_act *)r->job;
	struct permohonan_view v;
	struct permohonan_row row;
	const char *act = req_str(r, "tindakan"), *why = m->q.why;
	char *t;

	if (m->q.rc == ACT_OK) {
		memset(&row, 0, sizeof(row));
		row.id = m->id;
		snprintf(row.nomor, sizeof(row.nomor), "%s", m->nomor);
		t = xasprintf("?ok=%s", act);
		back_to(r, &row, t);
		free(t);
		return;
	}
	if (m->q.rc == ACT_NOT_FOUND) {
		page_error(r, 404, msg(M_APP_NOT_FOUND));
		return;
	}
	if (permohonan_load_own(r, &v) != 0)
		return;
	r->status = act_status(m->q.rc);
	if (why == NULL)
		why = m->q.rc == ACT_STORAGE ? msg(M_SAVE_FAILED)
					     : msg(M_APP_ACT_UNKNOWN);
	if (strcmp(act, "ajukan_ulang") == 0) {
		t = xasprintf(msg(M_APP_FIX_SAVED_NOT_SENT), why);
		page_permohonan_saya(r, &v, NULL, t, 1);
		free(t);
	} else {
		page_permohonan_saya(r, &v, NULL, why, 1);
	}
	permohonan_view_free(&v);
}

/* Leave the action of the form on application (id, nomor) as r's job. */
static struct store_job *
my_act_job(struct req *r, int64_t id, const char *nomor)
{
	struct my_act *m = xcalloc(1, sizeof(*m));

	m->id = id;
	snprintf(m->nomor, sizeof(m->nomor), "%s", nomor);
	m->q.data_dir = r->app->data_dir;
	m->q.actor = r->user;
	m->q.nomor = m->nomor;
	m->q.action = req_str(r, "tindakan");
	m->q.note = req_str(r, "catatan");
	m->q.addr = r->addr;
	m->q.now = r->now;
	permohonan_act_job(&m->q);
	r->job_done = my_act_done;
	return &m->q.job;
}

/*
 * The answer to an edit (a draft saved or submitted, a fix) once its
 * batch is durable; a fix (ajukan_ulang) then goes on with the action.
 */
static void
my_update_done(struct req *r)
{
	struct permohonan_perbaikan *q = (struct permohonan_perbaikan *)r->job;
	struct permohonan_view v;
	struct permohonan_row row;
	int64_t id = q->id;
	char nomor[64];

	if (q->rc == 0 && strcmp(req_str(r, "tindakan"), "ajukan_ulang") == 0) {
		snprintf(nomor, sizeof(nomor), "%s", q->res.nomor);
		free(r->job);
		r->job = my_act_job(r, id, nomor);
		r->job_again = 1;
		return;
	}
	if (q->rc == 0) {
		memset(&row, 0, sizeof(row));
		row.id = id;
		snprintf(row.nomor, sizeof(row.nomor), "%s", q->res.nomor);
		back_to(r, &row, q->res.nomor[0] ? "?baru=1" : "?draf=1");
		return;
	}
	if (permohonan_load_own(r, &v) != 0)
		return;
	r->status = q->rc == -1 ? 422 : q->rc == -3 ? 409 : 500;
	page_permohonan_saya(r, &v, q->rc == -1 ? &q->errs : NULL,
	    q->rc == -1	      ? NULL
		: q->rc == -3 ? msg(M_APP_ACT_UNKNOWN)
			      : msg(M_SAVE_FAILED),
	    1);
	permohonan_view_free(&v);
}

/* Leave the change of a draft or a perlu_perbaikan application as job. */
static void
my_update_job(struct req *r, struct permohonan_view *v, int draft)
{
	struct permohonan_perbaikan *q = xcalloc(1, sizeof(*q));

	q->in.draft = draft;
	permohonan_input_fill(r, &q->in, v->fields, v->nfields, v->docs,
	    v->ndocs, r->files, r->nfiles);
	q->applicant = r->user;
	q->id = v->row.id;
	q->addr = r->addr;
	q->now = r->now;
	permohonan_update_job(q);
	r->job = &q->job;
	r->job_done = my_update_done;
}

/*
 * POST /permohonan/{nomor}/tindakan: by group commit (req.h): a draft
 * saved or submitted, a fix then ajukan_ulang, or another action.
 */
void
page_permohonan_saya_act(struct req *r)
{
	struct permohonan_view v;
	const char *act = req_str(r, "tindakan");
	const char *note = req_str(r, "catatan");

	if (permohonan_load_own(r, &v) != 0)
		return;
	if (text_check(note, 0, NOTE_MAX, 1) != NULL) {
		r->status = 422;
		page_permohonan_saya(r, &v, NULL, msg(M_APP_NOTE_LONG), 1);
	} else if (v.row.draft && strcmp(act, "ajukan") != 0 &&
	    strcmp(act, "simpan") != 0) {
		r->status = 409;
		page_permohonan_saya(r, &v, NULL, msg(M_APP_ACT_UNKNOWN), 1);
	} else if (v.row.draft)
		my_update_job(r, &v, strcmp(act, "simpan") == 0);
	else if (strcmp(act, "ajukan_ulang") == 0)
		my_update_job(r, &v, 0);
	else
		r->job = my_act_job(r, v.row.id, v.row.nomor);
	permohonan_view_free(&v);
}

/*
 * A registration number typed into the address bar with its slashes
 * (/permohonan/14.08.01.1001/KPG-02/2026/00001, also under /petugas):
 * redirect to the one-segment form the pages use.
 */
void
page_permohonan_slashes(struct req *r)
{
	struct buf to = BUF_INIT;
	char *seg, *path;

	seg = xasprintf("%s/%s/%s/%s", r->captures[0], r->captures[1],
	    r->captures[2], r->captures[3]);
	buf_adds(&to,
	    strncmp(r->path, "/petugas/", 9) == 0 ? "/petugas/permohonan/"
						  : "/permohonan/");
	html_url(&to, seg);
	path = buf_detach(&to, NULL);
	req_redirect(r, path);
	free(path);
	free(seg);
}
