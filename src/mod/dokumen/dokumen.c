/* dokumen.c: letter templates, nomor formats and the document registry. */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "lib/buf.h"
#include "lib/msg.h"
#include "lib/str.h"
#include "lib/token.h"
#include "lib/utf8.h"
#include "lib/when.h"
#include "lib/xalloc.h"
#include "store/store.h"
#include "mod/akun/account.h"
#include "mod/audit/audit.h"
#include "mod/layanan/catalog.h"
#include "dokumen.h"
#include "sql.h"
#include "mod/notifikasi/notify.h"
#include "mod/pki/pki.h"
#include "mod/tlog/tlog.h"

/* --- templates ------------------------------------------------------------ */

void
dokumen_templat_free(struct dokumen_templat *t)
{
	int i;

	free(t->isi);
	for (i = 0; i < t->nfields; i++)
		free(t->fields[i]);
	memset(t, 0, sizeof(*t));
}

/* "Surat Keterangan Tidak Mampu (SKTM)" -> "SURAT KETERANGAN TIDAK MAMPU". */
static void
default_title(const char *name, char *out, size_t n)
{
	struct buf b = BUF_INIT;
	const char *p;
	char *s;
	size_t len;

	buf_init(&b, 128);
	if (strncmp(name, "Persetujuan ", 12) == 0)
		buf_adds(&b, "SURAT ");
	else if (strncmp(name, "Surat ", 6) != 0)
		buf_adds(&b, msg(M_DOKUMEN_TITLE_PREFIX));
	for (p = name; *p != '\0' && *p != '('; p++)
		buf_addc(&b, (char)toupper((unsigned char)*p));
	s = buf_detach(&b, &len);
	while (len > 0 && s[len - 1] == ' ')
		s[--len] = '\0';
	str_field(out, n, s);
	free(s);
}

/* The default body: who, the form's fields, what it is for. */
static char *
default_body(const struct dokumen_templat *t, char **labels)
{
	struct buf b = BUF_INIT;
	int i, has_keperluan = 0, domisili;

	buf_init(&b, 1024);
	buf_adds(&b, msg(M_DOKUMEN_BODY_OPEN));
	buf_adds(&b, "\n\n");
	buf_adds(&b, msg(M_DOKUMEN_BODY_WHO));
	domisili = strcmp(t->layanan_code, "KPG-02") == 0;
	for (i = 0; i < t->nfields; i++) {
		if (strcmp(t->fields[i], "keperluan") == 0) {
			has_keperluan = 1;
			continue;
		}
		if (!domisili)
			buf_addf(&b, "\n%s: {{isian.%s}}", labels[i],
			    t->fields[i]);
	}
	buf_adds(&b, "\n\n");
	buf_adds(&b,
	    msg(domisili ? M_DOKUMEN_BODY_DOMISILI : M_DOKUMEN_BODY_GENERIC));
	if (has_keperluan) {
		buf_adds(&b, " ");
		buf_adds(&b, msg(M_DOKUMEN_BODY_KEPERLUAN));
	}
	buf_adds(&b, "\n\n");
	buf_adds(&b, msg(M_DOKUMEN_BODY_CLOSE));
	return buf_detach(&b, NULL);
}

/* What dokumen_templat_load() reads into. */
struct templat_read {
	struct dokumen_templat *t;
	char **labels;
	int found;
};

/* The template row (first row only); see dokumen_templat_load(). */
static int
templat_row(void *arg, const struct dokumen_sql_templat *r)
{
	struct templat_read *tr = arg;
	struct dokumen_templat *t = tr->t;

	t->layanan_id = r->layanan_id;
	str_field(t->layanan_code, sizeof(t->layanan_code), r->code);
	str_field(t->layanan_name, sizeof(t->layanan_name), r->name);
	t->is_default = (int)r->is_default;
	t->versi = (int)r->versi;
	if (t->is_default) {
		default_title(t->layanan_name, t->judul, sizeof(t->judul));
		str_field(t->level, sizeof(t->level), r->layanan_level);
		str_field(t->klasifikasi, sizeof(t->klasifikasi),
		    strncmp(t->layanan_code, "PTSP", 4) == 0 ? "503" : "470");
	} else {
		str_field(t->judul, sizeof(t->judul), r->judul);
		t->isi = xstrdup(r->isi);
		str_field(t->level, sizeof(t->level), r->level);
		str_field(t->klasifikasi, sizeof(t->klasifikasi),
		    r->klasifikasi);
	}
	tr->found = 1;
	return 1;
}

/* A form field into the template, at most 32. */
static int
templat_field(void *arg, const char *name, const char *label)
{
	struct templat_read *tr = arg;
	struct dokumen_templat *t = tr->t;

	if (t->nfields >= 32)
		return 1;
	tr->labels[t->nfields] = xstrdup(label);
	t->fields[t->nfields++] = xstrdup(name);
	return 0;
}

