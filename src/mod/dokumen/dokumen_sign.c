/*
 * dokumen_sign.c: make, sign, store and register an official letter
 * (issue 4; doc/dokumen.md "Signing").
 *
 * The slow, failure-prone part (unlock the key, render, PAdES B-T sign,
 * store the file durably) runs with no transaction open; then one short
 * transaction advances the nomor sequence, inserts the rows and the log
 * entry.  The nomor printed is the one the sequence will give next; if
 * another signing took it meanwhile, dokumen_register() says so and the
 * caller signs again with the next number (no gaps, no burnt numbers).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include "lib/alamat.h"
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
#include "mod/berkas/berkas.h"
#include "dokumen.h"
#include "sql.h"
#include "surat_pdf.h"
#include "mod/notifikasi/notify.h"
#include "pades.h"
#include "mod/pki/pki.h"
#include "mod/tlog/tlog.h"
#include "mod/alur/workday.h"

struct dokumen_key {
	EVP_PKEY *key;
	X509 *cert;
	int64_t cert_id;
	int64_t account_id;
};

int
dokumen_may_sign_here(const struct dokumen_ctx *ctx, const char **why)
{
	static _Thread_local char buf[512];
	const char *base;

	if (ctx == NULL || !ctx->prod)
		return 1;
	base = ctx->base_url != NULL ? ctx->base_url
	    : ctx->pki != NULL	     ? pki_base_url(ctx->pki)
				     : NULL;
	if (base != NULL && alamat_publik(base))
		return 1;
	snprintf(buf, sizeof(buf), msg(M_DOKUMEN_BASE_PRIVATE),
	    base != NULL ? base : "-");
	*why = buf;
	return 0;
}

int
dokumen_pass_wait(struct store *s, int64_t account_id, time_t now)
{
	int64_t n, oldest;

	n = dokumen_sql_fail_count(s, 0, account_id,
	    (int64_t)(now - TTD_WINDOW));
	if (n < TTD_MAX_FAIL)
		return 0;
	/* a slot frees when the TTD_MAX_FAIL-th newest failure ages out */
	oldest = dokumen_sql_fail_at(s, now, account_id,
	    (int64_t)(now - TTD_WINDOW), (int64_t)(TTD_MAX_FAIL - 1));
	return (int)(oldest + TTD_WINDOW - now) + 1;
}

const char *
dokumen_pass_throttled(int wait, char *buf, size_t len)
{
	snprintf(buf, len, msg(M_TTD_THROTTLED), TTD_MAX_FAIL, TTD_WINDOW / 60,
	    (wait + 59) / 60);
	return buf;
}

struct dokumen_key *
dokumen_key_open(struct store *s, int64_t account_id, const char *passphrase,
    time_t now, int *rc)
{
	struct dokumen_key *k;

	/* before the costly unlock: a throttled signer costs no KDF */
	if (dokumen_pass_wait(s, account_id, now) > 0) {
		*rc = -3;
		return NULL;
	}
	k = xcalloc(1, sizeof(*k));
	*rc = pki_signer(s, account_id, passphrase != NULL ? passphrase : "",
	    &k->key, &k->cert, &k->cert_id);
	if (*rc != 0) {
		free(k);
		return NULL;
	}
	k->account_id = account_id;
	return k;
}

void
dokumen_key_free(struct dokumen_key *k)
{
	if (k == NULL)
		return;
	EVP_PKEY_free(k->key);
	X509_free(k->cert);
	free(k);
}

