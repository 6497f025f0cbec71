/*
 * fuzz_tsa_request.c: libFuzzer target for the RFC 3161 service
 * (POST /tsa, anonymous): pki_tsa_respond() on an arbitrary body.
 *
 * A throw-away PKI is made once in a temporary directory (pki_init,
 * ECDSA P-256).  Every answer must be a DER TimeStampResp that parses
 * and re-encodes to the same bytes; a granted one must carry a token
 * whose message imprint and nonce are the request's.
 *
 *   make build/fuzz/fuzz_tsa_request
 *   build/fuzz/fuzz_tsa_request fuzz/corpus/tsa_request
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/ts.h>

#include "mod/pki/pki.h"
#include "lib/buf.h"

static void
check(int cond)
{
	if (!cond)
		abort();
}

static struct pki *
setup(void)
{
	static char dir[] = "/tmp/pamong-fuzz-tsa-XXXXXX";
	struct pki_opts o = { 0, "fuzz-root-passphrase-0123",
		"http://127.0.0.1" };
	struct pki *p;
	char err[256];

	check(mkdtemp(dir) != NULL);
	if (pki_init(dir, &o, err, sizeof(err)) != 0) {
		fprintf(stderr, "fuzz_tsa_request: pki_init: %s\n", err);
		abort();
	}
	check((p = pki_load(dir)) != NULL);
	/* everything the TSA needs is in memory now */
	snprintf(err, sizeof(err), "rm -rf '%s'", dir);
	(void)system(err);
	return p;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct pki *pki;
	struct buf out = BUF_INIT;
	const unsigned char *q;
	unsigned char *der = NULL;
	TS_RESP *resp;
	TS_REQ *req;
	TS_TST_INFO *ti;
	int n;

	if (pki == NULL)
		pki = setup();
	if (pki_tsa_respond(pki, NULL, data, size, &out) != 0) {
		buf_free(&out);
		return 0;
	}
	q = (const unsigned char *)out.s;
	check((resp = d2i_TS_RESP(NULL, &q, (long)out.len)) != NULL);
	check(q == (const unsigned char *)out.s + out.len);
	n = i2d_TS_RESP(resp, &der);
	check(
	    n > 0 && (size_t)n == out.len && memcmp(der, out.s, out.len) == 0);
	OPENSSL_free(der);
	if (ASN1_INTEGER_get(TS_STATUS_INFO_get0_status(
		TS_RESP_get_status_info(resp))) == TS_STATUS_GRANTED) {
		const TS_MSG_IMPRINT *a, *b;

		check((ti = TS_RESP_get_tst_info(resp)) != NULL);
		q = data;
		check((req = d2i_TS_REQ(NULL, &q, (long)size)) != NULL);
		a = TS_REQ_get_msg_imprint(req);
		b = TS_TST_INFO_get_msg_imprint(ti);
		check(
		    ASN1_STRING_cmp(TS_MSG_IMPRINT_get_msg((TS_MSG_IMPRINT *)a),
			TS_MSG_IMPRINT_get_msg((TS_MSG_IMPRINT *)b)) == 0);
		if (TS_REQ_get_nonce(req) != NULL)
			check(ASN1_INTEGER_cmp(TS_REQ_get_nonce(req),
				  TS_TST_INFO_get_nonce(ti)) == 0);
		TS_REQ_free(req);
	}
	TS_RESP_free(resp);
	buf_free(&out);
	return 0;
}
