/* notify.c: in-app notifications and the outbox (e-mail, WhatsApp, SMS). */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lib/buf.h"
#include "lib/xalloc.h"
#include "store/store.h"
#include "mod/akun/account.h"
#include "kanal.h"
#include "notify.h"
#include "sql.h"

#define OUTBOX_SUBJECT "Pemberitahuan Pamong Kabupaten Siak"

int
notify_account(struct store *s, int64_t account_id, const char *text,
    const char *link)
{
	return notify_account_event(s, account_id, "", text, link);
}

int
notify_account_event(struct store *s, int64_t account_id, const char *event,
    const char *text, const char *link)
{
	struct notify_contact c;
	int64_t now = (int64_t)time(NULL);
	const char *l = link ? link : "";
	int rc = 0;

	if (notify_sql_contact(s, account_id, &c) != 0)
		return -1;
	if (c.email == NULL)
		return 0; /* unknown or disabled: nobody to tell */
	if (notify_sql_insert(s, account_id, now, text, l) != 0)
		rc = -1;
	/* outside the app only to verified contacts, by the person's choice */
	if (rc == 0 && c.email_ok && c.want[KANAL_EMAIL] &&
	    notify_sql_outbox(s, "email", c.email, OUTBOX_SUBJECT, text, l,
		account_id, event, now) != 0)
		rc = -1;
	if (rc == 0 && c.phone_ok && c.want[KANAL_WA] &&
	    notify_sql_outbox(s, "whatsapp", c.phone, "", text, l, account_id,
		event, now) != 0)
		rc = -1;
	if (rc == 0 && c.phone_ok && c.want[KANAL_SMS] &&
	    notify_sql_outbox(s, "sms", c.phone, "", text, l, account_id, event,
		now) != 0)
		rc = -1;
	notify_contact_free(&c);
	return rc;
}

int
notify_contact_trust(struct store *s, int64_t account_id)
{
	int own = !store_in_tx(s), rc;

	if (own && store_begin(s) != 0)
		return -1;
	rc = notify_sql_trust(s, account_id, NULL, (int64_t)time(NULL));
	if (own) {
		if (rc == 0 && store_commit(s) == 0)
			return 0;
		store_rollback(s);
		return -1;
	}
	return rc;
}

/* ",operator,kepala," for a role mask, matched with instr() in SQL. */
static char *
roles_list(unsigned roles)
{
	struct buf b = BUF_INIT;
	unsigned bit;

	buf_init(&b, 64);
	buf_addc(&b, ',');
	for (bit = 1; bit <= ROLE_LAST; bit <<= 1)
		if ((roles & bit) && role_name(bit) != NULL) {
			buf_adds(&b, role_name(bit));
			buf_addc(&b, ',');
		}
	return buf_detach(&b, NULL);
}

int
notify_unit(struct store *s, int64_t unit_id, unsigned roles, const char *text,
    const char *link)
{
	return notify_unit_event(s, unit_id, roles, "", text, link);
}

int
notify_unit_event(struct store *s, int64_t unit_id, unsigned roles,
    const char *event, const char *text, const char *link)
{
	int64_t *ids = NULL;
	size_t n = 0, i;
	char *list = roles_list(roles);
	int rc = 0;

	/* collect first: no writes while the read is open */
	rc = notify_sql_unit_accounts(s, unit_id, list, &ids, &n);
	free(list);
	if (rc != 0)
		return -1;
	for (i = 0; rc == 0 && i < n; i++)
		rc = notify_account_event(s, ids[i], event, text, link);
	free(ids);
	return rc == 0 ? 0 : -1;
}

int
notify_unread(struct store *s, int64_t account_id)
{
	return notify_sql_unread(s, account_id);
}