int
dokumen_bad_passphrase(struct store *s, const struct account *actor,
    const char *object_type, const char *object_id, const char *addr,
    time_t now)
{
	struct audit au;
	char note[256], *text;
	int64_t n;
	int rc;

	memset(&au, 0, sizeof(au));
	au.actor_id = actor->id;
	au.role = "penandatangan";
	au.unit_id = actor->unit_id;
	au.action = "dokumen.frasa_salah";
	au.object_type = object_type;
	au.object_id = object_id;
	au.note = msg(M_DOKUMEN_AUDIT_BAD_PASS);
	au.addr = addr;
	if (store_begin(s) != 0)
		return -1;
	if (audit_write(s, &au) != 0 ||
	    dokumen_sql_fail_add(s, actor->id, (int64_t)now,
		addr ? addr : "") != 0 ||
	    dokumen_sql_fail_prune(s, (int64_t)(now - 2 * TTD_WINDOW)) != 0)
		goto fail;
	/* inside the write transaction: exactly one failure sees the limit */
	n = dokumen_sql_fail_count(s, -1, actor->id,
	    (int64_t)(now - TTD_WINDOW));
	if (n < 0)
		goto fail;
	if (n == TTD_MAX_FAIL) {
		snprintf(note, sizeof(note), msg(M_TTD_AUDIT_HELD),
		    TTD_MAX_FAIL, TTD_WINDOW / 60);
		au.action = "dokumen.ttd_ditahan";
		au.object_type = "akun";
		au.object_id = actor->username;
		au.note = note;
		text = xasprintf(msg(M_TTD_NOTIF_HELD), TTD_MAX_FAIL,
		    TTD_WINDOW / 60, TTD_WINDOW / 60);
		rc = audit_write(s, &au) != 0 ||
		    notify_account(s, actor->id, text, "") != 0;
		free(text);
		if (rc)
			goto fail;
	}
	if (store_commit(s) != 0)
		goto fail;
	return 0;
fail:
	store_rollback(s);
	return -1;
}

/* Everything the letter needs, read in one go. */
struct facts {
	char nomor[64];
	int64_t layanan_id;
	char layanan_name[STR_CHARS(200)];
	char nik[17];
	char nama[STR_CHARS(120)];
	char wilayah[121]; /* applicant's kampung/kelurahan */
	char kecamatan[STR_CHARS(120)];
	char alamat[STR_CHARS(200) + 2 * STR_CHARS(120) + 64];
	char unit_name[STR_CHARS(160)];
	char unit_kind[12];
	char unit_kec[STR_CHARS(160)]; /* kecamatan unit of a kampung unit */
	char tanggal[32];
	struct dokumen_identitas id;	/* the account's (identitas_penduduk) */
	char rt_rw[16];			/* "003/001", or as typed, or "" */
	char lahir[STR_CHARS(60) + 40]; /* "Siak, 5 Januari 1990" */
	char tgl_lahir[32];
	char *names[32];
	char *values[32];
	int n;
	int found; /* the row read (facts_load()) */
};

static void
facts_free(struct facts *f)
{
	int i;

	for (i = 0; i < f->n; i++) {
		free(f->names[i]);
		free(f->values[i]);
	}
	memset(f, 0, sizeof(*f));
}

/* The application row into f (first row only); see facts_load(). */
static int
facts_app(void *arg, const char *nomor, int64_t layanan_id,
    const char *layanan_name, const char *nik, const char *nama,
    const char *wilayah, int64_t kelurahan, const char *kecamatan)
{
	struct facts *f = arg;

	str_field(f->nomor, sizeof(f->nomor), nomor);
	f->layanan_id = layanan_id;
	str_field(f->layanan_name, sizeof(f->layanan_name), layanan_name);
	str_field(f->nik, sizeof(f->nik), nik);
	str_field(f->nama, sizeof(f->nama), nama);
	snprintf(f->wilayah, sizeof(f->wilayah), "%s %s",
	    kelurahan ? "Kelurahan" : "Kampung", wilayah);
	str_field(f->kecamatan, sizeof(f->kecamatan), kecamatan);
	f->found = 1;
	return 1;
}

/* The issuing unit's row into f (first row only). */
static int
facts_unit(void *arg, const char *name, const char *kind, const char *parent)
{
	struct facts *f = arg;

	str_field(f->unit_name, sizeof(f->unit_name), name);
	str_field(f->unit_kind, sizeof(f->unit_kind), kind);
	str_field(f->unit_kec, sizeof(f->unit_kec), parent);
	f->found = 1;
	return 1;
}

/* A form value into f, at most 32. */
static int
facts_isian(void *arg, const char *name, const char *value)
{
	struct facts *f = arg;

	if (f->n >= 32)
		return 1;
	f->names[f->n] = xstrdup(name);
	f->values[f->n++] = xstrdup(value);
	return 0;
}

