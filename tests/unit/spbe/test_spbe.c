/*
 * test_spbe.c: the SPBE framework loader, exact scoring and rounding,
 * predikat boundaries, what-if ordering, the CSV reader, and the
 * assessment life cycle in a real migrated database.
 *
 * Weights in hundredths of a percent: indicators 1-10 at 130, 11-20 at
 * 250, 21-31 at 150, 32-41 at 275, 42-47 at 300 (Σ = 1300 + 2500 + 1650 +
 * 2750 + 1800 = 10000).  So Σ(level × weight) = 130·L1 + 250·L2 + 150·L3 +
 * 275·L4 + 300·L5 where Lk is the sum of the levels of each group, and
 * the index is Σ / 10000 rounded half up to two decimals.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "mod/spbe/spbe.h"
#include "mod/spbe/spbe_store.h"
#include "lib/msg.h"
#include "store/store.h"

static struct spbe_framework *fw;
static char fwpath[512];

static int
group_setup(void **state)
{
	const char *seed = getenv("PAMONG_SEED_DIR");
	char err[512];

	snprintf(fwpath, sizeof(fwpath), "%s/%s", seed ? seed : "data",
	    SPBE_DEFAULT_FILE);
	if (spbe_framework_load(fwpath, &fw, err, sizeof(err)) != 0) {
		fprintf(stderr, "%s: %s\n", fwpath, err);
		return -1;
	}
	return 0;
}

static int
group_teardown(void **state)
{
	spbe_framework_free(fw);
	return 0;
}

/* levels from a string of 47 digits, indicator 1 first */
static void
levels_of(const char *digits, int *lv)
{
	size_t i;

	assert_int_equal(strlen(digits), fw->nind);
	for (i = 0; i < fw->nind; i++)
		lv[i] = digits[i] - '0';
}

static void
t_default_framework(void **state)
{
	int64_t total = 0;
	size_t i;

	assert_string_equal(fw->kode, "permenpanrb-59-2020");
	assert_int_equal(fw->ndomain, 4);
	assert_int_equal(fw->naspek, 8);
	assert_int_equal(fw->nind, 47);
	assert_int_equal(fw->npredikat, 5);
	for (i = 0; i < fw->nind; i++) {
		assert_int_equal(fw->ind[i].nomor, (int)i + 1);
		total += fw->ind[i].bobot;
	}
	assert_int_equal(total, 10000);
	assert_int_equal(fw->ind[0].bobot, 130);     /* "1.3" */
	assert_int_equal(fw->ind[10].bobot, 250);    /* "2.5" */
	assert_int_equal(fw->ind[20].bobot, 150);    /* "1.5" */
	assert_int_equal(fw->ind[31].bobot, 275);    /* "2.75" */
	assert_int_equal(fw->ind[41].bobot, 300);    /* "3" */
	assert_int_equal(fw->domain[3].bobot, 4550); /* "45.5" */
	assert_string_equal(spbe_ind_level(fw, 0, 4)->nama,
	    "Terpadu dan Terukur");
	assert_string_equal(spbe_ind_level(fw, 41, 3)->nama, "Transaksi");
	assert_null(spbe_ind_level(fw, 0, 6));
}

static void
t_decimal(void **state)
{
	int64_t v;
	char s[16];

	assert_int_equal(spbe_decimal_parse("1.3", &v), 0);
	assert_int_equal(v, 130);
	assert_int_equal(spbe_decimal_parse("2.75", &v), 0);
	assert_int_equal(v, 275);
	assert_int_equal(spbe_decimal_parse("45.5", &v), 0);
	assert_int_equal(v, 4550);
	assert_int_equal(spbe_decimal_parse("100", &v), 0);
	assert_int_equal(v, 10000);
	assert_int_equal(spbe_decimal_parse("1.305", &v), -1);
	assert_int_equal(spbe_decimal_parse("1,3", &v), -1);
	assert_int_equal(spbe_decimal_parse("-1", &v), -1);
	assert_int_equal(spbe_decimal_parse(".5", &v), -1);
	assert_int_equal(spbe_decimal_parse("1.", &v), -1);
	assert_int_equal(spbe_decimal_parse("", &v), -1);
	assert_int_equal(spbe_decimal_parse("1e2", &v), -1);
	spbe_fmt(235, s);
	assert_string_equal(s, "2.35");
	spbe_fmt(5, s);
	assert_string_equal(s, "0.05");
	spbe_fmt(500, s);
	assert_string_equal(s, "5.00");
}

