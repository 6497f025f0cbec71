/*
 * surat_pdf.c: an official letter as an A4 PDF (libharu, base-14 fonts in
 * WinAnsiEncoding, uncompressed, classic xref, no dates and no /ID, so
 * the same input gives the same bytes).
 *
 * Page layout (points, origin bottom left): letterhead centred under the
 * top margin with a double rule, title and nomor surat centred, body
 * paragraphs wrapped to the text width, then the signature block on the
 * right (place and date, position, "Ditandatangani secara elektronik",
 * name) with the QR code of the verification URL on the left and the kode
 * under it, and on every page the legal footer above the bottom margin.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <hpdf.h>
#include <qrencode.h>

#include "surat_pdf.h"
#include "lib/buf.h"
#include "lib/msg.h"
#include "lib/str.h"
#include "lib/xalloc.h"

#define PAGE_W 595.276f /* A4 */
#define PAGE_H 841.89f
#define MARGIN_L 70.0f
#define MARGIN_R 56.0f
#define MARGIN_T 42.0f
#define MARGIN_B 36.0f
#define TEXT_W (PAGE_W - MARGIN_L - MARGIN_R)
#define BODY_SIZE 11.5f
#define BODY_LEAD 16.0f
#define FOOT_SIZE 7.0f
#define FOOT_LEAD 8.6f
#define QR_MODULE 2.4f
#define QR_QUIET 4 /* modules of white around the symbol */
#define SIGN_X (MARGIN_L + TEXT_W * 0.55f)

/* CP1252 0x80..0x9F: the Unicode code point of each byte (0: unused). */
static const uint16_t cp1252_hi[32] = {
	0x20ac,
	0,
	0x201a,
	0x0192,
	0x201e,
	0x2026,
	0x2020,
	0x2021,
	0x02c6,
	0x2030,
	0x0160,
	0x2039,
	0x0152,
	0,
	0x017d,
	0,
	0,
	0x2018,
	0x2019,
	0x201c,
	0x201d,
	0x2022,
	0x2013,
	0x2014,
	0x02dc,
	0x2122,
	0x0161,
	0x203a,
	0x0153,
	0,
	0x017e,
	0x0178,
};

/* Decode one UTF-8 sequence at s (strict); its length, or 0 if invalid. */
static size_t
utf8_decode(const unsigned char *s, unsigned long *cp)
{
	unsigned long c;
	size_t n, i;

	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if (s[0] >= 0xc2 && s[0] <= 0xdf) {
		n = 2;
		c = s[0] & 0x1f;
	} else if (s[0] >= 0xe0 && s[0] <= 0xef) {
		n = 3;
		c = s[0] & 0x0f;
	} else if (s[0] >= 0xf0 && s[0] <= 0xf4) {
		n = 4;
		c = s[0] & 0x07;
	} else
		return 0;
	for (i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80) /* also stops at the NUL */
			return 0;
		c = (c << 6) | (s[i] & 0x3f);
	}
	if ((n == 3 && c < 0x800) ||
	    (n == 4 && (c < 0x10000 || c > 0x10ffff)) ||
	    (c >= 0xd800 && c <= 0xdfff))
		return 0;
	*cp = c;
	return n;
}

/* The CP1252 byte of code point cp, or -1. */
static int
cp1252_byte(unsigned long cp)
{
	int i;

	if ((cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xff))
		return (int)cp;
	for (i = 0; i < 32; i++)
		if (cp1252_hi[i] != 0 && cp1252_hi[i] == cp)
			return 0x80 + i;
	return -1;
}

int
surat_pdf_cp1252(const char *s, struct buf *out, char *err, size_t errlen)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t start = out->len, n;
	unsigned long cp;
	char shown[5];
	int b;

	while (*p != '\0') {
		if ((n = utf8_decode(p, &cp)) == 0) {
			str_field(err, errlen, msg(M_PADES_TEXT_BAD));
			goto bad;
		}
		if (cp == '\t')
			cp = ' ';
		if ((b = cp1252_byte(cp)) < 0) {
			if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0))
				snprintf(shown, sizeof(shown), "?");
			else {
				memcpy(shown, p, n);
				shown[n] = '\0';
			}
			snprintf(err, errlen, msg(M_PADES_CHAR_UNSUPPORTED),
			    shown, cp);
			goto bad;
		}
		buf_addc(out, (char)b);
		p += n;
	}
	return 0;