/* The form's value of field name, or NULL when it has none (or empty). */
static const char *
isian_of(const struct facts *f, const char *name)
{
	int i;

	for (i = 0; i < f->n; i++)
		if (strcmp(f->names[i], name) == 0 && *f->values[i] != '\0')
			return f->values[i];
	return NULL;
}

/* An identity fact: the application's form first, then the account's. */
static const char *
ident_of(const struct facts *f, const char *name, const char *account)
{
	const char *v = isian_of(f, name);

	return v != NULL ? v : account;
}

/*
 * The derived identity facts: RT/RW as 003/001, place and date of birth,
 * the full address (street, RT/RW, kampung/kelurahan, kecamatan).
 */
static void
ident_derive(struct facts *f)
{
	const char *v, *street, *place;
	char tmp[32], *full;

	*f->rt_rw = '\0';
	if ((v = isian_of(f, "rt_rw")) != NULL) {
		if (surat_rt_rw(v, f->rt_rw) != 0)
			str_field(f->rt_rw, sizeof(f->rt_rw), v);
	} else if (f->id.rt >= 0 && f->id.rw >= 0) {
		snprintf(tmp, sizeof(tmp), "%03d/%03d", f->id.rt, f->id.rw);
		str_field(f->rt_rw, sizeof(f->rt_rw), tmp);
	}
	v = ident_of(f, "tanggal_lahir", f->id.tanggal_lahir);
	if (surat_date_iso(v, f->tgl_lahir) != 0)
		str_field(f->tgl_lahir, sizeof(f->tgl_lahir), v);
	place = ident_of(f, "tempat_lahir", f->id.tempat_lahir);
	if (*place != '\0' && *f->tgl_lahir != '\0')
		snprintf(f->lahir, sizeof(f->lahir), "%s, %s", place,
		    f->tgl_lahir);
	else
		snprintf(f->lahir, sizeof(f->lahir), "%s%s", place,
		    f->tgl_lahir);
	street = ident_of(f, "alamat", f->id.alamat);
	full = xasprintf("%s%s%s%s%s%s, Kecamatan %s, Kabupaten Siak", street,
	    *street != '\0' && *f->rt_rw != '\0' ? " " : "",
	    *f->rt_rw != '\0' ? "RT/RW " : "", f->rt_rw,
	    *street != '\0' || *f->rt_rw != '\0' ? ", " : "", f->wilayah,
	    f->kecamatan);
	str_field(f->alamat, sizeof(f->alamat), full);
	free(full);
}

static int
facts_load(struct store *s, int64_t id, int64_t unit_id, time_t now,
    struct facts *f)
{
	memset(f, 0, sizeof(*f));
	if (dokumen_sql_each_app(s, id, facts_app, f) != 0 || !f->found)
		return -1;
	f->found = 0;
	if (dokumen_sql_each_unit(s, unit_id, facts_unit, f) != 0 || !f->found)
		return -1;
	surat_date(now, f->tanggal);
	if (dokumen_sql_each_isian(s, id, facts_isian, f) != 0 ||
	    dokumen_sql_identitas(s, id, &f->id) != 0)
		return -1;
	ident_derive(f);
	return 0;
}

/* "" as "-" (a fact the application and the account do not have). */
static const char *
or_dash(const char *v)
{
	return v != NULL && *v != '\0' ? v : "-";
}

