/*
 * application.c: creating, changing and moving applications (permohonan)
 * through their workflow: validation, routing, numbering, history, audit
 * and notifications, one transaction per change.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "lib/buf.h"
#include "lib/msg.h"
#include "lib/utf8.h"
#include "lib/xalloc.h"
#include "store/store.h"
#include "app_impl.h"
#include "app_query.h"
#include "application.h"
#include "mod/audit/audit.h"
#include "mod/berkas/berkas.h"
#include "mod/dokumen/dokumen.h"
#include "mod/akun/nik_verif.h"
#include "mod/notifikasi/notify.h"
#include "mod/tlog/tlog.h"
#include "mod/alur/workday.h"
#include "mod/alur/workflow.h"
#include "sql.h"

#define NOTE_MAX	2000	/* characters of an officer's note */
#define IDEM_MAX	64

/* A document checked and ready to store. */
struct doc_ok {
	const struct app_doc_in	*in;
	const char		*mime;
	char			 sha256[65];
	char			 filename[201];
};

void
app_copy(char *dst, size_t n, const char *src)
{
	snprintf(dst, n, "%s", src != NULL ? src : "");
}

char *
app_link(const char *prefix, const char *nomor)
{
	static const char hex[] = "0123456789ABCDEF";
	struct buf b = BUF_INIT;
	const unsigned char *p;

	buf_init(&b, 64);
	buf_adds(&b, prefix);
	for (p = (const unsigned char *)nomor; *p != '\0'; p++) {
		if (isalnum(*p) || *p == '-' || *p == '.' || *p == '_')
			buf_addc(&b, (char)*p);
		else
			buf_addf(&b, "%%%c%c", hex[*p >> 4], hex[*p & 15]);
	}
	return buf_detach(&b, NULL);
}

unsigned
app_acting_roles(const struct workflow *wf, const char *state)
{
	unsigned roles = 0;
	int i;

	for (i = 0; i < wf->nactions; i++)
		if (workflow_action_from(&wf->actions[i], state))
			roles |= wf->actions[i].roles;
	return roles & ~(unsigned)ROLE_WARGA;
}

static void
svc_free(struct svc *v)
{
	app_form_free(v->f, v->nf, v->d, v->nd);
	memset(v, 0, sizeof(*v));
}

/* Load an active service by code with its form.  0, or -1 unknown. */
static int
svc_load(struct store *s, const char *code, struct svc *v)
{
	memset(v, 0, sizeof(*v));
	if (permohonan_sql_svc(s, code, v) != 1)
		return -1;
	if (app_form_load(s, v->code, &v->id, &v->f, &v->nf, &v->d,
	    &v->nd) != 0) {
		svc_free(v);
		return -1;
	}
	return 0;
}

/* The kampung unit of region code and its kecamatan.  0, or -1 unknown. */
static int
place_load(struct store *s, const char *wilayah, struct place *pl)
{
	memset(pl, 0, sizeof(*pl));
	if (permohonan_sql_place(s, wilayah, pl) != 1)
		return -1;
	return pl->kampung > 0 && pl->kecamatan > 0 ? 0 : -1;
}

/* The unit that handles a case in a state of the given scope. */
static int64_t
unit_for(const struct svc *v, const struct place *pl, const char *scope,
    int64_t current)
{
	if (strcmp(scope, "kampung") == 0)
		return pl->kampung;
	if (strcmp(scope, "kecamatan") == 0)
		return pl->kecamatan;
	if (strcmp(scope, "tetap") == 0 && current != 0)
		return current;
	/* "layanan": the OPD, or the office of the service's level */
	if (strcmp(v->level, "kabupaten") == 0 && v->unit_id != 0)
		return v->unit_id;
	if (strcmp(v->level, "kecamatan") == 0)
		return pl->kecamatan;
	return pl->kampung;
}

static int
blank(const char *s)
{
	for (; *s != '\0'; s++)
		if (!isspace((unsigned char)*s))
			return 0;
	return 1;
}

/* 12 or 12,5 or 12.5 */
static int
number_ok(const char *s)
{
	const char *p = s;

	if (!isdigit((unsigned char)*p))
		return 0;
	while (isdigit((unsigned char)*p))
		p++;
	if (*p == '.' || *p == ',') {
		p++;
		if (!isdigit((unsigned char)*p))
			return 0;
		while (isdigit((unsigned char)*p))
			p++;
	}
	return *p == '\0';
}

static int
choice_ok(const char *choices, const char *v)
{
	size_t n = strlen(v);
	const char *p = choices, *bar;

	while (*p != '\0') {
		bar = strchrnul(p, '|');
		if ((size_t)(bar - p) == n && strncmp(p, v, n) == 0)
			return 1;
		p = *bar ? bar + 1 : bar;
	}
	return 0;
}

/* The message for one field value, or NULL when it is acceptable. */
static const char *
field_check(const struct app_view_field *f, const char *v, int draft)
{
	int y, m, d;

	if (v == NULL || blank(v))
		return f->required && !draft ? msg(M_AP_FIELD_REQUIRED) : NULL;
	if (strcmp(f->kind, "teks_panjang") == 0) {
		if (text_check(v, 0, 0, 1) != NULL)
			return msg(M_AP_FIELD_LONGTEXT);
	} else if (text_check(v, 0, 0, 0) != NULL)
		return msg(M_AP_FIELD_TEXT);
	if (strcmp(f->kind, "angka") == 0 && !number_ok(v))
		return msg(M_AP_FIELD_NUMBER);
	if (strcmp(f->kind, "tanggal") == 0 && date_parse(v, &y, &m, &d) != 0)
		return msg(M_AP_FIELD_DATE);
	if (strcmp(f->kind, "pilihan") == 0 && !choice_ok(f->choices, v))
		return msg(M_AP_FIELD_CHOICE);
	if (utf8_chars(v) > (size_t)f->max_len)
		return msg(M_AP_FIELD_TOO_LONG);
	return NULL;
}

static int
idem_ok(const char *k)
{
	size_t n = strlen(k);

	if (n == 0 || n > IDEM_MAX)
		return 0;
	for (; *k != '\0'; k++)
		if (!isalnum((unsigned char)*k) && strchr("._:-", *k) == NULL)
			return 0;
	return 1;
}

/* The value given for field name, or NULL; *dup when given twice. */
static const char *
input_value(const struct app_input *in, const char *name, int *dup)
{
	const char *v = NULL;
	int i;

	for (i = 0; i < in->nfields; i++)
		if (in->fields[i].name != NULL &&
		    strcmp(in->fields[i].name, name) == 0) {
			if (v != NULL)
				*dup = 1;
			v = in->fields[i].value != NULL ? in->fields[i].value :
			    "";
		}
	return v;
}

static const struct app_view_field *
decl_field(const struct svc *v, const char *name)
{
	int i;

	for (i = 0; i < v->nf; i++)
		if (strcmp(v->f[i].name, name) == 0)
			return &v->f[i];
	return NULL;
}

static const struct app_view_doc *
decl_doc(const struct svc *v, const char *code)
{
	int i;

	for (i = 0; i < v->nd; i++)
		if (strcmp(v->d[i].code, code) == 0)
			return &v->d[i];
	return NULL;
}

/*
 * A safe display name for an uploaded file: the last path component,
 * control characters and quotes dropped, at most 200 bytes of whole
 * UTF-8 characters; "<code>.<ext>" when nothing is left.
 */
