/*
 * pades_verify.c: check the last signature of a PDF (see pades.h).
 *
 * Steps, each setting one flag of struct pades_verdict: the %PDF- header;
 * the last dictionary holding /ByteRange and /Contents; /SubFilter; the
 * two byte ranges exclude exactly the /Contents hex string and reach the
 * end of the file; SHA-256 of the ranges equals the signed
 * message-digest; the SignerInfo signature verifies with the embedded
 * signer certificate; that certificate chains to the trust store
 * (intermediates from the CMS); it is not on the CRL; and the signature
 * time-stamp token (if any) verifies, covers SHA-256 of the signature
 * value and comes from a TSA that chains to the trust store.  Every
 * offset and length is checked against the file before use.
 */
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <openssl/bn.h>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/ess.h>
#include <openssl/evp.h>
#include <openssl/pkcs7.h>
#include <openssl/sha.h>
#include <openssl/ts.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include "pades.h"
#include "pdf_scan.h"
#include "lib/msg.h"
#include "lib/xalloc.h"

#define MAX_CONTENTS (4u << 20)	 /* hex characters */
#define MAX_BACKTRACK (1u << 20) /* bytes searched for the "<<" */
#define MAX_TRIES 64		 /* "<<" candidates parsed */
#define MAX_KEYS 16		 /* "/ByteRange" occurrences tried */

static void
hex(char *dst, const unsigned char *p, size_t n)
{
	static const char hx[] = "0123456789abcdef";
	size_t i;

	for (i = 0; i < n; i++) {
		dst[2 * i] = hx[p[i] >> 4];
		dst[2 * i + 1] = hx[p[i] & 15];
	}
	dst[2 * n] = '\0';
}

/* Last occurrence of s in p[0..n) before end, or (size_t)-1. */
static size_t
find_last_before(const char *p, size_t end, const char *s)
{
	size_t l = strlen(s), i;

	if (end < l)
		return (size_t)-1;
	for (i = end - l + 1; i-- > 0;)
		if (p[i] == s[0] && memcmp(p + i, s, l) == 0)
			return i;
	return (size_t)-1;
}

/*
 * The signature dictionary: the last dictionary with a top-level
 * /ByteRange key.  Its "<<" offset in *ds: 0 or -1.
 */
static int
find_sig_dict(const char *p, size_t n, size_t *ds)
{
	size_t pos = n, q, i, ks, ke, vs, ve;
	int tries = 0, keys = 0, r;

	while (keys++ < MAX_KEYS &&
	    (pos = find_last_before(p, pos, "/ByteRange")) != (size_t)-1) {
		if (pos + 10 < n && strchr(" \t\r\n\f[", p[pos + 10]) == NULL)
			continue; /* a longer name, e.g. /ByteRangeX */
		for (q = pos;
		     q-- > 0 && pos - q < MAX_BACKTRACK && tries < MAX_TRIES;) {
			if (p[q] != '<' || q + 1 >= n || p[q + 1] != '<')
				continue;
			tries++;
			i = q;
			if (pdf_dict_begin(p, n, &i) != 0)
				continue;
			/* parse only up to the key (bounded work per try) */
			do {
				ks = (size_t)-1;
				r = pdf_dict_next(p, pos + 10, &i, &ks, &ke,
				    &vs, &ve);
				if (ks == pos) {
					*ds = q;
					return 0;
				}
			} while (r == 1);
		}
		if (tries >= MAX_TRIES || pos == 0)
			break;
	}
	return -1;
}

/* A PDF date (D:YYYYMMDDHHmmSS+HH'mm') to time_t; 0 if unparsable. */
static time_t
pdf_date(const char *p, size_t vs, size_t ve)
{
	struct tm tm;
	char s[40];
	size_t len = ve - vs, i;
	int v[6] = { 0, 1, 1, 0, 0, 0 }, w[6] = { 4, 2, 2, 2, 2, 2 }, k, oh, om;
	long off = 0;
	const char *c;
	time_t t;

	if (len < 8 || len >= sizeof(s) || p[vs] != '(' || p[ve - 1] != ')')
		return 0;
	memcpy(s, p + vs + 1, len - 2);
	s[len - 2] = '\0';
	c = strncmp(s, "D:", 2) == 0 ? s + 2 : s;
	for (k = 0; k < 6; k++) {
		if (*c < '0' || *c > '9')
			break;
		for (v[k] = 0, i = 0; i < (size_t)w[k]; i++, c++) {
			if (*c < '0' || *c > '9')
				return 0;
			v[k] = v[k] * 10 + (*c - '0');
		}
	}
	if (k == 0)
		return 0;
	if ((*c == '+' || *c == '-') && sscanf(c + 1, "%2d'%2d", &oh, &om) == 2)
		off = (oh * 3600L + om * 60L) * (*c == '-' ? -1 : 1);
	else if ((*c == '+' || *c == '-') && sscanf(c + 1, "%2d", &oh) == 1)
		off = oh * 3600L * (*c == '-' ? -1 : 1);
	memset(&tm, 0, sizeof(tm));
	tm.tm_year = v[0] - 1900;
	tm.tm_mon = v[1] - 1;
	tm.tm_mday = v[2];
	tm.tm_hour = v[3];
	tm.tm_min = v[4];
	tm.tm_sec = v[5];
	if ((t = timegm(&tm)) == (time_t)-1)
		return 0;
	return t - off;
}

