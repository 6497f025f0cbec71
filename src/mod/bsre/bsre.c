/*
 * bsre.c: the signer backend of a unit and signing a letter through BSrE
 * (issue 18; doc/bsre.md).  The letter is rendered with dokumen_render()
 * (the same bytes the lokal backend would sign), sent once, and the
 * answer checked before it is stored: it must be exactly those bytes
 * plus one signature that covers them, valid, chaining to the roots of
 * bsre.conf's akar, by a certificate that names the officer's NIK.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#include <openssl/x509.h>

#include "lib/buf.h"
#include "lib/msg.h"
#include "lib/str.h"
#include "lib/xalloc.h"
#include "store/store.h"
#include "mod/akun/account.h"
#include "mod/audit/audit.h"
#include "mod/berkas/berkas.h"
#include "mod/dokumen/dokumen.h"
#include "mod/dokumen/pades.h"
#include "bsre.h"
#include "sql.h"

const char *
bsre_backend_name(enum bsre_backend b)
{
	return b == TTD_BSRE ? "bsre" : "lokal";
}

int
bsre_backend_parse(const char *s)
{
	if (s == NULL)
		return -1;
	if (strcmp(s, "lokal") == 0)
		return TTD_LOKAL;
	if (strcmp(s, "bsre") == 0)
		return TTD_BSRE;
	return -1;
}

int
bsre_units(struct store *s, const struct account *actor,
    void (*fn)(void *, const char *, const char *, const char *), void *arg)
{
	if (actor == NULL)
		return 0;
	if (actor->roles & ROLE_SUPERADMIN)
		return bsre_sql_units(s, 0, fn, arg) == 0 ? 0 : -1;
	if (actor->unit_id <= 0 || !account_may_admin(actor, actor->unit_id))
		return 0;
	return bsre_sql_units(s, actor->unit_id, fn, arg) == 0 ? 0 : -1;
}

int64_t
bsre_unit_id(struct store *s, const char *code)
{
	return code != NULL ? bsre_sql_unit(s, code) : 0;
}

enum bsre_backend
bsre_backend_of(struct store *s, int64_t unit_id)
{
	char name[8];

	if (bsre_sql_backend(s, unit_id, name) != 0)
		return TTD_LOKAL;
	return strcmp(name, "bsre") == 0 ? TTD_BSRE : TTD_LOKAL;
}

enum bsre_backend
bsre_backend_for(struct store *s, int64_t unit_id, int64_t permohonan_id)
{
	char name[8];

	if (bsre_sql_backend_layanan(s, unit_id, permohonan_id, name) == 0)
		return strcmp(name, "bsre") == 0 ? TTD_BSRE : TTD_LOKAL;
	return bsre_backend_of(s, unit_id);
}

int64_t
bsre_layanan_id(struct store *s, const char *code)
{
	return code != NULL ? bsre_sql_layanan(s, code) : 0;
}

/*
 * The audit event "ttd.backend" of a backend choice by actor (NULL: the
 * CLI) on object_type/id, from -> to, into au; its JSON note, which
 * au->note points to, is returned for the caller to free().
 */
static char *
backend_audit(struct audit *au, const struct account *actor,
    const char *object_type, const char *id, const char *from, const char *to,
    const char *addr)
{
	json_t *o = json_pack("{s:s,s:s}", "sebelum", from, "sesudah", to);
	char *note = json_dumps(o, JSON_COMPACT);

	json_decref(o);
	memset(au, 0, sizeof(*au));
	au->actor_id = actor != NULL ? actor->id : 0;
	au->role = actor == NULL	       ? "cli"
	    : (actor->roles & ROLE_SUPERADMIN) ? "superadmin"
					       : "admin";
	au->unit_id = actor != NULL ? actor->unit_id : 0;
	au->action = "ttd.backend";
	au->object_type = object_type;
	au->object_id = id;
	au->from_state = from;
	au->to_state = to;
	au->note = note;
	au->addr = addr;
	return note;
}

