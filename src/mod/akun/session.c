/* session.c: server-side sessions keyed by token hash, and login throttling. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/token.h"
#include "lib/xalloc.h"
#include "store/store.h"
#include "mod/audit/audit.h"
#include "account.h"
#include "session.h"
#include "sql.h"

int
session_create(struct store *s, int64_t account_id, const char *kind,
    const char *addr, const char *agent, time_t now, char token[TOKEN_LEN + 1],
    time_t *expires)
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
	if (akun_sql_session_add(s, hash, account_id, kind, (int64_t)now,
		(int64_t)*expires, addr ? addr : "", agent ? agent : "") != 0 ||
	    audit_write(s, &a) != 0 || store_commit(s) != 0) {
		store_rollback(s);
		return -1;
	}
	return 0;
}

int64_t
session_lookup(struct store *s, const char *token, time_t now)
{
	char hash[65];
	int64_t id = 0, last = 0;

	if (token == NULL || strlen(token) != TOKEN_LEN)
		return 0;
	sha256_hex(token, TOKEN_LEN, hash);
	akun_sql_session_find(s, hash, (int64_t)now,
	    (int64_t)(now - SESSION_IDLE), &id, &last);
	if (id != 0 && now - last >= 60)
		(void)akun_sql_session_touch(s, hash, (int64_t)now);
	return id;
}

struct account *
session_user(struct store *s, const char *token, time_t now)
{
	struct account *a;
	int64_t id;

	if (token == NULL || *token == '\0')
		return NULL;
	id = session_lookup(s, token, now);
	if (id == 0)
		return NULL;
	a = xcalloc(1, sizeof(*a));
	if (account_load(s, id, a) != 0) {
		free(a);
		return NULL;
	}
	return a;
}

int
session_end(struct store *s, const char *token)
{
	char hash[65];

	if (token == NULL || *token == '\0')
		return 0;
	sha256_hex(token, strlen(token), hash);
	return akun_sql_session_end(s, hash);
}

int
session_end_all(struct store *s, int64_t account_id)
{
	return akun_sql_session_end_all(s, account_id);
}

int
session_list(struct store *s, int64_t account_id, time_t now,
    struct session_info *out, int max)
{
	return akun_sql_session_list(s, account_id, (int64_t)now,
	    (int64_t)(now - SESSION_IDLE), out, max);
}

static int
wait_for(struct store *s, const char *col, const char *val, int limit,
    time_t now)
{
	int64_t n, oldest;

	n = akun_sql_login_fails(s, col, val, (int64_t)(now - THROTTLE_WINDOW));
	if (n < limit)
		return 0;
	/* the window frees a slot when the limit-th newest failure ages out */
	oldest = akun_sql_login_fail_at(s, now, col, val,
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

int
throttle_check_addr(struct store *s, const char *addr, time_t now)
{
	return wait_for(s, "addr", addr, THROTTLE_PER_ADDR, now);
}

void
throttle_record(struct store *s, const char *username, const char *addr, int ok,
    time_t now)
{
	(void)akun_sql_login_add(s, username, addr, (int64_t)now, ok);
	(void)akun_sql_login_prune(s, (int64_t)(now - 2 * THROTTLE_WINDOW));
}

/* --- sign-up throttling (issue 12 item 5) --- */

int
signup_throttle_check(struct store *s, const char *addr, time_t now)
{
	int64_t n, oldest;

	n = akun_sql_signup_count(s, addr, (int64_t)(now - SIGNUP_WINDOW));
	if (n < SIGNUP_PER_ADDR)
		return 0;
	/* a slot frees when the limit-th newest sign-up ages out */
	oldest = akun_sql_signup_at(s, now, addr,
	    (int64_t)(now - SIGNUP_WINDOW), SIGNUP_PER_ADDR - 1);
	return (int)(oldest + SIGNUP_WINDOW - now) + 1;
}

void
signup_throttle_record(struct store *s, const char *addr, time_t now)
{
	(void)akun_sql_signup_add(s, addr, (int64_t)now);
	(void)akun_sql_signup_prune(s, (int64_t)(now - 24 * 60 * 60));
}
