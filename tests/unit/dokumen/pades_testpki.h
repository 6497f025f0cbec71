/*
 * pades_testpki.h: a throw-away PKI for the PAdES tests, the test tool
 * (pades_tool.c) and the benchmark (bench/p0003-sign): root CA ->
 * issuing CA -> signer, a second signer that the CRL revokes, a TSA
 * (EKU critical timeStamping) with an in-process RFC 3161 responder
 * (OpenSSL TS_RESP_CTX, unique serials), and an unrelated "alien" root
 * with its own signer, and a second officer (signer2) for documents
 * with two signatures.  All ECDSA P-256 / SHA-256, made with OpenSSL
 * only (no dependency on src/domain/pki.c).  Header-only: every function
 * is static; include it in exactly one file per program.
 */
#ifndef PAMONG_TEST_PADES_TESTPKI_H
#define PAMONG_TEST_PADES_TESTPKI_H
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/ts.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include "mod/dokumen/surat_pdf.h"

#define TP_UNUSED __attribute__((unused))

/* A sample kampung letter with non-ASCII text (é, ’, “ ”, –). */
static TP_UNUSED void
tp_surat_pdf(struct letter *l, const char *kode, const char *url)
{
	memset(l, 0, sizeof(*l));
	l->level = SURAT_PDF_KAMPUNG;
	l->kop[0] = "PEMERINTAH KABUPATEN SIAK";
	l->kop[1] = "KECAMATAN SIAK";
	l->kop[2] = "KAMPUNG DALAM";
	l->kop[3] = "Jalan Sultan Syarif Kasim No. 1, Siak Sri Indrapura 28773";
	l->title = "SURAT KETERANGAN DOMISILI";
	l->nomor_surat = "470/KD/2026/0042";
	l->body =
	    "Yang bertanda tangan di bawah ini, Penghulu Kampung "
	    "Dalam, Kecamatan Siak, Kabupaten Siak, menerangkan bahwa:\n\n"
	    "Nama: Andr\xc3\xa9 Nur\xe2\x80\x99"
	    "aini\n"
	    "NIK: 1408014507900001\n"
	    "Alamat: Jalan Sungai Mempura RT 001/RW 002 \xe2\x80\x93 "
	    "Kampung Dalam\n\n"
	    "benar berdomisili di Kampung Dalam sejak tahun 2019 sampai "
	    "dengan sekarang. Surat keterangan ini diberikan untuk "
	    "keperluan \xe2\x80\x9cpembukaan rekening bank\xe2\x80\x9d "
	    "dan dapat dipergunakan sebagaimana mestinya.\n\n"
	    "Demikian surat keterangan ini dibuat dengan sebenarnya.";
	l->place = "Kampung Dalam";
	l->date = "28 November 2026";
	l->signer_name = "Ahmad R\xc3\xa9za, S.Sos.";
	l->signer_position = "Penghulu Kampung Dalam";
	l->verify_url = url;
	l->kode = kode;
}

enum tp_kind { TP_CA, TP_SIGNER, TP_TSA };

struct tpki {
	EVP_PKEY *root_key, *ica_key, *signer_key, *revoked_key, *tsa_key,
	    *alien_root_key, *alien_key, *signer2_key;
	X509 *root, *ica, *signer, *revoked, *tsa, *alien_root, *alien,
	    *signer2;		/* signer2: a second officer */
	X509_CRL *crl;		/* issuing CA's, revokes `revoked` */
	STACK_OF(X509) * chain; /* the issuing CA */
	X509_STORE *trust;	/* the root */
	TS_RESP_CTX *tsctx;
	long tsa_serial;
	int tsa_fail; /* 1: the stamp callback fails */
};

static TP_UNUSED int
tp_ext(X509 *cert, X509 *issuer, int nid, const char *value)
{
	X509V3_CTX ctx;
	X509_EXTENSION *ext;
	int ok;

	X509V3_set_ctx(&ctx, issuer, cert, NULL, NULL, 0);
	if ((ext = X509V3_EXT_conf_nid(NULL, &ctx, nid, value)) == NULL)
		return 0;
	ok = X509_add_ext(cert, ext, -1);
	X509_EXTENSION_free(ext);
	return ok;
}

/* A certificate for cn (O=Pemerintah Kabupaten Contoh) over pub, issued
 * by issuer/ikey (NULL: self-signed). */
static TP_UNUSED X509 *
tp_cert(const char *cn, EVP_PKEY *pub, X509 *issuer, EVP_PKEY *ikey,
    enum tp_kind kind, long serial)
{
	X509 *c = X509_new();
	X509_NAME *n = X509_NAME_new();

