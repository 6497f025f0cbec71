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

/* What notify_account() needs to know of an account. */
struct notify_contact {
	char *email, *phone;	/* owned, "" when none */
	int email_ok, phone_ok; /* verified (kontak_verif) */
	int want[3];		/* channel choices by enum kanal */
};

/*
 * Contacts of account id if enabled, with their verification and the
 * account's channel choices; 0 (c->email NULL when unknown or
 * disabled), or -1 store error.  notify_contact_free() frees.
 */
int notify_sql_contact(struct store *, int64_t account_id,
    struct notify_contact *c);
void notify_contact_free(struct notify_contact *);

/* Insert an in-app notification.  0 or a store error. */
int notify_sql_insert(struct store *, int64_t account_id, int64_t at,
    const char *text, const char *link);

/*
 * Queue a message (channel "email", "whatsapp" or "sms") due at at.
 * account_id 0: none.  0 or a store error.
 */
int notify_sql_outbox(struct store *, const char *channel,
    const char *recipient, const char *subject, const char *body,
    const char *link, int64_t account_id, const char *event, int64_t at);

/* Record account id's current e-mail and phone as verified at at
 * (kind NULL: both; else "email" or "phone").  0 or -1. */
int notify_sql_trust(struct store *, int64_t account_id, const char *kind,
    int64_t at);

/* Set account id's channel choices.  0 or -1. */
int notify_sql_choose(struct store *, int64_t account_id, int email, int wa,
    int sms, int64_t at);

/*
 * Enabled accounts of unit_id holding a role of list (",role,role,"),
 * by id, into *ids (caller frees) and *np; 0, or -1.
 */
int notify_sql_unit_accounts(struct store *, int64_t unit_id, const char *list,
    int64_t **ids, size_t *np);

/* Unread notifications of account_id. */
int notify_sql_unread(struct store *, int64_t account_id);

/* --- delivery (kirim.c) --- */
struct pesan;

/*
 * Claim up to limit due rows of channel for claim until lease_until:
 * rows in antre due by now, and rows in mengirim whose lease ran out
 * (a worker died).  Inside the caller's transaction; PostgreSQL skips
 * rows another worker has locked.  0 or -1.
 */
int kirim_sql_claim(struct store *, const char *channel, const char *claim,
    int64_t now, int64_t lease_until, int limit);
/* The rows claimed by claim, into *v (caller frees with
 * kirim_pesan_free()) and *np.  0 or -1. */
int kirim_sql_claimed(struct store *, const char *claim, struct pesan **v,
    size_t *np);
void kirim_pesan_free(struct pesan *, size_t n);
/* Put the rows claim still holds back in antre as they were (the
 * attempt not made is not counted).  0 or -1. */
int kirim_sql_release(struct store *, const char *claim);
/* Sends of channel started since since (attempts, and rows claimed now). */
int kirim_sql_recent(struct store *, const char *channel, int64_t since);
/*
 * Record the end of an attempt of row id while claim still holds it:
 * state, when due again (next_at), the provider's id and the reason, and
 * the attempt row (n, result).  1 recorded, 0 the claim was lost, -1.
 */
int kirim_sql_finish(struct store *, int64_t id, const char *claim,
    const char *state, int64_t next_at, const char *provider_id,
    const char *reason, int n, const char *result, int64_t now);
/* Remember status of provider_id (a webhook); 1 new, 0 seen, -1. */
int kirim_sql_status_seen(struct store *, const char *provider_id,
    const char *status, int64_t at);
/* The statuses seen of provider_id as bits 1 sent, 2 delivered, 4 read,
 * 8 failed; -1 on error. */
int kirim_sql_status_bits(struct store *, const char *provider_id);
/* Move provider_id's rows to state when they are in one of lower
 * (",terkirim,gagal,"), with reason unless "".  Rows changed or -1. */
int kirim_sql_status_move(struct store *, const char *provider_id,
    const char *state, const char *lower, const char *reason, int64_t at);
/* Put row id back in the queue now (the admin's resend): 1, 0 when it
 * is not gagal, -1. */
int kirim_sql_resend(struct store *, int64_t id, int64_t now);

/* --- the admin page (ui_admin.c) --- */
/* Messages per channel and WIB day since since: fn(arg, day "YYYY-MM-DD",
 * channel, state, n), by day descending.  0 or -1. */
int admin_sql_counts(struct store *, int64_t since,
    void (*fn)(void *, const char *, const char *, const char *, int64_t),
    void *arg);
/* The last limit rows in gagal: fn(arg, id, channel, recipient,
 * attempts, reason, created_at).  0 or -1. */
int admin_sql_failures(struct store *, int limit,
    void (*fn)(void *, int64_t, const char *, const char *, int64_t,
	const char *, int64_t),
    void *arg);
/* Rows waiting (antre) and being sent (mengirim) per channel:
 * fn(arg, channel, state, n, oldest created_at).  0 or -1. */
int admin_sql_queue(struct store *,
    void (*fn)(void *, const char *, const char *, int64_t, int64_t),
    void *arg);

/* --- templates (templat.c) --- */
/* The newest template of (event, channel): 1 with *teks, *wa (owned),
 * 0 none, -1. */
int templat_sql_get(struct store *, const char *event, const char *channel,
    char **teks, char **wa);
/* A new version of (event, channel).  0 or -1. */
int templat_sql_insert(struct store *, const char *event, const char *channel,
    const char *teks, const char *wa, int64_t actor_id, int64_t at);

/* --- one-time codes (kode.c) --- */
/* Codes of account for tujuan created since since. */
int kode_sql_count(struct store *, int64_t account_id, const char *tujuan,
    int64_t since);
/* End every open code of account for tujuan (used now).  0 or -1. */
int kode_sql_close(struct store *, int64_t account_id, const char *tujuan,
    int64_t now);
/* A new code.  0 or -1. */
int kode_sql_insert(struct store *, int64_t account_id, const char *tujuan,
    const char *alamat, const char *hash, int64_t now, int64_t expires);
/*
 * The newest open code of account for tujuan at now (unused, not
 * expired, fewer than max_wrong wrong tries): *id, hash (65), alamat
 * (owned).  1 found, 0 none, -1.
 */
int kode_sql_open(struct store *, int64_t account_id, const char *tujuan,
    int64_t now, int max_wrong, int64_t *id, char *hash, char **alamat);
/* One wrong try more of code id.  0 or -1. */
int kode_sql_wrong(struct store *, int64_t id);
/* Use code id: 1 when it was still unused, 0 already used, -1. */
int kode_sql_use(struct store *, int64_t id, int64_t now);

#endif