static void
t_round(void **state)
{
	/* 2.595 must become 2.60: (200·25950 + 10000) / 20000 = 260 */
	assert_int_equal(spbe_round(25950, 10000), 260);
	assert_int_equal(spbe_round(25949, 10000), 259);
	assert_int_equal(spbe_round(23450, 10000), 235);
	assert_int_equal(spbe_round(23449, 10000), 234);
	/* 11 / 8 = 1.375 -> 1.38; 14 / 11 = 1.2727 -> 1.27 */
	assert_int_equal(spbe_round(11 * 1200, 8 * 1200), 138);
	assert_int_equal(spbe_round(14, 11), 127);
	/* 2 / 3 = 0.666... -> 0.67; 1 / 3 -> 0.33 */
	assert_int_equal(spbe_round(2, 3), 67);
	assert_int_equal(spbe_round(1, 3), 33);
}

static void
t_all_levels(void **state)
{
	struct spbe_skor sk;
	int lv[SPBE_MAX_IND], l;
	size_t i;

	for (l = 1; l <= 5; l++) {
		for (i = 0; i < fw->nind; i++)
			lv[i] = l;
		assert_int_equal(spbe_score(fw, lv, &sk), 0);
		assert_int_equal(sk.jumlah, 10000 * l);
		assert_int_equal(sk.indeks, 100 * l);
		for (i = 0; i < fw->naspek; i++)
			assert_int_equal(sk.aspek[i], 100 * l);
		for (i = 0; i < fw->ndomain; i++)
			assert_int_equal(sk.domain[i], 100 * l);
		assert_int_equal(sk.kosong, 0);
		spbe_skor_free(&sk);
	}
	lv[0] = 6;
	assert_int_equal(spbe_score(fw, lv, &sk), -1);
	lv[0] = -1;
	assert_int_equal(spbe_score(fw, lv, &sk), -1);
}

/* The demo vector for Siak 2025 (2.35). */
#define SIAK                                                                   \
	"33233222233322333232121121121113333232223"                            \
	"322332"

static void
t_mixed_siak(void **state)
{
	struct spbe_skor sk;
	int lv[SPBE_MAX_IND];

	/*
	 * Levels: 1-10: 3,3,2,3,3,2,2,2,2,3 (sum 25); 11-20: 3,3,2,2,3,3,3,
	 * 2,3,2 (26); 21-31: 1,2,1,1,2,1,1,2,1,1,1 (14); 32-41: 3,3,3,3,2,
	 * 3,2,2,2,3 (26); 42-47: 3,2,2,3,3,2 (15).
	 * Σ = 130·25 + 250·26 + 150·14 + 275·26 + 300·15
	 *   = 3250 + 6500 + 2100 + 7150 + 4500 = 23500 -> 2.35 Cukup.
	 * A5 (21-28, 1,2,1,1,2,1,1,2 = 11 × 150) / 1200 = 1.375 -> 1.38.
	 * A6 (29-31 all 1) -> 1.00.  A2 (11-14: 3,3,2,2) 10/4 = 2.50;
	 * A3 (15-18: 3,3,3,2) 11/4 = 2.75.
	 * D3 = 2100 / 1650 = 1.2727 -> 1.27.
	 * D4 = (7150 + 4500) / 4550 = 2.5604 -> 2.56.
	 * D2 = 6500 / 2500 = 2.60; D1 = 3250 / 1300 = 2.50.
	 */
	levels_of(SIAK, lv);
	assert_int_equal(spbe_score(fw, lv, &sk), 0);
	assert_int_equal(sk.jumlah, 23500);
	assert_int_equal(sk.indeks, 235);
	assert_string_equal(spbe_predikat(fw, sk.indeks), "Cukup");
	assert_int_equal(sk.aspek[4], 138);
	assert_int_equal(sk.aspek[5], 100);
	assert_int_equal(sk.aspek[1], 250);
	assert_int_equal(sk.aspek[2], 275);
	assert_int_equal(sk.domain[0], 250);
	assert_int_equal(sk.domain[1], 260);
	assert_int_equal(sk.domain[2], 127);
	assert_int_equal(sk.domain[3], 256);
	spbe_skor_free(&sk);
}

