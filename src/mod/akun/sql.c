/* sql.c: the akun module's statements (see sql.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/xalloc.h"
#include "store/dialect.h"
#include "store/store.h"
#include "account_data.h"
#include "session_data.h"
#include "sql.h"

/* --- sessions and throttling --- */

int
akun_sql_session_add(struct store *s, const char *hash, int64_t account_id,
    const char *kind, int64_t now, int64_t expires, const char *addr,
    const char *agent)
{
	return store_run(s,
	    "INSERT INTO session(token_hash, account_id, kind,"
	    " created_at, last_seen, expires_at, addr, agent) VALUES"
	    " (?, ?, ?, ?, ?, ?, ?, substr(?, 1, 127))",
	    "sisiiiss", hash, account_id, kind, now, now, expires, addr, agent);
}

void
akun_sql_session_find(struct store *s, const char *hash, int64_t now,
    int64_t idle_since, int64_t *id, int64_t *last_seen)
{
	struct store_stmt *st;

	st = store_query(s,
	    "SELECT s.account_id, s.last_seen FROM session s"
	    " JOIN account a ON a.id = s.account_id WHERE s.token_hash = ?"
	    " AND s.expires_at > ? AND s.last_seen > ? AND a.disabled = 0",
	    "sii", hash, now, idle_since);
	if (st != NULL && store_step(st) == STORE_ROW) {
		*id = store_int(st, 0);
		*last_seen = store_int(st, 1);
	}
	store_done(st);
}

int
akun_sql_session_touch(struct store *s, const char *hash, int64_t now)
{
	return store_run(s,
	    "UPDATE session SET last_seen = ? WHERE"
	    " token_hash = ?",
	    "is", now, hash);
}

int
akun_sql_session_end(struct store *s, const char *hash)
{
	return store_run(s, "DELETE FROM session WHERE token_hash = ?", "s",
	    hash);
}

int
akun_sql_session_end_all(struct store *s, int64_t account_id)
{
	return store_run(s, "DELETE FROM session WHERE account_id = ?", "i",
	    account_id);
}

int
akun_sql_session_end_others(struct store *s, int64_t account_id,
    const char *keep_hash)
{
	return store_run(s,
	    "DELETE FROM session WHERE account_id = ? AND"
	    " token_hash <> ?",
	    "is", account_id, keep_hash);
}

/* The caller's array akun_sql_session_list() reads into. */
struct sessions {
	struct session_info *out;
	int n;
	int max;
};

/* Read one session; stop when the array is full. */
static int
session_row(void *arg, struct store_stmt *st)
{
	struct sessions *r = arg;
	struct session_info *si = &r->out[r->n++];

	snprintf(si->token_hash, sizeof(si->token_hash), "%s",
	    store_text(st, 0));
	snprintf(si->kind, sizeof(si->kind), "%s", store_text(st, 1));
	si->created_at = (time_t)store_int(st, 2);
	si->last_seen = (time_t)store_int(st, 3);
	si->expires_at = (time_t)store_int(st, 4);
	snprintf(si->addr, sizeof(si->addr), "%s", store_text(st, 5));
	snprintf(si->agent, sizeof(si->agent), "%s", store_text(st, 6));
	return r->n >= r->max;
}

int
akun_sql_session_list(struct store *s, int64_t account_id, int64_t now,
    int64_t idle_since, struct session_info *out, int max)
{
	struct sessions r = { out, 0, max };

	if (max <= 0)
		return 0;
	(void)store_each(s, session_row, &r,
	    "SELECT token_hash, kind,"
	    " created_at, last_seen, expires_at, addr, agent FROM session WHERE"
	    " account_id = ? AND expires_at > ? AND last_seen > ? ORDER BY"
	    " last_seen DESC",
	    "iii", account_id, now, idle_since);
	return r.n;
}

int64_t
akun_sql_login_fails(struct store *s, const char *col, const char *val,
    int64_t since)
{
	char sql[256];

	snprintf(sql, sizeof(sql),
	    "SELECT count(*) FROM login_attempt WHERE"
	    " %s = ? AND ok = 0 AND at > ?",
	    col);
	return store_scalar(s, 0, sql, "si", val, since);
}

