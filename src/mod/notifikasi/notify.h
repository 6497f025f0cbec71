/* notify.h: in-app notifications and the outbox for e-mail/WhatsApp. */
#ifndef PAMONG_NOTIFY_H
#define PAMONG_NOTIFY_H

#include <stdint.h>

struct store;

/*
 * Notify one account in-app, and queue an outbox message (delivered by
 * kirim.h) to each of its verified contacts on the channels it chose
 * (by default e-mail and WhatsApp; an unverified contact gets nothing).
 * Runs in the caller's transaction.  0, or -1 storage error.
 */
int notify_account(struct store *, int64_t account_id, const char *text,
    const char *link);

/* Notify every enabled account of unit_id holding any of roles. */
int notify_unit(struct store *, int64_t unit_id, unsigned roles,
    const char *text, const char *link);

/*
 * The same for an event named in templat.h ("permohonan.selesai", ...):
 * the outbox rows carry it, so the admin's template for that event and
 * channel shapes the message sent (text is the in-app text, {pesan}).
 */
int notify_account_event(struct store *, int64_t account_id, const char *event,
    const char *text, const char *link);
int notify_unit_event(struct store *, int64_t unit_id, unsigned roles,
    const char *event, const char *text, const char *link);

/*
 * Count account_id's current e-mail and phone as verified (they were
 * given by an administrator: `pamong user add --email --phone`).  In the
 * caller's transaction, or its own.  0 or -1.
 */
int notify_contact_trust(struct store *, int64_t account_id);

/* Unread count for the header badge. */
int notify_unread(struct store *, int64_t account_id);

#endif
