/*
 * pki_enroll.c: officer certificates: enrolment (key pair, certificate,
 * key encrypted under the officer's passphrase), loading the signing key,
 * and listing.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/pem.h>
#include <openssl/x509v3.h>

#include "lib/msg.h"
#include "lib/str.h"
#include "lib/xalloc.h"
#include "store/store.h"
#include "mod/akun/account.h"
#include "mod/audit/audit.h"
#include "pki_impl.h"
#include "sql.h"

#define PFX(s, p) (strncmp((s), (p), strlen(p)) == 0)

void
pki_title(const struct account *a, char *out, size_t len)
{
	const char *u = a->unit_name, *code = a->unit_code;
	size_t dots = 0;
	const char *c;

	for (c = code; *c; c++)
		dots += *c == '.';
	if (!(a->roles & ROLE_KEPALA) || *u == '\0')
		snprintf(out, len, "Pejabat Penandatangan%s%s", *u ? " " : "",
		    u);
	else if (PFX(u, "Kelurahan "))
		snprintf(out, len, "Lurah %s", u + strlen("Kelurahan "));
	else if (dots == 3)
		snprintf(out, len, "Penghulu %s", u);
	else if (dots == 2 && PFX(u, "Kecamatan "))
		snprintf(out, len, "Camat %s", u + strlen("Kecamatan "));
	else
		snprintf(out, len, "Kepala %s", u);
}

/*
 * X.520 bounds CN, OU and title at 64 characters: drop the redundant
 * " Kabupaten Siak" (O says it), then cut at a word boundary.
 */
static void
fit64(const char *in, char *out, size_t len)
{
	static const char sfx[] = " Kabupaten Siak";
	size_t n = strlen(in), chars = 0, i, cut = 0;

	if (n > sizeof(sfx) - 1 && strcmp(in + n - (sizeof(sfx) - 1), sfx) == 0)
		n -= sizeof(sfx) - 1;
	for (i = 0; i < n; i++) {
		if (((unsigned char)in[i] & 0xc0) == 0x80)
			continue;
		if (chars == 64)
			break;
		if (in[i] == ' ')
			cut = i;
		chars++;
	}
	if (i < n && cut > 0)
		n = cut;
	else if (i < n)
		n = i;
	snprintf(out, len, "%.*s", (int)n, in);
}

static X509_NAME *
officer_name(const char *cn, const char *title, const char *unit)
{
	X509_NAME *n = X509_NAME_new();

	if (n == NULL ||
	    !X509_NAME_add_entry_by_txt(n, "C", MBSTRING_UTF8,
		(const unsigned char *)"ID", -1, -1, 0) ||
	    !X509_NAME_add_entry_by_txt(n, "O", MBSTRING_UTF8,
		(const unsigned char *)PKI_ORG, -1, -1, 0) ||
	    (*unit &&
		!X509_NAME_add_entry_by_txt(n, "OU", MBSTRING_UTF8,
		    (const unsigned char *)unit, -1, -1, 0)) ||
	    !X509_NAME_add_entry_by_txt(n, "title", MBSTRING_UTF8,
		(const unsigned char *)title, -1, -1, 0) ||
	    !X509_NAME_add_entry_by_txt(n, "CN", MBSTRING_UTF8,
		(const unsigned char *)cn, -1, -1, 0)) {
		X509_NAME_free(n);
		return NULL;
	}
	return n;
}

