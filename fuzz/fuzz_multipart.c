/*
 * fuzz_multipart.c: libFuzzer target for multipart/form-data parsing.
 *
 * The first line of the input is the Content-Type, the rest the body.
 * On success every field is valid UTF-8 without NUL, every file lies
 * inside the body and the counts fit max_parts; on failure nothing is
 * appended.
 *
 *   make build/fuzz/fuzz_multipart
 *   build/fuzz/fuzz_multipart fuzz/corpus/multipart
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lib/multipart.h"
#include "lib/utf8.h"
#include "lib/xalloc.h"

#define MAX_PARTS 32

static void
check(int cond)
{
	if (!cond)
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data, *nl;
	struct param *p = NULL;
	struct mp_file *f = NULL;
	size_t np = 0, nf = 0, i, blen;
	char *ct, *body;

	if ((nl = memchr(s, '\n', size)) == NULL)
		return 0;
	ct = xstrndup(s, (size_t)(nl - s));
	blen = size - (size_t)(nl - s) - 1;
	body = xmalloc(blen + 1); /* exact copy: ASan sees overreads */
	memcpy(body, nl + 1, blen);
	if (multipart_parse(ct, body, blen, &p, &np, &f, &nf, MAX_PARTS) != 0) {
		check(np == 0 && nf == 0);
	} else {
		check(np + nf <= MAX_PARTS);
		for (i = 0; i < np; i++) {
			check(*p[i].name != '\0');
			check(utf8_valid(p[i].name, strlen(p[i].name)));
			check(utf8_valid(p[i].value, strlen(p[i].value)));
		}
		for (i = 0; i < nf; i++) {
			check(*f[i].field != '\0');
			check(f[i].data >= body &&
			    f[i].data + f[i].len <= body + blen);
			check(utf8_valid(f[i].filename, strlen(f[i].filename)));
		}
	}
	params_free(p, np);
	multipart_files_free(f, nf);
	free(body);
	free(ct);
	return 0;
}