/* The identity facts beyond nama, nik and alamat; NULL for another name. */
static const char *
ident_value(const struct facts *f, const char *name)
{
	const char *v;

	if (strcmp(name, "tempat_lahir") == 0)
		return or_dash(ident_of(f, name, f->id.tempat_lahir));
	if (strcmp(name, "tanggal_lahir") == 0)
		return or_dash(f->tgl_lahir);
	if (strcmp(name, "lahir") == 0)
		return or_dash(f->lahir);
	if (strcmp(name, "jenis_kelamin") == 0) {
		v = ident_of(f, name, f->id.jenis_kelamin);
		if (strcmp(v, "L") == 0)
			return msg(M_DOKUMEN_ID_LAKI);
		if (strcmp(v, "P") == 0)
			return msg(M_DOKUMEN_ID_PEREMPUAN);
		return or_dash(v);
	}
	if (strcmp(name, "agama") == 0)
		return or_dash(ident_of(f, name, f->id.agama));
	if (strcmp(name, "pekerjaan") == 0)
		return or_dash(ident_of(f, name, f->id.pekerjaan));
	if (strcmp(name, "status_perkawinan") == 0)
		return or_dash(ident_of(f, name, f->id.status_perkawinan));
	if (strcmp(name, "kewarganegaraan") == 0)
		return or_dash(ident_of(f, name, f->id.kewarganegaraan));
	if (strcmp(name, "rt_rw") == 0)
		return or_dash(f->rt_rw);
	return NULL;
}

/* The rows of the identity block: the fact, its label (msg). */
static const struct {
	const char *name;
	enum msg_id label;
} ident_rows[] = {
	{ "nama", M_DOKUMEN_ID_NAMA },
	{ "nik", M_DOKUMEN_ID_NIK },
	{ "lahir", M_DOKUMEN_ID_LAHIR },
	{ "jenis_kelamin", M_DOKUMEN_ID_KELAMIN },
	{ "agama", M_DOKUMEN_ID_AGAMA },
	{ "pekerjaan", M_DOKUMEN_ID_PEKERJAAN },
	{ "status_perkawinan", M_DOKUMEN_ID_KAWIN },
	{ "kewarganegaraan", M_DOKUMEN_ID_WARGA },
	{ "alamat", M_DOKUMEN_ID_ALAMAT },
};

static const char *fact_value(void *arg, const char *name);

/* The identity block of l from f. */
static void
ident_block(struct facts *f, struct letter *l)
{
	size_t i;

	for (i = 0; i < sizeof(ident_rows) / sizeof(ident_rows[0]) &&
	     l->nident < SURAT_IDENT_MAX;
	     i++) {
		l->ident[l->nident][0] = msg(ident_rows[i].label);
		l->ident[l->nident][1] = fact_value(f, ident_rows[i].name);
		l->nident++;
	}
}

static const char *
fact_value(void *arg, const char *name)
{
	struct facts *f = arg;
	const char *v;
	int i;

	if ((v = ident_value(f, name)) != NULL)
		return v;
	if (strcmp(name, "identitas") == 0)
		return SURAT_IDENT_MARK;
	if (strcmp(name, "nama") == 0)
		return f->nama;
	if (strcmp(name, "nik") == 0)
		return f->nik;
	if (strcmp(name, "alamat") == 0)
		return f->alamat;
	if (strcmp(name, "wilayah") == 0)
		return f->wilayah;
	if (strcmp(name, "kecamatan") == 0)
		return f->kecamatan;
	if (strcmp(name, "tanggal") == 0)
		return f->tanggal;
	if (strcmp(name, "nomor_permohonan") == 0)
		return f->nomor;
	if (strcmp(name, "layanan") == 0)
		return f->layanan_name;
	if (strcmp(name, "unit") == 0)
		return f->unit_name;
	if (strncmp(name, "isian.", 6) == 0) {
		for (i = 0; i < f->n; i++)
			if (strcmp(f->names[i], name + 6) == 0)
				return f->values[i];
		return "-"; /* an optional field left empty */
	}
	return NULL;
}

/* ASCII upper case copy (names here are ASCII; others are kept). */
static char *
upper(const char *s)
{
	char *u = xstrdup(s), *p;

	for (p = u; *p != '\0'; p++)
		if (*p >= 'a' && *p <= 'z')
			*p = (char)(*p - 'a' + 'A');
	return u;
}

/* "Dinas X Kabupaten Siak" -> "Dinas X" (the first kop line says it). */
static char *
strip_kab(const char *s)
{
	static const char tail[] = " Kabupaten Siak";
	size_t n = strlen(s), t = sizeof(tail) - 1;

	if (n > t && strcmp(s + n - t, tail) == 0)
		return xstrndup(s, n - t);
	return xstrdup(s);
}

