/*
 * pki.h: the regency's own PKI (issue 4).
 *
 * Files under DATA/pki/ (created by pki_init(), never by hand):
 *   root.crt    root CA (ECDSA P-256, or RSA-3072 with opts->rsa)
 *   root.key    root key, PKCS#8 encrypted (AES-256) under the root
 *               passphrase; production keeps it offline (doc/pki.md)
 *   ica.crt     issuing CA, signs officer certificates and the CRL
 *   ica.key     issuing CA key, PKCS#8, mode 0600
 *   tsa.crt     time-stamping authority (EKU critical timeStamping)
 *   tsa.key     TSA key, mode 0600
 *   crl.der     current CRL of the issuing CA (re-issued on revocation)
 *   base_url    base URL written into certificates (one line)
 * Officer keys live in the database (table signer_cert, migration 0007),
 * PKCS#8-encrypted under the officer's own passphrase.
 *
 * Types are OpenSSL's; this header is for domain code, pages and the CLI.
 */
#ifndef PAMONG_PKI_H
#define PAMONG_PKI_H
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include <openssl/evp.h>
#include <openssl/x509.h>

#include "lib/str.h"

struct store;
struct buf;
struct account;

struct pki_opts {
	int rsa;		     /* 1: RSA-3072 instead of P-256 */
	const char *root_passphrase; /* NULL: generate one and print
						   it once to stdout */
	const char *base_url;	     /* for CRL DP / CA issuers URLs,
						   e.g. "https://siakkab.go.id" */
};

/*
 * Create DATA/pki/ with root, issuing CA, TSA and an empty CRL, unless it
 * already exists (then nothing changes and 0 is returned).  0 or -1 with
 * an Indonesian message in err.
 */
int pki_init(const char *data_dir, const struct pki_opts *, char *err,
    size_t errlen);

/* The loaded issuing side of the PKI (one per worker / CLI run). */
struct pki;

/* Load DATA/pki (certificates, issuing CA and TSA keys, CRL).  NULL if absent. */
struct pki *pki_load(const char *data_dir);
void pki_free(struct pki *);

X509 *pki_root(const struct pki *);	/* borrowed */
X509 *pki_ica(const struct pki *);	/* borrowed */
X509 *pki_tsa_cert(const struct pki *); /* borrowed */
/* A fresh trust store holding the root (caller frees). */
X509_STORE *pki_trust(const struct pki *);
/*
 * Current CRL (borrowed; reread whenever DATA/pki/crl.der changed, e.g.
 * after pki_revoke() in this or another process).  The pointer may change
 * at the next call: do not keep it across calls.
 */
X509_CRL *pki_crl(const struct pki *);
/* DER of the CRL and of the issuing CA certificate (borrowed bytes). */
const unsigned char *pki_crl_der(const struct pki *, size_t *lenp);
const unsigned char *pki_ica_der(const struct pki *, size_t *lenp);

/*
 * Enrol account_id (must hold role penandatangan) : new key pair, a
 * certificate naming the officer (CN), position (title), unit (OU) and
 * O=Pemerintah Kabupaten Siak, KU digitalSignature+nonRepudiation, EKU
 * emailProtection+documentSigning, CRL DP <base>/pki/crl, AIA caIssuers
 * <base>/pki/ca.  The key is stored encrypted under passphrase (>= 12
 * characters), which is never stored nor logged.  An earlier active
 * certificate of the same account is superseded (status digantikan, on
 * the CRL with reason superseded, its key wiped).  Own transaction with
 * audit event "pki.daftar" (call outside a transaction).  Returns the new
 * certificate id, or 0 with an Indonesian message in err.
 */
int64_t pki_enroll(struct store *, struct pki *, int64_t account_id,
    const char *passphrase, int64_t actor_id, const char *addr, time_t now,
    char *err, size_t errlen);

/*
 * Load the active signing key and certificate of account_id, decrypting
 * the key with passphrase.  Returns 0 (caller frees *key and *cert), -1
 * no active unexpired certificate (revoked and superseded keys are
 * wiped), -2 wrong or empty passphrase (the caller logs it).  Reads only;
 * may run inside the caller's transaction.  Deliberately slow (PBKDF2).
 * *cert_id (may be NULL) gets the certificate id.
 */
int pki_signer(struct store *, int64_t account_id, const char *passphrase,
    EVP_PKEY **key, X509 **cert, int64_t *cert_id);

/*
 * Revoke certificate cert_id with a reason (RFC 5280 CRLReason code and
 * an Indonesian explanation, <= 500 bytes; codes: pki_reason_label()),
 * then re-issue the CRL at once.  Own transaction with audit event
 * "pki.cabut" (call outside a transaction).  0 or -1 with err.
 */
int pki_revoke(struct store *, struct pki *, int64_t cert_id, int reason,
    const char *why, int64_t actor_id, const char *addr, time_t now, char *err,
    size_t errlen);

/*
 * Time-stamp: a DER TimeStampToken (RFC 3161) over a SHA-256 imprint
 * (imprint_len 32), certReq on (TSA and issuing CA certificates embedded).
 * Serial numbers are unique without a database write: 160 bits, the
 * microsecond clock (64 bits) followed by 96 random bits (the store may be
 * NULL; it is not used, so this may run inside the caller's transaction).
 * *token is malloc'd (free()).  Used by PAdES B-T (pades_tsa_fn)
 * in-process: pass pki_tsa_cb with the struct pki as argument.  0 or -1.
 */
