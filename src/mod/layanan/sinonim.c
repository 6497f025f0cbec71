/* sinonim.c: the catalog search query with everyday words (sinonim.h). */
#include <string.h>

#include "lib/buf.h"
#include "sinonim.h"

#define PHRASE_MAX 8 /* words of one istilah or padanan */

struct word {
	const char *p;
	size_t n;
};

static int
word_byte(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
	    (c >= 'A' && c <= 'Z') || c >= 0x80;
}

/* The words of s[0..len), at most max; returns how many. */
static size_t
words_of(const char *s, size_t len, struct word *w, size_t max)
{
	const unsigned char *p = (const unsigned char *)s, *e = p + len, *b;
	size_t n = 0;

	while (n < max) {
		while (p < e && !word_byte(*p))
			p++;
		if (p == e)
			break;
		for (b = p; p < e && word_byte(*p); p++)
			;
		w[n].p = (const char *)b;
		w[n++].n = (size_t)(p - b);
	}
	return n;
}

static int
lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

static int
word_eq(struct word a, struct word b)
{
	size_t i;

	if (a.n != b.n)
		return 0;
	for (i = 0; i < a.n; i++)
		if (lower((unsigned char)a.p[i]) !=
		    lower((unsigned char)b.p[i]))
			return 0;
	return 1;
}

/*
 * The longest istilah that w[0..n) begins with: returns its number of
 * words (0: none) and sets *rhs, *rhslen to its padanan text.
 */
static size_t
lookup(const struct word *w, size_t n, const char **rhs, size_t *rhslen)
{
	const char *p = (const char *)layanan_sinonim;
	const char *end = p + layanan_sinonim_len, *nl, *eq;
	struct word k[PHRASE_MAX];
	size_t best = 0, nk, i;

	for (; p < end; p = nl + 1) {
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			nl = end;
		if (*p == '#' ||
		    (eq = memchr(p, '=', (size_t)(nl - p))) == NULL)
			continue;
		nk = words_of(p, (size_t)(eq - p), k, PHRASE_MAX);
		if (nk == 0 || nk > n || nk <= best)
			continue;
		for (i = 0; i < nk && word_eq(k[i], w[i]); i++)
			;
		if (i == nk) {
			best = nk;
			*rhs = eq + 1;
			*rhslen = (size_t)(nl - eq - 1);
		}
	}
	return best;
}

/* Words as a phrase whose last word is a prefix. */
static void
phrase(struct buf *out, const struct word *w, size_t n, enum sinonim_lang l)
{
	size_t i;

	if (l == SINONIM_FTS5) {
		buf_addc(out, '"');
		for (i = 0; i < n; i++) {
			if (i > 0)
				buf_addc(out, ' ');
			buf_add(out, w[i].p, w[i].n); /* never holds '"' */
		}
		buf_adds(out, "\"*");
		return;
	}
	if (n > 1)
		buf_addc(out, '(');
	for (i = 0; i < n; i++) {
		if (i > 0)
			buf_adds(out, " <-> ");
		buf_add(out, w[i].p, w[i].n); /* letters, digits, UTF-8 */
	}
	buf_adds(out, n > 1 ? ":*)" : ":*");
}

/* Words each a prefix, all required. */
static void
all_of(struct buf *out, const struct word *w, size_t n, enum sinonim_lang l)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (i > 0)
			buf_adds(out, l == SINONIM_FTS5 ? " AND " : " & ");
		phrase(out, &w[i], 1, l);
	}
}

int
sinonim_query(const char *q, enum sinonim_lang l, int max_words,
    struct buf *out)
{
	struct word w[32], alt[PHRASE_MAX];
	const char *rhs = NULL, *p, *e, *end;
	const char * or = l == SINONIM_FTS5 ? " OR " : " | ";
	size_t n, i, k, na, rhslen = 0;

	if (max_words < 1)
		return 0;
	n = words_of(q, strlen(q), w,
	    (size_t)max_words < 32 ? (size_t)max_words : 32);
	for (i = 0; i < n; i += k) {
		if (i > 0)
			buf_adds(out, l == SINONIM_FTS5 ? " AND " : " & ");
		if ((k = lookup(&w[i], n - i, &rhs, &rhslen)) == 0) {
			k = 1;
			phrase(out, &w[i], 1, l);
			continue;
		}
		buf_adds(out, k > 1 ? "((" : "(");
		all_of(out, &w[i], k, l);
		if (k > 1)
			buf_addc(out, ')');
		for (p = rhs, end = rhs + rhslen; p < end; p = e + 1) {
			if ((e = memchr(p, ';', (size_t)(end - p))) == NULL)
				e = end;
			na = words_of(p, (size_t)(e - p), alt, PHRASE_MAX);
			if (na > 0) {
				buf_adds(out, or);
				phrase(out, alt, na, l);
			}
		}
		buf_addc(out, ')');
	}
	return (int)n;
}
