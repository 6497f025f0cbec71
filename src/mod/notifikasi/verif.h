/*
 * verif.h: verifying an account's e-mail or phone by a one-time code
 * (issue 15).  The code is the only message an unverified contact ever
 * gets; it is valid 15 minutes, for the address it was sent to, used
 * once, at most 5 wrong tries, at most 3 codes per contact per 15
 * minutes.  Also each person's channel choice (notify_account()).
 */
#ifndef PAMONG_VERIF_H
#define PAMONG_VERIF_H

#include <stdint.h>
#include <time.h>

struct store;

/* An account's contacts as the /akun/notifikasi page shows them. */
struct verif_state {
	char email[255], phone[21];
	int email_ok, phone_ok;	     /* verified */
	int email_on, wa_on, sms_on; /* channels chosen */
};

/* Read account_id's contacts and choices.  0, or -1. */
int verif_state(struct store *, int64_t account_id, struct verif_state *);

/*
 * Send a code to account_id's current contact kind ("email" or
 * "phone"; a phone gets it by WhatsApp, or SMS when the person chose
 * SMS only), in one transaction with its audit event.  1 sent, 0 the
 * contact is empty or already verified, -2 throttled, -1 storage error.
 */
int verif_send(struct store *, int64_t account_id, const char *kind,
    const char *addr, time_t now);

/*
 * Check code for account_id's contact kind: 1 verified now (with its
 * audit event), 0 wrong, used, expired, or the address changed since, -1
 * storage error.
 */
int verif_check(struct store *, int64_t account_id, const char *kind,
    const char *code, const char *addr, time_t now);

/* Set account_id's channels (each 0/1) with an audit event.  0 or -1. */
int verif_choose(struct store *, int64_t account_id, int email, int wa, int sms,
    const char *addr, time_t now);

#endif