int
dokumen_templat_load(struct store *s, int64_t layanan_id,
    struct dokumen_templat *t)
{
	struct templat_read tr;
	char *labels[32];
	int i;

	memset(t, 0, sizeof(*t));
	tr.t = t;
	tr.labels = labels;
	tr.found = 0;
	if (dokumen_sql_each_templat(s, layanan_id, templat_row, &tr) != 0 ||
	    !tr.found)
		return -1;
	if (dokumen_sql_each_field(s, layanan_id, templat_field, &tr) != 0) {
		dokumen_templat_free(t);
		return -1;
	}
	if (t->is_default)
		t->isi = default_body(t, labels);
	for (i = 0; i < t->nfields; i++)
		free(labels[i]);
	return 0;
}

static int
klasifikasi_ok(const char *k)
{
	size_t n = strlen(k);

	if (n < 1 || n > 20)
		return 0;
	for (; *k != '\0'; k++)
		if (!isalnum((unsigned char)*k) && *k != '.' && *k != '-')
			return 0;
	return 1;
}

/* The audit note of a change: {"sebelum": before, "sesudah": after}. */
static char *
change_note(json_t *before, json_t *after)
{
	json_t *o = json_pack("{s:o,s:o}", "sebelum", before, "sesudah", after);
	char *out = json_dumps(o, JSON_COMPACT | JSON_ENSURE_ASCII);

	json_decref(o);
	return out != NULL ? out : xstrdup("");
}

static const char *
admin_role(const struct account *a)
{
	return a != NULL && (a->roles & ROLE_SUPERADMIN) ? "superadmin"
							 : "admin";
}

int
dokumen_templat_save(struct store *s, int64_t layanan_id, const char *judul,
    const char *isi, const char *klasifikasi, const struct account *actor,
    const char *addr, time_t now, char *err, size_t errlen)
{
	struct dokumen_templat t;
	struct audit au;
	char *note = NULL;
	int rc = -1, versi;

	if (dokumen_templat_load(s, layanan_id, &t) != 0) {
		str_field(err, errlen, msg(M_DOKUMEN_NOT_FOUND));
		return -1;
	}
	if (!account_may_admin(actor, catalog_owner(s, layanan_id))) {
		str_field(err, errlen, msg(M_ADMIN_NOT_OWNER));
		rc = -2;
		goto out;
	}
	if (judul == NULL || text_check(judul, 3, 160, 0) != NULL) {
		str_field(err, errlen, msg(M_DOKUMEN_TITLE_BAD));
		goto out;
	}
	if (isi == NULL || text_check(isi, 10, 8000, 1) != NULL) {
		str_field(err, errlen, msg(M_DOKUMEN_BODY_BAD));
		goto out;
	}
	if (klasifikasi == NULL || !klasifikasi_ok(klasifikasi)) {
		str_field(err, errlen, msg(M_DOKUMEN_KLAS_BAD));
		goto out;
	}
	if (surat_check(isi, (const char *const *)t.fields, t.nfields, err,
		errlen) != 0)
		goto out;
	versi = t.versi + 1;
	note = change_note(json_pack("{s:i,s:s,s:s,s:s}", "versi", t.versi,
			       "judul", t.judul, "isi", t.isi, "klasifikasi",
			       t.klasifikasi),
	    json_pack("{s:i,s:s,s:s,s:s}", "versi", versi, "judul", judul,
		"isi", isi, "klasifikasi", klasifikasi));
	if (store_begin(s) != 0) {
		str_field(err, errlen, msg(M_SAVE_FAILED));
		goto out;
	}
	memset(&au, 0, sizeof(au));
	au.actor_id = actor != NULL ? actor->id : 0;
	au.role = admin_role(actor);
	au.unit_id = actor != NULL ? actor->unit_id : 0;
	au.action = "surat.templat";
	au.object_type = "layanan";
	au.object_id = t.layanan_code;
	au.note = note;
	au.addr = addr;
	if (dokumen_sql_templat_save(s, layanan_id, judul, isi, t.level,
		klasifikasi, (int64_t)now, au.actor_id, versi) != 0 ||
	    dokumen_sql_templat_versi_add(s, layanan_id, versi, judul, isi,
		klasifikasi, (int64_t)now, au.actor_id) != 0 ||
	    audit_write(s, &au) != 0 || store_commit(s) != 0) {
		store_rollback(s);
		str_field(err, errlen, msg(M_SAVE_FAILED));
		goto out;
	}
	rc = 0;
out:
	free(note);
	dokumen_templat_free(&t);
	return rc;
}

