/*
 * bsre.h: certified electronic signatures through BSrE (issue 18;
 * doc/bsre.md).  A unit's signer backend is lokal (the regency's own CA,
 * mod/pki, the default) or bsre: the letter Pamong renders is sent to
 * BSSN's Balai Sertifikasi Elektronik (through the regency's Esign Client
 * Service) as configured in DATA/bsre.conf, and the signed PDF it returns
 * is checked before it is stored.
 */
#ifndef PAMONG_BSRE_H
#define PAMONG_BSRE_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include <openssl/x509.h>

struct store;
struct account;
struct buf;
struct dokumen_ctx;
struct dokumen_draft;

#define BSRE_FILE "bsre.conf"

/* DATA/bsre.conf (kunci = nilai lines; '#' starts a comment). */
struct bsre_conf {
	char url[512];	    /* base URL, no trailing '/' */
	int versi;	    /* 1 or 2 */
	char pengguna[128]; /* HTTP Basic */
	char sandi[128];
	int batas_waktu; /* seconds, 1..600 (default 30) */
	char akar[512];	 /* PEM file of the root(s); relative to DATA */
};

/*
 * Parse the text of bsre.conf into c.  0, or -1 with an Indonesian
 * message naming the line in err.  Unknown keys, a missing url, versi
 * other than 1 or 2, a batas_waktu out of 1..600 or a missing akar are
 * errors.
 */
int bsre_conf_parse(const char *text, size_t len, struct bsre_conf *c,
    char *err, size_t errlen);
/* Read DATA/bsre.conf: 0; 1 when there is none; -1 broken (err). */
int bsre_conf_read(const char *data_dir, struct bsre_conf *c, char *err,
    size_t errlen);

/*
 * The roots of c->akar (a path relative to data_dir, or absolute) as a
 * trust store, or NULL when the file cannot be read.
 */
X509_STORE *bsre_trust_conf(const struct bsre_conf *c, const char *data_dir);
/*
 * The BSrE roots of DATA/bsre.conf for verifying a signed file (the
 * verification pages, `pamong verify`): NULL when there is no bsre.conf
 * or it or its akar cannot be read (then only the regency CA is trusted).
 */
X509_STORE *bsre_trust(const char *data_dir);

/* Signer backends. */
enum bsre_backend { TTD_LOKAL = 0, TTD_BSRE = 1 };

/* The backend of unit_id (lokal without a row or on error). */
enum bsre_backend bsre_backend_of(struct store *, int64_t unit_id);
/*
 * The backend of the letter of application permohonan_id issued by
 * unit_id: the unit's choice for that service (ttd_backend_layanan) when
 * there is one, else the unit's (bsre_backend_of()).
 */
enum bsre_backend bsre_backend_for(struct store *, int64_t unit_id,
    int64_t permohonan_id);

/* The id of the service with code, or 0. */
int64_t bsre_layanan_id(struct store *, const char *code);

/*
 * Set (b lokal or bsre) or clear (b -1: follow the unit's) the backend
 * of service layanan_id (code: for the audit) at unit_id, with audit
 * event "ttd.backend" (object_type "layanan", object_id "UNIT/KODE";
 * from/to "lokal", "bsre" or "unit"), in one transaction.  Same rules
 * and returns as bsre_backend_set().
 */
int bsre_backend_layanan_set(struct store *, const char *data_dir,
    int64_t unit_id, const char *unit_code, int64_t layanan_id,
    const char *code, int b, const struct account *actor, const char *addr,
    time_t now, char *err, size_t errlen);

/* "lokal" / "bsre" to the enum; -1 otherwise. */
int bsre_backend_parse(const char *);
const char *bsre_backend_name(enum bsre_backend);

/*
 * The units actor may choose the backend of (superadmin: all; an admin:
 * their own unit): fn(arg, code, name, backend name).  0 or -1.
 */
int bsre_units(struct store *, const struct account *actor,
    void (*fn)(void *, const char *, const char *, const char *), void *arg);

/* The id of the unit with code, or 0. */
int64_t bsre_unit_id(struct store *, const char *code);