	X509_set_version(c, X509_VERSION_3);
	ASN1_INTEGER_set(X509_get_serialNumber(c), serial);
	X509_NAME_add_entry_by_txt(n, "C", MBSTRING_UTF8,
	    (const unsigned char *)"ID", -1, -1, 0);
	X509_NAME_add_entry_by_txt(n, "O", MBSTRING_UTF8,
	    (const unsigned char *)"Pemerintah Kabupaten Contoh", -1, -1, 0);
	X509_NAME_add_entry_by_txt(n, "CN", MBSTRING_UTF8,
	    (const unsigned char *)cn, -1, -1, 0);
	X509_set_subject_name(c, n);
	X509_set_issuer_name(c,
	    issuer != NULL ? X509_get_subject_name(issuer) : n);
	X509_NAME_free(n);
	X509_gmtime_adj(X509_getm_notBefore(c), -86400);
	X509_gmtime_adj(X509_getm_notAfter(c), 86400L * 365);
	X509_set_pubkey(c, pub);
	if (issuer == NULL) {
		issuer = c;
		ikey = pub;
	}
	tp_ext(c, issuer, NID_subject_key_identifier, "hash");
	tp_ext(c, issuer, NID_authority_key_identifier, "keyid:always");
	switch (kind) {
	case TP_CA:
		tp_ext(c, issuer, NID_basic_constraints, "critical,CA:TRUE");
		tp_ext(c, issuer, NID_key_usage,
		    "critical,keyCertSign,cRLSign");
		break;
	case TP_SIGNER:
		tp_ext(c, issuer, NID_basic_constraints, "critical,CA:FALSE");
		tp_ext(c, issuer, NID_key_usage,
		    "critical,digitalSignature,nonRepudiation");
		tp_ext(c, issuer, NID_ext_key_usage,
		    "emailProtection,1.3.6.1.5.5.7.3.36");
		tp_ext(c, issuer, NID_crl_distribution_points,
		    "URI:http://127.0.0.1:9/pki/crl");
		break;
	case TP_TSA:
		tp_ext(c, issuer, NID_basic_constraints, "critical,CA:FALSE");
		tp_ext(c, issuer, NID_key_usage, "critical,digitalSignature");
		tp_ext(c, issuer, NID_ext_key_usage, "critical,timeStamping");
		break;
	}
	if (X509_sign(c, ikey, EVP_sha256()) <= 0) {
		X509_free(c);
		return NULL;
	}
	return c;
}

static TP_UNUSED X509_CRL *
tp_crl(X509 *issuer, EVP_PKEY *ikey, X509 *revoke)
{
	X509_CRL *crl = X509_CRL_new();
	X509_REVOKED *r = X509_REVOKED_new();
	ASN1_TIME *t = ASN1_TIME_new();

	X509_CRL_set_version(crl, X509_CRL_VERSION_2);
	X509_CRL_set_issuer_name(crl, X509_get_subject_name(issuer));
	X509_gmtime_adj(t, -3600);
	X509_CRL_set1_lastUpdate(crl, t);
	X509_REVOKED_set_revocationDate(r, t);
	X509_gmtime_adj(t, 86400L * 30);
	X509_CRL_set1_nextUpdate(crl, t);
	ASN1_TIME_free(t);
	X509_REVOKED_set_serialNumber(r, X509_get_serialNumber(revoke));
	X509_CRL_add0_revoked(crl, r);
	X509_CRL_sort(crl);
	X509_CRL_sign(crl, ikey, EVP_sha256());
	return crl;
}

static TP_UNUSED ASN1_INTEGER *
tp_serial_cb(TS_RESP_CTX *ctx, void *arg)
{
	struct tpki *t = arg;
	ASN1_INTEGER *s = ASN1_INTEGER_new();

	ASN1_INTEGER_set(s, ++t->tsa_serial);
	return s;
}

/* Set up the TSA responder of t (after t->tsa, t->tsa_key, t->chain). */
static TP_UNUSED int
tp_tsa_init(struct tpki *t)
{
	ASN1_OBJECT *policy = OBJ_txt2obj("1.3.6.1.4.1.99999.2.1", 1);

	t->tsctx = TS_RESP_CTX_new();
	if (!TS_RESP_CTX_set_signer_cert(t->tsctx, t->tsa) ||
	    !TS_RESP_CTX_set_signer_key(t->tsctx, t->tsa_key) ||
	    !TS_RESP_CTX_set_certs(t->tsctx, t->chain) ||
	    !TS_RESP_CTX_set_def_policy(t->tsctx, policy) ||
	    !TS_RESP_CTX_add_md(t->tsctx, EVP_sha256()) ||
	    !TS_RESP_CTX_set_signer_digest(t->tsctx, EVP_sha256()) ||
	    !TS_RESP_CTX_set_ess_cert_id_digest(t->tsctx, EVP_sha256()) ||
	    !TS_RESP_CTX_set_accuracy(t->tsctx, 1, 0, 0)) {
		ASN1_OBJECT_free(policy);
		return -1;
	}
	ASN1_OBJECT_free(policy);
	TS_RESP_CTX_set_serial_cb(t->tsctx, tp_serial_cb, t);
	return 0;
}

