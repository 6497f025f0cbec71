/*
 * test_pki.c: the regency PKI: init into a temporary directory (files,
 * modes, profiles, encrypted root key), enrolment (profile, refusals),
 * signing key with right and wrong passphrase, supersession, revocation
 * with the CRL re-issued, and the TSA (tokens verify with
 * TS_RESP_verify_response, serials differ, rejection of a bad request).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/ts.h>
#include <openssl/x509v3.h>

#include "mod/akun/account.h"
#include "mod/pki/pki.h"
#include "mod/pki/pki_impl.h"
#include "mod/wilayah/seed.h"
#include "lib/buf.h"
#include "lib/xalloc.h"
#include "store/store.h"

#define PASS "Siak-TTE-Uji-2026"
#define ROOTPW "akar-rahasia-uji-123"

static struct store *s;
static struct pki *p;
static char dir[64];
static time_t now;
static struct account signer, camat, op;

static int64_t
mkacct(const char *user, const char *name, const char *roles, const char *unit,
    struct account *a)
{
	int64_t id;
	char *r, *q, *save = NULL;

	assert_int_equal(
	    store_run(s,
		"INSERT INTO account(username, pw_hash,"
		" unit_id, full_name, created_at, pw_changed_at) VALUES (?, 'x',"
		" (SELECT id FROM unit WHERE code = ?), ?, 0, 0)",
		"sss", user, unit, name),
	    0);
	id = store_last_id(s);
	r = xstrdup(roles);
	for (q = strtok_r(r, ",", &save); q != NULL;
	     q = strtok_r(NULL, ",", &save))
		assert_int_equal(store_run(s,
				     "INSERT INTO account_role"
				     "(account_id, role) VALUES (?, ?)",
				     "is", id, q),
		    0);
	free(r);
	assert_int_equal(account_load(s, id, a), 0);
	return id;
}

/* The text of the first column of one row, strdup()ed. */
static char *
store_text_dup(struct store *st0, const char *sql, int64_t id)
{
	struct store_stmt *st = store_query(st0, sql, "i", id);
	char *t;

	assert_non_null(st);
	assert_int_equal(store_step(st), STORE_ROW);
	t = xstrdup(store_text(st, 0));
	store_done(st);
	return t;
}

static int
setup(void **state)
{
	const char *seed = getenv("PAMONG_SEED_DIR");
	struct pki_opts o = { 0, ROOTPW, "https://pamong.siakkab.go.id" };
	char path[96], err[256];

	now = time(NULL);
	snprintf(dir, sizeof(dir), "/tmp/pamong-pki-XXXXXX");
	if (mkdtemp(dir) == NULL)
		return -1;
	snprintf(path, sizeof(path), "%s/t.db", dir);
	if (store_open(&s, NULL, path) != 0 || store_migrate(s, 0) != 0)
		return -1;
	if (seed_siak(s, seed ? seed : "data", err, sizeof(err)) != 0) {
		fprintf(stderr, "seed_siak: %s\n", err);
		return -1;
	}
	if (pki_init(dir, &o, err, sizeof(err)) != 0) {
		fprintf(stderr, "pki_init: %s\n", err);
		return -1;
	}
	if ((p = pki_load(dir)) == NULL)
		return -1;
	mkacct("penghulu", "Syahrial Ñoño", "penandatangan,kepala",
	    "14.08.01.2003", &signer);
	mkacct("camat", "Zulkifli", "penandatangan,kepala", "14.08.01", &camat);
	mkacct("op.dalam", "Rahmat", "operator", "14.08.01.1001", &op);
	*state = s;
	return 0;
}

static int
teardown(void **state)
{
	char *cmd;

	pki_free(p);
	store_close(s);
	cmd = xasprintf("rm -rf '%s'", dir);
	if (system(cmd) != 0)
		fprintf(stderr, "cleanup of %s failed\n", dir);
	free(cmd);
	return 0;
}

