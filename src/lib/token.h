/*
 * token.h: random tokens, hashes and MACs (libsodium underneath).
 *
 * Every function initialises libsodium on first use and aborts (BUG)
 * if that fails; none of them can otherwise fail.
 */
#ifndef PAMONG_TOKEN_H
#define PAMONG_TOKEN_H

#include <stddef.h>

#define TOKEN_LEN 43 /* 32 bytes as base64url without padding */

/* Fill out with 32 random bytes as base64url (A-Z a-z 0-9 - _), NUL-ended. */
void token_random(char out[TOKEN_LEN + 1]);

/* Write the SHA-256 of the len bytes at p to out as 64 lowercase hex digits. */
void sha256_hex(const void *p, size_t len, char out[65]);

/* Write HMAC-SHA256(key, msg) to out as 64 lowercase hex digits. */
void hmac_hex(const unsigned char key[32], const char *msg, char out[65]);

/*
 * Return 1 when the NUL-terminated strings a and b are equal, else 0,
 * in time that depends on their lengths but not their contents.
 * Strings of different lengths, or a NULL argument, compare unequal.
 */
int ct_streq(const char *a, const char *b);

#endif
