/*
 * api_permohonan.c: the JSON API of online applications: submit, list,
 * read, act, download a document, track by code, and the form
 * declaration of a service for GET /api/v1/layanan/{kode}.
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "permohonan.h"
#include "mod/dokumen/dokumen.h"
#include "mod/berkas/berkas.h"
#include "lib/msg.h"
#include "lib/multipart.h"
#include "lib/str.h"
#include "lib/when.h"
#include "lib/xalloc.h"
#include "store/store.h"
#include "http/api.h"
#include "permohonan_html.h"
#include "http/pages.h"
#include "ui.h"
#include "sql.h"

#define API_PER_PAGE 50

/* Seconds since the epoch as ISO 8601 UTC, or JSON null for 0. */
static json_t *
iso(time_t t)
{
	char out[WHEN_ISO8601_LEN];

	if (t <= 0 || when_iso8601(t, out) != 0)
		return json_null();
	return json_string(out);
}

static json_t *
str_or_null(const char *s)
{
	return s != NULL && *s != '\0' ? json_string(s) : json_null();
}

static int
isian_add(void *arg, const char *name, const char *label, const char *kind,
    int required, const char *choices)
{
	json_t *pil = json_array(), *o;
	const char *p, *bar;

	for (p = choices; *p != '\0'; p = *bar ? bar + 1 : bar) {
		bar = strchrnul(p, '|');
		json_array_append_new(pil, json_stringn(p, (size_t)(bar - p)));
	}
	o = json_pack("{s:s,s:s,s:s,s:b,s:o}", "nama", name, "label", label,
	    "jenis", kind, "wajib", required, "pilihan", pil);
	json_array_append_new(arg, o);
	return 0;
}

static int
dokumen_add(void *arg, const char *code, const char *name, int required)
{
	json_array_append_new(arg,
	    json_pack("{s:s,s:s,s:b}", "kode", code, "nama", name, "wajib",
		required));
	return 0;
}

void
api_layanan_form(struct store *s, int64_t layanan_id, struct json_t *obj)
{
	json_t *isian = json_array(), *req = json_array();

	permohonan_sql_each_isian(s, layanan_id, isian_add, isian);
	permohonan_sql_each_dokumen(s, layanan_id, dokumen_add, req);
	json_object_set_new(obj, "isian", isian);
	/* no declared documents (no workflow yet): keep the plain list */
	if (json_array_size(req) > 0)
		json_object_set_new(obj, "persyaratan", req);
	else
		json_decref(req);
}

/*
 * The application named by the captures: one segment holding the nomor
 * with its slashes percent-encoded, or (first) the four segments of a
 * nomor sent with its slashes.  ncap: captures that form the nomor.
 * Returns its id when the caller may see it, else 0 (404: never say it
 * exists).
 */
static int64_t
permohonan_from_captures(struct req *r, int ncap)
{
	char nomor[64];
	int64_t id;

	if (ncap == 4)
		snprintf(nomor, sizeof(nomor), "%s/%s/%s/%s", r->captures[0],
		    r->captures[1], r->captures[2], r->captures[3]);
	else
		/* too long: "", which names no application */
		str_copy(nomor, sizeof(nomor), r->captures[0]);
	id = permohonan_id_nomor(r->store, nomor);
	if (id == 0 || !permohonan_visible(r->store, r->user, id))
		return 0;
	return id;
}

static int
is_staff_reader(const struct req *r, const struct permohonan_view *v)
{
	return r->user->id != v->pemohon_id;
}

/*
 * Record a staff read of application id (what: "permohonan" or "berkas
 * CODE") with its purpose; outside the reader's queue the request must
 * name one (?tujuan=).  Sends the error and returns -1 when it cannot.
 */
static int
read_recorded(struct req *r, int64_t id, const char *what)
{
	char *why = permohonan_read_purpose(r, id, what);
	int rc;

	if (why == NULL) {
		permohonan_purpose_required(r);
		return -1;
	}
	rc = permohonan_audit_read(r->store, r->user, id, r->addr, why);
	free(why);
	if (rc != 0) {
		api_error(r, 500, "galat_server", msg(M_SAVE_FAILED));
		return -1;
	}
	return 0;
}