static int
hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Decode the hex string <...> at vs..ve; malloc'd bytes or NULL. */
static unsigned char *
unhex(const char *p, size_t vs, size_t ve, size_t *lenp)
{
	unsigned char *out;
	size_t i, n = 0;
	int hi = -1, x;

	if (ve - vs < 2 || ve - vs > MAX_CONTENTS || p[vs] != '<' ||
	    p[ve - 1] != '>')
		return NULL;
	out = xmalloc((ve - vs) / 2 + 1);
	for (i = vs + 1; i < ve - 1; i++) {
		if (p[i] == ' ' || p[i] == '\n' || p[i] == '\r' || p[i] == '\t')
			continue;
		if ((x = hexval(p[i])) < 0) {
			free(out);
			return NULL;
		}
		if (hi < 0)
			hi = x;
		else {
			out[n++] = (unsigned char)(hi << 4 | x);
			hi = -1;
		}
	}
	if (hi >= 0)
		out[n++] = (unsigned char)(hi << 4);
	*lenp = n;
	return out;
}

static void
problem(struct pades_verdict *v, const char *fmt, const char *arg)
{
	if (v->problem[0] == '\0')
		snprintf(v->problem, sizeof(v->problem), fmt, arg);
}

/* Check the signature time-stamp token against the signature value. */
static void
check_tst(CMS_ContentInfo *cms, CMS_SignerInfo *si, X509_STORE *trust,
    struct pades_verdict *v)
{
	X509_ATTRIBUTE *attr;
	ASN1_TYPE *t;
	ASN1_OCTET_STRING *sv;
	const unsigned char *q;
	PKCS7 *tok = NULL;
	TS_TST_INFO *info = NULL;
	TS_VERIFY_CTX *vc = NULL;
	const ASN1_GENERALIZEDTIME *gt;
	X509_ALGOR *alg;
	const ASN1_OBJECT *aobj;
	unsigned char imp[32];
	struct tm tm;
	int idx;

	idx = CMS_unsigned_get_attr_by_NID(si, NID_id_smime_aa_timeStampToken,
	    -1);
	if (idx < 0)
		return;
	v->has_tst = 1;
	if ((attr = CMS_unsigned_get_attr(si, idx)) == NULL ||
	    X509_ATTRIBUTE_count(attr) != 1 ||
	    (t = X509_ATTRIBUTE_get0_type(attr, 0)) == NULL ||
	    t->type != V_ASN1_SEQUENCE)
		return;
	q = t->value.sequence->data;
	if ((tok = d2i_PKCS7(NULL, &q, t->value.sequence->length)) == NULL ||
	    (info = PKCS7_to_TS_TST_INFO(tok)) == NULL)
		goto out;
	if ((gt = TS_TST_INFO_get_time(info)) != NULL &&
	    ASN1_TIME_to_tm(gt, &tm) == 1)
		v->tst_time = timegm(&tm);
	X509_ALGOR_get0(&aobj, NULL, NULL,
	    (alg = TS_MSG_IMPRINT_get_algo(TS_TST_INFO_get_msg_imprint(info))));
	if (OBJ_obj2nid(aobj) != NID_sha256 || trust == NULL)
		goto out;
	sv = CMS_SignerInfo_get0_signature(si);
	SHA256(sv->data, (size_t)sv->length, imp);
	if ((vc = TS_VERIFY_CTX_new()) == NULL)
		goto out;
	TS_VERIFY_CTX_set_flags(vc,
	    TS_VFY_VERSION | TS_VFY_SIGNATURE | TS_VFY_IMPRINT);
	TS_VERIFY_CTX_set_imprint(vc, OPENSSL_memdup(imp, sizeof(imp)),
	    sizeof(imp));
	X509_STORE_up_ref(trust);
	TS_VERIFY_CTX_set_store(vc, trust);
	TS_VERIFY_CTX_set_certs(vc, CMS_get1_certs(cms));
	if (TS_RESP_verify_token(vc, tok) == 1)
		v->tst_ok = 1;
out:
	TS_VERIFY_CTX_free(vc);
	TS_TST_INFO_free(info);
	PKCS7_free(tok);
}