bad:
	out->len = start;
	out->s[start] = '\0';
	return -1;
}

/* One rendering: the document, fonts, the current page and position. */
struct lr {
	HPDF_Doc pdf;
	HPDF_Page page;
	HPDF_Font regular, bold, italic;
	float y; /* baseline of the next line */
	int pages;
	HPDF_Page *pagev;
	HPDF_STATUS error; /* first libharu error */
	char *footer;	   /* CP1252 */
	char *err;
	size_t errlen;
};

static void
lr_error(HPDF_STATUS error_no, HPDF_STATUS detail_no, void *arg)
{
	struct lr *r = arg;

	if (r->error == 0)
		r->error = error_no;
}

/* UTF-8 to a malloc'd CP1252 string; NULL with r->err set. */
static char *
lr_text(struct lr *r, const char *s)
{
	struct buf b = BUF_INIT;

	buf_init(&b, strlen(s) + 1);
	if (surat_pdf_cp1252(s, &b, r->err, r->errlen) != 0) {
		buf_free(&b);
		return NULL;
	}
	return buf_detach(&b, NULL);
}

static float
lr_width(struct lr *r, HPDF_Font f, float size, const char *s)
{
	HPDF_Page_SetFontAndSize(r->page, f, size);
	return HPDF_Page_TextWidth(r->page, s);
}

static void
lr_out(struct lr *r, HPDF_Font f, float size, float x, float y, const char *s)
{
	HPDF_Page_BeginText(r->page);
	HPDF_Page_SetFontAndSize(r->page, f, size);
	HPDF_Page_TextOut(r->page, x, y, s);
	HPDF_Page_EndText(r->page);
}

static void
lr_centre(struct lr *r, HPDF_Font f, float size, float y, const char *s)
{
	float w = lr_width(r, f, size, s);

	lr_out(r, f, size, MARGIN_L + (TEXT_W - w) / 2, y, s);
}

static void
lr_rule(struct lr *r, float x0, float x1, float y, float width)
{
	HPDF_Page_SetLineWidth(r->page, width);
	HPDF_Page_MoveTo(r->page, x0, y);
	HPDF_Page_LineTo(r->page, x1, y);
	HPDF_Page_Stroke(r->page);
}

/*
 * Greedy word wrap of the CP1252 text s (one line, no '\n') to width w:
 * calls out(r, line) for each line.  A word wider than w is cut.
 */
static void
lr_wrap(struct lr *r, HPDF_Font f, float size, float w, const char *s,
    void (*out)(struct lr *, const char *, void *), void *arg)
{
	size_t n = strlen(s), start = 0, end, last_fit, i;
	char *line = xmalloc(n + 1);

	while (start < n) {
		while (start < n && s[start] == ' ')
			start++;
		if (start >= n)
			break;
		last_fit = 0;
		end = start;
		for (i = start; i <= n; i++) {
			if (i < n && s[i] != ' ')
				continue;
			memcpy(line, s + start, i - start);
			line[i - start] = '\0';
			if (lr_width(r, f, size, line) > w)
				break;
			last_fit = i;
			if (i == n)
				break;
		}
		if (last_fit == 0) {
			/* the first word alone is too wide: cut it */
			for (end = start + 1; end < n; end++) {
				memcpy(line, s + start, end + 1 - start);
				line[end + 1 - start] = '\0';
				if (s[end] == ' ' ||
				    lr_width(r, f, size, line) > w)
					break;
			}
		} else
			end = last_fit;
		memcpy(line, s + start, end - start);
		line[end - start] = '\0';
		out(r, line, arg);
		start = end;
	}
	free(line);
}