static void
t_mixed_small(void **state)
{
	struct spbe_skor sk;
	int lv[SPBE_MAX_IND];
	size_t i;

	/*
	 * All at 1 except 42 at 5: Σ = 10000 + 4 · 300 = 11200 -> 1.12
	 * Kurang.  A8 = (5 + 1·5) · 300 / 1800 = 3000 / 1800 = 1.667 -> 1.67.
	 * D4 = (2750 + 3000) / 4550 = 1.2637 -> 1.26.
	 */
	for (i = 0; i < fw->nind; i++)
		lv[i] = 1;
	lv[41] = 5;
	assert_int_equal(spbe_score(fw, lv, &sk), 0);
	assert_int_equal(sk.jumlah, 11200);
	assert_int_equal(sk.indeks, 112);
	assert_int_equal(sk.aspek[7], 167);
	assert_int_equal(sk.domain[3], 126);
	assert_string_equal(spbe_predikat(fw, sk.indeks), "Kurang");
	spbe_skor_free(&sk);

	/*
	 * 2.595: all at 2 (Σ 20000), 32 and 33 at 3 (+2 · 275 = 550), 42-47
	 * at 5 (+6 · 3 · 300 = 5400): Σ = 25950 -> 2.595 -> 2.60 Baik, not
	 * 2.59 Cukup.
	 */
	for (i = 0; i < fw->nind; i++)
		lv[i] = i >= 41 ? 5 : 2;
	lv[31] = lv[32] = 3;
	assert_int_equal(spbe_score(fw, lv, &sk), 0);
	assert_int_equal(sk.jumlah, 25950);
	assert_int_equal(sk.indeks, 260);
	assert_string_equal(spbe_predikat(fw, sk.indeks), "Baik");
	spbe_skor_free(&sk);

	/* not assessed counts 0: everything 0 except 1 at 1: Σ = 130 */
	memset(lv, 0, sizeof(lv));
	lv[0] = 1;
	assert_int_equal(spbe_score(fw, lv, &sk), 0);
	assert_int_equal(sk.jumlah, 130);
	assert_int_equal(sk.indeks, 1); /* 0.013 -> 0.01 */
	assert_int_equal(sk.kosong, 46);
	assert_null(spbe_predikat(fw, sk.indeks));
	spbe_skor_free(&sk);
}

static const struct {
	const char *levels;
	int64_t jumlah, indeks;
	const char *predikat;
} boundary[] = {
	/* Σ = 130*15+250*21+150*18+275*16+300*12 = 17900 -> 1.7900 -> 1.79 */
	{ "15111111211511214411151222111111121141131212511", 17900, 179,
	    "Kurang" },
	/* Σ = 130*14+250*16+150*20+275*19+300*13 = 17945 -> 1.7945 -> 1.79 */
	{ "11112312111113421111121322141215111132122414211", 17945, 179,
	    "Kurang" },
	/* Σ = 130*15+250*20+150*20+275*16+300*12 = 17950 -> 1.7950 -> 1.80 */
	{ "42121111111112325212121132122412123121112113412", 17950, 180,
	    "Cukup" },
	/* Σ = 130*20+250*19+150*25+275*12+300*12 = 18000 -> 1.8000 -> 1.80 */
	{ "22252212114231111123113421451121112111112115212", 18000, 180,
	    "Cukup" },
	/* Σ = 130*25+250*27+150*25+275*30+300*13 = 25900 -> 2.5900 -> 2.59 */
	{ "22335231312513124135234322511114234541214511123", 25900, 259,
	    "Cukup" },
	/* Σ = 130*34+250*27+150*26+275*21+300*17 = 25945 -> 2.5945 -> 2.59 */
	{ "41554144331331253234121332133343111222432141524", 25945, 259,
	    "Cukup" },
	/* Σ = 130*30+250*30+150*26+275*30+300*8 = 25950 -> 2.5950 -> 2.60 */
	{ "14254241522442434331315131144122113552542111131", 25950, 260,
	    "Baik" },
	/* Σ = 130*20+250*30+150*26+275*24+300*18 = 26000 -> 2.6000 -> 2.60 */
	{ "11124314214351335213112523341313243413121223425", 26000, 260,
	    "Baik" },
	/* Σ = 130*30+250*36+150*39+275*38+300*19 = 34900 -> 3.4900 -> 3.49 */
	{ "32214453153444253533455242345145525542235512551", 34900, 349,
	    "Baik" },
	/* Σ = 130*44+250*25+150*37+275*35+300*26 = 34945 -> 3.4945 -> 3.49 */
	{ "53555554344211142415242513555233422555225555524", 34945, 349,
	    "Baik" },
	/* Σ = 130*35+250*33+150*42+275*38+300*18 = 34950 -> 3.4950 -> 3.50 */
	{ "42255542515135353215533325534545345441543552123", 34950, 350,
	    "Sangat Baik" },
	/* Σ = 130*35+250*34+150*40+275*34+300*22 = 35000 -> 3.5000 -> 3.50 */
	{ "15434434344532531542555352335221545335431534514", 35000, 350,
	    "Sangat Baik" },
	/* Σ = 130*40+250*43+150*40+275*42+300*28 = 41900 -> 4.1900 -> 4.19 */
	{ "53435555321555455553555351422535524255455555553", 41900, 419,
	    "Sangat Baik" },
	/* Σ = 130*44+250*43+150*43+275*43+300*24 = 41945 -> 4.1945 -> 4.19 */
	{ "55535555335544525355555554135144545425455555522", 41945, 419,
	    "Sangat Baik" },
	/* Σ = 130*45+250*43+150*50+275*42+300*21 = 41950 -> 4.1950 -> 4.20 */
	{ "55544455355455545154545554453555525455524455115", 41950, 420,
	    "Memuaskan" },
	/* Σ = 130*35+250*45+150*46+275*44+300*24 = 42000 -> 4.2000 -> 4.20 */
	{ "43251552353554535555525553255453555525554553155", 42000, 420,
	    "Memuaskan" },
};

