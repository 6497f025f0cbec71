/* sql.c: the notifikasi module's SQL (see sql.h). */
#include <stdlib.h>
#include <string.h>

#include "lib/xalloc.h"
#include "store/dialect.h"
#include "store/store.h"
#include "sql.h"

int
notify_sql_contact(struct store *s, int64_t account_id, char **email,
    char **phone)
{
	struct store_stmt *st;

	*email = *phone = NULL;
	st = store_query(s,
	    "SELECT email, phone FROM account WHERE id = ?"
	    " AND disabled = 0",
	    "i", account_id);
	if (st == NULL)
		return -1;
	if (store_step(st) == STORE_ROW) {
		*email = xstrdup(store_text(st, 0));
		*phone = xstrdup(store_text(st, 1));
	}
	store_done(st);
	return 0;
}

int
notify_sql_insert(struct store *s, int64_t account_id, int64_t at,
    const char *text, const char *link)
{
	return store_run(s,
	    "INSERT INTO notifikasi(account_id, at, text, link)"
	    " VALUES (?, ?, ?, ?)",
	    "iiss", account_id, at, text, link);
}

int
notify_sql_outbox_email(struct store *s, const char *recipient,
    const char *subject, const char *body, int64_t at)
{
	return store_run(s,
	    "INSERT INTO"
	    " outbox(channel, recipient, subject, body, created_at) VALUES"
	    " ('email', ?, ?, ?, ?)",
	    "sssi", recipient, subject, body, at);
}

int
notify_sql_outbox_whatsapp(struct store *s, const char *recipient,
    const char *body, int64_t at)
{
	return store_run(s,
	    "INSERT INTO"
	    " outbox(channel, recipient, body, created_at) VALUES"
	    " ('whatsapp', ?, ?, ?)",
	    "ssi", recipient, body, at);
}

static void
id_fill(struct store_stmt *st, void *elem)
{
	*(int64_t *)elem = store_int(st, 0);
}

int
notify_sql_unit_accounts(struct store *s, int64_t unit_id, const char *list,
    int64_t **ids, size_t *np)
{
	*ids = NULL;
	*np = 0;
	return store_rows(s, ids, sizeof(**ids), np, id_fill,
		   "SELECT"
		   " DISTINCT a.id FROM account a JOIN account_role r ON"
		   " r.account_id = a.id WHERE a.unit_id = ? AND a.disabled = 0 AND " SQL_INSTR(
		       "?", "',' || r.role || ','") " > 0 ORDER BY a.id",
		   "is", unit_id, list) == STORE_NOSTMT
	    ? -1
	    : 0;
}

int
notify_sql_unread(struct store *s, int64_t account_id)
{
	return (int)store_scalar(s, 0,
	    "SELECT count(*) FROM notifikasi WHERE"
	    " account_id = ? AND read_at IS NULL",
	    "i", account_id);
}
