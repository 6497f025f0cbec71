/* spbe_csv.c: indicator levels from an "indikator,level" CSV file. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/csv.h"
#include "lib/msg.h"
#include "lib/str.h"
#include "lib/xalloc.h"
#include "spbe.h"

/* "12" -> 12; digits only, 1..6 of them.  -1 if not a number. */
static int
small_int(const char *s)
{
	int v = 0, n = 0;

	for (; *s; s++) {
		if (*s < '0' || *s > '9' || ++n > 6)
			return -1;
		v = v * 10 + (*s - '0');
	}
	return n ? v : -1;
}

int
spbe_csv_levels(const struct spbe_framework *fw, const char *data, size_t len,
    int *levels, char *err, size_t errlen)
{
	struct csv *c = csv_open(data, len);
	size_t nf, line, *seen;
	char **f;
	int r, k, no, lv, rc = -1;

	seen = xcalloc(fw->nind ? fw->nind : 1, sizeof(*seen));
	memset(levels, 0, fw->nind * sizeof(*levels));
	r = csv_next(c, &f, &nf);
	if (r == 0) {
		str_field(err, errlen, msg(M_SPBE_CSV_EMPTY));
		goto out;
	}
	if (r < 0) {
		snprintf(err, errlen, msg(M_SPBE_CSV_SYNTAX), csv_line(c),
		    csv_error(c));
		goto out;
	}
	if (nf != 2 || strcmp(f[0], "indikator") != 0 ||
	    strcmp(f[1], "level") != 0) {
		snprintf(err, errlen, msg(M_SPBE_CSV_HEADER), csv_line(c));
		goto out;
	}
	while ((r = csv_next(c, &f, &nf)) == 1) {
		line = csv_line(c);
		if (nf != 2) {
			snprintf(err, errlen, msg(M_SPBE_CSV_FIELDS), line);
			goto out;
		}
		if ((no = small_int(f[0])) < 0) {
			snprintf(err, errlen, msg(M_SPBE_CSV_NOMOR), line,
			    f[0]);
			goto out;
		}
		if ((k = spbe_ind_find(fw, no)) < 0) {
			snprintf(err, errlen, msg(M_SPBE_CSV_UNKNOWN), line, no,
			    fw->kode);
			goto out;
		}
		if (seen[k] != 0) {
			snprintf(err, errlen, msg(M_SPBE_CSV_DUP), line, no,
			    seen[k]);
			goto out;
		}
		lv = small_int(f[1]);
		if (lv < SPBE_LEVEL_MIN || lv > SPBE_LEVEL_MAX) {
			snprintf(err, errlen, msg(M_SPBE_CSV_LEVEL), line, no,
			    f[1]);
			goto out;
		}
		seen[k] = line;
		levels[k] = lv;
	}
	if (r < 0) {
		snprintf(err, errlen, msg(M_SPBE_CSV_SYNTAX), csv_line(c),
		    csv_error(c));
		goto out;
	}
	for (k = 0; (size_t)k < fw->nind; k++)
		if (seen[k] == 0) {
			snprintf(err, errlen, msg(M_SPBE_CSV_MISSING),
			    fw->ind[k].nomor, fw->ind[k].nama);
			goto out;
		}
	rc = 0;
out:
	free(seen);
	csv_close(c);
	return rc;
}
