/*
 * pki_ca.c: create and load DATA/pki (root, issuing CA, TSA, CRL), and
 * the key, certificate, CRL and file helpers the other pki_*.c files
 * share (they call into this file, never the other way).
 */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/rand.h>
#include <openssl/x509v3.h>

#include "lib/msg.h"
#include "lib/str.h"
#include "lib/token.h"
#include "lib/utf8.h"
#include "lib/xalloc.h"
#include "pki_impl.h"

EVP_PKEY *
pki_keygen(int rsa)
{
	if (rsa)
		return EVP_PKEY_Q_keygen(NULL, NULL, "RSA", (size_t)3072);
	return EVP_PKEY_Q_keygen(NULL, NULL, "EC", "P-256");
}

/* A random positive serial of 127 bits. */
static int
serial_random(X509 *x)
{
	BIGNUM *bn = BN_new();
	int ok;

	ok = bn != NULL &&
	    BN_rand(bn, 127, BN_RAND_TOP_ONE, BN_RAND_BOTTOM_ANY) == 1 &&
	    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(x)) != NULL;
	BN_free(bn);
	return ok ? 0 : -1;
}

X509 *
pki_cert_make(EVP_PKEY *pub, X509_NAME *subj, X509 *issuer, EVP_PKEY *ikey,
    time_t now, int days, const char *const ext[][2])
{
	X509V3_CTX ctx;
	X509_EXTENSION *e;
	X509 *x;
	size_t i;

	if ((x = X509_new()) == NULL)
		return NULL;
	if (X509_set_version(x, X509_VERSION_3) != 1 || serial_random(x) ||
	    X509_set_subject_name(x, subj) != 1 ||
	    X509_set_issuer_name(x,
		issuer ? X509_get_subject_name(issuer) : subj) != 1 ||
	    X509_set_pubkey(x, pub) != 1 ||
	    X509_time_adj_ex(X509_getm_notBefore(x), 0, -300, &now) == NULL ||
	    X509_time_adj_ex(X509_getm_notAfter(x), days, 0, &now) == NULL)
		goto fail;
	X509V3_set_ctx(&ctx, issuer ? issuer : x, x, NULL, NULL, 0);
	for (i = 0; ext[i][0] != NULL; i++) {
		e = X509V3_EXT_nconf(NULL, &ctx, ext[i][0], ext[i][1]);
		if (e == NULL)
			goto fail;
		if (X509_add_ext(x, e, -1) != 1) {
			X509_EXTENSION_free(e);
			goto fail;
		}
		X509_EXTENSION_free(e);
	}
	if (X509_sign(x, ikey, EVP_sha256()) <= 0)
		goto fail;
	return x;
fail:
	X509_free(x);
	return NULL;
}

int
pki_write_file(const char *path, const void *p, size_t len, mode_t mode)
{
	char *tmp = xasprintf("%s.tmp%ld", path, (long)getpid());
	int fd, rc = -1;

	fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, mode);
	if (fd == -1)
		goto out;
	if (write(fd, p, len) == (ssize_t)len && fsync(fd) == 0)
		rc = 0;
	if (close(fd) != 0)
		rc = -1;
	if (rc == 0 && rename(tmp, path) != 0)
		rc = -1;
	if (rc != 0)
		unlink(tmp);
out:
	free(tmp);
	return rc;
}

/* PEM of a certificate or key (writer) as a malloc'd string. */
static char *
bio_string(BIO *bio)
{
	char *data, *s;
	long n;

	n = BIO_get_mem_data(bio, &data);
	if (n <= 0)
		return NULL;
	s = xmalloc((size_t)n + 1);
	memcpy(s, data, (size_t)n);
	s[n] = '\0';
	return s;
}