int pki_tsa_stamp(struct pki *, struct store *, const unsigned char *imprint,
    size_t imprint_len, unsigned char **token, size_t *token_len);

/*
 * POST /tsa: answer a DER TimeStampReq with a DER TimeStampResp (also
 * for bad requests, which get a rejection status).  0 or -1 (internal).
 */
int pki_tsa_respond(struct pki *, struct store *, const void *req,
    size_t reqlen, struct buf *out);

/* pades_tsa_fn for pades_sign(): arg is the struct pki *. */
int pki_tsa_cb(void *pki, const unsigned char *imprint, size_t len,
    unsigned char **tok, size_t *toklen);

/* TSA policy OID (under the private UUID arc 2.25, see doc/pki.md). */
#define PKI_TSA_POLICY "2.25.233536253719631732957403645754199585078.1"
/* Passphrases: at least this many characters (code points). */
#define PKI_PASS_MIN 12
#define PKI_PASS_MAX 1024

/*
 * Base URL of the public PKI endpoints, written into certificates
 * (CRL DP <base>/pki/crl, AIA <base>/pki/ca).  From DATA/pki/base_url,
 * set by pki_init() (opts->base_url or PKI_DEFAULT_BASE_URL); an operator
 * may edit the file; it applies to certificates issued afterwards.
 */
#define PKI_DEFAULT_BASE_URL "http://127.0.0.1:8080"
/* Is u a base URL pki_init() takes (http:// or https://, no spaces, no
 * trailing slash)?  1 or 0. */
int pki_url_ok(const char *u);
const char *pki_base_url(const struct pki *);
/* Key type of the PKI: 1 RSA-3072, 0 ECDSA P-256 (officer keys follow it). */
int pki_is_rsa(const struct pki *);
/* The issuing CA as a chain for pades_signer.chain (borrowed). */
STACK_OF(X509) * pki_chain(const struct pki *);

/*
 * Re-issue the CRL when it is older than a day (it is valid 7 days), so
 * relying parties never see an expired one.  Called by GET /pki/crl and
 * `pamong tick`.  0 (nothing to do or done) or -1.
 */
int pki_crl_refresh(struct store *, struct pki *, time_t now);

/* One officer certificate as listed for admins and the CLI. */
struct pki_cert {
	int64_t id;
	int64_t account_id;
	char username[65];
	char full_name[STR_CHARS(120)];
	char serial[48]; /* lower-case hex */
	char subject[512];
	char title[STR_CHARS(160)]; /* jabatan */
	char unit_name[STR_CHARS(160)];
	char status[12]; /* aktif dicabut digantikan */
	char cert_sha256[65];
	time_t not_before;
	time_t not_after;
	time_t created_at;
	time_t revoked_at; /* 0 while active */
	int revoke_reason; /* -1 while active */
	char revoke_text[STR_CHARS(500)];
	char revoked_by[65]; /* username, "" for CLI */
};

/*
 * Certificates of account_id (0: all), newest first.  Returns a new array
 * of *np (caller frees; non-NULL even when empty), NULL on storage error.
 */
struct pki_cert *pki_list(struct store *, int64_t account_id, size_t *np);
/* The id of account_id's active certificate, 0 when none. */
int64_t pki_active_cert(struct store *, int64_t account_id);

/* An active signing key, for the demo check (`pamong serve --prod`). */
struct pki_key {
	int64_t id; /* its certificate */
	int64_t account_id;
	char *username;
	char *key_pem; /* encrypted PKCS#8 */
};

/*
 * Every active signing key, by certificate id.  A new array of *np,
 * non-NULL even when empty (pki_keys_free()); NULL when the database
 * cannot be read.
 */
struct pki_key *pki_keys_active(struct store *, size_t *np);
void pki_keys_free(struct pki_key *, size_t n);

/* One certificate by id.  0, or -1 when not found. */
int pki_cert_get(struct store *, int64_t id, struct pki_cert *);
/* Certificate id by serial (hex, any case, optional leading zeros); 0 if none. */
int64_t pki_cert_by_serial(struct store *, const char *hex);

/*
 * CRLReason codes an admin may give (RFC 5280 5.3.1): 0 unspecified,
 * 1 keyCompromise, 3 affiliationChanged, 4 superseded,
 * 5 cessationOfOperation, 9 privilegeWithdrawn.  Label in Indonesian
 * (NULL for a code not allowed); parse a number or the RFC name (-1 if
 * not allowed).
 */
const char *pki_reason_label(int code);
int pki_reason_parse(const char *);

/*
 * The position written as title= in an officer certificate, from roles and
 * unit: "Penghulu Kampung Dalam", "Lurah ...", "Camat Siak", "Kepala
 * <OPD>", else "Pejabat Penandatangan <unit>".
 */
void pki_title(const struct account *, char *out, size_t outlen);

/* Passphrase policy: NULL if acceptable, else an Indonesian message. */
const char *pki_pass_check(const char *);

#endif
