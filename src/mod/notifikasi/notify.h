/* notify.h: in-app notifications and the outbox for e-mail/WhatsApp. */
#ifndef PAMONG_NOTIFY_H
#define PAMONG_NOTIFY_H

#include <stdint.h>

struct store;

/*
 * Notify one account in-app (and queue an outbox message when the account
 * has an e-mail address or phone).  Runs in the caller's transaction.
 */
int notify_account(struct store *, int64_t account_id, const char *text,
    const char *link);

/* Notify every enabled account of unit_id holding any of roles. */
int notify_unit(struct store *, int64_t unit_id, unsigned roles,
    const char *text, const char *link);

/* Unread count for the header badge. */
int notify_unread(struct store *, int64_t account_id);

#endif