static void
filename_clean(const char *in, const char *code, const char *mime,
    char out[201])
{
	const char *p = in != NULL ? in : "", *slash;
	size_t n = 0, cl;
	unsigned char c;

	if ((slash = strrchr(p, '/')) != NULL)
		p = slash + 1;
	if ((slash = strrchr(p, '\\')) != NULL)
		p = slash + 1;
	if (!utf8_valid(p, strlen(p)))
		p = "";
	while (*p != '\0') {
		c = (unsigned char)*p;
		cl = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
		if (n + cl > 200)
			break;
		if (c < 0x20 || c == 0x7F || c == '"' || c == ';' ||
		    (c == 0xC2 && (unsigned char)p[1] < 0xA0)) {
			p += cl;
			continue;
		}
		memcpy(out + n, p, cl);
		n += cl;
		p += cl;
	}
	out[n] = '\0';
	if (n == 0 || blank(out) || strcmp(out, ".") == 0 ||
	    strcmp(out, "..") == 0)
		snprintf(out, 201, "%s.%s", code, strcmp(mime,
		    "application/pdf") == 0 ? "pdf" : strcmp(mime,
		    "image/png") == 0 ? "png" : "jpg");
}

/*
 * Every required document of v must be sent in this input or, when
 * have_doc is not NULL, already be stored (have_doc[i] set).
 */
static void
docs_require(const struct svc *v, const struct app_input *in,
    const char *have_doc, struct field_errs *errs)
{
	int i, j;

	for (i = 0; i < v->nd; i++) {
		if (!v->d[i].required || (have_doc != NULL && have_doc[i]))
			continue;
		for (j = 0; j < in->ndocs; j++)
			if (in->docs[j].code != NULL &&
			    strcmp(in->docs[j].code, v->d[i].code) == 0)
				break;
		if (j == in->ndocs)
			field_err_addf(errs, "berkas.", v->d[i].code,
			    msg(M_AP_DOC_REQUIRED));
	}
}

/*
 * Check the documents of in: declared (when v is not NULL; else any code
 * [a-z][a-z0-9_]*), not given twice, each a PDF/JPEG/PNG of at most 5 MB,
 * and with kept_bytes (documents already stored and not replaced) at most
 * 20 MB in all.  Fills ok[] in the order of in->docs.
 */
static void
docs_check(const struct svc *v, const struct app_input *in, int64_t
    kept_bytes, struct doc_ok *ok, struct field_errs *errs)
{
	int64_t total = kept_bytes;
	const char *why, *c;
	int i, j, bad;

	for (i = 0; i < in->ndocs; i++) {
		const struct app_doc_in *dc = &in->docs[i];

		ok[i].in = dc;
		ok[i].mime = NULL;
		c = dc->code != NULL ? dc->code : "";
		bad = *c < 'a' || *c > 'z' || strlen(c) > 40;
		for (j = 0; c[j] != '\0'; j++)
			if (!islower((unsigned char)c[j]) &&
			    !isdigit((unsigned char)c[j]) && c[j] != '_')
				bad = 1;
		if (bad) {
			field_err_add(errs, "berkas", msg(M_ACT_DOC_CODE_BAD));
			continue;
		}
		if (v != NULL && decl_doc(v, c) == NULL) {
			field_err_addf(errs, "berkas.", c, msg(M_AP_DOC_UNKNOWN));
			continue;
		}
		for (j = 0; j < i; j++)
			if (in->docs[j].code != NULL &&
			    strcmp(in->docs[j].code, c) == 0)
				break;
		if (j < i) {
			field_err_addf(errs, "berkas.", c, msg(M_AP_DOC_DUP));
			continue;
		}
		if (berkas_check(dc->data, dc->len, &ok[i].mime, &why) != 0) {
			field_err_addf(errs, "berkas.", c, why);
			continue;
		}
		total += (int64_t)dc->len;
		filename_clean(dc->filename, c, ok[i].mime, ok[i].filename);
	}
	if (total > BERKAS_MAX_APP)
		field_err_add(errs, "berkas", msg(M_AP_TOTAL_TOO_BIG));
}

/*
 * Check every field: the declared ones against values (given in `in`,
 * else the stored value from old[] for an edit), unknown or repeated
 * names refused.
 */
static void
fields_check(const struct svc *v, const struct app_input *in,
    char **old, int draft, struct field_errs *errs)
{
	const char *val, *m;
	int i, dup;

	for (i = 0; i < in->nfields; i++)
		if (in->fields[i].name == NULL ||
		    decl_field(v, in->fields[i].name) == NULL)
			field_err_addf(errs, "isian.", in->fields[i].name ?
			    in->fields[i].name : "", msg(M_AP_FIELD_UNKNOWN));
	for (i = 0; i < v->nf; i++) {
		dup = 0;
		val = input_value(in, v->f[i].name, &dup);
		if (dup) {
			field_err_addf(errs, "isian.", v->f[i].name,
			    msg(M_AP_FIELD_DUP));
			continue;
		}
		if (val == NULL && old != NULL)
			val = old[i];
		if ((m = field_check(&v->f[i], val, draft)) != NULL)
			field_err_addf(errs, "isian.", v->f[i].name, m);
	}
}

/* Store every checked document on disk (before the transaction). */
static int
docs_write(const char *data_dir, struct doc_ok *ok, int n)
{
	int i;

	for (i = 0; i < n; i++)
		if (berkas_write(data_dir, ok[i].in->data, ok[i].in->len,
		    ok[i].sha256) != 0)
			return -1;
	return 0;
}

/* Rows for the documents: berkas, permohonan_berkas, audit per upload. */
static int
docs_record(struct store *s, int64_t id, const char *nomor,
    const struct account *who, const char *role, struct doc_ok *ok, int n,
    const char *addr, time_t now)
{
	struct audit a;
	char *note;
	int i, rc;

	for (i = 0; i < n; i++) {
		if (berkas_record(s, ok[i].sha256, ok[i].in->len, ok[i].mime,
		    now) != 0)
			return -1;
		if (permohonan_sql_berkas_put(s, id, ok[i].in->code,
		    ok[i].sha256, ok[i].filename, (int64_t)now, who->id) != 0)
			return -1;
		note = xasprintf("%s %s %zu bytes %s", ok[i].in->code,
		    ok[i].mime, ok[i].in->len, ok[i].sha256);
		memset(&a, 0, sizeof(a));
		a.actor_id = who->id;
		a.role = role;
		a.unit_id = who->unit_id;
		a.action = "berkas.unggah";
		a.object_type = "permohonan";
		a.object_id = nomor;
		a.note = note;
		a.addr = addr;
		rc = audit_write(s, &a);
		free(note);
		if (rc != 0)
			return -1;
	}
	return 0;
}

