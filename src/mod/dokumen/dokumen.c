/* dokumen.c: letter templates, nomor formats and the document registry. */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "lib/buf.h"
#include "lib/msg.h"
#include "lib/token.h"
#include "lib/utf8.h"
#include "lib/xalloc.h"
#include "store/store.h"
#include "mod/akun/account.h"
#include "mod/permohonan/application.h"
#include "mod/audit/audit.h"
#include "dokumen.h"
#include "mod/notifikasi/notify.h"
#include "mod/tlog/tlog.h"

static void
copy(char *dst, size_t n, const char *src)
{
	snprintf(dst, n, "%s", src != NULL ? src : "");
}

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
	copy(out, n, s);
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
	buf_adds(&b, msg(domisili ? M_DOKUMEN_BODY_DOMISILI :
	    M_DOKUMEN_BODY_GENERIC));
	if (has_keperluan) {
		buf_adds(&b, " ");
		buf_adds(&b, msg(M_DOKUMEN_BODY_KEPERLUAN));
	}
	buf_adds(&b, "\n\n");
	buf_adds(&b, msg(M_DOKUMEN_BODY_CLOSE));
	return buf_detach(&b, NULL);
}

int
dokumen_templat_load(struct store *s, int64_t layanan_id,
    struct dokumen_templat *t)
{
	struct store_stmt *st;
	char *labels[32];
	int found = 0, i;

