/* token.c: random tokens, SHA-256, HMAC-SHA256 and constant-time compare. */
#include <string.h>

#include <sodium.h>

#include "token.h"
#include "xalloc.h"

static void
init(void)
{
	static int ready;

	if (ready)
		return;
	if (sodium_init() < 0)
		BUG("sodium_init failed");
	ready = 1;
}

void
token_random(char out[TOKEN_LEN + 1])
{
	unsigned char raw[32];

	init();
	randombytes_buf(raw, sizeof(raw));
	sodium_bin2base64(out, TOKEN_LEN + 1, raw, sizeof(raw),
	    sodium_base64_VARIANT_URLSAFE_NO_PADDING);
	sodium_memzero(raw, sizeof(raw));
}

void
sha256_hex(const void *p, size_t len, char out[65])
{
	unsigned char h[crypto_hash_sha256_BYTES];

	init();
	crypto_hash_sha256(h, p, len);
	sodium_bin2hex(out, 65, h, sizeof(h));
}

void
hmac_hex(const unsigned char key[32], const char *msg, char out[65])
{
	unsigned char h[crypto_auth_hmacsha256_BYTES];

	init();
	crypto_auth_hmacsha256(h, (const unsigned char *)msg, strlen(msg), key);
	sodium_bin2hex(out, 65, h, sizeof(h));
}

int
ct_streq(const char *a, const char *b)
{
	size_t len;

	if (a == NULL || b == NULL)
		return 0;
	len = strlen(a);
	if (strlen(b) != len)
		return 0;
	init();
	return sodium_memcmp(a, b, len) == 0;
}
