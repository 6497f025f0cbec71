/*
 * fuzz_kbli.c: libFuzzer target for the KBLI list parser and search
 * (src/mod/perizinan/kbli.c).
 *
 * The first byte picks how the rest is used: even, the bytes are a data
 * file for kbli_parse() (and, when it parses, every entry is searched for
 * by its code and its parents looked up); odd, the bytes (up to 150) are
 * a query to kbli_search() over the shipped KBLI 2020 list.  No crash; a
 * parsed set holds only well-formed codes, and a code search finds the
 * entry first.  Seeds: fuzz/corpus/kbli/.
 *
 *   make build/fuzz/fuzz_kbli
 *   build/fuzz/fuzz_kbli fuzz/corpus/kbli
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "mod/perizinan/kbli.h"

static void
check(int cond)
{
	if (!cond)
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const struct kbli_entry *out[20];
	struct kbli_set set;
	char q[151];
	size_t i, n;
	int l;

	if (size == 0)
		return 0;
	if ((data[0] & 1) == 0) {
		if (kbli_parse((const char *)data + 1, size - 1, 2020, &set) ==
		    0) {
			for (i = 0; i < set.n; i++) {
				check(kbli_kode_ok(set.v[i].kode));
				check(
				    kbli_get(&set, set.v[i].kode) == &set.v[i]);
				n = kbli_search(&set, set.v[i].kode, out, 20);
				check(n > 0 && out[0] != NULL);
				for (l = KBLI_KATEGORI; l < (int)set.v[i].level;
				     l++)
					(void)kbli_parent(&set, &set.v[i],
					    (enum kbli_level)l);
			}
		}
		kbli_free(&set);
		return 0;
	}
	n = size - 1 < sizeof(q) - 1 ? size - 1 : sizeof(q) - 1;
	memcpy(q, data + 1, n);
	q[n] = '\0';
	(void)kbli_search(kbli_versi(2020), q, out, 20);
	return 0;
}
