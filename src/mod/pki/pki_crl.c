/*
 * pki_crl.c: revocation of officer certificates and the issuing CA's CRL
 * (v2, CRL number and authority key identifier, reason codes; valid
 * PKI_CRL_DAYS, re-issued at once on every revocation and daily).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/x509v3.h>

#include "lib/msg.h"
#include "lib/str.h"
#include "lib/xalloc.h"
#include "store/store.h"
#include "mod/audit/audit.h"
#include "pki_impl.h"
#include "sql.h"

static const struct {
	int code;
	const char *name;
	enum msg_id label;
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

/* The revoked certificates pki_crl_issue() lists. */
struct revoked {
	struct pki_revoked *rv;
	char **serials;
	size_t n;
	size_t cap;
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

	if (crl != NULL &&
	    ASN1_TIME_to_tm(X509_CRL_get0_lastUpdate(crl), &tm) == 1)
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
    const char *why, int64_t actor_id, const char *addr, time_t now, char *err,
    size_t errlen)
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
	if (pki_sql_cert_get(s, cert_id, &c) != 1) {
		snprintf(err, errlen, "%s", msg(M_PKI_CERT_UNKNOWN));
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
