/*
 * spbe_score.c: exact SPBE arithmetic.  Weights are integers in
 * hundredths of a percent, so Σ(level × weight) is an exact integer and
 * every index is rounded half up from an exact ratio of integers.
 */
#include <stdlib.h>
#include <string.h>

#include "lib/xalloc.h"
#include "spbe.h"

int64_t
spbe_round(int64_t num, int64_t den)
{
	/* round_half_up(100 * num / den) = floor((200 * num + den) / 2den) */
	if (den <= 0 || num < 0)
		return 0;
	return (200 * num + den) / (2 * den);
}

int
spbe_score(const struct spbe_framework *fw, const int *levels,
    struct spbe_skor *s)
{
	int64_t *sa, *sd, *wa, *wd, v;
	size_t i;

	memset(s, 0, sizeof(*s));
	for (i = 0; i < fw->nind; i++)
		if (levels[i] < 0 || levels[i] > SPBE_LEVEL_MAX)
			return -1;
	sa = xcalloc(fw->naspek, sizeof(*sa));
	wa = xcalloc(fw->naspek, sizeof(*wa));
	sd = xcalloc(fw->ndomain, sizeof(*sd));
	wd = xcalloc(fw->ndomain, sizeof(*wd));
	for (i = 0; i < fw->nind; i++) {
		size_t a = fw->ind[i].aspek, d = fw->aspek[a].domain;

		v = (int64_t)levels[i] * fw->ind[i].bobot;
		s->jumlah += v;
		sa[a] += v;
		wa[a] += fw->ind[i].bobot;
		sd[d] += v;
		wd[d] += fw->ind[i].bobot;
		if (levels[i] == 0)
			s->kosong++;
	}
	s->indeks = spbe_round(s->jumlah, SPBE_TOTAL);
	s->aspek = sa;
	s->domain = sd;
	for (i = 0; i < fw->naspek; i++)
		sa[i] = spbe_round(sa[i], wa[i]);
	for (i = 0; i < fw->ndomain; i++)
		sd[i] = spbe_round(sd[i], wd[i]);
	free(wa);
	free(wd);
	return 0;
}

void
spbe_skor_free(struct spbe_skor *s)
{
	free(s->aspek);
	free(s->domain);
	s->aspek = s->domain = NULL;
}

const char *
spbe_predikat(const struct spbe_framework *fw, int64_t x)
{
	size_t i;

	/* ranges are ascending and contiguous (checked by the loader) */
	for (i = fw->npredikat; i-- > 0;)
		if (x >= fw->predikat[i].bawah)
			return fw->predikat[i].nama;
	return NULL;
}

static const struct spbe_framework *sort_fw;

static int
gain_cmp(const void *a, const void *b)
{
	const struct spbe_gain *x = a, *y = b;

	if (x->gain != y->gain)
		return x->gain > y->gain ? -1 : 1;
	return sort_fw->ind[x->ind].nomor - sort_fw->ind[y->ind].nomor;
}

size_t
spbe_whatif(const struct spbe_framework *fw, const int *levels,
    struct spbe_gain *out, size_t max)
{
	struct spbe_gain *all;
	size_t i, n = 0;

	all = xcalloc(fw->nind ? fw->nind : 1, sizeof(*all));
	for (i = 0; i < fw->nind; i++) {
		if (levels[i] >= SPBE_LEVEL_MAX)
			continue;
		all[n].ind = i;
		all[n].gain = fw->ind[i].bobot;
		n++;
	}
	sort_fw = fw;
	qsort(all, n, sizeof(*all), gain_cmp);
	sort_fw = NULL;
	if (n > max)
		n = max;
	memcpy(out, all, n * sizeof(*out));
	free(all);
	return n;
}
