/* notify.c: in-app notifications and the e-mail/WhatsApp outbox. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lib/buf.h"
#include "lib/xalloc.h"
#include "store/store.h"
#include "mod/akun/account.h"
#include "notify.h"

#define OUTBOX_SUBJECT	"Pemberitahuan Pamong Kabupaten Siak"

int
notify_account(struct store *s, int64_t account_id, const char *text,
    const char *link)
{
	struct store_stmt *st;
	char *email = NULL, *phone = NULL;
	int64_t now = (int64_t)time(NULL);
	int rc = 0;

	st = store_query(s, "SELECT email, phone FROM account WHERE id = ?"
	    " AND disabled = 0", "i", account_id);
	if (st == NULL)
		return -1;
	if (store_step(st) == STORE_ROW) {
		email = xstrdup(store_text(st, 0));
		phone = xstrdup(store_text(st, 1));
	}
	store_done(st);
	if (email == NULL)
		return 0;	/* unknown or disabled: nobody to tell */
	if (store_run(s, "INSERT INTO notifikasi(account_id, at, text, link)"
	    " VALUES (?, ?, ?, ?)", "iiss", account_id, now, text,
	    link ? link : "") != 0)
		rc = -1;
	if (rc == 0 && *email != '\0' && store_run(s, "INSERT INTO"
	    " outbox(channel, recipient, subject, body, created_at) VALUES"
	    " ('email', ?, ?, ?, ?)", "sssi", email, OUTBOX_SUBJECT, text,
	    now) != 0)
		rc = -1;
	if (rc == 0 && *phone != '\0' && store_run(s, "INSERT INTO"
	    " outbox(channel, recipient, body, created_at) VALUES"
	    " ('whatsapp', ?, ?, ?)", "ssi", phone, text, now) != 0)
		rc = -1;
	free(email);
	free(phone);
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
notify_unit(struct store *s, int64_t unit_id, unsigned roles,
    const char *text, const char *link)
{
	struct store_stmt *st;
	int64_t *ids = NULL;
	size_t n = 0, cap = 0, i;
	char *list = roles_list(roles);
	int rc = 0;

	/* collect first: no writes while the read is open */
	st = store_query(s, "SELECT DISTINCT a.id FROM account a JOIN"
	    " account_role r ON r.account_id = a.id WHERE a.unit_id = ? AND"
	    " a.disabled = 0 AND instr(?, ',' || r.role || ',') > 0"
	    " ORDER BY a.id", "is", unit_id, list);
	free(list);
	if (st == NULL)
		return -1;
	while (store_step(st) == STORE_ROW) {
		if (n == cap) {
			cap = cap ? cap * 2 : 8;
			ids = xrealloc(ids, cap * sizeof(*ids));
		}
		ids[n++] = store_int(st, 0);
	}
	store_done(st);
	for (i = 0; rc == 0 && i < n; i++)
		rc = notify_account(s, ids[i], text, link);
	free(ids);
	return rc == 0 ? 0 : -1;
}

int
notify_unread(struct store *s, int64_t account_id)
{
	return (int)store_scalar(s, 0, "SELECT count(*) FROM notifikasi WHERE"
	    " account_id = ? AND read_at IS NULL", "i", account_id);
}