/* Letterhead and place for the issuing unit; strings in own[] to free. */
static void
kop_for(const struct facts *f, struct letter *l, char *own[4],
    char place[STR_CHARS(160)])
{
	char *t;

	l->kop[0] = "PEMERINTAH KABUPATEN SIAK";
	if (strcmp(f->unit_kind, "kampung") == 0) {
		l->level = SURAT_PDF_KAMPUNG;
		own[0] = upper(f->unit_kec);
		own[1] = upper(f->unit_name);
		own[2] = xasprintf(msg(M_DOKUMEN_KOP_ADDR_KAMPUNG),
		    f->unit_name, f->unit_kec);
		l->kop[1] = own[0];
		l->kop[2] = own[1];
		l->kop[3] = own[2];
		str_field(place, STR_CHARS(160), f->unit_name);
	} else if (strcmp(f->unit_kind, "kecamatan") == 0) {
		l->level = SURAT_PDF_KECAMATAN;
		own[0] = upper(f->unit_name);
		own[1] = xasprintf(msg(M_DOKUMEN_KOP_ADDR_KEC), f->unit_name);
		l->kop[1] = own[0];
		l->kop[2] = own[1];
		str_field(place, STR_CHARS(160),
		    strncmp(f->unit_name, "Kecamatan ", 10) == 0
			? f->unit_name + 10
			: f->unit_name);
	} else {
		l->level = SURAT_PDF_KABUPATEN;
		t = strip_kab(f->unit_name);
		own[0] = upper(t);
		free(t);
		own[1] = xstrdup(msg(M_DOKUMEN_KOP_ADDR_KAB));
		l->kop[1] = own[0];
		l->kop[2] = own[1];
		str_field(place, STR_CHARS(160), "Siak Sri Indrapura");
	}
}

static void
cert_fingerprint(X509 *cert, char out[65])
{
	unsigned char *der = NULL;
	int n;

	*out = '\0';
	if ((n = i2d_X509(cert, &der)) > 0)
		sha256_hex(der, (size_t)n, out);
	OPENSSL_free(der);
}

/*
 * Render the letter of application permohonan_id issued by unit_id into
 * pdf (unsigned), filling d: the nomor the sequence gives next, the
 * template version, title, and a fresh verification code.  signer_name
 * and signer_position as printed; draft: NULL, or the mark of a preview.
 * place gets the place printed (the signature's location).  0, or -1
 * with an Indonesian message in err.
 */
static int
surat_pdf_make(struct store *s, const struct dokumen_ctx *ctx,
    int64_t permohonan_id, int64_t unit_id, time_t now, const char *draft,
    struct dokumen_draft *d, struct buf *pdf, char place[STR_CHARS(160)],
    char *err, size_t errlen)
{
	struct facts f;
	struct dokumen_templat t;
	struct letter l;
	struct buf body = BUF_INIT;
	char fmt[STR_CHARS(120)], kode_unit[41], today[11], nip[19],
	    *url = NULL;
	char *own[4] = { NULL, NULL, NULL, NULL };
	const char *base;
	int rc = -1, i, month;

	memset(&t, 0, sizeof(t));
	if (facts_load(s, permohonan_id, unit_id, now, &f) != 0 ||
	    dokumen_templat_load(s, f.layanan_id, &t) != 0 ||
	    dokumen_format_load(s, unit_id, fmt, kode_unit) != 0) {
		str_field(err, errlen, msg(M_DOKUMEN_MAKE_FAILED));
		goto out;
	}
	d->permohonan_id = permohonan_id;
	d->layanan_id = f.layanan_id;
	d->unit_id = unit_id;
	d->templat_versi = t.versi;
	str_field(d->judul, sizeof(d->judul), t.judul);
	/* the nomor the sequence gives next (checked again on register) */
	workday_date(now, today);
	d->year = atoi(today);
	month = atoi(today + 5);
	d->seq = dokumen_sql_seq_last(s, unit_id, (int64_t)d->year) + 1;
	if (surat_format_expand(fmt, t.klasifikasi, d->seq, kode_unit, d->year,
		month, d->nomor_surat, sizeof(d->nomor_surat)) != 0) {
		str_field(err, errlen, msg(M_DOKUMEN_MAKE_FAILED));
		goto out;
	}
	buf_init(&body, 2048);
	if (surat_fill(t.isi, fact_value, &f, &body, err, errlen) != 0)
		goto out;
	buf_addc(&body, '\0');
	surat_kode_new(d->kode);
	base = ctx->base_url != NULL ? ctx->base_url : pki_base_url(ctx->pki);
	url = xasprintf("%s/v/%s", base, d->kode);
	memset(&l, 0, sizeof(l));
	kop_for(&f, &l, own, place);
	l.title = t.judul;
	l.nomor_surat = d->nomor_surat;
	l.body = body.s;
	l.place = place;
	l.date = f.tanggal;
	l.signer_name = d->signer_name;
	l.signer_position = d->signer_position;
	if (d->signer_id > 0 && dokumen_sql_nip(s, d->signer_id, nip) == 0)
		l.signer_nip = nip;
	ident_block(&f, &l);
	l.verify_url = url;
	l.kode = d->kode;
	l.draft = draft;
	/* a BSrE signature is certified: its footer says so (issue 18) */
	if (strcmp(d->penerbit, "bsre") == 0)
		l.footer = msg(M_DOKUMEN_FOOTER_BSRE);
	if (surat_pdf_render(&l, pdf, err, errlen) != 0)
		goto out;
	rc = 0;
out:
	for (i = 0; i < 4; i++)
		free(own[i]);
	free(url);
	buf_free(&body);
	dokumen_templat_free(&t);
	facts_free(&f);
	return rc;
}

