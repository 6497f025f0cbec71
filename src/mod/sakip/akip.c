/*
 * akip.c: the AKIP self-evaluation score (PermenPANRB 88/2021, issue 22)
 * from an answer sheet in CSV, in exact hundredths of a point.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/csv.h"
#include "lib/msg.h"
#include "lib/xalloc.h"
#include "sakip.h"

static const struct {
	const char *kode, *nama;
	int bobot;
} komp[SAKIP_AKIP_NKOMP] = {
	{ "perencanaan", "Perencanaan Kinerja", 30 },
	{ "pengukuran", "Pengukuran Kinerja", 30 },
	{ "pelaporan", "Pelaporan Kinerja", 15 },
	{ "evaluasi", "Evaluasi Akuntabilitas Kinerja Internal", 25 },
};
static const struct {
	const char *kode;
	int persen;
} sub[SAKIP_AKIP_NSUB] = {
	{ "keberadaan", 20 },
	{ "kualitas", 30 },
	{ "pemanfaatan", 50 },
};
static const struct {
	const char *kode;
	int nilai;
} jawab[] = { { "AA", 100 }, { "A", 90 }, { "BB", 80 }, { "B", 70 },
	{ "CC", 60 }, { "C", 50 }, { "D", 30 }, { "E", 0 } };
/* lower bounds (exclusive) in hundredths, best first; D takes the rest */
static const struct {
	int64_t bawah;
	const char *kode, *arti;
} pred[] = {
	{ 9000, "AA", "Sangat Memuaskan" },
	{ 8000, "A", "Memuaskan" },
	{ 7000, "BB", "Sangat Baik" },
	{ 6000, "B", "Baik" },
	{ 5000, "CC", "Cukup" },
	{ 3000, "C", "Kurang" },
	{ -1, "D", "Sangat Kurang" },
};

const char *
sakip_akip_komponen_kode(int k)
{
	return k >= 0 && k < SAKIP_AKIP_NKOMP ? komp[k].kode : "?";
}

const char *
sakip_akip_komponen_nama(int k)
{
	return k >= 0 && k < SAKIP_AKIP_NKOMP ? komp[k].nama : "?";
}

int
sakip_akip_komponen_bobot(int k)
{
	return k >= 0 && k < SAKIP_AKIP_NKOMP ? komp[k].bobot : 0;
}

const char *
sakip_akip_sub_kode(int j)
{
	return j >= 0 && j < SAKIP_AKIP_NSUB ? sub[j].kode : "?";
}

int
sakip_akip_sub_persen(int j)
{
	return j >= 0 && j < SAKIP_AKIP_NSUB ? sub[j].persen : 0;
}

int
sakip_akip_komponen_cari(const char *s)
{
	int k;

	for (k = 0; k < SAKIP_AKIP_NKOMP; k++)
		if (strcmp(s, komp[k].kode) == 0)
			return k;
	return -1;
}

int
sakip_akip_sub_cari(const char *s)
{
	int j;

	for (j = 0; j < SAKIP_AKIP_NSUB; j++)
		if (strcmp(s, sub[j].kode) == 0)
			return j;
	return -1;
}

int
sakip_akip_jawaban(const char *s)
{
	size_t i;

	for (i = 0; i < sizeof(jawab) / sizeof(jawab[0]); i++)
		if (strcmp(s, jawab[i].kode) == 0)
			return jawab[i].nilai;
	return -1;
}

const char *
sakip_akip_predikat(int64_t nilai)
{
	size_t i;

	for (i = 0; i + 1 < sizeof(pred) / sizeof(pred[0]); i++)
		if (nilai > pred[i].bawah)
			return pred[i].kode;
	return "D";
}

const char *
sakip_akip_predikat_arti(int64_t nilai)
{
	size_t i;

	for (i = 0; i + 1 < sizeof(pred) / sizeof(pred[0]); i++)
		if (nilai > pred[i].bawah)
			return pred[i].arti;
	return pred[i].arti;
}

/* One criterion seen: its sub-component and text, for duplicates. */
struct seen {
	int k, j;
	size_t line;
	char *kriteria;
};

static void
trim(char *s)
{
	size_t n = strlen(s), i = 0;

	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		s[--n] = '\0';
	while (s[i] == ' ' || s[i] == '\t')
		i++;
	memmove(s, s + i, n - i + 1);
}