/* Footer lines, collected to be drawn bottom up. */
struct lines {
	char **v;
	size_t n;
};

static void
collect(struct lr *r, const char *line, void *arg)
{
	struct lines *l = arg;

	l->v = xrealloc(l->v, (l->n + 1) * sizeof(*l->v));
	l->v[l->n++] = xstrdup(line);
}

static float
footer_height(struct lr *r)
{
	struct lines l = { NULL, 0 };
	size_t i;
	float h;

	lr_wrap(r, r->italic, FOOT_SIZE, TEXT_W, r->footer, collect, &l);
	h = l.n * FOOT_LEAD + 8;
	for (i = 0; i < l.n; i++)
		free(l.v[i]);
	free(l.v);
	return h;
}

static void
draw_footer(struct lr *r)
{
	struct lines l = { NULL, 0 };
	size_t i;
	float y;

	lr_wrap(r, r->italic, FOOT_SIZE, TEXT_W, r->footer, collect, &l);
	y = MARGIN_B + (l.n - 1) * FOOT_LEAD;
	HPDF_Page_SetGrayStroke(r->page, 0.4f);
	lr_rule(r, MARGIN_L, PAGE_W - MARGIN_R, y + FOOT_LEAD + 1, 0.5f);
	HPDF_Page_SetGrayStroke(r->page, 0);
	for (i = 0; i < l.n; i++, y -= FOOT_LEAD) {
		lr_out(r, r->italic, FOOT_SIZE, MARGIN_L, y, l.v[i]);
		free(l.v[i]);
	}
	free(l.v);
}

static void
new_page(struct lr *r)
{
	r->page = HPDF_AddPage(r->pdf);
	HPDF_Page_SetSize(r->page, HPDF_PAGE_SIZE_A4, HPDF_PAGE_PORTRAIT);
	r->pagev = xrealloc(r->pagev, (r->pages + 1) * sizeof(*r->pagev));
	r->pagev[r->pages++] = r->page;
	r->y = PAGE_H - MARGIN_T - 12;
	draw_footer(r);
}

/* Make room for h points below r->y, starting a new page if needed. */
static void
need(struct lr *r, float h, float bottom)
{
	if (r->y - h < bottom)
		new_page(r);
}

static void
body_line(struct lr *r, const char *line, void *arg)
{
	float bottom = *(float *)arg;

	need(r, BODY_LEAD, bottom);
	lr_out(r, r->regular, BODY_SIZE, MARGIN_L, r->y, line);
	r->y -= BODY_LEAD;
}

/* Letterhead sizes per level: name lines (the last is the largest). */
static float
kop_size(enum surat_pdf_level level, size_t i, size_t names)
{
	float big;

	switch (level) {
	case SURAT_PDF_KABUPATEN:
		big = 16;
		break;
	case SURAT_PDF_KECAMATAN:
		big = 15;
		break;
	default:
		big = 14;
		break;
	}
	return i + 1 == names ? big : big - 2;
}

static int
draw_kop(struct lr *r, const struct letter *l)
{
	char *t[4] = { NULL, NULL, NULL, NULL };
	size_t n, names, i;
	float size;
	int rc = -1;

	for (n = 0; n < 4 && l->kop[n] != NULL; n++)
		if ((t[n] = lr_text(r, l->kop[n])) == NULL)
			goto out;
	names = n >= 2 ? n - 1 : n; /* the last line is the address */
	for (i = 0; i < n; i++) {
		if (i < names) {
			size = kop_size(l->level, i, names);
			lr_centre(r, r->bold, size, r->y, t[i]);
			r->y -= size + 4;
		} else {
			lr_centre(r, r->regular, 9, r->y, t[i]);
			r->y -= 13;
		}
	}
	r->y += 6;
	lr_rule(r, MARGIN_L, PAGE_W - MARGIN_R, r->y, 2.2f);
	lr_rule(r, MARGIN_L, PAGE_W - MARGIN_R, r->y - 3, 0.6f);
	r->y -= 30;
	rc = 0;
out:
	for (i = 0; i < 4; i++)
		free(t[i]);
	return rc;
}