static void
t_boundaries(void **state)
{
	struct spbe_skor sk;
	int lv[SPBE_MAX_IND];
	size_t i;

	for (i = 0; i < sizeof(boundary) / sizeof(boundary[0]); i++) {
		levels_of(boundary[i].levels, lv);
		assert_int_equal(spbe_score(fw, lv, &sk), 0);
		assert_int_equal(sk.jumlah, boundary[i].jumlah);
		assert_int_equal(sk.indeks, boundary[i].indeks);
		assert_string_equal(spbe_predikat(fw, sk.indeks),
		    boundary[i].predikat);
		spbe_skor_free(&sk);
	}
	/* the predikat function on the exact two-decimal values */
	assert_string_equal(spbe_predikat(fw, 100), "Kurang");
	assert_string_equal(spbe_predikat(fw, 179), "Kurang");
	assert_string_equal(spbe_predikat(fw, 180), "Cukup");
	assert_string_equal(spbe_predikat(fw, 259), "Cukup");
	assert_string_equal(spbe_predikat(fw, 260), "Baik");
	assert_string_equal(spbe_predikat(fw, 349), "Baik");
	assert_string_equal(spbe_predikat(fw, 350), "Sangat Baik");
	assert_string_equal(spbe_predikat(fw, 419), "Sangat Baik");
	assert_string_equal(spbe_predikat(fw, 420), "Memuaskan");
	assert_string_equal(spbe_predikat(fw, 500), "Memuaskan");
	assert_null(spbe_predikat(fw, 99));
}

static void
t_whatif(void **state)
{
	struct spbe_gain g[SPBE_MAX_IND];
	int lv[SPBE_MAX_IND];
	size_t n, i;

	levels_of(SIAK, lv);
	n = spbe_whatif(fw, lv, g, SPBE_MAX_IND);
	assert_int_equal(n, 47); /* nothing at 5 yet */
	/* 42-47 (3.00 each) first by number, then 32-41 (2.75) */
	for (i = 0; i < 6; i++) {
		assert_int_equal(fw->ind[g[i].ind].nomor, 42 + (int)i);
		assert_int_equal(g[i].gain, 300);
	}
	for (i = 6; i < 16; i++) {
		assert_int_equal(fw->ind[g[i].ind].nomor, 32 + (int)i - 6);
		assert_int_equal(g[i].gain, 275);
	}
	assert_int_equal(fw->ind[g[16].ind].nomor, 11); /* 2.5 */
	assert_int_equal(fw->ind[g[26].ind].nomor, 21); /* 1.5 */
	assert_int_equal(fw->ind[g[46].ind].nomor, 10); /* 1.3, last */
	/* an indicator at 5 has no gain: 42 drops out, 43 leads */
	lv[41] = 5;
	n = spbe_whatif(fw, lv, g, 3);
	assert_int_equal(n, 3);
	assert_int_equal(fw->ind[g[0].ind].nomor, 43);
	for (i = 0; i < fw->nind; i++)
		lv[i] = 5;
	assert_int_equal(spbe_whatif(fw, lv, g, SPBE_MAX_IND), 0);
	/* the gain is exact: +1 level of 42 adds 300 to Σ, 0.03 to the index */
	{
		struct spbe_skor a, b;

		levels_of(SIAK, lv);
		spbe_score(fw, lv, &a);
		lv[41]++;
		spbe_score(fw, lv, &b);
		assert_int_equal(b.jumlah - a.jumlah, 300);
		assert_int_equal(b.indeks, 238);
		spbe_skor_free(&a);
		spbe_skor_free(&b);
	}
}