static json_t *
row_json(const struct permohonan_row *w)
{
	return json_pack("{s:o,s:s,s:{s:s,s:s},s:{s:s,s:s,s:b},s:o,s:o,s:o,"
			 "s:o,s:b,s:{s:s,s:s},s:{s:s,s:s}}",
	    "nomor", str_or_null(w->nomor), "kode_lacak", w->kode_lacak,
	    "layanan", "kode", w->layanan_code, "nama", w->layanan_name,
	    "status", "kode", w->state, "label", w->state_label, "akhir",
	    w->terminal, "diajukan", iso(w->submitted_at), "jatuh_tempo",
	    str_or_null(w->due_date), "jatuh_tempo_tahap",
	    str_or_null(w->state_due), "draf",
	    w->draft ? json_true() : json_false(), "terlambat", w->overdue,
	    "wilayah", "kode", w->wilayah_code, "nama", w->wilayah_name, "unit",
	    "kode", w->unit_code, "nama", w->unit_name);
}

/* Is s a state code as workflows write them? */
static int
state_ok(const char *s)
{
	size_t n = strlen(s), i;

	if (n < 2 || n > 40)
		return 0;
	for (i = 0; i < n; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') ||
			(s[i] >= '0' && s[i] <= '9') || s[i] == '_' ||
			s[i] == '-'))
			return 0;
	return 1;
}

void
api_permohonan_list(struct req *r)
{
	struct permohonan_filter f;
	struct permohonan_row *v;
	json_t *data;
	const char *st = req_param(r, "status"), *lay = req_param(r, "layanan"),
		   *pg = req_param(r, "halaman");
	int64_t total;
	int n, i, page = 1;

	memset(&f, 0, sizeof(f));
	if (st != NULL && *st != '\0') {
		if (!state_ok(st)) {
			api_error(r, 400, "filter_tidak_sah",
			    msg(M_API_BAD_STATUS));
			return;
		}
		f.state = st;
	}
	if (lay != NULL && *lay != '\0') {
		if (strlen(lay) > 20) {
			api_error(r, 400, "filter_tidak_sah",
			    msg(M_API_BAD_STATUS));
			return;
		}
		f.layanan = lay;
	}
	if (pg != NULL && *pg != '\0') {
		page = atoi(pg);
		if (page < 1 || page > 100000 ||
		    strspn(pg, "0123456789") != strlen(pg)) {
			api_error(r, 400, "filter_tidak_sah",
			    msg(M_API_BAD_STATUS));
			return;
		}
	}
	f.limit = API_PER_PAGE;
	f.offset = (page - 1) * API_PER_PAGE;
	if (r->user->roles & ROLE_STAFF)
		v = permohonan_inbox(r->store, r->user, &f, r->now, &n, &total);
	else
		v = permohonan_list_mine(r->store, r->user, &f, r->now, &n,
		    &total);
	if (v == NULL) {
		api_error(r, 500, "galat_server", msg(M_SAVE_FAILED));
		return;
	}
	data = json_array();
	for (i = 0; i < n; i++)
		json_array_append_new(data, row_json(&v[i]));
	free(v);
	api_send(r, 200,
	    json_pack("{s:o,s:I,s:i}", "data", data, "total", (json_int_t)total,
		"halaman", page));
}

/* 422 with the per-field messages. */
static void
send_errs(struct req *r, const struct field_errs *e)
{
	json_t *fields = json_object();
	int i;

	for (i = 0; i < e->n; i++)
		json_object_set_new(fields, e->e[i].field,
		    json_string(e->e[i].msg));
	api_send(r, 422,
	    json_pack("{s:{s:s,s:s,s:o}}", "galat", "kode", "isian_tidak_sah",
		"pesan", msg(M_API_APP_INVALID), "isian", fields));
}

static int
is_multipart(const struct req *r)
{
	return r->content_type != NULL &&
	    strncasecmp(r->content_type, "multipart/form-data", 19) == 0;
}

/*
 * Fill in from the multipart fields and files: layanan, wilayah,
 * kunci_idempoten, isian.<nama>, berkas.<kode>.  Anything else, a text
 * berkas.* or a file outside berkas.*, is an error in errs.
 */
static void
input_from_req(struct req *r, struct permohonan_input *in,
    struct field_errs *errs)
{
	size_t i;