int
sakip_akip_csv(const char *data, size_t len, struct sakip_akip *out, char *err,
    size_t errlen)
{
	static const char *const head[] = { "komponen", "subkomponen",
		"kriteria", "jawaban" };
	int64_t jumlah[SAKIP_AKIP_NKOMP][SAKIP_AKIP_NSUB] = { { 0 } };
	struct csv *c = csv_open(data, len);
	struct seen *seen = NULL;
	size_t nseen = 0, cap = 0, nf, line, i;
	char **f;
	int r, k, j, v, rc = -1;

	memset(out, 0, sizeof(*out));
	r = csv_next(c, &f, &nf);
	if (r == 0) {
		snprintf(err, errlen, "%s", msg(M_SAKIP_CSV_EMPTY));
		goto out;
	}
	if (r < 0)
		goto syntax;
	for (i = 0; i < nf; i++)
		trim(f[i]);
	if (nf != 4 || strcmp(f[0], head[0]) || strcmp(f[1], head[1]) ||
	    strcmp(f[2], head[2]) || strcmp(f[3], head[3])) {
		snprintf(err, errlen, msg(M_SAKIP_CSV_HEADER), csv_line(c));
		goto out;
	}
	while ((r = csv_next(c, &f, &nf)) == 1) {
		line = csv_line(c);
		if (nf != 4) {
			snprintf(err, errlen, msg(M_SAKIP_CSV_FIELDS), line,
			    nf);
			goto out;
		}
		for (i = 0; i < nf; i++)
			trim(f[i]);
		if ((k = sakip_akip_komponen_cari(f[0])) < 0) {
			snprintf(err, errlen, msg(M_SAKIP_CSV_KOMPONEN), line,
			    f[0]);
			goto out;
		}
		if ((j = sakip_akip_sub_cari(f[1])) < 0) {
			snprintf(err, errlen, msg(M_SAKIP_CSV_SUB), line, f[1]);
			goto out;
		}
		if (f[2][0] == '\0' || strlen(f[2]) > 500) {
			snprintf(err, errlen, msg(M_SAKIP_CSV_KRITERIA), line);
			goto out;
		}
		if ((v = sakip_akip_jawaban(f[3])) < 0) {
			snprintf(err, errlen, msg(M_SAKIP_CSV_JAWABAN), line,
			    f[3]);
			goto out;
		}
		for (i = 0; i < nseen; i++)
			if (seen[i].k == k && seen[i].j == j &&
			    strcmp(seen[i].kriteria, f[2]) == 0) {
				snprintf(err, errlen, msg(M_SAKIP_CSV_DUP),
				    line, seen[i].line);
				goto out;
			}
		if (out->n[k][j] >= SAKIP_AKIP_MAXKRITERIA) {
			snprintf(err, errlen, msg(M_SAKIP_CSV_BANYAK), line,
			    SAKIP_AKIP_MAXKRITERIA);
			goto out;
		}
		if (nseen == cap) {
			cap = cap ? 2 * cap : 32;
			seen = xrealloc(seen, cap * sizeof(*seen));
		}
		seen[nseen].k = k;
		seen[nseen].j = j;
		seen[nseen].line = line;
		seen[nseen].kriteria = xstrdup(f[2]);
		nseen++;
		out->n[k][j]++;
		jumlah[k][j] += v;
	}
	if (r < 0)
		goto syntax;
	for (k = 0; k < SAKIP_AKIP_NKOMP; k++) {
		int kosong = 1;

		for (j = 0; j < SAKIP_AKIP_NSUB; j++)
			if (out->n[k][j] > 0)
				kosong = 0;
		if (kosong) {
			snprintf(err, errlen, msg(M_SAKIP_CSV_KOMPONEN_KOSONG),
			    komp[k].kode);
			goto out;
		}
		for (j = 0; j < SAKIP_AKIP_NSUB; j++) {
			int64_t num, den;

			if (out->n[k][j] == 0) {
				snprintf(err, errlen,
				    msg(M_SAKIP_CSV_SUB_KOSONG), komp[k].kode,
				    sub[j].kode);
				goto out;
			}
			/* weight (hundredths) = bobot x persen; score =
			   weight x mean / 100, mean = jumlah / n */
			num = (int64_t)komp[k].bobot * sub[j].persen *
			    jumlah[k][j];
			den = (int64_t)100 * out->n[k][j];
			out->sub[k][j] = (2 * num + den) / (2 * den);
			out->komponen[k] += out->sub[k][j];
		}
		out->nilai += out->komponen[k];
	}
	rc = 0;
	goto out;
syntax:
	snprintf(err, errlen, msg(M_SAKIP_CSV_SYNTAX), csv_line(c),
	    csv_error(c));
out:
	for (i = 0; i < nseen; i++)
		free(seen[i].kriteria);
	free(seen);
	csv_close(c);
	if (rc != 0)
		memset(out, 0, sizeof(*out));
	return rc;
}
