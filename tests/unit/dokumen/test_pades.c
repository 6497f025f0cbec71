/*
 * test_pades.c: PAdES B-B and B-T signing of a rendered letter and the
 * verifier's verdicts, against a throw-away PKI (pades_testpki.h):
 * valid, flipped byte, appended bytes, revoked signer, unknown CA,
 * non-PDF, truncated and garbled files, a second signature.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <openssl/cms.h>

#include "mod/dokumen/surat_pdf.h"
#include "mod/dokumen/pades.h"
#include "lib/buf.h"
#include "pades_testpki.h"

#define WHEN 1795830128 /* 2026-11-28 01:42:08 UTC */

struct fx {
	struct tpki t;
	struct buf pdf; /* the unsigned letter */
};

static int
setup(void **state)
{
	struct fx *f = calloc(1, sizeof(*f));
	struct letter l;
	char err[256];

	if (f == NULL || tp_new(&f->t) != 0)
		return -1;
	tp_surat_pdf(&l, "7Q2K-9XJ4-M1PA",
	    "https://pamong.example/v/7Q2K-9XJ4-M1PA");
	buf_init(&f->pdf, 0);
	if (surat_pdf_render(&l, &f->pdf, err, sizeof(err)) != 0)
		return -1;
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fx *f = *state;

	tp_free(&f->t);
	buf_free(&f->pdf);
	free(f);
	return 0;
}

static void
signer_of(struct fx *f, struct pades_signer *s, int bt)
{
	memset(s, 0, sizeof(*s));
	s->key = f->t.signer_key;
	s->cert = f->t.signer;
	s->chain = f->t.chain;
	s->when = WHEN;
	s->name = "Ahmad R\xc3\xa9za";
	s->reason = "Persetujuan dokumen";
	s->location = "Siak Sri Indrapura";
	if (bt) {
		s->tsa = tp_tsa;
		s->tsa_arg = &f->t;
	}
}

static int
contains(const struct buf *b, const char *s)
{
	return memmem(b->s, b->len, s, strlen(s)) != NULL;
}

/* The CMS in the last /Contents of b. */
static CMS_ContentInfo *
cms_of(const struct buf *b)
{
	const char *p = NULL, *q;
	unsigned char *der;
	const unsigned char *dp;
	CMS_ContentInfo *cms;
	size_t n = 0;
	unsigned int x;

	for (q = b->s;
	     (q = memmem(q, b->len - (q - b->s), "/Contents <", 11)) != NULL;
	     q++)
		p = q + 11;
	assert_non_null(p);
	der = malloc(b->len);
	while (*p != '>' && sscanf(p, "%2x", &x) == 1) {
		der[n++] = (unsigned char)x;
		p += 2;
	}
	dp = der;
	cms = d2i_CMS_ContentInfo(NULL, &dp, (long)n);
	free(der);
	assert_non_null(cms);
	return cms;
}

static void
check_attrs(const struct buf *signed_pdf, int bt)
{
	CMS_ContentInfo *cms = cms_of(signed_pdf);
	CMS_SignerInfo *si =
	    sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(cms), 0);
	int nids[3], i;

	/* exactly content-type, message-digest, signing-certificate-v2 */
	assert_int_equal(CMS_signed_get_attr_count(si), 3);
	for (i = 0; i < 3; i++)
		nids[i] = OBJ_obj2nid(
		    X509_ATTRIBUTE_get0_object(CMS_signed_get_attr(si, i)));
	for (i = 0; i < 3; i++)
		assert_true(nids[i] == NID_pkcs9_contentType ||
		    nids[i] == NID_pkcs9_messageDigest ||
		    nids[i] == NID_id_smime_aa_signingCertificateV2);
	assert_true(
	    nids[0] != nids[1] && nids[1] != nids[2] && nids[0] != nids[2]);
	assert_true(
	    CMS_signed_get_attr_by_NID(si, NID_pkcs9_signingTime, -1) < 0);
	assert_int_equal(CMS_unsigned_get_attr_by_NID(si,
			     NID_id_smime_aa_timeStampToken, -1) >= 0,
	    bt);
	/* signer and issuing CA embedded */
	{
		STACK_OF(X509) *certs = CMS_get1_certs(cms);

		assert_int_equal(sk_X509_num(certs), 2);
		sk_X509_pop_free(certs, X509_free);
	}
	CMS_ContentInfo_free(cms);
}