	memset(in, 0, sizeof(*in));
	memset(errs, 0, sizeof(*errs));
	in->layanan = req_param(r, "layanan");
	in->wilayah = req_param(r, "wilayah");
	in->idem_key = req_param(r, "kunci_idempoten");
	for (i = 0; i < r->nparams; i++) {
		const char *n = r->params[i].name;

		if (strncmp(n, "isian.", 6) == 0) {
			if (in->nfields >= PERMOHONAN_MAX_FIELDS)
				goto too_many;
			in->fields[in->nfields].name = n + 6;
			in->fields[in->nfields].value = r->params[i].value;
			in->nfields++;
		} else if (strncmp(n, "berkas.", 7) == 0)
			field_err_add(errs, n, msg(M_API_DOC_NOT_FILE));
	}
	for (i = 0; i < r->nfiles; i++) {
		if (strncmp(r->files[i].field, "berkas.", 7) != 0) {
			field_err_add(errs, r->files[i].field,
			    msg(M_API_DOC_NOT_FILE));
			continue;
		}
		if (in->ndocs >= PERMOHONAN_MAX_DOCS)
			goto too_many;
		in->docs[in->ndocs].code = r->files[i].field + 7;
		in->docs[in->ndocs].filename = r->files[i].filename;
		in->docs[in->ndocs].data = r->files[i].data;
		in->docs[in->ndocs].len = r->files[i].len;
		in->ndocs++;
	}
	return;
too_many:
	field_err_add(errs, "berkas", msg(M_AP_TOO_MANY));
}

/* The answer to POST /api/v1/permohonan once its batch is committed. */
static void
api_permohonan_created(struct req *r)
{
	const struct permohonan_batch_item *it =
	    (struct permohonan_batch_item *)r->job;

	if (it->rc == -1) {
		send_errs(r, &it->errs);
		return;
	}
	if (it->rc != 0) {
		/* storage failed (the database locked beyond its wait, the
		 * disk full): nothing was kept, the same request may be sent
		 * again (issue 21, t2206) */
		api_error(r, 503, "tidak_tersedia", msg(M_SAVE_FAILED));
		r->retry_after = 5;
		return;
	}
	api_send(r, it->res.existing ? 200 : 201,
	    json_pack("{s:o,s:s,s:s}", "nomor", str_or_null(it->res.nomor),
		"kode_lacak", it->res.kode_lacak, "status", it->res.state));
}

/*
 * POST /api/v1/permohonan.  The application is created by group commit
 * (req.h): the response is written by api_permohonan_created().
 */
void
api_permohonan_create(struct req *r)
{
	struct permohonan_batch_item *it;

	if (!is_multipart(r)) {
		api_error(r, 415, "jenis_konten", msg(M_API_MULTIPART));
		return;
	}
	if (!(r->user->roles & ROLE_WARGA)) {
		api_error(r, 403, "ditolak", msg(M_API_APP_WARGA));
		return;
	}
	it = xcalloc(1, sizeof(*it));
	input_from_req(r, &it->in, &it->errs);
	if (it->errs.n > 0) {
		send_errs(r, &it->errs);
		free(it);
		return;
	}
	it->applicant = r->user;
	it->addr = r->addr;
	it->now = r->now;
	permohonan_create_job(it);
	r->job = &it->job;
	r->job_done = api_permohonan_created;
}

