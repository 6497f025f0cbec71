/*
 * test_sakip.c: the SAKIP rules of issue 22 as vectors: decimal
 * amounts, capaian of both polarities (the worked examples of
 * shared/reference/sakip-rb-spip.md §6), the floor at 0, target 0,
 * cumulative and "nilai akhir" quarters, and the AKIP score with its
 * predikat boundaries (30.00/30.01, 50.00, 60.00, 80.00, 90.00/90.01)
 * from CSV answer sheets, the sheet's errors naming the row, and the
 * PK and LKjIP deadlines.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mod/sakip/sakip.h"
#include "lib/buf.h"

static int64_t
A(const char *s)
{
	int64_t v = 0;

	assert_int_equal(sakip_angka_parse(s, &v), 0);
	return v;
}

/* capaian of T and R (text) with polarity p, as "NNN.NN" */
static const char *
cap(int p, const char *t, const char *r)
{
	static char out[32];
	int64_t c;

	assert_int_equal(sakip_capaian(p, A(t), A(r), &c, NULL), 0);
	sakip_fmt2(c, out);
	return out;
}

static void
test_angka(void **state)
{
	int64_t v;
	char s[32];

	(void)state;
	assert_int_equal(A("5.50"), 5500000);
	assert_int_equal(A("1200"), 1200000000);
	assert_int_equal(A("-0.5"), -500000);
	assert_int_equal(A("0.000001"), 1);
	assert_int_equal(A("1000000000000"), 1000000000000LL * SAKIP_SKALA);
	assert_int_equal(sakip_angka_parse("1000000000000.1", &v), -1);
	assert_int_equal(sakip_angka_parse("1,5", &v), -1);
	assert_int_equal(sakip_angka_parse("1.", &v), -1);
	assert_int_equal(sakip_angka_parse(".5", &v), -1);
	assert_int_equal(sakip_angka_parse("", &v), -1);
	assert_int_equal(sakip_angka_parse("-", &v), -1);
	assert_int_equal(sakip_angka_parse("1e3", &v), -1);
	assert_int_equal(sakip_angka_parse(" 1", &v), -1);
	assert_int_equal(sakip_angka_parse("0.1234567", &v), -1);
	assert_int_equal(sakip_angka_parse("99999999999999", &v), -1);
	sakip_angka_fmt(5500000, s);
	assert_string_equal(s, "5.5");
	sakip_angka_fmt(1200000000, s);
	assert_string_equal(s, "1200");
	sakip_angka_fmt(-500000, s);
	assert_string_equal(s, "-0.5");
	sakip_fmt2(-5000, s);
	assert_string_equal(s, "-50.00");
	sakip_fmt2(-5, s);
	assert_string_equal(s, "-0.05");
	sakip_fmt2(0, s);
	assert_string_equal(s, "0.00");
	assert_int_equal(sakip_polaritas_parse("positif"), SAKIP_POSITIF);
	assert_int_equal(sakip_polaritas_parse("nilai akhir"),
	    SAKIP_NILAI_AKHIR);
	assert_int_equal(sakip_polaritas_parse("Positif"), 0);
}