static void
test_sign_bb(void **state)
{
	struct fx *f = *state;
	struct pades_signer s;
	struct pades_verdict v;
	struct buf out = BUF_INIT;
	char err[256] = "", sha[65];

	signer_of(f, &s, 0);
	buf_init(&out, 0);
	assert_int_equal(
	    pades_sign(f->pdf.s, f->pdf.len, &s, &out, err, sizeof(err)), 0);
	/* an incremental update: the original bytes come first, unchanged */
	assert_true(out.len > f->pdf.len + 16384);
	assert_memory_equal(out.s, f->pdf.s, f->pdf.len);
	assert_true(contains(&out, "/SubFilter /ETSI.CAdES.detached"));
	assert_true(contains(&out, "/M (D:20261128084208+07'00')"));
	assert_true(contains(&out,
	    "/Name <FEFF00410068006D00610064002000520"
	    "0E9007A0061>"));
	assert_true(contains(&out, "/Reason (Persetujuan dokumen)"));
	assert_true(contains(&out, "/FT /Sig /T (TTE1)"));
	assert_true(contains(&out, "/SigFlags 3"));
	assert_true(contains(&out, "/Prev "));
	assert_memory_equal(out.s + out.len - 6, "%%EOF\n", 6);
	check_attrs(&out, 0);

	assert_int_equal(pades_verify(out.s, out.len, f->t.trust, f->t.crl, &v),
	    1);
	assert_true(v.is_pdf && v.has_sig && v.pades && v.whole_file &&
	    v.digest_ok && v.sig_ok && v.chain_ok && v.not_revoked);
	assert_false(v.has_tst);
	assert_false(v.tst_ok);
	assert_int_equal(v.signed_at, WHEN);
	assert_int_equal(v.tst_time, 0);
	assert_string_equal(v.signer_cn, "Budi Santoso");
	assert_string_equal(v.signer_serial, "64");
	assert_string_equal(v.problem, "");
	assert_int_equal(strlen(v.cert_sha256), 64);
	{
		unsigned char md[32];
		int i;

		SHA256((unsigned char *)out.s, out.len, md);
		for (i = 0; i < 32; i++)
			sprintf(sha + 2 * i, "%02x", md[i]);
		assert_string_equal(v.sha256, sha);
	}
	/* without a CRL, not_revoked stays 1 */
	assert_int_equal(pades_verify(out.s, out.len, f->t.trust, NULL, &v), 1);
	buf_free(&out);
}

static void
test_sign_bt(void **state)
{
	struct fx *f = *state;
	struct pades_signer s;
	struct pades_verdict v;
	struct buf out = BUF_INIT;
	char err[256] = "";
	time_t now = time(NULL);

	signer_of(f, &s, 1);
	buf_init(&out, 0);
	assert_int_equal(
	    pades_sign(f->pdf.s, f->pdf.len, &s, &out, err, sizeof(err)), 0);
	check_attrs(&out, 1);
	assert_int_equal(pades_verify(out.s, out.len, f->t.trust, f->t.crl, &v),
	    1);
	assert_true(v.has_tst && v.tst_ok);
	assert_true(v.tst_time >= now - 5 && v.tst_time <= now + 5);
	assert_string_equal(v.problem, "");

	/* a TSA that does not answer: no signature, nothing written */
	f->t.tsa_fail = 1;
	buf_reset(&out);
	assert_int_equal(
	    pades_sign(f->pdf.s, f->pdf.len, &s, &out, err, sizeof(err)), -1);
	assert_int_equal(out.len, 0);
	assert_non_null(strstr(err, "TSA"));
	f->t.tsa_fail = 0;
	buf_free(&out);
}

static void
sign(struct fx *f, EVP_PKEY *key, X509 *cert, STACK_OF(X509) * chain, int bt,
    struct buf *out)
{
	struct pades_signer s;
	char err[256] = "";

	signer_of(f, &s, bt);
	s.key = key;
	s.cert = cert;
	s.chain = chain;
	buf_init(out, 0);
	assert_int_equal(
	    pades_sign(f->pdf.s, f->pdf.len, &s, out, err, sizeof(err)), 0);
}

static void
test_flipped_byte(void **state)
{
	struct fx *f = *state;
	struct pades_verdict v;
	struct buf out;
	char *at;

	sign(f, f->t.signer_key, f->t.signer, f->t.chain, 1, &out);
	at = memmem(out.s, out.len, "(Nama: Andr", 11);
	assert_non_null(at);
	at[7] ^= 0x01; /* "Andr" -> "@ndr" */
	assert_int_equal(pades_verify(out.s, out.len, f->t.trust, f->t.crl, &v),
	    0);
	assert_false(v.digest_ok);
	assert_true(v.sig_ok); /* the CMS itself is intact */
	assert_true(v.whole_file && v.chain_ok);
	assert_non_null(strstr(v.problem, "telah berubah"));
	at[7] ^= 0x01;

	/* a changed byte in the signature value inside /Contents */
	at = memmem(out.s, out.len, "/Contents <", 11);
	assert_non_null(at);
	at[11 + 200] = at[11 + 200] == 'a' ? 'b' : 'a';
	assert_int_equal(pades_verify(out.s, out.len, f->t.trust, f->t.crl, &v),
	    0);
	assert_true(v.has_sig);
	assert_string_not_equal(v.problem, "");
	buf_free(&out);
}

