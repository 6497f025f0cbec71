/*
 * spbe.h: the SPBE evaluation framework as data, and exact scoring.
 *
 * A framework (data/spbe-*.json, format in doc/spbe.md) lists level
 * scales, domains, aspects, indicators with their weights, and the
 * predikat table.  Weights are decimal strings with at most two decimals
 * ("1.3", "2.75") held as integers in hundredths of a percent (130, 275);
 * the weights of all indicators add up to exactly 10000.  Nothing here
 * uses binary floating point: Σ(level × weight) is an exact integer and
 * every published value is an integer count of hundredths (235 = "2.35"),
 * rounded half up.
 */
#ifndef PAMONG_SPBE_H
#define PAMONG_SPBE_H

#include <stddef.h>
#include <stdint.h>

#define SPBE_LEVEL_MIN 1
#define SPBE_LEVEL_MAX 5
#define SPBE_MAX_IND 300	    /* indicators per framework */
#define SPBE_MAX_FILE (1024 * 1024) /* framework file, bytes */
#define SPBE_DEFAULT_FILE "spbe-permenpanrb-59-2020.json"
#define SPBE_TOTAL 10000 /* Σ weights, hundredths of a percent */

struct spbe_level {
	char *nama;   /* "Rintisan" */
	char *uraian; /* what the level means */
};

struct spbe_skala {
	char *kode; /* "proses", "fungsi_teknis" */
	char *nama;
	struct spbe_level tingkat[SPBE_LEVEL_MAX]; /* [0] is level 1 */
};

struct spbe_domain {
	char *kode, *nama, *sumber;
	size_t skala;  /* index into fw->skala */
	int64_t bobot; /* hundredths of a percent */
};

struct spbe_aspek {
	char *kode, *nama, *sumber;
	size_t domain; /* index into fw->domain */
	int64_t bobot;
};

struct spbe_indikator {
	int nomor; /* 1..999, unique */
	char *nama, *sumber;
	size_t aspek; /* index into fw->aspek */
	int64_t bobot;
};

struct spbe_predikat {
	char *nama;
	int bawah; /* inclusive lower bound, hundredths */
	int atas;  /* exclusive upper bound; 0 = up to 5.00 */
};

struct spbe_framework {
	char *kode; /* "permenpanrb-59-2020" */
	char *nama, *sumber;
	struct spbe_skala *skala;
	size_t nskala;
	struct spbe_domain *domain;
	size_t ndomain;
	struct spbe_aspek *aspek;
	size_t naspek;
	struct spbe_indikator *ind; /* in file order */
	size_t nind;
	struct spbe_predikat *predikat; /* ascending by bawah */
	size_t npredikat;
};

/*
 * Parse and validate a framework from len bytes of JSON.  Returns 0 with
 * *fwp set (spbe_framework_free()), or -1 with one Indonesian sentence
 * naming the problem in err: bad JSON, a missing field, a weight that is
 * not a decimal with at most two places, weights not adding up to exactly
 * 100 (or to their aspect's or domain's declared weight), a duplicate
 * indicator number or code, an indicator in an unknown aspect, an aspect
 * in an unknown domain, a scale without exactly levels 1..5, a predikat
 * table with a gap, an overlap or no range at the bottom or the top.
 */
int spbe_framework_parse(const char *json, size_t len,
    struct spbe_framework **fwp, char *err, size_t errlen);
/* Read path (at most SPBE_MAX_FILE bytes) and parse it as above. */
int spbe_framework_load(const char *path, struct spbe_framework **fwp,
    char *err, size_t errlen);
void spbe_framework_free(struct spbe_framework *);
/* Index of indicator number nomor in fw->ind, or -1. */
int spbe_ind_find(const struct spbe_framework *, int nomor);
/* Name of level (1..5) on the scale of indicator i; NULL if out of range. */
const struct spbe_level *spbe_ind_level(const struct spbe_framework *, size_t i,
    int level);

/*
 * "1.3" -> 130, "2.75" -> 275, "13" -> 1300, "0.5" -> 50.  Digits, at most
 * one '.', at most two decimals, value at most 100000.00.  0 or -1.
 */
int spbe_decimal_parse(const char *, int64_t *hundredths);
/* Write x hundredths as "2.35" (always two decimals) into out[16]. */
void spbe_fmt(int64_t x, char out[16]);
/*
 * round_half_up(num / den) in hundredths: the exact value num/den
 * rendered with two decimals, e.g. (25950, 10000) -> 260 ("2.60").
 * num >= 0, den > 0.  Integer arithmetic only.
 */
int64_t spbe_round(int64_t num, int64_t den);

/* Scores of one set of levels (level 0 = not yet assessed, counts 0). */
struct spbe_skor {
	int64_t jumlah;	 /* Σ level × weight over all indicators */
	int64_t indeks;	 /* hundredths, from jumlah / SPBE_TOTAL */
	int64_t *aspek;	 /* per aspect, hundredths (naspek) */
	int64_t *domain; /* per domain, hundredths (ndomain) */
	size_t kosong;	 /* indicators at level 0 */
};
/*
 * Score levels (one per fw->ind entry, 0..5).  Fills s (free with
 * spbe_skor_free()).  Returns 0, or -1 if a level is out of 0..5.
 */
int spbe_score(const struct spbe_framework *, const int *levels,
    struct spbe_skor *s);
void spbe_skor_free(struct spbe_skor *);
/*
 * Predikat of a published two-decimal value x (hundredths), from the
 * framework's table; NULL below the lowest range.
 */
const char *spbe_predikat(const struct spbe_framework *, int64_t x);

/* What one more level of an indicator is worth. */
struct spbe_gain {
	size_t ind;   /* index into fw->ind */
	int64_t gain; /* Σ increase = weight (hundredths of a
				   percent); index gain = gain / 10000 */
};
/*
 * Indicators below level 5, by the gain of their next level, largest
 * first, ties by indicator number.  Writes at most max entries to out and
 * returns how many.  An indicator at level 5 is not listed.
 */
size_t spbe_whatif(const struct spbe_framework *, const int *levels,
    struct spbe_gain *out, size_t max);

/*
 * Read levels from CSV text "indikator,level" (header first, one row per
 * indicator of fw).  Fills levels (one per fw->ind).  Returns 0, or -1
 * with an Indonesian message naming the row in err: a bad header, a row
 * without exactly two fields, an unknown or duplicate indicator, a level
 * outside 1..5, or an indicator missing from the file.
 */
int spbe_csv_levels(const struct spbe_framework *, const char *data, size_t len,
    int *levels, char *err, size_t errlen);

#endif
