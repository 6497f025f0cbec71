/*
 * api_pengaduan.c: the JSON API of complaints: POST /api/v1/pengaduan
 * (JSON or multipart), GET /api/v1/pengaduan (the caller's list),
 * GET /api/v1/pengaduan/publik, GET /api/v1/pengaduan/{nomor} and
 * POST /api/v1/pengaduan/{nomor}/tindakan.  Identity and rahasia rules
 * are the domain's (pengaduan_load()); this file only serialises.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "pengaduan.h"
#include "lib/msg.h"
#include "lib/multipart.h"
#include "lib/when.h"
#include "lib/xalloc.h"
#include "store/store.h"
#include "http/api.h"
#include "http/pages.h"
#include "ui.h"

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

/* One complaint in a list (identity only as pengaduan_list() gave it). */
static json_t *
row_json(const struct pengaduan_row *w, int public)
{
	json_t *o = json_pack("{s:s,s:s,s:s,s:s,s:s,s:s,s:s,s:s,s:o,s:i,"
			      "s:o,s:b,s:b}",
	    "nomor", w->nomor, "jenis", w->jenis, "judul", w->judul, "kategori",
	    w->kategori, "kategori_label",
	    pengaduan_kategori_label(w->kategori), "wilayah", w->wilayah_code,
	    "status", w->status, "status_label",
	    pengaduan_status_label(w->status), "unit",
	    w->unit_id ? json_pack("{s:s,s:s}", "kode", w->unit_code, "nama",
			     w->unit_name)
		       : json_null(),
	    "hari_kerja", w->hari, "diajukan", iso(w->created_at), "terlambat",
	    w->overdue || w->terlambat, "dibuka_kembali", w->dibuka_kembali);

	if (!public) {
		json_object_set_new(o, "batas", str_or_null(w->batas));
		json_object_set_new(o, "anonim", json_boolean(w->anonim));
		json_object_set_new(o, "rahasia", json_boolean(w->rahasia));
		json_object_set_new(o, "eskalasi", json_integer(w->eskalasi));
		json_object_set_new(o, "pelapor",
		    w->pelapor_name[0]
			? json_pack("{s:s}", "nama", w->pelapor_name)
			: json_null());
	}
	json_object_set_new(o, "nilai",
	    w->nilai ? json_integer(w->nilai) : json_null());
	return o;
}

static json_t *
msgs_json(const struct pengaduan_view *v)
{
	json_t *a = json_array();
	int i;

	for (i = 0; i < v->nmsgs; i++)
		json_array_append_new(a,
		    json_pack("{s:o,s:s,s:s,s:s}", "waktu", iso(v->msgs[i].at),
			"peran", v->msgs[i].peran, "tindakan",
			v->msgs[i].tindakan, "isi", v->msgs[i].isi));
	return a;
}

static json_t *
view_json(const struct account *a, const struct pengaduan_view *v)
{
	json_t *o = row_json(&v->row, 0), *f = json_array(), *t;
	const char *codes[8];
	int i, n;

	json_object_set_new(o, "isi", json_string(v->isi));
	json_object_set_new(o, "kode_lacak",
	    v->mine ? json_string(v->row.kode_lacak) : json_null());
	json_object_set_new(o, "unit_tujuan", str_or_null(v->unit_tujuan));
	json_object_set_new(o, "instansi_rujukan",
	    str_or_null(v->instansi_rujukan));
	json_object_set_new(o, "alasan_arsip", str_or_null(v->alasan_arsip));
	json_object_set_new(o, "kasus", str_or_null(v->kasus_nomor));
	if (v->row.pelapor_name[0] != '\0') {
		t = json_pack("{s:s}", "nama", v->row.pelapor_name);
		if (v->pelapor_phone[0])
			json_object_set_new(t, "telepon",
			    json_string(v->pelapor_phone));
		if (v->mine) {
			json_object_set_new(t, "nik",
			    json_string(v->pelapor_nik));
			json_object_set_new(t, "surel",
			    str_or_null(v->pelapor_email));
		}
		json_object_set_new(o, "pelapor", t);
	}
	json_object_set_new(o, "pesan", msgs_json(v));
	for (i = 0; i < v->nfiles; i++)
		json_array_append_new(f,
		    json_pack("{s:i,s:s,s:s,s:I,s:s}", "pos", v->files[i].pos,
			"nama", v->files[i].filename, "mime", v->files[i].mime,
			"ukuran", (json_int_t)v->files[i].size, "sha256",
			v->files[i].sha256));
	json_object_set_new(o, "berkas", f);
	t = json_array();
	n = pengaduan_actions(a, v, codes, 8);
	for (i = 0; i < n; i++)
		json_array_append_new(t, json_string(codes[i]));
	json_object_set_new(o, "tindakan", t);
	return o;
}

