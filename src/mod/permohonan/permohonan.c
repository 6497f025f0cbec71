/*
 * permohonan.c: the rules every change of an application (permohonan)
 * shares -- validation of fields and documents, routing, numbering,
 * submission -- and creating one (a job of the group commit).
 * Corrections are in permohonan_perbaikan.c, workflow actions in permohonan_tindakan.c.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/buf.h"
#include "lib/kode.h"
#include "lib/msg.h"
#include "lib/str.h"
#include "lib/utf8.h"
#include "lib/when.h"
#include "lib/xalloc.h"
#include "store/store.h"
#include "permohonan_impl.h"
#include "permohonan_query.h"
#include "permohonan.h"
#include "mod/audit/audit.h"
#include "mod/berkas/berkas.h"
#include "mod/dokumen/dokumen.h"
#include "mod/akun/nik_verif.h"
#include "mod/notifikasi/notify.h"
#include "mod/tlog/tlog.h"
#include "mod/alur/workday.h"
#include "mod/alur/workflow.h"
#include "mod/kinerja/kinerja_agregat.h"
#include "sql.h"

#define IDEM_MAX 64

char *
permohonan_link(const char *prefix, const char *nomor)
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
permohonan_acting_roles(const struct workflow *wf, const char *state)
{
	unsigned roles = 0;
	int i;

	for (i = 0; i < wf->nactions; i++)
		if (workflow_action_from(&wf->actions[i], state))
			roles |= wf->actions[i].roles;
	return roles & ~(unsigned)ROLE_WARGA;
}

void
permohonan_svc_free(struct svc *v)
{
	permohonan_form_free(v->f, v->nf, v->d, v->nd);
	memset(v, 0, sizeof(*v));
}

/* Load an active service by code with its form.  0, or -1 unknown. */
int
permohonan_svc_load(struct store *s, const char *code, struct svc *v)
{
	memset(v, 0, sizeof(*v));
	if (permohonan_sql_svc(s, code, v) != 1)
		return -1;
	if (permohonan_form_load(s, v->code, &v->id, &v->f, &v->nf, &v->d,
		&v->nd) != 0) {
		permohonan_svc_free(v);
		return -1;
	}
	return 0;
}

/* The kampung unit of region code and its kecamatan.  0, or -1 unknown. */
int
permohonan_place_load(struct store *s, const char *wilayah, struct place *pl)
{
	memset(pl, 0, sizeof(*pl));
	if (permohonan_sql_place(s, wilayah, pl) != 1)
		return -1;
	return pl->kampung > 0 && pl->kecamatan > 0 ? 0 : -1;
}

/* The unit that handles a case in a state of the given scope. */
int64_t
permohonan_unit_for(const struct svc *v, const struct place *pl,
    const char *scope, int64_t current)
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

int
permohonan_blank(const char *s)
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
field_check(const struct permohonan_view_field *f, const char *v, int draft)
{
	int y, m, d;

	if (v == NULL || permohonan_blank(v))
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
input_value(const struct permohonan_input *in, const char *name, int *dup)
{
	const char *v = NULL;
	int i;

	for (i = 0; i < in->nfields; i++)
		if (in->fields[i].name != NULL &&
		    strcmp(in->fields[i].name, name) == 0) {
			if (v != NULL)
				*dup = 1;
			v = in->fields[i].value != NULL ? in->fields[i].value
							: "";
		}
	return v;
}

static const struct permohonan_view_field *
decl_field(const struct svc *v, const char *name)
{
	int i;

	for (i = 0; i < v->nf; i++)
		if (strcmp(v->f[i].name, name) == 0)
			return &v->f[i];
	return NULL;
}

static const struct permohonan_view_doc *
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
	if (n == 0 || permohonan_blank(out) || strcmp(out, ".") == 0 ||
	    strcmp(out, "..") == 0)
		snprintf(out, 201, "%s.%s", code,
		    strcmp(mime, "application/pdf") == 0 ? "pdf"
			: strcmp(mime, "image/png") == 0 ? "png"
							 : "jpg");
}

/*
 * Every required document of v must be sent in this input or, when
 * have_doc is not NULL, already be stored (have_doc[i] set).
 */
