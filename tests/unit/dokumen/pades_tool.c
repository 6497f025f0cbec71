/*
 * pades_tool.c: a test-only command line over surat_pdf_render(),
 * pades_sign() and pades_verify(), used by tests/http/t1101-pades-tools.sh.
 * Not a unit test (the name does not start with test_), but built by the
 * same Makefile rule:  make B=build build/san/unit/domain/pades_tool
 *
 *   pades_tool pki DIR                 throw-away PKI as PEM files in DIR
 *                                      (pades_testpki.h: root, ica, signer,
 *                                      revoked, tsa, alien-root, alien,
 *                                      signer2, crl)
 *   pades_tool letter OUT KODE URL     render the sample letter
 *   pades_tool sign DIR WHO IN OUT [bt]
 *                                      sign IN as WHO (signer, signer2,
 *                                      revoked, alien, or rsa: a fresh
 *                                      RSA-3072 officer); bt adds the
 *                                      time-stamp
 *   pades_tool signpem KEY CERT CHAIN IN OUT
 *                                      sign IN with the PEM key and
 *                                      certificate, CHAIN (PEM, may be
 *                                      several) embedded: the BSrE
 *                                      stand-in (tests/bsre/)
 *   pades_tool verify DIR FILE         pades_verify() against DIR/root.pem
 *                                      and DIR/crl.pem; prints every field
 *                                      of the verdict; exit 0 if valid
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <openssl/pem.h>

#include "mod/dokumen/surat_pdf.h"
#include "mod/dokumen/pades.h"
#include "lib/buf.h"
#include "pades_testpki.h"

static int
read_file(const char *path, struct buf *b)
{
	FILE *f = fopen(path, "rb");
	char tmp[65536];
	size_t n;

	if (f == NULL)
		return -1;
	while ((n = fread(tmp, 1, sizeof(tmp), f)) > 0)
		buf_add(b, tmp, n);
	fclose(f);
	return 0;
}

static int
write_file(const char *path, const struct buf *b)
{
	FILE *f = fopen(path, "wb");
	int ok;

	if (f == NULL)
		return -1;
	ok = fwrite(b->s, 1, b->len, f) == b->len;
	return fclose(f) == 0 && ok ? 0 : -1;
}

/* signpem: sign in with PEM files (tests/bsre/standin.py). */
static int
sign_pem(char **argv)
{
	struct pades_signer s;
	struct buf in = BUF_INIT, out = BUF_INIT;
	STACK_OF(X509) *chain = sk_X509_new_null();
	X509 *c;
	FILE *f;
	char err[512];
	int rc = 1;

	memset(&s, 0, sizeof(s));
	buf_init(&in, 0);
	buf_init(&out, 0);
	if ((f = fopen(argv[2], "r")) != NULL) {
		s.key = PEM_read_PrivateKey(f, NULL, NULL, NULL);
		fclose(f);
	}
	if ((f = fopen(argv[3], "r")) != NULL) {
		s.cert = PEM_read_X509(f, NULL, NULL, NULL);
		fclose(f);
	}
	if ((f = fopen(argv[4], "r")) != NULL) {
		while ((c = PEM_read_X509(f, NULL, NULL, NULL)) != NULL)
			sk_X509_push(chain, c);
		fclose(f);
	}
	if (s.key == NULL || s.cert == NULL || read_file(argv[5], &in) != 0) {
		fprintf(stderr, "pades_tool: cannot read input\n");
		goto out;
	}
	s.chain = chain;
	s.when = time(NULL);
	s.reason = "Ditandatangani secara elektronik";
	s.location = "BSrE (tiruan uji)";
	if (pades_sign(in.s, in.len, &s, &out, err, sizeof(err)) != 0)
		fprintf(stderr, "pades_tool: %s\n", err);
	else if (write_file(argv[6], &out) == 0)
		rc = 0;
out:
	EVP_PKEY_free(s.key);
	X509_free(s.cert);
	sk_X509_pop_free(chain, X509_free);
	buf_free(&in);
	buf_free(&out);
	return rc;
}

static int
usage(void)
{
	fprintf(stderr,
	    "usage: pades_tool pki DIR | letter OUT KODE URL | "
	    "sign DIR WHO IN OUT [bt] | signpem KEY CERT CHAIN IN OUT | "
	    "verify DIR FILE\n");
	return 2;
}