int64_t
pki_enroll(struct store *s, struct pki *p, int64_t account_id,
    const char *passphrase, int64_t actor_id, const char *addr, time_t now,
    char *err, size_t errlen)
{
	struct account a;
	struct audit au;
	char title[STR_CHARS(160)], subject[512], serial[48], fp[65];
	char *crl_url, *ca_url;
	char *key_pem = NULL, note[STR_CHARS(160) + 64];
	char tmp[256], unit[161], cn[121];
	const char *perr;
	EVP_PKEY *k = NULL;
	X509_NAME *n = NULL;
	X509 *x = NULL;
	unsigned char *der = NULL;
	int dl = 0, superseded;
	int64_t id = 0, old;

	if (account_load(s, account_id, &a) != 0) {
		str_field(err, errlen, msg(M_PKI_ACCOUNT_UNKNOWN));
		return 0;
	}
	if (!(a.roles & ROLE_PENANDATANGAN) || a.disabled) {
		str_field(err, errlen, msg(M_PKI_NOT_SIGNER));
		return 0;
	}
	if ((perr = pki_pass_check(passphrase)) != NULL) {
		snprintf(err, errlen, "%s", perr);
		return 0;
	}
	pki_title(&a, tmp, sizeof(tmp));
	fit64(tmp, title, sizeof(title));
	fit64(a.unit_name, unit, sizeof(unit));
	fit64(*a.full_name ? a.full_name : a.username, cn, sizeof(cn));
	crl_url = xasprintf("URI:%s/pki/crl", p->base_url);
	ca_url = xasprintf("caIssuers;URI:%s/pki/ca", p->base_url);
	{
		const char *const ext[][2] = { { "basicConstraints",
						   "critical,CA:FALSE" },
			{ "keyUsage",
			    "critical,digitalSignature,"
			    "nonRepudiation" },
			{ "extendedKeyUsage",
			    "emailProtection,"
			    "1.3.6.1.5.5.7.3.36" },
			{ "subjectKeyIdentifier", "hash" },
			{ "authorityKeyIdentifier", "keyid:always" },
			{ "crlDistributionPoints", crl_url },
			{ "authorityInfoAccess", ca_url }, { NULL, NULL } };

		if ((k = pki_keygen(p->rsa)) == NULL ||
		    (n = officer_name(cn, title, unit)) == NULL ||
		    (x = pki_cert_make(k, n, p->ica, p->ica_key, now,
			 PKI_SIGNER_DAYS, ext)) == NULL ||
		    (key_pem = pki_key_encrypt(k, passphrase)) == NULL ||
		    (dl = i2d_X509(x, &der)) <= 0) {
			str_field(err, errlen, msg(M_PKI_CRYPTO_FAILED));
			goto out;
		}
	}
	X509_NAME_oneline(X509_get_subject_name(x), subject, sizeof(subject));
	{
		BIO *bio = BIO_new(BIO_s_mem());
		char *d;
		long bl;

		/* RFC 2253 form, UTF-8 kept */
		if (bio != NULL &&
		    X509_NAME_print_ex(bio, X509_get_subject_name(x), 0,
			XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB) >= 0 &&
		    (bl = BIO_get_mem_data(bio, &d)) > 0)
			snprintf(subject, sizeof(subject), "%.*s", (int)bl, d);
		BIO_free(bio);
	}
	pki_serial_hex(X509_get0_serialNumber(x), serial, sizeof(serial));
	pki_cert_fp(x, fp);

	if (store_begin(s) != 0)
		goto fail;
	old = pki_sql_active_cert(s, account_id);
	superseded = old > 0;
	if (superseded &&
	    pki_sql_supersede(s, old, now, msg(M_PKI_SUPERSEDED_TEXT),
		actor_id) != 0)
		goto fail;
	if (pki_sql_cert_insert(s, account_id, serial, subject, title, unit,
		p->ica_fp, der, (size_t)dl, fp, key_pem, p->rsa ? "rsa" : "ec",
		now - 300, now + (time_t)PKI_SIGNER_DAYS * 86400, now, actor_id,
		&id) != 0)
		goto fail;
	snprintf(note, sizeof(note), "%s%s", title,
	    superseded ? " (menggantikan sertifikat sebelumnya)" : "");
	memset(&au, 0, sizeof(au));
	au.actor_id = actor_id;
	au.unit_id = a.unit_id;
	au.action = "pki.daftar";
	au.object_type = "sertifikat";
	au.object_id = serial;
	au.to_state = "aktif";
	au.note = note;
	au.addr = addr;
	if (audit_write(s, &au) != 0 ||
	    (superseded && pki_crl_issue(s, p, now) != 0) ||
	    store_commit(s) != 0)
		goto fail;
	goto out;
fail:
	store_rollback(s);
	id = 0;
	str_field(err, errlen, msg(M_PKI_SAVE_FAILED));
out:
	if (key_pem != NULL) {
		OPENSSL_cleanse(key_pem, strlen(key_pem));
		free(key_pem);
	}
	OPENSSL_free(der);
	X509_NAME_free(n);
	X509_free(x);
	EVP_PKEY_free(k);
	free(crl_url);
	free(ca_url);
	return id;
}

/*
 * A key wrapped at a lower cost than PKI_PBKDF2_ITER (before issue 12) is
 * re-wrapped once its passphrase has just proved right: new PEM and audit
 * event "pki.bungkus_ulang" in one transaction, only if the row still
 * holds the old PEM (a revocation meanwhile wiped it: nothing to do).  A
 * failure leaves the old wrap, to be retried at the next use.
 */