static mode_t
mode_of(const char *name)
{
	char path[128];
	struct stat st;

	snprintf(path, sizeof(path), "%s/pki/%s", dir, name);
	assert_int_equal(stat(path, &st), 0);
	return st.st_mode & 0777;
}

static int
has_eku(X509 *x, int nid)
{
	EXTENDED_KEY_USAGE *eku =
	    X509_get_ext_d2i(x, NID_ext_key_usage, NULL, NULL);
	int i, found = 0;

	for (i = 0; eku != NULL && i < sk_ASN1_OBJECT_num(eku); i++)
		if (OBJ_obj2nid(sk_ASN1_OBJECT_value(eku, i)) == nid)
			found = 1;
	EXTENDED_KEY_USAGE_free(eku);
	return found;
}

static int
has_eku_oid(X509 *x, const char *oid)
{
	EXTENDED_KEY_USAGE *eku =
	    X509_get_ext_d2i(x, NID_ext_key_usage, NULL, NULL);
	char buf[64];
	int i, found = 0;

	for (i = 0; eku != NULL && i < sk_ASN1_OBJECT_num(eku); i++) {
		OBJ_obj2txt(buf, sizeof(buf), sk_ASN1_OBJECT_value(eku, i), 1);
		if (strcmp(buf, oid) == 0)
			found = 1;
	}
	EXTENDED_KEY_USAGE_free(eku);
	return found;
}

/* Verify x against the root with the current CRL: X509_V_OK or an error. */
static int
verify(X509 *x, int with_crl)
{
	X509_STORE *st = pki_trust(p);
	X509_STORE_CTX *ctx = X509_STORE_CTX_new();
	int rc;

	assert_non_null(st);
	if (with_crl) {
		X509_STORE_add_crl(st, pki_crl(p));
		X509_STORE_set_flags(st, X509_V_FLAG_CRL_CHECK);
	}
	X509_STORE_CTX_init(ctx, st, x, pki_chain(p));
	X509_STORE_CTX_set_purpose(ctx, X509_PURPOSE_SMIME_SIGN);
	rc = X509_verify_cert(ctx) == 1 ? X509_V_OK
					: X509_STORE_CTX_get_error(ctx);
	X509_STORE_CTX_free(ctx);
	X509_STORE_free(st);
	return rc;
}

static void
test_init_files(void **state)
{
	char path[128], err[256];
	struct pki_opts o = { 0, NULL, NULL };
	EVP_PKEY *k;
	FILE *f;

	assert_int_equal(mode_of("ica.key"), 0600);
	assert_int_equal(mode_of("tsa.key"), 0600);
	assert_int_equal(mode_of("root.key"), 0600);
	assert_string_equal(pki_base_url(p), "https://pamong.siakkab.go.id");
	assert_int_equal(pki_is_rsa(p), 0);
	/* the root key opens with the root passphrase only */
	snprintf(path, sizeof(path), "%s/pki/root.key", dir);
	f = fopen(path, "r");
	assert_non_null(f);
	k = PEM_read_PrivateKey(f, NULL, NULL, "salah-salah-salah");
	assert_null(k);
	rewind(f);
	k = PEM_read_PrivateKey(f, NULL, NULL, ROOTPW);
	fclose(f);
	assert_non_null(k);
	assert_int_equal(X509_check_private_key(pki_root(p), k), 1);
	EVP_PKEY_free(k);
	/* the chain: ica and tsa are issued under the root */
	assert_int_equal(X509_check_issued(pki_root(p), pki_ica(p)), X509_V_OK);
	assert_int_equal(X509_verify(pki_ica(p), X509_get0_pubkey(pki_root(p))),
	    1);
	assert_int_equal(X509_check_issued(pki_ica(p), pki_tsa_cert(p)),
	    X509_V_OK);
	assert_true(X509_get_extension_flags(pki_tsa_cert(p)) & EXFLAG_XKUSAGE);
	assert_true(has_eku(pki_tsa_cert(p), NID_time_stamp));
	assert_int_equal(X509_get_ext_by_critical(pki_tsa_cert(p), 1, -1) >= 0,
	    1);
	/* the initial CRL is empty, signed by the issuing CA */
	assert_non_null(pki_crl(p));
	assert_null(X509_CRL_get_REVOKED(pki_crl(p)));
	assert_int_equal(
	    X509_CRL_verify(pki_crl(p), X509_get0_pubkey(pki_ica(p))), 1);
	/* init again: nothing changes */
	assert_int_equal(pki_init(dir, &o, err, sizeof(err)), 0);
	/* a short root passphrase is refused */
	o.root_passphrase = "pendek";
	snprintf(path, sizeof(path), "%s/lain", dir);
	mkdir(path, 0700);
	assert_int_equal(pki_init(path, &o, err, sizeof(err)), -1);
	assert_non_null(strstr(err, "12 karakter"));
}