/* What dokumen_templat_seed() collects: at most 512 service ids. */
struct seed_ids {
	int64_t ids[512];
	int n;
};

static int
seed_id(void *arg, int64_t id)
{
	struct seed_ids *si = arg;

	if (si->n >= 512)
		return 1;
	si->ids[si->n++] = id;
	return 0;
}

int
dokumen_templat_seed(struct store *s, time_t now)
{
	struct dokumen_templat t;
	struct seed_ids si;
	int n, i, done = 0;

	si.n = 0;
	if (dokumen_sql_each_untemplated(s, seed_id, &si) != 0)
		return -1;
	n = si.n;
	if (store_begin(s) != 0)
		return -1;
	for (i = 0; i < n; i++) {
		if (dokumen_templat_load(s, si.ids[i], &t) != 0)
			goto fail;
		if (dokumen_sql_templat_seed(s, t.layanan_id, t.judul, t.isi,
			t.level, t.klasifikasi, (int64_t)now) != 0 ||
		    dokumen_sql_templat_seed_versi(s, t.layanan_id, t.judul,
			t.isi, t.klasifikasi, (int64_t)now) != 0) {
			dokumen_templat_free(&t);
			goto fail;
		}
		dokumen_templat_free(&t);
		done++;
	}
	if (store_commit(s) != 0)
		return -1;
	return done;
fail:
	store_rollback(s);
	return -1;
}

/* What dokumen_format_load() reads into. */
struct format_read {
	char *fmt;	 /* STR_CHARS(120) bytes */
	char *kode_unit; /* 41 bytes */
	int found;
};

/* The unit's format row (first row only). */
static int
format_row(void *arg, const char *code, const char *format,
    const char *kode_unit)
{
	struct format_read *fr = arg;

	fr->found = 1;
	if (format == NULL) {
		str_field(fr->fmt, STR_CHARS(120), SURAT_FORMAT_DEFAULT);
		str_field(fr->kode_unit, 41, code);
	} else {
		str_field(fr->fmt, STR_CHARS(120), format);
		str_field(fr->kode_unit, 41, kode_unit);
	}
	return 1;
}

int
dokumen_format_load(struct store *s, int64_t unit_id, char fmt[STR_CHARS(120)],
    char kode_unit[41])
{
	struct format_read fr;

	fr.fmt = fmt;
	fr.kode_unit = kode_unit;
	fr.found = 0;
	if (dokumen_sql_each_format(s, unit_id, format_row, &fr) != 0)
		return -1;
	return fr.found ? 0 : -1;
}

int
dokumen_format_save(struct store *s, int64_t unit_id, const char *fmt,
    const char *kode_unit, const struct account *actor, const char *addr,
    time_t now, char *err, size_t errlen)
{
	struct audit au;
	char id[24], old_fmt[STR_CHARS(120)], old_kode[41], *note;
	const char *p;
	int rc;

	if (!account_may_admin(actor, unit_id)) {
		str_field(err, errlen, msg(M_ADMIN_NOT_OWNER));
		return -2;
	}
	if (surat_format_check(fmt, err, errlen) != 0)
		return -1;
	if (kode_unit == NULL || strlen(kode_unit) < 1 ||
	    strlen(kode_unit) > 40) {
		str_field(err, errlen, msg(M_DOKUMEN_KODE_UNIT_BAD));
		return -1;
	}
	for (p = kode_unit; *p != '\0'; p++)
		if (!isalnum((unsigned char)*p) && strchr(".-_", *p) == NULL) {
			str_field(err, errlen, msg(M_DOKUMEN_KODE_UNIT_BAD));
			return -1;
		}
	if (dokumen_format_load(s, unit_id, old_fmt, old_kode) != 0) {
		str_field(err, errlen, msg(M_DOKUMEN_NOT_FOUND));
		return -1;
	}
	snprintf(id, sizeof(id), "%lld", (long long)unit_id);
	note = change_note(
	    json_pack("{s:s,s:s}", "format", old_fmt, "kode_unit", old_kode),
	    json_pack("{s:s,s:s}", "format", fmt, "kode_unit", kode_unit));
	memset(&au, 0, sizeof(au));
	au.actor_id = actor != NULL ? actor->id : 0;
	au.role = admin_role(actor);
	au.unit_id = actor != NULL ? actor->unit_id : 0;
	au.action = "surat.format";
	au.object_type = "unit";
	au.object_id = id;
	au.note = note;
	au.addr = addr;
	rc = -1;
	if (store_begin(s) != 0)
		goto fail;
	if (dokumen_sql_format_save(s, unit_id, fmt, kode_unit, (int64_t)now,
		au.actor_id) != 0 ||
	    audit_write(s, &au) != 0 || store_commit(s) != 0) {
		store_rollback(s);
		goto fail;
	}
	free(note);
	return 0;
fail:
	free(note);
	str_field(err, errlen, msg(M_SAVE_FAILED));
	return rc;
}

