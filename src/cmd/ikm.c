/*
 * ikm.c: `pamong ikm --csv FILE [--bobot 0.11]`: the IKM of a set of
 * questionnaires (PermenPANRB 14/2017).  FILE has the header
 * u1,...,u9 and one row per respondent, each cell 1..4 or empty (not
 * answered).  Prints the NRR per element and ends with one line
 * "IKM XX.XX M Kinerja".  Malformed rows are errors naming the row.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mod/survei/ikm.h"
#include "lib/csv.h"
#include "lib/msg.h"
#include "cmd.h"

/* A cell: 0 for empty, 1..4, or -1. */
static int
cell(const char *s)
{
	size_t len;

	while (*s == ' ')
		s++;
	len = strlen(s);
	while (len > 0 && s[len - 1] == ' ')
		len--;
	if (len == 0)
		return 0;
	if (len == 1 && *s >= '1' && *s <= '4')
		return *s - '0';
	return -1;
}

static int
header_ok(char **f, size_t nf)
{
	char want[24];
	size_t i;

	if (nf != IKM_UNSUR)
		return 0;
	for (i = 0; i < nf; i++) {
		snprintf(want, sizeof(want), "u%zu", i + 1);
		if (strcmp(f[i], want) != 0)
			return 0;
	}
	return 1;
}

int
cmd_ikm(int argc, char **argv)
{
	static const char *const opts[] = { "--csv=", "--bobot=", NULL };
	const char *path, *bobot;
	enum ikm_bobot w = IKM_BOBOT_TEPAT;
	struct ikm_acc acc;
	struct ikm_hasil h;
	struct csv *c;
	char *data, **f, nrr[24], v[24];
	size_t len, nf, line;
	int u[IKM_UNSUR], i, rc, first = 1;

	opt_only(argc, argv, 1, opts);
	path = opt_get(argc, argv, "--csv");
	bobot = opt_get(argc, argv, "--bobot");
	if (path == NULL)
		die("pemakaian: pamong ikm --csv FILE [--bobot 0.11]");
	if (bobot != NULL) {
		if (strcmp(bobot, "0.11") != 0 && strcmp(bobot, "0,11") != 0)
			die("%s", msg(M_IKM_CLI_BOBOT));
		w = IKM_BOBOT_011;
	}
	if (csv_load_file(path, &data, &len) != 0)
		die(msg(M_IKM_CSV_READ), path, strerror(errno));
	memset(&acc, 0, sizeof(acc));
	c = csv_open(data, len);
	while ((rc = csv_next(c, &f, &nf)) == 1) {
		line = csv_line(c);
		if (first) {
			first = 0;
			if (!header_ok(f, nf))
				die(msg(M_IKM_CSV_HEADER), line);
			continue;
		}
		if (nf != IKM_UNSUR)
			die(msg(M_IKM_CSV_FIELDS), line, nf);
		for (i = 0; i < IKM_UNSUR; i++)
			if ((u[i] = cell(f[i])) < 0)
				die(msg(M_IKM_CSV_VALUE), line, i + 1, f[i]);
		if (ikm_add(&acc, u) != 0)
			die(msg(M_IKM_CSV_VALUE), line, 1, f[0]);
	}
	if (rc < 0)
		die(msg(M_IKM_CSV_PARSE), csv_line(c), csv_error(c));
	csv_close(c);
	free(data);
	if (first)
		die(msg(M_IKM_CSV_HEADER), (size_t)1);
	if (acc.responden == 0)
		die("%s", msg(M_IKM_CSV_EMPTY));
	rc = ikm_compute(&acc, w, &h);
	if (rc == -1) {
		for (i = 0; i < IKM_UNSUR && acc.n[i] > 0; i++)
			;
		die(msg(M_IKM_CSV_NOANSWER), i + 1);
	}
	if (rc != 0)
		die("%s", msg(M_IKM_CLI_OVERFLOW));
	printf("Responden: %lld\n", (long long)acc.responden);
	printf("Bobot per unsur: %s\n",
	    w == IKM_BOBOT_011 ? "0,11" : "1/9 (tepat)");
	for (i = 0; i < IKM_UNSUR; i++) {
		ikm_fmt4(nrr, h.nrr[i]);
		printf("U%d %s: jumlah %lld, jawaban %lld, NRR %s\n", i + 1,
		    ikm_unsur_nama(i), (long long)acc.sum[i],
		    (long long)acc.n[i], nrr);
	}
	ikm_fmt2(v, h.ikm);
	printf("IKM %s %c %s\n", v, h.mutu, h.kinerja);
	return 0;
}