/* JSON boolean (or absent: 0); -1 for anything else. */
static int
json_flag(json_t *body, const char *key)
{
	json_t *v = json_object_get(body, key);

	if (v == NULL || json_is_null(v))
		return 0;
	if (json_is_boolean(v))
		return json_is_true(v);
	return -1;
}

/* "1"/"0" (or absent or ""/"true"/"false" from a checkbox); -1 else. */
static int
form_flag(const char *v)
{
	if (v == NULL || *v == '\0' || strcmp(v, "0") == 0 ||
	    strcmp(v, "false") == 0)
		return 0;
	if (strcmp(v, "1") == 0 || strcmp(v, "true") == 0 ||
	    strcmp(v, "on") == 0)
		return 1;
	return -1;
}

static void
send_errs(struct req *r, const struct field_errs *fe)
{
	json_t *fields = json_object();
	int i;

	for (i = 0; i < fe->n; i++)
		json_object_set_new(fields, fe->e[i].field,
		    json_string(fe->e[i].msg));
	api_send(r, 422,
	    json_pack("{s:{s:s,s:s,s:o}}", "galat", "kode", "isian_tidak_sah",
		"pesan", msg(M_PENGADUAN_INVALID), "isian", fields));
}

/* A JSON string member, or NULL; a non-string is an error in fe. */
static const char *
jstr(json_t *body, const char *key, struct field_errs *fe)
{
	json_t *v = json_object_get(body, key);

	if (v == NULL || json_is_null(v))
		return NULL;
	if (!json_is_string(v)) {
		field_err_add(fe, key, msg(M_PENGADUAN_JSON_BAD_TYPE));
		return NULL;
	}
	return json_string_value(v);
}

/*
 * Fill in from a form (multipart or urlencoded: the web adapter parsed
 * both into r->params and r->files).  Files come as parts named
 * "berkas" (repeatable) or "berkas.<anything>".
 */
void
pengaduan_input_form(struct req *r, struct pengaduan_input *in,
    struct field_errs *fe)
{
	size_t i;

	memset(in, 0, sizeof(*in));
	in->jenis = req_param(r, "jenis");
	in->judul = req_param(r, "judul");
	in->isi = req_param(r, "isi");
	in->kategori = req_param(r, "kategori");
	in->wilayah = req_param(r, "wilayah");
	in->unit = req_param(r, "unit");
	in->anonim = form_flag(req_param(r, "anonim"));
	in->rahasia = form_flag(req_param(r, "rahasia"));
	for (i = 0; i < r->nparams; i++)
		if (strncmp(r->params[i].name, "berkas", 6) == 0 &&
		    (r->params[i].name[6] == '\0' ||
			r->params[i].name[6] == '.')) {
			field_err_add(fe, "berkas",
			    msg(M_PENGADUAN_BERKAS_FIELD));
			break;
		}
	for (i = 0; i < r->nfiles; i++) {
		if (strncmp(r->files[i].field, "berkas", 6) != 0) {
			field_err_add(fe, r->files[i].field,
			    msg(M_PENGADUAN_BERKAS_FIELD));
			continue;
		}
		if (in->nfiles >= PENGADUAN_MAX_FILES) {
			field_err_add(fe, "berkas",
			    msg(M_PENGADUAN_BERKAS_MANY));
			break;
		}
		in->files[in->nfiles].filename = r->files[i].filename;
		in->files[in->nfiles].data = r->files[i].data;
		in->files[in->nfiles].len = r->files[i].len;
		in->nfiles++;
	}
}

