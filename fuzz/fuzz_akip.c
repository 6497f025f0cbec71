/*
 * fuzz_akip.c: libFuzzer target for the AKIP answer-sheet reader
 * (sakip_akip_csv, `pamong akip skor`) and the decimal amounts of
 * `pamong sakip capaian` (sakip_angka_parse).
 *
 * A sheet either scores within 0..100.00 with every component within
 * its weight and the parts adding up, or fails with a message.  An
 * amount that parses formats back to text that parses to the same value.
 *
 *   make build/fuzz/fuzz_akip
 *   build/fuzz/fuzz_akip fuzz/corpus/akip
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "mod/sakip/sakip.h"

static void
check(int cond)
{
	if (!cond)
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct sakip_akip a;
	char err[512], s[64], t[32];
	int64_t v, w, c;
	int k, j;

	err[0] = '\0';
	if (sakip_akip_csv((const char *)data, size, &a, err, sizeof(err)) ==
	    0) {
		int64_t sum = 0;

		check(a.nilai >= 0 && a.nilai <= 10000);
		for (k = 0; k < SAKIP_AKIP_NKOMP; k++) {
			int64_t ks = 0;

			for (j = 0; j < SAKIP_AKIP_NSUB; j++) {
				check(a.n[k][j] > 0);
				ks += a.sub[k][j];
			}
			check(ks == a.komponen[k]);
			check(a.komponen[k] <=
			    100 * sakip_akip_komponen_bobot(k));
			sum += a.komponen[k];
		}
		check(sum == a.nilai);
		check(sakip_akip_predikat(a.nilai) != NULL);
	} else
		check(err[0] != '\0');

	/* the first line as an amount */
	if (size < sizeof(s)) {
		memcpy(s, data, size);
		s[size] = '\0';
		if (sakip_angka_parse(s, &v) == 0) {
			check(v <= SAKIP_ANGKA_MAX && v >= -SAKIP_ANGKA_MAX);
			sakip_angka_fmt(v, t);
			check(sakip_angka_parse(t, &w) == 0 && w == v);
			if (v > 0) {
				check(sakip_capaian(SAKIP_POSITIF, v, v, &c,
					  NULL) == 0 &&
				    c == 10000);
				check(sakip_capaian(SAKIP_NEGATIF, v, -v, &c,
					  NULL) == 0 &&
				    c == 30000);
			}
		}
	}
	return 0;
}
