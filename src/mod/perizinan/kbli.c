/* kbli.c: parse and search the KBLI list (kbli.h). */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/utf8.h"
#include "kbli.h"
#include "kbli_data.h"

int
kbli_kode_ok(const char *kode)
{
	size_t i, n = strlen(kode);

	if (n == 1 && kode[0] >= 'A' && kode[0] <= 'Z')
		return 1;
	if (n < 2 || n > KBLI_KODE_MAX)
		return 0;
	for (i = 0; i < n; i++)
		if (kode[i] < '0' || kode[i] > '9')
			return 0;
	return 1;
}

/* "NN-NN" into *a, *b; 0 or -1. */
static int
range_parse(const char *s, size_t n, int *a, int *b)
{
	if (n != 5 || !isdigit((unsigned char)s[0]) ||
	    !isdigit((unsigned char)s[1]) || s[2] != '-' ||
	    !isdigit((unsigned char)s[3]) || !isdigit((unsigned char)s[4]))
		return -1;
	*a = (s[0] - '0') * 10 + (s[1] - '0');
	*b = (s[3] - '0') * 10 + (s[4] - '0');
	return *a <= *b ? 0 : -1;
}

/* A title: 1..KBLI_JUDUL_MAX bytes of UTF-8, no control character. */
static int
judul_ok(const char *s, size_t n)
{
	size_t i;

	if (n == 0 || n > KBLI_JUDUL_MAX || !utf8_valid(s, n))
		return 0;
	for (i = 0; i < n; i++)
		if ((unsigned char)s[i] < 0x20 || s[i] == 0x7f)
			return 0;
	return s[0] != ' ' && s[n - 1] != ' ';
}

static int
entry_cmp(const void *a, const void *b)
{
	const struct kbli_entry *x = a, *y = b;

	return strcmp(x->kode, y->kode);
}

void
kbli_free(struct kbli_set *set)
{
	free(set->v);
	free(set->text);
	set->v = NULL;
	set->text = NULL;
	set->n = 0;
}

/* One entry line (no newline) into e, its title copied to *tp. */
static int
line_parse(const char *s, size_t n, struct kbli_entry *e, char **tp)
{
	const char *tab = memchr(s, '\t', n), *t2;
	size_t kn, jn;

	if (tab == NULL)
		return -1;
	kn = (size_t)(tab - s);
	if (kn == 0 || kn > KBLI_KODE_MAX)
		return -1;
	memcpy(e->kode, s, kn);
	e->kode[kn] = '\0';
	if (!kbli_kode_ok(e->kode))
		return -1;
	s = tab + 1;
	n -= kn + 1;
	e->gp_first = e->gp_last = 0;
	if (kn == 1) {
		e->level = KBLI_KATEGORI;
		t2 = memchr(s, '\t', n);
		if (t2 == NULL ||
		    range_parse(s, (size_t)(t2 - s), &e->gp_first,
			&e->gp_last) != 0)
			return -1;
		n -= (size_t)(t2 - s) + 1;
		s = t2 + 1;
	} else
		e->level = (enum kbli_level)kn;
	jn = n;
	if (!judul_ok(s, jn) || memchr(s, '\t', jn) != NULL)
		return -1;
	memcpy(*tp, s, jn);
	(*tp)[jn] = '\0';
	e->judul = *tp;
	*tp += jn + 1;
	return 0;
}

int
kbli_parse(const char *text, size_t len, int versi, struct kbli_set *set)
{
	size_t cap = 0, i, line = 0, n;
	const char *p = text, *end = text + len, *nl;
	char *tp;

	memset(set, 0, sizeof(*set));
	set->versi = versi;
	for (i = 0; i < len; i++)
		if (text[i] == '\n')
			cap++;
	cap++;
	set->v = calloc(cap, sizeof(*set->v));
	set->text = malloc(len + 1);
	if (set->v == NULL || set->text == NULL) {
		kbli_free(set);
		return -1;
	}
	tp = set->text;
	while (p < end) {
		nl = memchr(p, '\n', (size_t)(end - p));
		n = nl != NULL ? (size_t)(nl - p) : (size_t)(end - p);
		line++;
		if (n > 0 && p[0] != '#' &&
		    line_parse(p, n, &set->v[set->n++], &tp) != 0) {
			kbli_free(set);
			return (int)line;
		}
		p += n + 1;
	}
	qsort(set->v, set->n, sizeof(*set->v), entry_cmp);
	for (i = 1; i < set->n; i++)
		if (strcmp(set->v[i - 1].kode, set->v[i].kode) == 0) {
			kbli_free(set);
			return (int)(line > 0 ? line : 1);
		}
	return 0;
}

