/*
 * pki.h: the regency's own PKI (issue 4).
 *
 * Files under DATA/pki/ (created by pki_init(), never by hand):
 *   root.crt    root CA (ECDSA P-256, or RSA-3072 with opts->rsa)
 *   root.key    root key, PKCS#8 encrypted (AES-256) under the root
 *               passphrase; production keeps it offline (doc/operations.md)
 *   ica.crt     issuing CA, signs officer certificates and the CRL
 *   ica.key     issuing CA key, PKCS#8, mode 0600
 *   tsa.crt     time-stamping authority (EKU critical timeStamping)
 *   tsa.key     TSA key, mode 0600
 *   crl.der     current CRL of the issuing CA (re-issued on revocation)
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

struct store;
struct buf;

struct pki_opts {
	int		 rsa;			/* 1: RSA-3072 instead of P-256 */
	const char	*root_passphrase;	/* NULL: generate one and print
						   it once to stdout */
	const char	*base_url;		/* for CRL DP / CA issuers URLs,
						   e.g. "https://siakkab.go.id" */
};

/*
 * Create DATA/pki/ with root, issuing CA, TSA and an empty CRL, unless it
 * already exists (then nothing changes and 0 is returned).  0 or -1 with
 * an Indonesian message in err.
 */
int	pki_init(const char *data_dir, const struct pki_opts *, char *err,
	    size_t errlen);

/* The loaded issuing side of the PKI (one per worker / CLI run). */
struct pki;

/* Load DATA/pki (certificates, issuing CA and TSA keys, CRL).  NULL if absent. */
struct pki	*pki_load(const char *data_dir);
void		 pki_free(struct pki *);

X509		*pki_root(const struct pki *);		/* borrowed */
X509		*pki_ica(const struct pki *);		/* borrowed */
X509		*pki_tsa_cert(const struct pki *);	/* borrowed */
/* A fresh trust store holding the root (caller frees). */
X509_STORE	*pki_trust(const struct pki *);
/* Current CRL (borrowed; reloaded after pki_revoke()). */
X509_CRL	*pki_crl(const struct pki *);
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
 * certificate of the same account is superseded (revoked, reason
 * superseded).  Own transaction with audit event.  Returns the new
 * certificate id, or 0 with an Indonesian message in err.
 */
int64_t	pki_enroll(struct store *, struct pki *, int64_t account_id,
	    const char *passphrase, int64_t actor_id, const char *addr,
	    time_t now, char *err, size_t errlen);

/*
 * Load the active signing key and certificate of account_id, decrypting
 * the key with passphrase.  Returns 0 (caller frees *key and *cert), -1
 * no active certificate, -2 wrong passphrase (the caller logs it).
 * *cert_id (may be NULL) gets the certificate id.
 */
int	pki_signer(struct store *, int64_t account_id, const char *passphrase,
	    EVP_PKEY **key, X509 **cert, int64_t *cert_id);

/*
 * Revoke certificate cert_id with a reason (RFC 5280 CRLReason code and
 * an Indonesian explanation), then re-issue the CRL at once.  Own
 * transaction with audit event.  0 or -1 with err.
 */
int	pki_revoke(struct store *, struct pki *, int64_t cert_id, int reason,
	    const char *why, int64_t actor_id, const char *addr, time_t now,
	    char *err, size_t errlen);

/*
 * Time-stamp: a DER TimeStampToken (RFC 3161) over a SHA-256 imprint,
 * with a unique serial (persistent counter in the database), certReq on.
 * Used by PAdES B-T (pades_tsa_fn) in-process.  0 or -1.
 */
int	pki_tsa_stamp(struct pki *, struct store *, const unsigned char *imprint,
	    size_t imprint_len, unsigned char **token, size_t *token_len);

/*
 * POST /tsa: answer a DER TimeStampReq with a DER TimeStampResp (also
 * for bad requests, which get a rejection status).  0 or -1 (internal).
 */
int	pki_tsa_respond(struct pki *, struct store *, const void *req,
	    size_t reqlen, struct buf *out);

#endif