/* A small framework: one scale, one domain, two aspects, three indicators. */
#define SK                                                                     \
	"{\"kode\":\"p\",\"tingkat\":[{\"level\":1,\"nama\":\"a\"},"           \
	"{\"level\":2,\"nama\":\"b\"},{\"level\":3,\"nama\":\"c\"},"           \
	"{\"level\":4,\"nama\":\"d\"},{\"level\":5,\"nama\":\"e\"}]}"
#define DOM                                                                    \
	"{\"kode\":\"D1\",\"nama\":\"Dom\",\"skala\":\"p\",\"bobot\":\"100\"}"
#define ASP                                                                      \
	"{\"kode\":\"A1\",\"nama\":\"As1\",\"domain\":\"D1\",\"bobot\":\"60\"}," \
	"{\"kode\":\"A2\",\"nama\":\"As2\",\"domain\":\"D1\",\"bobot\":\"40\"}"
#define IND                                                                    \
	"{\"nomor\":1,\"nama\":\"I1\",\"aspek\":\"A1\",\"bobot\":\"30.5\"},"   \
	"{\"nomor\":2,\"nama\":\"I2\",\"aspek\":\"A1\",\"bobot\":\"29.5\"},"   \
	"{\"nomor\":3,\"nama\":\"I3\",\"aspek\":\"A2\",\"bobot\":\"40\"}"
#define PRED                                                                   \
	"{\"nama\":\"Kurang\",\"bawah\":\"1.00\",\"atas\":\"2.50\"},"          \
	"{\"nama\":\"Baik\",\"bawah\":\"2.50\",\"atas\":\"4.00\"},"            \
	"{\"nama\":\"Hebat\",\"bawah\":\"4.00\",\"atas\":null}"

static int
parse_fw(const char *sk, const char *dom, const char *asp, const char *ind,
    const char *pred, char *err, size_t errlen)
{
	struct spbe_framework *f;
	char json[4096];
	int rc;

	snprintf(json, sizeof(json),
	    "{\"kode\":\"uji\",\"nama\":\"Uji\","
	    "\"skala\":[%s],\"domain\":[%s],\"aspek\":[%s],\"indikator\":[%s],"
	    "\"predikat\":[%s]}",
	    sk, dom, asp, ind, pred);
	err[0] = '\0';
	rc = spbe_framework_parse(json, strlen(json), &f, err, errlen);
	if (rc == 0) {
		assert_non_null(f);
		spbe_framework_free(f);
	} else
		assert_true(strlen(err) > 0);
	return rc;
}

#define REJECT(want, sk, dom, asp, ind, pred)                                  \
	do {                                                                   \
		assert_int_equal(                                              \
		    parse_fw(sk, dom, asp, ind, pred, err, sizeof(err)), -1);  \
		if (strstr(err, want) == NULL)                                 \
			fail_msg("want \"%s\" in \"%s\"", want, err);          \
	} while (0)