/* A job of the API with the JSON body its strings point into. */
struct api_create {
	struct pengaduan_baru q; /* first: r->job is freed as this */
	json_t *body;
};
struct api_act {
	struct pengaduan_tindakan q; /* first, as above */
	json_t *body;
};

/* The batch is done with the job: its strings are no longer needed. */
static void
api_create_end(struct store_job *j)
{
	struct api_create *c = (struct api_create *)j;

	json_decref(c->body);
	c->body = NULL;
}

static void
api_act_end(struct store_job *j)
{
	struct api_act *c = (struct api_act *)j;

	json_decref(c->body);
	c->body = NULL;
}

/* The answer to POST /api/v1/pengaduan once its batch is durable. */
static void
api_pengaduan_created(struct req *r)
{
	struct pengaduan_baru *q = (struct pengaduan_baru *)r->job;

	if (q->rc == -1) {
		send_errs(r, &q->errs);
		return;
	}
	if (q->rc != 0) {
		api_error(r, 500, "galat_server", msg(M_SAVE_FAILED));
		return;
	}
	api_send(r, 201,
	    json_pack("{s:s,s:s,s:s}", "nomor", q->res.nomor, "kode_lacak",
		q->res.kode_lacak, "status", q->res.status));
}

/* POST /api/v1/pengaduan: filed by group commit (req.h). */
void
api_pengaduan_create(struct req *r)
{
	struct api_create *c;
	struct pengaduan_input *in;
	struct field_errs *fe;

	if (!(r->user->roles & ROLE_WARGA)) {
		api_error(r, 403, "ditolak", msg(M_PENGADUAN_WARGA_ONLY));
		return;
	}
	c = xcalloc(1, sizeof(*c));
	in = &c->q.in;
	fe = &c->q.errs;
	if (r->content_type != NULL &&
	    strncmp(r->content_type, "application/json", 16) == 0) {
		if ((c->body = api_body(r)) == NULL) {
			free(c);
			return;
		}
		in->jenis = jstr(c->body, "jenis", fe);
		in->judul = jstr(c->body, "judul", fe);
		in->isi = jstr(c->body, "isi", fe);
		in->kategori = jstr(c->body, "kategori", fe);
		in->wilayah = jstr(c->body, "wilayah", fe);
		in->unit = jstr(c->body, "unit", fe);
		in->anonim = json_flag(c->body, "anonim");
		in->rahasia = json_flag(c->body, "rahasia");
	} else if (r->content_type != NULL &&
	    (strncasecmp(r->content_type, "multipart/form-data", 19) == 0 ||
		strncasecmp(r->content_type,
		    "application/x-www-form-urlencoded", 33) == 0)) {
		pengaduan_input_form(r, in, fe);
	} else {
		api_error(r, 415, "jenis_konten", msg(M_PENGADUAN_CTYPE));
		free(c);
		return;
	}
	if (fe->n > 0) {
		send_errs(r, fe);
		json_decref(c->body);
		free(c);
		return;
	}
	c->q.reporter = r->user;
	c->q.addr = r->addr;
	c->q.now = r->now;
	pengaduan_create_job(&c->q);
	c->q.job.end = api_create_end;
	r->job = &c->q.job;
	r->job_done = api_pengaduan_created;
}

void
api_pengaduan_list(struct req *r)
{
	struct pengaduan_row *rows;
	enum pengaduan_daftar which = PENGADUAN_MINE;
	json_t *a;
	int n, i;

	if (r->user->roles & (PENGADUAN_ADMIN_ROLES | PENGADUAN_READ_ROLES))
		which = PENGADUAN_ADMIN;
	else if (r->user->roles & ROLE_STAFF)
		which = PENGADUAN_UNIT;
	rows = pengaduan_list(r->store, r->user, which, r->now, 500, &n);
	if (rows == NULL) {
		page_error(r, 500, NULL);
		return;
	}
	a = json_array();
	for (i = 0; i < n; i++)
		json_array_append_new(a, row_json(&rows[i], 0));
	free(rows);
	api_send(r, 200, json_pack("{s:o,s:i}", "data", a, "jumlah", n));
}

