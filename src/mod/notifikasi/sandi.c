/* sandi.c: password reset by a one-time code (see sandi.h). */
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/msg.h"
#include "lib/xalloc.h"
#include "mod/akun/account.h"
#include "mod/akun/session.h"
#include "mod/audit/audit.h"
#include "store/store.h"
#include "kanal.h"
#include "sandi.h"
#include "sql.h"

void
sandi_kode_hash(const char *kode, char hash[65])
{
	unsigned char d[crypto_hash_sha256_BYTES];

	crypto_hash_sha256(d, (const unsigned char *)kode, strlen(kode));
	sodium_bin2hex(hash, 65, d, sizeof(d));
}

void
sandi_kode_new(char out[7], char hash[65])
{
	snprintf(out, 7, "%06u", (unsigned)randombytes_uniform(1000000));
	sandi_kode_hash(out, hash);
}

/* Queue text to c's verified contacts; how many, or -1. */
static int
queue(struct store *s, int64_t id, const struct notify_contact *c,
    const char *text, int64_t now)
{
	int n = 0;

	if (c->email_ok) {
		if (notify_sql_outbox(s, "email", c->email, msg(M_SANDI_SUBJEK),
			text, "", id, "sandi", now) != 0)
			return -1;
		n++;
	}
	if (c->phone_ok) {
		if (notify_sql_outbox(s,
			c->want[KANAL_SMS] && !c->want[KANAL_WA] ? "sms"
								 : "whatsapp",
			c->phone, "", text, "", id, "sandi", now) != 0)
			return -1;
		n++;
	}
	return n;
}

int
sandi_lupa(struct store *s, const char *username, const char *addr, time_t now)
{
	struct account a;
	struct notify_contact c;
	struct audit au;
	char kode[7], hash[65], *text;
	int n;

	if (throttle_check_addr(s, addr, now) > 0)
		return -2;
	throttle_record(s, "sandi:", addr, 0, now);
	if (username == NULL || strlen(username) > 64 ||
	    account_find(s, username, &a) != 0 || a.disabled)
		return 0;
	if (notify_sql_contact(s, a.id, &c) != 0)
		return -1;
	if (c.email == NULL || (!c.email_ok && !c.phone_ok) ||
	    kode_sql_count(s, a.id, "sandi", (int64_t)now - SANDI_KODE_TTL) >=
		SANDI_KODE_MAX) {
		notify_contact_free(&c);
		return 0;
	}
	sandi_kode_new(kode, hash);
	text = xasprintf(msg(M_SANDI_KODE), kode, SANDI_KODE_TTL / 60);
	memset(&au, 0, sizeof(au));
	au.actor_id = 0;
	au.action = "akun.lupa_sandi";
	au.object_type = "akun";
	au.object_id = a.username;
	au.addr = addr;
	n = -1;
	if (store_begin(s) == 0) {
		if (kode_sql_close(s, a.id, "sandi", (int64_t)now) == 0 &&
		    kode_sql_insert(s, a.id, "sandi", "", hash, (int64_t)now,
			(int64_t)now + SANDI_KODE_TTL) == 0 &&
		    (n = queue(s, a.id, &c, text, (int64_t)now)) >= 0 &&
		    audit_write(s, &au) == 0 && store_commit(s) == 0)
			n = 1;
		else {
			store_rollback(s);
			n = -1;
		}
	}
	sodium_memzero(kode, sizeof(kode));
	sodium_memzero(text, strlen(text));
	free(text);
	notify_contact_free(&c);
	return n;
}

int
sandi_atur(struct store *s, const char *username, const char *kode,
    const char *sandi, const char *addr, time_t now, struct field_errs *fe)
{
	struct account a;
	char want[65], got[65], *alamat = NULL;
	const char *m;
	int64_t id = 0;
	int r;

	if (username == NULL || kode == NULL || strlen(username) > 64 ||
	    strlen(kode) != 6 || strspn(kode, "0123456789") != 6 ||
	    account_find(s, username, &a) != 0 || a.disabled)
		return -1;
	r = kode_sql_open(s, a.id, "sandi", (int64_t)now, SANDI_SALAH_MAX, &id,
	    want, &alamat);
	free(alamat);
	if (r < 0)
		return -3;
	if (r == 0)
		return -1;
	sandi_kode_hash(kode, got);
	if (sodium_memcmp(want, got, 64) != 0) {
		(void)kode_sql_wrong(s, id);
		return -1;
	}
	if ((m = password_check(sandi)) != NULL) {
		field_err_add(fe, "sandi", m);
		return -2;
	}
	/* used first, so two requests with one code cannot both reset */
	if ((r = kode_sql_use(s, id, (int64_t)now)) <= 0)
		return r < 0 ? -3 : -1;
	/* its own transaction: the hash, the sessions end, the audit */
	if (account_reset_password(s, a.id, sandi, a.id, addr, fe) != 0)
		return fe->n > 0 ? -2 : -3;
	return 0;
}
