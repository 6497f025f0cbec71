/*
 * pades_sign.c: PAdES B-B / B-T by incremental update (see pades.h and
 * ../shared/reference/esign-pades-tlog.md sections 1.2-1.4).
 *
 * Appended after the original bytes: a new Catalog (old entries plus
 * /AcroForm), a new first Page (old entries plus the widget in /Annots),
 * the signature dictionary (/ByteRange patched in place, /Contents a
 * fixed-size hex placeholder), the merged field/widget, the AcroForm
 * (old fields plus ours, /SigFlags 3), a classic xref section with one
 * subsection per run of object numbers, and a trailer with /Prev.
 *
 * CMS (OpenSSL 3.0 has no CMS_NO_SIGNING_TIME): the SignerInfo is built
 * with CMS_PARTIAL|CMS_CADES (signing-certificate-v2), content-type and
 * message-digest are added by hand, the DER SET OF the signed attributes
 * is signed with EVP_DigestSign, and for B-T the RFC 3161 token over
 * SHA-256(signature value) becomes the unsigned attribute
 * id-aa-signatureTimeStampToken.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/sha.h>
#include <openssl/x509.h>

#include "pades.h"
#include "pdf_scan.h"
#include "lib/buf.h"
#include "lib/msg.h"
#include "lib/str.h"
#include "lib/when.h"
#include "lib/xalloc.h"

#define CONTENTS_MIN	8192	/* bytes reserved for the CMS (hex: x2) */
#define BR_PLACEHOLDER	"[0 ********** ********** **********]"
#ifdef CMS_NO_SIGNING_TIME	/* OpenSSL releases after 3.0 */
#define CMS_FLAGS	(CMS_DETACHED | CMS_BINARY | CMS_PARTIAL | \
			 CMS_NOSMIMECAP | CMS_CADES | CMS_NO_SIGNING_TIME)
#else
#define CMS_FLAGS	(CMS_DETACHED | CMS_BINARY | CMS_PARTIAL | \
			 CMS_NOSMIMECAP | CMS_CADES)
#endif

static void
broken(char *err, size_t errlen, const char *why)
{
	snprintf(err, errlen, msg(M_PADES_PDF_BROKEN), why);
}

static void
sign_failed(char *err, size_t errlen, const char *why)
{
	snprintf(err, errlen, msg(M_PADES_SIGN_FAILED), why);
}