static void
test_enroll_profile(void **state)
{
	char err[256], title[161], *cn;
	X509 *cert;
	EVP_PKEY *key;
	int64_t id, cid = 0;
	X509_NAME *n;
	int i;
	STACK_OF(DIST_POINT) * dps;
	AUTHORITY_INFO_ACCESS *aia;
	const char *uri;

	/* refused: short passphrase, account without penandatangan */
	assert_int_equal(pki_enroll(s, p, signer.id, "pendek123", 0, "uji", now,
			     err, sizeof(err)),
	    0);
	assert_non_null(strstr(err, "12 karakter"));
	assert_int_equal(
	    pki_enroll(s, p, op.id, PASS, 0, "uji", now, err, sizeof(err)), 0);
	assert_non_null(strstr(err, "penandatangan"));
	assert_int_equal(store_scalar(s, -1,
			     "SELECT count(*) FROM"
			     " signer_cert",
			     ""),
	    0);

	id = pki_enroll(s, p, signer.id, PASS, 0, "uji", now, err, sizeof(err));
	assert_true(id > 0);
	/* the passphrase is not stored anywhere in the row */
	assert_int_equal(
	    store_scalar(s, -1,
		"SELECT count(*) FROM signer_cert"
		" WHERE instr(key_pem, ?) > 0 OR instr(subject, ?) > 0",
		"ss", PASS, PASS),
	    0);
	assert_int_equal(
	    store_scalar(s, -1,
		"SELECT count(*) FROM"
		" signer_cert WHERE key_pem LIKE '-----BEGIN ENCRYPTED PRIVATE"
		" KEY-----%'",
		""),
	    1);
	assert_int_equal(store_scalar(s, -1,
			     "SELECT count(*) FROM audit_event"
			     " WHERE action = 'pki.daftar'",
			     ""),
	    1);

	assert_int_equal(pki_signer(s, signer.id, PASS, &key, &cert, &cid), 0);
	assert_int_equal(cid, id);
	assert_int_equal(X509_check_private_key(cert, key), 1);
	n = X509_get_subject_name(cert);
	i = X509_NAME_get_index_by_NID(n, NID_commonName, -1);
	ASN1_STRING_to_UTF8((unsigned char **)&cn,
	    X509_NAME_ENTRY_get_data(X509_NAME_get_entry(n, i)));
	assert_string_equal(cn, "Syahrial Ñoño");
	OPENSSL_free(cn);
	pki_title(&signer, title, sizeof(title));
	assert_string_equal(title, "Penghulu Kampung Langkai");
	assert_true(X509_NAME_get_index_by_NID(n, NID_title, -1) >= 0);
	assert_true(
	    X509_NAME_get_index_by_NID(n, NID_organizationalUnitName, -1) >= 0);
	assert_true(X509_get_key_usage(cert) ==
	    (KU_DIGITAL_SIGNATURE | KU_NON_REPUDIATION));
	assert_true(has_eku(cert, NID_email_protect));
	assert_true(has_eku_oid(cert, "1.3.6.1.5.5.7.3.36"));
	dps = X509_get_ext_d2i(cert, NID_crl_distribution_points, NULL, NULL);
	assert_non_null(dps);
	uri = (const char *)ASN1_STRING_get0_data(
	    sk_GENERAL_NAME_value(
		sk_DIST_POINT_value(dps, 0)->distpoint->name.fullname, 0)
		->d.uniformResourceIdentifier);
	assert_string_equal(uri, "https://pamong.siakkab.go.id/pki/crl");
	sk_DIST_POINT_pop_free(dps, DIST_POINT_free);
	aia = X509_get_ext_d2i(cert, NID_info_access, NULL, NULL);
	assert_non_null(aia);
	assert_int_equal(
	    OBJ_obj2nid(sk_ACCESS_DESCRIPTION_value(aia, 0)->method),
	    NID_ad_ca_issuers);
	uri = (const char *)ASN1_STRING_get0_data(
	    sk_ACCESS_DESCRIPTION_value(aia, 0)
		->location->d.uniformResourceIdentifier);
	assert_string_equal(uri, "https://pamong.siakkab.go.id/pki/ca");
	AUTHORITY_INFO_ACCESS_free(aia);
	assert_int_equal(verify(cert, 1), X509_V_OK);
	EVP_PKEY_free(key);
	X509_free(cert);

	/* wrong passphrase: -2; nobody enrolled: -1 */
	assert_int_equal(
	    pki_signer(s, signer.id, "Siak-TTE-Salah-2026", &key, &cert, NULL),
	    -2);
	assert_null(key);
	assert_null(cert);
	assert_int_equal(pki_signer(s, camat.id, PASS, &key, &cert, NULL), -1);
}