static void
test_capaian(void **state)
{
	int64_t c = 7, m = 7;

	(void)state;
	/* §6 vectors 1-7 */
	assert_string_equal(cap(SAKIP_POSITIF, "80", "92"), "115.00");
	assert_string_equal(cap(SAKIP_POSITIF, "1200", "900"), "75.00");
	assert_string_equal(cap(SAKIP_NEGATIF, "5.50", "5.08"), "107.64");
	assert_string_equal(cap(SAKIP_NEGATIF, "5.00", "6.00"), "80.00");
	assert_string_equal(cap(SAKIP_NEGATIF, "7", "6.5"), "107.14");
	assert_string_equal(cap(SAKIP_NEGATIF, "8", "9"), "87.50");
	assert_string_equal(cap(SAKIP_NEGATIF, "2", "5"), "0.00");
	/* the raw value is kept */
	assert_int_equal(sakip_capaian(SAKIP_NEGATIF, A("2"), A("5"), &c, &m),
	    0);
	assert_int_equal(c, 0);
	assert_int_equal(m, -5000);
	/* half up: 1/8 = 12.5 %; 2/3 = 66.666.. -> 66.67; 1/6 -> 16.67 */
	assert_string_equal(cap(SAKIP_POSITIF, "8", "1"), "12.50");
	assert_string_equal(cap(SAKIP_POSITIF, "3", "2"), "66.67");
	assert_string_equal(cap(SAKIP_POSITIF, "6", "1"), "16.67");
	/* 1/1600 = 0.0625 % -> 0.06; 1/800 = 0.125 % -> 0.13 */
	assert_string_equal(cap(SAKIP_POSITIF, "1600", "1"), "0.06");
	assert_string_equal(cap(SAKIP_POSITIF, "800", "1"), "0.13");
	/* negative realisation, positive polarity: floored at 0 */
	assert_string_equal(cap(SAKIP_POSITIF, "2", "-1"), "0.00");
	assert_int_equal(sakip_capaian(SAKIP_POSITIF, A("2"), A("-1"), &c, &m),
	    0);
	assert_int_equal(m, -5000);
	/* negative polarity: realisation 0 is double the target (200 %);
	   exactly twice the target gives 0 */
	assert_string_equal(cap(SAKIP_NEGATIF, "4", "0"), "200.00");
	assert_string_equal(cap(SAKIP_NEGATIF, "4", "8"), "0.00");
	/* the largest amounts do not overflow */
	assert_string_equal(cap(SAKIP_POSITIF, "0.000001", "1000000000000"),
	    "1000000000000000.00"); /* clamped at SAKIP_CAPAIAN_MAX */
	assert_string_equal(cap(SAKIP_NEGATIF, "0.000001", "-1000000000000"),
	    "1000000000000000.00");
	assert_string_equal(
	    cap(SAKIP_POSITIF, "1000000000000", "999999999999.999999"),
	    "100.00");
	/* target 0: no capaian; a negative target is refused */
	assert_int_equal(sakip_capaian(SAKIP_POSITIF, 0, A("5"), &c, &m), -1);
	assert_int_equal(sakip_capaian(SAKIP_NEGATIF, 0, 0, &c, &m), -1);
	assert_int_equal(sakip_capaian(SAKIP_POSITIF, A("-1"), A("5"), &c, &m),
	    -2);
	assert_int_equal(sakip_capaian(9, A("1"), A("5"), &c, &m), -2);
}

static void
test_periode(void **state)
{
	int64_t t[4] = { A("20"), A("30"), A("30"), A("20") };
	int64_t r[4] = { A("20"), A("25"), A("30"), 0 };
	int ada[4] = { 1, 1, 1, 0 }, q = 0;
	int64_t c;

	(void)state;
	/* §6 vector 8: 75 of 80 after TW3 */
	assert_int_equal(
	    sakip_capaian_periode(SAKIP_POSITIF, 1, t, r, ada, 4, &c, &q), 0);
	assert_int_equal(c, 9375);
	assert_int_equal(q, 3);
	/* after TW2 only: 45 of 50 */
	assert_int_equal(
	    sakip_capaian_periode(SAKIP_POSITIF, 1, t, r, ada, 2, &c, &q), 0);
	assert_int_equal(c, 9000);
	assert_int_equal(q, 2);
	/* a quarter not reported counts 0: TW2 missing -> 50 of 80 */
	ada[1] = 0;
	assert_int_equal(
	    sakip_capaian_periode(SAKIP_POSITIF, 1, t, r, ada, 3, &c, &q), 0);
	assert_int_equal(c, 6250);
	ada[1] = 1;
	/* nilai akhir: the latest quarter (TW3 30 of 30) */
	assert_int_equal(
	    sakip_capaian_periode(SAKIP_NILAI_AKHIR, 0, t, r, ada, 4, &c, &q),
	    0);
	assert_int_equal(c, 10000);
	assert_int_equal(q, 3);
	/* a level with negative polarity, not cumulative: TW3 only */
	{
		int64_t tk[4] = { A("6"), A("5.8"), A("5.5"), A("5.3") };
		int64_t rk[4] = { A("6.1"), A("5.9"), A("5.08"), 0 };

		assert_int_equal(sakip_capaian_periode(SAKIP_NEGATIF, 0, tk, rk,
				     ada, 4, &c, &q),
		    0);
		assert_int_equal(c, 10764);
	}
	/* cumulative negative: sums 75 against 80 -> (160-75)/80 */
	assert_int_equal(
	    sakip_capaian_periode(SAKIP_NEGATIF, 1, t, r, ada, 4, &c, &q), 0);
	assert_int_equal(c, 10625);
	/* nothing reported yet */
	memset(ada, 0, sizeof(ada));
	assert_int_equal(
	    sakip_capaian_periode(SAKIP_POSITIF, 1, t, r, ada, 4, &c, &q), 1);
	/* target 0 in the chosen quarter */
	ada[0] = 1;
	t[0] = 0;
	assert_int_equal(
	    sakip_capaian_periode(SAKIP_NILAI_AKHIR, 0, t, r, ada, 1, &c, &q),
	    -1);
	assert_int_equal(
	    sakip_capaian_periode(SAKIP_POSITIF, 1, t, r, ada, 5, &c, &q), -2);
}

