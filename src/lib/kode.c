/* kode.c: random tracking codes. */
#include <stdint.h>

#include <sodium.h>

#include "kode.h"
#include "xalloc.h"

void
kode_new(char out[KODE_LEN + 1])
{
	static const char alpha[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
	unsigned char r[8];
	uint64_t v = 0;
	int i;

	if (sodium_init() < 0)
		BUG("sodium_init failed");
	randombytes_buf(r, sizeof(r));
	for (i = 0; i < 8; i++)
		v = v << 8 | r[i];
	for (i = 0; i < KODE_LEN; i++) {
		out[i] = alpha[v & 31];
		v >>= 5;
	}
	out[KODE_LEN] = '\0';
}