/* Issue 12: keys are wrapped at PKI_PBKDF2_ITER; an older, cheaper wrap
 * is re-wrapped at the next successful unlock, audited; a wrong
 * passphrase changes nothing. */
static void
test_rewrap(void **state)
{
	PKCS8_PRIV_KEY_INFO *inf;
	X509_SIG *p8;
	X509 *cert;
	EVP_PKEY *key;
	BIO *bio;
	char *pem, *now_pem;
	long len;
	const char *d;
	int64_t id;

	(void)state;
	id = store_scalar(s, 0,
	    "SELECT id FROM signer_cert WHERE account_id"
	    " = ? AND status = 'aktif'",
	    "i", signer.id);
	assert_true(id > 0);
	now_pem = store_text_dup(s,
	    "SELECT key_pem FROM signer_cert WHERE"
	    " id = ?",
	    id);
	assert_int_equal(pki_key_iter(now_pem), PKI_PBKDF2_ITER);
	assert_true(PKI_PBKDF2_ITER >= 600000);
	assert_int_equal(pki_key_iter("not a key"), 0);

	/* the wrap of keys enrolled before: 100 000 iterations */
	key = pki_key_decrypt(now_pem, PASS);
	assert_non_null(key);
	assert_null(pki_key_decrypt(now_pem, "Siak-TTE-Salah-2026"));
	inf = EVP_PKEY2PKCS8(key);
	p8 = PKCS8_encrypt(-1, EVP_aes_256_cbc(), PASS, (int)strlen(PASS), NULL,
	    0, 100000, inf);
	bio = BIO_new(BIO_s_mem());
	assert_int_equal(PEM_write_bio_PKCS8(bio, p8), 1);
	len = BIO_get_mem_data(bio, (char **)&d);
	pem = xasprintf("%.*s", (int)len, d);
	BIO_free(bio);
	X509_SIG_free(p8);
	PKCS8_PRIV_KEY_INFO_free(inf);
	EVP_PKEY_free(key);
	assert_int_equal(pki_key_iter(pem), 100000);
	assert_int_equal(store_run(s,
			     "UPDATE signer_cert SET key_pem = ?"
			     " WHERE id = ?",
			     "si", pem, id),
	    0);

	/* a wrong passphrase: no re-wrap */
	assert_int_equal(
	    pki_signer(s, signer.id, "Siak-TTE-Salah-2026", &key, &cert, NULL),
	    -2);
	assert_int_equal(store_scalar(s, -1,
			     "SELECT key_pem = ? FROM"
			     " signer_cert WHERE id = ?",
			     "si", pem, id),
	    1);
	/* the right one: unlocked, re-wrapped, audited */
	assert_int_equal(pki_signer(s, signer.id, PASS, &key, &cert, NULL), 0);
	EVP_PKEY_free(key);
	X509_free(cert);
	free(now_pem);
	now_pem = store_text_dup(s,
	    "SELECT key_pem FROM signer_cert WHERE"
	    " id = ?",
	    id);
	assert_int_equal(pki_key_iter(now_pem), PKI_PBKDF2_ITER);
	assert_int_equal(
	    store_scalar(s, -1,
		"SELECT count(*) FROM audit_event"
		" WHERE action = 'pki.bungkus_ulang' AND actor_id = ?",
		"i", signer.id),
	    1);
	/* and it still opens with the same passphrase, once */
	assert_int_equal(pki_signer(s, signer.id, PASS, &key, &cert, NULL), 0);
	EVP_PKEY_free(key);
	X509_free(cert);
	assert_int_equal(store_scalar(s, -1,
			     "SELECT count(*) FROM audit_event"
			     " WHERE action = 'pki.bungkus_ulang'",
			     ""),
	    1);
	free(now_pem);
	free(pem);
}