static json_t *
view_json(struct req *r, const struct permohonan_view *v)
{
	struct permohonan_action acts[16];
	json_t *o, *fields, *docs, *hist, *ja;
	char *url, *seg;
	int i, n;

	o = row_json(&v->row);
	json_object_set_new(o, "pemohon",
	    json_pack("{s:s,s:s,s:b}", "nama", v->row.pemohon_name, "nik",
		v->pemohon_nik, "nik_terverifikasi", v->pemohon_nik_verified));
	fields = json_array();
	for (i = 0; i < v->nfields; i++)
		json_array_append_new(fields,
		    json_pack("{s:s,s:s,s:s}", "nama", v->fields[i].name,
			"label", v->fields[i].label, "nilai",
			v->fields[i].value ? v->fields[i].value : ""));
	json_object_set_new(o, "isian", fields);
	docs = json_array();
	seg = NULL;
	{
		/* the nomor percent-encoded as one path segment */
		struct buf b = BUF_INIT;
		const unsigned char *p;

		buf_init(&b, 64);
		for (p = (const unsigned char *)v->row.nomor; *p; p++)
			if (*p == '/')
				buf_adds(&b, "%2F");
			else
				buf_addc(&b, (char)*p);
		seg = buf_detach(&b, NULL);
	}
	for (i = 0; i < v->ndocs; i++) {
		const struct permohonan_view_doc *d = &v->docs[i];

		if (*d->sha256 == '\0') {
			json_array_append_new(docs,
			    json_pack("{s:s,s:s,s:b,"
				      "s:b}",
				"kode", d->code, "nama", d->name, "wajib",
				d->required, "ada", 0));
			continue;
		}
		url =
		    xasprintf("/api/v1/permohonan/%s/berkas/%s", seg, d->code);
		json_array_append_new(docs,
		    json_pack("{s:s,s:s,s:b,s:b,s:s,"
			      "s:s,s:I,s:s,s:o,s:s}",
			"kode", d->code, "nama", d->name, "wajib", d->required,
			"ada", 1, "nama_berkas", d->filename, "jenis", d->mime,
			"ukuran", (json_int_t)d->size, "sha256", d->sha256,
			"diunggah", iso(d->uploaded_at), "unduh", url));
		free(url);
	}
	free(seg);
	json_object_set_new(o, "berkas", docs);
	hist = json_array();
	for (i = 0; i < v->nhist; i++) {
		const struct permohonan_view_hist *h = &v->hist[i];

		json_array_append_new(hist,
		    json_pack("{s:o,s:s,s:s,s:o,s:s,"
			      "s:s,s:o,s:s}",
			"waktu", iso(h->at), "tindakan", h->action, "label",
			h->action_label, "dari", str_or_null(h->from_state),
			"ke", h->to_state, "ke_label", h->to_label, "oleh",
			str_or_null(h->actor_name), "catatan",
			h->note ? h->note : ""));
	}
	json_object_set_new(o, "riwayat", hist);
	ja = json_array();
	n = permohonan_actions(r->store, r->user, v, acts, 16);
	for (i = 0; i < n; i++)
		json_array_append_new(ja,
		    json_pack("{s:s,s:s,s:b,s:b,s:b,"
			      "s:b,s:o}",
			"kode", acts[i].code, "label", acts[i].label,
			"wajib_catatan", acts[i].note_required, "wajib_unggah",
			acts[i].upload_required, "tanda_tangan",
			acts[i].signs_document, "verifikasi", acts[i].verifies,
			"terhalang", str_or_null(acts[i].blocked)));
	json_object_set_new(o, "tindakan", ja);
	{
		/* issue 4: the signed document, once there is one */
		struct dokumen d;

		if (dokumen_of_app(r->store, v->row.id, &d) == 0)
			json_object_set_new(o, "dokumen",
			    json_pack("{s:s,s:s,"
				      "s:s,s:s}",
				"kode_verifikasi", d.kode, "sha256", d.sha256,
				"nomor_surat", d.nomor_surat, "status",
				d.status));
		else
			json_object_set_new(o, "dokumen", json_null());
	}
	return o;
}

static void
permohonan_get(struct req *r, int ncap)
{
	struct permohonan_view v;
	int64_t id = permohonan_from_captures(r, ncap);

	if (id == 0 || permohonan_load(r->store, id, &v) != 0) {
		page_error(r, 404, NULL);
		return;
	}
	if (is_staff_reader(r, &v) && read_recorded(r, id, "permohonan") != 0) {
		permohonan_view_free(&v);
		return;
	}
	api_send(r, 200, view_json(r, &v));
	permohonan_view_free(&v);
}

void
api_permohonan_get(struct req *r)
{
	permohonan_get(r, 1);
}

void
api_permohonan_get4(struct req *r)
{
	permohonan_get(r, 4);
}

/* An action of the API as a job, with what its strings point into. */
struct api_act {
	struct permohonan_tindakan q; /* first: r->job is freed as this */
	struct dokumen_ctx dctx;      /* issue 4: signing actions */
	char nomor[64];
	json_t *body;
};

/* The batch is done with the job: its strings are no longer needed. */
static void
api_act_end(struct store_job *j)
{
	struct api_act *c = (struct api_act *)j;

	json_decref(c->body);
	c->body = NULL;
}