char *
pki_key_encrypt(EVP_PKEY *key, const char *pass)
{
	PKCS8_PRIV_KEY_INFO *p8inf;
	X509_ALGOR *pbe;
	X509_SIG *p8 = NULL;
	BIO *bio = NULL;
	char *s = NULL;

	if ((p8inf = EVP_PKEY2PKCS8(key)) == NULL)
		return NULL;
	/* explicit PRF, iterations and salt length: not the library default */
	pbe = PKCS5_pbe2_set_iv_ex(EVP_aes_256_cbc(), PKI_PBKDF2_ITER, NULL,
	    PKI_SALT_LEN, NULL, NID_hmacWithSHA256, NULL);
	if (pbe != NULL &&
	    (p8 = PKCS8_set0_pbe_ex(pass, (int)strlen(pass), p8inf, pbe, NULL,
		 NULL)) == NULL)
		X509_ALGOR_free(pbe);
	if (p8 != NULL && (bio = BIO_new(BIO_s_mem())) != NULL &&
	    PEM_write_bio_PKCS8(bio, p8) == 1)
		s = bio_string(bio);
	if (bio != NULL)
		BIO_free(bio);
	X509_SIG_free(p8);
	PKCS8_PRIV_KEY_INFO_free(p8inf);
	return s;
}

static X509_SIG *
p8_read(const char *pem)
{
	BIO *bio = BIO_new_mem_buf(pem, -1);
	X509_SIG *p8;

	if (bio == NULL)
		return NULL;
	p8 = PEM_read_bio_PKCS8(bio, NULL, NULL, NULL);
	BIO_free(bio);
	return p8;
}

long
pki_key_iter(const char *pem)
{
	X509_SIG *p8 = p8_read(pem);
	const X509_ALGOR *alg;
	PBE2PARAM *pbe2 = NULL;
	PBKDF2PARAM *kdf = NULL;
	long iter = 0;

	if (p8 == NULL)
		return 0;
	X509_SIG_get0(p8, &alg, NULL);
	if (OBJ_obj2nid(alg->algorithm) != NID_pbes2 ||
	    (pbe2 = ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBE2PARAM),
		 alg->parameter)) == NULL ||
	    OBJ_obj2nid(pbe2->keyfunc->algorithm) != NID_id_pbkdf2 ||
	    (kdf = ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBKDF2PARAM),
		 pbe2->keyfunc->parameter)) == NULL)
		goto out;
	/* an absent PRF means HMAC-SHA1 (RFC 8018) */
	if (kdf->prf != NULL &&
	    OBJ_obj2nid(kdf->prf->algorithm) == NID_hmacWithSHA256)
		iter = ASN1_INTEGER_get(kdf->iter);
out:
	PBKDF2PARAM_free(kdf);
	PBE2PARAM_free(pbe2);
	X509_SIG_free(p8);
	return iter < 0 ? 0 : iter;
}

EVP_PKEY *
pki_key_decrypt(const char *pem, const char *pass)
{
	X509_SIG *p8 = p8_read(pem);
	PKCS8_PRIV_KEY_INFO *inf;
	EVP_PKEY *k = NULL;

	/*
	 * Not PEM_read_bio_PrivateKey(): on a wrong passphrase OpenSSL 3's
	 * decoders try the decryption several times (each a full key
	 * derivation); this derives the key once.
	 */
	if (p8 == NULL)
		return NULL;
	inf = PKCS8_decrypt(p8, pass, (int)strlen(pass));
	X509_SIG_free(p8);
	if (inf == NULL) {
		ERR_clear_error();
		return NULL;
	}
	k = EVP_PKCS82PKEY(inf);
	PKCS8_PRIV_KEY_INFO_free(inf);
	return k;
}

void
pki_cert_fp(X509 *x, char out[65])
{
	unsigned char *der = NULL;
	int n = i2d_X509(x, &der);

	if (n <= 0) {
		out[0] = '\0';
		return;
	}
	sha256_hex(der, (size_t)n, out);
	OPENSSL_free(der);
}

void
pki_serial_hex(const ASN1_INTEGER *ai, char *out, size_t len)
{
	BIGNUM *bn = ASN1_INTEGER_to_BN(ai, NULL);
	char *h = bn ? BN_bn2hex(bn) : NULL;
	const char *t = h ? h : "";
	size_t i;

	while (*t == '0' && t[1] != '\0')
		t++;
	snprintf(out, len, "%s", t);
	for (i = 0; out[i]; i++)
		if (out[i] >= 'A' && out[i] <= 'F')
			out[i] += 'a' - 'A';
	OPENSSL_free(h);
	BN_free(bn);
}