/* pades_tsa_fn: an RFC 3161 request/response round trip in memory. */
static TP_UNUSED int
tp_tsa(void *arg, const unsigned char *imprint, size_t len, unsigned char **tok,
    size_t *toklen)
{
	struct tpki *t = arg;
	TS_REQ *req = TS_REQ_new();
	TS_MSG_IMPRINT *mi = TS_MSG_IMPRINT_new();
	X509_ALGOR *alg = X509_ALGOR_new();
	ASN1_INTEGER *nonce = ASN1_INTEGER_new();
	BIO *b = BIO_new(BIO_s_mem());
	TS_RESP *resp = NULL;
	PKCS7 *p7;
	unsigned char *q;
	uint64_t rnd;
	int n, rc = -1;

	if (t->tsa_fail)
		goto out;
	X509_ALGOR_set0(alg, OBJ_nid2obj(NID_sha256), V_ASN1_NULL, NULL);
	TS_MSG_IMPRINT_set_algo(mi, alg);
	TS_MSG_IMPRINT_set_msg(mi, (unsigned char *)imprint, (int)len);
	TS_REQ_set_version(req, 1);
	TS_REQ_set_msg_imprint(req, mi);
	TS_REQ_set_cert_req(req, 1);
	RAND_bytes((unsigned char *)&rnd, sizeof(rnd));
	ASN1_INTEGER_set_uint64(nonce, rnd >> 1);
	TS_REQ_set_nonce(req, nonce);
	if (!i2d_TS_REQ_bio(b, req) ||
	    (resp = TS_RESP_create_response(t->tsctx, b)) == NULL ||
	    ASN1_INTEGER_get(TS_STATUS_INFO_get0_status(
		TS_RESP_get_status_info(resp))) != 0 ||
	    (p7 = TS_RESP_get_token(resp)) == NULL ||
	    (n = i2d_PKCS7(p7, NULL)) <= 0)
		goto out;
	*tok = malloc((size_t)n);
	q = *tok;
	i2d_PKCS7(p7, &q);
	*toklen = (size_t)n;
	rc = 0;
out:
	TS_RESP_free(resp);
	BIO_free(b);
	ASN1_INTEGER_free(nonce);
	X509_ALGOR_free(alg);
	TS_MSG_IMPRINT_free(mi);
	TS_REQ_free(req);
	return rc;
}

static TP_UNUSED void
tp_trust_init(struct tpki *t)
{
	t->trust = X509_STORE_new();
	X509_STORE_add_cert(t->trust, t->root);
	t->chain = sk_X509_new_null();
	X509_up_ref(t->ica);
	sk_X509_push(t->chain, t->ica);
}

/* A fresh PKI: 0 or -1. */
static TP_UNUSED int
tp_new(struct tpki *t)
{
	memset(t, 0, sizeof(*t));
	t->root_key = EVP_EC_gen("P-256");
	t->ica_key = EVP_EC_gen("P-256");
	t->signer_key = EVP_EC_gen("P-256");
	t->revoked_key = EVP_EC_gen("P-256");
	t->tsa_key = EVP_EC_gen("P-256");
	t->alien_root_key = EVP_EC_gen("P-256");
	t->alien_key = EVP_EC_gen("P-256");
	t->signer2_key = EVP_EC_gen("P-256");
	t->root = tp_cert("Contoh Root CA", t->root_key, NULL, NULL, TP_CA, 1);
	t->ica = tp_cert("Contoh Issuing CA", t->ica_key, t->root, t->root_key,
	    TP_CA, 2);
	t->signer = tp_cert("Budi Santoso", t->signer_key, t->ica, t->ica_key,
	    TP_SIGNER, 100);
	t->revoked = tp_cert("Rini Dicabut", t->revoked_key, t->ica, t->ica_key,
	    TP_SIGNER, 101);
	t->tsa =
	    tp_cert("Contoh TSA", t->tsa_key, t->ica, t->ica_key, TP_TSA, 102);
	t->alien_root =
	    tp_cert("Asing Root CA", t->alien_root_key, NULL, NULL, TP_CA, 1);
	t->alien = tp_cert("Budi Santoso", t->alien_key, t->alien_root,
	    t->alien_root_key, TP_SIGNER, 100);
	t->signer2 = tp_cert("Siti Rahma", t->signer2_key, t->ica, t->ica_key,
	    TP_SIGNER, 103);
	if (t->signer2 == NULL || t->root == NULL || t->ica == NULL ||
	    t->signer == NULL || t->revoked == NULL || t->tsa == NULL ||
	    t->alien == NULL)
		return -1;
	t->crl = tp_crl(t->ica, t->ica_key, t->revoked);
	tp_trust_init(t);
	return tp_tsa_init(t);
}