static void
test_appended(void **state)
{
	struct fx *f = *state;
	struct pades_verdict v;
	struct buf out;

	sign(f, f->t.signer_key, f->t.signer, f->t.chain, 0, &out);
	buf_adds(&out, "\n% tambahan setelah tanda tangan\n");
	assert_int_equal(pades_verify(out.s, out.len, f->t.trust, f->t.crl, &v),
	    0);
	assert_false(v.whole_file);
	assert_true(v.digest_ok && v.sig_ok && v.chain_ok);
	assert_non_null(strstr(v.problem, "seluruh berkas"));
	buf_free(&out);
}

static void
test_revoked(void **state)
{
	struct fx *f = *state;
	struct pades_verdict v;
	struct buf out;

	sign(f, f->t.revoked_key, f->t.revoked, f->t.chain, 1, &out);
	assert_int_equal(pades_verify(out.s, out.len, f->t.trust, f->t.crl, &v),
	    0);
	assert_false(v.not_revoked);
	assert_true(
	    v.digest_ok && v.sig_ok && v.whole_file && v.chain_ok && v.tst_ok);
	assert_string_equal(v.signer_cn, "Rini Dicabut");
	assert_non_null(strstr(v.problem, "dicabut"));
	/* the good signer is not on that CRL */
	buf_free(&out);
	sign(f, f->t.signer_key, f->t.signer, f->t.chain, 0, &out);
	assert_int_equal(pades_verify(out.s, out.len, f->t.trust, f->t.crl, &v),
	    1);
	buf_free(&out);
}

static void
test_unknown_ca(void **state)
{
	struct fx *f = *state;
	struct pades_verdict v;
	struct buf out;

	sign(f, f->t.alien_key, f->t.alien, NULL, 0, &out);
	assert_int_equal(pades_verify(out.s, out.len, f->t.trust, f->t.crl, &v),
	    0);
	assert_false(v.chain_ok);
	assert_true(v.digest_ok && v.sig_ok && v.whole_file);
	assert_non_null(strstr(v.problem, "dipercaya"));
	/* no trust store at all */
	assert_int_equal(pades_verify(out.s, out.len, NULL, NULL, &v), 0);
	assert_false(v.chain_ok);
	buf_free(&out);
}

static void
test_not_pdf(void **state)
{
	struct fx *f = *state;
	struct pades_verdict v;
	struct pades_signer s;
	struct buf out = BUF_INIT;
	char err[256] = "";
	const char *junk = "PK\x03\x04 bukan pdf";

	assert_int_equal(pades_verify(junk, strlen(junk), f->t.trust, NULL, &v),
	    0);
	assert_false(v.is_pdf);
	assert_non_null(strstr(v.problem, "bukan dokumen PDF"));
	assert_int_equal(pades_verify("", 0, f->t.trust, NULL, &v), 0);
	assert_false(v.is_pdf);
	/* an unsigned PDF */
	assert_int_equal(
	    pades_verify(f->pdf.s, f->pdf.len, f->t.trust, NULL, &v), 0);
	assert_true(v.is_pdf);
	assert_false(v.has_sig);
	assert_non_null(strstr(v.problem, "tidak memuat tanda tangan"));
	/* signing refuses what is not a PDF, or a broken one */
	signer_of(f, &s, 0);
	buf_init(&out, 0);
	assert_int_equal(
	    pades_sign(junk, strlen(junk), &s, &out, err, sizeof(err)), -1);
	assert_int_equal(out.len, 0);
	assert_int_equal(
	    pades_sign("%PDF-1.4\n%%EOF\n", 15, &s, &out, err, sizeof(err)),
	    -1);
	assert_non_null(strstr(err, "rusak"));
	assert_int_equal(
	    pades_sign("%PDF-1.5\n1 0 obj\n<< /Type /XRef >>\n"
		       "stream\nendstream\nendobj\nstartxref\n9\n%%EOF\n",
		75, &s, &out, err, sizeof(err)),
	    -1);
	assert_non_null(strstr(err, "stream"));
	assert_int_equal(out.len, 0);
	buf_free(&out);
}

/*
 * Every truncation and many garbled copies: never a crash, never valid
 * unless the change is inside /Contents and harmless there (the zero
 * fill, a hex digit's case, or a duplicate CA certificate inside the
 * time-stamp token while the intact copy sits in the CMS).
 */
