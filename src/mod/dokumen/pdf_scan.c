/*
 * pdf_scan.c: bounded PDF tokens, dictionaries and classic xref tables.
 * See pdf_scan.h.  Everything checks i < n before reading p[i].
 */
#include <stdlib.h>
#include <string.h>

#include "pdf_scan.h"
#include "lib/xalloc.h"

#define MAX_DEPTH 64
#define MAX_OBJECTS (1L << 22)
#define MAX_SECTIONS 64

static int
is_ws(char c)
{
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' ||
	    c == '\0';
}

static int
is_delim(char c)
{
	return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' ||
	    c == ']' || c == '{' || c == '}' || c == '/' || c == '%';
}

static int
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

size_t
pdf_skip_ws(const char *p, size_t n, size_t i)
{
	while (i < n) {
		if (is_ws(p[i]))
			i++;
		else if (p[i] == '%') {
			while (i < n && p[i] != '\n' && p[i] != '\r')
				i++;
		} else
			break;
	}
	return i;
}

/* End of a run of regular characters at i. */
static size_t
regular_end(const char *p, size_t n, size_t i)
{
	while (i < n && !is_ws(p[i]) && !is_delim(p[i]))
		i++;
	return i;
}

static int
skip_value(const char *p, size_t n, size_t *ip, int depth)
{
	size_t i = *ip;
	int nest;

	if (depth > MAX_DEPTH || i >= n)
		return -1;
	switch (p[i]) {
	case '/':
		i = regular_end(p, n, i + 1);
		break;
	case '(':
		for (nest = 0, i++;; i++) {
			if (i >= n)
				return -1;
			if (p[i] == '\\')
				i++;
			else if (p[i] == '(')
				nest++;
			else if (p[i] == ')' && nest-- == 0)
				break;
		}
		i++;
		break;
	case '<':
		if (i + 1 < n && p[i + 1] == '<') {
			i += 2;
			for (;;) {
				i = pdf_skip_ws(p, n, i);
				if (i + 1 < n && p[i] == '>' && p[i + 1] == '>')
					break;
				if (skip_value(p, n, &i, depth + 1) != 0)
					return -1;
			}
			i += 2;
		} else {
			while (i < n && p[i] != '>')
				i++;
			if (i >= n)
				return -1;
			i++;
		}
		break;
	case '[':
		for (i++;;) {
			i = pdf_skip_ws(p, n, i);
			if (i < n && p[i] == ']')
				break;
			if (skip_value(p, n, &i, depth + 1) != 0)
				return -1;
		}
		i++;
		break;
	default:
		if (is_delim(p[i]) || is_ws(p[i]))
			return -1;
		i = regular_end(p, n, i);
		break;
	}
	*ip = i;
	return 0;
}

/* If an integer ends at i, see whether " G R" follows; extend *ip. */
static void
maybe_ref(const char *p, size_t n, size_t start, size_t *ip)
{
	size_t i = *ip, j, k;

	for (j = start; j < i; j++)
		if (!is_digit(p[j]))
			return;
	j = pdf_skip_ws(p, n, i);
	if (j >= n || !is_digit(p[j]))
		return;
	k = regular_end(p, n, j);
	while (j < k)
		if (!is_digit(p[j++]))
			return;
	j = pdf_skip_ws(p, n, k);
	if (j < n && p[j] == 'R' &&
	    (j + 1 >= n || is_ws(p[j + 1]) || is_delim(p[j + 1])))
		*ip = j + 1;
}

int
pdf_skip_value(const char *p, size_t n, size_t *ip, size_t *start)
{
	size_t i = pdf_skip_ws(p, n, *ip), s = i;

	if (skip_value(p, n, &i, 0) != 0)
		return -1;
	maybe_ref(p, n, s, &i);
	if (start != NULL)
		*start = s;
	*ip = i;
	return 0;
}

int
pdf_dict_begin(const char *p, size_t n, size_t *i)
{
	if (*i + 1 >= n || p[*i] != '<' || p[*i + 1] != '<')
		return -1;
	*i += 2;
	return 0;
}

int
pdf_dict_next(const char *p, size_t n, size_t *ip, size_t *ks, size_t *ke,
    size_t *vs, size_t *ve)
{
	size_t i = pdf_skip_ws(p, n, *ip);

	if (i + 1 < n && p[i] == '>' && p[i + 1] == '>') {
		*ip = i + 2;
		return 0;
	}
	if (i >= n || p[i] != '/')
		return -1;
	*ks = i;
	i = regular_end(p, n, i + 1);
	*ke = i;
	if (pdf_skip_value(p, n, &i, vs) != 0)
		return -1;
	*ve = i;
	*ip = i;
	return 1;
}