/*
 * An answer sheet: every sub-component gets one criterion answered
 * `semua`, except the sub-components listed in `lain` as "k j n x y":
 * n criteria, the first answered x and the n-1 others y.
 */
static int
lembar(const char *semua, const char *lain, struct sakip_akip *a, char *err,
    size_t errlen)
{
	struct buf b = BUF_INIT;
	int k, j, i, rc;

	buf_adds(&b, "komponen,subkomponen,kriteria,jawaban\n");
	for (k = 0; k < SAKIP_AKIP_NKOMP; k++)
		for (j = 0; j < SAKIP_AKIP_NSUB; j++) {
			int lk, lj, n = 0;
			char x[3] = "", y[3] = "";
			const char *p = lain;

			while (p && *p) {
				int used = 0;

				if (sscanf(p, "%d %d %d %2s %2s%n", &lk, &lj,
					&n, x, y, &used) == 5 &&
				    lk == k && lj == j)
					break;
				n = 0;
				p = used ? p + used : NULL;
				while (p && *p == ';')
					p++;
			}
			if (n == 0) {
				buf_addf(&b, "%s,%s,k1,%s\n",
				    sakip_akip_komponen_kode(k),
				    sakip_akip_sub_kode(j), semua);
				continue;
			}
			for (i = 0; i < n; i++)
				buf_addf(&b, "%s,%s,k%d,%s\n",
				    sakip_akip_komponen_kode(k),
				    sakip_akip_sub_kode(j), i + 1,
				    i == 0 ? x : y);
		}
	rc = sakip_akip_csv(b.s, b.len, a, err, errlen);
	buf_free(&b);
	return rc;
}

static int64_t
nilai(const char *semua, const char *lain)
{
	struct sakip_akip a;
	char err[256];

	if (lembar(semua, lain, &a, err, sizeof(err)) != 0)
		fail_msg("%s", err);
	return a.nilai;
}

static void
test_akip_batas(void **state)
{
	(void)state;
	/* one letter everywhere: the letter's value as the score */
	assert_int_equal(nilai("AA", NULL), 10000);
	assert_int_equal(nilai("A", NULL), 9000);
	assert_int_equal(nilai("BB", NULL), 8000);
	assert_int_equal(nilai("CC", NULL), 6000);
	assert_int_equal(nilai("C", NULL), 5000);
	assert_int_equal(nilai("D", NULL), 3000);
	assert_int_equal(nilai("E", NULL), 0);
	/* +0.01: pelaporan keberadaan (3.00) with 60 criteria, one a step
	   up (D 30 -> C 50: 3 x 20 / 60 = 0.01) */
	assert_int_equal(nilai("D", "2 0 60 C D"), 3001);
	/* perencanaan keberadaan (6.00), 60 criteria, one AA among A:
	   6 x 10 / 60 = 0.01 */
	assert_int_equal(nilai("A", "0 0 60 AA A"), 9001);
	/* predikat boundaries, lower bounds exclusive */
	assert_string_equal(sakip_akip_predikat(0), "D");
	assert_string_equal(sakip_akip_predikat(3000), "D");
	assert_string_equal(sakip_akip_predikat(3001), "C");
	assert_string_equal(sakip_akip_predikat(5000), "C");
	assert_string_equal(sakip_akip_predikat(5001), "CC");
	assert_string_equal(sakip_akip_predikat(6000), "CC");
	assert_string_equal(sakip_akip_predikat(6001), "B");
	assert_string_equal(sakip_akip_predikat(7000), "B");
	assert_string_equal(sakip_akip_predikat(7014), "BB");
	assert_string_equal(sakip_akip_predikat(8000), "BB");
	assert_string_equal(sakip_akip_predikat(8001), "A");
	assert_string_equal(sakip_akip_predikat(9000), "A");
	assert_string_equal(sakip_akip_predikat(9001), "AA");
	assert_string_equal(sakip_akip_predikat(10000), "AA");
	/* Siak's published results (§5, §6 vector 13) */
	assert_string_equal(sakip_akip_predikat(6026), "B");
	assert_string_equal(sakip_akip_predikat(6450), "B");
	assert_string_equal(sakip_akip_predikat(6626), "B");
	assert_string_equal(sakip_akip_predikat_arti(9001), "Sangat Memuaskan");
	assert_string_equal(sakip_akip_predikat_arti(3000), "Sangat Kurang");
	/* scores of the boundary sheets through their predikat */
	assert_string_equal(sakip_akip_predikat(nilai("D", NULL)), "D");
	assert_string_equal(sakip_akip_predikat(nilai("D", "2 0 60 C D")), "C");
	assert_string_equal(sakip_akip_predikat(nilai("C", NULL)), "C");
	assert_string_equal(sakip_akip_predikat(nilai("CC", NULL)), "CC");
	assert_string_equal(sakip_akip_predikat(nilai("BB", NULL)), "BB");
	assert_string_equal(sakip_akip_predikat(nilai("A", NULL)), "A");
	assert_string_equal(sakip_akip_predikat(nilai("A", "0 0 60 AA A")),
	    "AA");
}

