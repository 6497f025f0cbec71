/*
 * fuzz_kanal.c: libFuzzer target for DATA/kanal.conf (issue 15,
 * src/mod/notifikasi/kanal.c).
 *
 * Any input parses without a crash to a configuration whose fields are
 * terminated within their sizes, whose limits are in range, and whose
 * channels are active only with their URL; a broken file names its line.
 *
 *   make build/fuzz/fuzz_kanal
 *   build/fuzz/fuzz_kanal fuzz/corpus/kanal
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "mod/notifikasi/kanal.h"

static void
check(int cond)
{
	if (!cond)
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct kanal_conf c;
	char *s = malloc(size + 1);
	int rc, k;

	check(s != NULL);
	memcpy(s, data, size);
	s[size] = '\0';
	rc = kanal_parse(s, &c);
	check(rc == 0 || rc == -1);
	check(rc == 0 || strncmp(c.galat, "baris ", 6) == 0);
	check(strnlen(c.smtp_url, KANAL_STR) < KANAL_STR);
	check(strnlen(c.wa_token, KANAL_STR) < KANAL_STR);
	check(strnlen(c.wa_bahasa, sizeof(c.wa_bahasa)) < sizeof(c.wa_bahasa));
	check(c.batas_waktu >= 1 && c.batas_waktu <= 120);
	for (k = 0; k < KANAL_N; k++) {
		check(c.per_menit[k] >= 1 && c.per_menit[k] <= 100000);
		check(c.keadaan[k] == KANAL_MATI ||
		    c.keadaan[k] == KANAL_AKTIF || c.keadaan[k] == KANAL_SALAH);
		check(c.keadaan[k] != KANAL_SALAH || c.alasan[k][0] != '\0');
	}
	check(c.keadaan[KANAL_EMAIL] == KANAL_MATI || c.smtp_url[0] != '\0');
	check(c.keadaan[KANAL_WA] == KANAL_MATI || c.wa_url[0] != '\0');
	check(c.keadaan[KANAL_SMS] == KANAL_MATI || c.sms_url[0] != '\0');
	free(s);
	return 0;
}