void
api_pengaduan_public(struct req *r)
{
	struct pengaduan_row *rows;
	struct pengaduan_view v;
	json_t *a, *o;
	int n, i;

	rows =
	    pengaduan_list(r->store, NULL, PENGADUAN_PUBLIC, r->now, 500, &n);
	if (rows == NULL) {
		page_error(r, 500, NULL);
		return;
	}
	a = json_array();
	for (i = 0; i < n; i++) {
		o = row_json(&rows[i], 1);
		if (pengaduan_load(r->store, rows[i].id, NULL, r->now, &v) == 0)
			json_object_set_new(o, "tanggapan", msgs_json(&v));
		pengaduan_view_free(&v);
		json_array_append_new(a, o);
	}
	free(rows);
	api_send(r, 200, json_pack("{s:o,s:i}", "data", a, "jumlah", n));
}

void
api_pengaduan_get(struct req *r)
{
	struct pengaduan_view v;
	int64_t id = pengaduan_id(r->store, r->captures[0]);

	if (id == 0 || !pengaduan_visible(r->store, r->user, id) ||
	    pengaduan_load(r->store, id, r->user, r->now, &v) != 0) {
		page_error(r, 404, msg(M_PENGADUAN_NOT_FOUND));
		return;
	}
	if (pengaduan_audit_read(r->store, r->user, id, r->addr, r->now) != 0) {
		pengaduan_view_free(&v);
		page_error(r, 500, NULL);
		return;
	}
	api_send(r, 200, view_json(r->user, &v));
	pengaduan_view_free(&v);
}

/* The answer to an action of the API once its batch is durable. */
static void
api_pengaduan_acted(struct req *r)
{
	struct pengaduan_tindakan *q = (struct pengaduan_tindakan *)r->job;

	switch (q->rc) {
	case ACT_OK:
		api_send(r, 200,
		    json_pack("{s:s,s:s,s:s}", "nomor", r->captures[0],
			"status", q->status, "status_label",
			pengaduan_status_label(q->status)));
		return;
	case ACT_NOT_FOUND:
		page_error(r, 404, msg(M_PENGADUAN_NOT_FOUND));
		return;
	case ACT_FORBIDDEN:
		api_error(r, 403, "ditolak", q->why);
		return;
	case ACT_CONFLICT:
		api_error(r, 409, "konflik", q->why);
		return;
	case ACT_INVALID:
		api_error(r, 422, "isian_tidak_sah", q->why);
		return;
	default:
		api_error(r, 500, "galat_server", msg(M_SAVE_FAILED));
		return;
	}
}

/* POST /api/v1/pengaduan/{nomor}/tindakan: by group commit (req.h). */
void
api_pengaduan_act(struct req *r)
{
	struct field_errs fe;
	struct api_act *c;
	json_t *body, *jn;
	const char *t, *note, *unit;
	int nilai = 0;

	memset(&fe, 0, sizeof(fe));
	if ((body = api_body(r)) == NULL)
		return;
	t = jstr(body, "tindakan", &fe);
	note = jstr(body, "catatan", &fe);
	unit = jstr(body, "unit", &fe);
	jn = json_object_get(body, "nilai");
	if (jn != NULL && !json_is_null(jn)) {
		if (!json_is_integer(jn) || json_integer_value(jn) < 1 ||
		    json_integer_value(jn) > 5)
			field_err_add(&fe, "nilai", msg(M_PENGADUAN_NILAI_BAD));
		else
			nilai = (int)json_integer_value(jn);
	}
	if (t == NULL && fe.n == 0)
		field_err_add(&fe, "tindakan", msg(M_PENGADUAN_ACTION_BAD));
	if (fe.n > 0) {
		json_decref(body);
		send_errs(r, &fe);
		return;
	}
	c = xcalloc(1, sizeof(*c));
	c->body = body;
	c->q.actor = r->user;
	c->q.nomor = r->captures[0];
	c->q.tindakan = t;
	c->q.catatan = note;
	c->q.unit = unit;
	c->q.nilai = nilai;
	c->q.addr = r->addr;
	c->q.now = r->now;
	pengaduan_act_job(&c->q);
	c->q.job.end = api_act_end;
	r->job = &c->q.job;
	r->job_done = api_pengaduan_acted;
}