static void
test_akip_sub(void **state)
{
	struct sakip_akip a;
	char err[256];

	(void)state;
	/* §6 vector 9: perencanaan 6 x 100 % + 9 x 80 % + 15 x 60 % */
	assert_int_equal(
	    lembar("CC", "0 0 1 AA AA;0 1 1 BB BB", &a, err, sizeof(err)), 0);
	assert_int_equal(a.sub[0][0], 600);
	assert_int_equal(a.sub[0][1], 720);
	assert_int_equal(a.sub[0][2], 900);
	assert_int_equal(a.komponen[0], 2220);
	/* mean of a sub-component, rounded half up once: pelaporan
	   kualitas 4.50 x (90+70+70+70)/4 = 4.50 x 75 = 3.375 -> 3.38 */
	assert_int_equal(lembar("E", "2 1 4 A B", &a, err, sizeof(err)), 0);
	assert_int_equal(a.sub[2][1], 338);
	assert_int_equal(a.n[2][1], 4);
	assert_int_equal(a.nilai, 338);
	/* weights: 6/9/15, 6/9/15, 3/4.5/7.5, 5/7.5/12.5 */
	assert_int_equal(lembar("AA", NULL, &a, err, sizeof(err)), 0);
	assert_int_equal(a.sub[2][1], 450);
	assert_int_equal(a.sub[3][2], 1250);
	assert_int_equal(a.komponen[1], 3000);
	assert_int_equal(a.komponen[2], 1500);
	assert_int_equal(a.komponen[3], 2500);
}

/* sheet text -> error message containing want */
static void
salah(const char *csv, const char *want)
{
	struct sakip_akip a;
	char err[256] = "";

	assert_int_equal(sakip_akip_csv(csv, strlen(csv), &a, err, sizeof(err)),
	    -1);
	if (strstr(err, want) == NULL)
		fail_msg("error \"%s\" lacks \"%s\"", err, want);
	assert_int_equal(a.nilai, 0);
}

#define H "komponen,subkomponen,kriteria,jawaban\n"
static void
test_akip_salah(void **state)
{
	(void)state;
	salah("", "kosong");
	salah("komponen,sub,kriteria,jawaban\n", "Baris 1: judul kolom");
	salah(H "perencanaan,keberadaan,k1,F\n", "Baris 2: jawaban \"F\"");
	salah(H "perencanaan,keberadaan,k1,aa\n", "Baris 2: jawaban \"aa\"");
	salah(H "perencanaan,keberadaan,k1,A\nmonev,kualitas,k1,A\n",
	    "Baris 3: komponen \"monev\"");
	salah(H "perencanaan,ada,k1,A\n", "Baris 2: subkomponen \"ada\"");
	salah(H "perencanaan,keberadaan,,A\n", "Baris 2: kriteria wajib");
	salah(H "perencanaan,keberadaan,k1\n", "Baris 2: harus ada 4 kolom");
	salah(H "perencanaan,keberadaan,k1,A\nperencanaan,keberadaan,k1,B\n",
	    "Baris 3: kriteria ini sudah dijawab pada baris 2");
	salah(H "perencanaan,keberadaan,\"k1,A\n", "Baris 2: format CSV");
	/* a component without answers is named */
	salah(H "perencanaan,keberadaan,k1,A\n"
		"perencanaan,kualitas,k1,A\n"
		"perencanaan,pemanfaatan,k1,A\n",
	    "Komponen pengukuran tidak memiliki jawaban");
	salah(H "perencanaan,keberadaan,k1,A\n",
	    "Komponen perencanaan, subkomponen kualitas");
}