int64_t
akun_sql_login_fail_at(struct store *s, int64_t dflt, const char *col,
    const char *val, int64_t since, int skip)
{
	char sql[256];

	snprintf(sql, sizeof(sql),
	    "SELECT at FROM login_attempt WHERE"
	    " %s = ? AND ok = 0 AND at > ? ORDER BY at DESC LIMIT 1 OFFSET ?",
	    col);
	return store_scalar(s, dflt, sql, "sid", val, since, skip);
}

int
akun_sql_login_add(struct store *s, const char *username, const char *addr,
    int64_t at, int ok)
{
	return store_run(s,
	    "INSERT INTO login_attempt(username, addr, at, ok)"
	    " VALUES (substr(?, 1, 64), ?, ?, ?)",
	    "ssid", username, addr, at, ok);
}

int
akun_sql_login_prune(struct store *s, int64_t before)
{
	return store_run(s, "DELETE FROM login_attempt WHERE at < ?", "i",
	    before);
}

int64_t
akun_sql_signup_count(struct store *s, const char *addr, int64_t since)
{
	return store_scalar(s, 0,
	    "SELECT count(*) FROM daftar_attempt WHERE"
	    " addr = ? AND at > ?",
	    "si", addr, since);
}

int64_t
akun_sql_signup_at(struct store *s, int64_t dflt, const char *addr,
    int64_t since, int skip)
{
	return store_scalar(s, dflt,
	    "SELECT at FROM daftar_attempt WHERE"
	    " addr = ? AND at > ? ORDER BY at DESC LIMIT 1 OFFSET ?",
	    "sid", addr, since, skip);
}

int
akun_sql_signup_add(struct store *s, const char *addr, int64_t at)
{
	return store_run(s,
	    "INSERT INTO daftar_attempt(addr, at) VALUES"
	    " (?, ?)",
	    "si", addr, at);
}

int
akun_sql_signup_prune(struct store *s, int64_t before)
{
	return store_run(s, "DELETE FROM daftar_attempt WHERE at < ?", "i",
	    before);
}

/* --- accounts --- */

int64_t
akun_sql_warga_count(struct store *s, const char *username)
{
	return store_scalar(s, 0,
	    "SELECT count(*) FROM"
	    " account a JOIN account_role r ON r.account_id = a.id AND r.role ="
	    " 'warga' WHERE a.username = ? AND a.nik IS NOT NULL",
	    "s", username);
}

int64_t
akun_sql_unit_active(struct store *s, const char *code)
{
	return store_scalar(s, 0,
	    "SELECT id FROM unit"
	    " WHERE code = ? AND active = 1",
	    "s", code);
}

int64_t
akun_sql_kampung_count(struct store *s, const char *code)
{
	return store_scalar(s, -1,
	    "SELECT count(*) FROM wilayah WHERE code = ?"
	    " AND level = 'desa' AND code LIKE '14.08.%'",
	    "s", code);
}

int
akun_sql_set_kampung(struct store *s, int64_t id, const char *code)
{
	return store_run(s, "UPDATE account SET kampung_code = ? WHERE id = ?",
	    "si", code, id);
}

int
akun_sql_insert(struct store *s, const char *username, const char *pw_hash,
    int64_t unit_id, const char *nik, const char *full_name, const char *phone,
    const char *email, int64_t created_at, int64_t pw_changed_at, int vouched,
    int64_t verified_at, int64_t by)
{
	return store_run(s,
	    "INSERT INTO account(username, pw_hash, unit_id,"
	    " nik, full_name, phone, email, created_at, pw_changed_at,"
	    " nik_verified_at, nik_verified_by, nik_verified_via) VALUES"
	    " (?, ?, nullif(?, 0), nullif(?, ''), ?, ?, ?, ?, ?,"
	    " CASE WHEN ? <> 0 THEN CAST(? AS BIGINT) END, CASE WHEN ? <> 0"
	    " THEN nullif(CAST(? AS BIGINT), 0) END,"
	    " CASE WHEN ? <> 0 THEN 'admin' ELSE '' END)",
	    "ssissssiididid", username, pw_hash, unit_id, nik, full_name, phone,
	    email, created_at, pw_changed_at, vouched, verified_at, vouched, by,
	    vouched);
}

