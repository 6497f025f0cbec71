/*
 * pki_crl.c: revocation of officer certificates and the issuing CA's CRL
 * (v2, CRL number and authority key identifier, reason codes; valid
 * PKI_CRL_DAYS, re-issued at once on every revocation and daily).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/bn.h>
#include <openssl/x509v3.h>

#include "lib/msg.h"
#include "lib/str.h"
#include "lib/xalloc.h"
#include "store/store.h"
#include "mod/audit/audit.h"
#include "pki_impl.h"
#include "sql.h"

static const struct {
	int		 code;
	const char	*name;
	enum msg_id	 label;
} reasons[] = {
	{ 0, "unspecified", M_PKI_REASON_0 },
	{ 1, "keyCompromise", M_PKI_REASON_1 },
	{ 3, "affiliationChanged", M_PKI_REASON_3 },
	{ 4, "superseded", M_PKI_REASON_4 },
	{ 5, "cessationOfOperation", M_PKI_REASON_5 },
	{ 9, "privilegeWithdrawn", M_PKI_REASON_9 },
};
#define NREASONS (sizeof(reasons) / sizeof(reasons[0]))

const char *
pki_reason_label(int code)
{
	size_t i;

	for (i = 0; i < NREASONS; i++)
		if (reasons[i].code == code)
			return msg(reasons[i].label);
	return NULL;
}

int
pki_reason_parse(const char *s)
{
	char *end;
	long v;
	size_t i;

	if (s == NULL || *s == '\0')
		return -1;
	v = strtol(s, &end, 10);
	for (i = 0; i < NREASONS; i++) {
		if (*end == '\0' && v == reasons[i].code)
			return reasons[i].code;
		if (strcasecmp(s, reasons[i].name) == 0)
			return reasons[i].code;
	}
	return -1;
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
	if (rv->reason > 0 && ((e = ASN1_ENUMERATED_new()) == NULL ||
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
pki_crl_make(X509 *ica, EVP_PKEY *key, const struct pki_revoked *rv,
    size_t n, int64_t number, time_t now, unsigned char **der, size_t *len)
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
	    "keyid:always")) == NULL || X509_CRL_add_ext(crl, e, -1) != 1 ||
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

/* The revoked certificates pki_crl_issue() lists. */
struct revoked {
	struct pki_revoked	*rv;
	char			**serials;
	size_t			 n;
	size_t			 cap;
};

static void
revoked_add(void *arg, const char *serial, time_t at, int reason)
{
	struct revoked *r = arg;

	if (r->n == r->cap) {
		r->cap = r->cap ? r->cap * 2 : 16;
		r->rv = xrealloc(r->rv, r->cap * sizeof(*r->rv));
		r->serials = xrealloc(r->serials, r->cap * sizeof(char *));
	}
	r->serials[r->n] = xstrdup(serial);
	r->rv[r->n].serial = r->serials[r->n];
	r->rv[r->n].at = at;
	r->rv[r->n].reason = reason;
	r->n++;
}

int
pki_crl_issue(struct store *s, struct pki *p, time_t now)
{
	struct revoked r = { NULL, NULL, 0, 0 };
	unsigned char *der = NULL;
	size_t len, i;
	int64_t number;
	char *path;
	int rc = -1;

	if (!store_in_tx(s))
		BUG("pki_crl_issue outside a transaction");
	if ((number = pki_sql_crl_number_next(s)) < 0)
		return -1;
	if (number <= 0 ||
	    pki_sql_each_revoked(s, p->ica_fp, now, revoked_add, &r) != 0)
		goto out;
	if (pki_crl_make(p->ica, p->ica_key, r.rv, r.n, number, now, &der,
	    &len) != 0)
		goto out;
	path = xasprintf("%s/crl.der", p->dir);
	rc = pki_write_file(path, der, len, 0644);
	free(path);
out:
	for (i = 0; i < r.n; i++)
		free(r.serials[i]);
	free(r.serials);
	free(r.rv);
	OPENSSL_free(der);
	return rc;
}

int
pki_crl_refresh(struct store *s, struct pki *p, time_t now)
{
	X509_CRL *crl = pki_crl(p);
	time_t last = 0;
	struct tm tm;

	if (crl != NULL && ASN1_TIME_to_tm(X509_CRL_get0_lastUpdate(crl),
	    &tm) == 1)
		last = timegm(&tm);
	if (crl != NULL && now - last < PKI_CRL_REFRESH && now >= last)
		return 0;
	if (store_begin(s) != 0)
		return -1;
	if (pki_crl_issue(s, p, now) != 0 || store_commit(s) != 0) {
		store_rollback(s);
		return -1;
	}
	return 0;
}

int
pki_revoke(struct store *s, struct pki *p, int64_t cert_id, int reason,
    const char *why, int64_t actor_id, const char *addr, time_t now,
    char *err, size_t errlen)
{
	struct pki_cert c;
	struct audit a;
	char note[700];

	if (pki_reason_label(reason) == NULL) {
		str_field(err, errlen, msg(M_PKI_REASON_BAD));
		return -1;
	}
	if (why == NULL)
		why = "";
	if (strlen(why) > 500) {
		str_field(err, errlen, msg(M_PKI_WHY_LONG));
		return -1;
	}
	if (pki_cert_get(s, cert_id, &c) != 0) {
		str_field(err, errlen, msg(M_PKI_CERT_UNKNOWN));
		return -1;
	}
	if (strcmp(c.status, "aktif") != 0) {
		str_field(err, errlen, msg(M_PKI_ALREADY_REVOKED));
		return -1;
	}
	snprintf(note, sizeof(note), "%d %s", reason, why);
	memset(&a, 0, sizeof(a));
	a.actor_id = actor_id;
	a.action = "pki.cabut";
	a.object_type = "sertifikat";
	a.object_id = c.serial;
	a.from_state = "aktif";
	a.to_state = reason == 4 ? "digantikan" : "dicabut";
	a.note = note;
	a.addr = addr;
	if (store_begin(s) != 0)
		goto fail;
	/* the key is destroyed with the revocation: nobody signs with it */
	if (pki_sql_revoke(s, cert_id, a.to_state, now, reason, why,
	    actor_id) != 0)
		goto fail;
	if (audit_write(s, &a) != 0 || pki_crl_issue(s, p, now) != 0 ||
	    store_commit(s) != 0)
		goto fail;
	return 0;
fail:
	store_rollback(s);
	str_field(err, errlen, msg(M_PKI_SAVE_FAILED));
	return -1;
}