int
main(int argc, char **argv)
{
	struct tpki t;
	struct letter l;
	struct buf in = BUF_INIT, out = BUF_INIT;
	struct pades_signer s;
	struct pades_verdict v;
	EVP_PKEY *rsa_key = NULL;
	X509 *rsa_cert = NULL;
	char err[512];
	int rc = 1, valid;

	if (argc == 3 && strcmp(argv[1], "pki") == 0) {
		if (tp_new(&t) != 0 || tp_write(&t, argv[2]) != 0) {
			fprintf(stderr, "pades_tool: cannot write PKI\n");
			return 1;
		}
		tp_free(&t);
		return 0;
	}
	if (argc == 7 && strcmp(argv[1], "signpem") == 0)
		return sign_pem(argv);
	buf_init(&in, 0);
	buf_init(&out, 0);
	if (argc == 5 && strcmp(argv[1], "letter") == 0) {
		tp_surat_pdf(&l, argv[3], argv[4]);
		if (surat_pdf_render(&l, &out, err, sizeof(err)) != 0)
			fprintf(stderr, "pades_tool: %s\n", err);
		else if (write_file(argv[2], &out) == 0)
			rc = 0;
		buf_free(&out);
		buf_free(&in);
		return rc;
	}
	if ((argc == 6 || argc == 7) && strcmp(argv[1], "sign") == 0) {
		if (tp_read(&t, argv[2]) != 0 || read_file(argv[4], &in) != 0) {
			fprintf(stderr, "pades_tool: cannot read input\n");
			return 1;
		}
		memset(&s, 0, sizeof(s));
		if (strcmp(argv[3], "signer") == 0) {
			s.key = t.signer_key;
			s.cert = t.signer;
			s.chain = t.chain;
			s.name = "Ahmad R\xc3\xa9za, S.Sos.";
		} else if (strcmp(argv[3], "signer2") == 0) {
			s.key = t.signer2_key;
			s.cert = t.signer2;
			s.chain = t.chain;
			s.name = "Siti Rahma";
		} else if (strcmp(argv[3], "rsa") == 0) {
			/* a fresh RSA-3072 officer of the issuing CA */
			s.key = rsa_key = EVP_RSA_gen(3072);
			s.cert = rsa_cert = tp_cert("Siti Rahma", rsa_key,
			    t.ica, t.ica_key, TP_SIGNER, 300);
			s.chain = t.chain;
			s.name = "Siti Rahma";
		} else if (strcmp(argv[3], "revoked") == 0) {
			s.key = t.revoked_key;
			s.cert = t.revoked;
			s.chain = t.chain;
			s.name = "Rini Dicabut";
		} else if (strcmp(argv[3], "alien") == 0) {
			s.key = t.alien_key;
			s.cert = t.alien;
			s.name = "Budi Santoso";
		} else
			return usage();
		s.when = time(NULL);
		s.reason = "Persetujuan dokumen";
		s.location = "Siak Sri Indrapura, ID";
		if (argc == 7 && strcmp(argv[6], "bt") == 0) {
			s.tsa = tp_tsa;
			s.tsa_arg = &t;
		}
		if (pades_sign(in.s, in.len, &s, &out, err, sizeof(err)) != 0)
			fprintf(stderr, "pades_tool: %s\n", err);
		else if (write_file(argv[5], &out) == 0)
			rc = 0;
		X509_free(rsa_cert);
		EVP_PKEY_free(rsa_key);
		tp_free(&t);
		buf_free(&in);
		buf_free(&out);
		return rc;
	}
	if (argc == 4 && strcmp(argv[1], "verify") == 0) {
		if (tp_read(&t, argv[2]) != 0 || read_file(argv[3], &in) != 0) {
			fprintf(stderr, "pades_tool: cannot read input\n");
			return 1;
		}
		valid = pades_verify(in.s, in.len, t.trust, t.crl, &v);
		printf(
		    "valid: %d\nis_pdf: %d\nhas_sig: %d\npades: %d\n"
		    "whole_file: %d\ndigest_ok: %d\nsig_ok: %d\nchain_ok: %d\n"
		    "not_revoked: %d\nhas_tst: %d\ntst_ok: %d\n"
		    "signed_at: %lld\ntst_time: %lld\nsigner_cn: %s\n"
		    "signer_serial: %s\ncert_sha256: %s\nsha256: %s\n"
		    "problem: %s\n",
		    valid, v.is_pdf, v.has_sig, v.pades, v.whole_file,
		    v.digest_ok, v.sig_ok, v.chain_ok, v.not_revoked, v.has_tst,
		    v.tst_ok, (long long)v.signed_at, (long long)v.tst_time,
		    v.signer_cn, v.signer_serial, v.cert_sha256, v.sha256,
		    v.problem);
		tp_free(&t);
		buf_free(&in);
		buf_free(&out);
		return valid ? 0 : 1;
	}
	return usage();
}