int64_t
akun_sql_username_count(struct store *s, const char *username)
{
	return store_scalar(s, 0,
	    "SELECT count(*) FROM account WHERE"
	    " username = ?",
	    "s", username);
}

int
akun_sql_warga_link(struct store *s, const char *warga, int64_t id)
{
	return store_run(s,
	    "UPDATE account SET warga_id ="
	    " (SELECT id FROM account WHERE username = ? AND nik IS NOT NULL)"
	    " WHERE id = ?",
	    "si", warga, id);
}

int64_t
akun_sql_warga_linked(struct store *s, int64_t id)
{
	return store_scalar(s, 0,
	    "SELECT warga_id IS NOT NULL FROM account"
	    " WHERE id = ?",
	    "i", id);
}

int
akun_sql_role_add(struct store *s, int64_t id, const char *role)
{
	return store_run(s,
	    "INSERT INTO account_role"
	    "(account_id, role) VALUES (?, ?)",
	    "is", id, role);
}

#define ACCOUNT_COLS                                                                           \
	"a.id, a.username, a.full_name, coalesce(a.nik, ''),"                                  \
	" a.phone, a.email, coalesce(a.unit_id, 0), coalesce(u.code, ''),"                     \
	" coalesce(u.name, ''), a.disabled, a.created_at, coalesce((SELECT " SQL_GROUP_CONCAT( \
	    "r.role",                                                                          \
	    "','") " FROM account_role r WHERE"                                                \
		   " r.account_id = a.id), ''), a.nik_verified_at IS NOT NULL,"                \
		   " coalesce(a.warga_id, 0), coalesce(CASE WHEN a.nik_verified_at IS"         \
		   " NOT NULL THEN a.nik END, (SELECT w.nik FROM account w WHERE"              \
		   " w.id = a.warga_id AND w.nik_verified_at IS NOT NULL), ''),"               \
		   " coalesce(a.kampung_code, '')"

/* Fill a from a row of ACCOUNT_COLS. */
static void
row_read(struct store_stmt *st, void *elem)
{
	struct account *a = elem;
	char *list, *p, *save;

	memset(a, 0, sizeof(*a));
	a->id = store_int(st, 0);
	snprintf(a->username, sizeof(a->username), "%s", store_text(st, 1));
	snprintf(a->full_name, sizeof(a->full_name), "%s", store_text(st, 2));
	snprintf(a->nik, sizeof(a->nik), "%s", store_text(st, 3));
	snprintf(a->phone, sizeof(a->phone), "%s", store_text(st, 4));
	snprintf(a->email, sizeof(a->email), "%s", store_text(st, 5));
	a->unit_id = store_int(st, 6);
	snprintf(a->unit_code, sizeof(a->unit_code), "%s", store_text(st, 7));
	snprintf(a->unit_name, sizeof(a->unit_name), "%s", store_text(st, 8));
	a->disabled = (int)store_int(st, 9);
	a->created_at = (time_t)store_int(st, 10);
	list = xstrdup(store_text(st, 11));
	for (p = strtok_r(list, ",", &save); p != NULL;
	     p = strtok_r(NULL, ",", &save))
		a->roles |= role_parse(p);
	free(list);
	a->nik_verified = (int)store_int(st, 12);
	a->warga_id = store_int(st, 13);
	snprintf(a->id_nik, sizeof(a->id_nik), "%s", store_text(st, 14));
	snprintf(a->kampung, sizeof(a->kampung), "%s", store_text(st, 15));
}

static int
load_where(struct store *s, const char *where, const char *types, int64_t id,
    const char *name, struct account *a)
{
	struct store_stmt *st;
	char sql[1024];
	int found = 0;

	snprintf(sql, sizeof(sql),
	    "SELECT " ACCOUNT_COLS " FROM account a"
	    " LEFT JOIN unit u ON u.id = a.unit_id WHERE %s",
	    where);
	st = *types == 'i' ? store_query(s, sql, "i", id)
			   : store_query(s, sql, "s", name);
	if (st == NULL)
		return -1;
	if (store_step(st) == STORE_ROW) {
		found = 1;
		row_read(st, a);
	}
	store_done(st);
	return found ? 0 : -1;
}

