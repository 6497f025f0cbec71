/* test_perizinan.c: the KBLI list (parse, search, parents) and the
 * permit types as data (checks, retribution formula). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <jansson.h>
#include <string.h>

#include "mod/perizinan/jenis.h"
#include "mod/perizinan/kbli.h"

static const char good[] = "# comment\n"
			   "A\t01-03\tPertanian\n"
			   "01111\tPertanian Jagung\n"
			   "01\tPertanian Tanaman\n"
			   "011\tTanaman Semusim\n"
			   "\n"
			   "0111\tSerealia\n"
			   "01121\tPadi Hibrida jagung-bukan\n"
			   "B\t05-09\tPertambangan";

static void
test_parse_good(void **state)
{
	struct kbli_set s;
	const struct kbli_entry *e;

	(void)state;
	assert_int_equal(kbli_parse(good, strlen(good), 2020, &s), 0);
	assert_int_equal(s.n, 7);
	e = kbli_get(&s, "01111");
	assert_non_null(e);
	assert_string_equal(e->judul, "Pertanian Jagung");
	assert_int_equal(e->level, KBLI_KELOMPOK);
	assert_string_equal(kbli_parent(&s, e, KBLI_KATEGORI)->kode, "A");
	assert_string_equal(kbli_parent(&s, e, KBLI_GOLONGAN_POKOK)->kode,
	    "01");
	assert_string_equal(kbli_parent(&s, e, KBLI_SUBGOLONGAN)->kode, "0111");
	/* 0112 is not in the list */
	assert_null(kbli_parent(&s, kbli_get(&s, "01121"), KBLI_SUBGOLONGAN));
	assert_null(kbli_get(&s, "99999"));
	assert_null(kbli_get(&s, "1x"));
	e = kbli_get(&s, "B");
	assert_int_equal(e->gp_first, 5);
	assert_int_equal(e->gp_last, 9);
	kbli_free(&s);
}

static void
test_parse_bad(void **state)
{
	static const char *const bad[] = { "0111\n", /* no title */
		"A\tPertanian\n",	/* kategori without range */
		"A\t03-01\tX\n",	/* range backwards */
		"012345\tEnam angka\n", /* 6 digits */
		"1\tSatu angka\n", "01a\tHuruf\n", "01\t\n", /* empty title */
		"01\t Spasi\n",
		"01\tA\x01"
		"B\n",
		"01\tA\n01\tB\n", /* dup */
		"01\t\xff\xfe\n", "AB\t01-02\tDua huruf\n" };
	struct kbli_set s;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		assert_int_not_equal(
		    kbli_parse(bad[i], strlen(bad[i]), 2020, &s), 0);
		assert_int_equal(s.n, 0);
		kbli_free(&s);
	}
	/* the line number of the first bad line */
	assert_int_equal(kbli_parse("# x\n01\tOk\n02\n", 13, 2020, &s), 3);
	kbli_free(&s);
}

static void
test_search(void **state)
{
	const struct kbli_entry *out[10];
	struct kbli_set s;
	size_t n;

	(void)state;
	assert_int_equal(kbli_parse(good, strlen(good), 2020, &s), 0);
	/* code matches first, then title matches, each in code order */
	n = kbli_search(&s, "011", out, 10);
	assert_int_equal(n, 4);
	assert_string_equal(out[0]->kode, "011");
	assert_string_equal(out[3]->kode, "01121");
	/* words: every word, any case */
	n = kbli_search(&s, "JAGUNG", out, 10);
	assert_int_equal(n, 2);
	assert_string_equal(out[0]->kode, "01111");
	assert_string_equal(out[1]->kode, "01121");
	n = kbli_search(&s, "padi jagung", out, 10);
	assert_int_equal(n, 1);
	/* a kategori letter */
	n = kbli_search(&s, "b", out, 10);
	assert_true(n >= 1);
	assert_string_equal(out[0]->kode, "B");
	assert_int_equal(kbli_search(&s, "   ", out, 10), 0);
	assert_int_equal(kbli_search(&s, "tidakada", out, 10), 0);
	assert_int_equal(kbli_search(&s, "jagung", out, 1), 1);
	kbli_free(&s);
}