int
pdf_dict_get(const char *p, size_t n, size_t ds, const char *key, size_t *vs,
    size_t *ve)
{
	size_t i = ds, ks, ke, klen = strlen(key);
	int r;

	if (pdf_dict_begin(p, n, &i) != 0)
		return -1;
	while ((r = pdf_dict_next(p, n, &i, &ks, &ke, vs, ve)) == 1)
		if (ke - ks == klen && memcmp(p + ks, key, klen) == 0)
			return 1;
	return r;
}

int
pdf_span_int(const char *p, size_t vs, size_t ve, long long *v)
{
	long long x = 0;

	if (vs >= ve || ve - vs > 15)
		return -1;
	for (; vs < ve; vs++) {
		if (!is_digit(p[vs]))
			return -1;
		x = x * 10 + (p[vs] - '0');
	}
	*v = x;
	return 0;
}

int
pdf_span_ref(const char *p, size_t vs, size_t ve, long *num, long *gen)
{
	long long a, b;
	size_t i = vs, j;

	j = i;
	while (j < ve && is_digit(p[j]))
		j++;
	if (j == i || j - i > 9 || pdf_span_int(p, i, j, &a) != 0)
		return -1;
	i = pdf_skip_ws(p, ve, j);
	j = i;
	while (j < ve && is_digit(p[j]))
		j++;
	if (j == i || j - i > 5 || pdf_span_int(p, i, j, &b) != 0)
		return -1;
	i = pdf_skip_ws(p, ve, j);
	if (i + 1 != ve || p[i] != 'R')
		return -1;
	*num = (long)a;
	*gen = (long)b;
	return 0;
}

int
pdf_span_is(const char *p, size_t vs, size_t ve, const char *s)
{
	size_t l = strlen(s);

	return ve - vs == l && memcmp(p + vs, s, l) == 0;
}

/* Last occurrence of the text s in p[0..n), or (size_t)-1. */
static size_t
find_last(const char *p, size_t n, const char *s)
{
	size_t l = strlen(s), i;

	if (n < l)
		return (size_t)-1;
	for (i = n - l + 1; i-- > 0;)
		if (p[i] == s[0] && memcmp(p + i, s, l) == 0)
			return i;
	return (size_t)-1;
}

/* Read an unsigned integer at *ip (after white space): 0 or -1. */
static int
read_uint(const char *p, size_t n, size_t *ip, long long *v)
{
	size_t i = pdf_skip_ws(p, n, *ip), j = i;

	while (j < n && is_digit(p[j]))
		j++;
	if (pdf_span_int(p, i, j, v) != 0)
		return -1;
	*ip = j;
	return 0;
}

#define WHY(s)                                                                 \
	do {                                                                   \
		snprintf_why(why, whylen, s);                                  \
		goto bad;                                                      \
	} while (0)

static void
snprintf_why(char *why, size_t whylen, const char *s)
{
	if (whylen > 0) {
		strncpy(why, s, whylen - 1);
		why[whylen - 1] = '\0';
	}
}

/* Parse one xref section at x; fill d->off for objects not yet seen and
 * set *trailer to its trailer "<<". 0, -1, or -2 (xref stream). */
static int
load_section(struct pdf_doc *d, size_t x, size_t *trailer)
{
	const char *p = d->p;
	size_t n = d->n, i = x, e;
	long long start, count, k, off, gen;
	int sections = 0;

	if (x + 4 > n || memcmp(p + x, "xref", 4) != 0) {
		/* "N G obj" here: a cross-reference stream */
		return pdf_skip_ws(p, n, x) < n && is_digit(p[x]) ? -2 : -1;
	}
	i = x + 4;
	for (;;) {
		i = pdf_skip_ws(p, n, i);
		if (i + 7 <= n && memcmp(p + i, "trailer", 7) == 0)
			break;
		if (++sections > 100000 || read_uint(p, n, &i, &start) != 0 ||
		    read_uint(p, n, &i, &count) != 0)
			return -1;
		i = pdf_skip_ws(p, n, i);
		if (count > (long long)(n / 18) + 1)
			return -1;
		for (k = 0; k < count; k++) {
			/* "oooooooooo ggggg n" + 2-byte EOL (lenient) */
			if (read_uint(p, n, &i, &off) != 0 ||
			    read_uint(p, n, &i, &gen) != 0)
				return -1;
			i = pdf_skip_ws(p, n, i);
			if (i >= n || (p[i] != 'n' && p[i] != 'f'))
				return -1;
			if (p[i] == 'n' && start + k < d->size &&
			    d->off[start + k] == 0 && off > 0 &&
			    (size_t)off < n) {
				d->off[start + k] = (size_t)off;
				d->gen[start + k] = (long)gen;
			} else if (p[i] == 'f' && start + k < d->size &&
			    d->off[start + k] == 0)
				d->off[start + k] = (size_t)-1; /* freed */
			i++;
		}
	}
	i = pdf_skip_ws(p, n, i + 7);
	e = i;
	if (pdf_skip_value(p, n, &e, NULL) != 0 || i + 1 >= n || p[i] != '<' ||
	    p[i + 1] != '<')
		return -1;
	*trailer = i;
	return 0;
}