int
akun_sql_load(struct store *s, int64_t id, struct account *a)
{
	return load_where(s, "a.id = ?", "i", id, NULL, a);
}

int
akun_sql_find(struct store *s, const char *username, struct account *a)
{
	return load_where(s, "a.username = ?", "s", 0, username, a);
}

/*
 * The WHERE clause of account_list(); its parameters are "sssiissddd".
 * un is the username for the substring search: on PostgreSQL under
 * COLLATE "C", as strpos() refuses nocase, a nondeterministic collation
 * (the text is lower()ed anyway).
 */
#define LIST_WHERE_(un)                                                                 \
	" WHERE (? = '' OR " SQL_INSTR("lower(" un ")",                                 \
	    "lower(?)") " > 0 OR " SQL_INSTR("lower(a.full_name)",                      \
	    "lower(?)") " > 0)"                                                         \
			" AND (? = 0 OR a.unit_id = ?)"                                 \
			" AND (? = '' OR EXISTS (SELECT 1 FROM account_role r WHERE"    \
			" r.account_id = a.id AND r.role = ?))"                         \
			" AND (? < 0 OR a.disabled = ?)"                                \
			" AND (? = 0 OR NOT EXISTS (SELECT 1 FROM account_role r WHERE" \
			" r.account_id = a.id AND r.role = 'warga'))"
#define LIST_WHERE LIST_WHERE_("a.username")
#define LIST_WHERE_PG LIST_WHERE_("a.username COLLATE \"C\"")
#define LIST_ARGS(f, q, role)                                                  \
	(q), (q), (q), (f)->unit_id, (f)->unit_id, (role), (role),             \
	    (f)->disabled, (f)->disabled, (f)->staff_only ? 1 : 0

int64_t
akun_sql_list_count(struct store *s, const struct account_filter *f,
    const char *q, const char *role)
{
	return store_scalar(s, -1,
	    store_is_pg(s) ? "SELECT count(*) FROM account a" LIST_WHERE_PG
			   : "SELECT count(*) FROM account a" LIST_WHERE,
	    "sssiissddd", LIST_ARGS(f, q, role));
}

struct account *
akun_sql_list(struct store *s, const struct account_filter *f, const char *q,
    const char *role, int limit, int offset, int *np)
{
	struct account *out = NULL;
	size_t n = 0;
	int rc;

	rc = store_rows(s, &out, sizeof(*out), &n, row_read,
	    store_is_pg(s)
		? "SELECT " ACCOUNT_COLS " FROM account a LEFT JOIN unit u ON"
		  " u.id = a.unit_id" LIST_WHERE_PG " ORDER BY a.username"
		  " LIMIT ? OFFSET ?"
		: "SELECT " ACCOUNT_COLS " FROM account a LEFT JOIN unit u ON"
		  " u.id = a.unit_id" LIST_WHERE " ORDER BY a.username"
		  " LIMIT ? OFFSET ?",
	    "sssiissddddd", LIST_ARGS(f, q, role), limit, offset);
	if (rc == STORE_NOSTMT || rc == STORE_ERR || rc == STORE_BUSY) {
		free(out);
		return NULL;
	}
	*np = (int)n;
	return out != NULL ? out : xcalloc(1, sizeof(*out));
}

void
akun_sql_credentials(struct store *s, const char *username, int64_t *id,
    char *hash, size_t hashlen, int *disabled)
{
	struct store_stmt *st;

	st = store_query(s,
	    "SELECT id, pw_hash, disabled FROM account"
	    " WHERE username = ?",
	    "s", username);
	if (st != NULL && store_step(st) == STORE_ROW) {
		*id = store_int(st, 0);
		snprintf(hash, hashlen, "%s", store_text(st, 1));
		*disabled = (int)store_int(st, 2);
	}
	store_done(st);
}

int
akun_sql_password_set(struct store *s, int64_t id, const char *hash,
    int64_t now)
{
	return store_run(s,
	    "UPDATE account SET pw_hash = ?, pw_changed_at = ?"
	    " WHERE id = ?",
	    "sii", hash, now, id);
}

int
akun_sql_disabled_set(struct store *s, int64_t id, int disabled)
{
	return store_run(s, "UPDATE account SET disabled = ? WHERE id = ?",
	    "di", disabled, id);
}