/* --- the registry --------------------------------------------------------- */

int
dokumen_by_kode(struct store *s, const char *kode, struct dokumen *d)
{
	return dokumen_sql_by_kode(s, kode, d);
}

int
dokumen_by_sha256(struct store *s, const char *sha256, struct dokumen *d)
{
	return dokumen_sql_by_sha256(s, sha256, d);
}

int
dokumen_of_app(struct store *s, int64_t permohonan_id, struct dokumen *d)
{
	return dokumen_sql_of_app(s, permohonan_id, d);
}

int
dokumen_may_end(const struct account *actor, const struct dokumen *d)
{
	if (actor == NULL)
		return 0;
	if (actor->roles & ROLE_ADMINS)
		return 1;
	return actor->id == d->signer_id &&
	    (actor->roles & (ROLE_PENANDATANGAN | ROLE_KEPALA));
}

/* Where dokumen_position() reads the certificate's title. */
struct position_read {
	char *out;
	size_t n;
};

static int
position_row(void *arg, const char *title)
{
	struct position_read *pr = arg;

	str_field(pr->out, pr->n, title);
	return 1;
}

void
dokumen_position(struct store *s, const struct account *a, char *out, size_t n)
{
	struct position_read pr;

	*out = '\0';
	pr.out = out;
	pr.n = n;
	(void)dokumen_sql_each_position(s, a->id, position_row, &pr);
	if (*out != '\0')
		return;
	if (a->roles & ROLE_KEPALA)
		pki_title(a, out, n); /* as on the unit: Penghulu, Lurah,
					 Camat, Kepala ... */
	else if (a->roles & ROLE_ADMINS)
		snprintf(out, n, msg(M_DOKUMEN_POS_ADMIN), a->unit_name);
	else
		snprintf(out, n, msg(M_DOKUMEN_POS_OFFICER), a->unit_name);
}

int
dokumen_revoke(struct store *s, const char *kode, const char *reason,
    const struct account *actor, const char *addr, time_t now, const char **why)
{
	struct dokumen d;
	struct audit au;
	json_t *e;
	char pos[161], when[21], rh[65], *text = NULL, *link = NULL;
	int64_t idx = -1;
	int rc;

	*why = NULL;
	if (reason == NULL || text_check(reason, 5, 500, 1) != NULL) {
		*why = msg(M_DOKUMEN_REASON_BAD);
		return -4;
	}
	if (store_begin(s) != 0)
		return -5;
	if ((rc = dokumen_by_kode(s, kode, &d)) != 0 ||
	    !dokumen_may_end(actor, &d)) {
		store_rollback(s);
		return rc == -2 ? -5 : -1;
	}
	if (strcmp(d.status, "sah") != 0) {
		store_rollback(s);
		*why = msg(M_DOKUMEN_ALREADY_ENDED);
		return -3;
	}
	dokumen_position(s, actor, pos, sizeof(pos));
	when_iso8601(now, when);
	/* the log carries no personal data: the reason only as a hash */
	sha256_hex(reason, strlen(reason), rh);
	e = json_pack("{s:s,s:s,s:s,s:s}", "jenis", "dokumen_cabut", "kode",
	    d.kode, "alasan_sha256", rh, "waktu", when);
	rc = tlog_append_json(s, e, now, &idx);
	json_decref(e);
	if (rc != 0)
		goto fail;
	if (dokumen_sql_revoke(s, d.id, (int64_t)now, actor->id, pos, reason,
		idx) != 0 ||
	    store_changes(s) != 1)
		goto fail;
	memset(&au, 0, sizeof(au));
	au.actor_id = actor->id;
	au.role = (actor->roles & ROLE_ADMINS) ? "admin" : "penandatangan";
	au.unit_id = actor->unit_id;
	au.action = "dokumen.cabut";
	au.object_type = "dokumen";
	au.object_id = d.kode;
	au.from_state = "sah";
	au.to_state = "dicabut";
	au.note = reason;
	au.addr = addr;
	if (audit_write(s, &au) != 0)
		goto fail;
	text = xasprintf(msg(M_DOKUMEN_NOTIF_REVOKED), d.nomor_surat,
	    d.permohonan_nomor, reason);
	link = xasprintf("/v/%s", d.kode);
	if (notify_account(s, d.pemohon_id, text, link) != 0 ||
	    store_commit(s) != 0)
		goto fail;
	free(text);
	free(link);
	return 0;
fail:
	store_rollback(s);
	free(text);
	free(link);
	return -5;
}
