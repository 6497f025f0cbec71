/*
 * dokumen_check.h: the verdict on an uploaded or local PDF (issue 4):
 * PAdES signature, chain and CRL (pades_verify()), then "is this the
 * registered file" (SHA-256 in the registry) and its status.  Used by the
 * upload check on /v/<kode> and /verifikasi and by `pamong verify`.
 */
#ifndef PAMONG_DOKUMEN_CHECK_H
#define PAMONG_DOKUMEN_CHECK_H

#include <stddef.h>

#include <openssl/x509.h>

#include "dokumen.h"
#include "pades.h"

struct store;
struct pki;

/* One check, in the order shown to people. */
struct dokumen_item {
	const char *label;  /* Indonesian, what was checked */
	int ok;		    /* 1 passed, 0 failed, -1 not checked */
	const char *detail; /* why it failed (may be NULL) */
};

#define DOKUMEN_ITEMS 10

struct dokumen_cek {
	struct pades_verdict v;
	int reg;	  /* 0 registered, -1 not, -2 storage,
					   -3 registry not available */
	struct dokumen d; /* when reg == 0 */
	struct dokumen_item item[DOKUMEN_ITEMS];
	int nitem;
	int ok;			/* every check passed */
	const char *first_fail; /* label of the first failed
						   check, NULL when ok */
	const char *penerbit;	/* whose root the signer chains to:
				   "lokal" (the regency CA), "bsre" (the
				   roots of bsre.conf's akar) or "" */
};

/* Who issued the signer certificate of penerbit (lokal/bsre), for people. */
const char *dokumen_penerbit_label(const char *penerbit);
/* What that makes the signature under PP 71/2019 art. 60: "Tanda Tangan
 * Elektronik Tersertifikasi (BSrE/BSSN)" or "... tidak tersertifikasi ...". */
const char *dokumen_jenis_ttd(const char *penerbit);

/*
 * Check pdf[0..len).  pki (may be NULL: trust and CRL unknown) gives the
 * regency root and its CRL; bsre (may be NULL) the roots of BSrE
 * (bsre_trust()), tried when the signer does not chain to the regency
 * root: then the regency CRL does not apply, the time-stamp is checked
 * when there is one, and c->penerbit is "bsre".  s (may be NULL: registry
 * unknown) the registry; kode (may be NULL) the document the file should
 * be (the page /v/<kode>).  Fills c; returns c->ok.
 */
int dokumen_check(struct store *s, struct pki *pki, X509_STORE *bsre,
    const void *pdf, size_t len, const char *kode, struct dokumen_cek *c);

#endif