/* --- NIK verification --- */

int64_t
akun_sql_office_count(struct store *s, int64_t unit_id)
{
	return store_scalar(s, 0,
	    "SELECT count(*) FROM unit WHERE id = ? AND"
	    " active = 1 AND (kind = 'kampung' OR code = 'DISDUKCAPIL')",
	    "i", unit_id);
}

int64_t
akun_sql_id_by_nik(struct store *s, const char *nik)
{
	return store_scalar(s, 0, "SELECT id FROM account WHERE nik = ?", "s",
	    nik);
}

int64_t
akun_sql_id_by_username(struct store *s, const char *username)
{
	return store_scalar(s, 0,
	    "SELECT id FROM account WHERE"
	    " username = ?",
	    "s", username);
}

int
akun_sql_nik_info(struct store *s, int64_t account_id, char *via, size_t vialen,
    time_t *at, char *by, size_t bylen)
{
	struct store_stmt *st;
	int found = 0;

	st = store_query(s,
	    "SELECT a.nik_verified_via,"
	    " coalesce(a.nik_verified_at, 0), coalesce(o.full_name, '')"
	    " FROM account a LEFT JOIN account o ON o.id = a.nik_verified_by"
	    " WHERE a.id = ?",
	    "i", account_id);
	if (st == NULL)
		return -1;
	if (store_step(st) == STORE_ROW) {
		found = 1;
		snprintf(via, vialen, "%s", store_text(st, 0));
		*at = (time_t)store_int(st, 1);
		snprintf(by, bylen, "%s", store_text(st, 2));
	}
	store_done(st);
	return found;
}

int
akun_sql_nik_verify(struct store *s, int64_t account_id, int64_t now,
    int64_t by, const char *via)
{
	return store_run(s,
	    "UPDATE account SET nik_verified_at = ?,"
	    " nik_verified_by = nullif(?, 0), nik_verified_via = ? WHERE id = ?"
	    " AND nik IS NOT NULL AND nik_verified_at IS NULL",
	    "iisi", now, by, via, account_id);
}

/*
 * The callback of akun_sql_each_holder() with its argument, called for each
 * row.
 */
struct holder_walk {
	int (*fn)(void *, int64_t, const char *, const char *, int64_t, int);
	void *arg;
};

static int
holder_row(void *a, struct store_stmt *st)
{
	struct holder_walk *w = a;

	return w->fn(w->arg, store_int(st, 0), store_text(st, 1),
	    store_text(st, 2), store_int(st, 3), (int)store_int(st, 4));
}

int
akun_sql_each_holder(struct store *s, const char *nik,
    int (*fn)(void *, int64_t, const char *, const char *, int64_t, int),
    void *arg)
{
	struct holder_walk w = { fn, arg };

	return store_each(s, holder_row, &w,
		   "SELECT id, username, full_name,"
		   " created_at, nik_verified_at IS NOT NULL FROM account WHERE nik ="
		   " ?",
		   "s", nik) == STORE_NOSTMT
	    ? -1
	    : 0;
}

int
akun_sql_nik_revoke(struct store *s, int64_t id, const char *nik)
{
	return store_run(s,
	    "UPDATE account SET nik = NULL, nik_verified_at ="
	    " NULL, nik_verified_by = NULL, nik_verified_via = '', disabled = 1"
	    " WHERE id = ? AND nik = ?",
	    "is", id, nik);
}

int
akun_sql_nik_set(struct store *s, int64_t id, const char *nik)
{
	return store_run(s,
	    "UPDATE account SET nik = ? WHERE id = ? AND"
	    " nik IS NULL",
	    "si", nik, id);
}

int64_t
akun_sql_applicant_ok(struct store *s, int64_t permohonan_id)
{
	return store_scalar(s, -1,
	    "SELECT count(*) FROM permohonan p"
	    " JOIN account a ON a.id = p.pemohon_id WHERE p.id = ? AND"
	    " a.nik = p.pemohon_nik AND a.nik_verified_at IS NOT NULL",
	    "i", permohonan_id);
}

/* --- pages --- */