/* The certificate's row into the draft (first row only). */
static int
signer_row(void *arg, const char *name, const char *title)
{
	struct dokumen_draft *d = arg;

	str_field(d->signer_name, sizeof(d->signer_name), name);
	str_field(d->signer_position, sizeof(d->signer_position), title);
	return 1;
}

/* The name and title printed for certificate cert_id; 0 or -1. */
static int
signer_as_printed(struct store *s, int64_t cert_id, struct dokumen_draft *d)
{
	if (dokumen_sql_each_signer(s, cert_id, signer_row, d) != 0)
		return -1;
	return *d->signer_name == '\0' || *d->signer_position == '\0' ? -1 : 0;
}

int
dokumen_make(struct store *s, const struct dokumen_ctx *ctx,
    struct dokumen_key *k, int64_t permohonan_id, int64_t unit_id, time_t now,
    struct dokumen_draft *d, char *err, size_t errlen)
{
	struct pades_signer ps;
	struct buf pdf = BUF_INIT, out = BUF_INIT;
	char place[STR_CHARS(160)];
	int rc = -1;

	memset(d, 0, sizeof(*d));
	d->signer_id = k->account_id;
	d->cert_id = k->cert_id;
	d->signed_at = now;
	cert_fingerprint(k->cert, d->cert_sha256);
	/* signer as printed: the account's name, the certificate's title */
	if (signer_as_printed(s, k->cert_id, d) != 0)
		goto failmsg;
	buf_init(&pdf, 16384);
	if (surat_pdf_make(s, ctx, permohonan_id, unit_id, now, NULL, d, &pdf,
		place, err, errlen) != 0)
		goto out;
	memset(&ps, 0, sizeof(ps));
	ps.key = k->key;
	ps.cert = k->cert;
	ps.chain = pki_chain(ctx->pki);
	ps.when = now;
	ps.name = d->signer_name;
	ps.reason = d->judul;
	ps.location = place;
	ps.tsa = pki_tsa_cb;
	ps.tsa_arg = ctx->pki;
	buf_init(&out, pdf.len + 32768);
	if (pades_sign(pdf.s, pdf.len, &ps, &out, err, errlen) != 0)
		goto out;
	if (out.len > BERKAS_MAX_FILE ||
	    berkas_write(ctx->data_dir, out.s, out.len, d->sha256) != 0)
		goto failmsg;
	d->size = out.len;
	rc = 0;
	goto out;
failmsg:
	str_field(err, errlen, msg(M_DOKUMEN_MAKE_FAILED));
out:
	buf_free(&pdf);
	buf_free(&out);
	return rc;
}