static X509_NAME *
ca_name(const char *cn)
{
	X509_NAME *n = X509_NAME_new();

	if (n == NULL ||
	    !X509_NAME_add_entry_by_txt(n, "C", MBSTRING_UTF8,
		(const unsigned char *)"ID", -1, -1, 0) ||
	    !X509_NAME_add_entry_by_txt(n, "O", MBSTRING_UTF8,
		(const unsigned char *)PKI_ORG, -1, -1, 0) ||
	    !X509_NAME_add_entry_by_txt(n, "CN", MBSTRING_UTF8,
		(const unsigned char *)cn, -1, -1, 0)) {
		X509_NAME_free(n);
		return NULL;
	}
	return n;
}

static int
write_pem_cert(const char *dir, const char *name, X509 *x)
{
	BIO *bio = BIO_new(BIO_s_mem());
	char *path, *s = NULL;
	int rc = -1;

	if (bio != NULL && PEM_write_bio_X509(bio, x) == 1)
		s = bio_string(bio);
	BIO_free(bio);
	if (s == NULL)
		return -1;
	path = xasprintf("%s/%s", dir, name);
	rc = pki_write_file(path, s, strlen(s), 0644);
	free(path);
	free(s);
	return rc;
}

/* The key as PEM PKCS#8, encrypted under pass when pass is not NULL. */
static int
write_pem_key(const char *dir, const char *name, EVP_PKEY *k, const char *pass)
{
	BIO *bio;
	char *path, *s = NULL;
	int rc;

	if (pass != NULL) {
		s = pki_key_encrypt(k, pass);
	} else if ((bio = BIO_new(BIO_s_mem())) != NULL) {
		if (PEM_write_bio_PKCS8PrivateKey(bio, k, NULL, NULL, 0, NULL,
			NULL) == 1)
			s = bio_string(bio);
		BIO_free(bio);
	}
	if (s == NULL)
		return -1;
	path = xasprintf("%s/%s", dir, name);
	rc = pki_write_file(path, s, strlen(s), 0600);
	free(path);
	OPENSSL_cleanse(s, strlen(s));
	free(s);
	return rc;
}

/* A random root passphrase: 6 groups of 4 unambiguous characters. */
static void
root_pass_make(char out[30])
{
	static const char set[] =
	    "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
	unsigned char c;
	size_t i = 0, j = 0;

	while (i < 29) {
		if (i % 5 == 4) {
			out[i++] = '-';
			continue;
		}
		if (RAND_bytes(&c, 1) != 1)
			BUG("RAND_bytes failed");
		if (c >= 256 - 256 % (sizeof(set) - 1))
			continue; /* no modulo bias */
		out[i++] = set[c % (sizeof(set) - 1)];
		j++;
	}
	out[29] = '\0';
}

const char *
pki_pass_check(const char *p)
{
	size_t n;

	if (p == NULL || !utf8_valid(p, strlen(p)))
		return msg(M_PKI_PASS_SHORT);
	n = utf8_chars(p);
	if (n < PKI_PASS_MIN)
		return msg(M_PKI_PASS_SHORT);
	if (n > PKI_PASS_MAX)
		return msg(M_PKI_PASS_LONG);
	return NULL;
}

/* Remove dir and the files pki_init() writes into it (a failed init). */
static void
rm_tmpdir(const char *dir)
{
	static const char *const names[] = { "root.crt", "root.key", "ica.crt",
		"ica.key", "tsa.crt", "tsa.key", "crl.der", "base_url" };
	char *p;
	size_t i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		p = xasprintf("%s/%s", dir, names[i]);
		unlink(p);
		free(p);
	}
	rmdir(dir);
}

int
pki_url_ok(const char *u)
{
	size_t i, n = strlen(u);

	if (n < 8 || n > 200 ||
	    (strncmp(u, "http://", 7) != 0 && strncmp(u, "https://", 8) != 0) ||
	    u[n - 1] == '/')
		return 0;
	for (i = 0; i < n; i++)
		if ((unsigned char)u[i] <= ' ' || (unsigned char)u[i] >= 0x7f ||
		    u[i] == ',' || u[i] == ';' || u[i] == '"')
			return 0;
	return 1;
}

