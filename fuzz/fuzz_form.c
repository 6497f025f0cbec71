/*
 * fuzz_form.c: libFuzzer target for urlencoded form parsing.
 *
 * Parses the input twice into one array: on success every name and value
 * is valid UTF-8 and the count doubles; on failure nothing is appended.
 *
 *   make build/fuzz/fuzz_form
 *   build/fuzz/fuzz_form fuzz/corpus/form
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lib/form.h"
#include "lib/utf8.h"

#define MAX_PARAMS 64

static void
check(int cond)
{
	if (!cond)
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct param *p = NULL;
	size_t n = 0, first, i;
	const char *s = (const char *)data;

	if (form_parse(s, size, &p, &n, MAX_PARAMS) == -1) {
		check(n == 0);
		params_free(p, n);
		return 0;
	}
	first = n;
	check(first <= MAX_PARAMS);
	for (i = 0; i < n; i++) {
		check(utf8_valid(p[i].name, strlen(p[i].name)));
		check(utf8_valid(p[i].value, strlen(p[i].value)));
		check(params_get(p, n, p[i].name) != NULL);
	}
	if (form_parse(s, size, &p, &n, MAX_PARAMS) == 0) {
		check(n == 2 * first);
		for (i = 0; i < first; i++) {
			check(strcmp(p[i].name, p[first + i].name) == 0);
			check(strcmp(p[i].value, p[first + i].value) == 0);
		}
	} else
		check(n == first && 2 * first > MAX_PARAMS);
	params_free(p, n);
	return 0;
}