/* PK one month after the DPA (the month's last day when shorter),
 * LKjIP 31 March of the next year */
static void
test_tenggat(void **state)
{
	char d[11];

	(void)state;
	assert_int_equal(sakip_tenggat("pk", "2026-01-15", 2026, d), 0);
	assert_string_equal(d, "2026-02-15");
	assert_int_equal(sakip_tenggat("pk", "2026-01-31", 2026, d), 0);
	assert_string_equal(d, "2026-02-28");
	assert_int_equal(sakip_tenggat("pk", "2028-01-30", 2028, d), 0);
	assert_string_equal(d, "2028-02-29");
	assert_int_equal(sakip_tenggat("pk", "2025-12-31", 2026, d), 0);
	assert_string_equal(d, "2026-01-31");
	assert_int_equal(sakip_tenggat("pk", "2026-03-31", 2026, d), 0);
	assert_string_equal(d, "2026-04-30");
	assert_int_equal(sakip_tenggat("pk", "", 2026, d), -1);
	assert_int_equal(sakip_tenggat("pk", NULL, 2026, d), -1);
	assert_int_equal(sakip_tenggat("pk", "2026-13-01", 2026, d), -1);
	assert_int_equal(sakip_tenggat("lkjip", NULL, 2026, d), 0);
	assert_string_equal(d, "2027-03-31");
}

/* External scores: scale per kind, two decimals at most, what a value
 * is called (SAKIP predikat, SPIP/APIP level) */
static void
test_skor(void **state)
{
	char k[32];
	int v = -1;

	(void)state;
	assert_int_equal(sakip_skor_jenis("sakip"), 0);
	assert_int_equal(sakip_skor_jenis("spbe"), 4);
	assert_int_equal(sakip_skor_jenis("ikm"), -1);
	assert_int_equal(sakip_skor_jenis(NULL), -1);
	assert_string_equal(sakip_skor_kode(9), "?");
	assert_int_equal(sakip_skor_nilai(0, "66.26", &v), 0);
	assert_int_equal(v, 6626);
	assert_int_equal(sakip_skor_nilai(0, "100", &v), 0);
	assert_int_equal(v, 10000);
	assert_int_equal(sakip_skor_nilai(0, "100.01", &v), -1);
	assert_int_equal(sakip_skor_nilai(2, "5.00", &v), 0);
	assert_int_equal(v, 500);
	assert_int_equal(sakip_skor_nilai(4, "5.01", &v), -1);
	assert_int_equal(sakip_skor_nilai(4, "0", &v), 0);
	assert_int_equal(v, 0);
	assert_int_equal(sakip_skor_nilai(1, "70.555", &v), -1);
	assert_int_equal(sakip_skor_nilai(1, "70,5", &v), -1);
	assert_int_equal(sakip_skor_nilai(1, "-1", &v), -1);
	assert_int_equal(sakip_skor_nilai(1, "", &v), -1);
	assert_int_equal(sakip_skor_nilai(7, "1", &v), -1);
	sakip_skor_keterangan(0, 6026, k);
	assert_string_equal(k, "B");
	sakip_skor_keterangan(0, 9001, k);
	assert_string_equal(k, "AA");
	sakip_skor_keterangan(0, 9000, k);
	assert_string_equal(k, "A");
	sakip_skor_keterangan(2, 312, k);
	assert_string_equal(k, "Level 3");
	sakip_skor_keterangan(3, 99, k);
	assert_string_equal(k, "");
	sakip_skor_keterangan(3, 500, k);
	assert_string_equal(k, "Level 5");
	sakip_skor_keterangan(4, 350, k);
	assert_string_equal(k, "");
	sakip_skor_keterangan(1, 7000, k);
	assert_string_equal(k, "");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_angka),
		cmocka_unit_test(test_capaian),
		cmocka_unit_test(test_periode),
		cmocka_unit_test(test_akip_batas),
		cmocka_unit_test(test_akip_sub),
		cmocka_unit_test(test_akip_salah),
		cmocka_unit_test(test_tenggat),
		cmocka_unit_test(test_skor),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