int64_t
akun_sql_unit_id(struct store *s, const char *code)
{
	return store_scalar(s, 0, "SELECT id FROM unit WHERE code = ?", "s",
	    code);
}

/*
 * The callback of akun_sql_each_unit() with its argument, called for each row.
 */
struct unit_walk {
	int (*fn)(void *, const char *, const char *);
	void *arg;
};

static int
unit_row(void *a, struct store_stmt *st)
{
	struct unit_walk *w = a;

	return w->fn(w->arg, store_text(st, 0), store_text(st, 1));
}

int
akun_sql_each_unit(struct store *s, const char *kind,
    int (*fn)(void *, const char *, const char *), void *arg)
{
	struct unit_walk w = { fn, arg };

	return store_each(s, unit_row, &w,
		   "SELECT code, name FROM unit WHERE"
		   " kind = ? AND active = 1 ORDER BY code",
		   "s", kind) == STORE_NOSTMT
	    ? -1
	    : 0;
}

/*
 * The callback of akun_sql_each_account() with its argument, called for each
 * row.
 */
struct account_walk {
	void (*fn)(void *, const char *, const char *, const char *,
	    const char *, int);
	void *arg;
};

static int
account_row(void *a, struct store_stmt *st)
{
	struct account_walk *w = a;

	w->fn(w->arg, store_text(st, 0), store_text(st, 1), store_text(st, 2),
	    store_text(st, 3), (int)store_int(st, 4));
	return 0;
}

int
akun_sql_each_account(struct store *s,
    void (*fn)(void *, const char *, const char *, const char *, const char *,
	int),
    void *arg)
{
	struct account_walk w = { fn, arg };

	return store_each(s, account_row, &w,
		   "SELECT a.username,"
		   " coalesce((SELECT " SQL_GROUP_CONCAT("role",
		       "','") " FROM"
			      " account_role r WHERE r.account_id = a.id), ''), coalesce(u.code,"
			      " '-'), a.full_name, a.disabled FROM account a LEFT JOIN unit u ON"
			      " u.id = a.unit_id ORDER BY a.username",
		   "") == STORE_NOSTMT
	    ? -1
	    : 0;
}

static void
hash_fill(struct store_stmt *st, void *elem)
{
	struct account_hash *h = elem;

	h->id = store_int(st, 0);
	h->username = xstrdup(store_text(st, 1));
	h->pw_hash = xstrdup(store_text(st, 2));
}

struct account_hash *
akun_sql_hashes(struct store *s, const char *also1, const char *also2,
    size_t *np)
{
	struct account_hash *v = NULL;
	size_t n = 0;

	if (store_rows(s, &v, sizeof(*v), &n, hash_fill,
		"SELECT a.id,"
		" a.username, a.pw_hash FROM account a WHERE a.disabled = 0 AND"
		" (EXISTS (SELECT 1 FROM account_role r WHERE r.account_id = a.id"
		" AND r.role <> 'warga') OR a.username IN (?, ?)) ORDER BY a.id",
		"ss", also1, also2) == STORE_NOSTMT)
		return NULL;
	if (v == NULL)
		v = xcalloc(1, sizeof(*v));
	*np = n;
	return v;
}

int64_t
akun_sql_demo_clean(struct store *s, const char *kind, int64_t ref,
    const char *stamp)
{
	return store_scalar(s, 0,
		   "SELECT count(*) FROM demo_periksa WHERE"
		   " kind = ? AND ref = ? AND stamp = ?",
		   "sis", kind, ref, stamp) > 0;
}

int
akun_sql_demo_clean_set(struct store *s, const char *kind, int64_t ref,
    const char *stamp)
{
	return store_run(s,
	    "INSERT INTO demo_periksa(kind, ref, stamp) VALUES"
	    " (?, ?, ?) ON CONFLICT(kind, ref) DO UPDATE SET stamp ="
	    " excluded.stamp",
	    "sis", kind, ref, stamp);
}

int
akun_sql_retire(struct store *s, int64_t id, const char *hash)
{
	return store_run(s,
	    "UPDATE account SET disabled = 1, pw_hash = ?"
	    " WHERE id = ?",
	    "si", hash, id);
}

