/*
 * test_ikm.c: IKM arithmetic of PermenPANRB 14/2017 (the 29-respondent
 * example of the reference with both weightings, extremes, the interval
 * boundaries, missing answers) and the Krejcie-Morgan sample sizes.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "mod/survei/ikm.h"

/* The reference's example: 29 respondents, sums per element. */
static const int64_t ex_sums[IKM_UNSUR] = { 105, 101, 100, 116, 102, 105, 106,
	105, 115 };

static void
acc_sums(struct ikm_acc *a, const int64_t sums[IKM_UNSUR], int64_t n)
{
	int i;

	memset(a, 0, sizeof(*a));
	for (i = 0; i < IKM_UNSUR; i++) {
		a->sum[i] = sums[i];
		a->n[i] = n;
	}
	a->responden = n;
}

/* n answers per element with total t spread as evenly as possible. */
static void
acc_total(struct ikm_acc *a, int64_t n, int64_t t)
{
	int64_t sums[IKM_UNSUR];
	int i;

	for (i = 0; i < IKM_UNSUR; i++)
		sums[i] = t / IKM_UNSUR + (i < t % IKM_UNSUR ? 1 : 0);
	acc_sums(a, sums, n);
}

static void
t_example(void **state)
{
	struct ikm_acc a;
	struct ikm_hasil h;
	char buf[24];

	(void)state;
	acc_sums(&a, ex_sums, 29);
	assert_int_equal(ikm_compute(&a, IKM_BOBOT_TEPAT, &h), 0);
	assert_int_equal(h.ikm, 9148);
	ikm_fmt2(buf, h.ikm);
	assert_string_equal(buf, "91.48");
	assert_int_equal(h.mutu, 'A');
	assert_string_equal(h.kinerja, "Sangat Baik");
	/* NRR as printed in the reference */
	assert_int_equal(h.nrr[0], 36207);
	assert_int_equal(h.nrr[1], 34828);
	assert_int_equal(h.nrr[2], 34483);
	assert_int_equal(h.nrr[3], 40000);
	assert_int_equal(h.nrr[4], 35172);
	assert_int_equal(h.nrr[6], 36552);
	assert_int_equal(h.nrr[8], 39655);
	ikm_fmt4(buf, h.nrr[8]);
	assert_string_equal(buf, "3.9655");

	assert_int_equal(ikm_compute(&a, IKM_BOBOT_011, &h), 0);
	assert_int_equal(h.ikm, 9056);
	assert_int_equal(h.mutu, 'A');
}

/* The same example, one questionnaire at a time through ikm_add(). */
static void
t_add_rows(void **state)
{
	struct ikm_acc a;
	struct ikm_hasil h;
	int u[IKM_UNSUR], r, i;
	int64_t left[IKM_UNSUR];

	(void)state;
	memset(&a, 0, sizeof(a));
	memcpy(left, ex_sums, sizeof(left));
	for (r = 0; r < 29; r++) {
		for (i = 0; i < IKM_UNSUR; i++) {
			/* as many 4s as possible, then 3s */
			u[i] = left[i] - 4 >= 3 * (28 - r) ? 4 : 3;
			left[i] -= u[i];
		}
		assert_int_equal(ikm_add(&a, u), 0);
	}
	for (i = 0; i < IKM_UNSUR; i++) {
		assert_int_equal(left[i], 0);
		assert_int_equal(a.sum[i], ex_sums[i]);
	}
	assert_int_equal(a.responden, 29);
	assert_int_equal(ikm_compute(&a, IKM_BOBOT_TEPAT, &h), 0);
	assert_int_equal(h.ikm, 9148);
	u[3] = 5;
	assert_int_equal(ikm_add(&a, u), -1);
	u[3] = -1;
	assert_int_equal(ikm_add(&a, u), -1);
	assert_int_equal(a.responden, 29);
}