static int
draw_title(struct lr *r, const struct letter *l)
{
	char *title, *nomor, *s;
	float w;

	if ((title = lr_text(r, l->title)) == NULL)
		return -1;
	s = xasprintf(msg(M_PADES_NOMOR_LABEL), l->nomor_surat);
	nomor = lr_text(r, s);
	free(s);
	if (nomor == NULL) {
		free(title);
		return -1;
	}
	w = lr_width(r, r->bold, 12.5f, title);
	if (w > TEXT_W)
		w = TEXT_W;
	lr_centre(r, r->bold, 12.5f, r->y, title);
	lr_rule(r, MARGIN_L + (TEXT_W - w) / 2, MARGIN_L + (TEXT_W + w) / 2,
	    r->y - 2, 0.8f);
	r->y -= 15;
	lr_centre(r, r->regular, BODY_SIZE, r->y, nomor);
	r->y -= 30;
	free(title);
	free(nomor);
	return 0;
}

/* Where ident_line() draws: the value column and the page bottom. */
struct ident_at {
	float x, bottom;
};

static void
ident_line(struct lr *r, const char *line, void *arg)
{
	struct ident_at *a = arg;

	need(r, BODY_LEAD, a->bottom);
	lr_out(r, r->regular, BODY_SIZE, a->x, r->y, line);
	r->y -= BODY_LEAD;
}

/*
 * The identity block: labels indented, a colon, each value wrapped in the
 * column after the widest label (a long name or address goes on over
 * more lines, never cut).
 */
static int
draw_ident(struct lr *r, const struct letter *l, float bottom)
{
	char *label[SURAT_IDENT_MAX], *value[SURAT_IDENT_MAX];
	struct ident_at at;
	float x0 = MARGIN_L + 22, w, lw = 0, colon;
	int i, n = l->nident, rc = -1;

	memset(label, 0, sizeof(label));
	memset(value, 0, sizeof(value));
	for (i = 0; i < n; i++) {
		if ((label[i] = lr_text(r, l->ident[i][0])) == NULL ||
		    (value[i] = lr_text(r,
			 *l->ident[i][1] != '\0' ? l->ident[i][1] : "-")) ==
			NULL)
			goto out;
		w = lr_width(r, r->regular, BODY_SIZE, label[i]);
		if (w > lw)
			lw = w;
	}
	colon = x0 + lw + 8;
	at.x = colon + 10;
	at.bottom = bottom;
	for (i = 0; i < n; i++) {
		need(r, BODY_LEAD, bottom);
		lr_out(r, r->regular, BODY_SIZE, x0, r->y, label[i]);
		lr_out(r, r->regular, BODY_SIZE, colon, r->y, ":");
		lr_wrap(r, r->regular, BODY_SIZE, MARGIN_L + TEXT_W - at.x,
		    value[i], ident_line, &at);
	}
	rc = 0;
out:
	for (i = 0; i < n; i++) {
		free(label[i]);
		free(value[i]);
	}
	return rc;
}

static int
draw_body(struct lr *r, const struct letter *l, float bottom)
{
	char *body, *p, *nl, *line;
	size_t n;
	int rc = 0;

	body = xstrdup(l->body);
	for (p = body; p != NULL && rc == 0; p = nl) {
		if ((nl = strchr(p, '\n')) != NULL)
			*nl++ = '\0';
		if ((n = strlen(p)) > 0 && p[n - 1] == '\r')
			p[n - 1] = '\0';
		if (*p == '\0') { /* blank line between paragraphs */
			r->y -= BODY_LEAD * 0.5f;
			continue;
		}
		if (strcmp(p, SURAT_IDENT_MARK) == 0) {
			rc = draw_ident(r, l, bottom);
			continue;
		}
		if ((line = lr_text(r, p)) == NULL) {
			rc = -1;
			break;
		}
		lr_wrap(r, r->regular, BODY_SIZE, TEXT_W, line, body_line,
		    &bottom);
		free(line);
	}
	free(body);
	r->y -= BODY_LEAD;
	return rc;
}