int
pdf_doc_load(struct pdf_doc *d, const void *buf, size_t n, char *why,
    size_t whylen)
{
	const char *p = buf;
	size_t sx, i, tr, vs, ve, seen[MAX_SECTIONS];
	long long v, size;
	int r, k, nseen = 0;
	long j;

	memset(d, 0, sizeof(*d));
	d->p = p;
	d->n = n;
	if (n < 8 || memcmp(p, "%PDF-", 5) != 0)
		WHY("no %PDF header");
	sx = find_last(p + (n > 2048 ? n - 2048 : 0), n > 2048 ? 2048 : n,
	    "startxref");
	if (sx == (size_t)-1)
		WHY("no startxref");
	i = sx + (n > 2048 ? n - 2048 : 0) + 9;
	if (read_uint(p, n, &i, &v) != 0 || (size_t)v >= n)
		WHY("bad startxref");
	d->startxref = (size_t)v;
	/* the newest trailer gives /Size before any table is read */
	if ((r = load_section(d, d->startxref, &tr)) != 0) {
		if (r == -2) {
			snprintf_why(why, whylen, "xref stream");
			pdf_doc_free(d);
			return -2;
		}
		WHY("bad xref table");
	}
	d->trailer = tr;
	if (pdf_dict_get(p, n, tr, "/Size", &vs, &ve) != 1 ||
	    pdf_span_int(p, vs, ve, &size) != 0 || size < 1 ||
	    size > MAX_OBJECTS)
		WHY("bad trailer /Size");
	d->size = (long)size;
	d->off = xcalloc((size_t)size, sizeof(*d->off));
	d->gen = xcalloc((size_t)size, sizeof(*d->gen));
	for (sx = d->startxref;;) {
		for (k = 0; k < nseen; k++)
			if (seen[k] == sx)
				WHY("xref loop");
		if (nseen == MAX_SECTIONS)
			WHY("too many revisions");
		seen[nseen++] = sx;
		if (load_section(d, sx, &tr) != 0)
			WHY("bad xref table");
		r = pdf_dict_get(p, n, tr, "/Prev", &vs, &ve);
		if (r < 0)
			WHY("bad trailer");
		if (r == 0)
			break;
		if (pdf_span_int(p, vs, ve, &v) != 0 || (size_t)v >= n)
			WHY("bad /Prev");
		sx = (size_t)v;
	}
	for (j = 0; j < d->size; j++)
		if (d->off[j] == (size_t)-1)
			d->off[j] = 0;
	return 0;
bad:
	pdf_doc_free(d);
	return -1;
}

void
pdf_doc_free(struct pdf_doc *d)
{
	free(d->off);
	free(d->gen);
	d->off = NULL;
	d->gen = NULL;
	d->size = 0;
}

int
pdf_doc_dict(const struct pdf_doc *d, long num, size_t *ds, long *gen)
{
	const char *p = d->p;
	size_t n = d->n, i, e;
	long long a, b;

	if (num <= 0 || num >= d->size || d->off[num] == 0)
		return -1;
	i = d->off[num];
	if (read_uint(p, n, &i, &a) != 0 || a != num ||
	    read_uint(p, n, &i, &b) != 0)
		return -1;
	i = pdf_skip_ws(p, n, i);
	if (i + 3 > n || memcmp(p + i, "obj", 3) != 0)
		return -1;
	i = pdf_skip_ws(p, n, i + 3);
	e = i;
	if (i + 1 >= n || p[i] != '<' || p[i + 1] != '<' ||
	    pdf_skip_value(p, n, &e, NULL) != 0)
		return -1;
	*ds = i;
	*gen = (long)b;
	return 0;
}
