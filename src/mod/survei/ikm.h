/*
 * ikm.h: the Indeks Kepuasan Masyarakat of PermenPANRB 14/2017, in exact
 * integer/rational arithmetic (no floating point), and the Krejcie-Morgan
 * sample size.  Pure functions: no store, no I/O.  See doc/ikm.md.
 */
#ifndef PAMONG_IKM_H
#define PAMONG_IKM_H

#include <stdint.h>

#define IKM_UNSUR 9

/* Weighting of the nine elements. */
enum ikm_bobot {
	IKM_BOBOT_TEPAT = 0, /* exactly 1/9 each (the default) */
	IKM_BOBOT_011	     /* the printed 0.11 each (max 99.00) */
};

/* Running sums: per element the sum of answers and their number. */
struct ikm_acc {
	int64_t sum[IKM_UNSUR];
	int64_t n[IKM_UNSUR];
	int64_t responden; /* questionnaires added */
};

struct ikm_hasil {
	int64_t nrr[IKM_UNSUR]; /* NRR x 10000, rounded half up */
	int64_t ikm;		/* IKM x 100, rounded half up */
	char mutu;		/* 'A'..'D' */
	const char *kinerja;	/* "Sangat Baik" .. "Tidak Baik" */
};

/*
 * Add one questionnaire: u[i] is the answer 1..4 to element i+1, or 0 when
 * not answered.  Returns 0, or -1 (nothing added) when a value is outside
 * 0..4.
 */
int ikm_add(struct ikm_acc *, const int u[IKM_UNSUR]);

/*
 * Compute NRR per element (sum / answers to that element), the weighted
 * sum x 25 rounded half up to two decimals, and mutu/kinerja from that
 * two-decimal value.  Returns 0; -1 when some element has no answer at
 * all (no IKM can be given); -2 if the exact arithmetic would overflow
 * (denominators beyond any realistic survey).
 */
int ikm_compute(const struct ikm_acc *, enum ikm_bobot, struct ikm_hasil *);

/*
 * Mutu and kinerja of an IKM given x 100 (e.g. 9148): 2500-6499 D Tidak
 * Baik, 6500-7660 C Kurang Baik, 7661-8830 B Baik, 8831-10000 A Sangat
 * Baik.  Returns the letter and sets *kinerja (may be NULL).
 */
char ikm_mutu(int64_t ikm100, const char **kinerja);

/*
 * Krejcie-Morgan sample size for a population of n service users:
 * s = X2 N P(1-P) / (d2 (N-1) + X2 P(1-P)), X2 = 3.841, P = 0.5,
 * d = 0.05, rounded half up (10 -> 10, 100 -> 80, 1000 -> 278).
 * 0 for n <= 0.
 */
int64_t ikm_sampel(int64_t n);

/* Element name (i = 0..8), e.g. "Persyaratan"; NULL outside. */
const char *ikm_unsur_nama(int i);
/* The question asked for element i (0..8). */
const char *ikm_unsur_tanya(int i);
/* The wording of answer v (1..4) to element i (0..8); NULL outside. */
const char *ikm_jawaban(int i, int v);

/* "91.48" for 9148 into buf (at least 24 bytes). */
void ikm_fmt2(char *buf, int64_t x100);
/* "3.6207" for 36207 into buf (at least 24 bytes). */
void ikm_fmt4(char *buf, int64_t x10000);

#endif