int
bsre_backend_layanan_set(struct store *s, const char *data_dir, int64_t unit_id,
    const char *unit_code, int64_t layanan_id, const char *code, int b,
    const struct account *actor, const char *addr, time_t now, char *err,
    size_t errlen)
{
	struct bsre_conf c;
	struct audit au;
	char old[8], *id, *note;
	const char *to;

	if (!account_may_admin(actor, unit_id)) {
		str_field(err, errlen, msg(M_ADMIN_NOT_OWNER));
		return -2;
	}
	if (b == TTD_BSRE && bsre_conf_read(data_dir, &c, err, errlen) != 0)
		return -1;
	if (bsre_sql_backend_layanan_id(s, unit_id, layanan_id, old) != 0)
		str_field(old, sizeof(old), "unit");
	to = b < 0 ? "unit" : bsre_backend_name((enum bsre_backend)b);
	id = xasprintf("%s/%s", unit_code, code);
	note = backend_audit(&au, actor, "layanan", id, old, to, addr);
	if (store_begin(s) != 0)
		goto fail;
	if (bsre_sql_backend_layanan_set(s, unit_id, layanan_id,
		b < 0 ? NULL : to, (int64_t)now, au.actor_id) != 0 ||
	    audit_write(s, &au) != 0 || store_commit(s) != 0) {
		store_rollback(s);
		goto fail;
	}
	free(note);
	free(id);
	return 0;
fail:
	free(note);
	free(id);
	str_field(err, errlen, msg(M_SAVE_FAILED));
	return -1;
}

