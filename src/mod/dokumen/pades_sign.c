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

#define CONTENTS_MIN 8192 /* bytes reserved for the CMS (hex: x2) */
#define BR_PLACEHOLDER "[0 ********** ********** **********]"
#ifdef CMS_NO_SIGNING_TIME /* OpenSSL releases after 3.0 */
#define CMS_FLAGS                                                              \
	(CMS_DETACHED | CMS_BINARY | CMS_PARTIAL | CMS_NOSMIMECAP |            \
	    CMS_CADES | CMS_NO_SIGNING_TIME)
#else
#define CMS_FLAGS                                                              \
	(CMS_DETACHED | CMS_BINARY | CMS_PARTIAL | CMS_NOSMIMECAP | CMS_CADES)
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
	unsigned char *p;
	int len;
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
		v[i].len =
		    i2d_X509_ATTRIBUTE(CMS_signed_get_attr(si, i), &v[i].p);
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
	if (cms == NULL ||
	    (si = CMS_add1_signer(cms, s->cert, s->key, EVP_sha256(),
		 CMS_FLAGS)) == NULL) {
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
			&toklen) != 0 ||
		    tok == NULL || toklen == 0 || toklen > 65536) {
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

/*
 * The incremental update pades_sign() appends: what it read from the
 * original file, the numbers of its new objects and where each object
 * starts (offsets from base, the update's first byte in out).
 */
struct upd {
	const char *p; /* the original file */
	size_t len;
	struct pdf_doc d;
	size_t base;
	size_t cat_ds, page_ds; /* Catalog, first Page */
	long root, rootgen, page, pagegen;
	struct buf fields;    /* the AcroForm's /Fields items */
	struct buf form_rest; /* its other entries */
	int nfields;
	long sig, wid, form; /* the new objects */
	size_t off_cat, off_page, off_sig, off_wid, off_form;
	size_t br;     /* the /ByteRange placeholder, in out */
	size_t a, b;   /* the /Contents hex string: '<' and
					   one past '>' */
	size_t hexlen; /* hex digits reserved in /Contents */
};

/*
 * Read what the update replaces: the Catalog, its AcroForm fields and
 * the first Page; number the new objects after the last one.  0, or -1
 * with a message in err.
 */
static int
upd_read(struct upd *u, char *err, size_t errlen)
{
	const char *p = u->p;
	size_t len = u->len, vs, ve, avs, ave, fvs, fve, fds;
	long num, gen;
	int r;

	if (pdf_dict_get(p, len, u->d.trailer, "/Encrypt", &vs, &ve) != 0) {
		broken(err, errlen, "encrypted");
		return -1;
	}
	if (pdf_dict_get(p, len, u->d.trailer, "/Root", &vs, &ve) != 1 ||
	    pdf_span_ref(p, vs, ve, &u->root, &gen) != 0 ||
	    pdf_doc_dict(&u->d, u->root, &u->cat_ds, &u->rootgen) != 0) {
		broken(err, errlen, "no /Root");
		return -1;
	}
	if (first_page(&u->d, u->cat_ds, &u->page) != 0 || u->page == u->root ||
	    pdf_doc_dict(&u->d, u->page, &u->page_ds, &u->pagegen) != 0) {
		broken(err, errlen, "no page");
		return -1;
	}
	if (pdf_dict_get(p, len, u->cat_ds, "/AcroForm", &avs, &ave) == 1) {
		fds = avs;
		if (pdf_span_ref(p, avs, ave, &num, &gen) == 0 &&
		    pdf_doc_dict(&u->d, num, &fds, &gen) != 0) {
			broken(err, errlen, "bad /AcroForm");
			return -1;
		}
		if (p[fds] != '<' ||
		    ((r = pdf_dict_get(p, len, fds, "/Fields", &fvs, &fve)) ==
			    1 &&
			array_items(&u->d, fvs, fve, &u->fields, &u->nfields) !=
			    0) ||
		    r < 0 ||
		    copy_entries(p, len, fds, "/Fields", "/SigFlags",
			&u->form_rest, &vs, &ve) != 0) {
			broken(err, errlen, "bad /Fields");
			return -1;
		}
	}
	u->sig = u->d.size;
	u->wid = u->d.size + 1;
	u->form = u->d.size + 2;
	return 0;
}

/*
 * Append the new Catalog (its entries, /AcroForm ours) and the new first
 * Page (its entries, our widget added to /Annots).  0, or -1 with a
 * message in err.
 */
static int
upd_catalog_page(struct upd *u, struct buf *out, char *err, size_t errlen)
{
	struct buf annots = BUF_INIT;
	size_t vs, ve;
	int nannots = 0, rc = -1;

	buf_init(&annots, 256);
	u->off_cat = out->len - u->base;
	buf_addf(out, "%ld %ld obj\n<<\n", u->root, u->rootgen);
	if (copy_entries(u->p, u->len, u->cat_ds, "/AcroForm", NULL, out, &vs,
		&ve) != 0) {
		broken(err, errlen, "bad catalog");
		goto out;
	}
	buf_addf(out, "/AcroForm %ld 0 R\n>>\nendobj\n", u->form);

	u->off_page = out->len - u->base;
	buf_addf(out, "%ld %ld obj\n<<\n", u->page, u->pagegen);
	if (copy_entries(u->p, u->len, u->page_ds, "/Annots", NULL, out, &vs,
		&ve) != 0 ||
	    array_items(&u->d, vs, ve, &annots, &nannots) != 0) {
		broken(err, errlen, "bad page");
		goto out;
	}
	buf_addf(out, "/Annots [ %s%ld 0 R ]\n>>\nendobj\n", annots.s, u->wid);
	rc = 0;
out:
	buf_free(&annots);
	return rc;
}

/*
 * Append the signature dictionary with the /ByteRange placeholder and
 * /Contents all zeros, then the field's widget and the AcroForm.
 */
static void
upd_signature(struct upd *u, const struct pades_signer *s, struct buf *out)
{
	u->hexlen = 2 * contents_size(s);
	u->off_sig = out->len - u->base;
	buf_addf(out,
	    "%ld 0 obj\n<< /Type /Sig /Filter /Adobe.PPKLite "
	    "/SubFilter /ETSI.CAdES.detached\n/ByteRange ",
	    u->sig);
	u->br = out->len;
	buf_adds(out, BR_PLACEHOLDER "\n/Contents <");
	u->a = out->len - 1 - u->base;
	buf_grow(out, u->hexlen);
	memset(out->s + out->len, '0', u->hexlen);
	out->len += u->hexlen;
	buf_adds(out, ">");
	u->b = out->len - u->base;
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

	u->off_wid = out->len - u->base;
	buf_addf(out,
	    "%ld 0 obj\n<< /Type /Annot /Subtype /Widget /FT /Sig "
	    "/T (TTE%d) /V %ld 0 R /F 132 /Rect [0 0 0 0] /P %ld %ld R >>\n"
	    "endobj\n",
	    u->wid, u->nfields + 1, u->sig, u->page, u->pagegen);
	u->off_form = out->len - u->base;
	buf_addf(out,
	    "%ld 0 obj\n<< %s/Fields [ %s%ld 0 R ] /SigFlags 3 >>\n"
	    "endobj\n",
	    u->form, u->form_rest.s, u->fields.s, u->wid);
}

/*
 * Append the xref section (one subsection per run of consecutive numbers
 * among root, page, sig.. form) and the trailer with /Prev.
 */
static void
upd_xref(struct upd *u, struct buf *out)
{
	const char *p = u->p;
	int lo = u->page < u->root, k, m, cnt = 5, run;
	long nums[5] = { lo ? u->page : u->root, lo ? u->root : u->page, u->sig,
		u->wid, u->form };
	size_t offs[5] = { lo ? u->off_page : u->off_cat,
		lo ? u->off_cat : u->off_page, u->off_sig, u->off_wid,
		u->off_form };
	size_t xref, vs, ve;

	xref = out->len - u->base;
	buf_adds(out, "xref\n0 1\n0000000000 65535 f\r\n");
	for (k = 0; k < cnt; k += run) {
		for (run = 1; k + run < cnt && nums[k + run] == nums[k] + run;
		     run++)
			;
		buf_addf(out, "%ld %d\n", nums[k], run);
		for (m = k; m < k + run; m++)
			buf_addf(out, "%010zu %05ld n\r\n", offs[m],
			    nums[m] == u->root	     ? u->rootgen
				: nums[m] == u->page ? u->pagegen
						     : 0L);
	}
	buf_addf(out, "trailer\n<< /Size %ld /Root %ld %ld R", u->form + 1,
	    u->root, u->rootgen);
	if (pdf_dict_get(p, u->len, u->d.trailer, "/Info", &vs, &ve) == 1) {
		buf_adds(out, " /Info ");
		buf_add(out, p + vs, ve - vs);
	}
	if (pdf_dict_get(p, u->len, u->d.trailer, "/ID", &vs, &ve) == 1) {
		buf_adds(out, " /ID ");
		buf_add(out, p + vs, ve - vs);
	}
	buf_addf(out, " /Prev %zu >>\nstartxref\n%zu\n%%%%EOF\n",
	    u->d.startxref, xref);
}

/*
 * Seal the finished update: /ByteRange in place, the SHA-256 of the two
 * ranges, the CMS over it in /Contents.  0, or -1 with a message in err.
 */
static int
upd_seal(struct upd *u, const struct pades_signer *s, struct buf *out,
    char *err, size_t errlen)
{
	unsigned char digest[32], *der = NULL;
	size_t c = out->len - u->base - u->b, derlen = 0;
	char tmpbr[64];
	EVP_MD_CTX *md = NULL;
	unsigned int mdlen;
	int w, rc = -1;

	w = snprintf(tmpbr, sizeof(tmpbr), "[0 %zu %zu %zu", u->a, u->b, c);
	if (w < 0 || (size_t)w + 1 > sizeof(BR_PLACEHOLDER) - 1) {
		sign_failed(err, errlen, "ByteRange");
		return -1;
	}
	memset(out->s + u->br, ' ', sizeof(BR_PLACEHOLDER) - 1);
	memcpy(out->s + u->br, tmpbr, (size_t)w);
	out->s[u->br + sizeof(BR_PLACEHOLDER) - 2] = ']';
	if ((md = EVP_MD_CTX_new()) == NULL ||
	    EVP_DigestInit_ex(md, EVP_sha256(), NULL) != 1 ||
	    EVP_DigestUpdate(md, out->s + u->base, u->a) != 1 ||
	    EVP_DigestUpdate(md, out->s + u->base + u->b, c) != 1 ||
	    EVP_DigestFinal_ex(md, digest, &mdlen) != 1) {
		sign_failed(err, errlen, "SHA-256");
		goto out;
	}
	if (make_cms(s, digest, &der, &derlen, err, errlen) != 0)
		goto out;
	if (2 * derlen > u->hexlen) {
		snprintf(err, errlen, "%s", msg(M_PADES_TOO_BIG));
		goto out;
	}
	put_hex(out->s + u->base + u->a + 1, u->hexlen, der, derlen);
	rc = 0;
out:
	EVP_MD_CTX_free(md);
	OPENSSL_free(der);
	return rc;
}

int
pades_sign(const void *pdf, size_t len, const struct pades_signer *s,
    struct buf *out, char *err, size_t errlen)
{
	struct upd u;
	char why[64];
	int r, rc = -1;

	if (len < 8 || memcmp(pdf, "%PDF-", 5) != 0) {
		snprintf(err, errlen, "%s", msg(M_PADES_NOT_PDF));
		return -1;
	}
	if (s == NULL || s->key == NULL || s->cert == NULL) {
		sign_failed(err, errlen, "no key");
		return -1;
	}
	memset(&u, 0, sizeof(u));
	u.p = pdf;
	u.len = len;
	u.base = out->len;
	if ((r = pdf_doc_load(&u.d, pdf, len, why, sizeof(why))) != 0) {
		if (r == -2)
			snprintf(err, errlen, "%s", msg(M_PADES_XREF_STREAM));
		else
			broken(err, errlen, why);
		return -1;
	}
	buf_init(&u.fields, 64);
	buf_init(&u.form_rest, 64);
	if (upd_read(&u, err, errlen) != 0)
		goto out;

	/* the update, appended to a copy of the original */
	buf_add(out, pdf, len);
	if (u.p[len - 1] != '\n' && u.p[len - 1] != '\r')
		buf_addc(out, '\n');
	if (upd_catalog_page(&u, out, err, errlen) != 0)
		goto out;
	upd_signature(&u, s, out);
	upd_xref(&u, out);
	rc = upd_seal(&u, s, out, err, errlen);
out:
	if (rc != 0) {
		out->len = u.base;
		out->s[u.base] = '\0';
	}
	pdf_doc_free(&u.d);
	buf_free(&u.fields);
	buf_free(&u.form_rest);
	return rc;
}