void
permohonan_docs_require(const struct svc *v, const struct permohonan_input *in,
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
void
permohonan_docs_check(const struct svc *v, const struct permohonan_input *in,
    int64_t kept_bytes, struct doc_ok *ok, struct field_errs *errs)
{
	int64_t total = kept_bytes;
	const char *why, *c;
	int i, j, bad;

	for (i = 0; i < in->ndocs; i++) {
		const struct permohonan_doc_in *dc = &in->docs[i];

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
			field_err_addf(errs, "berkas.", c,
			    msg(M_AP_DOC_UNKNOWN));
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
void
permohonan_fields_check(const struct svc *v, const struct permohonan_input *in,
    char **old, int draft, struct field_errs *errs)
{
	const char *val, *m;
	int i, dup;

	for (i = 0; i < in->nfields; i++)
		if (in->fields[i].name == NULL ||
		    decl_field(v, in->fields[i].name) == NULL)
			field_err_addf(errs, "isian.",
			    in->fields[i].name ? in->fields[i].name : "",
			    msg(M_AP_FIELD_UNKNOWN));
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
int
permohonan_docs_store(const char *data_dir, struct doc_ok *ok, int n)
{
	int i;

	for (i = 0; i < n; i++)
		if (ok[i].mime != NULL &&
		    berkas_write(data_dir, ok[i].in->data, ok[i].in->len,
			ok[i].sha256) != 0)
			return -1;
	return 0;
}

/* Rows for the documents: berkas, permohonan_berkas, audit per upload. */
int
permohonan_docs_record(struct store *s, int64_t id, const char *nomor,
    const struct account *who, const char *role, struct doc_ok *ok, int n,
    const char *addr, time_t now)
{
	struct audit a;
	char *note;
	int i, rc;

	for (i = 0; i < n; i++) {
		if (ok[i].mime == NULL) /* refused: left out of a kept draft */
			continue;
		if (berkas_record(s, ok[i].sha256, ok[i].in->len, ok[i].mime,
			now) != 0)
			return -1;
		if (permohonan_sql_berkas_put(s, id, ok[i].in->code,
			ok[i].sha256, ok[i].filename, (int64_t)now,
			who->id) != 0)
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

/* Next registration number of unit in the WIB year of now. */
static int
nomor_new(struct store *s, int64_t unit_id, const char *layanan, time_t now,
    char out[64])
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
void
permohonan_due_for(struct store *s, const struct wf_state *st, time_t now,
    char out[11])
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
int
permohonan_submit(struct store *s, int64_t id, const struct svc *v,
    const struct workflow *wf, const struct place *pl,
    const struct account *who, const char *kode, const char *addr, time_t now,
    struct permohonan_result *res)
{
	const struct wf_state *st = workflow_state(wf, wf->initial);
	char state_due[11], due[11], *link, *text, *uname;
	int64_t unit;
	struct audit a;
	unsigned roles;
	int rc;

	if (st == NULL)
		return -1;
	unit = permohonan_unit_for(v, pl, st->scope, 0);
	if (nomor_new(s, unit, v->code, now, res->nomor) != 0)
		return -1;
	permohonan_due_for(s, st, now, state_due);
	due[0] = '\0';
	if (v->sla_days > 0)
		workday_add(s, now, v->sla_days, due);
	/* the performance figures change in the same transaction */
	if (permohonan_sql_submit(s, id, res->nomor, unit, wf->initial,
		(int64_t)now, state_due, due) != 0 ||
	    kinerja_agregat_catat(s, id) != 0)
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
	link = permohonan_link(PERMOHONAN_LINK_WARGA, res->nomor);
	uname = unit_name(s, unit);
	text = xasprintf(msg(M_NOTIF_APP_RECEIVED), res->nomor, v->name, uname,
	    kode);
	rc =
	    notify_account_event(s, who->id, "permohonan.diterima", text, link);
	free(text);
	free(link);
	link = permohonan_link(PERMOHONAN_LINK_STAFF, res->nomor);
	roles = permohonan_acting_roles(wf, wf->initial);
	if (rc == 0 && roles != 0) {
		text = xasprintf(msg(M_NOTIF_APP_NEW), res->nomor, v->name,
		    st->label);
		rc = notify_unit_event(s, unit, roles, "permohonan.baru", text,
		    link);
		free(text);
	}
	free(uname);
	free(link);
	str_field(res->state, sizeof(res->state), wf->initial);
	return rc;
}

/* The existing application of (applicant, key), into res; 1 found. */
static int
idem_find(struct store *s, int64_t pemohon, const char *key,
    struct permohonan_result *res)
{
	return permohonan_sql_idem(s, pemohon, key, res);
}

/* One application being created: its checked inputs and its answer. */
struct permohonan_creating {
	const struct account *who;
	const struct permohonan_input *in;
	const char *addr;
	const char *key; /* idempotency key or NULL */
	struct svc v;
	struct place pl;
	struct workflow *wf;
	struct doc_ok ok[PERMOHONAN_MAX_DOCS];
	struct permohonan_result *res;
	struct field_errs *errs;
	int as_draft; /* refused, kept as a draft (in->draft_on_error) */
};

/*
 * Whether a refused submission may be kept as a draft: every error is
 * about one field or one document, which the draft leaves out.
 */
static int
draft_may_keep(const struct field_errs *errs)
{
	int i;

	for (i = 0; i < errs->n; i++)
		if (strncmp(errs->e[i].field, "isian.", 6) != 0 &&
		    strncmp(errs->e[i].field, "berkas.", 7) != 0)
			return 0;
	return 1;
}

/*
 * Validate c->in for c->who without writing anything.  Returns 0 (valid,
 * go on), 1 (an idempotent replay: c->res is the earlier answer), -1
 * (invalid, c->errs says why) or -2 (storage failure).
 */
static int
create_check(struct store *s, struct permohonan_creating *c)
{
	const struct permohonan_input *in = c->in;
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
	if (c->key != NULL &&
	    (i = idem_find(s, c->who->id, c->key, c->res)) != 0)
		return i == 1 ? 1 : -2;
	if (!(c->who->roles & ROLE_WARGA) || strlen(c->who->nik) != 16)
		field_err_add(errs, "pemohon", msg(M_AP_PEMOHON_NIK));
	if (in->nfields < 0 || in->nfields > PERMOHONAN_MAX_FIELDS ||
	    in->ndocs < 0 || in->ndocs > PERMOHONAN_MAX_DOCS) {
		field_err_add(errs, "berkas", msg(M_AP_TOO_MANY));
		return -1;
	}
	if (in->layanan == NULL || *in->layanan == '\0')
		field_err_add(errs, "layanan", msg(M_AP_LAYANAN_REQUIRED));
	else if (strlen(in->layanan) > 20 ||
	    permohonan_svc_load(s, in->layanan, &c->v) != 0)
		field_err_add(errs, "layanan", msg(M_AP_LAYANAN_UNKNOWN));
	else {
		have_svc = 1;
		c->wf = xcalloc(1, sizeof(*c->wf));
		if (c->v.workflow_id == 0 ||
		    workflow_load(s, c->v.workflow_id, c->wf) != 0 ||
		    workflow_state(c->wf, c->wf->initial) == NULL)
			field_err_add(errs, "layanan",
			    msg(M_AP_LAYANAN_OFFLINE));
	}
	if (in->wilayah == NULL || *in->wilayah == '\0')
		field_err_add(errs, "wilayah", msg(M_AP_WILAYAH_REQUIRED));
	else if (strlen(in->wilayah) > 13 ||
	    permohonan_place_load(s, in->wilayah, &c->pl) != 0)
		field_err_add(errs, "wilayah", msg(M_AP_WILAYAH_UNKNOWN));
	if (have_svc) {
		permohonan_fields_check(&c->v, in, NULL, in->draft, errs);
		permohonan_docs_check(&c->v, in, 0, c->ok, errs);
		if (!in->draft)
			permohonan_docs_require(&c->v, in, NULL, errs);
	}
	if (errs->n > 0 && have_svc && in->draft_on_error && !in->draft &&
	    draft_may_keep(errs))
		c->as_draft = 1;
	return errs->n > 0 && !c->as_draft ? -1 : 0;
}

/*
 * The rows of one checked application (its documents already durable),
 * in the caller's transaction: 0, 1 (a twin with the same key is already
 * there: c->res is its answer) or -1.
 */
static int
create_insert(struct store *s, struct permohonan_creating *c, time_t now)
{
	const struct permohonan_input *in = c->in;
	const struct account *who = c->who;
	struct permohonan_result *res = c->res;
	char kode[13], name[80];
	int64_t id, unit;
	int i, tries;

	if (c->key != NULL && (i = idem_find(s, who->id, c->key, res)) != 0)
		return i == 1 ? 1 : -1;
	unit = permohonan_unit_for(&c->v, &c->pl,
	    workflow_state(c->wf, c->wf->initial)->scope, 0);
	for (tries = 0; tries < 4; tries++) {
		kode_new(kode);
		i = permohonan_sql_create(s, kode, c->v.id, who->id, who->nik,
		    in->wilayah, unit, c->wf->initial, c->key, (int64_t)now,
		    &id);
		if (i != STORE_CONSTRAINT)
			break;
	}
	if (i != 0)
		return -1;
	res->id = id;
	str_field(res->kode_lacak, sizeof(res->kode_lacak), kode);
	for (i = 0; i < in->nfields; i++) {
		if (permohonan_blank(
			in->fields[i].value ? in->fields[i].value : ""))
			continue;
		/* a kept draft leaves out what was refused */
		if (c->as_draft) {
			snprintf(name, sizeof(name), "isian.%s",
			    in->fields[i].name);
			if (field_err_get(c->errs, name) != NULL)
				continue;
		}
		if (permohonan_sql_value_add(s, id, in->fields[i].name,
			in->fields[i].value) != 0)
			return -1;
	}
	if (in->draft || c->as_draft) {
		struct audit a;
		char idbuf[24];

		snprintf(idbuf, sizeof(idbuf), "draf-%lld", (long long)id);
		if (permohonan_docs_record(s, id, idbuf, who, "warga", c->ok,
			in->ndocs, c->addr, now) != 0)
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
		str_field(res->state, sizeof(res->state), c->wf->initial);
		return 0;
	}
	if (permohonan_submit(s, id, &c->v, c->wf, &c->pl, who, kode, c->addr,
		now, res) != 0 ||
	    permohonan_docs_record(s, id, res->nomor, who, "warga", c->ok,
		in->ndocs, c->addr, now) != 0)
		return -1;
	if (in->loket != NULL) { /* entered at the desk: by whom */
		struct audit a;

		memset(&a, 0, sizeof(a));
		a.actor_id = in->loket->id;
		a.role = "operator";
		a.unit_id = in->loket->unit_id;
		a.action = "permohonan.loket";
		a.object_type = "permohonan";
		a.object_id = res->nomor;
		a.note = c->v.code;
		a.addr = c->addr;
		if (audit_write(s, &a) != 0)
			return -1;
	}
	return 0;
}

/*
 * A storage error: nothing of the application is reported.  An item
 * already answered with an error keeps it.
 */
static void
create_fail(struct store_job *j, int files)
{
	struct permohonan_batch_item *it = (struct permohonan_batch_item *)j;

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
	struct permohonan_batch_item *it = (struct permohonan_batch_item *)j;
	struct permohonan_creating *c;
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
	struct permohonan_creating *c = ((struct permohonan_batch_item *)j)->c;
	int i;

	for (i = 0; i < c->in->ndocs; i++)
		if (c->ok[i].mime != NULL &&
		    berkas_stage(data_dir, c->ok[i].in->data, c->ok[i].in->len,
			c->ok[i].sha256) != 0)
			return -1;
	return c->in->ndocs;
}

static int
create_job_apply(struct store *s, struct store_job *j)
{
	struct permohonan_batch_item *it = (struct permohonan_batch_item *)j;

	return create_insert(s, it->c, it->now) < 0 ? -1 : 0;
}

static void
create_job_end(struct store_job *j)
{
	struct permohonan_batch_item *it = (struct permohonan_batch_item *)j;

	if (it->c == NULL)
		return;
	free(it->c->wf);
	permohonan_svc_free(&it->c->v);
	free(it->c);
	it->c = NULL;
}

void
permohonan_create_job(struct permohonan_batch_item *it)
{
	it->job.check = create_job_check;
	it->job.stage = create_job_stage;
	it->job.apply = create_job_apply;
	it->job.fail = create_fail;
	it->job.end = create_job_end;
}

int
permohonan_create(struct store *s, const char *data_dir,
    const struct account *who, const struct permohonan_input *in,
    const char *addr, time_t now, struct permohonan_result *res,
    struct field_errs *errs)
{
	struct permohonan_batch_item it;
	struct store_job *j = &it.job;

	memset(&it, 0, sizeof(it));
	it.applicant = who;
	it.in = *in;
	it.addr = addr;
	it.now = now;
	permohonan_create_job(&it);
	(void)store_batch(s, data_dir, &j, 1, 0);
	*res = it.res;
	*errs = it.errs;
	return it.rc;
}