int
pki_init(const char *data_dir, const struct pki_opts *o, char *err,
    size_t errlen)
{
	static const struct pki_opts dflt;
	char *dir = xasprintf("%s/%s", data_dir, PKI_DIR);
	char *tmp = xasprintf("%s/%s.tmpXXXXXX", data_dir, PKI_DIR);
	char genpass[30], *crl_url = NULL, *ca_url = NULL, *path;
	const char *pass, *base;
	EVP_PKEY *rk = NULL, *ik = NULL, *tk = NULL;
	X509 *root = NULL, *ica = NULL, *tsa = NULL;
	X509_NAME *n = NULL;
	unsigned char *crl = NULL;
	size_t crl_len = 0;
	time_t now = time(NULL);
	int rc = -1;

	if (o == NULL)
		o = &dflt;
	genpass[0] = '\0';
	if (access(dir, F_OK) == 0) {
		rc = 0;
		goto out;
	}
	base = o->base_url && *o->base_url ? o->base_url : PKI_DEFAULT_BASE_URL;
	if (!pki_url_ok(base)) {
		str_field(err, errlen, msg(M_PKI_URL_BAD));
		goto out;
	}
	if (o->root_passphrase != NULL) {
		pass = o->root_passphrase;
		if (pki_pass_check(pass) != NULL) {
			snprintf(err, errlen, "%s", pki_pass_check(pass));
			goto out;
		}
	} else {
		root_pass_make(genpass);
		pass = genpass;
	}
	if (mkdtemp(tmp) == NULL) {
		snprintf(err, errlen, msg(M_PKI_DIR_FAILED), dir);
		goto out;
	}
	chmod(tmp, 0750);
	crl_url = xasprintf("URI:%s/pki/crl", base);
	ca_url = xasprintf("caIssuers;URI:%s/pki/ca", base);
	{
		const char *const root_ext[][2] = { { "basicConstraints",
							"critical,CA:TRUE" },
			{ "keyUsage", "critical,keyCertSign,cRLSign" },
			{ "subjectKeyIdentifier", "hash" }, { NULL, NULL } };
		const char *const ica_ext[][2] = {
			{ "basicConstraints", "critical,CA:TRUE,pathlen:0" },
			{ "keyUsage", "critical,keyCertSign,cRLSign" },
			{ "subjectKeyIdentifier", "hash" },
			{ "authorityKeyIdentifier", "keyid:always" },
			{ NULL, NULL }
		};
		const char *const tsa_ext[][2] = { { "basicConstraints",
						       "critical,CA:FALSE" },
			{ "keyUsage", "critical,digitalSignature" },
			{ "extendedKeyUsage", "critical,timeStamping" },
			{ "subjectKeyIdentifier", "hash" },
			{ "authorityKeyIdentifier", "keyid:always" },
			{ "crlDistributionPoints", crl_url },
			{ "authorityInfoAccess", ca_url }, { NULL, NULL } };

		if ((rk = pki_keygen(o->rsa)) == NULL ||
		    (ik = pki_keygen(o->rsa)) == NULL ||
		    (tk = pki_keygen(o->rsa)) == NULL)
			goto crypto;
		if ((n = ca_name("Pamong Root CA Kabupaten Siak")) == NULL ||
		    (root = pki_cert_make(rk, n, NULL, rk, now, 7305,
			 root_ext)) == NULL)
			goto crypto;
		X509_NAME_free(n);
		if ((n = ca_name("Pamong Issuing CA Kabupaten Siak 1")) ==
			NULL ||
		    (ica = pki_cert_make(ik, n, root, rk, now, 3652,
			 ica_ext)) == NULL)
			goto crypto;
		X509_NAME_free(n);
		if ((n = ca_name("Pamong TSA Kabupaten Siak 1")) == NULL ||
		    (tsa = pki_cert_make(tk, n, ica, ik, now, 1826, tsa_ext)) ==
			NULL)
			goto crypto;
	}
	if (pki_crl_make(ica, ik, NULL, 0, 1, now, &crl, &crl_len) != 0)
		goto crypto;
	path = xasprintf("%s/crl.der", tmp);
	rc = pki_write_file(path, crl, crl_len, 0644);
	free(path);
	path = xasprintf("%s/base_url", tmp);
	if (rc == 0) {
		char *line = xasprintf("%s\n", base);

		rc = pki_write_file(path, line, strlen(line), 0644);
		free(line);
	}
	free(path);
	if (rc != 0 || write_pem_cert(tmp, "root.crt", root) != 0 ||
	    write_pem_key(tmp, "root.key", rk, pass) != 0 ||
	    write_pem_cert(tmp, "ica.crt", ica) != 0 ||
	    write_pem_key(tmp, "ica.key", ik, NULL) != 0 ||
	    write_pem_cert(tmp, "tsa.crt", tsa) != 0 ||
	    write_pem_key(tmp, "tsa.key", tk, NULL) != 0 ||
	    rename(tmp, dir) != 0) {
		rc = -1;
		rm_tmpdir(tmp);
		snprintf(err, errlen, msg(M_PKI_DIR_FAILED), dir);
		goto out;
	}
	if (genpass[0] != '\0')
		printf("\n%s\n    %s\n%s\n\n", msg(M_PKI_ROOT_PASS_HEAD),
		    genpass, msg(M_PKI_ROOT_PASS_NOTE));
	rc = 0;
	goto out;
crypto:
	rm_tmpdir(tmp);
	str_field(err, errlen, msg(M_PKI_CRYPTO_FAILED));
	rc = -1;
out:
	OPENSSL_cleanse(genpass, sizeof(genpass));
	OPENSSL_free(crl);
	X509_NAME_free(n);
	X509_free(root);
	X509_free(ica);
	X509_free(tsa);
	EVP_PKEY_free(rk);
	EVP_PKEY_free(ik);
	EVP_PKEY_free(tk);
	free(crl_url);
	free(ca_url);
	free(dir);
	free(tmp);
	return rc;
}