int
dokumen_preview(struct store *s, const struct dokumen_ctx *ctx,
    int64_t signer_id, int64_t permohonan_id, time_t now, struct buf *pdf,
    char *err, size_t errlen)
{
	struct dokumen_draft d;
	char place[STR_CHARS(160)];
	int64_t cert_id, unit_id;

	memset(&d, 0, sizeof(d));
	d.signer_id = signer_id; /* for the NIP */
	/* the unit handling it now issues it (as permohonan_act_sign()) */
	unit_id = dokumen_sql_permohonan_unit(s, permohonan_id);
	if (unit_id <= 0) {
		str_field(err, errlen, msg(M_DOKUMEN_PREVIEW_NONE));
		return -2;
	}
	cert_id = signer_id == 0 ? 0 : dokumen_sql_cert_active(s, signer_id);
	if (cert_id == 0 || signer_as_printed(s, cert_id, &d) != 0) {
		str_field(d.signer_name, sizeof(d.signer_name),
		    msg(M_DOKUMEN_PREVIEW_NO_SIGNER));
		str_field(d.signer_position, sizeof(d.signer_position),
		    msg(M_DOKUMEN_PREVIEW_NO_POSITION));
	}
	return surat_pdf_make(s, ctx, permohonan_id, unit_id, now,
	    msg(M_DOKUMEN_PREVIEW_MARK), &d, pdf, place, err, errlen);
}

int
dokumen_render(struct store *s, const struct dokumen_ctx *ctx,
    int64_t permohonan_id, int64_t unit_id, time_t now, struct dokumen_draft *d,
    struct buf *pdf, char place[STR_CHARS(160)], char *err, size_t errlen)
{
	return surat_pdf_make(s, ctx, permohonan_id, unit_id, now, NULL, d, pdf,
	    place, err, errlen);
}

int
dokumen_seq_reserve(struct store *s, const struct dokumen_draft *d)
{
	if (!store_in_tx(s))
		BUG("dokumen_seq_reserve outside a transaction");
	if (dokumen_sql_seq_take(s, d->unit_id, (int64_t)d->year, d->seq) != 0)
		return -1;
	return store_changes(s) == 1 ? 0 : 1;
}

/* The replaced document's kode into the log entry e (first row only). */
static int
old_kode(void *arg, const char *kode)
{
	json_object_set_new(arg, "kode", json_string(kode));
	return 1;
}

int
dokumen_register(struct store *s, const struct dokumen_draft *d,
    const char *reason, const struct account *actor, time_t now, int64_t *id)
{
	json_t *e;
	char when[21], pos[161];
	int64_t idx = -1, gidx = -1, old_id;
	int rc;

	if (!store_in_tx(s))
		BUG("dokumen_register outside a transaction");
	/* the nomor printed must be the sequence's next value (unless a
	 * letter held belum_pasti already moved it: dokumen_seq_reserve()) */
	if (!d->seq_reserved) {
		if ((rc = dokumen_seq_reserve(s, d)) != 0)
			return rc;
	}
	if (berkas_record(s, d->sha256, d->size, "application/pdf", now) != 0)
		return -1;
	when_iso8601(now, when);
	e = json_pack("{s:s,s:s,s:s,s:s,s:s}", "jenis", "dokumen", "kode",
	    d->kode, "sha256", d->sha256, "sertifikat", d->cert_sha256, "waktu",
	    when);
	rc = tlog_append_json(s, e, now, &idx);
	json_decref(e);
	if (rc != 0)
		return -1;
	if (dokumen_sql_insert(s, d, idx) != 0)
		return -1;
	*id = store_last_id(s);
	if (d->supersedes == 0)
		return 0;
	old_id = d->supersedes;
	e = json_pack("{s:s,s:s,s:s,s:s}", "jenis", "dokumen_ganti", "kode", "",
	    "pengganti", d->kode, "waktu", when);
	if (dokumen_sql_each_kode_sah(s, old_id, old_kode, e) != 0) {
		json_decref(e);
		return -1;
	}
	rc = tlog_append_json(s, e, now, &gidx);
	json_decref(e);
	if (rc != 0)
		return -1;
	dokumen_position(s, actor, pos, sizeof(pos));
	if (dokumen_sql_supersede(s, old_id, *id, (int64_t)now, actor->id, pos,
		reason != NULL ? reason : "", gidx) != 0 ||
	    store_changes(s) != 1)
		return -1;
	return 0;
}