static void
test_supersede_revoke(void **state)
{
	struct pki_cert c;
	char err[256];
	X509 *cert, *old;
	EVP_PKEY *key;
	int64_t first, second;
	ASN1_INTEGER *sn;
	X509_REVOKED *rv;
	long crlno1, crlno2;
	ASN1_INTEGER *num;

	first =
	    pki_enroll(s, p, camat.id, PASS, 0, "uji", now, err, sizeof(err));
	assert_true(first > 0);
	assert_int_equal(pki_signer(s, camat.id, PASS, &key, &old, NULL), 0);
	EVP_PKEY_free(key);
	num = X509_CRL_get_ext_d2i(pki_crl(p), NID_crl_number, NULL, NULL);
	crlno1 = ASN1_INTEGER_get(num);
	ASN1_INTEGER_free(num);

	/* enrol again: the first is superseded and on the CRL */
	second = pki_enroll(s, p, camat.id, "frasa-baru-camat-2026", 0, "uji",
	    now, err, sizeof(err));
	assert_true(second > first);
	assert_int_equal(pki_cert_get(s, first, &c), 0);
	assert_string_equal(c.status, "digantikan");
	assert_int_equal(c.revoke_reason, 4);
	assert_int_equal(store_scalar(s, -1,
			     "SELECT length(key_pem) FROM"
			     " signer_cert WHERE id = ?",
			     "i", first),
	    0);
	assert_int_equal(X509_CRL_get0_by_cert(pki_crl(p), &rv, old), 1);
	assert_int_equal(verify(old, 1), X509_V_ERR_CERT_REVOKED);
	X509_free(old);
	num = X509_CRL_get_ext_d2i(pki_crl(p), NID_crl_number, NULL, NULL);
	crlno2 = ASN1_INTEGER_get(num);
	ASN1_INTEGER_free(num);
	assert_true(crlno2 > crlno1);
	assert_int_equal(pki_signer(s, camat.id, PASS, &key, &cert, NULL), -2);
	assert_int_equal(
	    pki_signer(s, camat.id, "frasa-baru-camat-2026", &key, &cert, NULL),
	    0);
	EVP_PKEY_free(key);

	/* revoke: bad reason refused, then keyCompromise */
	assert_int_equal(
	    pki_revoke(s, p, second, 6, "", 0, "uji", now, err, sizeof(err)),
	    -1);
	assert_int_equal(pki_cert_by_serial(s, "zz"), 0);
	assert_int_equal(pki_cert_get(s, second, &c), 0);
	assert_int_equal(pki_cert_by_serial(s, c.serial), second);
	assert_int_equal(pki_revoke(s, p, second, 1, "Frasa sandi bocor", 0,
			     "uji", now, err, sizeof(err)),
	    0);
	assert_int_equal(pki_revoke(s, p, second, 1, "lagi", 0, "uji", now, err,
			     sizeof(err)),
	    -1);
	assert_int_equal(X509_CRL_get0_by_serial(pki_crl(p), &rv,
			     X509_get0_serialNumber(cert)),
	    1);
	sn = X509_REVOKED_get_ext_d2i(rv, NID_crl_reason, NULL, NULL);
	assert_non_null(sn);
	assert_int_equal(ASN1_ENUMERATED_get((ASN1_ENUMERATED *)sn), 1);
	ASN1_ENUMERATED_free((ASN1_ENUMERATED *)sn);
	assert_int_equal(verify(cert, 1), X509_V_ERR_CERT_REVOKED);
	X509_free(cert);
	/* a revoked certificate no longer signs */
	assert_int_equal(
	    pki_signer(s, camat.id, "frasa-baru-camat-2026", &key, &cert, NULL),
	    -1);
	assert_int_equal(store_scalar(s, -1,
			     "SELECT count(*) FROM audit_event"
			     " WHERE action = 'pki.cabut'",
			     ""),
	    1);
	/* the CRL on disk is the one a fresh load sees */
	{
		struct pki *p2 = pki_load(dir);
		size_t l1, l2;
		const unsigned char *d1 = pki_crl_der(p, &l1);
		const unsigned char *d2 = pki_crl_der(p2, &l2);

		assert_int_equal(l1, l2);
		assert_memory_equal(d1, d2, l1);
		pki_free(p2);
	}
	assert_string_equal(pki_reason_label(1),
	    "Kunci privat atau frasa sandi diketahui pihak lain");
	assert_int_equal(pki_reason_parse("keyCompromise"), 1);
	assert_int_equal(pki_reason_parse("9"), 9);
	assert_int_equal(pki_reason_parse("6"), -1);
	assert_int_equal(pki_reason_parse("removeFromCRL"), -1);
}