static TP_UNUSED void
tp_free(struct tpki *t)
{
	EVP_PKEY_free(t->root_key);
	EVP_PKEY_free(t->ica_key);
	EVP_PKEY_free(t->signer_key);
	EVP_PKEY_free(t->revoked_key);
	EVP_PKEY_free(t->tsa_key);
	EVP_PKEY_free(t->alien_root_key);
	EVP_PKEY_free(t->alien_key);
	EVP_PKEY_free(t->signer2_key);
	X509_free(t->root);
	X509_free(t->ica);
	X509_free(t->signer);
	X509_free(t->revoked);
	X509_free(t->tsa);
	X509_free(t->alien_root);
	X509_free(t->alien);
	X509_free(t->signer2);
	X509_CRL_free(t->crl);
	sk_X509_pop_free(t->chain, X509_free);
	X509_STORE_free(t->trust);
	TS_RESP_CTX_free(t->tsctx);
	memset(t, 0, sizeof(*t));
}

/* Files of a PKI written to / read from a directory (tool, bench). */
static const char *const tp_names[] = { "root", "ica", "signer", "revoked",
	"tsa", "alien-root", "alien", "signer2" };

static TP_UNUSED int
tp_write(const struct tpki *t, const char *dir)
{
	X509 *const c[] = { t->root, t->ica, t->signer, t->revoked, t->tsa,
		t->alien_root, t->alien, t->signer2 };
	EVP_PKEY *const k[] = { t->root_key, t->ica_key, t->signer_key,
		t->revoked_key, t->tsa_key, t->alien_root_key, t->alien_key,
		t->signer2_key };
	char path[4352]; /* a caller's PATH_MAX dir + name */
	FILE *f;
	size_t i;
	int ok = 1;

	for (i = 0; i < sizeof(c) / sizeof(c[0]); i++) {
		snprintf(path, sizeof(path), "%s/%s.pem", dir, tp_names[i]);
		if ((f = fopen(path, "w")) == NULL)
			return -1;
		ok &= PEM_write_X509(f, c[i]);
		fclose(f);
		snprintf(path, sizeof(path), "%s/%s.key", dir, tp_names[i]);
		if ((f = fopen(path, "w")) == NULL)
			return -1;
		ok &= PEM_write_PrivateKey(f, k[i], NULL, NULL, 0, NULL, NULL);
		fclose(f);
	}
	snprintf(path, sizeof(path), "%s/crl.pem", dir);
	if ((f = fopen(path, "w")) == NULL)
		return -1;
	ok &= PEM_write_X509_CRL(f, t->crl);
	fclose(f);
	return ok ? 0 : -1;
}

static TP_UNUSED int
tp_read(struct tpki *t, const char *dir)
{
	X509 **c[] = { &t->root, &t->ica, &t->signer, &t->revoked, &t->tsa,
		&t->alien_root, &t->alien, &t->signer2 };
	EVP_PKEY **k[] = { &t->root_key, &t->ica_key, &t->signer_key,
		&t->revoked_key, &t->tsa_key, &t->alien_root_key, &t->alien_key,
		&t->signer2_key };
	char path[4352]; /* a caller's PATH_MAX dir + name */
	FILE *f;
	size_t i;

	memset(t, 0, sizeof(*t));
	for (i = 0; i < sizeof(c) / sizeof(c[0]); i++) {
		snprintf(path, sizeof(path), "%s/%s.pem", dir, tp_names[i]);
		if ((f = fopen(path, "r")) == NULL)
			return -1;
		*c[i] = PEM_read_X509(f, NULL, NULL, NULL);
		fclose(f);
		snprintf(path, sizeof(path), "%s/%s.key", dir, tp_names[i]);
		if ((f = fopen(path, "r")) == NULL)
			return -1;
		*k[i] = PEM_read_PrivateKey(f, NULL, NULL, NULL);
		fclose(f);
		if (*c[i] == NULL || *k[i] == NULL)
			return -1;
	}
	snprintf(path, sizeof(path), "%s/crl.pem", dir);
	if ((f = fopen(path, "r")) == NULL)
		return -1;
	t->crl = PEM_read_X509_CRL(f, NULL, NULL, NULL);
	fclose(f);
	if (t->crl == NULL)
		return -1;
	tp_trust_init(t);
	return tp_tsa_init(t);
}

#endif