static void
t_extremes(void **state)
{
	struct ikm_acc a;
	struct ikm_hasil h;

	(void)state;
	acc_total(&a, 7, 7 * 4 * IKM_UNSUR);
	assert_int_equal(ikm_compute(&a, IKM_BOBOT_TEPAT, &h), 0);
	assert_int_equal(h.ikm, 10000);
	assert_int_equal(h.mutu, 'A');
	assert_string_equal(h.kinerja, "Sangat Baik");
	/* with 0.11 the best possible is 99.00 */
	assert_int_equal(ikm_compute(&a, IKM_BOBOT_011, &h), 0);
	assert_int_equal(h.ikm, 9900);

	acc_total(&a, 7, 7 * IKM_UNSUR);
	assert_int_equal(ikm_compute(&a, IKM_BOBOT_TEPAT, &h), 0);
	assert_int_equal(h.ikm, 2500);
	assert_int_equal(h.mutu, 'D');
	assert_string_equal(h.kinerja, "Tidak Baik");
}

/* Boundaries of the interval table, reached through real sums. */
static void
t_boundaries(void **state)
{
	static const struct {
		int64_t n, total, ikm;
		char mutu;
		const char *kinerja;
	} c[] = {
		{ 38, 889, 6499, 'D', "Tidak Baik" },  /* 64.985... */
		{ 5, 117, 6500, 'C', "Kurang Baik" },  /* 65.000 */
		{ 26, 717, 7660, 'C', "Kurang Baik" }, /* 76.602... */
		{ 19, 524, 7661, 'B', "Baik" },	       /* 76.608... */
		{ 19, 604, 8830, 'B', "Baik" },	       /* 88.304... */
		{ 24, 763, 8831, 'A', "Sangat Baik" }, /* 88.310... */
	};
	struct ikm_acc a;
	struct ikm_hasil h;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(c) / sizeof(c[0]); i++) {
		acc_total(&a, c[i].n, c[i].total);
		assert_int_equal(ikm_compute(&a, IKM_BOBOT_TEPAT, &h), 0);
		assert_int_equal(h.ikm, c[i].ikm);
		assert_int_equal(h.mutu, c[i].mutu);
		assert_string_equal(h.kinerja, c[i].kinerja);
	}
	assert_int_equal(ikm_mutu(2500, NULL), 'D');
	assert_int_equal(ikm_mutu(6499, NULL), 'D');
	assert_int_equal(ikm_mutu(6500, NULL), 'C');
	assert_int_equal(ikm_mutu(7660, NULL), 'C');
	assert_int_equal(ikm_mutu(7661, NULL), 'B');
	assert_int_equal(ikm_mutu(8830, NULL), 'B');
	assert_int_equal(ikm_mutu(8831, NULL), 'A');
	assert_int_equal(ikm_mutu(10000, NULL), 'A');
}

/* Exactly half a hundredth rounds up (0.11: 275 x 35 / 2 = 4812.5). */
static void
t_half_up(void **state)
{
	struct ikm_acc a;
	struct ikm_hasil h;

	(void)state;
	acc_total(&a, 2, 35);
	assert_int_equal(ikm_compute(&a, IKM_BOBOT_011, &h), 0);
	assert_int_equal(h.ikm, 4813);
	assert_int_equal(h.mutu, 'D');
}

/* Each element is divided by its own number of answers. */
static void
t_missing(void **state)
{
	int r1[IKM_UNSUR] = { 4, 4, 4, 4, 4, 4, 4, 4, 4 };
	int r2[IKM_UNSUR] = { 2, 4, 4, 4, 4, 4, 4, 4, 4 };
	int r3[IKM_UNSUR] = { 0, 4, 4, 4, 4, 4, 4, 4, 4 };
	int none[IKM_UNSUR] = { 0, 4, 4, 4, 4, 4, 4, 4, 0 };
	struct ikm_acc a;
	struct ikm_hasil h;

	(void)state;
	memset(&a, 0, sizeof(a));
	assert_int_equal(ikm_add(&a, r1), 0);
	assert_int_equal(ikm_add(&a, r2), 0);
	assert_int_equal(ikm_add(&a, r3), 0);
	assert_int_equal(a.n[0], 2);
	assert_int_equal(a.n[1], 3);
	assert_int_equal(ikm_compute(&a, IKM_BOBOT_TEPAT, &h), 0);
	assert_int_equal(h.nrr[0], 30000); /* 6 / 2, not 6 / 3 */
	assert_int_equal(h.nrr[1], 40000);
	assert_int_equal(h.ikm, 9722); /* 25 x 35 / 9 = 97.22 */

	/* an element nobody answered: no IKM */
	memset(&a, 0, sizeof(a));
	assert_int_equal(ikm_add(&a, none), 0);
	assert_int_equal(ikm_compute(&a, IKM_BOBOT_TEPAT, &h), -1);
	memset(&a, 0, sizeof(a));
	assert_int_equal(ikm_compute(&a, IKM_BOBOT_TEPAT, &h), -1);
}