static TS_RESP *
resp_of(const unsigned char *tok, size_t len)
{
	const unsigned char *q = tok;
	PKCS7 *p7 = d2i_PKCS7(NULL, &q, (long)len);
	TS_TST_INFO *ti;
	TS_RESP *r;
	TS_STATUS_INFO *si;

	assert_non_null(p7);
	ti = PKCS7_to_TS_TST_INFO(p7);
	assert_non_null(ti);
	r = TS_RESP_new();
	si = TS_STATUS_INFO_new();
	TS_STATUS_INFO_set_status(si, TS_STATUS_GRANTED);
	TS_RESP_set_status_info(r, si);
	TS_STATUS_INFO_free(si);
	TS_RESP_set_tst_info(r, p7, ti);
	return r;
}

static void
test_tsa(void **state)
{
	unsigned char imp[32], *t1, *t2;
	size_t l1, l2;
	TS_VERIFY_CTX *vc;
	TS_RESP *r1, *r2;
	const ASN1_INTEGER *s1, *s2;
	struct buf out = BUF_INIT;
	TS_RESP *bad;
	const unsigned char *q;
	char oid[80];

	memset(imp, 0xab, sizeof(imp));
	assert_int_equal(pki_tsa_stamp(p, NULL, imp, 20, &t1, &l1), -1);
	assert_int_equal(pki_tsa_stamp(p, s, imp, sizeof(imp), &t1, &l1), 0);
	assert_int_equal(pki_tsa_cb(p, imp, sizeof(imp), &t2, &l2), 0);
	r1 = resp_of(t1, l1);
	r2 = resp_of(t2, l2);

	vc = TS_VERIFY_CTX_new();
	TS_VERIFY_CTX_set_flags(vc,
	    TS_VFY_SIGNATURE | TS_VFY_SIGNER | TS_VFY_IMPRINT | TS_VFY_VERSION);
	TS_VERIFY_CTX_set_store(vc, pki_trust(p));
	{
		STACK_OF(X509) *ch = sk_X509_new_null();

		X509_up_ref(pki_ica(p));
		sk_X509_push(ch, pki_ica(p));
		TS_VERIFY_CTX_set_certs(vc, ch);
	}
	{
		unsigned char *m = OPENSSL_malloc(sizeof(imp));

		memcpy(m, imp, sizeof(imp));
		TS_VERIFY_CTX_set_imprint(vc, m, sizeof(imp));
	}
	assert_int_equal(TS_RESP_verify_response(vc, r1), 1);
	assert_int_equal(TS_RESP_verify_response(vc, r2), 1);
	TS_VERIFY_CTX_free(vc);

	s1 = TS_TST_INFO_get_serial(TS_RESP_get_tst_info(r1));
	s2 = TS_TST_INFO_get_serial(TS_RESP_get_tst_info(r2));
	assert_int_not_equal(ASN1_INTEGER_cmp(s1, s2), 0);
	assert_true(ASN1_STRING_length(s1) > 8);
	OBJ_obj2txt(oid, sizeof(oid),
	    TS_TST_INFO_get_policy_id(TS_RESP_get_tst_info(r1)), 1);
	assert_string_equal(oid, PKI_TSA_POLICY);
	TS_RESP_free(r1);
	TS_RESP_free(r2);
	free(t1);
	free(t2);

	/* a malformed request gets a rejection reply, not an error */
	assert_int_equal(pki_tsa_respond(p, s, "rusak", 5, &out), 0);
	q = (const unsigned char *)out.s;
	bad = d2i_TS_RESP(NULL, &q, (long)out.len);
	assert_non_null(bad);
	assert_int_equal(ASN1_INTEGER_get(TS_STATUS_INFO_get0_status(
			     TS_RESP_get_status_info(bad))),
	    TS_STATUS_REJECTION);
	assert_null(TS_RESP_get_token(bad));
	TS_RESP_free(bad);
	buf_free(&out);
}

