/* sql.c: the pki module's statements (see sql.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/xalloc.h"
#include "store/store.h"
#include "pki.h"
#include "sql.h"

int64_t
pki_sql_crl_number_next(struct store *s)
{
	if (store_run(s,
		"UPDATE pki_counter SET value = value + 1 WHERE"
		" name = 'crl_number'",
		"") != 0)
		return -1;
	return store_scalar(s, 0,
	    "SELECT value FROM pki_counter WHERE"
	    " name = 'crl_number'",
	    "");
}

/*
 * The callback of pki_sql_each_revoked() with its argument, called for each
 * row.
 */
struct revoked_walk {
	void (*fn)(void *, const char *, time_t, int);
	void *arg;
};

static int
revoked_row(void *a, struct store_stmt *st)
{
	struct revoked_walk *w = a;

	w->fn(w->arg, store_text(st, 0), (time_t)store_int(st, 1),
	    (int)store_int(st, 2));
	return 0;
}

int
pki_sql_each_revoked(struct store *s, const char *issuer_fp, time_t now,
    void (*fn)(void *, const char *, time_t, int), void *arg)
{
	struct revoked_walk w = { fn, arg };

	return store_each(s, revoked_row, &w,
		   "SELECT serial, revoked_at,"
		   " revoke_reason FROM signer_cert WHERE status <> 'aktif' AND"
		   " issuer_fp = ? AND not_after > ? ORDER BY id",
		   "si", issuer_fp, (int64_t)now) == STORE_NOSTMT
	    ? -1
	    : 0;
}

int
pki_sql_revoke(struct store *s, int64_t cert_id, const char *status, time_t now,
    int reason, const char *text, int64_t actor_id)
{
	if (store_run(s,
		"UPDATE signer_cert SET status = ?, revoked_at = ?,"
		" revoke_reason = ?, revoke_text = ?, revoked_by = nullif(?, 0),"
		" key_pem = '' WHERE id = ? AND status = 'aktif'",
		"sidsii", status, (int64_t)now, reason, text, actor_id,
		cert_id) != 0 ||
	    store_changes(s) != 1)
		return -1;
	return 0;
}

int64_t
pki_sql_active_cert(struct store *s, int64_t account_id)
{
	return store_scalar(s, 0,
	    "SELECT id FROM signer_cert WHERE"
	    " account_id = ? AND status = 'aktif'",
	    "i", account_id);
}

int
pki_sql_supersede(struct store *s, int64_t id, time_t now, const char *text,
    int64_t actor_id)
{
	return store_run(s,
	    "UPDATE signer_cert SET status ="
	    " 'digantikan', revoked_at = ?, revoke_reason = 4, revoke_text ="
	    " ?, revoked_by = nullif(?, 0), key_pem = '' WHERE id = ?",
	    "isii", (int64_t)now, text, actor_id, id);
}

int
pki_sql_cert_insert(struct store *s, int64_t account_id, const char *serial,
    const char *subject, const char *title, const char *unit,
    const char *issuer_fp, const void *der, size_t derlen, const char *sha256,
    const char *key_pem, const char *key_type, time_t not_before,
    time_t not_after, time_t now, int64_t actor_id, int64_t *id)
{
	int rc;

	rc = store_run(s,
	    "INSERT INTO signer_cert(account_id, serial,"
	    " subject, title, unit_name, issuer_fp, cert_der, cert_sha256,"
	    " key_pem, key_type, not_before, not_after, created_at,"
	    " created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
	    " nullif(?, 0))",
	    "isssssbsssiiii", account_id, serial, subject, title, unit,
	    issuer_fp, der, derlen, sha256, key_pem, key_type,
	    (int64_t)not_before, (int64_t)not_after, (int64_t)now, actor_id);
	if (rc == 0)
		*id = store_last_id(s);
	return rc;
}

int64_t
pki_sql_account_unit(struct store *s, int64_t account_id)
{
	return store_scalar(s, 0,
	    "SELECT coalesce(unit_id, 0)"
	    " FROM account WHERE id = ?",
	    "i", account_id);
}

int
pki_sql_rewrap(struct store *s, int64_t id, const char *pem,
    const char *old_pem)
{
	if (store_run(s,
		"UPDATE signer_cert SET key_pem = ? WHERE id ="
		" ? AND key_pem = ?",
		"sis", pem, id, old_pem) != 0 ||
	    store_changes(s) != 1)
		return -1;
	return 0;
}

