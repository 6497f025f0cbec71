/*
 * pades.h: PAdES baseline signatures on PDFs (issue 4), by incremental
 * update: /SubFilter /ETSI.CAdES.detached, signed attributes exactly
 * content-type, message-digest, signing-certificate-v2 (no signing-time;
 * the claimed time goes in /M), signer and chain certificates embedded,
 * and for B-T an RFC 3161 signature-time-stamp as unsigned attribute.
 * See ../shared/reference/esign-pades-tlog.md sections 1 and 6.
 */
#ifndef PAMONG_PADES_H
#define PAMONG_PADES_H
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include <openssl/evp.h>
#include <openssl/x509.h>

struct buf;

/*
 * Time-stamp callback for B-T: return a DER TimeStampToken over imprint
 * (SHA-256 of the signature value) in *tok (malloc'd).  0 or -1.
 */
typedef int (*pades_tsa_fn)(void *arg, const unsigned char *imprint, size_t len,
    unsigned char **tok, size_t *toklen);

struct pades_signer {
	EVP_PKEY *key;
	X509 *cert;
	STACK_OF(X509) * chain; /* issuing CA (and more); may be NULL */
	time_t when;		/* written in /M */
	const char *name;	/* /Name, UTF-8 (may be NULL) */
	const char *reason;	/* /Reason, UTF-8 (may be NULL) */
	const char *location;	/* /Location, UTF-8 (may be NULL) */
	pades_tsa_fn tsa;	/* NULL: B-B; else B-T */
	void *tsa_arg;
};

/*
 * Sign pdf[0..len) (a classic-xref PDF such as libharu writes) and append
 * the signed file to out.  0, or -1 with a message in err.
 */
int pades_sign(const void *pdf, size_t len, const struct pades_signer *,
    struct buf *out, char *err, size_t errlen);

/* What pades_verify() found; every flag 1 = check passed. */
struct pades_verdict {
	int is_pdf;	  /* starts with %PDF- */
	int has_sig;	  /* a signature dictionary was found */
	int pades;	  /* SubFilter ETSI.CAdES.detached */
	int whole_file;	  /* ByteRange covers the file except /Contents */
	int digest_ok;	  /* message-digest matches the byte ranges */
	int sig_ok;	  /* CMS signature verifies with the signer cert */
	int chain_ok;	  /* signer cert chains to the trusted root */
	int not_revoked;  /* signer cert not on the CRL (1 if no CRL) */
	int has_tst;	  /* signature time-stamp present */
	int tst_ok;	  /* it verifies, imprint matches, TSA trusted */
	time_t signed_at; /* /M, 0 if absent */
	time_t tst_time;  /* genTime of the time-stamp, 0 if none */
	char signer_cn[256];
	char signer_serial[80]; /* hex */
	char subject_sn[80];	/* the subject's serialNumber attribute */
	char san[256];		/* subject alternative names (otherName
				   and e-mail text, a directory name's
				   serialNumber), one per line */
	char issuer_cn[256];	/* commonName of the signer's issuer */
	char cert_sha256[65];	/* hex of SHA-256 of the signer cert DER */
	char sha256[65];	/* hex of SHA-256 of the whole file */
	char problem[256]; /* first failed check, Indonesian; "" if valid */
};

/*
 * Check the last signature of pdf[0..len) against trust (root) and crl
 * (may be NULL); untrusted intermediates come from the CMS.  Fills v;
 * returns 1 when every applicable check passed (valid, trusted,
 * unrevoked, whole file), else 0.
 */
int pades_verify(const void *pdf, size_t len, X509_STORE *trust, X509_CRL *crl,
    struct pades_verdict *v);

#endif