int64_t
akun_sql_hash_is(struct store *s, int64_t id, const char *hash)
{
	return store_scalar(s, 0,
	    "SELECT pw_hash = ? FROM account WHERE"
	    " id = ?",
	    "si", hash, id);
}

int
akun_sql_identitas_get(struct store *s, int64_t account_id, struct identitas *v)
{
	struct store_stmt *st;
	int rc;

	memset(v, 0, sizeof(*v));
	v->rt = v->rw = -1;
	snprintf(v->kewarganegaraan, sizeof(v->kewarganegaraan), "WNI");
	st = store_query(s,
	    "SELECT tempat_lahir, tanggal_lahir, jenis_kelamin, agama,"
	    " pekerjaan, status_perkawinan, kewarganegaraan, alamat,"
	    " coalesce(rt, -1), coalesce(rw, -1), updated_at FROM"
	    " identitas_penduduk WHERE account_id = ?",
	    "i", account_id);
	if (st == NULL)
		return -1;
	rc = store_step(st);
	if (rc == STORE_ROW) {
		snprintf(v->tempat_lahir, sizeof(v->tempat_lahir), "%s",
		    store_text(st, 0));
		snprintf(v->tanggal_lahir, sizeof(v->tanggal_lahir), "%s",
		    store_text(st, 1));
		snprintf(v->jenis_kelamin, sizeof(v->jenis_kelamin), "%s",
		    store_text(st, 2));
		snprintf(v->agama, sizeof(v->agama), "%s", store_text(st, 3));
		snprintf(v->pekerjaan, sizeof(v->pekerjaan), "%s",
		    store_text(st, 4));
		snprintf(v->status_perkawinan, sizeof(v->status_perkawinan),
		    "%s", store_text(st, 5));
		snprintf(v->kewarganegaraan, sizeof(v->kewarganegaraan), "%s",
		    store_text(st, 6));
		snprintf(v->alamat, sizeof(v->alamat), "%s", store_text(st, 7));
		v->rt = (int)store_int(st, 8);
		v->rw = (int)store_int(st, 9);
		v->updated_at = store_int(st, 10);
	}
	store_done(st);
	return rc == STORE_ROW ? 0 : rc == STORE_DONE ? 1 : -1;
}

int
akun_sql_identitas_set(struct store *s, int64_t account_id,
    const struct identitas *v, int64_t now)
{
	return store_run(s,
	    "INSERT INTO identitas_penduduk(account_id, tempat_lahir,"
	    " tanggal_lahir, jenis_kelamin, agama, pekerjaan,"
	    " status_perkawinan, kewarganegaraan, alamat, rt, rw, updated_at)"
	    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, nullif(?, -1), nullif(?, -1),"
	    " ?) ON CONFLICT (account_id) DO UPDATE SET tempat_lahir ="
	    " excluded.tempat_lahir, tanggal_lahir = excluded.tanggal_lahir,"
	    " jenis_kelamin = excluded.jenis_kelamin, agama = excluded.agama,"
	    " pekerjaan = excluded.pekerjaan, status_perkawinan ="
	    " excluded.status_perkawinan, kewarganegaraan ="
	    " excluded.kewarganegaraan, alamat = excluded.alamat, rt ="
	    " excluded.rt, rw = excluded.rw, updated_at = excluded.updated_at",
	    "issssssssddi", account_id, v->tempat_lahir, v->tanggal_lahir,
	    v->jenis_kelamin, v->agama, v->pekerjaan, v->status_perkawinan,
	    v->kewarganegaraan, v->alamat, v->rt, v->rw, now);
}

int
akun_sql_nip_get(struct store *s, int64_t account_id, char out[19])
{
	struct store_stmt *st;
	int rc;

	*out = '\0';
	st = store_query(s, "SELECT nip FROM account WHERE id = ?", "i",
	    account_id);
	if (st == NULL)
		return -1;
	rc = store_step(st);
	if (rc == STORE_ROW)
		snprintf(out, 19, "%s", store_text(st, 0));
	store_done(st);
	return rc == STORE_ROW || rc == STORE_DONE ? 0 : -1;
}

int
akun_sql_nip_set(struct store *s, int64_t account_id, const char *nip)
{
	return store_run(s, "UPDATE account SET nip = ? WHERE id = ?", "si",
	    nip, account_id);
}