static int
draw_qr(struct lr *r, const char *url, float x, float ytop)
{
	QRcode *q;
	int row, col, run, w;

	q = QRcode_encodeString(url, 0, QR_ECLEVEL_M, QR_MODE_8, 1);
	if (q == NULL) {
		str_field(r->err, r->errlen, msg(M_PADES_QR_FAILED));
		return -1;
	}
	w = q->width;
	x += QR_QUIET * QR_MODULE;
	ytop -= QR_QUIET * QR_MODULE;
	HPDF_Page_SetRGBFill(r->page, 0, 0, 0);
	for (row = 0; row < w; row++)
		for (col = 0; col < w; col += run) {
			for (run = 0; col + run < w &&
			     (q->data[row * w + col + run] & 1);
			     run++)
				;
			if (run == 0) {
				run = 1;
				continue;
			}
			HPDF_Page_Rectangle(r->page, x + col * QR_MODULE,
			    ytop - (row + 1) * QR_MODULE, run * QR_MODULE,
			    QR_MODULE);
		}
	HPDF_Page_Fill(r->page);
	QRcode_free(q);
	return 0;
}

/* QR side length including the quiet zone, for url. */
static float
qr_size(const char *url)
{
	QRcode *q;
	int w;

	if ((q = QRcode_encodeString(url, 0, QR_ECLEVEL_M, QR_MODE_8, 1)) ==
	    NULL)
		return 0;
	w = q->width;
	QRcode_free(q);
	return (w + 2 * QR_QUIET) * QR_MODULE;
}

static void
sign_line(struct lr *r, const char *line, void *arg)
{
	lr_out(r, r->regular, BODY_SIZE, SIGN_X, r->y, line);
	r->y -= BODY_LEAD;
}

/* How many lines s takes wrapped in the signature column. */
static size_t
wrap_count(struct lr *r, HPDF_Font f, const char *s)
{
	struct lines l = { NULL, 0 };
	size_t i;

	lr_wrap(r, f, BODY_SIZE, PAGE_W - MARGIN_R - SIGN_X, s, collect, &l);
	for (i = 0; i < l.n; i++)
		free(l.v[i]);
	free(l.v);
	return l.n;
}

/* A line of the signer's name (bold); *arg gets the last line's width. */
static void
name_line(struct lr *r, const char *line, void *arg)
{
	lr_out(r, r->bold, BODY_SIZE, SIGN_X, r->y, line);
	*(float *)arg = lr_width(r, r->bold, BODY_SIZE, line);
	r->y -= BODY_LEAD;
}

