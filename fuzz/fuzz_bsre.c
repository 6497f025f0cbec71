/*
 * fuzz_bsre.c: libFuzzer target for the two parsers of the BSrE adapter
 * (issue 18, src/mod/bsre): DATA/bsre.conf (bsre_conf_parse()) and an
 * error answer of BSrE (bsre_api_error()).
 *
 * Any input parses without a crash: a configuration has terminated
 * fields, versi 1 or 2, batas_waktu in 1..600, or an error message; an
 * error answer always gives a non-empty message and BSRE_PASS or
 * BSRE_REFUSED.
 *
 *   make build/fuzz/fuzz_bsre
 *   build/fuzz/fuzz_bsre fuzz/corpus/bsre
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "mod/bsre/bsre.h"

static void
check(int cond)
{
	if (!cond)
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct bsre_conf c;
	char err[512];
	int rc;

	rc = bsre_conf_parse((const char *)data, size, &c, err, sizeof(err));
	check(rc == 0 || rc == -1);
	if (rc == 0) {
		check(c.versi == 1 || c.versi == 2);
		check(c.batas_waktu >= 1 && c.batas_waktu <= 600);
		check(strnlen(c.url, sizeof(c.url)) < sizeof(c.url));
		check(strnlen(c.akar, sizeof(c.akar)) < sizeof(c.akar));
		check(strnlen(c.sandi, sizeof(c.sandi)) < sizeof(c.sandi));
	} else {
		check(err[0] != '\0');
	}
	rc = bsre_api_error(400, (const char *)data, size, err, sizeof(err));
	check(rc == BSRE_PASS || rc == BSRE_REFUSED);
	check(err[0] != '\0');
	return 0;
}