int
bsre_backend_set(struct store *s, const char *data_dir, int64_t unit_id,
    enum bsre_backend b, const struct account *actor, const char *addr,
    time_t now, char *err, size_t errlen)
{
	struct bsre_conf c;
	struct audit au;
	char id[24], *note;
	enum bsre_backend old;

	if (!account_may_admin(actor, unit_id)) {
		str_field(err, errlen, msg(M_ADMIN_NOT_OWNER));
		return -2;
	}
	if (b == TTD_BSRE && bsre_conf_read(data_dir, &c, err, errlen) != 0)
		return -1;
	old = bsre_backend_of(s, unit_id);
	snprintf(id, sizeof(id), "%lld", (long long)unit_id);
	note = backend_audit(&au, actor, "unit", id, bsre_backend_name(old),
	    bsre_backend_name(b), addr);
	if (store_begin(s) != 0)
		goto fail;
	if (bsre_sql_backend_set(s, unit_id, bsre_backend_name(b), (int64_t)now,
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
	return -1;
}

/* Does id (a serialNumber or SAN value) name nik? */
static int
names_nik(const char *id, const char *nik)
{
	size_t n = strlen(id), k = strlen(nik);

	if (k != 16 || n < k || strcmp(id + n - k, nik) != 0)
		return 0;
	/* the whole value, or after a prefix that ends in a non-digit */
	return n == k || id[n - k - 1] < '0' || id[n - k - 1] > '9';
}

int
bsre_nik_match(const char *nik, const char *subject_sn, const char *san)
{
	char line[256];
	const char *p, *nl;
	size_t n;

	if (nik == NULL || strlen(nik) != 16)
		return 0;
	if (subject_sn != NULL && names_nik(subject_sn, nik))
		return 1;
	for (p = san; p != NULL && *p != '\0'; p = nl != NULL ? nl + 1 : NULL) {
		nl = strchr(p, '\n');
		n = nl != NULL ? (size_t)(nl - p) : strlen(p);
		if (n >= sizeof(line))
			continue;
		memcpy(line, p, n);
		line[n] = '\0';
		if (names_nik(line, nik))
			return 1;
	}
	return 0;
}

X509_STORE *
bsre_trust_conf(const struct bsre_conf *c, const char *data_dir)
{
	X509_STORE *trust;
	char path[4096];

	if (c->akar[0] == '/')
		str_field(path, sizeof(path), c->akar);
	else
		snprintf(path, sizeof(path), "%s/%s", data_dir, c->akar);
	if ((trust = X509_STORE_new()) == NULL ||
	    X509_STORE_load_file(trust, path) != 1) {
		X509_STORE_free(trust);
		return NULL;
	}
	return trust;
}

X509_STORE *
bsre_trust(const char *data_dir)
{
	struct bsre_conf c;
	char err[256];

	if (data_dir == NULL ||
	    bsre_conf_read(data_dir, &c, err, sizeof(err)) != 0)
		return NULL;
	return bsre_trust_conf(&c, data_dir);
}

/* How many times "%%EOF" occurs in p[0..n). */
static int
eof_marks(const char *p, size_t n)
{
	int k = 0;
	size_t i;

	for (i = 0; i + 5 <= n; i++)
		if (memcmp(p + i, "%%EOF", 5) == 0)
			k++;
	return k;
}

int
bsre_check(const struct bsre_conf *c, const char *data_dir,
    const void *rendered, size_t rlen, const void *signed_pdf, size_t slen,
    const char *nik, char cert_sha256[65], char *err, size_t errlen)
{
	struct pades_verdict v;
	X509_STORE *trust;
	int ok;

	*cert_sha256 = '\0';
	/* the bytes Pamong rendered, then one incremental update */
	if (slen <= rlen || memcmp(signed_pdf, rendered, rlen) != 0 ||
	    eof_marks((const char *)signed_pdf + rlen, slen - rlen) != 1) {
		str_field(err, errlen, msg(M_BSRE_CHECK_BYTES));
		return BSRE_BAD;
	}
	if ((trust = bsre_trust_conf(c, data_dir)) == NULL) {
		snprintf(err, errlen, msg(M_BSRE_CHECK_ROOT), c->akar);
		return BSRE_BAD;
	}
	ok = pades_verify(signed_pdf, slen, trust, NULL, &v);
	X509_STORE_free(trust);
	if (!ok || !v.whole_file || !v.digest_ok || !v.sig_ok || !v.chain_ok) {
		snprintf(err, errlen, msg(M_BSRE_CHECK_SIG),
		    *v.problem != '\0' ? v.problem : "-");
		return BSRE_BAD;
	}
	if (!bsre_nik_match(nik, v.subject_sn, v.san)) {
		str_field(err, errlen, msg(M_BSRE_CHECK_NIK));
		return BSRE_BAD;
	}
	str_field(cert_sha256, 65, v.cert_sha256);
	return BSRE_OK;
}

/* Read the berkas file sha256 into b; 0 or -1. */
static int
berkas_load(const char *data_dir, const char *sha256, struct buf *b)
{
	char *path = berkas_path(data_dir, sha256), tmp[65536];
	FILE *f = path != NULL ? fopen(path, "rb") : NULL;
	size_t n;

	free(path);
	if (f == NULL)
		return -1;
	while ((n = fread(tmp, 1, sizeof(tmp), f)) > 0)
		buf_add(b, tmp, n);
	fclose(f);
	return 0;
}

/*
 * Record the letter d (rendered as pdf) belum_pasti: the unsigned file in
 * berkas, its nomor taken, the row and the audit event, in one
 * transaction.  0, or -1.
 */
static int
hold(struct store *s, const struct dokumen_ctx *ctx,
    const struct account *actor, const struct dokumen_draft *d,
    const struct buf *pdf, time_t now)
{
	struct ttd_tertunda t;
	struct audit au;

	memset(&t, 0, sizeof(t));
	if (berkas_write(ctx->data_dir, pdf->s, pdf->len, t.berkas_sha256) != 0)
		return -1;
	t.permohonan_id = d->permohonan_id;
	t.unit_id = d->unit_id;
	t.layanan_id = d->layanan_id;
	t.signer_id = actor->id;
	t.seq = d->seq;
	t.tahun = d->year;
	t.templat_versi = d->templat_versi;
	str_field(t.kode, sizeof(t.kode), d->kode);
	str_field(t.nomor_surat, sizeof(t.nomor_surat), d->nomor_surat);
	str_field(t.judul, sizeof(t.judul), d->judul);
	memset(&au, 0, sizeof(au));
	au.actor_id = actor->id;
	au.role = "penandatangan";
	au.unit_id = actor->unit_id;
	au.action = "dokumen.belum_pasti";
	au.object_type = "dokumen";
	au.object_id = d->kode;
	au.to_state = "belum_pasti";
	au.note = d->nomor_surat;
	if (store_begin(s) != 0)
		return -1;
	if (dokumen_seq_reserve(s, d) != 0 ||
	    berkas_record(s, t.berkas_sha256, pdf->len, "application/pdf",
		now) != 0 ||
	    bsre_sql_tertunda_add(s, &t, (int64_t)now) != 0 ||
	    audit_write(s, &au) != 0 || store_commit(s) != 0) {
		store_rollback(s);
		return -1;
	}
	return 0;
}

int
bsre_sign_letter(struct store *s, const struct dokumen_ctx *ctx,
    const struct account *actor, const char *passphrase, int64_t permohonan_id,
    int64_t unit_id, time_t now, struct dokumen_draft *d, char *err,
    size_t errlen)
{
	struct bsre_conf c;
	struct ttd_tertunda t;
	struct buf pdf = BUF_INIT, out = BUF_INIT;
	char place[STR_CHARS(160)], nik[17];
	int rc, held;

	memset(d, 0, sizeof(*d));
	*err = '\0';
	if (bsre_conf_read(ctx->data_dir, &c, err, errlen) != 0)
		return BSRE_FAIL;
	str_field(nik, sizeof(nik),
	    *actor->id_nik ? actor->id_nik : actor->nik);
	if (strlen(nik) != 16) {
		str_field(err, errlen, msg(M_BSRE_NO_NIK));
		return BSRE_REFUSED;
	}
	buf_init(&pdf, 32768);
	held = bsre_sql_tertunda(s, permohonan_id, &t);
	if (held == -2) {
		str_field(err, errlen, msg(M_SAVE_FAILED));
		rc = BSRE_FAIL;
		goto out;
	}
	str_field(d->penerbit, sizeof(d->penerbit), "bsre");
	d->signer_id = actor->id; /* the NIP printed under the name */
	str_field(d->signer_name, sizeof(d->signer_name), actor->full_name);
	dokumen_position(s, actor, d->signer_position,
	    sizeof(d->signer_position));
	if (held == 0) {
		/* the same letter again: only its signer, same bytes */
		if (t.signer_id != actor->id) {
			snprintf(err, errlen, msg(M_BSRE_HELD_OTHER),
			    t.nomor_surat);
			rc = BSRE_REFUSED;
			goto out;
		}
		if (berkas_load(ctx->data_dir, t.berkas_sha256, &pdf) != 0) {
			str_field(err, errlen, msg(M_SAVE_FAILED));
			rc = BSRE_FAIL;
			goto out;
		}
		str_field(d->kode, sizeof(d->kode), t.kode);
		str_field(d->nomor_surat, sizeof(d->nomor_surat),
		    t.nomor_surat);
		str_field(d->judul, sizeof(d->judul), t.judul);
		d->permohonan_id = t.permohonan_id;
		d->layanan_id = t.layanan_id;
		d->unit_id = t.unit_id;
		d->year = t.tahun;
		d->seq = t.seq;
		d->templat_versi = t.templat_versi;
		d->seq_reserved = 1;
		*place = '\0';
	} else if (dokumen_render(s, ctx, permohonan_id, unit_id, now, d, &pdf,
		       place, err, errlen) != 0) {
		rc = BSRE_FAIL;
		goto out;
	}
	if ((rc = bsre_api_status(&c, nik, err, errlen)) != BSRE_OK)
		goto out;
	buf_init(&out, pdf.len + 65536);
	rc = bsre_api_sign(&c, nik, passphrase, 0, pdf.s, pdf.len, d->judul,
	    place, &out, err, errlen);
	if (rc == BSRE_UNSURE) {
		if (held != 0 && hold(s, ctx, actor, d, &pdf, now) != 0) {
			str_field(err, errlen, msg(M_BSRE_HOLD_FAILED));
			rc = BSRE_FAIL;
		}
		goto out;
	}
	if (rc != BSRE_OK)
		goto out;
	if ((rc = bsre_check(&c, ctx->data_dir, pdf.s, pdf.len, out.s, out.len,
		 nik, d->cert_sha256, err, errlen)) != BSRE_OK)
		goto out;
	if (out.len > BERKAS_MAX_FILE ||
	    berkas_write(ctx->data_dir, out.s, out.len, d->sha256) != 0) {
		str_field(err, errlen, msg(M_SAVE_FAILED));
		rc = BSRE_FAIL;
		goto out;
	}
	d->size = out.len;
	d->signer_id = actor->id;
	d->cert_id = 0;
	d->signed_at = now;
out:
	buf_free(&pdf);
	buf_free(&out);
	return rc;
}
