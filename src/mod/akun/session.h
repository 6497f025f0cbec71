/*
 * session.h: server-side sessions.  A session is known to the client by a
 * random token and to the server only by the token's SHA-256.
 * Cookie sessions: idle timeout 30 minutes, absolute lifetime 12 hours.
 * API tokens (POST /api/v1/sesi): the same limits.
 */
#ifndef PAMONG_SESSION_H
#define PAMONG_SESSION_H

#include <stdint.h>
#include <time.h>

#include "lib/token.h"
#include "session_data.h"

struct account;
struct store;

#define SESSION_IDLE (30 * 60)
#define SESSION_ABSOLUTE (12 * 60 * 60)

/*
 * Create a session for account_id and write a fresh token into token.
 * *expires gets the absolute expiry.  Writes the login audit event in the
 * same transaction.  Returns 0 or -1.
 */
int session_create(struct store *, int64_t account_id, const char *kind,
    const char *addr, const char *agent, time_t now, char token[TOKEN_LEN + 1],
    time_t *expires);

/*
 * Look a token up.  Returns the account id, or 0 if the token is unknown,
 * idle for more than SESSION_IDLE, past its absolute expiry, or its
 * account is disabled.  Refreshes last_seen at most once a minute.
 */
int64_t session_lookup(struct store *, const char *token, time_t now);

/*
 * The account signed in by token at now (session_lookup(), then
 * account_load()), on the heap for the caller to free, or NULL.  The
 * session hook of src/http (http/hooks.h).
 */
struct account *session_user(struct store *, const char *token, time_t now);

/* End one session (logout), or all of an account's sessions. */
int session_end(struct store *, const char *token);
int session_end_all(struct store *, int64_t account_id);

/* List an account's live sessions, newest first; returns the count. */
int session_list(struct store *, int64_t account_id, time_t now,
    struct session_info *, int max);

/*
 * Login throttling: after 5 failed logins for one username or 20 from one
 * address within 15 minutes, further attempts are refused.  Returns the
 * seconds until the window frees a slot (> 0 throttled) or 0.
 */
int throttle_check(struct store *, const char *username, const char *addr,
    time_t now);
/* The address part of throttle_check() alone: for the other secrets
 * asked for from one address (password reset codes, issue 15). */
int throttle_check_addr(struct store *, const char *addr, time_t now);
/* Record an attempt (ok = 1 success, 0 failure). */
void throttle_record(struct store *, const char *username, const char *addr,
    int ok, time_t now);

#define THROTTLE_WINDOW (15 * 60)
#define THROTTLE_PER_USER 5
#define THROTTLE_PER_ADDR 20

/*
 * Sign-up throttling (issue 12 item 5): at most SIGNUP_PER_ADDR sign-ups
 * per client address within SIGNUP_WINDOW.  A sign-up counts when it
 * created an account or was refused because the NIK or username is
 * taken (so a NIK cannot be probed either); a form with typos does not.
 * signup_throttle_check() returns the seconds until a slot frees (> 0:
 * refuse with 429) or 0; signup_throttle_record() counts one.
 */
int signup_throttle_check(struct store *, const char *addr, time_t now);
void signup_throttle_record(struct store *, const char *addr, time_t now);

#define SIGNUP_WINDOW (60 * 60)
#define SIGNUP_PER_ADDR 5

#endif