static X509 *
read_cert(const char *dir, const char *name)
{
	char *path = xasprintf("%s/%s", dir, name);
	BIO *bio = BIO_new_file(path, "r");
	X509 *x = bio ? PEM_read_bio_X509(bio, NULL, NULL, NULL) : NULL;

	BIO_free(bio);
	if (x == NULL)
		fprintf(stderr, "pamong: cannot read %s\n", path);
	free(path);
	return x;
}

static EVP_PKEY *
read_key(const char *dir, const char *name)
{
	char *path = xasprintf("%s/%s", dir, name);
	BIO *bio = BIO_new_file(path, "r");
	EVP_PKEY *k = bio ? PEM_read_bio_PrivateKey(bio, NULL, NULL, "") : NULL;

	BIO_free(bio);
	if (k == NULL)
		fprintf(stderr, "pamong: cannot read %s\n", path);
	free(path);
	return k;
}

/* Reread crl.der when the file changed (a revocation in another process). */
static void
crl_sync(struct pki *p)
{
	char *path = xasprintf("%s/crl.der", p->dir);
	const unsigned char *q;
	unsigned char *der;
	struct stat st;
	X509_CRL *crl;
	ssize_t n;
	int fd;

	if (stat(path, &st) != 0 ||
	    (p->crl != NULL && st.st_ino == p->crl_ino &&
		st.st_size == p->crl_size &&
		st.st_mtim.tv_sec == p->crl_mtime.tv_sec &&
		st.st_mtim.tv_nsec == p->crl_mtime.tv_nsec) ||
	    st.st_size <= 0 || st.st_size > (64 << 20))
		goto out;
	if ((fd = open(path, O_RDONLY)) == -1)
		goto out;
	der = xmalloc((size_t)st.st_size);
	n = read(fd, der, (size_t)st.st_size);
	close(fd);
	q = der;
	if (n != st.st_size ||
	    (crl = d2i_X509_CRL(NULL, &q, (long)n)) == NULL) {
		free(der);
		goto out;
	}
	X509_CRL_free(p->crl);
	free(p->crl_der);
	p->crl = crl;
	p->crl_der = der;
	p->crl_len = (size_t)n;
	p->crl_ino = st.st_ino;
	p->crl_size = st.st_size;
	p->crl_mtime = st.st_mtim;
out:
	free(path);
}

