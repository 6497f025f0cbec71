/*
 * tls_key.c: make Kore 4.1's key manager signing work under OpenSSL 3.
 *
 * A Kore worker never holds the TLS private key: it loads the public key
 * from the certificate and hooks an RSA_METHOD or EC_KEY_METHOD into it
 * that sends each signing request to the keymgr process.  Kore 4.1 does
 * that through EVP_PKEY_get1_RSA()/EVP_PKEY_get1_EC_KEY(), which under
 * OpenSSL 3 return a cached legacy copy: the hook never reaches the key
 * the TLS context signs with, and every handshake fails with "internal
 * error".  Kore's EC method also leaves the `sign' slot empty, so ECDSA
 * would fail even when it was reached.
 *
 * tls_key_adopt() takes the hooked copy, completes the EC method from
 * OpenSSL's default one, wraps it in a fresh legacy EVP_PKEY (which
 * OpenSSL treats as "foreign" and so signs through the method) and
 * installs that as the context's private key.  The key material itself
 * stays in the keymgr.
 *
 * The keymgr side has the mirror problem: it reaches the loaded private
 * key through EVP_PKEY_get0(), which OpenSSL 3 answers with NULL for every
 * key it decoded, so the keymgr silently drops each signing request.  The
 * EVP_PKEY_get0() below restores the OpenSSL 1.1 answer for RSA and EC
 * keys.  It only takes effect when `pamong serve --prod` preloads
 * pamong.so into kore (LD_PRELOAD): the keymgr unloads application
 * modules, and only a preloaded object comes before libcrypto in symbol
 * lookup.  Kore's keymgr is the only caller of EVP_PKEY_get0() in the
 * process (libssl and libcrypto do not call it through the PLT).
 *
 * The legacy key APIs are deprecated in OpenSSL 3 but are the only way to
 * speak Kore 4.1's interface.
 */
#define OPENSSL_SUPPRESS_DEPRECATED

#include <dlfcn.h>
#include <stddef.h>

#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <openssl/ssl.h>

#include "tls_key.h"

typedef ECDSA_SIG *(*sign_sig_fn)(const unsigned char *, int, const BIGNUM *,
    const BIGNUM *, EC_KEY *);
typedef int (*sign_fn)(int, const unsigned char *, int, unsigned char *,
    unsigned int *, const BIGNUM *, const BIGNUM *, EC_KEY *);
typedef int (*sign_setup_fn)(EC_KEY *, BN_CTX *, BIGNUM **, BIGNUM **);

static EC_KEY_METHOD *ec_meth;

/* Give Kore's hooked EC key a complete method; 0 or -1. */
static int
ec_complete(EC_KEY *ec)
{
	const EC_KEY_METHOD *kore = EC_KEY_get_method(ec);
	sign_sig_fn keymgr_sign = NULL;
	sign_fn sign = NULL;
	sign_setup_fn setup = NULL;

	if (kore == ec_meth)
		return 0;
	if (kore == EC_KEY_OpenSSL())
		return -1; /* not hooked: nothing would sign */
	EC_KEY_METHOD_get_sign(kore, NULL, NULL, &keymgr_sign);
	if (keymgr_sign == NULL)
		return -1;
	if (ec_meth == NULL) {
		if ((ec_meth = EC_KEY_METHOD_new(EC_KEY_OpenSSL())) == NULL)
			return -1;
		EC_KEY_METHOD_get_sign(EC_KEY_OpenSSL(), &sign, &setup, NULL);
		EC_KEY_METHOD_set_sign(ec_meth, sign, setup, keymgr_sign);
	}
	return EC_KEY_set_method(ec, ec_meth) == 1 ? 0 : -1;
}

int
tls_key_adopt(SSL_CTX *ctx)
{
	EVP_PKEY *pub = SSL_CTX_get0_privatekey(ctx), *key;
	EC_KEY *ec = NULL;
	RSA *rsa = NULL;
	int rc = -1;

	if (pub == NULL)
		return -1;
	if ((key = EVP_PKEY_new()) == NULL)
		return -1;
	switch (EVP_PKEY_get_base_id(pub)) {
	case EVP_PKEY_EC:
		if ((ec = EVP_PKEY_get1_EC_KEY(pub)) == NULL ||
		    ec_complete(ec) != 0 || EVP_PKEY_set1_EC_KEY(key, ec) != 1)
			goto out;
		break;
	case EVP_PKEY_RSA:
		if ((rsa = EVP_PKEY_get1_RSA(pub)) == NULL ||
		    RSA_get_method(rsa) == RSA_PKCS1_OpenSSL() ||
		    EVP_PKEY_set1_RSA(key, rsa) != 1)
			goto out;
		break;
	default:
		goto out;
	}
	if (SSL_CTX_use_PrivateKey(ctx, key) == 1)
		rc = 0;
out:
	EC_KEY_free(ec);
	RSA_free(rsa);
	EVP_PKEY_free(key);
	return rc;
}

void *EVP_PKEY_get0(const EVP_PKEY *);

/* OpenSSL 1.1 semantics for Kore's keymgr: the key's RSA or EC_KEY. */
void *
EVP_PKEY_get0(const EVP_PKEY *pkey)
{
	static void *(*next)(const EVP_PKEY *);
	void *p;

	if (next == NULL)
		*(void **)&next = dlsym(RTLD_NEXT, "EVP_PKEY_get0");
	p = next != NULL ? next(pkey) : NULL;
	if (p != NULL || pkey == NULL)
		return p;
	switch (EVP_PKEY_get_base_id(pkey)) {
	case EVP_PKEY_RSA:
		return (void *)EVP_PKEY_get0_RSA(pkey);
	case EVP_PKEY_EC:
		return (void *)EVP_PKEY_get0_EC_KEY(pkey);
	default:
		return NULL;
	}
}