static void
test_hostile(void **state)
{
	struct fx *f = *state;
	struct pades_verdict v;
	struct pades_signer s;
	struct buf out, tmp = BUF_INIT, o2 = BUF_INIT;
	char err[256];
	size_t n, i, k, contents;
	unsigned int seed = 42;
	int r;

	sign(f, f->t.signer_key, f->t.signer, f->t.chain, 1, &out);
	contents = (size_t)((char *)memmem(out.s, out.len, "/Contents <", 11) -
		       out.s) +
	    11;
	for (n = 0; n < out.len; n += n < 64 ? 1 : 97) {
		r = pades_verify(out.s, n, f->t.trust, f->t.crl, &v);
		assert_int_equal(r, 0);
	}
	signer_of(f, &s, 0);
	buf_init(&tmp, 0);
	buf_init(&o2, 0);
	for (n = 0; n < f->pdf.len; n += 53) {
		buf_reset(&o2);
		(void)pades_sign(f->pdf.s, n, &s, &o2, err, sizeof(err));
	}
	for (i = 0; i < 400; i++) {
		buf_reset(&tmp);
		buf_add(&tmp, out.s, out.len);
		tmp.s[(size_t)rand_r(&seed) % out.len] =
		    (char)(rand_r(&seed) & 0xff);
		if (i % 3 == 0) /* structure around the signature too */
			tmp.s[out.len - 1 - (size_t)rand_r(&seed) % 800] =
			    "<>[]()/ 0%R"[rand_r(&seed) % 11];
		r = pades_verify(tmp.s, tmp.len, f->t.trust, f->t.crl, &v);
		for (k = 0; r == 1 && k < out.len; k++) {
			if (tmp.s[k] == out.s[k])
				continue;
			assert_true(k >= contents && k < contents + 16384);
		}
		if (i % 10 == 0) {
			buf_reset(&o2);
			(void)pades_sign(tmp.s, tmp.len, &s, &o2, err,
			    sizeof(err));
		}
	}
	/* 8 MB of dictionary openers and keys: bounded work, no verdict */
	buf_reset(&tmp);
	buf_adds(&tmp, "%PDF-1.7\n");
	while (tmp.len < (8u << 20))
		buf_adds(&tmp, "<< /A [ << /ByteRange ( /ByteRange <<");
	{
		time_t t0 = time(NULL);

		assert_int_equal(
		    pades_verify(tmp.s, tmp.len, f->t.trust, f->t.crl, &v), 0);
		assert_false(v.has_sig);
		assert_true(time(NULL) - t0 < 20);
	}
	buf_free(&o2);
	buf_free(&tmp);
	buf_free(&out);
}

/* An RSA signer (PKCS#1 v1.5, as OpenSSL sets rsaEncryption). */
static void
test_sign_rsa(void **state)
{
	struct fx *f = *state;
	struct pades_verdict v;
	struct buf out;
	EVP_PKEY *key = EVP_RSA_gen(2048);
	X509 *cert;

	assert_non_null(key);
	cert =
	    tp_cert("Siti Rahma", key, f->t.ica, f->t.ica_key, TP_SIGNER, 200);
	assert_non_null(cert);
	sign(f, key, cert, f->t.chain, 1, &out);
	assert_int_equal(pades_verify(out.s, out.len, f->t.trust, f->t.crl, &v),
	    1);
	assert_true(v.tst_ok);
	assert_string_equal(v.signer_cn, "Siti Rahma");
	assert_string_equal(v.signer_serial, "C8");
	check_attrs(&out, 1);
	buf_free(&out);
	X509_free(cert);
	EVP_PKEY_free(key);
}

/* A second signature on a signed file: the first stays intact, the new
 * one is TTE2 and covers the whole file. */
static void
test_second_signature(void **state)
{
	struct fx *f = *state;
	struct pades_signer s;
	struct pades_verdict v;
	struct buf one, two = BUF_INIT;
	char err[256] = "";

	sign(f, f->t.signer_key, f->t.signer, f->t.chain, 1, &one);
	signer_of(f, &s, 1);
	s.name = "Kedua";
	buf_init(&two, 0);
	assert_int_equal(pades_sign(one.s, one.len, &s, &two, err, sizeof(err)),
	    0);
	assert_memory_equal(two.s, one.s, one.len);
	assert_true(contains(&two, "/T (TTE2)"));
	assert_true(contains(&two, "/Fields [ 11 0 R 14 0 R ]"));
	assert_int_equal(pades_verify(two.s, two.len, f->t.trust, f->t.crl, &v),
	    1);
	buf_free(&one);
	buf_free(&two);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sign_bb),
		cmocka_unit_test(test_sign_bt),
		cmocka_unit_test(test_flipped_byte),
		cmocka_unit_test(test_appended),
		cmocka_unit_test(test_revoked),
		cmocka_unit_test(test_unknown_ca),
		cmocka_unit_test(test_not_pdf),
		cmocka_unit_test(test_hostile),
		cmocka_unit_test(test_sign_rsa),
		cmocka_unit_test(test_second_signature),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
