/*
 * fuzz_csv.c: libFuzzer target for the CSV reader.
 *
 * Every row read is written back with all fields quoted and read again;
 * the result must be the same row.
 *
 *   make build/fuzz/fuzz_csv
 *   build/fuzz/fuzz_csv fuzz/corpus/csv
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lib/buf.h"
#include "lib/csv.h"
#include "lib/utf8.h"

static void
check(int cond)
{
	if (!cond)
		abort();
}

static void
roundtrip(char **f, size_t nf)
{
	struct buf b = BUF_INIT;
	struct csv *c;
	char **g, *p;
	size_t ng, i;

	for (i = 0; i < nf; i++) {
		buf_adds(&b, i > 0 ? ",\"" : "\"");
		for (p = f[i]; *p != '\0'; p++) {
			if (*p == '"')
				buf_addc(&b, '"');
			buf_addc(&b, *p);
		}
		buf_addc(&b, '"');
	}
	buf_adds(&b, "\r\n");
	c = csv_open(b.s, b.len);
	check(csv_next(c, &g, &ng) == 1);
	check(ng == nf);
	for (i = 0; i < nf; i++)
		check(strcmp(f[i], g[i]) == 0);
	check(csv_next(c, &g, &ng) == 0);
	csv_close(c);
	buf_free(&b);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct csv *c = csv_open((const char *)data, size);
	size_t nf, i, line = 0;
	char **f;
	int rc;

	while ((rc = csv_next(c, &f, &nf)) == 1) {
		check(nf >= 1 && nf <= CSV_MAX_FIELDS);
		check(csv_line(c) > line);
		line = csv_line(c);
		for (i = 0; i < nf; i++)
			check(utf8_valid(f[i], strlen(f[i])));
		roundtrip(f, nf);
	}
	check(rc == 0 || csv_error(c) != NULL);
	check(rc != 0 || csv_error(c) == NULL);
	csv_close(c);
	return 0;
}