static void
test_refresh_and_list(void **state)
{
	struct pki_cert *v;
	size_t n, i;
	int64_t before;

	before = store_scalar(s, 0,
	    "SELECT value FROM pki_counter WHERE"
	    " name = 'crl_number'",
	    "");
	/* fresh CRL: nothing happens; a day later: re-issued */
	assert_int_equal(pki_crl_refresh(s, p, time(NULL)), 0);
	assert_int_equal(store_scalar(s, 0,
			     "SELECT value FROM pki_counter"
			     " WHERE name = 'crl_number'",
			     ""),
	    before);
	assert_int_equal(pki_crl_refresh(s, p, time(NULL) + 2 * 86400), 0);
	assert_int_equal(store_scalar(s, 0,
			     "SELECT value FROM pki_counter"
			     " WHERE name = 'crl_number'",
			     ""),
	    before + 1);
	v = pki_list(s, 0, &n);
	assert_non_null(v);
	assert_int_equal(n, 3);
	for (i = 0; i < n; i++)
		assert_true(strlen(v[i].serial) >= 16);
	free(v);
	v = pki_list(s, signer.id, &n);
	assert_int_equal(n, 1);
	assert_string_equal(v[0].status, "aktif");
	assert_string_equal(v[0].username, "penghulu");
	free(v);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_init_files),
		cmocka_unit_test(test_enroll_profile),
		cmocka_unit_test(test_rewrap),
		cmocka_unit_test(test_supersede_revoke),
		cmocka_unit_test(test_tsa),
		cmocka_unit_test(test_refresh_and_list),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
