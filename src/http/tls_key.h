/* tls_key.h: make Kore 4.1's key manager signing work under OpenSSL 3. */
#ifndef PAMONG_TLS_KEY_H
#define PAMONG_TLS_KEY_H

#include <openssl/ssl.h>

/*
 * Repair the private key of a TLS context Kore 4.1 just built for a
 * domain, so that signatures go to Kore's key manager process.
 * Returns 0 (also when there is nothing to repair) or -1.
 */
int tls_key_adopt(SSL_CTX *ctx);

#endif