static void
t_loader(void **state)
{
	char err[512];

	assert_int_equal(parse_fw(SK, DOM, ASP, IND, PRED, err, sizeof(err)),
	    0);
	/* weights not adding up to 100 (aspects and domain say 99.9) */
	REJECT("harus tepat 100", SK,
	    "{\"kode\":\"D1\",\"nama\":\"D\",\"skala\":\"p\",\"bobot\":\"99.9\"}",
	    "{\"kode\":\"A1\",\"nama\":\"a\",\"domain\":\"D1\",\"bobot\":\"59.9\"},"
	    "{\"kode\":\"A2\",\"nama\":\"b\",\"domain\":\"D1\",\"bobot\":\"40\"}",
	    "{\"nomor\":1,\"nama\":\"I1\",\"aspek\":\"A1\",\"bobot\":\"30.4\"},"
	    "{\"nomor\":2,\"nama\":\"I2\",\"aspek\":\"A1\",\"bobot\":\"29.5\"},"
	    "{\"nomor\":3,\"nama\":\"I3\",\"aspek\":\"A2\",\"bobot\":\"40\"}",
	    PRED);
	/* an indicator weight not matching its aspect's declared weight */
	REJECT("aspek \"A1\" adalah 60.10", SK, DOM, ASP,
	    "{\"nomor\":1,\"nama\":\"I1\",\"aspek\":\"A1\",\"bobot\":\"30.6\"},"
	    "{\"nomor\":2,\"nama\":\"I2\",\"aspek\":\"A1\",\"bobot\":\"29.5\"},"
	    "{\"nomor\":3,\"nama\":\"I3\",\"aspek\":\"A2\",\"bobot\":\"40\"}",
	    PRED);
	REJECT("nomor indikator 2 dipakai lebih dari sekali", SK, DOM, ASP,
	    "{\"nomor\":1,\"nama\":\"I1\",\"aspek\":\"A1\",\"bobot\":\"30.5\"},"
	    "{\"nomor\":2,\"nama\":\"I2\",\"aspek\":\"A1\",\"bobot\":\"29.5\"},"
	    "{\"nomor\":2,\"nama\":\"I3\",\"aspek\":\"A2\",\"bobot\":\"40\"}",
	    PRED);
	REJECT("indikator 3 berada pada aspek \"A9\"", SK, DOM, ASP,
	    "{\"nomor\":1,\"nama\":\"I1\",\"aspek\":\"A1\",\"bobot\":\"30.5\"},"
	    "{\"nomor\":2,\"nama\":\"I2\",\"aspek\":\"A1\",\"bobot\":\"29.5\"},"
	    "{\"nomor\":3,\"nama\":\"I3\",\"aspek\":\"A9\",\"bobot\":\"40\"}",
	    PRED);
	REJECT("aspek \"A2\" berada pada domain \"D7\"", SK, DOM,
	    "{\"kode\":\"A1\",\"nama\":\"a\",\"domain\":\"D1\",\"bobot\":\"60\"},"
	    "{\"kode\":\"A2\",\"nama\":\"b\",\"domain\":\"D7\",\"bobot\":\"40\"}",
	    IND, PRED);
	REJECT("bobot indikator 1 \"30.555\"", SK, DOM, ASP,
	    "{\"nomor\":1,\"nama\":\"I1\",\"aspek\":\"A1\",\"bobot\":\"30.555\"}",
	    PRED);
	REJECT("skala \"q\"", SK,
	    "{\"kode\":\"D1\",\"nama\":\"D\",\"skala\":\"q\",\"bobot\":\"100\"}",
	    ASP, IND, PRED);
	REJECT("tingkat 1 sampai 5",
	    "{\"kode\":\"p\",\"tingkat\":[{\"level\":1,\"nama\":\"a\"}]}", DOM,
	    ASP, IND, PRED);
	REJECT("aspek \"A2\" tidak memiliki indikator", SK, DOM, ASP,
	    "{\"nomor\":1,\"nama\":\"I1\",\"aspek\":\"A1\",\"bobot\":\"60\"}",
	    PRED);
	/* predikat: a gap, an overlap, nothing at 1.00, nothing at the top */
	REJECT("dari 2.40 sampai sebelum 2.50", SK, DOM, ASP, IND,
	    "{\"nama\":\"Kurang\",\"bawah\":\"1.00\",\"atas\":\"2.40\"},"
	    "{\"nama\":\"Baik\",\"bawah\":\"2.50\",\"atas\":null}");
	REJECT("bertumpang tindih", SK, DOM, ASP, IND,
	    "{\"nama\":\"Kurang\",\"bawah\":\"1.00\",\"atas\":\"2.60\"},"
	    "{\"nama\":\"Baik\",\"bawah\":\"2.50\",\"atas\":null}");
	REJECT("tidak ada predikat untuk nilai 1.00", SK, DOM, ASP, IND,
	    "{\"nama\":\"Baik\",\"bawah\":\"1.80\",\"atas\":null}");
	REJECT("sampai 5.00", SK, DOM, ASP, IND,
	    "{\"nama\":\"Kurang\",\"bawah\":\"1.00\",\"atas\":\"4.20\"}");
	REJECT("tabel predikat kosong", SK, DOM, ASP, IND, "");
	REJECT("predikat \"Baik\" dipakai lebih dari sekali", SK, DOM, ASP, IND,
	    "{\"nama\":\"Baik\",\"bawah\":\"1.00\",\"atas\":\"2.50\"},"
	    "{\"nama\":\"Baik\",\"bawah\":\"2.50\",\"atas\":null}");
	REJECT("bukan JSON", SK, DOM, ASP, IND, "{");
}