	memset(t, 0, sizeof(*t));
	st = store_query(s, "SELECT l.id, l.code, l.name, l.level, t.judul,"
	    " t.isi, t.level, t.klasifikasi, t.layanan_id IS NULL,"
	    " coalesce(t.versi, 0) FROM layanan l LEFT JOIN surat_templat t ON"
	    " t.layanan_id = l.id WHERE l.id = ?", "i", layanan_id);
	if (st == NULL)
		return -1;
	if (store_step(st) == STORE_ROW) {
		found = 1;
		t->layanan_id = store_int(st, 0);
		copy(t->layanan_code, sizeof(t->layanan_code),
		    store_text(st, 1));
		copy(t->layanan_name, sizeof(t->layanan_name),
		    store_text(st, 2));
		t->is_default = (int)store_int(st, 8);
		t->versi = (int)store_int(st, 9);
		if (t->is_default) {
			default_title(t->layanan_name, t->judul,
			    sizeof(t->judul));
			copy(t->level, sizeof(t->level), store_text(st, 3));
			copy(t->klasifikasi, sizeof(t->klasifikasi),
			    strncmp(t->layanan_code, "PTSP", 4) == 0 ? "503" :
			    "470");
		} else {
			copy(t->judul, sizeof(t->judul), store_text(st, 4));
			t->isi = xstrdup(store_text(st, 5));
			copy(t->level, sizeof(t->level), store_text(st, 6));
			copy(t->klasifikasi, sizeof(t->klasifikasi),
			    store_text(st, 7));
		}
	}
	store_done(st);
	if (!found)
		return -1;
	st = store_query(s, "SELECT name, label FROM layanan_isian WHERE"
	    " layanan_id = ? ORDER BY pos", "i", layanan_id);
	if (st == NULL) {
		dokumen_templat_free(t);
		return -1;
	}
	while (store_step(st) == STORE_ROW && t->nfields < 32) {
		labels[t->nfields] = xstrdup(store_text(st, 1));
		t->fields[t->nfields++] = xstrdup(store_text(st, 0));
	}
	store_done(st);
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

int64_t
dokumen_templat_owner(struct store *s, int64_t layanan_id)
{
	struct store_stmt *st;
	int64_t owner = -1;

	st = store_query(s, "SELECT level, coalesce(unit_id, 0) FROM layanan"
	    " WHERE id = ?", "i", layanan_id);
	if (st == NULL)
		return -1;
	if (store_step(st) == STORE_ROW)
		owner = strcmp(store_text(st, 0), "kabupaten") == 0 ?
		    store_int(st, 1) : 0;
	store_done(st);
	return owner;
}

/* The audit note of a change: {"sebelum": before, "sesudah": after}. */
static char *
change_note(json_t *before, json_t *after)
{
	json_t *o = json_pack("{s:o,s:o}", "sebelum", before, "sesudah",
	    after);
	char *out = json_dumps(o, JSON_COMPACT | JSON_ENSURE_ASCII);

	json_decref(o);
	return out != NULL ? out : xstrdup("");
}

static const char *
admin_role(const struct account *a)
{
	return a != NULL && (a->roles & ROLE_SUPERADMIN) ? "superadmin" :
	    "admin";
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
		copy(err, errlen, msg(M_DOKUMEN_NOT_FOUND));
		return -1;
	}
	if (!account_may_admin(actor, dokumen_templat_owner(s, layanan_id))) {
		copy(err, errlen, msg(M_ADMIN_NOT_OWNER));
		rc = -2;
		goto out;
	}
	if (judul == NULL || text_check(judul, 3, 160, 0) != NULL) {
		copy(err, errlen, msg(M_DOKUMEN_TITLE_BAD));
		goto out;
	}
	if (isi == NULL || text_check(isi, 10, 8000, 1) != NULL) {
		copy(err, errlen, msg(M_DOKUMEN_BODY_BAD));
		goto out;
	}
	if (klasifikasi == NULL || !klasifikasi_ok(klasifikasi)) {
		copy(err, errlen, msg(M_DOKUMEN_KLAS_BAD));
		goto out;
	}
	if (surat_check(isi, (const char *const *)t.fields, t.nfields, err,
	    errlen) != 0)
		goto out;
	versi = t.versi + 1;
	note = change_note(json_pack("{s:i,s:s,s:s,s:s}", "versi", t.versi,
	    "judul", t.judul, "isi", t.isi, "klasifikasi", t.klasifikasi),
	    json_pack("{s:i,s:s,s:s,s:s}", "versi", versi, "judul", judul,
	    "isi", isi, "klasifikasi", klasifikasi));
	if (store_begin(s) != 0) {
		copy(err, errlen, msg(M_SAVE_FAILED));
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
	if (store_run(s, "INSERT INTO surat_templat(layanan_id, judul, isi,"
	    " level, klasifikasi, updated_at, updated_by, versi) VALUES (?, ?,"
	    " ?, ?, ?, ?, nullif(?, 0), ?) ON CONFLICT(layanan_id) DO UPDATE"
	    " SET judul = excluded.judul, isi = excluded.isi, klasifikasi ="
	    " excluded.klasifikasi, updated_at = excluded.updated_at,"
	    " updated_by = excluded.updated_by, versi = excluded.versi",
	    "issssiid", layanan_id, judul, isi, t.level, klasifikasi,
	    (int64_t)now, au.actor_id, versi) != 0 ||
	    store_run(s, "INSERT INTO surat_templat_versi(layanan_id, versi,"
	    " judul, isi, klasifikasi, created_at, created_by) VALUES (?, ?,"
	    " ?, ?, ?, ?, nullif(?, 0))", "idsssii", layanan_id, versi, judul,
	    isi, klasifikasi, (int64_t)now, au.actor_id) != 0 ||
	    audit_write(s, &au) != 0 || store_commit(s) != 0) {
		store_rollback(s);
		copy(err, errlen, msg(M_SAVE_FAILED));
		goto out;
	}
	rc = 0;
out:
	free(note);
	dokumen_templat_free(&t);
	return rc;
}

int
dokumen_templat_seed(struct store *s, time_t now)
{
	struct store_stmt *st;
	struct dokumen_templat t;
	int64_t ids[512];
	int n = 0, i, done = 0;

	st = store_query(s, "SELECT l.id FROM layanan l WHERE NOT EXISTS"
	    " (SELECT 1 FROM surat_templat t WHERE t.layanan_id = l.id) AND"
	    " EXISTS (SELECT 1 FROM wf_action a WHERE a.workflow_id ="
	    " l.workflow_id AND a.signs_document = 1) ORDER BY l.id", "");
	if (st == NULL)
		return -1;
	while (store_step(st) == STORE_ROW && n < 512)
		ids[n++] = store_int(st, 0);
	store_done(st);
	if (store_begin(s) != 0)
		return -1;
	for (i = 0; i < n; i++) {
		if (dokumen_templat_load(s, ids[i], &t) != 0)
			goto fail;
		if (store_run(s, "INSERT INTO surat_templat(layanan_id, judul,"
		    " isi, level, klasifikasi, updated_at) VALUES (?, ?, ?, ?,"
		    " ?, ?)", "issssi", t.layanan_id, t.judul, t.isi, t.level,
		    t.klasifikasi, (int64_t)now) != 0 ||
		    store_run(s, "INSERT INTO surat_templat_versi(layanan_id,"
		    " versi, judul, isi, klasifikasi, created_at) VALUES (?, 1,"
		    " ?, ?, ?, ?)", "isssi", t.layanan_id, t.judul, t.isi,
		    t.klasifikasi, (int64_t)now) != 0) {
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

int
dokumen_format_load(struct store *s, int64_t unit_id, char fmt[121],
    char kode_unit[41])
{
	struct store_stmt *st;
	int found = 0;

	st = store_query(s, "SELECT u.code, f.format, f.kode_unit FROM unit u"
	    " LEFT JOIN surat_format f ON f.unit_id = u.id WHERE u.id = ?",
	    "i", unit_id);
	if (st == NULL)
		return -1;
	if (store_step(st) == STORE_ROW) {
		found = 1;
		if (store_isnull(st, 1)) {
			copy(fmt, 121, SURAT_FORMAT_DEFAULT);
			copy(kode_unit, 41, store_text(st, 0));
		} else {
			copy(fmt, 121, store_text(st, 1));
			copy(kode_unit, 41, store_text(st, 2));
		}
	}
	store_done(st);
	return found ? 0 : -1;
}

int
dokumen_format_save(struct store *s, int64_t unit_id, const char *fmt,
    const char *kode_unit, const struct account *actor, const char *addr,
    time_t now, char *err, size_t errlen)
{
	struct audit au;
	char id[24], old_fmt[121], old_kode[41], *note;
	const char *p;
	int rc;

	if (!account_may_admin(actor, unit_id)) {
		copy(err, errlen, msg(M_ADMIN_NOT_OWNER));
		return -2;
	}
	if (surat_format_check(fmt, err, errlen) != 0)
		return -1;
	if (kode_unit == NULL || strlen(kode_unit) < 1 ||
	    strlen(kode_unit) > 40) {
		copy(err, errlen, msg(M_DOKUMEN_KODE_UNIT_BAD));
		return -1;
	}
	for (p = kode_unit; *p != '\0'; p++)
		if (!isalnum((unsigned char)*p) && strchr(".-_", *p) == NULL) {
			copy(err, errlen, msg(M_DOKUMEN_KODE_UNIT_BAD));
			return -1;
		}
	if (dokumen_format_load(s, unit_id, old_fmt, old_kode) != 0) {
		copy(err, errlen, msg(M_DOKUMEN_NOT_FOUND));
		return -1;
	}
	snprintf(id, sizeof(id), "%lld", (long long)unit_id);
	note = change_note(json_pack("{s:s,s:s}", "format", old_fmt,
	    "kode_unit", old_kode), json_pack("{s:s,s:s}", "format", fmt,
	    "kode_unit", kode_unit));
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
	if (store_run(s, "INSERT INTO surat_format(unit_id, format, kode_unit,"
	    " updated_at, updated_by) VALUES (?, ?, ?, ?, nullif(?, 0)) ON"
	    " CONFLICT(unit_id) DO UPDATE SET format = excluded.format,"
	    " kode_unit = excluded.kode_unit, updated_at = excluded.updated_at,"
	    " updated_by = excluded.updated_by", "issii", unit_id, fmt,
	    kode_unit, (int64_t)now, au.actor_id) != 0 ||
	    audit_write(s, &au) != 0 || store_commit(s) != 0) {
		store_rollback(s);
		goto fail;
	}
	free(note);
	return 0;
fail:
	free(note);
	copy(err, errlen, msg(M_SAVE_FAILED));
	return rc;
}

/* --- the registry --------------------------------------------------------- */

#define DOK_COLS "d.id, d.kode, d.permohonan_id, p.nomor, p.pemohon_id," \
	" coalesce(a.full_name, ''), d.layanan_id, l.code, l.name, d.unit_id," \
	" u.name, d.nomor_surat, d.judul, d.sha256, d.signer_id, d.cert_id," \
	" d.cert_sha256, d.signer_name, d.signer_position, d.signed_at," \
	" coalesce(d.tlog_idx, -1), d.status, coalesce(d.ended_at, 0)," \
	" d.ended_position, d.ended_reason, coalesce(d.ended_tlog_idx, -1)," \
	" coalesce((SELECT n.kode FROM dokumen n WHERE n.id =" \
	" d.superseded_by), '')," \
	" coalesce((SELECT o.kode FROM dokumen o WHERE o.superseded_by =" \
	" d.id), '')" \
	" FROM dokumen d JOIN permohonan p ON p.id = d.permohonan_id" \
	" JOIN layanan l ON l.id = d.layanan_id JOIN unit u ON u.id =" \
	" d.unit_id LEFT JOIN account a ON a.id = p.pemohon_id"

static int
dok_read(struct store_stmt *st, struct dokumen *d)
{
	int rc;

	if (st == NULL)
		return -2;
	memset(d, 0, sizeof(*d));
	if ((rc = store_step(st)) != STORE_ROW) {
		store_done(st);
		return rc == STORE_DONE ? -1 : -2;
	}
	d->id = store_int(st, 0);
	copy(d->kode, sizeof(d->kode), store_text(st, 1));
	d->permohonan_id = store_int(st, 2);
	copy(d->permohonan_nomor, sizeof(d->permohonan_nomor),
	    store_text(st, 3));
	d->pemohon_id = store_int(st, 4);
	copy(d->pemohon_name, sizeof(d->pemohon_name), store_text(st, 5));
	d->layanan_id = store_int(st, 6);
	copy(d->layanan_code, sizeof(d->layanan_code), store_text(st, 7));
	copy(d->layanan_name, sizeof(d->layanan_name), store_text(st, 8));
	d->unit_id = store_int(st, 9);
	copy(d->unit_name, sizeof(d->unit_name), store_text(st, 10));
	copy(d->nomor_surat, sizeof(d->nomor_surat), store_text(st, 11));
	copy(d->judul, sizeof(d->judul), store_text(st, 12));
	copy(d->sha256, sizeof(d->sha256), store_text(st, 13));
	d->signer_id = store_int(st, 14);
	d->cert_id = store_int(st, 15);
	copy(d->cert_sha256, sizeof(d->cert_sha256), store_text(st, 16));
	copy(d->signer_name, sizeof(d->signer_name), store_text(st, 17));
	copy(d->signer_position, sizeof(d->signer_position),
	    store_text(st, 18));
	d->signed_at = (time_t)store_int(st, 19);
	d->tlog_idx = store_int(st, 20);
	copy(d->status, sizeof(d->status), store_text(st, 21));
	d->ended_at = (time_t)store_int(st, 22);
	copy(d->ended_position, sizeof(d->ended_position), store_text(st, 23));
	copy(d->ended_reason, sizeof(d->ended_reason), store_text(st, 24));
	d->ended_tlog_idx = store_int(st, 25);
	copy(d->superseded_by, sizeof(d->superseded_by), store_text(st, 26));
	copy(d->supersedes, sizeof(d->supersedes), store_text(st, 27));
	store_done(st);
	return 0;
}

int
dokumen_by_kode(struct store *s, const char *kode, struct dokumen *d)
{
	return dok_read(store_query(s, "SELECT " DOK_COLS " WHERE d.kode = ?",
	    "s", kode), d);
}

int
dokumen_by_sha256(struct store *s, const char *sha256, struct dokumen *d)
{
	return dok_read(store_query(s, "SELECT " DOK_COLS " WHERE d.sha256 ="
	    " ?", "s", sha256), d);
}

int
dokumen_of_app(struct store *s, int64_t permohonan_id, struct dokumen *d)
{
	return dok_read(store_query(s, "SELECT " DOK_COLS " WHERE"
	    " d.permohonan_id = ? ORDER BY d.id DESC LIMIT 1", "i",
	    permohonan_id), d);
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

int
dokumen_may_read(struct store *s, const struct account *actor,
    const struct dokumen *d)
{
	if (actor == NULL)
		return 0;
	if (actor->id == d->pemohon_id)
		return 1;
	if (!(actor->roles & ROLE_STAFF))
		return 0;
	return application_visible(s, actor, d->permohonan_id);
}

void
dokumen_position(struct store *s, const struct account *a, char *out,
    size_t n)
{
	struct store_stmt *st;

	*out = '\0';
	st = store_query(s, "SELECT title FROM signer_cert WHERE account_id ="
	    " ? AND title <> '' ORDER BY status = 'aktif' DESC, id DESC LIMIT"
	    " 1", "i", a->id);
	if (st != NULL) {
		if (store_step(st) == STORE_ROW)
			copy(out, n, store_text(st, 0));
		store_done(st);
	}
	if (*out != '\0')
		return;
	if (a->roles & ROLE_ADMINS)
		snprintf(out, n, msg(M_DOKUMEN_POS_ADMIN), a->unit_name);
	else
		snprintf(out, n, msg(M_DOKUMEN_POS_OFFICER), a->unit_name);
}

/* ISO 8601 UTC of t. */
static void
iso(time_t t, char out[21])
{
	struct tm tm;

	gmtime_r(&t, &tm);
	strftime(out, 21, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

int
dokumen_revoke(struct store *s, const char *kode, const char *reason,
    const struct account *actor, const char *addr, time_t now,
    const char **why)
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
	iso(now, when);
	/* the log carries no personal data: the reason only as a hash */
	sha256_hex(reason, strlen(reason), rh);
	e = json_pack("{s:s,s:s,s:s,s:s}", "jenis", "dokumen_cabut", "kode",
	    d.kode, "alasan_sha256", rh, "waktu", when);
	rc = tlog_append_json(s, e, now, &idx);
	json_decref(e);
	if (rc != 0)
		goto fail;
	if (store_run(s, "UPDATE dokumen SET status = 'dicabut', ended_at = ?,"
	    " ended_by = ?, ended_position = ?, ended_reason = ?,"
	    " ended_tlog_idx = ? WHERE id = ? AND status = 'sah'", "iissii",
	    (int64_t)now, actor->id, pos, reason, idx, d.id) != 0 ||
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
