/*
 * pki_impl.h: what the pki_*.c files share (not for other modules).
 */
#ifndef PAMONG_PKI_IMPL_H
#define PAMONG_PKI_IMPL_H
#include <sys/types.h>

#include <openssl/ts.h>

#include "pki.h"

#define PKI_DIR "pki"
#define PKI_ORG "Pemerintah Kabupaten Siak"
#define PKI_CRL_DAYS 7	      /* nextUpdate - thisUpdate */
#define PKI_CRL_REFRESH 86400 /* re-issue when older (seconds) */
#define PKI_SIGNER_DAYS 730
/*
 * Officer and root keys: PKCS#8 PBES2, PBKDF2-HMAC-SHA256 with this many
 * iterations (OWASP 2023 for PBKDF2-HMAC-SHA256), AES-256-CBC, 16-byte
 * salt.  Keys wrapped with fewer (100 000 before issue 12) are re-wrapped
 * at their next successful unlock (pki_signer()).
 */
#define PKI_PBKDF2_ITER 600000
#define PKI_SALT_LEN 16

struct pki {
	char *dir; /* DATA/pki */
	char *base_url;
	int rsa;
	X509 *root, *ica, *tsa;
	EVP_PKEY *ica_key, *tsa_key;
	STACK_OF(X509) * chain; /* ica */
	unsigned char *ica_der;
	size_t ica_len;
	char ica_fp[65]; /* hex SHA-256 of ica_der */
	/* the CRL as last read from crl.der, reread when the file changes */
	X509_CRL *crl;
	unsigned char *crl_der;
	size_t crl_len;
	ino_t crl_ino;
	off_t crl_size;
	struct timespec crl_mtime;
	TS_RESP_CTX *ts; /* built on first use */
};

/* pki_ca.c */
EVP_PKEY *pki_keygen(int rsa);
/* A certificate for pub signed by ikey (issuer NULL: self-signed). */
X509 *pki_cert_make(EVP_PKEY *pub, X509_NAME *subj, X509 *issuer,
    EVP_PKEY *ikey, time_t now, int days, const char *const ext[][2]);
/* Write len bytes to path atomically (temp file, fsync, rename). */
int pki_write_file(const char *path, const void *, size_t, mode_t mode);
/* Encrypted PKCS#8 PEM (PBES2, PBKDF2-HMAC-SHA256, AES-256-CBC). */
char *pki_key_encrypt(EVP_PKEY *, const char *pass);
/*
 * The PBKDF2 iteration count of an encrypted PKCS#8 PEM, when it is PBES2
 * with PBKDF2-HMAC-SHA256; 0 for anything else (weaker: re-wrap it).
 */
long pki_key_iter(const char *pem);
/* Decrypt an encrypted PKCS#8 PEM: one key derivation, NULL when the
 * passphrase is wrong. */
EVP_PKEY *pki_key_decrypt(const char *pem, const char *pass);
/* Hex SHA-256 of the DER of x. */
void pki_cert_fp(X509 *, char out[65]);
/* Lower-case hex of a certificate serial (no leading zeros). */
void pki_serial_hex(const ASN1_INTEGER *, char *out, size_t);

/* One revoked certificate in a CRL. */
struct pki_revoked {
	const char *serial; /* hex */
	time_t at;
	int reason;
};
/* A signed CRL of the issuing CA, DER in *der (OPENSSL_free). */
int pki_crl_make(X509 *ica, EVP_PKEY *key, const struct pki_revoked *, size_t n,
    int64_t number, time_t now, unsigned char **der, size_t *len);

/* pki_crl.c */
/* Build the CRL from the database and write crl.der; in a transaction. */
int pki_crl_issue(struct store *, struct pki *, time_t now);

#endif
