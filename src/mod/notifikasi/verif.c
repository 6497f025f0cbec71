/* verif.c: contact verification codes and channel choices (verif.h). */
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/msg.h"
#include "lib/xalloc.h"
#include "mod/audit/audit.h"
#include "store/store.h"
#include "kanal.h"
#include "sandi.h"
#include "sql.h"
#include "verif.h"

int
verif_state(struct store *s, int64_t account_id, struct verif_state *v)
{
	struct notify_contact c;

	memset(v, 0, sizeof(*v));
	if (notify_sql_contact(s, account_id, &c) != 0 || c.email == NULL) {
		notify_contact_free(&c);
		return -1;
	}
	snprintf(v->email, sizeof(v->email), "%s", c.email);
	snprintf(v->phone, sizeof(v->phone), "%s", c.phone);
	v->email_ok = c.email_ok;
	v->phone_ok = c.phone_ok;
	v->email_on = c.want[KANAL_EMAIL];
	v->wa_on = c.want[KANAL_WA];
	v->sms_on = c.want[KANAL_SMS];
	notify_contact_free(&c);
	return 0;
}

static int
audit(struct store *s, int64_t id, const char *action, const char *kind,
    const char *addr)
{
	struct audit au;
	char oid[24];

	memset(&au, 0, sizeof(au));
	snprintf(oid, sizeof(oid), "%lld", (long long)id);
	au.actor_id = id;
	au.action = action;
	au.object_type = "akun";
	au.object_id = oid;
	au.note = kind;
	au.addr = addr;
	return audit_write(s, &au);
}

int
verif_send(struct store *s, int64_t account_id, const char *kind,
    const char *addr, time_t now)
{
	struct notify_contact c;
	char kode[7], hash[65], *text;
	const char *to, *channel;
	int email = strcmp(kind, "email") == 0, rc = -1;

	if (!email && strcmp(kind, "phone") != 0)
		return 0;
	if (notify_sql_contact(s, account_id, &c) != 0 || c.email == NULL) {
		notify_contact_free(&c);
		return -1;
	}
	to = email ? c.email : c.phone;
	if (*to == '\0' || (email ? c.email_ok : c.phone_ok)) {
		notify_contact_free(&c);
		return 0;
	}
	if (kode_sql_count(s, account_id, kind,
		(int64_t)now - SANDI_KODE_TTL) >= SANDI_KODE_MAX) {
		notify_contact_free(&c);
		return -2;
	}
	channel = email				     ? "email"
	    : c.want[KANAL_SMS] && !c.want[KANAL_WA] ? "sms"
						     : "whatsapp";
	sandi_kode_new(kode, hash);
	text = xasprintf(msg(M_VERIF_KODE), kode, SANDI_KODE_TTL / 60);
	if (store_begin(s) == 0) {
		if (kode_sql_close(s, account_id, kind, (int64_t)now) == 0 &&
		    kode_sql_insert(s, account_id, kind, to, hash, (int64_t)now,
			(int64_t)now + SANDI_KODE_TTL) == 0 &&
		    notify_sql_outbox(s, channel, to, msg(M_VERIF_SUBJEK), text,
			"", account_id, "verifikasi", (int64_t)now) == 0 &&
		    audit(s, account_id, "akun.kontak_kode", kind, addr) == 0 &&
		    store_commit(s) == 0)
			rc = 1;
		else
			store_rollback(s);
	}
	sodium_memzero(kode, sizeof(kode));
	free(text);
	notify_contact_free(&c);
	return rc;
}

int
verif_check(struct store *s, int64_t account_id, const char *kind,
    const char *code, const char *addr, time_t now)
{
	struct notify_contact c;
	char want[65], got[65], *alamat = NULL;
	int64_t id = 0;
	int r, rc = 0;

	if (code == NULL || strlen(code) != 6 ||
	    strspn(code, "0123456789") != 6 ||
	    (strcmp(kind, "email") != 0 && strcmp(kind, "phone") != 0))
		return 0;
	r = kode_sql_open(s, account_id, kind, (int64_t)now, SANDI_SALAH_MAX,
	    &id, want, &alamat);
	if (r <= 0)
		return r;
	sandi_kode_hash(code, got);
	if (sodium_memcmp(want, got, 64) != 0) {
		free(alamat);
		return kode_sql_wrong(s, id) == 0 ? 0 : -1;
	}
	if (notify_sql_contact(s, account_id, &c) != 0 || c.email == NULL) {
		free(alamat);
		notify_contact_free(&c);
		return -1;
	}
	/* the code proves the address it went to, nothing else */
	if (strcmp(alamat, strcmp(kind, "email") == 0 ? c.email : c.phone) ==
	    0) {
		rc = -1;
		if (store_begin(s) == 0) {
			if ((r = kode_sql_use(s, id, (int64_t)now)) == 1 &&
			    notify_sql_trust(s, account_id, kind,
				(int64_t)now) == 0 &&
			    audit(s, account_id, "akun.kontak_verifikasi", kind,
				addr) == 0 &&
			    store_commit(s) == 0)
				rc = 1;
			else {
				store_rollback(s);
				rc = r == 0 ? 0 : -1;
			}
		}
	}
	free(alamat);
	notify_contact_free(&c);
	return rc;
}

int
verif_choose(struct store *s, int64_t account_id, int email, int wa, int sms,
    const char *addr, time_t now)
{
	char note[48];

	snprintf(note, sizeof(note), "email=%d whatsapp=%d sms=%d", !!email,
	    !!wa, !!sms);
	if (store_begin(s) != 0)
		return -1;
	if (notify_sql_choose(s, account_id, !!email, !!wa, !!sms,
		(int64_t)now) != 0 ||
	    audit(s, account_id, "akun.kanal", note, addr) != 0 ||
	    store_commit(s) != 0) {
		store_rollback(s);
		return -1;
	}
	return 0;
}