static void
t_csv(void **state)
{
	char buf[2048], err[512];
	int lv[SPBE_MAX_IND], i;
	size_t n;

	n = (size_t)snprintf(buf, sizeof(buf), "indikator,level\r\n");
	for (i = 1; i <= 47; i++)
		n += (size_t)snprintf(buf + n, sizeof(buf) - n, "%d,%d\n", i,
		    SIAK[i - 1] - '0');
	assert_int_equal(spbe_csv_levels(fw, buf, n, lv, err, sizeof(err)), 0);
	assert_int_equal(lv[0], 3);
	assert_int_equal(lv[46], 2);
	/* row 3 (indicator 2) repeated as row 49 */
	memcpy(buf + n, "2,4\n", 4);
	assert_int_equal(spbe_csv_levels(fw, buf, n + 4, lv, err, sizeof(err)),
	    -1);
	assert_non_null(strstr(err,
	    "baris 49: indikator 2 sudah diisi pada"
	    " baris 3"));
	memcpy(buf + n, "48,4\n", 5);
	assert_int_equal(spbe_csv_levels(fw, buf, n + 5, lv, err, sizeof(err)),
	    -1);
	assert_non_null(strstr(err, "baris 49: indikator 48 tidak ada"));
#define ONE(text, want)                                                        \
	do {                                                                   \
		assert_int_equal(spbe_csv_levels(fw, text, strlen(text), lv,   \
				     err, sizeof(err)),                        \
		    -1);                                                       \
		if (strstr(err, want) == NULL)                                 \
			fail_msg("want \"%s\" in \"%s\"", want, err);          \
	} while (0)
	ONE("indikator,level\n1,6\n", "baris 2: level indikator 1 harus");
	ONE("indikator,level\n1,0\n", "baris 2: level indikator 1");
	ONE("indikator,level\n1,x\n", "bukan \"x\"");
	ONE("indikator,level\nsatu,1\n", "baris 2: nomor indikator \"satu\"");
	ONE("indikator,level\n1,1,1\n", "baris 2: harus tepat dua kolom");
	ONE("no,level\n1,1\n", "baris 1: kepala berkas");
	ONE("", "berkas kosong");
	ONE("indikator,level\n1,1\n", "indikator 2 (");
}

