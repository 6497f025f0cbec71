/*
 * fuzz_sinonim.c: libFuzzer target for the catalog search's query writer
 * (src/mod/layanan/sinonim.c, issue 19 item 13).
 *
 * The bytes (up to 150, as a C string) are a user's search, written as an
 * FTS5 query and as a to_tsquery text over the shipped data/sinonim.txt.
 * No crash; in the FTS5 form quotes pair up and parentheses balance, the
 * to_tsquery form holds no quote, backslash or colon outside ":*", and
 * both forms use the same number of words.  Seeds: fuzz/corpus/sinonim/.
 *
 *   make build/fuzz/fuzz_sinonim
 *   build/fuzz/fuzz_sinonim fuzz/corpus/sinonim
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lib/buf.h"
#include "mod/layanan/sinonim.h"

static void
check(int cond)
{
	if (!cond)
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct buf f = BUF_INIT, t = BUF_INIT;
	char q[151];
	size_t n, i;
	int nf, nt, quotes = 0, depth = 0;

	n = size < sizeof(q) - 1 ? size : sizeof(q) - 1;
	memcpy(q, data, n);
	q[n] = '\0';
	nf = sinonim_query(q, SINONIM_FTS5, 8, &f);
	nt = sinonim_query(q, SINONIM_TSQUERY, 8, &t);
	check(nf == nt && nf >= 0 && nf <= 8);
	check((nf == 0) == (f.len == 0) && (nt == 0) == (t.len == 0));
	for (i = 0; i < f.len; i++) {
		if (f.s[i] == '"')
			quotes++;
		else if (quotes % 2 == 0 && f.s[i] == '(')
			depth++;
		else if (quotes % 2 == 0 && f.s[i] == ')')
			check(--depth >= 0);
	}
	check(quotes % 2 == 0 && depth == 0);
	for (i = 0, depth = 0; i < t.len; i++) {
		check(t.s[i] != '"' && t.s[i] != '\'' && t.s[i] != '\\');
		if (t.s[i] == ':')
			check(i + 1 < t.len && t.s[i + 1] == '*');
		if (t.s[i] == '(')
			depth++;
		else if (t.s[i] == ')')
			check(--depth >= 0);
	}
	check(depth == 0);
	buf_free(&f);
	buf_free(&t);
	return 0;
}