/* Different denominators per element stay exact (lcm of 7, 11, 13...). */
static void
t_mixed_denominators(void **state)
{
	static const int64_t n[IKM_UNSUR] = { 7, 11, 13, 17, 19, 23, 29, 31,
		37 };
	struct ikm_acc a;
	struct ikm_hasil h;
	int i;

	(void)state;
	memset(&a, 0, sizeof(a));
	for (i = 0; i < IKM_UNSUR; i++) {
		a.n[i] = n[i];
		a.sum[i] = 3 * n[i] + 1; /* NRR 3 + 1/n */
	}
	assert_int_equal(ikm_compute(&a, IKM_BOBOT_TEPAT, &h), 0);
	/* 2500/9 x (27 + sum 1/n) = 7500 + 2500/9 x 0.5603... = 7655.39 */
	assert_int_equal(h.ikm, 7655);
	assert_int_equal(h.mutu, 'C');
	assert_int_equal(h.nrr[0], 31429); /* 22/7 = 3.142857 */
}

static void
t_krejcie_morgan(void **state)
{
	(void)state;
	assert_int_equal(ikm_sampel(10), 10);
	assert_int_equal(ikm_sampel(50), 44);
	assert_int_equal(ikm_sampel(100), 80);
	assert_int_equal(ikm_sampel(200), 132);
	assert_int_equal(ikm_sampel(500), 217);
	assert_int_equal(ikm_sampel(1000), 278);
	assert_int_equal(ikm_sampel(2000), 322);
	assert_int_equal(ikm_sampel(5000), 357);
	assert_int_equal(ikm_sampel(10000), 370);
	assert_int_equal(ikm_sampel(100000), 383);
	assert_int_equal(ikm_sampel(1000000), 384);
	assert_int_equal(ikm_sampel(1), 1);
	assert_int_equal(ikm_sampel(0), 0);
	assert_int_equal(ikm_sampel(-5), 0);
}

static void
t_wording(void **state)
{
	int i, v;

	(void)state;
	assert_string_equal(ikm_unsur_nama(0), "Persyaratan");
	assert_string_equal(ikm_unsur_nama(8), "Sarana dan Prasarana");
	assert_null(ikm_unsur_nama(9));
	assert_string_equal(ikm_jawaban(0, 1), "Tidak sesuai");
	assert_string_equal(ikm_jawaban(0, 4), "Sangat sesuai");
	assert_string_equal(ikm_jawaban(3, 4), "Gratis");
	assert_null(ikm_jawaban(0, 0));
	assert_null(ikm_jawaban(0, 5));
	for (i = 0; i < IKM_UNSUR; i++) {
		assert_non_null(ikm_unsur_tanya(i));
		for (v = 1; v <= 4; v++)
			assert_non_null(ikm_jawaban(i, v));
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(t_example),
		cmocka_unit_test(t_add_rows),
		cmocka_unit_test(t_extremes),
		cmocka_unit_test(t_boundaries),
		cmocka_unit_test(t_half_up),
		cmocka_unit_test(t_missing),
		cmocka_unit_test(t_mixed_denominators),
		cmocka_unit_test(t_krejcie_morgan),
		cmocka_unit_test(t_wording),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
