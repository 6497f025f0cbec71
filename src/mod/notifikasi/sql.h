/*
 * sql.h: the notifikasi module's SQL (issue 13), private to the module.
 * Each function runs one statement with bound parameters; the callers
 * keep the rules.
 */
#ifndef PAMONG_NOTIFIKASI_SQL_H
#define PAMONG_NOTIFIKASI_SQL_H

#include <stddef.h>
#include <stdint.h>

struct store;

/*
 * E-mail and phone (owned, "" when none) of account id if enabled;
 * 0 (*email NULL when unknown or disabled), or -1 store error.
 */
int notify_sql_contact(struct store *, int64_t account_id, char **email,
    char **phone);

/* Insert an in-app notification.  0 or a store error. */
int notify_sql_insert(struct store *, int64_t account_id, int64_t at,
    const char *text, const char *link);

/* Queue an e-mail to recipient.  0 or a store error. */
int notify_sql_outbox_email(struct store *, const char *recipient,
    const char *subject, const char *body, int64_t at);

/* Queue a WhatsApp message to recipient.  0 or a store error. */
int notify_sql_outbox_whatsapp(struct store *, const char *recipient,
    const char *body, int64_t at);

/*
 * Enabled accounts of unit_id holding a role of list (",role,role,"),
 * by id, into *ids (caller frees) and *np; 0, or -1.
 */
int notify_sql_unit_accounts(struct store *, int64_t unit_id, const char *list,
    int64_t **ids, size_t *np);

/* Unread notifications of account_id. */
int notify_sql_unread(struct store *, int64_t account_id);

#endif