/* The answer to an action once its batch is durable. */
static void
permohonan_acted(struct req *r)
{
	struct api_act *c = (struct api_act *)r->job;
	const char *why = c->q.why;

	switch (c->q.rc) {
	case ACT_OK:
		api_send(r, 200, json_pack("{s:s}", "status", c->q.state));
		break;
	case ACT_NOT_FOUND:
		page_error(r, 404, NULL);
		break;
	case ACT_FORBIDDEN:
		api_error(r, 403, "ditolak", why ? why : msg(M_ACT_READ_ONLY));
		break;
	case ACT_PASSPHRASE:
		api_error(r, 403, "frasa_sandi_salah", why);
		break;
	case ACT_THROTTLED:
		r->retry_after =
		    dokumen_pass_wait(r->store, r->user->id, r->now);
		api_error(r, 429, "terlalu_banyak", why);
		break;
	case ACT_CONFLICT:
		api_error(r, 409, "status_tidak_sesuai",
		    why ? why : msg(M_ACT_DONE));
		break;
	case ACT_NIK_UNVERIFIED:
		api_error(r, 409, "nik_belum_terverifikasi", why);
		break;
	case ACT_SIGNER:
		api_error(r, 502, "bsre_menolak", why);
		break;
	case ACT_UNSURE:
		api_error(r, 504, "belum_pasti", why);
		break;
	case ACT_INVALID:
		api_error(r, 422, "isian_tidak_sah",
		    why ? why : msg(M_API_ACT_FIELDS));
		break;
	default:
		api_error(r, 500, "galat_server", msg(M_SAVE_FAILED));
		break;
	}
}

/*
 * POST /api/v1/permohonan/{nomor}/tindakan: by group commit (req.h);
 * permohonan_acted() answers.
 */
static void
api_permohonan_action(struct req *r, int ncap)
{
	struct api_act *c;
	struct permohonan_tindakan *q;
	const char *ktp;
	json_t *jk;
	size_t i;

	if (permohonan_from_captures(r, ncap) == 0) {
		page_error(r, 404, NULL);
		return;
	}
	c = xcalloc(1, sizeof(*c));
	q = &c->q;
	if (ncap == 4)
		snprintf(c->nomor, sizeof(c->nomor), "%s/%s/%s/%s",
		    r->captures[0], r->captures[1], r->captures[2],
		    r->captures[3]);
	else
		/* too long: "", which names no application */
		str_copy(c->nomor, sizeof(c->nomor), r->captures[0]);
	if (is_multipart(r)) {
		/* an action with an upload: tindakan, catatan, berkas.<kode> */
		q->action = req_param(r, "tindakan");
		q->note = req_param(r, "catatan");
		q->sign.passphrase = req_param(r, "passphrase");
		if ((ktp = req_param(r, "ktp_sesuai")) != NULL) {
			if (strcmp(ktp, "true") != 0 &&
			    strcmp(ktp, "false") != 0) {
				api_error(r, 422, "isian_tidak_sah",
				    msg(M_API_ACT_FIELDS));
				free(c);
				return;
			}
			q->opts.ktp_ok = strcmp(ktp, "true") == 0;
		}
		for (i = 0; i < r->nfiles; i++) {
			if (strncmp(r->files[i].field, "berkas.", 7) != 0 ||
			    q->ndocs >= PERMOHONAN_MAX_DOCS) {
				api_error(r, 422, "isian_tidak_sah",
				    msg(M_API_DOC_NOT_FILE));
				free(c);
				return;
			}
			q->docs[q->ndocs].code = r->files[i].field + 7;
			q->docs[q->ndocs].filename = r->files[i].filename;
			q->docs[q->ndocs].data = r->files[i].data;
			q->docs[q->ndocs].len = r->files[i].len;
			q->ndocs++;
		}
	} else {
		if ((c->body = api_body(r)) == NULL) {
			free(c);
			return;
		}
		q->action =
		    json_string_value(json_object_get(c->body, "tindakan"));
		q->note =
		    json_string_value(json_object_get(c->body, "catatan"));
		q->sign.passphrase =
		    json_string_value(json_object_get(c->body, "passphrase"));
		if (json_object_get(c->body, "catatan") != NULL &&
		    !json_is_string(json_object_get(c->body, "catatan")))
			q->action = NULL;
		if ((jk = json_object_get(c->body, "ktp_sesuai")) != NULL) {
			if (!json_is_boolean(jk))
				q->action = NULL;
			q->opts.ktp_ok = json_is_true(jk);
		}
	}
	if (q->action == NULL || *q->action == '\0' || strlen(q->action) > 40) {
		json_decref(c->body);
		free(c);
		api_error(r, 422, "isian_tidak_sah", msg(M_API_ACT_FIELDS));
		return;
	}
	c->dctx.pki = r->app->pki;
	c->dctx.data_dir = r->app->data_dir;
	c->dctx.prod = r->app->secure_cookies;
	q->sign.ctx = &c->dctx;
	q->data_dir = r->app->data_dir;
	q->actor = r->user;
	q->nomor = c->nomor;
	q->addr = r->addr;
	q->now = r->now;
	permohonan_act_job(q);
	q->job.end = api_act_end;
	r->job = &q->job;
	r->job_done = permohonan_acted;
}

