/*
 * ikm.c: IKM arithmetic of PermenPANRB 14/2017 in exact rationals.
 *
 * IKM = 25 x sum_u(w_u x S_u / n_u), S_u the sum of answers to element u
 * and n_u their number.  The sum of the nine fractions is kept as one
 * reduced fraction p/q in 128-bit integers, so that the rounding half up
 * to two decimals is decided exactly (91.475 is never 91.47499...).
 */
#include <stdio.h>
#include <string.h>

#include "ikm.h"
#include "lib/num.h"

__extension__ typedef __int128 i128;

static const char *const names[IKM_UNSUR] = {
	"Persyaratan",
	"Sistem, Mekanisme, dan Prosedur",
	"Waktu Penyelesaian",
	"Biaya/Tarif",
	"Produk Spesifikasi Jenis Pelayanan",
	"Kompetensi Pelaksana",
	"Perilaku Pelaksana",
	"Penanganan Pengaduan, Saran dan Masukan",
	"Sarana dan Prasarana",
};

/*
 * Questions and answer wording of the sample questionnaire in the
 * Lampiran of PermenPANRB 14/2017 (see doc/ikm.md for the source).
 */
static const char *const questions[IKM_UNSUR] = {
	"Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan"
	" dengan jenis pelayanannya?",
	"Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di"
	" unit ini?",
	"Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan"
	" pelayanan?",
	"Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam"
	" pelayanan?",
	"Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan"
	" antara yang tercantum dalam standar pelayanan dengan hasil yang"
	" diberikan?",
	"Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas"
	" dalam pelayanan?",
	"Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan"
	" terkait kesopanan dan keramahan?",
	"Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna"
	" layanan?",
	"Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?",
};

static const char *const answers[IKM_UNSUR][4] = {
	{ "Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai" },
	{ "Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah" },
	{ "Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat" },
	{ "Sangat mahal", "Cukup mahal", "Murah", "Gratis" },
	{ "Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai" },
	{ "Tidak kompeten", "Kurang kompeten", "Kompeten", "Sangat kompeten" },
	{ "Tidak sopan dan ramah", "Kurang sopan dan ramah", "Sopan dan ramah",
	    "Sangat sopan dan ramah" },
	{ "Tidak ada", "Ada tetapi tidak berfungsi",
	    "Berfungsi kurang maksimal", "Dikelola dengan baik" },
	{ "Buruk", "Cukup", "Baik", "Sangat baik" },
};

const char *
ikm_unsur_nama(int i)
{
	return i >= 0 && i < IKM_UNSUR ? names[i] : NULL;
}

const char *
ikm_unsur_tanya(int i)
{
	return i >= 0 && i < IKM_UNSUR ? questions[i] : NULL;
}

const char *
ikm_jawaban(int i, int v)
{
	if (i < 0 || i >= IKM_UNSUR || v < 1 || v > 4)
		return NULL;
	return answers[i][v - 1];
}

int
ikm_add(struct ikm_acc *a, const int u[IKM_UNSUR])
{
	int i;

	for (i = 0; i < IKM_UNSUR; i++)
		if (u[i] < 0 || u[i] > 4)
			return -1;
	for (i = 0; i < IKM_UNSUR; i++)
		if (u[i] != 0) {
			a->sum[i] += u[i];
			a->n[i]++;
		}
	a->responden++;
	return 0;
}

static i128
gcd128(i128 a, i128 b)
{
	i128 t;

	while (b != 0) {
		t = a % b;
		a = b;
		b = t;
	}
	return a;
}

/* p/q += a/b, reduced; -1 on overflow. */
static int
frac_add(i128 *p, i128 *q, i128 a, i128 b)
{
	i128 g = gcd128(*q, b), l, x, y, t;

	if (__builtin_mul_overflow(*q / g, b, &l) ||
	    __builtin_mul_overflow(*p, b / g, &x) ||
	    __builtin_mul_overflow(a, *q / g, &y) ||
	    __builtin_add_overflow(x, y, &t))
		return -1;
	g = gcd128(t, l);
	if (g == 0)
		g = 1;
	*p = t / g;
	*q = l / g;
	return 0;
}

char
ikm_mutu(int64_t v, const char **kinerja)
{
	const char *k;
	char m;

	if (v <= 6499) {
		m = 'D';
		k = "Tidak Baik";
	} else if (v <= 7660) {
		m = 'C';
		k = "Kurang Baik";
	} else if (v <= 8830) {
		m = 'B';
		k = "Baik";
	} else {
		m = 'A';
		k = "Sangat Baik";
	}
	if (kinerja != NULL)
		*kinerja = k;
	return m;
}

int
ikm_compute(const struct ikm_acc *a, enum ikm_bobot bobot, struct ikm_hasil *h)
{
	i128 p = 0, q = 1, wn, wd, num, den;
	int i;

	memset(h, 0, sizeof(*h));
	for (i = 0; i < IKM_UNSUR; i++)
		if (a->n[i] <= 0)
			return -1;
	for (i = 0; i < IKM_UNSUR; i++) {
		/* NRR x 10000, half up: floor((2*10000*S + n) / (2n)) */
		h->nrr[i] = (int64_t)(((i128)20000 * a->sum[i] + a->n[i]) /
		    ((i128)2 * a->n[i]));
		if (frac_add(&p, &q, a->sum[i], a->n[i]) != 0)
			return -2;
	}
	if (bobot == IKM_BOBOT_011) {
		wn = 11;
		wd = 100;
	} else {
		wn = 1;
		wd = 9;
	}
	/* IKM x 100 = 2500 * wn/wd * p/q, half up */
	if (__builtin_mul_overflow(p, 2 * 2500 * wn, &num) ||
	    __builtin_mul_overflow(q, wd, &den) ||
	    __builtin_add_overflow(num, den, &num) ||
	    __builtin_mul_overflow(den, 2, &den))
		return -2;
	h->ikm = (int64_t)(num / den);
	h->mutu = ikm_mutu(h->ikm, &h->kinerja);
	return 0;
}

int64_t
ikm_sampel(int64_t n)
{
	i128 num, den;

	if (n <= 0)
		return 0;
	/* x 4000: s = 3841 N / (10 (N - 1) + 3841); half up */
	num = (i128)3841 * n;
	den = (i128)10 * (n - 1) + 3841;
	return (int64_t)((2 * num + den) / (2 * den));
}

void
ikm_fmt2(char *buf, int64_t v)
{
	num_fixed(buf, 24, v, 2, '.');
}

void
ikm_fmt4(char *buf, int64_t v)
{
	num_fixed(buf, 24, v, 4, '.');
}