/* A PDF text string: literal if printable ASCII, else UTF-16BE <FEFF..>. */
static void
add_text(struct buf *b, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	unsigned long c;
	int ascii = 1, k, n;

	for (; *p != '\0'; p++)
		if (*p < 0x20 || *p > 0x7e)
			ascii = 0;
	if (ascii) {
		buf_addc(b, '(');
		for (p = (const unsigned char *)s; *p != '\0'; p++) {
			if (*p == '(' || *p == ')' || *p == '\\')
				buf_addc(b, '\\');
			buf_addc(b, (char)*p);
		}
		buf_addc(b, ')');
		return;
	}
	buf_adds(b, "<FEFF");
	for (p = (const unsigned char *)s; *p != '\0'; p += n) {
		/* lenient decode: invalid bytes become U+FFFD */
		if (*p < 0x80) {
			c = *p;
			n = 1;
		} else if ((*p & 0xe0) == 0xc0) {
			c = *p & 0x1f;
			n = 2;
		} else if ((*p & 0xf0) == 0xe0) {
			c = *p & 0x0f;
			n = 3;
		} else if ((*p & 0xf8) == 0xf0) {
			c = *p & 0x07;
			n = 4;
		} else {
			c = 0xfffd;
			n = 1;
		}
		for (k = 1; k < n; k++) {
			if ((p[k] & 0xc0) != 0x80) {
				c = 0xfffd;
				n = k;
				break;
			}
			c = (c << 6) | (p[k] & 0x3f);
		}
		if (c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
			c = 0xfffd;
		if (c >= 0x10000) {
			c -= 0x10000;
			buf_addf(b, "%04lX%04lX", 0xd800 + (c >> 10),
			    0xdc00 + (c & 0x3ff));
		} else
			buf_addf(b, "%04lX", c);
	}
	buf_addc(b, '>');
}

/* /M: the claimed time as a PDF date in WIB (UTC+7). */
static void
add_date(struct buf *b, time_t when)
{
	struct tm tm;

	when_wib(when, &tm);
	buf_addf(b, "(D:%04d%02d%02d%02d%02d%02d+07'00')", tm.tm_year + 1900,
	    tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
}

/*
 * Copy the entries of the dictionary at ds except the keys drop and drop2
 * (may be NULL) into b, one per line; the value of drop, if present, goes
 * to *dvs and *dve.
 */
static int
copy_entries(const char *p, size_t n, size_t ds, const char *drop,
    const char *drop2, struct buf *b, size_t *dvs, size_t *dve)
{
	size_t i = ds, ks, ke, vs, ve;
	int r;

	*dvs = *dve = 0;
	if (pdf_dict_begin(p, n, &i) != 0)
		return -1;
	while ((r = pdf_dict_next(p, n, &i, &ks, &ke, &vs, &ve)) == 1) {
		if (pdf_span_is(p, ks, ke, drop)) {
			*dvs = vs;
			*dve = ve;
			continue;
		}
		if (drop2 != NULL && pdf_span_is(p, ks, ke, drop2))
			continue;
		buf_add(b, p + ks, ke - ks);
		buf_addc(b, ' ');
		buf_add(b, p + vs, ve - vs);
		buf_addc(b, '\n');
	}
	return r;
}

/*
 * The elements of an array value at vs..ve (inline "[...]" or an
 * indirect reference to an array object), copied into b without the
 * brackets.  *count gets the number of elements.  0 or -1.
 */
static int
array_items(const struct pdf_doc *d, size_t vs, size_t ve, struct buf *b,
    int *count)
{
	const char *p = d->p;
	size_t i, s, e;
	long num, gen;
	long long x;

	*count = 0;
	if (vs == ve)
		return 0;
	if (pdf_span_ref(p, vs, ve, &num, &gen) == 0) {
		/* indirect array object: "N G obj [ ... ]" */
		if (num <= 0 || num >= d->size || d->off[num] == 0)
			return -1;
		i = d->off[num];
		for (int k = 0; k < 2; k++) {
			e = i;
			if (pdf_skip_value(p, d->n, &e, &s) != 0 ||
			    pdf_span_int(p, s, e, &x) != 0)
				return -1;
			i = e;
		}
		i = pdf_skip_ws(p, d->n, i);
		if (i + 3 > d->n || memcmp(p + i, "obj", 3) != 0)
			return -1;
		vs = pdf_skip_ws(p, d->n, i + 3);
		ve = vs;
		if (pdf_skip_value(p, d->n, &ve, NULL) != 0)
			return -1;
	}
	if (p[vs] != '[' || p[ve - 1] != ']')
		return -1;
	for (i = vs + 1;;) {
		i = pdf_skip_ws(p, ve - 1, i);
		if (i >= ve - 1)
			break;
		if (pdf_skip_value(p, ve - 1, &i, &s) != 0)
			return -1;
		buf_add(b, p + s, i - s);
		buf_addc(b, ' ');
		(*count)++;
	}
	return 0;
}

/* Object number of the first page (descending /Kids). */
static int
first_page(const struct pdf_doc *d, size_t cat, long *page)
{
	const char *p = d->p;
	size_t vs, ve, ds, i, s;
	long num, gen;
	int depth;

	if (pdf_dict_get(p, d->n, cat, "/Pages", &vs, &ve) != 1 ||
	    pdf_span_ref(p, vs, ve, &num, &gen) != 0)
		return -1;
	for (depth = 0; depth < 32; depth++) {
		if (pdf_doc_dict(d, num, &ds, &gen) != 0)
			return -1;
		if (pdf_dict_get(p, d->n, ds, "/Type", &vs, &ve) != 1)
			return -1;
		if (pdf_span_is(p, vs, ve, "/Page")) {
			*page = num;
			return 0;
		}
		if (!pdf_span_is(p, vs, ve, "/Pages") ||
		    pdf_dict_get(p, d->n, ds, "/Kids", &vs, &ve) != 1 ||
		    p[vs] != '[')
			return -1;
		i = vs + 1;
		if (pdf_skip_value(p, ve - 1, &i, &s) != 0 ||
		    pdf_span_ref(p, s, i, &num, &gen) != 0)
			return -1;
	}
	return -1;
}

/* hex of the DER into the placeholder at dst (hexlen chars, zero fill) */
static void
put_hex(char *dst, size_t hexlen, const unsigned char *der, size_t len)
{
	static const char hx[] = "0123456789abcdef";
	size_t i;

	memset(dst, '0', hexlen);
	for (i = 0; i < len; i++) {
		dst[2 * i] = hx[der[i] >> 4];
		dst[2 * i + 1] = hx[der[i] & 15];
	}
}

#ifndef CMS_NO_SIGNING_TIME
/* DER ordering of SET OF: compare encodings, shorter padded with 0. */
struct der {
	unsigned char	*p;
	int		 len;
};

static int
der_cmp(const void *a, const void *b)
{
	const struct der *x = a, *y = b;
	int n = x->len < y->len ? x->len : y->len, c;

	if ((c = memcmp(x->p, y->p, n)) != 0)
		return c;
	return x->len - y->len;
}

/* DER of the signed attributes as SET OF (what is signed, RFC 5652 5.4). */
static unsigned char *
signed_attrs_der(CMS_SignerInfo *si, size_t *lenp)
{
	struct der v[8];
	int n, i, total = 0;
	unsigned char *out = NULL, *q;
	size_t hl;

	n = CMS_signed_get_attr_count(si);
	if (n <= 0 || n > 8)
		return NULL;
	for (i = 0; i < n; i++) {
		v[i].p = NULL;
		v[i].len = i2d_X509_ATTRIBUTE(CMS_signed_get_attr(si, i),
		    &v[i].p);
		if (v[i].len <= 0) {
			n = i;
			goto out;
		}
		total += v[i].len;
	}
	qsort(v, n, sizeof(v[0]), der_cmp);
	out = xmalloc(total + 6);
	q = out;
	*q++ = 0x31;
	if (total < 0x80) {
		*q++ = (unsigned char)total;
		hl = 2;
	} else if (total < 0x100) {
		*q++ = 0x81;
		*q++ = (unsigned char)total;
		hl = 3;
	} else {
		*q++ = 0x82;
		*q++ = (unsigned char)(total >> 8);
		*q++ = (unsigned char)(total & 0xff);
		hl = 4;
	}
	for (i = 0; i < n; i++) {
		memcpy(q, v[i].p, v[i].len);
		q += v[i].len;
	}
	*lenp = hl + total;
out:
	for (i = 0; i < n; i++)
		OPENSSL_free(v[i].p);
	return out;
}
#endif

/*
 * The DER CMS SignedData over digest (SHA-256 of the byte ranges).
 * 0 or -1 with err.
 */
static int
make_cms(const struct pades_signer *s, const unsigned char *digest,
    unsigned char **der, size_t *derlen, char *err, size_t errlen)
{
	CMS_ContentInfo *cms = NULL;
	CMS_SignerInfo *si;
	EVP_MD_CTX *mctx = NULL;
	ASN1_OCTET_STRING *sigv;
	unsigned char *attrs = NULL, *sig = NULL, *tok = NULL, *out = NULL;
	unsigned char imprint[32];
	size_t siglen = 0, toklen = 0;
	int i, len, rc = -1;
#ifndef CMS_NO_SIGNING_TIME
	size_t alen = 0;
#endif

	cms = CMS_sign(NULL, NULL, NULL, NULL, CMS_FLAGS);
	if (cms == NULL || (si = CMS_add1_signer(cms, s->cert, s->key,
	    EVP_sha256(), CMS_FLAGS)) == NULL) {
		sign_failed(err, errlen, "CMS_add1_signer");
		goto out;
	}
	for (i = 0; s->chain != NULL && i < sk_X509_num(s->chain); i++)
		if (!CMS_add1_cert(cms, sk_X509_value(s->chain, i))) {
			sign_failed(err, errlen, "CMS_add1_cert");
			goto out;
		}
	if (!CMS_signed_add1_attr_by_NID(si, NID_pkcs9_contentType,
	    V_ASN1_OBJECT, OBJ_nid2obj(NID_pkcs7_data), -1) ||
	    !CMS_signed_add1_attr_by_NID(si, NID_pkcs9_messageDigest,
	    V_ASN1_OCTET_STRING, digest, 32)) {
		sign_failed(err, errlen, "signed attributes");
		goto out;
	}
#ifdef CMS_NO_SIGNING_TIME
	/* the normal path: this OpenSSL can leave signing-time out */
	if (CMS_SignerInfo_sign(si) != 1) {
		sign_failed(err, errlen, "CMS_SignerInfo_sign");
		goto out;
	}
	sigv = CMS_SignerInfo_get0_signature(si);
	siglen = (size_t)ASN1_STRING_length(sigv);
	sig = xmalloc(siglen + 1);
	memcpy(sig, ASN1_STRING_get0_data(sigv), siglen);
#else
	/* OpenSSL 3.0: sign the DER SET OF the attributes ourselves */
	if ((attrs = signed_attrs_der(si, &alen)) == NULL) {
		sign_failed(err, errlen, "signed attributes DER");
		goto out;
	}
	if ((mctx = EVP_MD_CTX_new()) == NULL ||
	    EVP_DigestSignInit(mctx, NULL, EVP_sha256(), NULL, s->key) != 1 ||
	    EVP_DigestSign(mctx, NULL, &siglen, attrs, alen) != 1) {
		sign_failed(err, errlen, "EVP_DigestSign");
		goto out;
	}
	sig = xmalloc(siglen);
	if (EVP_DigestSign(mctx, sig, &siglen, attrs, alen) != 1) {
		sign_failed(err, errlen, "EVP_DigestSign");
		goto out;
	}
	sigv = CMS_SignerInfo_get0_signature(si);
	if (!ASN1_STRING_set(sigv, sig, (int)siglen)) {
		sign_failed(err, errlen, "signature value");
		goto out;
	}
#endif
	if (s->tsa != NULL) {
		SHA256(sig, siglen, imprint);
		if (s->tsa(s->tsa_arg, imprint, sizeof(imprint), &tok,
		    &toklen) != 0 || tok == NULL || toklen == 0 ||
		    toklen > 65536) {
			str_field(err, errlen, msg(M_PADES_TSA_FAILED));
			goto out;
		}
		if (!CMS_unsigned_add1_attr_by_NID(si,
		    NID_id_smime_aa_timeStampToken, V_ASN1_SEQUENCE, tok,
		    (int)toklen)) {
			sign_failed(err, errlen, "timeStampToken");
			goto out;
		}
	}
	if ((len = i2d_CMS_ContentInfo(cms, &out)) <= 0) {
		sign_failed(err, errlen, "i2d_CMS_ContentInfo");
		goto out;
	}
	*der = out;
	*derlen = (size_t)len;
	rc = 0;
out:
	EVP_MD_CTX_free(mctx);
	CMS_ContentInfo_free(cms);
	free(attrs);
	free(sig);
	free(tok);
	ERR_clear_error();
	return rc;
}

/* Bytes to reserve for the CMS: 8192, more for long chains. */
static size_t
contents_size(const struct pades_signer *s)
{
	size_t est = 1024 + (size_t)i2d_X509(s->cert, NULL);
	int i;

	for (i = 0; s->chain != NULL && i < sk_X509_num(s->chain); i++)
		est += (size_t)i2d_X509(sk_X509_value(s->chain, i), NULL);
	if (s->tsa != NULL)
		est += 4096;
	est = (est + 1023) / 1024 * 1024;
	return est < CONTENTS_MIN ? CONTENTS_MIN : est;
}

int
pades_sign(const void *pdf, size_t len, const struct pades_signer *s,
    struct buf *out, char *err, size_t errlen)
{
	struct pdf_doc d;
	const char *p = pdf;
	struct buf tmp = BUF_INIT, fields = BUF_INIT, form_rest = BUF_INIT;
	size_t base = out->len, cat_ds, page_ds, vs, ve, avs, ave, fvs, fve;
	size_t off_cat, off_page, off_sig, off_wid, off_form, br, lt, xref;
	size_t hexlen, a, b, c, derlen = 0;
	long root, rootgen, page, pagegen, sig, wid, form, num, gen;
	unsigned char digest[32], *der = NULL;
	int nfields = 0, nannots = 0, r, rc = -1;
	char why[64];
	EVP_MD_CTX *md = NULL;
	unsigned int mdlen;

	if (len < 8 || memcmp(p, "%PDF-", 5) != 0) {
		str_field(err, errlen, msg(M_PADES_NOT_PDF));
		return -1;
	}
	if (s == NULL || s->key == NULL || s->cert == NULL) {
		sign_failed(err, errlen, "no key");
		return -1;
	}
	if ((r = pdf_doc_load(&d, pdf, len, why, sizeof(why))) != 0) {
		if (r == -2)
			str_field(err, errlen, msg(M_PADES_XREF_STREAM));
		else
			broken(err, errlen, why);
		return -1;
	}
	buf_init(&tmp, 256);
	buf_init(&fields, 64);
	buf_init(&form_rest, 64);
	if (pdf_dict_get(p, len, d.trailer, "/Encrypt", &vs, &ve) != 0) {
		broken(err, errlen, "encrypted");
		goto out;
	}

	/* the Catalog, its AcroForm fields, and the first Page */
	if (pdf_dict_get(p, len, d.trailer, "/Root", &vs, &ve) != 1 ||
	    pdf_span_ref(p, vs, ve, &root, &gen) != 0 ||
	    pdf_doc_dict(&d, root, &cat_ds, &rootgen) != 0) {
		broken(err, errlen, "no /Root");
		goto out;
	}
	if (first_page(&d, cat_ds, &page) != 0 || page == root ||
	    pdf_doc_dict(&d, page, &page_ds, &pagegen) != 0) {
		broken(err, errlen, "no page");
		goto out;
	}
	if (pdf_dict_get(p, len, cat_ds, "/AcroForm", &avs, &ave) == 1) {
		size_t fds = avs;

		if (pdf_span_ref(p, avs, ave, &num, &gen) == 0 &&
		    pdf_doc_dict(&d, num, &fds, &gen) != 0) {
			broken(err, errlen, "bad /AcroForm");
			goto out;
		}
		if (p[fds] != '<' ||
		    ((r = pdf_dict_get(p, len, fds, "/Fields", &fvs,
		    &fve)) == 1 && array_items(&d, fvs, fve, &fields,
		    &nfields) != 0) || r < 0 ||
		    copy_entries(p, len, fds, "/Fields", "/SigFlags",
		    &form_rest, &vs, &ve) != 0) {
			broken(err, errlen, "bad /Fields");
			goto out;
		}
	}
	sig = d.size;
	wid = d.size + 1;
	form = d.size + 2;

	/* the update, appended to a copy of the original */
	buf_add(out, pdf, len);
	if (p[len - 1] != '\n' && p[len - 1] != '\r')
		buf_addc(out, '\n');

	off_cat = out->len - base;
	buf_addf(out, "%ld %ld obj\n<<\n", root, rootgen);
	if (copy_entries(p, len, cat_ds, "/AcroForm", NULL, out, &vs,
	    &ve) != 0) {
		broken(err, errlen, "bad catalog");
		goto out;
	}
	buf_addf(out, "/AcroForm %ld 0 R\n>>\nendobj\n", form);

	off_page = out->len - base;
	buf_addf(out, "%ld %ld obj\n<<\n", page, pagegen);
	if (copy_entries(p, len, page_ds, "/Annots", NULL, out, &vs,
	    &ve) != 0 ||
	    array_items(&d, vs, ve, &tmp, &nannots) != 0) {
		broken(err, errlen, "bad page");
		goto out;
	}
	buf_addf(out, "/Annots [ %s%ld 0 R ]\n>>\nendobj\n", tmp.s, wid);

	hexlen = 2 * contents_size(s);
	off_sig = out->len - base;
	buf_addf(out, "%ld 0 obj\n<< /Type /Sig /Filter /Adobe.PPKLite "
	    "/SubFilter /ETSI.CAdES.detached\n/ByteRange ", sig);
	br = out->len;
	buf_adds(out, BR_PLACEHOLDER "\n/Contents <");
	a = out->len - 1 - base;
	buf_grow(out, hexlen);
	memset(out->s + out->len, '0', hexlen);
	out->len += hexlen;
	buf_adds(out, ">");
	b = out->len - base;
	buf_adds(out, "\n/M ");
	add_date(out, s->when);
	if (s->name != NULL) {
		buf_adds(out, "\n/Name ");
		add_text(out, s->name);
	}
	if (s->reason != NULL) {
		buf_adds(out, "\n/Reason ");
		add_text(out, s->reason);
	}
	if (s->location != NULL) {
		buf_adds(out, "\n/Location ");
		add_text(out, s->location);
	}
	buf_adds(out, "\n>>\nendobj\n");

	off_wid = out->len - base;
	buf_addf(out, "%ld 0 obj\n<< /Type /Annot /Subtype /Widget /FT /Sig "
	    "/T (TTE%d) /V %ld 0 R /F 132 /Rect [0 0 0 0] /P %ld %ld R >>\n"
	    "endobj\n", wid, nfields + 1, sig, page, pagegen);
	off_form = out->len - base;
	buf_addf(out, "%ld 0 obj\n<< %s/Fields [ %s%ld 0 R ] /SigFlags 3 >>\n"
	    "endobj\n", form, form_rest.s, fields.s, wid);

	/* xref: runs of consecutive numbers among root, page, sig.. form */
	{
		int lo = page < root, k, m, cnt = 5, run;
		long nums[5] = { lo ? page : root, lo ? root : page, sig, wid,
		    form };
		size_t offs[5] = { lo ? off_page : off_cat,
		    lo ? off_cat : off_page, off_sig, off_wid, off_form };

		xref = out->len - base;
		buf_adds(out, "xref\n0 1\n0000000000 65535 f\r\n");
		for (k = 0; k < cnt; k += run) {
			for (run = 1; k + run < cnt &&
			    nums[k + run] == nums[k] + run; run++)
				;
			buf_addf(out, "%ld %d\n", nums[k], run);
			for (m = k; m < k + run; m++)
				buf_addf(out, "%010zu %05ld n\r\n", offs[m],
				    nums[m] == root ? rootgen :
				    nums[m] == page ? pagegen : 0L);
		}
	}
	buf_addf(out, "trailer\n<< /Size %ld /Root %ld %ld R", form + 1, root,
	    rootgen);
	if (pdf_dict_get(p, len, d.trailer, "/Info", &vs, &ve) == 1) {
		buf_adds(out, " /Info ");
		buf_add(out, p + vs, ve - vs);
	}
	if (pdf_dict_get(p, len, d.trailer, "/ID", &vs, &ve) == 1) {
		buf_adds(out, " /ID ");
		buf_add(out, p + vs, ve - vs);
	}
	buf_addf(out, " /Prev %zu >>\nstartxref\n%zu\n%%%%EOF\n",
	    d.startxref, xref);

	/* ByteRange in place, then the digest of the two ranges */
	lt = out->len - base;
	c = lt - b;
	{
		char tmpbr[64];
		int w = snprintf(tmpbr, sizeof(tmpbr), "[0 %zu %zu %zu", a, b,
		    c);

		if (w < 0 || (size_t)w + 1 > sizeof(BR_PLACEHOLDER) - 1) {
			sign_failed(err, errlen, "ByteRange");
			goto out;
		}
		memset(out->s + br, ' ', sizeof(BR_PLACEHOLDER) - 1);
		memcpy(out->s + br, tmpbr, (size_t)w);
		out->s[br + sizeof(BR_PLACEHOLDER) - 2] = ']';
	}
	if ((md = EVP_MD_CTX_new()) == NULL ||
	    EVP_DigestInit_ex(md, EVP_sha256(), NULL) != 1 ||
	    EVP_DigestUpdate(md, out->s + base, a) != 1 ||
	    EVP_DigestUpdate(md, out->s + base + b, c) != 1 ||
	    EVP_DigestFinal_ex(md, digest, &mdlen) != 1) {
		sign_failed(err, errlen, "SHA-256");
		goto out;
	}
	if (make_cms(s, digest, &der, &derlen, err, errlen) != 0)
		goto out;
	if (2 * derlen > hexlen) {
		str_field(err, errlen, msg(M_PADES_TOO_BIG));
		goto out;
	}
	put_hex(out->s + base + a + 1, hexlen, der, derlen);
	rc = 0;
out:
	if (rc != 0) {
		out->len = base;
		out->s[base] = '\0';
	}
	EVP_MD_CTX_free(md);
	OPENSSL_free(der);
	pdf_doc_free(&d);
	buf_free(&tmp);
	buf_free(&fields);
	buf_free(&form_rest);
	return rc;
}