struct pki *
pki_load(const char *data_dir)
{
	struct pki *p;
	char *path, line[256];
	FILE *f;
	unsigned char *der = NULL;
	int n;

	path = xasprintf("%s/%s/ica.crt", data_dir, PKI_DIR);
	if (access(path, F_OK) != 0) {
		free(path);
		return NULL;
	}
	free(path);
	p = xcalloc(1, sizeof(*p));
	p->dir = xasprintf("%s/%s", data_dir, PKI_DIR);
	if ((p->root = read_cert(p->dir, "root.crt")) == NULL ||
	    (p->ica = read_cert(p->dir, "ica.crt")) == NULL ||
	    (p->tsa = read_cert(p->dir, "tsa.crt")) == NULL ||
	    (p->ica_key = read_key(p->dir, "ica.key")) == NULL ||
	    (p->tsa_key = read_key(p->dir, "tsa.key")) == NULL)
		goto fail;
	p->rsa = EVP_PKEY_is_a(p->ica_key, "RSA");
	if ((p->chain = sk_X509_new_null()) == NULL || !X509_up_ref(p->ica) ||
	    !sk_X509_push(p->chain, p->ica))
		goto fail;
	if ((n = i2d_X509(p->ica, &der)) <= 0)
		goto fail;
	p->ica_der = xmalloc((size_t)n);
	memcpy(p->ica_der, der, (size_t)n);
	p->ica_len = (size_t)n;
	OPENSSL_free(der);
	sha256_hex(p->ica_der, p->ica_len, p->ica_fp);
	crl_sync(p);
	if (p->crl == NULL) {
		fprintf(stderr, "pamong: cannot read %s/crl.der\n", p->dir);
		goto fail;
	}
	path = xasprintf("%s/base_url", p->dir);
	if ((f = fopen(path, "r")) != NULL && fgets(line, sizeof(line), f)) {
		line[strcspn(line, "\r\n")] = '\0';
		if (pki_url_ok(line))
			p->base_url = xstrdup(line);
		else
			fprintf(stderr, "pamong: %s: bad URL, using %s\n", path,
			    PKI_DEFAULT_BASE_URL);
	}
	if (f != NULL)
		fclose(f);
	free(path);
	if (p->base_url == NULL)
		p->base_url = xstrdup(PKI_DEFAULT_BASE_URL);
	return p;
fail:
	pki_free(p);
	return NULL;
}

void
pki_free(struct pki *p)
{
	if (p == NULL)
		return;
	TS_RESP_CTX_free(p->ts);
	X509_free(p->root);
	X509_free(p->ica);
	X509_free(p->tsa);
	EVP_PKEY_free(p->ica_key);
	EVP_PKEY_free(p->tsa_key);
	sk_X509_pop_free(p->chain, X509_free);
	X509_CRL_free(p->crl);
	free(p->crl_der);
	free(p->ica_der);
	free(p->base_url);
	free(p->dir);
	free(p);
}

X509 *
pki_root(const struct pki *p)
{
	return p->root;
}

X509 *
pki_ica(const struct pki *p)
{
	return p->ica;
}

X509 *
pki_tsa_cert(const struct pki *p)
{
	return p->tsa;
}

STACK_OF(X509) * pki_chain(const struct pki *p)
{
	return p->chain;
}

const char *
pki_base_url(const struct pki *p)
{
	return p->base_url;
}

int
pki_is_rsa(const struct pki *p)
{
	return p->rsa;
}

X509_STORE *
pki_trust(const struct pki *p)
{
	X509_STORE *st = X509_STORE_new();

	if (st != NULL && X509_STORE_add_cert(st, p->root) != 1) {
		X509_STORE_free(st);
		return NULL;
	}
	return st;
}

