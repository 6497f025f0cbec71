/* session.c: server-side sessions keyed by token hash, and login throttling. */
#include <stdio.h>
#include <string.h>

#include "lib/token.h"
#include "store/store.h"
#include "mod/audit/audit.h"
#include "session.h"

int
session_create(struct store *s, int64_t account_id, const char *kind,
    const char *addr, const char *agent, time_t now,
    char token[TOKEN_LEN + 1], time_t *expires)
{
	char hash[65], idbuf[24];
	struct audit a;

	token_random(token);
	sha256_hex(token, strlen(token), hash);
	*expires = now + SESSION_ABSOLUTE;
	if (store_begin(s) != 0)
		return -1;
	memset(&a, 0, sizeof(a));
	snprintf(idbuf, sizeof(idbuf), "%lld", (long long)account_id);
	a.actor_id = account_id;
	a.action = "sesi.masuk";
	a.object_type = "akun";
	a.object_id = idbuf;
	a.to_state = kind;
	a.addr = addr;
	if (store_run(s, "INSERT INTO session(token_hash, account_id, kind,"
	    " created_at, last_seen, expires_at, addr, agent) VALUES"
	    " (?, ?, ?, ?, ?, ?, ?, substr(?, 1, 127))", "sisiiiss", hash,
	    account_id, kind, (int64_t)now, (int64_t)now, (int64_t)*expires,
	    addr ? addr : "", agent ? agent : "") != 0 ||
	    audit_write(s, &a) != 0 || store_commit(s) != 0) {
		store_rollback(s);
		return -1;
	}
	return 0;
}

int64_t
session_lookup(struct store *s, const char *token, time_t now)
{
	struct store_stmt *st;
	char hash[65];
	int64_t id = 0, last = 0;

	if (token == NULL || strlen(token) != TOKEN_LEN)
		return 0;
	sha256_hex(token, TOKEN_LEN, hash);
	st = store_query(s, "SELECT s.account_id, s.last_seen FROM session s"
	    " JOIN account a ON a.id = s.account_id WHERE s.token_hash = ?"
	    " AND s.expires_at > ? AND s.last_seen > ? AND a.disabled = 0",
	    "sii", hash, (int64_t)now, (int64_t)(now - SESSION_IDLE));
	if (st != NULL && store_step(st) == STORE_ROW) {
		id = store_int(st, 0);
		last = store_int(st, 1);
	}
	store_done(st);
	if (id != 0 && now - last >= 60)
		(void)store_run(s, "UPDATE session SET last_seen = ? WHERE"
		    " token_hash = ?", "is", (int64_t)now, hash);
	return id;
}

int
session_end(struct store *s, const char *token)
{
	char hash[65];

	if (token == NULL || *token == '\0')
		return 0;
	sha256_hex(token, strlen(token), hash);
	return store_run(s, "DELETE FROM session WHERE token_hash = ?", "s",
	    hash);
}

int
session_end_all(struct store *s, int64_t account_id)
{
	return store_run(s, "DELETE FROM session WHERE account_id = ?", "i",
	    account_id);
}

int
session_list(struct store *s, int64_t account_id, time_t now,
    struct session_info *out, int max)
{
	struct store_stmt *st;
	int n = 0;

	st = store_query(s, "SELECT token_hash, kind, created_at, last_seen,"
	    " expires_at, addr, agent FROM session WHERE account_id = ? AND"
	    " expires_at > ? AND last_seen > ? ORDER BY last_seen DESC", "iii",
	    account_id, (int64_t)now, (int64_t)(now - SESSION_IDLE));
	while (st != NULL && n < max && store_step(st) == STORE_ROW) {
		struct session_info *si = &out[n++];

		snprintf(si->token_hash, sizeof(si->token_hash), "%s",
		    store_text(st, 0));
		snprintf(si->kind, sizeof(si->kind), "%s", store_text(st, 1));
		si->created_at = (time_t)store_int(st, 2);
		si->last_seen = (time_t)store_int(st, 3);
		si->expires_at = (time_t)store_int(st, 4);
		snprintf(si->addr, sizeof(si->addr), "%s", store_text(st, 5));
		snprintf(si->agent, sizeof(si->agent), "%s", store_text(st, 6));
	}
	store_done(st);
	return n;
}

static int
wait_for(struct store *s, const char *col, const char *val, int limit,
    time_t now)
{
	char sql[256];
	int64_t n, oldest;

	snprintf(sql, sizeof(sql), "SELECT count(*) FROM login_attempt WHERE"
	    " %s = ? AND ok = 0 AND at > ?", col);
	n = store_scalar(s, 0, sql, "si", val, (int64_t)(now - THROTTLE_WINDOW));
	if (n < limit)
		return 0;
	/* the window frees a slot when the limit-th newest failure ages out */
	snprintf(sql, sizeof(sql), "SELECT at FROM login_attempt WHERE"
	    " %s = ? AND ok = 0 AND at > ? ORDER BY at DESC LIMIT 1 OFFSET ?",
	    col);
	oldest = store_scalar(s, now, sql, "sid", val,
	    (int64_t)(now - THROTTLE_WINDOW), limit - 1);
	return (int)(oldest + THROTTLE_WINDOW - now) + 1;
}

int
throttle_check(struct store *s, const char *username, const char *addr,
    time_t now)
{
	int u = wait_for(s, "username", username, THROTTLE_PER_USER, now);
	int a = wait_for(s, "addr", addr, THROTTLE_PER_ADDR, now);

	return u > a ? u : a;
}

void
throttle_record(struct store *s, const char *username, const char *addr,
    int ok, time_t now)
{
	(void)store_run(s, "INSERT INTO login_attempt(username, addr, at, ok)"
	    " VALUES (substr(?, 1, 64), ?, ?, ?)", "ssid", username, addr,
	    (int64_t)now, ok);
	(void)store_run(s, "DELETE FROM login_attempt WHERE at < ?", "i",
	    (int64_t)(now - 2 * THROTTLE_WINDOW));
}

/* --- sign-up throttling (issue 12 item 5) --- */

int
signup_throttle_check(struct store *s, const char *addr, time_t now)
{
	int64_t n, oldest;

	n = store_scalar(s, 0, "SELECT count(*) FROM daftar_attempt WHERE"
	    " addr = ? AND at > ?", "si", addr, (int64_t)(now - SIGNUP_WINDOW));
	if (n < SIGNUP_PER_ADDR)
		return 0;
	/* a slot frees when the limit-th newest sign-up ages out */
	oldest = store_scalar(s, now, "SELECT at FROM daftar_attempt WHERE"
	    " addr = ? AND at > ? ORDER BY at DESC LIMIT 1 OFFSET ?", "sid",
	    addr, (int64_t)(now - SIGNUP_WINDOW), SIGNUP_PER_ADDR - 1);
	return (int)(oldest + SIGNUP_WINDOW - now) + 1;
}

void
signup_throttle_record(struct store *s, const char *addr, time_t now)
{
	(void)store_run(s, "INSERT INTO daftar_attempt(addr, at) VALUES (?, ?)",
	    "si", addr, (int64_t)now);
	(void)store_run(s, "DELETE FROM daftar_attempt WHERE at < ?", "i",
	    (int64_t)(now - 24 * 60 * 60));
}
