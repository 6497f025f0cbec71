/*
 * fuzz_durasi.c: libFuzzer target for the completion-time histogram in
 * one text value (src/mod/kinerja/durasi.c, kinerja_bulan.durasi of
 * migration 0024, read back from the database on every kinerja page).
 *
 * The bytes (up to 200, as a C string) are a stored histogram; the first
 * byte also picks a change.  No crash; durasi_each() and durasi_tambah()
 * agree on whether the text is well formed; a well-formed one read back
 * after adding and taking out the same entry is unchanged, and what
 * durasi_tambah() writes is itself well formed.  Seeds:
 * fuzz/corpus/durasi/.
 *
 *   make build/fuzz/fuzz_durasi
 *   build/fuzz/fuzz_durasi fuzz/corpus/durasi
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "mod/kinerja/durasi.h"

static void
check(int cond)
{
	if (!cond)
		abort();
}

static void
count(void *arg, int64_t hk, int64_t n)
{
	(void)hk;
	check(n > 0);
	(*(int *)arg)++;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char s[201], *a, *b;
	size_t n;
	int ok, k = 0, hk;

	n = size < sizeof(s) - 1 ? size : sizeof(s) - 1;
	memcpy(s, data, n);
	s[n] = '\0';
	hk = n > 0 ? data[0] % 64 : 0;
	ok = durasi_each(s, count, &k) == 0;
	a = durasi_tambah(s, hk, 1);
	check((a != NULL) == ok);
	if (a == NULL)
		return 0;
	k = 0;
	check(durasi_each(a, count, &k) == 0);
	b = durasi_tambah(a, hk, -1);
	check(b != NULL);
	/* the canonical form of s: s itself when it was well formed */
	check(strcmp(b, s) == 0);
	free(a);
	free(b);
	return 0;
}