static void
test_shipped(void **state)
{
	const struct kbli_set *s = kbli_versi(2020), *s25 = kbli_versi(2025);
	size_t i, kat = 0, gp = 0;

	(void)state;
	assert_non_null(s);
	assert_non_null(s25);
	assert_null(kbli_versi(2019));
	for (i = 0; i < s->n; i++) {
		if (s->v[i].level == KBLI_KATEGORI)
			kat++;
		else
			/* every code falls in a kategori */
			assert_non_null(
			    kbli_parent(s, &s->v[i], KBLI_KATEGORI));
		if (s->v[i].level == KBLI_GOLONGAN_POKOK)
			gp++;
	}
	assert_int_equal(kat, 21); /* A-U */
	assert_int_equal(gp, 88);
	assert_string_equal(kbli_get(s, "73")->judul,
	    "Periklanan dan Penelitian Pasar");
	assert_non_null(kbli_get(s25, "01121"));
}

static void
test_jenis_shipped(void **state)
{
	json_t *all = jenis_all();
	long long rp;

	(void)state;
	assert_non_null(all);
	assert_true(json_array_size(all) >= 8);
	assert_non_null(jenis_get("reklame"));
	assert_non_null(jenis_get("pbg"));
	assert_non_null(jenis_get("sip-bidan"));
	assert_non_null(jenis_get("verifikasi-ss"));
	assert_null(jenis_get("tidak-ada"));
	/* 4.5 m² × 2500 (zona A) × 30 days */
	assert_int_equal(jenis_retribusi("reklame", 4.5, "A", 30, &rp), 0);
	assert_int_equal(rp, 337500);
	assert_int_equal(jenis_retribusi("reklame", 2, "C", 1, &rp), 0);
	assert_int_equal(rp, 2000);
	assert_int_equal(jenis_retribusi("reklame", 2, "Z", 1, &rp), 2);
	assert_int_equal(jenis_retribusi("reklame", 0, "A", 1, &rp), 2);
	assert_int_equal(jenis_retribusi("reklame", 2, "A", 0, &rp), 2);
	assert_int_equal(jenis_retribusi("reklame", 2000, "A", 1, &rp), 2);
	assert_int_equal(jenis_retribusi("pbg", 2, "A", 1, &rp), 1);
}

static void
test_jenis_check(void **state)
{
	static const char *const bad[] = { /* no keputusan step */
		"{\"jenis\":[{\"kode\":\"x1\",\"nama\":\"X\",\"unit\":\"U\","
		"\"dasar_hukum\":[\"a\"],\"syarat\":[\"b\"],\"langkah\":[{"
		"\"kode\":\"kelengkapan\",\"nama\":\"K\",\"hari_kerja\":1}],"
		"\"batas_hari_kerja\":1,\"masa_berlaku_bulan\":0,"
		"\"templat_sk\":\"t\",\"retribusi\":{\"rumus\":\"r\"}}]}",
		/* total below the sum of the steps */
		"{\"jenis\":[{\"kode\":\"x1\",\"nama\":\"X\",\"unit\":\"U\","
		"\"dasar_hukum\":[\"a\"],\"syarat\":[\"b\"],\"langkah\":[{"
		"\"kode\":\"kelengkapan\",\"nama\":\"K\",\"hari_kerja\":3},{"
		"\"kode\":\"keputusan\",\"nama\":\"P\",\"hari_kerja\":3}],"
		"\"batas_hari_kerja\":5,\"masa_berlaku_bulan\":0,"
		"\"templat_sk\":\"t\",\"retribusi\":{\"rumus\":\"r\"}}]}",
		"{\"jenis\":[]}", "{\"jenis\":[{\"kode\":\"X!\"}]}"
	};
	static const char ok[] =
	    "{\"jenis\":[{\"kode\":\"x1\",\"nama\":\"X\",\"unit\":\"U\","
	    "\"dasar_hukum\":[\"a\"],\"syarat\":[\"b\"],\"langkah\":[{"
	    "\"kode\":\"kelengkapan\",\"nama\":\"K\",\"hari_kerja\":2},{"
	    "\"kode\":\"keputusan\",\"nama\":\"P\",\"hari_kerja\":3}],"
	    "\"batas_hari_kerja\":5,\"masa_berlaku_bulan\":0,"
	    "\"templat_sk\":\"t\",\"retribusi\":{\"rumus\":\"r\"}}]}";
	char why[64];
	json_t *doc;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		doc = json_loads(bad[i], 0, NULL);
		assert_non_null(doc);
		assert_non_null(jenis_check(doc, why));
		json_decref(doc);
	}
	doc = json_loads(ok, 0, NULL);
	assert_null(jenis_check(doc, why));
	json_decref(doc);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse_good),
		cmocka_unit_test(test_parse_bad),
		cmocka_unit_test(test_search),
		cmocka_unit_test(test_shipped),
		cmocka_unit_test(test_jenis_shipped),
		cmocka_unit_test(test_jenis_check),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