int
pki_sql_signer(struct store *s, int64_t account_id, time_t now, int64_t *id,
    unsigned char **der, size_t *derlen, char **key_pem, char *serial,
    size_t seriallen)
{
	struct store_stmt *st;
	const void *d;
	size_t dl;
	int rc;

	*der = NULL;
	*derlen = 0;
	*key_pem = NULL;
	st = store_query(s,
	    "SELECT id, cert_der, key_pem, serial FROM"
	    " signer_cert WHERE account_id = ? AND status = 'aktif' AND"
	    " not_after > ? AND key_pem <> ''",
	    "ii", account_id, (int64_t)now);
	if (st == NULL)
		return -1;
	rc = store_step(st);
	if (rc == STORE_ROW) {
		*id = store_int(st, 0);
		d = store_blob(st, 1, &dl);
		*der = xmalloc(dl > 0 ? dl : 1);
		if (dl > 0)
			memcpy(*der, d, dl);
		*derlen = dl;
		*key_pem = xstrdup(store_text(st, 2));
		snprintf(serial, seriallen, "%s", store_text(st, 3));
	}
	store_done(st);
	return rc == STORE_ROW ? 1 : rc == STORE_DONE ? 0 : -1;
}

#define CERT_COLS                                                               \
	"c.id, c.account_id, a.username, a.full_name, c.serial,"                \
	" c.subject, c.title, c.unit_name, c.status, c.cert_sha256,"            \
	" c.not_before, c.not_after, c.created_at, coalesce(c.revoked_at, 0),"  \
	" coalesce(c.revoke_reason, -1), c.revoke_text,"                        \
	" coalesce(r.username, '') FROM signer_cert c JOIN account a ON a.id =" \
	" c.account_id LEFT JOIN account r ON r.id = c.revoked_by"

static void
row_read(struct store_stmt *st, void *elem)
{
	struct pki_cert *c = elem;

	memset(c, 0, sizeof(*c));
	c->id = store_int(st, 0);
	c->account_id = store_int(st, 1);
	snprintf(c->username, sizeof(c->username), "%s", store_text(st, 2));
	snprintf(c->full_name, sizeof(c->full_name), "%s", store_text(st, 3));
	snprintf(c->serial, sizeof(c->serial), "%s", store_text(st, 4));
	snprintf(c->subject, sizeof(c->subject), "%s", store_text(st, 5));
	snprintf(c->title, sizeof(c->title), "%s", store_text(st, 6));
	snprintf(c->unit_name, sizeof(c->unit_name), "%s", store_text(st, 7));
	snprintf(c->status, sizeof(c->status), "%s", store_text(st, 8));
	snprintf(c->cert_sha256, sizeof(c->cert_sha256), "%s",
	    store_text(st, 9));
	c->not_before = (time_t)store_int(st, 10);
	c->not_after = (time_t)store_int(st, 11);
	c->created_at = (time_t)store_int(st, 12);
	c->revoked_at = (time_t)store_int(st, 13);
	c->revoke_reason = (int)store_int(st, 14);
	snprintf(c->revoke_text, sizeof(c->revoke_text), "%s",
	    store_text(st, 15));
	snprintf(c->revoked_by, sizeof(c->revoked_by), "%s",
	    store_text(st, 16));
}

struct pki_cert *
pki_sql_cert_list(struct store *s, int64_t account_id, size_t *np)
{
	struct pki_cert *v = NULL;
	size_t n = 0;

	*np = 0;
	if (store_rows(s, &v, sizeof(*v), &n, row_read,
		"SELECT " CERT_COLS
		" WHERE ? = 0 OR c.account_id = ? ORDER BY c.id DESC",
		"ii", account_id, account_id) != STORE_DONE) {
		free(v);
		return NULL;
	}
	if (v == NULL)
		v = xcalloc(1, sizeof(*v));
	*np = n;
	return v;
}

int
pki_sql_cert_get(struct store *s, int64_t id, struct pki_cert *c)
{
	struct store_stmt *st;
	int found = 0;

	st = store_query(s, "SELECT " CERT_COLS " WHERE c.id = ?", "i", id);
	if (st == NULL)
		return -1;
	if (store_step(st) == STORE_ROW) {
		row_read(st, c);
		found = 1;
	}
	store_done(st);
	return found;
}

int64_t
pki_sql_cert_by_serial(struct store *s, const char *serial)
{
	return store_scalar(s, 0,
	    "SELECT id FROM signer_cert WHERE serial ="
	    " ?",
	    "s", serial);
}

static void
key_fill(struct store_stmt *st, void *elem)
{
	struct pki_key *k = elem;

	k->id = store_int(st, 0);
	k->account_id = store_int(st, 1);
	k->username = xstrdup(store_text(st, 2));
	k->key_pem = xstrdup(store_text(st, 3));
}

struct pki_key *
pki_sql_keys_active(struct store *s, size_t *np)
{
	struct pki_key *v = NULL;
	size_t n = 0;

	if (store_rows(s, &v, sizeof(*v), &n, key_fill,
		"SELECT c.id,"
		" c.account_id, a.username, c.key_pem FROM signer_cert c JOIN"
		" account a ON a.id = c.account_id WHERE c.status = 'aktif' ORDER"
		" BY c.id",
		"") == STORE_NOSTMT)
		return NULL;
	if (v == NULL)
		v = xcalloc(1, sizeof(*v));
	*np = n;
	return v;
}
