/*
 * fuzz_pdf_scan.c: libFuzzer target for the PDF reader (src/domain/
 * pdf_scan.c), which /verifikasi runs on anonymous uploads.
 *
 * The input is loaded as a document; every object the xref names is
 * looked up and its dictionary walked, every value span parsed as an
 * integer and a reference.  Every span must lie inside the input and
 * every walk must make progress.  The whole input is also walked as a
 * sequence of values from offset 0.
 *
 *   make build/fuzz/fuzz_pdf_scan && build/fuzz/fuzz_pdf_scan fuzz/corpus/pdf_scan
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "mod/dokumen/pdf_scan.h"

#define MAX_LOOKUPS 4096

static void
check(int cond)
{
	if (!cond)
		abort();
}

/* Walk the dictionary at ds; resolve references one level deep. */
static void
walk_dict(const struct pdf_doc *d, size_t ds, int depth)
{
	const char *p = d->p;
	size_t n = d->n, i = ds, ks, ke, vs, ve, last = ds, ds2;
	long long v;
	long num, gen, gen2;
	int r;

	if (pdf_dict_begin(p, n, &i) != 0)
		return;
	while ((r = pdf_dict_next(p, n, &i, &ks, &ke, &vs, &ve)) == 1) {
		check(ks >= last && ks < ke && ke <= vs && vs <= ve && ve <= n);
		check(p[ks] == '/' && i == ve && i > last);
		last = i;
		if (pdf_span_int(p, vs, ve, &v) == 0)
			check(v >= 0);
		if (pdf_span_ref(p, vs, ve, &num, &gen) == 0) {
			check(num >= 0 && gen >= 0);
			if (depth < 2 && pdf_doc_dict(d, num, &ds2, &gen2) == 0)
				walk_dict(d, ds2, depth + 1);
		}
		(void)pdf_span_is(p, vs, ve, "/Sig");
		/* the lookup by key finds this entry or an earlier one */
		{
			char key[64];
			size_t kvs, kve;

			if (ke - ks < sizeof(key)) {
				memcpy(key, p + ks, ke - ks);
				key[ke - ks] = '\0';
				if (memchr(key, '\0', ke - ks) == NULL) {
					check(pdf_dict_get(p, n, ds, key, &kvs,
						  &kve) == 1);
					check(kve <= ve);
				}
			}
		}
	}
	check(r == 0 || r == -1);
	check(i <= n);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *p = (const char *)data;
	struct pdf_doc d;
	char why[128];
	size_t i, s, ds;
	long num, gen;
	int r, k;

	r = pdf_doc_load(&d, data, size, why, sizeof(why));
	check(r == 0 || r == -1 || r == -2);
	if (r == 0) {
		check(d.size >= 1 && d.startxref < size && d.trailer < size);
		walk_dict(&d, d.trailer, 0);
		for (num = 0; num < d.size && num < MAX_LOOKUPS; num++) {
			if (pdf_doc_dict(&d, num, &ds, &gen) != 0)
				continue;
			check(
			    ds + 1 < size && p[ds] == '<' && p[ds + 1] == '<');
			walk_dict(&d, ds, 1);
		}
		check(pdf_doc_dict(&d, d.size, &ds, &gen) == -1);
		check(pdf_doc_dict(&d, -1, &ds, &gen) == -1);
	} else {
		check(why[0] != '\0');
		check(d.off == NULL && d.gen == NULL);
	}
	pdf_doc_free(&d);

	/* the raw input as a run of values */
	for (i = 0, k = 0; k < 10000; k++) {
		size_t before = i;

		if (pdf_skip_value(p, size, &i, &s) != 0)
			break;
		check(s >= before && s < i && i <= size);
	}
	check(pdf_skip_ws(p, size, 0) <= size);
	return 0;
}