static int
draw_signature(struct lr *r, const struct letter *l, float bottom)
{
	char *place_date = NULL, *pos = NULL, *name = NULL, *kode = NULL,
	     *tte = NULL, *nip = NULL, *s;
	float qr, top, w, block;
	int rc = -1;

	s = xasprintf("%s, %s", l->place, l->date);
	place_date = lr_text(r, s);
	free(s);
	s = xasprintf(msg(M_PADES_KODE_LABEL), l->kode);
	kode = lr_text(r, s);
	free(s);
	if (place_date == NULL || kode == NULL ||
	    (pos = lr_text(r, l->signer_position)) == NULL ||
	    (name = lr_text(r, l->signer_name)) == NULL ||
	    (tte = lr_text(r, msg(M_PADES_SIGNED_ELECTRONIC))) == NULL)
		goto out;
	if (l->signer_nip != NULL && *l->signer_nip != '\0') {
		if (strlen(l->signer_nip) == 18)
			s = xasprintf("NIP. %.8s %.6s %.1s %.3s", l->signer_nip,
			    l->signer_nip + 8, l->signer_nip + 14,
			    l->signer_nip + 15);
		else
			s = xasprintf("NIP. %s", l->signer_nip);
		nip = lr_text(r, s);
		free(s);
		if (nip == NULL)
			goto out;
	}
	if ((qr = qr_size(l->verify_url)) == 0) {
		str_field(r->err, r->errlen, msg(M_PADES_QR_FAILED));
		goto out;
	}
	block = qr + 16 +
	    (float)(wrap_count(r, r->regular, place_date) +
		wrap_count(r, r->regular, pos) + wrap_count(r, r->bold, name) +
		(nip != NULL ? 2 : 1)) *
		BODY_LEAD;
	need(r, block, bottom);
	top = r->y + BODY_SIZE;

	/* right: place and date, position, the e-signature note, name,
	 * each wrapped within the column (a long place or name goes on) */
	lr_wrap(r, r->regular, BODY_SIZE, PAGE_W - MARGIN_R - SIGN_X,
	    place_date, sign_line, NULL);
	lr_wrap(r, r->regular, BODY_SIZE, PAGE_W - MARGIN_R - SIGN_X, pos,
	    sign_line, NULL);
	r->y -= BODY_LEAD * 0.6f;
	lr_out(r, r->italic, 9.5f, SIGN_X, r->y, tte);
	r->y -= BODY_LEAD * 1.6f;
	lr_wrap(r, r->bold, BODY_SIZE, PAGE_W - MARGIN_R - SIGN_X, name,
	    name_line, &w);
	r->y += BODY_LEAD;
	lr_rule(r, SIGN_X, SIGN_X + w, r->y - 2, 0.6f);
	if (nip != NULL) {
		r->y -= BODY_LEAD;
		lr_out(r, r->regular, BODY_SIZE, SIGN_X, r->y, nip);
	}

	/* left: the QR (quiet zone included) and the kode under it */
	if (draw_qr(r, l->verify_url, MARGIN_L - QR_QUIET * QR_MODULE, top) !=
	    0)
		goto out;
	lr_out(r, r->regular, 8, MARGIN_L, top - qr + 2, kode);
	if (r->y > top - qr - 12)
		r->y = top - qr - 12;
	rc = 0;
out:
	free(place_date);
	free(pos);
	free(name);
	free(kode);
	free(tte);
	free(nip);
	return rc;
}

/* "Halaman i dari n" at the top right of every page, if n > 1. */
static void
draw_page_numbers(struct lr *r)
{
	char *s;
	float w;
	int i;

	if (r->pages < 2)
		return;
	for (i = 0; i < r->pages; i++) {
		r->page = r->pagev[i];
		s = xasprintf(msg(M_PADES_PAGE_OF), i + 1, r->pages);
		w = lr_width(r, r->regular, 8, s);
		lr_out(r, r->regular, 8, PAGE_W - MARGIN_R - w,
		    PAGE_H - MARGIN_T + 14, s);
		free(s);
	}
}

/* The draft mark: a banner at the top and a grey diagonal across every page. */
static void
draw_draft(struct lr *r, const char *mark)
{
	char *t;
	float w;
	int i;

	if ((t = lr_text(r, mark)) == NULL)
		return;
	for (i = 0; i < r->pages; i++) {
		r->page = r->pagev[i];
		HPDF_Page_GSave(r->page);
		HPDF_Page_SetRGBFill(r->page, 0.6f, 0.6f, 0.6f);
		w = lr_width(r, r->bold, 34, t);
		HPDF_Page_BeginText(r->page);
		HPDF_Page_SetFontAndSize(r->page, r->bold, 34);
		/* 45 degrees, centred on the page */
		HPDF_Page_SetTextMatrix(r->page, 0.7071f, 0.7071f, -0.7071f,
		    0.7071f, PAGE_W / 2 - w * 0.7071f / 2 + 14,
		    PAGE_H / 2 - w * 0.7071f / 2 - 14);
		HPDF_Page_ShowText(r->page, t);
		HPDF_Page_EndText(r->page);
		HPDF_Page_SetRGBFill(r->page, 0.75f, 0, 0);
		lr_out(r, r->bold, 10, MARGIN_L, PAGE_H - MARGIN_T + 14, t);
		HPDF_Page_GRestore(r->page);
	}
	free(t);
}