static int
add_revoked(X509_CRL *crl, const struct pki_revoked *rv)
{
	X509_REVOKED *r = X509_REVOKED_new();
	ASN1_INTEGER *sn = NULL;
	ASN1_ENUMERATED *e = NULL;
	ASN1_TIME *t = NULL;
	BIGNUM *bn = NULL;
	int ok = 0;

	if (r == NULL || BN_hex2bn(&bn, rv->serial) == 0 ||
	    (sn = BN_to_ASN1_INTEGER(bn, NULL)) == NULL ||
	    (t = ASN1_TIME_set(NULL, rv->at)) == NULL ||
	    X509_REVOKED_set_serialNumber(r, sn) != 1 ||
	    X509_REVOKED_set_revocationDate(r, t) != 1)
		goto out;
	/* RFC 5280 5.3.1: leave the reason out rather than "unspecified" */
	if (rv->reason > 0 &&
	    ((e = ASN1_ENUMERATED_new()) == NULL ||
		ASN1_ENUMERATED_set(e, rv->reason) != 1 ||
		X509_REVOKED_add1_ext_i2d(r, NID_crl_reason, e, 0, 0) != 1))
		goto out;
	if (X509_CRL_add0_revoked(crl, r) != 1)
		goto out;
	r = NULL;
	ok = 1;
out:
	X509_REVOKED_free(r);
	ASN1_INTEGER_free(sn);
	ASN1_ENUMERATED_free(e);
	ASN1_TIME_free(t);
	BN_free(bn);
	return ok;
}

int
pki_crl_make(X509 *ica, EVP_PKEY *key, const struct pki_revoked *rv, size_t n,
    int64_t number, time_t now, unsigned char **der, size_t *len)
{
	X509_CRL *crl = X509_CRL_new();
	ASN1_TIME *t1 = NULL, *t2 = NULL;
	ASN1_INTEGER *num = NULL;
	X509_EXTENSION *e = NULL;
	X509V3_CTX ctx;
	size_t i;
	int dl, rc = -1;

	*der = NULL;
	if (crl == NULL || X509_CRL_set_version(crl, X509_CRL_VERSION_2) != 1 ||
	    X509_CRL_set_issuer_name(crl, X509_get_subject_name(ica)) != 1 ||
	    (t1 = ASN1_TIME_set(NULL, now)) == NULL ||
	    (t2 = ASN1_TIME_adj(NULL, now, PKI_CRL_DAYS, 0)) == NULL ||
	    X509_CRL_set1_lastUpdate(crl, t1) != 1 ||
	    X509_CRL_set1_nextUpdate(crl, t2) != 1)
		goto out;
	for (i = 0; i < n; i++)
		if (!add_revoked(crl, &rv[i]))
			goto out;
	if (X509_CRL_sort(crl) != 1 || (num = ASN1_INTEGER_new()) == NULL ||
	    ASN1_INTEGER_set_int64(num, number) != 1 ||
	    X509_CRL_add1_ext_i2d(crl, NID_crl_number, num, 0, 0) != 1)
		goto out;
	X509V3_set_ctx(&ctx, ica, NULL, NULL, crl, 0);
	if ((e = X509V3_EXT_nconf(NULL, &ctx, "authorityKeyIdentifier",
		 "keyid:always")) == NULL ||
	    X509_CRL_add_ext(crl, e, -1) != 1 ||
	    X509_CRL_sign(crl, key, EVP_sha256()) <= 0)
		goto out;
	if ((dl = i2d_X509_CRL(crl, der)) <= 0)
		goto out;
	*len = (size_t)dl;
	rc = 0;
out:
	X509_EXTENSION_free(e);
	ASN1_INTEGER_free(num);
	ASN1_TIME_free(t1);
	ASN1_TIME_free(t2);
	X509_CRL_free(crl);
	return rc;
}

/*
 * The CRL cache is logically mutable: it follows crl.der, which another
 * worker may have rewritten.  Hence the casts.
 */
X509_CRL *
pki_crl(const struct pki *p)
{
	crl_sync((struct pki *)p);
	return p->crl;
}

const unsigned char *
pki_crl_der(const struct pki *p, size_t *lenp)
{
	crl_sync((struct pki *)p);
	*lenp = p->crl_len;
	return p->crl_der;
}

const unsigned char *
pki_ica_der(const struct pki *p, size_t *lenp)
{
	*lenp = p->ica_len;
	return p->ica_der;
}
