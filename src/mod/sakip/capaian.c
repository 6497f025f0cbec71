/*
 * capaian.c: exact capaian of an indicator (issue 22).  Amounts are
 * integers in millionths, capaian in hundredths of a percent; products
 * go through __int128 so no amount up to SAKIP_ANGKA_MAX overflows.
 */
#include <stdio.h>
#include <string.h>

#include "sakip.h"

int
sakip_polaritas_parse(const char *s)
{
	if (strcmp(s, "positif") == 0)
		return SAKIP_POSITIF;
	if (strcmp(s, "negatif") == 0)
		return SAKIP_NEGATIF;
	if (strcmp(s, "nilai_akhir") == 0 || strcmp(s, "nilai akhir") == 0)
		return SAKIP_NILAI_AKHIR;
	return 0;
}

const char *
sakip_polaritas_kata(int p)
{
	switch (p) {
	case SAKIP_POSITIF:
		return "positif";
	case SAKIP_NEGATIF:
		return "negatif";
	case SAKIP_NILAI_AKHIR:
		return "nilai_akhir";
	}
	return "?";
}

int
sakip_angka_parse(const char *s, int64_t *out)
{
	int64_t ip = 0, fp = 0;
	int neg = 0, nd = 0, nf = 0;

	if (*s == '-') {
		neg = 1;
		s++;
	}
	for (; *s >= '0' && *s <= '9'; s++) {
		if (++nd > 13)
			return -1;
		ip = ip * 10 + (*s - '0');
	}
	if (nd == 0)
		return -1;
	if (*s == '.') {
		for (s++; *s >= '0' && *s <= '9'; s++) {
			if (++nf > 6)
				return -1;
			fp = fp * 10 + (*s - '0');
		}
		if (nf == 0)
			return -1;
	}
	if (*s != '\0')
		return -1;
	for (; nf < 6; nf++)
		fp *= 10;
	if (ip > 1000000000000LL || (ip == 1000000000000LL && fp > 0))
		return -1;
	*out = (neg ? -1 : 1) * (ip * SAKIP_SKALA + fp);
	return 0;
}

void
sakip_angka_fmt(int64_t x, char out[32])
{
	uint64_t a = x < 0 ? (uint64_t)(-(x + 1)) + 1 : (uint64_t)x;
	unsigned fp = (unsigned)(a % SAKIP_SKALA);
	char frac[8];
	int n;

	snprintf(frac, sizeof(frac), "%06u", fp % 1000000u);
	for (n = 6; n > 0 && frac[n - 1] == '0'; n--)
		frac[n - 1] = '\0';
	snprintf(out, 32, "%s%llu%s%s", x < 0 ? "-" : "",
	    (unsigned long long)(a / SAKIP_SKALA % 100000000000000ULL),
	    n > 0 ? "." : "", frac);
}

void
sakip_fmt2(int64_t x, char out[32])
{
	uint64_t a = x < 0 ? (uint64_t)(-(x + 1)) + 1 : (uint64_t)x;

	snprintf(out, 32, "%s%llu.%02llu", x < 0 ? "-" : "",
	    (unsigned long long)(a / 100), (unsigned long long)(a % 100));
}

/* round_half_up(num / den) for den > 0 and any sign of num: the nearest
 * integer, halves away from minus infinity (floor(num/den + 1/2)). */
static int64_t
bagi_bulat(__int128 num, __int128 den)
{
	__int128 n2 = 2 * num + den, d2 = 2 * den, q = n2 / d2;

	if (n2 % d2 != 0 && n2 < 0)
		q--; /* C truncates toward zero; we want floor */
	if (q > SAKIP_CAPAIAN_MAX)
		return SAKIP_CAPAIAN_MAX;
	if (q < -SAKIP_CAPAIAN_MAX)
		return -SAKIP_CAPAIAN_MAX;
	return (int64_t)q;
}

int
sakip_capaian(int polaritas, int64_t t, int64_t r, int64_t *out,
    int64_t *mentah)
{
	__int128 num;
	int64_t v;

	if (polaritas < SAKIP_POSITIF || polaritas > SAKIP_NILAI_AKHIR)
		return -2;
	if (t == 0)
		return -1;
	if (t < 0)
		return -2;
	/* hundredths of a percent: value x 100 x 100 */
	if (polaritas == SAKIP_NEGATIF)
		num = ((__int128)2 * t - r) * 10000;
	else
		num = (__int128)r * 10000;
	v = bagi_bulat(num, t);
	if (mentah != NULL)
		*mentah = v;
	*out = v < 0 ? 0 : v;
	return 0;
}

int
sakip_capaian_periode(int polaritas, int kumulatif, const int64_t t[4],
    const int64_t r[4], const int ada[4], int upto, int64_t *out, int *tq)
{
	int64_t st = 0, sr = 0;
	int q, last = -1;

	if (upto < 1 || upto > 4)
		return -2;
	for (q = 0; q < upto; q++)
		if (ada[q])
			last = q;
	if (last < 0)
		return 1;
	if (tq != NULL)
		*tq = last + 1;
	if (polaritas == SAKIP_NILAI_AKHIR || !kumulatif)
		return sakip_capaian(polaritas, t[last], r[last], out, NULL);
	for (q = 0; q <= last; q++) {
		st += t[q];
		sr += ada[q] ? r[q] : 0; /* a quarter not reported counts 0 */
	}
	return sakip_capaian(polaritas, st, sr, out, NULL);
}