static const char *
missing_field(const struct letter *l)
{
	if (l->kop[0] == NULL)
		return "kop";
	if (l->title == NULL || *l->title == '\0')
		return "judul";
	if (l->nomor_surat == NULL || *l->nomor_surat == '\0')
		return "nomor surat";
	if (l->body == NULL)
		return "isi";
	if (l->place == NULL || *l->place == '\0')
		return "tempat";
	if (l->date == NULL || *l->date == '\0')
		return "tanggal";
	if (l->signer_name == NULL || *l->signer_name == '\0')
		return "nama penanda tangan";
	if (l->signer_position == NULL || *l->signer_position == '\0')
		return "jabatan penanda tangan";
	if (l->verify_url == NULL || *l->verify_url == '\0')
		return "alamat verifikasi";
	if (l->kode == NULL || *l->kode == '\0')
		return "kode verifikasi";
	return NULL;
}

int
surat_pdf_render(const struct letter *l, struct buf *out, char *err,
    size_t errlen)
{
	struct lr r;
	const char *miss;
	char *s;
	float bottom;
	HPDF_UINT32 size;
	HPDF_STATUS st;
	int rc = -1;

	if ((miss = missing_field(l)) != NULL) {
		snprintf(err, errlen, msg(M_PADES_LETTER_FIELD), miss);
		return -1;
	}
	memset(&r, 0, sizeof(r));
	r.err = err;
	r.errlen = errlen;
	s = xasprintf(l->footer != NULL ? l->footer : msg(M_PADES_FOOTER),
	    l->verify_url);
	r.footer = lr_text(&r, s);
	free(s);
	if (r.footer == NULL)
		return -1;
	if ((r.pdf = HPDF_New(lr_error, &r)) == NULL) {
		snprintf(err, errlen, msg(M_PADES_LETTER_FAILED), 0UL);
		free(r.footer);
		return -1;
	}
	HPDF_SetCompressionMode(r.pdf, HPDF_COMP_NONE);
	r.regular = HPDF_GetFont(r.pdf, "Times-Roman", "WinAnsiEncoding");
	r.bold = HPDF_GetFont(r.pdf, "Times-Bold", "WinAnsiEncoding");
	r.italic = HPDF_GetFont(r.pdf, "Times-Italic", "WinAnsiEncoding");
	HPDF_SetInfoAttr(r.pdf, HPDF_INFO_CREATOR, "Pamong");
	new_page(&r);
	bottom = MARGIN_B + footer_height(&r) + 6;
	if (draw_kop(&r, l) != 0 || draw_title(&r, l) != 0 ||
	    draw_body(&r, l, bottom) != 0 || draw_signature(&r, l, bottom) != 0)
		goto out;
	draw_page_numbers(&r);
	if (l->draft != NULL)
		draw_draft(&r, l->draft);
	if (r.error == 0 && HPDF_SaveToStream(r.pdf) == HPDF_OK &&
	    r.error == 0) {
		size = HPDF_GetStreamSize(r.pdf);
		buf_grow(out, size);
		st = HPDF_ReadFromStream(r.pdf, (HPDF_BYTE *)out->s + out->len,
		    &size);
		if (st == HPDF_OK || st == HPDF_STREAM_EOF) {
			r.error = 0; /* reading to the end reports EOF */
			out->len += size;
			out->s[out->len] = '\0';
		} else if (r.error == 0)
			r.error = st;
	}
	if (r.error != 0) {
		snprintf(err, errlen, msg(M_PADES_LETTER_FAILED),
		    (unsigned long)r.error);
		goto out;
	}
	rc = 0;
out:
	HPDF_Free(r.pdf);
	free(r.pagev);
	free(r.footer);
	return rc;
}
