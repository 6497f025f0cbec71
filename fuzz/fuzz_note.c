/*
 * fuzz_note.c: libFuzzer target for the transparency log's signed-note
 * (checkpoint) and vkey parsers (src/domain/tlog_note.c).
 *
 * The input is tried as a checkpoint note against a fixed key and as a
 * vkey.  A note that verifies must carry the key's origin and parse to
 * a size and root whose re-signed note verifies to the same values; a
 * vkey that parses must format back to itself.
 *
 *   make build/fuzz/fuzz_note
 *   build/fuzz/fuzz_note fuzz/corpus/note
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "mod/tlog/tlog.h"

static void
check(int cond)
{
	if (!cond)
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct tlog_key k;
	static int ready;
	struct tlog_key v;
	unsigned char seed[32] = { 1 }, root[32], r2[32];
	uint64_t n, n2;
	char *s, *note, *vk;

	if (!ready) {
		check(sodium_init() >= 0);
		strcpy(k.name, "fuzz.example/log");
		crypto_sign_seed_keypair(k.pk, k.sk, seed);
		k.id = tlog_key_id(k.name, k.pk);
		ready = 1;
	}
	if (tlog_note_verify((const char *)data, size, &k, &n, root)) {
		check(size > strlen(k.name) &&
		    memcmp(data, k.name, strlen(k.name)) == 0);
		note = tlog_note_sign(&k, n, root);
		check(tlog_note_verify(note, strlen(note), &k, &n2, r2) == 1);
		check(n2 == n && memcmp(r2, root, 32) == 0);
		free(note);
	}
	s = malloc(size + 1);
	memcpy(s, data, size);
	s[size] = '\0';
	if (tlog_vkey_parse(s, &v) == 0) {
		vk = tlog_vkey(&v);
		check(strncmp(vk, s, strlen(vk)) == 0);
		free(vk);
	}
	free(s);
	return 0;
}