int
dokumen_supersede(struct store *s, const struct dokumen_ctx *ctx,
    const char *kode, const char *reason, const char *passphrase,
    const struct account *actor, const char *addr, time_t now,
    char new_kode[SURAT_KODE_LEN + 1], const char **why)
{
	static _Thread_local char errbuf[256];
	struct dokumen old;
	struct dokumen_key *k;
	struct dokumen_draft d;
	struct audit au;
	char *text = NULL, *link = NULL;
	int64_t id;
	int rc, tries;

	*why = NULL;
	*new_kode = '\0';
	if (reason == NULL || text_check(reason, 5, 500, 1) != NULL) {
		*why = msg(M_DOKUMEN_REASON_BAD);
		return -4;
	}
	if (dokumen_by_kode(s, kode, &old) != 0 ||
	    !dokumen_may_end(actor, &old))
		return -1;
	if (strcmp(old.status, "sah") != 0) {
		*why = msg(M_DOKUMEN_ALREADY_ENDED);
		return -3;
	}
	if (ctx->pki == NULL) {
		*why = msg(M_DOKUMEN_NO_PKI);
		return -5;
	}
	if (!dokumen_may_sign_here(ctx, why))
		return -5;
	if ((k = dokumen_key_open(s, actor->id, passphrase, now, &rc)) ==
	    NULL) {
		if (rc == -3) {
			*why = dokumen_pass_throttled(
			    dokumen_pass_wait(s, actor->id, now), errbuf,
			    sizeof(errbuf));
			return -6;
		}
		if (rc == -2) {
			dokumen_bad_passphrase(s, actor, "dokumen", old.kode,
			    addr, now);
			*why = msg(M_DOKUMEN_PASS_WRONG);
			return -2;
		}
		*why = msg(M_DOKUMEN_NO_CERT);
		return -4;
	}
	for (tries = 0; tries < 5; tries++) {
		if (dokumen_make(s, ctx, k, old.permohonan_id, old.unit_id, now,
			&d, errbuf, sizeof(errbuf)) != 0) {
			*why = errbuf;
			rc = -5;
			goto done;
		}
		d.supersedes = old.id;
		if (store_begin(s) != 0) {
			rc = -5;
			goto done;
		}
		rc = dokumen_register(s, &d, reason, actor, now, &id);
		if (rc == 1) {
			store_rollback(s);
			continue;
		}
		if (rc != 0)
			goto fail;
		memset(&au, 0, sizeof(au));
		au.actor_id = actor->id;
		au.role =
		    (actor->roles & ROLE_ADMINS) ? "admin" : "penandatangan";
		au.unit_id = actor->unit_id;
		au.action = "dokumen.ganti";
		au.object_type = "dokumen";
		au.object_id = old.kode;
		au.from_state = "sah";
		au.to_state = "digantikan";
		au.note = reason;
		au.addr = addr;
		if (audit_write(s, &au) != 0)
			goto fail;
		text = xasprintf(msg(M_DOKUMEN_NOTIF_SUPERSEDED),
		    old.nomor_surat, old.permohonan_nomor, d.nomor_surat);
		link = xasprintf("/v/%s", d.kode);
		if (notify_account(s, old.pemohon_id, text, link) != 0 ||
		    store_commit(s) != 0)
			goto fail;
		str_field(new_kode, SURAT_KODE_LEN + 1, d.kode);
		rc = 0;
		goto done;
	}
	*why = msg(M_DOKUMEN_BUSY);
	rc = -5;
	goto done;
fail:
	store_rollback(s);
	rc = -5;
done:
	free(text);
	free(link);
	dokumen_key_free(k);
	return rc;
}
