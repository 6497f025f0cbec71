/*
 * pki_tsa.c: the RFC 3161 time-stamping authority (OpenSSL TS_RESP_CTX):
 * in-process tokens for PAdES B-T and the HTTP service POST /tsa.
 *
 * Serial numbers: 160 bits, the microsecond clock in 64 bits (top bit
 * clear, so the INTEGER stays positive in 20 bytes) followed by 96 random
 * bits.
 * Unique without a database write; OpenSSL's default callback would give
 * every token serial 1.
 */
#include <sys/time.h>

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/bn.h>
#include <openssl/rand.h>

#include "lib/buf.h"
#include "lib/xalloc.h"
#include "pki_impl.h"

static ASN1_INTEGER *
serial_cb(TS_RESP_CTX *ctx, void *arg)
{
	unsigned char b[20];
	struct timeval tv;
	uint64_t us;
	ASN1_INTEGER *ai = NULL;
	BIGNUM *bn;
	int i;

	gettimeofday(&tv, NULL);
	us = (uint64_t)tv.tv_sec * 1000000u + (uint64_t)tv.tv_usec;
	for (i = 7; i >= 0; i--) {
		b[i] = (unsigned char)(us & 0xff);
		us >>= 8;
	}
	if (RAND_bytes(b + 8, 12) == 1) {
		b[0] &= 0x7f;
		if ((bn = BN_bin2bn(b, sizeof(b), NULL)) != NULL)
			ai = BN_to_ASN1_INTEGER(bn, NULL);
		BN_free(bn);
	}
	if (ai == NULL) {
		TS_RESP_CTX_set_status_info(ctx, TS_STATUS_REJECTION,
		    "Error during serial number generation.");
		TS_RESP_CTX_add_failure_info(ctx,
		    TS_INFO_ADD_INFO_NOT_AVAILABLE);
	}
	return ai;
}

/* The response context, made once per process and reused. */
static TS_RESP_CTX *
ts_ctx(struct pki *p)
{
	ASN1_OBJECT *policy;
	TS_RESP_CTX *c;

	if (p->ts != NULL)
		return p->ts;
	if ((c = TS_RESP_CTX_new()) == NULL)
		return NULL;
	policy = OBJ_txt2obj(PKI_TSA_POLICY, 1);
	if (policy == NULL || TS_RESP_CTX_set_signer_cert(c, p->tsa) != 1 ||
	    TS_RESP_CTX_set_signer_key(c, p->tsa_key) != 1 ||
	    TS_RESP_CTX_set_certs(c, p->chain) != 1 ||
	    TS_RESP_CTX_set_def_policy(c, policy) != 1 ||
	    TS_RESP_CTX_add_md(c, EVP_sha256()) != 1 ||
	    TS_RESP_CTX_add_md(c, EVP_sha384()) != 1 ||
	    TS_RESP_CTX_add_md(c, EVP_sha512()) != 1 ||
	    TS_RESP_CTX_set_signer_digest(c, EVP_sha256()) != 1 ||
	    TS_RESP_CTX_set_ess_cert_id_digest(c, EVP_sha256()) != 1 ||
	    TS_RESP_CTX_set_accuracy(c, 1, 0, 0) != 1) {
		ASN1_OBJECT_free(policy);
		TS_RESP_CTX_free(c);
		return NULL;
	}
	ASN1_OBJECT_free(policy);
	TS_RESP_CTX_add_flags(c, TS_ESS_CERT_ID_CHAIN);
	TS_RESP_CTX_set_serial_cb(c, serial_cb, NULL);
	p->ts = c;
	return c;
}

static TS_RESP *
respond(struct pki *p, const void *req, size_t len)
{
	TS_RESP_CTX *c = ts_ctx(p);
	TS_RESP *resp;
	BIO *bio;

	if (c == NULL || len > INT_MAX ||
	    (bio = BIO_new_mem_buf(req, (int)len)) == NULL)
		return NULL;
	resp = TS_RESP_create_response(c, bio);
	BIO_free(bio);
	return resp;
}

int
pki_tsa_respond(struct pki *p, struct store *s, const void *req, size_t reqlen,
    struct buf *out)
{
	unsigned char *der = NULL;
	TS_RESP *resp;
	int n;

	if ((resp = respond(p, req, reqlen)) == NULL)
		return -1;
	n = i2d_TS_RESP(resp, &der);
	TS_RESP_free(resp);
	if (n <= 0)
		return -1;
	buf_add(out, der, (size_t)n);
	OPENSSL_free(der);
	return 0;
}

int
pki_tsa_stamp(struct pki *p, struct store *s, const unsigned char *imprint,
    size_t imprint_len, unsigned char **token, size_t *token_len)
{
	TS_REQ *rq = TS_REQ_new();
	TS_MSG_IMPRINT *mi = TS_MSG_IMPRINT_new();
	X509_ALGOR *alg = X509_ALGOR_new();
	ASN1_INTEGER *nonce = NULL;
	unsigned char *der = NULL, *q, rnd[8];
	TS_RESP *resp = NULL;
	PKCS7 *tok;
	BIGNUM *bn = NULL;
	int n, rc = -1;

	*token = NULL;
	*token_len = 0;
	if (rq == NULL || mi == NULL || alg == NULL || imprint_len != 32 ||
	    RAND_bytes(rnd, sizeof(rnd)) != 1)
		goto out;
	rnd[0] &= 0x7f;
	if (X509_ALGOR_set0(alg, OBJ_nid2obj(NID_sha256), V_ASN1_NULL, NULL) !=
		1 ||
	    TS_MSG_IMPRINT_set_algo(mi, alg) != 1 ||
	    TS_MSG_IMPRINT_set_msg(mi, (unsigned char *)imprint,
		(int)imprint_len) != 1 ||
	    TS_REQ_set_version(rq, 1) != 1 ||
	    TS_REQ_set_msg_imprint(rq, mi) != 1 ||
	    TS_REQ_set_cert_req(rq, 1) != 1 ||
	    (bn = BN_bin2bn(rnd, sizeof(rnd), NULL)) == NULL ||
	    (nonce = BN_to_ASN1_INTEGER(bn, NULL)) == NULL ||
	    TS_REQ_set_nonce(rq, nonce) != 1)
		goto out;
	if ((n = i2d_TS_REQ(rq, &der)) <= 0 ||
	    (resp = respond(p, der, (size_t)n)) == NULL ||
	    ASN1_INTEGER_get(TS_STATUS_INFO_get0_status(
		TS_RESP_get_status_info(resp))) != TS_STATUS_GRANTED ||
	    (tok = TS_RESP_get_token(resp)) == NULL)
		goto out;
	if ((n = i2d_PKCS7(tok, NULL)) <= 0)
		goto out;
	*token = q = xmalloc((size_t)n);
	if (i2d_PKCS7(tok, &q) != n) {
		free(*token);
		*token = NULL;
		goto out;
	}
	*token_len = (size_t)n;
	rc = 0;
out:
	OPENSSL_free(der);
	TS_RESP_free(resp);
	ASN1_INTEGER_free(nonce);
	BN_free(bn);
	X509_ALGOR_free(alg);
	TS_MSG_IMPRINT_free(mi);
	TS_REQ_free(rq);
	return rc;
}

int
pki_tsa_cb(void *arg, const unsigned char *imprint, size_t len,
    unsigned char **tok, size_t *toklen)
{
	return pki_tsa_stamp(arg, NULL, imprint, len, tok, toklen);
}