/* 12 Crockford base32 characters from 60 random bits. */
static void
kode_lacak_new(char out[13])
{
	static const char alpha[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
	unsigned char r[8];
	uint64_t v = 0;
	int i;

	randombytes_buf(r, sizeof(r));
	for (i = 0; i < 8; i++)
		v = v << 8 | r[i];
	for (i = 0; i < 12; i++) {
		out[i] = alpha[v & 31];
		v >>= 5;
	}
	out[12] = '\0';
}

/* Next registration number of unit in the WIB year of now. */
static int
nomor_new(struct store *s, int64_t unit_id, const char *layanan,
    time_t now, char out[64])
{
	char today[11], *code = NULL;
	int64_t year, seq;

	workday_date(now, today);
	year = atoi(today);
	if (permohonan_sql_nomor_bump(s, unit_id, year) != 0)
		return -1;
	seq = permohonan_sql_nomor_last(s, unit_id, year);
	if (permohonan_sql_unit_code(s, unit_id, &code) != 0)
		return -1;
	if (code == NULL || seq <= 0) {
		free(code);
		return -1;
	}
	snprintf(out, 64, "%s/%s/%lld/%05lld", code, layanan, (long long)year,
	    (long long)seq);
	free(code);
	return 0;
}

static char *
unit_name(struct store *s, int64_t id)
{
	char *n = permohonan_sql_unit_name(s, id);

	return n != NULL ? n : xstrdup("");
}

/* Due date of a state entered at now, or "" when it has no SLA. */
static void
due_for(struct store *s, const struct wf_state *st, time_t now, char out[11])
{
	out[0] = '\0';
	if (st != NULL && !st->terminal && st->sla_days > 0)
		workday_add(s, now, st->sla_days, out);
}

/*
 * Submit application id (a new one or a draft): number it, route it to
 * the unit of the initial state, set the due dates, write its history,
 * audit event and notifications.  In the caller's transaction.
 */
static int
submit(struct store *s, int64_t id, const struct svc *v,
    const struct workflow *wf, const struct place *pl,
    const struct account *who, const char *kode, const char *addr,
    time_t now, struct app_result *res)
{
	const struct wf_state *st = workflow_state(wf, wf->initial);
	char state_due[11], due[11], *link, *text, *uname;
	int64_t unit;
	struct audit a;
	unsigned roles;
	int rc;

	if (st == NULL)
		return -1;
	unit = unit_for(v, pl, st->scope, 0);
	if (nomor_new(s, unit, v->code, now, res->nomor) != 0)
		return -1;
	due_for(s, st, now, state_due);
	due[0] = '\0';
	if (v->sla_days > 0)
		workday_add(s, now, v->sla_days, due);
	if (permohonan_sql_submit(s, id, res->nomor, unit, wf->initial,
	    (int64_t)now, state_due, due) != 0)
		return -1;
	if (permohonan_sql_history_submit(s, id, (int64_t)now, who->id,
	    wf->initial) != 0)
		return -1;
	memset(&a, 0, sizeof(a));
	a.actor_id = who->id;
	a.role = "warga";
	a.action = "permohonan.ajukan";
	a.object_type = "permohonan";
	a.object_id = res->nomor;
	a.to_state = wf->initial;
	a.note = v->code;
	a.addr = addr;
	if (audit_write(s, &a) != 0)
		return -1;
	link = app_link(APP_LINK_WARGA, res->nomor);
	uname = unit_name(s, unit);
	text = xasprintf(msg(M_NOTIF_APP_RECEIVED), res->nomor, v->name,
	    uname, kode);
	rc = notify_account(s, who->id, text, link);
	free(text);
	free(link);
	link = app_link(APP_LINK_STAFF, res->nomor);
	roles = app_acting_roles(wf, wf->initial);
	if (rc == 0 && roles != 0) {
		text = xasprintf(msg(M_NOTIF_APP_NEW), res->nomor, v->name,
		    st->label);
		rc = notify_unit(s, unit, roles, text, link);
		free(text);
	}
	free(uname);
	free(link);
	app_copy(res->state, sizeof(res->state), wf->initial);
	return rc;
}

/* The existing application of (applicant, key), into res; 1 found. */
static int
idem_find(struct store *s, int64_t pemohon, const char *key,
    struct app_result *res)
{
	return permohonan_sql_idem(s, pemohon, key, res);
}

/* One application being created: its checked inputs and its answer. */
struct app_creating {
	const struct account	*who;
	const struct app_input	*in;
	const char		*addr;
	const char		*key;		/* idempotency key or NULL */
	struct svc		 v;
	struct place		 pl;
	struct workflow		*wf;
	struct doc_ok		 ok[APP_MAX_DOCS];
	struct app_result	*res;
	struct field_errs		*errs;
};

/*
 * Validate c->in for c->who without writing anything.  Returns 0 (valid,
 * go on), 1 (an idempotent replay: c->res is the earlier answer), -1
 * (invalid, c->errs says why) or -2 (storage failure).
 */
static int
create_check(struct store *s, struct app_creating *c)
{
	const struct app_input *in = c->in;
	struct field_errs *errs = c->errs;
	int i, have_svc = 0;

	c->key = in->idem_key != NULL && *in->idem_key ? in->idem_key : NULL;
	memset(c->res, 0, sizeof(*c->res));
	memset(errs, 0, sizeof(*errs));
	if (c->key != NULL && !idem_ok(c->key)) {
		field_err_add(errs, "kunci_idempoten", msg(M_AP_IDEM_BAD));
		return -1;
	}
	/* a replay returns the first answer, whatever the form says now */
	if (c->key != NULL && (i = idem_find(s, c->who->id, c->key,
	    c->res)) != 0)
		return i == 1 ? 1 : -2;
	if (!(c->who->roles & ROLE_WARGA) || strlen(c->who->nik) != 16)
		field_err_add(errs, "pemohon", msg(M_AP_PEMOHON_NIK));
	if (in->nfields < 0 || in->nfields > APP_MAX_FIELDS || in->ndocs < 0 ||
	    in->ndocs > APP_MAX_DOCS) {
		field_err_add(errs, "berkas", msg(M_AP_TOO_MANY));
		return -1;
	}
	if (in->layanan == NULL || *in->layanan == '\0')
		field_err_add(errs, "layanan", msg(M_AP_LAYANAN_REQUIRED));
	else if (strlen(in->layanan) > 20 || svc_load(s, in->layanan,
	    &c->v) != 0)
		field_err_add(errs, "layanan", msg(M_AP_LAYANAN_UNKNOWN));
	else {
		have_svc = 1;
		c->wf = xcalloc(1, sizeof(*c->wf));
		if (c->v.workflow_id == 0 || workflow_load(s, c->v.workflow_id,
		    c->wf) != 0 || workflow_state(c->wf, c->wf->initial) == NULL)
			field_err_add(errs, "layanan", msg(M_AP_LAYANAN_OFFLINE));
	}
	if (in->wilayah == NULL || *in->wilayah == '\0')
		field_err_add(errs, "wilayah", msg(M_AP_WILAYAH_REQUIRED));
	else if (strlen(in->wilayah) > 13 || place_load(s, in->wilayah,
	    &c->pl) != 0)
		field_err_add(errs, "wilayah", msg(M_AP_WILAYAH_UNKNOWN));
	if (have_svc) {
		fields_check(&c->v, in, NULL, in->draft, errs);
		docs_check(&c->v, in, 0, c->ok, errs);
		if (!in->draft)
			docs_require(&c->v, in, NULL, errs);
	}
	return errs->n > 0 ? -1 : 0;
}

/*
 * The rows of one checked application (its documents already durable),
 * in the caller's transaction: 0, 1 (a twin with the same key is already
 * there: c->res is its answer) or -1.
 */
static int
create_insert(struct store *s, struct app_creating *c, time_t now)
{
	const struct app_input *in = c->in;
	const struct account *who = c->who;
	struct app_result *res = c->res;
	char kode[13];
	int64_t id, unit;
	int i, tries;

	if (c->key != NULL && (i = idem_find(s, who->id, c->key, res)) != 0)
		return i == 1 ? 1 : -1;
	unit = unit_for(&c->v, &c->pl, workflow_state(c->wf,
	    c->wf->initial)->scope, 0);
	for (tries = 0; tries < 4; tries++) {
		kode_lacak_new(kode);
		i = permohonan_sql_create(s, kode, c->v.id, who->id, who->nik,
		    in->wilayah, unit, c->wf->initial, c->key, (int64_t)now,
		    &id);
		if (i != STORE_CONSTRAINT)
			break;
	}
	if (i != 0)
		return -1;
	res->id = id;
	app_copy(res->kode_lacak, sizeof(res->kode_lacak), kode);
	for (i = 0; i < in->nfields; i++)
		if (!blank(in->fields[i].value ? in->fields[i].value : "") &&
		    permohonan_sql_value_add(s, id, in->fields[i].name,
		    in->fields[i].value) != 0)
			return -1;
	if (in->draft) {
		struct audit a;
		char idbuf[24];

		snprintf(idbuf, sizeof(idbuf), "draf-%lld", (long long)id);
		if (docs_record(s, id, idbuf, who, "warga", c->ok, in->ndocs,
		    c->addr, now) != 0)
			return -1;
		memset(&a, 0, sizeof(a));
		a.actor_id = who->id;
		a.role = "warga";
		a.action = "permohonan.draf";
		a.object_type = "permohonan";
		a.object_id = idbuf;
		a.note = c->v.code;
		a.addr = c->addr;
		if (audit_write(s, &a) != 0)
			return -1;
		app_copy(res->state, sizeof(res->state), c->wf->initial);
		return 0;
	}
	if (submit(s, id, &c->v, c->wf, &c->pl, who, kode, c->addr, now,
	    res) != 0 || docs_record(s, id, res->nomor, who, "warga", c->ok,
	    in->ndocs, c->addr, now) != 0)
		return -1;
	return 0;
}

/*
 * A storage error: nothing of the application is reported.  An item
 * already answered with an error keeps it.
 */
static void
create_fail(struct store_job *j, int files)
{
	struct app_batch_item *it = (struct app_batch_item *)j;

	if (it->rc != 0)
		return;
	memset(&it->res, 0, sizeof(it->res));
	if (files && it->errs.n == 0)
		field_err_add(&it->errs, "berkas", msg(M_BK_STORE_FAILED));
	it->rc = -2;
}

static int
create_job_check(struct store *s, struct store_job *j)
{
	struct app_batch_item *it = (struct app_batch_item *)j;
	struct app_creating *c;
	int rc;

	c = it->c = xcalloc(1, sizeof(*c));
	c->who = it->applicant;
	c->in = &it->in;
	c->addr = it->addr;
	c->res = &it->res;
	c->errs = &it->errs;
	rc = create_check(s, c);
	it->rc = rc == 1 ? 0 : rc;
	return rc;
}

/* The documents of a checked application, not yet durable. */
static int
create_job_stage(const char *data_dir, struct store_job *j)
{
	struct app_creating *c = ((struct app_batch_item *)j)->c;
	int i;

	for (i = 0; i < c->in->ndocs; i++)
		if (berkas_stage(data_dir, c->ok[i].in->data, c->ok[i].in->len,
		    c->ok[i].sha256) != 0)
			return -1;
	return c->in->ndocs;
}

static int
create_job_apply(struct store *s, struct store_job *j)
{
	struct app_batch_item *it = (struct app_batch_item *)j;

	return create_insert(s, it->c, it->now) < 0 ? -1 : 0;
}

static void
create_job_end(struct store_job *j)
{
	struct app_batch_item *it = (struct app_batch_item *)j;

	if (it->c == NULL)
		return;
	free(it->c->wf);
	svc_free(&it->c->v);
	free(it->c);
	it->c = NULL;
}

void
application_create_job(struct app_batch_item *it)
{
	it->job.check = create_job_check;
	it->job.stage = create_job_stage;
	it->job.apply = create_job_apply;
	it->job.fail = create_fail;
	it->job.end = create_job_end;
}

int
application_create(struct store *s, const char *data_dir,
    const struct account *who, const struct app_input *in, const char *addr,
    time_t now, struct app_result *res, struct field_errs *errs)
{
	struct app_batch_item it;
	struct store_job *j = &it.job;

	memset(&it, 0, sizeof(it));
	it.applicant = who;
	it.in = *in;
	it.addr = addr;
	it.now = now;
	application_create_job(&it);
	(void)store_batch(s, data_dir, &j, 1, 0);
	*res = it.res;
	*errs = it.errs;
	return it.rc;
}

/* The base of an edit being read (stored_load()). */
struct stored {
	const struct svc	*v;
	const struct app_input	*in;
	char			**old;
	char			*have_doc;
	int64_t			*kept;
};

static int
stored_value(void *arg, const char *name, const char *value)
{
	struct stored *sd = arg;
	int i;

	for (i = 0; i < sd->v->nf; i++)
		if (strcmp(sd->v->f[i].name, name) == 0 && sd->old[i] == NULL)
			sd->old[i] = xstrdup(value);
	return 0;
}

static int
stored_doc(void *arg, const char *code, int64_t size)
{
	struct stored *sd = arg;
	int i, j, replaced = 0;

	for (j = 0; j < sd->in->ndocs; j++)
		if (sd->in->docs[j].code != NULL &&
		    strcmp(sd->in->docs[j].code, code) == 0)
			replaced = 1;
	if (!replaced)
		*sd->kept += size;
	for (i = 0; i < sd->v->nd; i++)
		if (strcmp(sd->v->d[i].code, code) == 0)
			sd->have_doc[i] = 1;
	return 0;
}

/* Fields and documents stored for application id (an edit's base). */
static int
stored_load(struct store *s, int64_t id, const struct svc *v, char ***oldp,
    int64_t *doc_bytes_kept, const struct app_input *in, char *have_doc)
{
	struct stored sd;
	char **old;

	old = xcalloc((size_t)(v->nf > 0 ? v->nf : 1), sizeof(*old));
	*oldp = old;
	sd.v = v;
	sd.in = in;
	sd.old = old;
	sd.have_doc = have_doc;
	sd.kept = doc_bytes_kept;
	if (permohonan_sql_each_value(s, id, stored_value, &sd) != 0)
		return -1;
	*doc_bytes_kept = 0;
	if (permohonan_sql_each_upload(s, id, stored_doc, &sd) != 0)
		return -1;
	return 0;
}

/* Can the applicant still edit an application in state (or a draft)? */
static int
editable(const struct workflow *wf, const char *state, int draft)
{
	const struct wf_state *to;
	int i;

	if (draft)
		return 1;
	for (i = 0; i < wf->nactions; i++) {
		if (!(wf->actions[i].roles & ROLE_WARGA) ||
		    !workflow_action_from(&wf->actions[i], state))
			continue;
		to = workflow_state(wf, wf->actions[i].to);
		if (to != NULL && !to->terminal)
			return 1;	/* e.g. ajukan_ulang */
	}
	return 0;
}

/* An edit being checked and written (struct app_update). */
struct app_updating {
	struct svc		 v;
	struct place		 pl;
	struct workflow		*wf;
	struct doc_ok		 ok[APP_MAX_DOCS];
	char			**old;
	char			 state[41];
	char			 kode[24];
	char			 nomor[64];
	int			 draft;
};

/* Refuse the edit with rc (errs may say why): nothing is written. */
static int
update_refuse(struct app_update *q, int rc)
{
	q->rc = rc;
	return 1;
}

/* Read the application and validate the edit, with no transaction. */
static int
update_check(struct store *s, struct store_job *j)
{
	struct app_update *q = (struct app_update *)j;
	const struct app_input *in = &q->in;
	struct field_errs *errs = &q->errs;
	struct app_updating *u;
	char code[21] = "", wil[14] = "", have_doc[64];
	int64_t pemohon = 0, kept = 0;

	memset(&q->res, 0, sizeof(q->res));
	memset(have_doc, 0, sizeof(have_doc));
	u = q->u = xcalloc(1, sizeof(*u));
	if (permohonan_sql_edit_base(s, q->id, &pemohon, code, wil, u->state,
	    &u->draft, u->kode, u->nomor) != 0)
		return update_refuse(q, -2);
	if (pemohon == 0 || pemohon != q->applicant->id)
		return update_refuse(q, -3);
	if (in->nfields < 0 || in->nfields > APP_MAX_FIELDS || in->ndocs < 0 ||
	    in->ndocs > APP_MAX_DOCS) {
		field_err_add(errs, "berkas", msg(M_AP_TOO_MANY));
		return update_refuse(q, -1);
	}
	u->wf = xcalloc(1, sizeof(*u->wf));
	if (svc_load(s, code, &u->v) != 0 || u->v.workflow_id == 0 ||
	    workflow_load(s, u->v.workflow_id, u->wf) != 0 ||
	    workflow_state(u->wf, u->wf->initial) == NULL) {
		field_err_add(errs, "layanan", msg(M_AP_LAYANAN_OFFLINE));
		return update_refuse(q, -1);
	}
	if (!editable(u->wf, u->state, u->draft))
		return update_refuse(q, -3);
	if (place_load(s, wil, &u->pl) != 0) {
		field_err_add(errs, "wilayah", msg(M_AP_WILAYAH_UNKNOWN));
		return update_refuse(q, -1);
	}
	if (u->v.nd > (int)sizeof(have_doc) || stored_load(s, q->id, &u->v,
	    &u->old, &kept, in, have_doc) != 0)
		return update_refuse(q, -2);
	fields_check(&u->v, in, u->old, u->draft && in->draft, errs);
	docs_check(&u->v, in, kept, u->ok, errs);
	if (!(u->draft && in->draft))
		docs_require(&u->v, in, have_doc, errs);
	if (errs->n > 0)
		return update_refuse(q, -1);
	q->rc = 0;
	return 0;
}

/* The new documents of a checked edit, not yet durable. */
static int
update_stage(const char *data_dir, struct store_job *j)
{
	struct app_update *q = (struct app_update *)j;
	int i;

	for (i = 0; i < q->in.ndocs; i++)
		if (berkas_stage(data_dir, q->u->ok[i].in->data,
		    q->u->ok[i].in->len, q->u->ok[i].sha256) != 0)
			return -1;
	return q->in.ndocs;
}

/* The edit's rows, in the batch's transaction. */
static int
update_apply(struct store *s, struct store_job *j)
{
	struct app_update *q = (struct app_update *)j;
	const struct app_input *in = &q->in;
	const struct account *who = q->applicant;
	struct app_updating *u = q->u;
	struct app_result *res = &q->res;
	struct audit a;
	char idbuf[24];
	int i;

	/* the case must not have moved since it was read */
	if (permohonan_sql_unmoved(s, q->id, u->state, u->draft) != 1)
		return update_refuse(q, -3);
	for (i = 0; i < in->nfields; i++) {
		const char *val = in->fields[i].value ? in->fields[i].value : "";

		if (permohonan_sql_value_clear(s, q->id,
		    in->fields[i].name) != 0)
			return -1;
		if (!blank(val) && permohonan_sql_value_add(s, q->id,
		    in->fields[i].name, val) != 0)
			return -1;
	}
	res->id = q->id;
	app_copy(res->kode_lacak, sizeof(res->kode_lacak), u->kode);
	app_copy(res->nomor, sizeof(res->nomor), u->nomor);
	app_copy(res->state, sizeof(res->state), u->state);
	snprintf(idbuf, sizeof(idbuf), "draf-%lld", (long long)q->id);
	if (u->draft && !in->draft) {
		if (submit(s, q->id, &u->v, u->wf, &u->pl, who, u->kode,
		    q->addr, q->now, res) != 0)
			return -1;
	} else {
		memset(&a, 0, sizeof(a));
		a.actor_id = who->id;
		a.role = "warga";
		a.action = "permohonan.ubah";
		a.object_type = "permohonan";
		a.object_id = *u->nomor ? u->nomor : idbuf;
		a.from_state = u->state;
		a.to_state = u->state;
		a.addr = q->addr;
		if (audit_write(s, &a) != 0)
			return -1;
	}
	return docs_record(s, q->id, *res->nomor ? res->nomor : idbuf, who,
	    "warga", u->ok, in->ndocs, q->addr, q->now) != 0 ? -1 : 0;
}

/* A storage failure; an edit already refused keeps its answer. */
static void
update_fail(struct store_job *j, int files)
{
	struct app_update *q = (struct app_update *)j;

	if (q->rc != 0)
		return;
	memset(&q->res, 0, sizeof(q->res));
	if (files)
		field_err_add(&q->errs, "berkas", msg(M_BK_STORE_FAILED));
	q->rc = -2;
}

static void
update_end(struct store_job *j)
{
	struct app_update *q = (struct app_update *)j;
	int i;

	if (q->u == NULL)
		return;
	if (q->u->old != NULL)
		for (i = 0; i < q->u->v.nf; i++)
			free(q->u->old[i]);
	free(q->u->old);
	free(q->u->wf);
	svc_free(&q->u->v);
	free(q->u);
	q->u = NULL;
}

void
application_update_job(struct app_update *q)
{
	q->job.check = update_check;
	q->job.stage = update_stage;
	q->job.apply = update_apply;
	q->job.fail = update_fail;
	q->job.end = update_end;
}

int
application_update(struct store *s, const char *data_dir,
    const struct account *who, int64_t id, const struct app_input *in,
    const char *addr, time_t now, struct app_result *res,
    struct field_errs *errs)
{
	struct app_update *q = xcalloc(1, sizeof(*q));
	struct store_job *j = &q->job;
	int rc;

	q->applicant = who;
	q->id = id;
	q->in = *in;
	q->addr = addr;
	q->now = now;
	application_update_job(q);
	(void)store_batch(s, data_dir, &j, 1, 0);
	*res = q->res;
	*errs = q->errs;
	rc = q->rc;
	free(q);
	return rc;
}

static int
case_load(struct store *s, const char *nomor, struct act_case *c)
{
	memset(c, 0, sizeof(*c));
	return permohonan_sql_case(s, nomor, c) == 1 ? 0 : -1;
}

/* "penandatangan, kepala" for the Indonesian refusal. */
static char *
role_labels(unsigned roles)
{
	struct buf b = BUF_INIT;
	unsigned bit;

	buf_init(&b, 64);
	for (bit = 1; bit <= ROLE_LAST; bit <<= 1)
		if ((roles & bit) && role_label(bit) != NULL) {
			if (b.len > 0)
				buf_adds(&b, ", ");
			buf_adds(&b, role_label(bit));
		}
	return buf_detach(&b, NULL);
}

/* Why actor may not take action a on case c (NULL: allowed). */
static const char *
act_refusal(const struct account *actor, const struct act_case *c,
    const struct wf_action *a, char *buf, size_t len, enum act_result *why)
{
	unsigned allowed = a->roles, assigned;
	char *labels;

	*why = ACT_FORBIDDEN;
	if (a->roles & ROLE_WARGA) {
		if (actor->id == c->pemohon_id && (actor->roles & ROLE_WARGA))
			return NULL;
		if (!(a->roles & ~(unsigned)ROLE_WARGA))
			return msg(M_ACT_APPLICANT_ONLY);
		allowed &= ~(unsigned)ROLE_WARGA;
	}
	if ((actor->roles & APP_READ_ALL) && !(actor->roles & allowed) &&
	    (actor->unit_id == 0 || actor->unit_id != c->unit_id))
		return msg(M_ACT_READ_ONLY);
	if (!(actor->roles & ROLE_STAFF) || actor->unit_id == 0) {
		labels = role_labels(allowed);
		snprintf(buf, len, msg(M_ACT_ROLE), a->label, labels);
		free(labels);
		return buf;
	}
	if (actor->unit_id != c->unit_id)
		return msg(M_ACT_OTHER_UNIT);
	assigned = *c->assigned_role ? role_parse(c->assigned_role) : 0;
	if (!(actor->roles & (allowed | assigned))) {
		labels = role_labels(allowed);
		snprintf(buf, len, msg(M_ACT_ROLE), a->label, labels);
		free(labels);
		return buf;
	}
	if ((*actor->nik != '\0' && strcmp(actor->nik, c->pemohon_nik) == 0) ||
	    (*actor->id_nik != '\0' && strcmp(actor->id_nik,
	    c->pemohon_nik) == 0))
		return msg(M_ACT_SOD_OWN_NIK);
	/* issue 12 item 5: no identity, no separation of duties */
	if (*actor->id_nik == '\0')
		return msg(M_NIKV_STAFF_NONE);
	if (a->decides && c->verified_by == actor->id)
		return msg(M_ACT_SOD_VERIFIER);
	return NULL;
}

/* The role name an actor acts in for action a. */
static const char *
acting_role(const struct account *actor, const struct wf_action *a,
    const struct act_case *c)
{
	unsigned m = actor->roles & a->roles, bit;

	if ((a->roles & ROLE_WARGA) && actor->id == c->pemohon_id)
		return "warga";
	if (m == 0 && *c->assigned_role)
		return c->assigned_role;
	for (bit = 1; bit <= ROLE_LAST; bit <<= 1)
		if (m & bit)
			return role_name(bit);
	return "";
}

/* Internal outcomes of act_once() (issue 4 signing). */
#define ACT_NEED_SIGN	100	/* checks passed; sign, then call again */
#define ACT_RETRY	101	/* the nomor surat was taken; sign again */

/* Where a signing action's letter comes from (set with ACT_NEED_SIGN). */
struct sign_target {
	int64_t	id;		/* application */
	int64_t	unit_id;	/* issuing unit: the one handling it now */
};

/* ISO 8601 UTC of t. */
static void
iso_utc(time_t t, char out[21])
{
	struct tm tm;

	gmtime_r(&t, &tm);
	strftime(out, 21, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/*
 * The public log entry of a final decision, with no personal data: the
 * deciding unit's code, the service code, the resulting state.
 */
static int
decision_log(struct store *s, int64_t unit_id, const char *layanan,
    const char *hasil, time_t now)
{
	json_t *e;
	char when[21], code[33] = "", *c;
	int rc;

	if (permohonan_sql_unit_code(s, unit_id, &c) != 0)
		return -1;
	if (c != NULL)
		app_copy(code, sizeof(code), c);
	free(c);
	iso_utc(now, when);
	e = json_pack("{s:s,s:s,s:s,s:s,s:s}", "jenis", "keputusan", "unit",
	    code, "layanan", layanan, "hasil", hasil, "waktu", when);
	rc = tlog_append_json(s, e, now, NULL);
	json_decref(e);
	return rc;
}

/*
 * One attempt of an action, in the caller's transaction (which it
 * commits only on ACT_OK).  With an action that signs a document and no
 * draft yet, stops after the checks (nothing written) with ACT_NEED_SIGN
 * and tgt set; with a draft, registers it in the same transaction
 * (ACT_RETRY if its nomor was taken meanwhile).  *why may point into
 * reason.
 */
static int
act_body(struct store *s, const char *data_dir,
    const struct account *actor, const char *nomor, const char *action,
    const char *note, const struct app_doc_in *docs, int ndocs,
    const struct dokumen_draft *draft, struct sign_target *tgt,
    const struct act_opts *opts, const char *addr, time_t now,
    char *new_state, size_t nslen, const char **why, char *reason,
    size_t reasonlen)
{
	struct act_case c;
	struct workflow *wf = NULL;
	const struct wf_state *cur, *to;
	const struct wf_action *a;
	struct svc v;
	struct place pl;
	struct app_input in;
	struct field_errs errs;
	struct doc_ok ok[APP_MAX_DOCS];
	struct audit au;
	enum act_result refusal;
	int rc = ACT_STORAGE;
	char state_due[11], *link = NULL, *text = NULL;
	const char *role;
	int64_t unit, docid;
	unsigned roles;
	int i, warga_act, fix;

	*why = NULL;
	if (new_state != NULL && nslen > 0)
		*new_state = '\0';
	memset(&v, 0, sizeof(v));
	if (nomor == NULL || action == NULL || ndocs < 0 ||
	    ndocs > APP_MAX_DOCS)
		return ACT_INVALID;
	if (note == NULL)
		note = "";
	if (text_check(note, 0, NOTE_MAX, 1) != NULL) {
		*why = msg(M_AP_NOTE_BAD);
		return ACT_INVALID;
	}
	if (case_load(s, nomor, &c) != 0 || c.draft ||
	    !application_visible(s, actor, c.id)) {
		rc = ACT_NOT_FOUND;
		goto out;
	}
	wf = xcalloc(1, sizeof(*wf));
	if (c.workflow_id == 0 || workflow_load(s, c.workflow_id, wf) != 0 ||
	    (cur = workflow_state(wf, c.state)) == NULL)
		goto out;
	if ((a = workflow_action(wf, action)) == NULL) {
		*why = msg(M_ACT_UNKNOWN);
		rc = ACT_INVALID;
		goto out;
	}
	if (cur->terminal) {
		*why = msg(M_ACT_DONE);
		rc = ACT_CONFLICT;
		goto out;
	}
	if ((*why = act_refusal(actor, &c, a, reason, reasonlen,
	    &refusal)) != NULL) {
		rc = refusal;
		goto out;
	}
	if (!workflow_action_from(a, c.state)) {
		snprintf(reason, reasonlen, msg(M_ACT_WRONG_STATE),
		    a->label, cur->label);
		*why = reason;
		rc = ACT_CONFLICT;
		goto out;
	}
	if (a->note_required && blank(note)) {
		*why = msg(M_ACT_NOTE_REQUIRED);
		rc = ACT_INVALID;
		goto out;
	}
	if (a->upload_required && ndocs == 0) {
		*why = msg(M_ACT_UPLOAD_REQUIRED);
		rc = ACT_INVALID;
		goto out;
	}
	if ((to = workflow_state(wf, a->to)) == NULL)
		goto out;
	/*
	 * Issue 12 item 5: the KTP is confirmed only with a verifying
	 * action (verified below, in this transaction); a letter names only
	 * a verified NIK.
	 */
	if (opts != NULL && opts->ktp_ok && !a->verifies) {
		*why = msg(M_NIKV_KTP_ONLY_VERIFY);
		rc = ACT_INVALID;
		goto out;
	}
	if (a->signs_document && !(opts != NULL && opts->ktp_ok) &&
	    nikv_applicant_ok(s, c.id) != 1) {
		*why = msg(M_NIKV_SIGN_UNVERIFIED);
		rc = ACT_NIK_UNVERIFIED;
		goto out;
	}
	if (a->signs_document && draft == NULL) {
		tgt->id = c.id;
		tgt->unit_id = c.unit_id;
		rc = ACT_NEED_SIGN;
		goto out;
	}
	warga_act = (a->roles & ROLE_WARGA) && actor->id == c.pemohon_id;
	if (svc_load(s, c.layanan, &v) != 0 || place_load(s, c.wilayah,
	    &pl) != 0)
		goto out;
	memset(&in, 0, sizeof(in));
	memset(&errs, 0, sizeof(errs));
	for (i = 0; i < ndocs; i++)
		in.docs[i] = docs[i];
	in.ndocs = ndocs;
	if (ndocs > 0) {
		int64_t kept = permohonan_sql_doc_bytes(s, c.id);

		docs_check(warga_act ? &v : NULL, &in, kept, ok, &errs);
		if (errs.n > 0) {
			*why = errs.e[0].msg;
			rc = ACT_INVALID;
			goto out;
		}
		if (docs_write(data_dir, ok, ndocs) != 0)
			goto out;
	}

	role = acting_role(actor, a, &c);
	unit = unit_for(&v, &pl, to->scope, c.unit_id);
	due_for(s, to, now, state_due);
	if (permohonan_sql_move(s, c.id, c.state, to->code, unit,
	    (int64_t)now, state_due, a->verifies, actor->id,
	    to->terminal) != 0)
		goto out;
	if (permohonan_sql_history_add(s, c.id, (int64_t)now, actor->id, role,
	    a->code, c.state, to->code, note) != 0)
		goto out;
	memset(&au, 0, sizeof(au));
	au.actor_id = actor->id;
	au.role = role;
	au.unit_id = actor->unit_id;
	text = xasprintf("permohonan.%s", a->code);
	au.action = text;
	au.object_type = "permohonan";
	au.object_id = c.nomor;
	au.from_state = c.state;
	au.to_state = to->code;
	au.note = note;
	au.addr = addr;
	i = audit_write(s, &au);
	free(text);
	text = NULL;
	if (i != 0 || docs_record(s, c.id, c.nomor, actor, role, ok, ndocs,
	    addr, now) != 0)
		goto out;
	if (opts != NULL && opts->ktp_ok) {
		/* the applicant's NIK must still be the application's */
		if (permohonan_sql_nik_is(s, c.pemohon_id,
		    c.pemohon_nik) != 1) {
			*why = msg(M_NIKV_KTP_CHANGED);
			rc = ACT_CONFLICT;
			goto out;
		}
		if (nikv_verify_tx(s, actor, c.pemohon_id, "permohonan",
		    c.nomor, addr, now) != 0)
			goto out;
	}
	if (a->signs_document) {
		if (draft->permohonan_id != c.id)
			goto out;
		if ((i = dokumen_register(s, draft, NULL, actor, now,
		    &docid)) == 1) {
			rc = ACT_RETRY;
			goto out;
		}
		memset(&au, 0, sizeof(au));
		au.actor_id = actor->id;
		au.role = role;
		au.unit_id = actor->unit_id;
		au.action = "dokumen.terbit";
		au.object_type = "dokumen";
		au.object_id = draft->kode;
		au.to_state = "sah";
		au.note = draft->nomor_surat;
		au.addr = addr;
		if (i != 0 || audit_write(s, &au) != 0)
			goto out;
	}
	if (to->terminal && !warga_act && decision_log(s, c.unit_id,
	    c.layanan, to->code, now) != 0)
		goto out;

	link = app_link(APP_LINK_WARGA, c.nomor);
	if (!warga_act) {
		fix = !to->terminal && *note != '\0' && app_acting_roles(wf,
		    to->code) == 0;
		text = fix ? xasprintf(msg(M_NOTIF_APP_FIX), c.nomor,
		    c.layanan_name, note) : xasprintf(msg(M_NOTIF_APP_STATUS),
		    c.nomor, c.layanan_name, to->label);
		if (notify_account(s, c.pemohon_id, text, link) != 0)
			goto out;
		free(text);
		text = NULL;
	}
	roles = to->terminal ? 0 : app_acting_roles(wf, to->code);
	free(link);
	link = app_link(APP_LINK_STAFF, c.nomor);
	if (roles != 0) {
		text = xasprintf(msg(M_NOTIF_APP_WAITING), c.nomor,
		    c.layanan_name, to->label);
		if (notify_unit(s, unit, roles, text, link) != 0)
			goto out;
	}
	if (new_state != NULL && nslen > 0)
		snprintf(new_state, nslen, "%s", to->code);
	rc = ACT_OK;
out:
	free(text);
	free(link);
	free(wf);
	svc_free(&v);
	return rc;
}

/* act_body() in a transaction of its own. */
static int
act_once(struct store *s, const char *data_dir,
    const struct account *actor, const char *nomor, const char *action,
    const char *note, const struct app_doc_in *docs, int ndocs,
    const struct dokumen_draft *draft, struct sign_target *tgt,
    const struct act_opts *opts, const char *addr, time_t now,
    char *new_state, size_t nslen, const char **why)
{
	static _Thread_local char reason[512];	/* *why: until the next call */
	int rc;

	*why = NULL;
	if (store_begin(s) != 0)
		return ACT_STORAGE;
	rc = act_body(s, data_dir, actor, nomor, action, note, docs, ndocs,
	    draft, tgt, opts, addr, now, new_state, nslen, why, reason,
	    sizeof(reason));
	if (rc != ACT_OK)
		store_rollback(s);
	else if (store_commit(s) != 0)
		rc = ACT_STORAGE;
	if (rc != ACT_OK && new_state != NULL && nslen > 0)
		*new_state = '\0';
	return rc;
}

enum act_result
application_act(struct store *s, const char *data_dir,
    const struct account *actor, const char *nomor, const char *action,
    const char *note, const struct app_doc_in *docs, int ndocs,
    const char *addr, time_t now, char *new_state, size_t nslen,
    const char **why)
{
	return application_act_sign(s, data_dir, actor, nomor, action, note,
	    docs, ndocs, NULL, addr, now, new_state, nslen, why);
}

enum act_result
application_act_sign(struct store *s, const char *data_dir,
    const struct account *actor, const char *nomor, const char *action,
    const char *note, const struct app_doc_in *docs, int ndocs,
    const struct act_sign *sign, const char *addr, time_t now,
    char *new_state, size_t nslen, const char **why)
{
	return application_act_opts(s, data_dir, actor, nomor, action, note,
	    docs, ndocs, sign, NULL, addr, now, new_state, nslen, why);
}

/*
 * An action that signs a document: checks, the key unlocked, the letter
 * made and signed with no transaction open, then act_once() with it
 * (again while its nomor surat was taken meanwhile).
 */
static enum act_result
act_signed(struct store *s, const char *data_dir,
    const struct account *actor, const char *nomor, const char *action,
    const char *note, const struct app_doc_in *docs, int ndocs,
    const struct act_sign *sign, const struct act_opts *opts,
    const char *addr, time_t now, char *new_state, size_t nslen,
    const char **why)
{
	static _Thread_local char err[256];	/* *why: until the next call */
	struct sign_target tgt;
	struct dokumen_draft draft;
	struct dokumen_key *k;
	int rc, krc, tries;

	memset(&tgt, 0, sizeof(tgt));
	rc = act_once(s, data_dir, actor, nomor, action, note, docs, ndocs,
	    NULL, &tgt, opts, addr, now, new_state, nslen, why);
	if (rc != ACT_NEED_SIGN)
		return (enum act_result)rc;
	if (sign == NULL || sign->passphrase == NULL ||
	    *sign->passphrase == '\0') {
		*why = msg(M_DOKUMEN_PASS_REQUIRED);
		return ACT_INVALID;
	}
	if (sign->ctx == NULL || sign->ctx->pki == NULL) {
		*why = msg(M_DOKUMEN_NO_PKI);
		return ACT_STORAGE;
	}
	if ((k = dokumen_key_open(s, actor->id, sign->passphrase, now,
	    &krc)) == NULL) {
		if (krc == -3) {
			*why = dokumen_pass_throttled(dokumen_pass_wait(s,
			    actor->id, now), err, sizeof(err));
			return ACT_THROTTLED;
		}
		if (krc == -2) {
			if (dokumen_bad_passphrase(s, actor, "permohonan",
			    nomor, addr, now) != 0)
				return ACT_STORAGE;
			*why = msg(M_DOKUMEN_PASS_WRONG);
			return ACT_PASSPHRASE;
		}
		*why = msg(M_DOKUMEN_NO_CERT);
		return ACT_FORBIDDEN;
	}
	rc = ACT_STORAGE;
	for (tries = 0; tries < 5; tries++) {
		if (dokumen_make(s, sign->ctx, k, tgt.id, tgt.unit_id, now,
		    &draft, err, sizeof(err)) != 0) {
			*why = err;
			rc = ACT_STORAGE;
			break;
		}
		rc = act_once(s, data_dir, actor, nomor, action, note, docs,
		    ndocs, &draft, &tgt, opts, addr, now, new_state, nslen,
		    why);
		if (rc != ACT_RETRY)
			break;
		rc = ACT_STORAGE;
		*why = msg(M_DOKUMEN_BUSY);
	}
	dokumen_key_free(k);
	return (enum act_result)rc;
}

/* Does action of application nomor sign a document? */
static int
act_signs(struct store *s, const char *nomor, const char *action)
{
	struct act_case c;
	struct workflow *wf;
	const struct wf_action *a;
	int signs = 0;

	if (nomor == NULL || action == NULL || case_load(s, nomor, &c) != 0 ||
	    c.workflow_id == 0)
		return 0;
	wf = xcalloc(1, sizeof(*wf));
	if (workflow_load(s, c.workflow_id, wf) == 0 &&
	    (a = workflow_action(wf, action)) != NULL)
		signs = a->signs_document;
	free(wf);
	return signs;
}

/* Keep why in q (the static buffers behind it are reused). */
static void
act_keep_why(struct app_act *q, const char *why)
{
	if (why != NULL && why != q->reason)
		snprintf(q->reason, sizeof(q->reason), "%s", why);
	q->why = why != NULL ? q->reason : NULL;
}

/* A signing action is taken here, whole (application_act_job()). */
static int
act_job_check(struct store *s, struct store_job *j)
{
	struct app_act *q = (struct app_act *)j;
	const char *why = NULL;

	if (!act_signs(s, q->nomor, q->action))
		return 0;
	q->rc = act_signed(s, q->data_dir, q->actor, q->nomor, q->action,
	    q->note, q->docs, q->ndocs, &q->sign, &q->opts, q->addr, q->now,
	    q->state, sizeof(q->state), &why);
	act_keep_why(q, why);
	return 1;
}

static int
act_job_apply(struct store *s, struct store_job *j)
{
	struct app_act *q = (struct app_act *)j;
	struct sign_target tgt;
	const char *why = NULL;
	int rc;

	memset(&tgt, 0, sizeof(tgt));
	rc = act_body(s, q->data_dir, q->actor, q->nomor, q->action, q->note,
	    q->docs, q->ndocs, NULL, &tgt, &q->opts, q->addr, q->now,
	    q->state, sizeof(q->state), &why, q->reason, sizeof(q->reason));
	if (rc == ACT_OK)
		return 0;
	*q->state = '\0';
	if (rc == ACT_STORAGE || rc == ACT_NEED_SIGN)
		return -1;
	q->rc = (enum act_result)rc;
	act_keep_why(q, why);
	return 1;
}

/* A storage failure; a refused action keeps its answer. */
static void
act_job_fail(struct store_job *j, int files)
{
	struct app_act *q = (struct app_act *)j;

	if (q->rc != ACT_OK)
		return;
	*q->state = '\0';
	q->rc = ACT_STORAGE;
	q->why = NULL;
}

void
application_act_job(struct app_act *q)
{
	q->job.check = act_job_check;
	q->job.apply = act_job_apply;
	q->job.fail = act_job_fail;
}

enum act_result
application_act_opts(struct store *s, const char *data_dir,
    const struct account *actor, const char *nomor, const char *action,
    const char *note, const struct app_doc_in *docs, int ndocs,
    const struct act_sign *sign, const struct act_opts *opts,
    const char *addr, time_t now, char *new_state, size_t nslen,
    const char **why)
{
	static _Thread_local char reason[512];	/* *why: until the next call */
	struct app_act *q = xcalloc(1, sizeof(*q));
	struct store_job *j = &q->job;
	enum act_result rc;

	*why = NULL;
	if (new_state != NULL && nslen > 0)
		*new_state = '\0';
	if (nomor == NULL || action == NULL || ndocs < 0 ||
	    ndocs > APP_MAX_DOCS) {
		free(q);
		return ACT_INVALID;
	}
	q->data_dir = data_dir;
	q->actor = actor;
	q->nomor = nomor;
	q->action = action;
	q->note = note;
	if (ndocs > 0)
		memcpy(q->docs, docs, (size_t)ndocs * sizeof(*docs));
	q->ndocs = ndocs;
	if (sign != NULL)
		q->sign = *sign;
	if (opts != NULL)
		q->opts = *opts;
	q->addr = addr;
	q->now = now;
	application_act_job(q);
	(void)store_batch(s, data_dir, &j, 1, 0);
	rc = q->rc;
	if (q->why != NULL) {
		snprintf(reason, sizeof(reason), "%s", q->why);
		*why = reason;
	}
	if (rc == ACT_OK && new_state != NULL && nslen > 0)
		snprintf(new_state, nslen, "%s", q->state);
	free(q);
	return rc;
}