void
api_permohonan_act(struct req *r)
{
	api_permohonan_action(r, 1);
}

void
api_permohonan_act4(struct req *r)
{
	api_permohonan_action(r, 4);
}

void
api_permohonan_doc(struct req *r)
{
	char sha[65], fn[STR_CHARS(200)], mime[24], *path, *what;
	struct buf b = BUF_INIT;
	const unsigned char *p;
	int64_t id = permohonan_from_captures(r, 1);
	int rc;

	if (id == 0 ||
	    permohonan_doc(r->store, id, r->captures[1], sha, fn, mime) != 0) {
		page_error(r, 404, NULL);
		return;
	}
	what = xasprintf("berkas %s", r->captures[1]);
	rc = read_recorded(r, id, what);
	free(what);
	if (rc != 0)
		return;
	path = berkas_path(r->app->data_dir, sha);
	buf_reset(&r->out);
	if (buf_read_file(&r->out, path, BERKAS_MAX_FILE) != 0) {
		free(path);
		buf_reset(&r->out);
		page_error(r, 404, NULL);
		return;
	}
	free(path);
	r->status = 200;
	r->out_type = strcmp(mime, "application/pdf") == 0 ? "application/pdf"
	    : strcmp(mime, "image/png") == 0		   ? "image/png"
							   : "image/jpeg";
	/* RFC 6266: an ASCII fallback and the UTF-8 name */
	buf_init(&b, 256);
	buf_adds(&b, "attachment; filename=\"");
	for (p = (const unsigned char *)fn; *p; p++)
		buf_addc(&b,
		    *p < 0x20 || *p >= 0x7F || *p == '"' || *p == '\\'
			? '_'
			: (char)*p);
	buf_adds(&b, "\"; filename*=UTF-8''");
	for (p = (const unsigned char *)fn; *p; p++)
		if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') ||
		    (*p >= '0' && *p <= '9') || strchr("-._", *p) != NULL)
			buf_addc(&b, (char)*p);
		else
			buf_addf(&b, "%%%02X", *p);
	free(r->disposition);
	r->disposition = buf_detach(&b, NULL);
}

/*
 * A tracking code as people type it: case and hyphens or spaces do not
 * matter, and I, L and O read as 1, 1 and 0 (Crockford).
 */
static int
lacak_norm(const char *in, char out[24])
{
	size_t n = 0;
	char c;

	for (; *in != '\0'; in++) {
		c = *in;
		if (c == '-' || c == ' ')
			continue;
		if (c >= 'a' && c <= 'z')
			c = (char)(c - 'a' + 'A');
		if (c == 'I' || c == 'L')
			c = '1';
		else if (c == 'O')
			c = '0';
		if (strchr("0123456789ABCDEFGHJKMNPQRSTVWXYZ", c) == NULL ||
		    c == '\0' || n >= 23)
			return -1;
		out[n++] = c;
	}
	out[n] = '\0';
	return n >= 10 ? 0 : -1;
}

void
api_track(struct req *r)
{
	struct permohonan_view v;
	json_t *hist;
	char kode[24];
	int64_t id;
	int i;

	if (lacak_norm(r->captures[0], kode) != 0 ||
	    (id = permohonan_id_lacak(r->store, kode)) == 0 ||
	    permohonan_load(r->store, id, &v) != 0) {
		page_error(r, 404, NULL);
		return;
	}
	/* no names, no NIK, no notes: anyone holding the code may look */
	hist = json_array();
	for (i = 0; i < v.nhist; i++)
		json_array_append_new(hist,
		    json_pack("{s:s,s:s,s:o}", "status", v.hist[i].to_state,
			"label", v.hist[i].to_label, "waktu",
			iso(v.hist[i].at)));
	api_send(r, 200,
	    json_pack("{s:s,s:s,s:s,s:s,s:o,s:o,s:b,s:o}", "layanan",
		v.row.layanan_name, "kode_layanan", v.row.layanan_code,
		"status", v.row.state, "status_label", v.row.state_label,
		"jatuh_tempo", str_or_null(v.row.due_date), "jatuh_tempo_tahap",
		str_or_null(v.row.state_due), "terlambat", v.row.overdue,
		"riwayat", hist));
	permohonan_view_free(&v);
}