/*
 * The signed signing-certificate-v2 attribute must name the embedded
 * signer certificate (so the certificate cannot be swapped).  1 match,
 * 0 mismatch or unreadable, -1 absent.
 */
static int
check_ess(CMS_SignerInfo *si, X509 *signer)
{
	ASN1_STRING *a;
	ESS_SIGNING_CERT_V2 *ss;
	STACK_OF(X509) * chain;
	const unsigned char *q;
	int r;

	a = CMS_signed_get0_data_by_OBJ(si,
	    OBJ_nid2obj(NID_id_smime_aa_signingCertificateV2), -3,
	    V_ASN1_SEQUENCE);
	if (a == NULL)
		return -1;
	q = ASN1_STRING_get0_data(a);
	if ((ss = d2i_ESS_SIGNING_CERT_V2(NULL, &q, ASN1_STRING_length(a))) ==
	    NULL)
		return 0;
	chain = sk_X509_new_null();
	sk_X509_push(chain, signer);
	r = OSSL_ESS_check_signing_certs(NULL, ss, chain, 1);
	sk_X509_free(chain);
	ESS_SIGNING_CERT_V2_free(ss);
	return r == 1;
}

/* chain_ok and not_revoked for the signer certificate. */
static void
check_chain(CMS_ContentInfo *cms, X509 *signer, X509_STORE *trust,
    X509_CRL *crl, struct pades_verdict *v)
{
	STACK_OF(X509) *untrusted = CMS_get1_certs(cms);
	STACK_OF(X509_CRL) *crls = NULL;
	X509_STORE_CTX *ctx = NULL;
	X509_REVOKED *rev;
	int e;

	v->not_revoked = 1;
	if (crl != NULL &&
	    X509_NAME_cmp(X509_CRL_get_issuer(crl),
		X509_get_issuer_name(signer)) == 0 &&
	    X509_CRL_get0_by_cert(crl, &rev, signer) == 1)
		v->not_revoked = 0;
	if (trust == NULL || (ctx = X509_STORE_CTX_new()) == NULL)
		goto out;
	if (X509_STORE_CTX_init(ctx, trust, signer, untrusted) != 1)
		goto out;
	if (X509_verify_cert(ctx) == 1)
		v->chain_ok = 1;
	else {
		e = X509_STORE_CTX_get_error(ctx);
		if (e == X509_V_ERR_CERT_REVOKED)
			v->not_revoked = 0;
		else
			problem(v, msg(M_PADES_CHAIN_BAD),
			    X509_verify_cert_error_string(e));
	}
	if (crl == NULL || !v->chain_ok)
		goto out;
	/* the CRL itself must be valid: signed by the issuer, current */
	X509_STORE_CTX_cleanup(ctx);
	crls = sk_X509_CRL_new_null();
	sk_X509_CRL_push(crls, crl);
	if (X509_STORE_CTX_init(ctx, trust, signer, untrusted) != 1)
		goto out;
	X509_STORE_CTX_set0_crls(ctx, crls);
	X509_STORE_CTX_set_flags(ctx, X509_V_FLAG_CRL_CHECK);
	if (X509_verify_cert(ctx) != 1) {
		e = X509_STORE_CTX_get_error(ctx);
		v->not_revoked = 0;
		if (e != X509_V_ERR_CERT_REVOKED)
			problem(v, msg(M_PADES_CRL_BAD),
			    X509_verify_cert_error_string(e));
	}
out:
	X509_STORE_CTX_free(ctx);
	sk_X509_CRL_free(crls);
	sk_X509_pop_free(untrusted, X509_free);
}

/* One SAN text onto v->san (a line each; what does not fit is left). */
static void
san_add(struct pades_verdict *v, const ASN1_STRING *a)
{
	size_t n = strlen(v->san), len;

	if (a == NULL)
		return;
	len = (size_t)ASN1_STRING_length(a);
	if (n + len + 2 > sizeof(v->san))
		return;
	if (n > 0)
		v->san[n++] = '\n';
	memcpy(v->san + n, ASN1_STRING_get0_data(a), len);
	v->san[n + len] = '\0';
}

