/*
 * fuzz_pades_verify.c: libFuzzer target for PAdES verification
 * (src/domain/pades_verify.c: signature dictionary, /ByteRange,
 * /Contents hex, CMS, ESS, chain, CRL and time-stamp checks), which
 * /verifikasi and `pamong verify` run on uploaded files.
 *
 * The trust anchor and CRL are those of the throw-away test PKI that
 * signed the seed corpus (fuzz/pades_trust.h), so seeds reach the chain
 * and time-stamp checks.  The verdict must be consistent: valid only
 * when every applicable check passed and no problem is named; every
 * string NUL-terminated.
 *
 *   make build/fuzz/fuzz_pades_verify
 *   build/fuzz/fuzz_pades_verify fuzz/corpus/pades_verify
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/pem.h>

#include "mod/dokumen/pades.h"
#include "pades_trust.h"

static void
check(int cond)
{
	if (!cond)
		abort();
}

static void
setup(X509_STORE **trust, X509_CRL **crl)
{
	BIO *b;
	X509 *root;

	b = BIO_new_mem_buf(fuzz_root_pem, -1);
	check((root = PEM_read_bio_X509(b, NULL, NULL, NULL)) != NULL);
	BIO_free(b);
	b = BIO_new_mem_buf(fuzz_crl_pem, -1);
	check((*crl = PEM_read_bio_X509_CRL(b, NULL, NULL, NULL)) != NULL);
	BIO_free(b);
	*trust = X509_STORE_new();
	check(X509_STORE_add_cert(*trust, root) == 1);
	X509_free(root);
}

static int
nul_in(const char *s, size_t n)
{
	return memchr(s, '\0', n) != NULL;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static X509_STORE *trust;
	static X509_CRL *crl;
	struct pades_verdict v;
	int valid, i;

	if (trust == NULL)
		setup(&trust, &crl);
	for (i = 0; i < 2; i++) {
		valid = pades_verify(data, size, trust, i ? NULL : crl, &v);
		check(valid == 0 || valid == 1);
		check(nul_in(v.signer_cn, sizeof(v.signer_cn)) &&
		    nul_in(v.signer_serial, sizeof(v.signer_serial)) &&
		    nul_in(v.cert_sha256, sizeof(v.cert_sha256)) &&
		    nul_in(v.sha256, sizeof(v.sha256)) &&
		    nul_in(v.problem, sizeof(v.problem)));
		check(strlen(v.sha256) == 64);
		if (valid) {
			check(v.is_pdf && v.has_sig && v.pades &&
			    v.whole_file && v.digest_ok && v.sig_ok &&
			    v.chain_ok && v.not_revoked);
			check(!v.has_tst || v.tst_ok);
			check(v.problem[0] == '\0');
		} else
			check(v.problem[0] != '\0');
		if (!v.is_pdf)
			check(!v.has_sig && !valid);
	}
	return 0;
}
