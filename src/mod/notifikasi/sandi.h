/*
 * sandi.h: password reset by a one-time code (issue 15).  The code is six
 * digits, sent to the account's verified contacts, valid 15 minutes,
 * used once, at most 5 wrong tries; at most 3 codes per account per 15
 * minutes.  Callers answer known and unknown users alike.
 */
#ifndef PAMONG_SANDI_H
#define PAMONG_SANDI_H

#include <time.h>

#include "lib/form.h"

struct store;

#define SANDI_KODE_TTL (15 * 60)
#define SANDI_KODE_MAX 3  /* codes per account per SANDI_KODE_TTL */
#define SANDI_SALAH_MAX 5 /* wrong tries per code */

/*
 * Someone asks to reset username's password: when it names an enabled
 * account with a verified contact and the throttle allows, a new code
 * (earlier ones end) is queued to those contacts in one transaction with
 * its audit event.  Returns 0 whatever the account (1 when a code was
 * queued: for tests and logs only, never for the answer), -1 on a
 * storage error, -2 when addr asked too often: every request counts as a
 * failed attempt of the login throttle from addr (at most 20 per 15
 * minutes, failed logins and reset requests together), checked before
 * the name is looked at: the caller answers 429 for every name alike.
 */
int sandi_lupa(struct store *, const char *username, const char *addr,
    time_t now);

/*
 * Set username's password with code: 0 done (the code is used, old
 * sessions end, audit "akun.reset_sandi"); -1 wrong, used, expired or
 * unknown (the same for an unknown user); -2 the new password is refused
 * (fe says why; the code stays usable); -3 storage error.
 */
int sandi_atur(struct store *, const char *username, const char *kode,
    const char *sandi, const char *addr, time_t now, struct field_errs *fe);

/* A six-digit code into out[7] and its SHA-256 hex into hash[65]. */
void sandi_kode_new(char out[7], char hash[65]);
/* SHA-256 hex of a code into hash[65]. */
void sandi_kode_hash(const char *kode, char hash[65]);

#endif