/* The identifiers of the signer certificate: serialNumber, SAN, issuer. */
static void
signer_ids(X509 *c, struct pades_verdict *v)
{
	GENERAL_NAMES *gens;
	GENERAL_NAME *g;
	X509_NAME_ENTRY *e;
	int i, k, t;

	X509_NAME_get_text_by_NID(X509_get_subject_name(c), NID_serialNumber,
	    v->subject_sn, sizeof(v->subject_sn));
	X509_NAME_get_text_by_NID(X509_get_issuer_name(c), NID_commonName,
	    v->issuer_cn, sizeof(v->issuer_cn));
	gens = X509_get_ext_d2i(c, NID_subject_alt_name, NULL, NULL);
	for (i = 0; gens != NULL && i < sk_GENERAL_NAME_num(gens); i++) {
		g = sk_GENERAL_NAME_value(gens, i);
		if (g->type == GEN_EMAIL) {
			san_add(v, g->d.rfc822Name);
		} else if (g->type == GEN_OTHERNAME &&
		    g->d.otherName->value != NULL) {
			t = g->d.otherName->value->type;
			if (t == V_ASN1_UTF8STRING ||
			    t == V_ASN1_PRINTABLESTRING ||
			    t == V_ASN1_IA5STRING)
				san_add(v,
				    g->d.otherName->value->value.asn1_string);
		} else if (g->type == GEN_DIRNAME) {
			k = X509_NAME_get_index_by_NID(g->d.directoryName,
			    NID_serialNumber, -1);
			e = k >= 0 ? X509_NAME_get_entry(g->d.directoryName, k)
				   : NULL;
			if (e != NULL)
				san_add(v, X509_NAME_ENTRY_get_data(e));
		}
	}
	GENERAL_NAMES_free(gens);
}

int
pades_verify(const void *pdf, size_t len, X509_STORE *trust, X509_CRL *crl,
    struct pades_verdict *v)
{
	const char *p = pdf;
	size_t ds, vs, ve, cs = 0, ce = 0, i, s, derlen = 0;
	long long br[4];
	unsigned char md[EVP_MAX_MD_SIZE], *der = NULL;
	const unsigned char *dp;
	unsigned int mdlen;
	CMS_ContentInfo *cms = NULL;
	STACK_OF(CMS_SignerInfo) * sis;
	CMS_SignerInfo *si;
	X509 *signer = NULL;
	X509_ALGOR *dalg = NULL;
	const ASN1_OBJECT *dobj;
	const EVP_MD *dmd;
	ASN1_OCTET_STRING *mdattr;
	EVP_MD_CTX *mctx = NULL;
	BIGNUM *bn = NULL;
	char *sn;
	int k, ess, ranges_ok = 0, rc = 0;

	memset(v, 0, sizeof(*v));
	SHA256((const unsigned char *)pdf, len, md);
	hex(v->sha256, md, 32);
	if (len < 5 || memcmp(p, "%PDF-", 5) != 0) {
		problem(v, "%s", msg(M_PADES_NOT_PDF));
		return 0;
	}
	v->is_pdf = 1;
	if (find_sig_dict(p, len, &ds) != 0) {
		problem(v, "%s", msg(M_PADES_NO_SIG));
		return 0;
	}
	if (pdf_dict_get(p, len, ds, "/Contents", &cs, &ce) != 1 ||
	    pdf_dict_get(p, len, ds, "/ByteRange", &vs, &ve) != 1 ||
	    p[vs] != '[') {
		problem(v, "%s", msg(M_PADES_SIG_BROKEN));
		return 0;
	}
	v->has_sig = 1;
	for (i = vs + 1, k = 0; k < 4; k++) {
		if (pdf_skip_value(p, ve - 1, &i, &s) != 0 ||
		    pdf_span_int(p, s, i, &br[k]) != 0)
			break;
	}
	if (k == 4 && pdf_skip_ws(p, ve - 1, i) == ve - 1 && br[0] == 0 &&
	    br[1] >= 0 && br[2] >= br[1] && br[3] >= 0 &&
	    (unsigned long long)br[2] + (unsigned long long)br[3] <= len)
		ranges_ok = 1;
	if (pdf_dict_get(p, len, ds, "/SubFilter", &vs, &ve) == 1 &&
	    pdf_span_is(p, vs, ve, "/ETSI.CAdES.detached"))
		v->pades = 1;
	if (pdf_dict_get(p, len, ds, "/M", &vs, &ve) == 1)
		v->signed_at = pdf_date(p, vs, ve);
	if (ranges_ok && (size_t)br[1] == cs && (size_t)br[2] == ce &&
	    (size_t)(br[2] + br[3]) == len)
		v->whole_file = 1;