static void
rewrap(struct store *s, int64_t id, int64_t account_id, const char *serial,
    const char *old_pem, long old_iter, EVP_PKEY *key, const char *pass)
{
	struct audit au;
	char *pem, note[256];

	if (store_in_tx(s) || (pem = pki_key_encrypt(key, pass)) == NULL)
		return;
	snprintf(note, sizeof(note), msg(M_PKI_AUDIT_REWRAP), PKI_PBKDF2_ITER,
	    old_iter);
	memset(&au, 0, sizeof(au));
	au.actor_id = account_id;
	au.role = "penandatangan";
	au.action = "pki.bungkus_ulang";
	au.object_type = "sertifikat";
	au.object_id = serial;
	au.note = note;
	if (store_begin(s) == 0) {
		au.unit_id = pki_sql_account_unit(s, account_id);
		if (pki_sql_rewrap(s, id, pem, old_pem) != 0 ||
		    audit_write(s, &au) != 0 || store_commit(s) != 0)
			store_rollback(s);
	}
	OPENSSL_cleanse(pem, strlen(pem));
	free(pem);
}

int
pki_signer(struct store *s, int64_t account_id, const char *passphrase,
    EVP_PKEY **key, X509 **cert, int64_t *cert_id)
{
	const unsigned char *q;
	unsigned char *der;
	char *pem, *old_pem = NULL, serial[48];
	size_t dl;
	long iter;
	int64_t id = 0, row;
	int rc = -1, found;

	*key = NULL;
	*cert = NULL;
	found = pki_sql_signer(s, account_id, time(NULL), &row, &der, &dl, &pem,
	    serial, sizeof(serial));
	if (found < 0)
		return -1;
	if (found == 0)
		goto out;
	q = der;
	if ((*cert = d2i_X509(NULL, &q, (long)dl)) == NULL)
		goto out;
	if (passphrase == NULL || *passphrase == '\0') {
		rc = -2;
		goto out;
	}
	*key = pki_key_decrypt(pem, passphrase);
	if (*key == NULL || X509_check_private_key(*cert, *key) != 1) {
		rc = -2;
		goto out;
	}
	id = row;
	if (cert_id != NULL)
		*cert_id = id;
	if ((iter = pki_key_iter(pem)) < PKI_PBKDF2_ITER)
		old_pem = xstrdup(pem);
	rc = 0;
out:
	free(der);
	if (pem != NULL) {
		OPENSSL_cleanse(pem, strlen(pem));
		free(pem);
	}
	if (old_pem != NULL) {
		rewrap(s, id, account_id, serial, old_pem, iter, *key,
		    passphrase);
		OPENSSL_cleanse(old_pem, strlen(old_pem));
		free(old_pem);
	}
	if (rc != 0) {
		EVP_PKEY_free(*key);
		X509_free(*cert);
		*key = NULL;
		*cert = NULL;
	}
	return rc;
}

struct pki_cert *
pki_list(struct store *s, int64_t account_id, size_t *np)
{
	return pki_sql_cert_list(s, account_id, np);
}

int64_t
pki_active_cert(struct store *s, int64_t account_id)
{
	return pki_sql_active_cert(s, account_id);
}

struct pki_key *
pki_keys_active(struct store *s, size_t *np)
{
	return pki_sql_keys_active(s, np);
}

void
pki_keys_free(struct pki_key *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(v[i].username);
		free(v[i].key_pem);
	}
	free(v);
}

int
pki_cert_get(struct store *s, int64_t id, struct pki_cert *c)
{
	return pki_sql_cert_get(s, id, c) == 1 ? 0 : -1;
}

int64_t
pki_cert_by_serial(struct store *s, const char *hex)
{
	char norm[48];
	size_t i, j = 0;

	if (hex == NULL)
		return 0;
	if (strncasecmp(hex, "0x", 2) == 0)
		hex += 2;
	while (*hex == '0' && hex[1] != '\0')
		hex++;
	for (i = 0; hex[i] != '\0'; i++) {
		if (!isxdigit((unsigned char)hex[i]) || j + 1 >= sizeof(norm))
			return 0;
		norm[j++] = (char)tolower((unsigned char)hex[i]);
	}
	norm[j] = '\0';
	if (j == 0)
		return 0;
	return pki_sql_cert_by_serial(s, norm);
}