/*
 * Set the backend of unit_id with audit event "ttd.backend" (note: JSON
 * before and after), in one transaction.  actor NULL: the CLI.  0; -1
 * with err; -2 actor may not administer the unit (nothing written).
 * Choosing bsre needs a readable DATA/bsre.conf.
 */
int bsre_backend_set(struct store *, const char *data_dir, int64_t unit_id,
    enum bsre_backend, const struct account *actor, const char *addr,
    time_t now, char *err, size_t errlen);

/* What a call to BSrE came to. */
enum bsre_hasil {
	BSRE_OK = 0,
	BSRE_PASS = -2,	   /* wrong passphrase or TOTP (counts toward
			      the signing throttle) */
	BSRE_UNSURE = -3,  /* sent, no answer in time: belum_pasti */
	BSRE_REFUSED = -4, /* BSrE refused (NIK, certificate, ...) or
			      could not be reached; nothing signed */
	BSRE_BAD = -5,	   /* the signed file failed Pamong's checks */
	BSRE_FAIL = -1	   /* configuration, storage */
};

/*
 * The BSrE calls (bsre_api.c).  bsre_api_sign() sends pdf for nik with
 * passphrase (or a TOTP code when totp) and appends the signed PDF to out.
 * Never retried.  The result, with an Indonesian message in err unless
 * BSRE_OK.  The passphrase is neither stored nor logged.
 */
int bsre_api_sign(const struct bsre_conf *, const char *nik,
    const char *passphrase, int totp, const void *pdf, size_t len,
    const char *reason, const char *location, struct buf *out, char *err,
    size_t errlen);
/* v2 only: is nik's certificate issued (ISSUE)?  BSRE_OK, or
 * BSRE_REFUSED with the reason in err; versi 1: BSRE_OK, no call. */
int bsre_api_status(const struct bsre_conf *, const char *nik, char *err,
    size_t errlen);
/*
 * The Indonesian message for a BSrE error answer: HTTP status, its
 * body.  Returns BSRE_PASS for a wrong passphrase/TOTP, else
 * BSRE_REFUSED.  Pure (unit-tested and fuzzed).
 */
int bsre_api_error(long http, const char *body, size_t len, char *err,
    size_t errlen);

/*
 * Does the signer certificate identity (subject serialNumber, SAN lines)
 * name nik?  serialNumber equal to nik or ending in it after a
 * non-digit prefix ("NIK:", "PNOID-"); a SAN line the same.  1 or 0.
 */
int bsre_nik_match(const char *nik, const char *subject_sn, const char *san);

/*
 * Check a signed PDF from BSrE against what Pamong rendered (bsre.c):
 * signed starts with exactly the rendered bytes and adds one signature
 * whose byte range covers the whole file but its /Contents; the
 * signature is valid and chains to the roots of c->akar; the signer
 * certificate names nik.  0, or BSRE_BAD with the reason in err;
 * cert_sha256 gets the signer certificate's fingerprint.
 */
int bsre_check(const struct bsre_conf *, const char *data_dir,
    const void *rendered, size_t rlen, const void *signed_pdf, size_t slen,
    const char *nik, char cert_sha256[65], char *err, size_t errlen);

/*
 * Sign the letter of application permohonan_id issued by unit_id through
 * BSrE as actor (its NIK), with the passphrase given: render it (or,
 * when this application has a letter held belum_pasti by actor, take
 * that same rendered file again: same kode and nomor), send it, check
 * the answer and store it (berkas), filling d for dokumen_register()
 * (penerbit bsre).  A call that timed out after sending records the
 * letter belum_pasti (the unsigned file, its nomor taken) with audit
 * event "dokumen.belum_pasti", in one transaction.  No transaction is
 * open.  Returns enum bsre_hasil with an Indonesian message in err.
 */
int bsre_sign_letter(struct store *, const struct dokumen_ctx *,
    const struct account *actor, const char *passphrase, int64_t permohonan_id,
    int64_t unit_id, time_t now, struct dokumen_draft *d, char *err,
    size_t errlen);

#endif