	/* the CMS */
	if ((der = unhex(p, cs, ce, &derlen)) == NULL || derlen == 0 ||
	    derlen > LONG_MAX) {
		problem(v, "%s", msg(M_PADES_CMS_BROKEN));
		goto out;
	}
	dp = der;
	if ((cms = d2i_CMS_ContentInfo(NULL, &dp, (long)derlen)) == NULL ||
	    OBJ_obj2nid(CMS_get0_type(cms)) != NID_pkcs7_signed ||
	    (sis = CMS_get0_SignerInfos(cms)) == NULL ||
	    sk_CMS_SignerInfo_num(sis) < 1) {
		problem(v, "%s", msg(M_PADES_CMS_BROKEN));
		goto out;
	}
	si = sk_CMS_SignerInfo_value(sis, 0);
	(void)CMS_set1_signers_certs(cms, NULL, 0);
	ERR_clear_error();
	CMS_SignerInfo_get0_algs(si, NULL, &signer, &dalg, NULL);
	if (signer == NULL) {
		problem(v, "%s", msg(M_PADES_CMS_BROKEN));
		goto out;
	}
	X509_NAME_get_text_by_NID(X509_get_subject_name(signer), NID_commonName,
	    v->signer_cn, sizeof(v->signer_cn));
	signer_ids(signer, v);
	if ((bn = ASN1_INTEGER_to_BN(X509_get0_serialNumber(signer), NULL)) !=
		NULL &&
	    (sn = BN_bn2hex(bn)) != NULL) {
		snprintf(v->signer_serial, sizeof(v->signer_serial), "%s", sn);
		OPENSSL_free(sn);
	}
	if (X509_digest(signer, EVP_sha256(), md, &mdlen) == 1 && mdlen == 32)
		hex(v->cert_sha256, md, 32);
	if (!v->pades)
		problem(v, "%s", msg(M_PADES_NOT_PADES));

	/* message digest over the byte ranges */
	X509_ALGOR_get0(&dobj, NULL, NULL, dalg);
	mdattr = CMS_signed_get0_data_by_OBJ(si,
	    OBJ_nid2obj(NID_pkcs9_messageDigest), -3, V_ASN1_OCTET_STRING);
	if (!ranges_ok)
		problem(v, "%s", msg(M_PADES_SIG_BROKEN));
	else if ((dmd = EVP_get_digestbyobj(dobj)) != NULL && mdattr != NULL &&
	    (mctx = EVP_MD_CTX_new()) != NULL &&
	    EVP_DigestInit_ex(mctx, dmd, NULL) == 1 &&
	    EVP_DigestUpdate(mctx, p, (size_t)br[1]) == 1 &&
	    EVP_DigestUpdate(mctx, p + br[2], (size_t)br[3]) == 1 &&
	    EVP_DigestFinal_ex(mctx, md, &mdlen) == 1 &&
	    (int)mdlen == ASN1_STRING_length(mdattr) &&
	    memcmp(md, ASN1_STRING_get0_data(mdattr), mdlen) == 0)
		v->digest_ok = 1;
	else
		problem(v, "%s", msg(M_PADES_DIGEST_BAD));

	ess = check_ess(si, signer);
	if (ess < 0) {
		v->pades = 0; /* B-B requires signing-certificate-v2 */
		problem(v, "%s", msg(M_PADES_NOT_PADES));
	}
	if (CMS_SignerInfo_verify(si) == 1 && ess != 0)
		v->sig_ok = 1;
	else
		problem(v, "%s", msg(M_PADES_SIG_BAD));
	ERR_clear_error();
	if (!v->whole_file)
		problem(v, "%s", msg(M_PADES_NOT_WHOLE));

	check_chain(cms, signer, trust, crl, v);
	if (!v->chain_ok)
		problem(v, msg(M_PADES_CHAIN_BAD), "tidak dikenal");
	if (!v->not_revoked)
		problem(v, "%s", msg(M_PADES_REVOKED));
	check_tst(cms, si, trust, v);
	if (v->has_tst && !v->tst_ok)
		problem(v, "%s", msg(M_PADES_TST_BAD));
	ERR_clear_error();
	rc = v->is_pdf && v->has_sig && v->pades && v->whole_file &&
	    v->digest_ok && v->sig_ok && v->chain_ok && v->not_revoked &&
	    (!v->has_tst || v->tst_ok);
out:
	BN_free(bn);
	EVP_MD_CTX_free(mctx);
	CMS_ContentInfo_free(cms);
	free(der);
	ERR_clear_error();
	return rc;
}