/* The life cycle in a migrated database. */
static void
t_store(void **state)
{
	struct spbe_framework *f;
	struct spbe_penilaian p;
	struct spbe_isian *e;
	struct store *s;
	char dir[] = "/tmp/pamong-spbe-XXXXXX", path[64], err[512];
	const char *why;
	int64_t id, id2;
	time_t now = 1767225600; /* 2026-01-01 */
	int lv[SPBE_MAX_IND];
	size_t i, n;

	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/t.db", dir);
	assert_int_equal(store_open(&s, NULL, path), 0);
	assert_int_equal(store_migrate(s, 0), 0);
	assert_int_equal(
	    spbe_kerangka_install(s, fwpath, now, err, sizeof(err)), 0);
	f = spbe_kerangka_get(s, SPBE_KERANGKA_DEFAULT);
	assert_non_null(f);
	assert_int_equal(f->nind, 47);

	assert_int_equal(
	    spbe_create(s, f->kode, 2017, 0, NULL, "t", now, &id, &why), -1);
	assert_string_equal(why, msg(M_SPBE_YEAR_BAD));
	assert_int_equal(
	    spbe_create(s, f->kode, 2025, 0, NULL, "t", now, &id, &why), 0);
	assert_int_equal(
	    spbe_create(s, f->kode, 2025, 0, NULL, "t", now, &id2, &why), -1);
	assert_string_equal(why, msg(M_SPBE_YEAR_EXISTS));
	assert_int_equal(spbe_set(s, f, id, 1, 6, "", 0, NULL, "t", now, &why),
	    -1);
	assert_int_equal(spbe_set(s, f, id, 48, 3, "", 0, NULL, "t", now, &why),
	    -1);
	assert_int_equal(
	    spbe_set(s, f, id, 1, 3, "", 999999, NULL, "t", now, &why), -1);
	assert_string_equal(why, msg(M_SPBE_UNIT_BAD));
	/* incomplete: cannot submit */
	assert_int_equal(
	    spbe_set(s, f, id, 1, 3, "SK Bupati", 0, NULL, "t", now, &why), 0);
	assert_int_equal(spbe_submit(s, f, id, NULL, "t", now, &why), -1);
	assert_string_equal(why, msg(M_SPBE_INCOMPLETE));
	levels_of(SIAK, lv);
	for (i = 0; i < f->nind; i++)
		assert_int_equal(spbe_set(s, f, id, f->ind[i].nomor, lv[i],
				     "uji", 0, NULL, "t", now, &why),
		    0);
	assert_int_equal(spbe_bukti_add_link(s, f, id, 42, "Laman pengaduan",
			     "javascript:alert(1)", NULL, "t", now, &why),
	    -1);
	assert_int_equal(spbe_bukti_add_link(s, f, id, 42, "Laman pengaduan",
			     "https://siakkab.go.id/pengaduan", NULL, "t", now,
			     &why),
	    0);
	assert_int_equal(spbe_finalise(s, f, id, NULL, "t", now, &why), -1);
	assert_int_equal(spbe_submit(s, f, id, NULL, "t", now, &why), 0);
	assert_int_equal(spbe_set(s, f, id, 1, 4, "", 0, NULL, "t", now, &why),
	    -1);
	assert_string_equal(why, msg(M_SPBE_NOT_DRAFT));
	assert_int_equal(spbe_finalise(s, f, id, NULL, "t", now, &why), 0);
	assert_int_equal(spbe_get(s, id, &p), 0);
	assert_string_equal(p.status, "final");
	assert_int_equal(p.indeks, 235);
	assert_string_equal(p.predikat, "Cukup");
	/* final is read-only: the domain refuses, so does the database */
	assert_int_equal(spbe_set(s, f, id, 1, 4, "", 0, NULL, "t", now, &why),
	    -1);
	assert_string_equal(why, msg(M_SPBE_FINAL_RO));
	assert_int_equal(spbe_bukti_add_link(s, f, id, 1, "x",
			     "https://contoh.go.id/", NULL, "t", now, &why),
	    -1);
	assert_int_not_equal(store_run(s,
				 "UPDATE spbe_isian SET level = 5"
				 " WHERE penilaian_id = ?",
				 "i", id),
	    0);
	assert_int_not_equal(store_run(s,
				 "UPDATE spbe_penilaian SET indeks ="
				 " 500 WHERE id = ?",
				 "i", id),
	    0);
	/* a correction is revision 2, a copy; revision 1 is unchanged */
	assert_int_equal(spbe_revise(s, id, "", NULL, "t", now, &id2, &why),
	    -1);
	assert_string_equal(why, msg(M_SPBE_REASON_BAD));
	assert_int_equal(spbe_revise(s, id, "Koreksi indikator 42", NULL, "t",
			     now, &id2, &why),
	    0);
	assert_int_equal(spbe_get(s, id2, &p), 0);
	assert_int_equal(p.revisi, 2);
	assert_string_equal(p.status, "draft");
	e = spbe_entries(s, f, id2);
	assert_int_equal(e[41].level, 3);
	assert_int_equal(e[41].nbukti, 1);
	assert_string_equal(e[0].penjelasan, "uji");
	spbe_isian_free(e, f->nind);
	assert_int_equal(
	    spbe_set(s, f, id2, 42, 4, "", 0, NULL, "t", now, &why), 0);
	/* revising an older revision is refused */
	assert_int_equal(spbe_get(s, id, &p), 0);
	assert_int_equal(p.terbaru, 0);
	assert_int_equal(spbe_revise(s, id, "lagi", NULL, "t", now, &id2, &why),
	    -1);
	{
		struct spbe_penilaian *v = spbe_list_final(s, &n);

		assert_int_equal(n, 1);
		assert_int_equal(v[0].indeks, 235);
		free(v);
	}
	{
		int *l1 = spbe_levels(s, f, id);

		assert_int_equal(l1[41], 3); /* revision 1 untouched */
		free(l1);
	}
	/* every change left an audit event */
	assert_true(store_scalar(s, 0,
			"SELECT count(*) FROM audit_event"
			" WHERE object_type = 'spbe_penilaian'",
			"") >= 52);
	spbe_framework_free(f);
	store_close(s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(t_default_framework),
		cmocka_unit_test(t_decimal),
		cmocka_unit_test(t_round),
		cmocka_unit_test(t_all_levels),
		cmocka_unit_test(t_mixed_siak),
		cmocka_unit_test(t_mixed_small),
		cmocka_unit_test(t_boundaries),
		cmocka_unit_test(t_whatif),
		cmocka_unit_test(t_loader),
		cmocka_unit_test(t_csv),
		cmocka_unit_test(t_store),
	};

	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