const struct kbli_set *
kbli_versi(int versi)
{
	static struct kbli_set s2020, s2025;
	static int done2020, done2025;
	struct kbli_set *s;
	int *done, rc;
	const unsigned char *text;
	size_t len;

	if (versi == 2020) {
		s = &s2020, done = &done2020;
		text = kbli_2020, len = kbli_2020_len;
	} else if (versi == 2025) {
		s = &s2025, done = &done2025;
		text = kbli_2025, len = kbli_2025_len;
	} else
		return NULL;
	if (!*done) {
		rc = kbli_parse((const char *)text, len, versi, s);
		if (rc != 0)
			fprintf(stderr,
			    "pamong: data/kbli-%d.txt: baris %d"
			    " tidak sah\n",
			    versi, rc);
		*done = 1;
	}
	return s->n > 0 ? s : NULL;
}

const struct kbli_entry *
kbli_get(const struct kbli_set *set, const char *kode)
{
	struct kbli_entry key;

	if (set == NULL || !kbli_kode_ok(kode))
		return NULL;
	memset(&key, 0, sizeof(key));
	memcpy(key.kode, kode, strlen(kode) + 1);
	return bsearch(&key, set->v, set->n, sizeof(*set->v), entry_cmp);
}

const struct kbli_entry *
kbli_parent(const struct kbli_set *set, const struct kbli_entry *e,
    enum kbli_level level)
{
	char kode[KBLI_KODE_MAX + 1];
	size_t i;
	int gp;

	if (level >= e->level || e->level == KBLI_KATEGORI)
		return NULL;
	if (level != KBLI_KATEGORI) {
		memcpy(kode, e->kode, (size_t)level);
		kode[level] = '\0';
		return kbli_get(set, kode);
	}
	gp = (e->kode[0] - '0') * 10 + (e->kode[1] - '0');
	for (i = 0; i < set->n; i++)
		if (set->v[i].level == KBLI_KATEGORI &&
		    gp >= set->v[i].gp_first && gp <= set->v[i].gp_last)
			return &set->v[i];
	return NULL;
}

/* Does hay hold needle (n bytes, already lower case), ASCII folding? */
static int
has_word(const char *hay, const char *needle, size_t n)
{
	size_t i, j, hn = strlen(hay);

	for (i = 0; i + n <= hn; i++) {
		for (j = 0; j < n; j++)
			if (tolower((unsigned char)hay[i + j]) !=
			    (unsigned char)needle[j])
				break;
		if (j == n)
			return 1;
	}
	return 0;
}

#define KBLI_Q_MAX 100
#define KBLI_WORDS 8

size_t
kbli_search(const struct kbli_set *set, const char *q,
    const struct kbli_entry **out, size_t max)
{
	char low[KBLI_Q_MAX + 1], code[KBLI_KODE_MAX + 1];
	const char *w[KBLI_WORDS];
	size_t wl[KBLI_WORDS], nw = 0, qn, i, k, got = 0, cn = 0;
	char *p;
	int is_code = 1;

	if (set == NULL || max == 0)
		return 0;
	qn = strlen(q);
	if (qn > KBLI_Q_MAX)
		return 0;
	for (i = 0; i < qn; i++)
		low[i] = (char)tolower((unsigned char)q[i]);
	low[qn] = '\0';
	/* words of q */
	for (p = low; *p != '\0' && nw < KBLI_WORDS;) {
		while (*p == ' ' || *p == '\t' || *p == ',')
			p++;
		if (*p == '\0')
			break;
		w[nw] = p;
		while (*p != '\0' && *p != ' ' && *p != '\t' && *p != ',')
			p++;
		wl[nw] = (size_t)(p - w[nw]);
		nw++;
	}
	if (nw == 0)
		return 0;
	/* a code query: one word of digits, or one letter */
	if (nw == 1 && wl[0] <= KBLI_KODE_MAX) {
		for (i = 0; i < wl[0]; i++)
			if (!isdigit((unsigned char)w[0][i]))
				is_code = 0;
		if (wl[0] == 1 && isalpha((unsigned char)w[0][0]))
			is_code = 1;
		if (is_code) {
			cn = wl[0];
			for (i = 0; i < cn; i++)
				code[i] = (char)toupper((unsigned char)w[0][i]);
			code[cn] = '\0';
		}
	} else
		is_code = 0;
	if (is_code)
		for (i = 0; i < set->n && got < max; i++)
			if (strncmp(set->v[i].kode, code, cn) == 0)
				out[got++] = &set->v[i];
	for (i = 0; i < set->n && got < max; i++) {
		if (is_code && strncmp(set->v[i].kode, code, cn) == 0)
			continue;
		for (k = 0; k < nw; k++)
			if (!has_word(set->v[i].judul, w[k], wl[k]))
				break;
		if (k == nw)
			out[got++] = &set->v[i];
	}
	return got;
}

const char *
kbli_level_name(enum kbli_level l)
{
	static const char *const names[] = { "", "kategori", "golongan pokok",
		"golongan", "subgolongan", "kelompok" };

	return l >= KBLI_KATEGORI && l <= KBLI_KELOMPOK ? names[l] : "";
}
