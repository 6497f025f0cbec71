/*
 * sql.h: the akun module's statements (issue 13), private to
 * src/mod/akun/.  One function per database job, parameters bound; the
 * callers keep the checks, transactions and audit.  Functions returning
 * int return 0 on success and a store error (-1 and below) on failure
 * unless said otherwise.
 *
 * The walks (akun_sql_each_*) call fn for each row, in order, until fn
 * returns nonzero or the rows end; they return -1 when the statement
 * cannot be prepared (fn never called), else 0.  Strings given to fn
 * live until fn returns.
 */
#ifndef PAMONG_AKUN_SQL_H
#define PAMONG_AKUN_SQL_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

struct account;
struct account_hash;
struct identitas;
struct account_filter;
struct session_info;
struct store;

/* --- sessions and throttling (session.c) --- */

/* Insert the session token hash of account_id (agent cut to 127). */
int akun_sql_session_add(struct store *, const char *hash, int64_t account_id,
    const char *kind, int64_t now, int64_t expires, const char *addr,
    const char *agent);

/*
 * The live session hash (expiring after now, seen after idle_since) of
 * an enabled account: *id and *last_seen set when found, else untouched.
 */
void akun_sql_session_find(struct store *, const char *hash, int64_t now,
    int64_t idle_since, int64_t *id, int64_t *last_seen);

/* Note the session hash was seen at now. */
int akun_sql_session_touch(struct store *, const char *hash, int64_t now);

/* Delete the session hash. */
int akun_sql_session_end(struct store *, const char *hash);

/* Delete every session of account_id. */
int akun_sql_session_end_all(struct store *, int64_t account_id);

/* Delete every session of account_id but the one keep_hash. */
int akun_sql_session_end_others(struct store *, int64_t account_id,
    const char *keep_hash);

/*
 * Read into out at most max live sessions of account_id (as
 * akun_sql_session_find()), last seen first; the number read.
 */
int akun_sql_session_list(struct store *, int64_t account_id, int64_t now,
    int64_t idle_since, struct session_info *out, int max);

/* Failed logins whose col ("username" or "addr") is val after since. */
int64_t akun_sql_login_fails(struct store *, const char *col, const char *val,
    int64_t since);

/* Time of the (skip+1)-th newest of those; dflt when none. */
int64_t akun_sql_login_fail_at(struct store *, int64_t dflt, const char *col,
    const char *val, int64_t since, int skip);

/* Record a login try (username cut to 64). */
int akun_sql_login_add(struct store *, const char *username, const char *addr,
    int64_t at, int ok);

/* Forget the login tries older than before. */
int akun_sql_login_prune(struct store *, int64_t before);

/* Sign-ups from addr after since. */
int64_t akun_sql_signup_count(struct store *, const char *addr, int64_t since);

/* Time of the (skip+1)-th newest of those; dflt when none. */
int64_t akun_sql_signup_at(struct store *, int64_t dflt, const char *addr,
    int64_t since, int skip);

/* Record a sign-up from addr. */
int akun_sql_signup_add(struct store *, const char *addr, int64_t at);

/* Forget the sign-ups older than before. */
int akun_sql_signup_prune(struct store *, int64_t before);

/* --- accounts (account.c) --- */

/* Number of warga accounts with a NIK named username (0 or 1). */
int64_t akun_sql_warga_count(struct store *, const char *username);

/* The id of the active unit with this code, 0 when none. */
int64_t akun_sql_unit_active(struct store *, const char *code);
/* 1 when code is a kampung/kelurahan of Kabupaten Siak, 0 if not, -1. */
int64_t akun_sql_kampung_count(struct store *, const char *code);
/* Set the citizen's kampung (issue 19 item 8).  0, or a store error. */
int akun_sql_set_kampung(struct store *, int64_t id, const char *code);

/*
 * Insert an account (unit_id 0 and nik "" store NULL); vouched sets the
 * NIK verified at verified_at by by (0: NULL) via 'admin'.  0,
 * STORE_CONSTRAINT or another store error.
 */
int akun_sql_insert(struct store *, const char *username, const char *pw_hash,
    int64_t unit_id, const char *nik, const char *full_name, const char *phone,
    const char *email, int64_t created_at, int64_t pw_changed_at, int vouched,
    int64_t verified_at, int64_t by);

/* Number of accounts named username (0 or 1). */
int64_t akun_sql_username_count(struct store *, const char *username);

/* Link account id to the warga account with a NIK named warga. */
int akun_sql_warga_link(struct store *, const char *warga, int64_t id);

/* 1 when account id is linked to a warga account, else 0. */
int64_t akun_sql_warga_linked(struct store *, int64_t id);

/* Give account id the role. */
int akun_sql_role_add(struct store *, int64_t id, const char *role);

/* Read into a the account id, or the one named username; 0 or -1. */
int akun_sql_load(struct store *, int64_t id, struct account *a);
int akun_sql_find(struct store *, const char *username, struct account *a);

/*
 * The number of accounts matching f with text q and role name role
 * ("" any); -1 on error.
 */
int64_t akun_sql_list_count(struct store *, const struct account_filter *f,
    const char *q, const char *role);

/*
 * Those accounts by username, at most limit from offset: a calloc'd
 * array of limit, *np read; NULL on error.
 */
struct account *akun_sql_list(struct store *, const struct account_filter *f,
    const char *q, const char *role, int limit, int offset, int *np);

/*
 * The account named username: *id, its hash into hash (hashlen) and
 * *disabled set when found, else untouched.
 */
void akun_sql_credentials(struct store *, const char *username, int64_t *id,
    char *hash, size_t hashlen, int *disabled);

/* Set the password hash of account id, changed at now. */
int akun_sql_password_set(struct store *, int64_t id, const char *hash,
    int64_t now);

/* Disable (1) or enable (0) account id. */
int akun_sql_disabled_set(struct store *, int64_t id, int disabled);

/* --- the CLI (`pamong user list`, demo data) --- */

/* Walk every account by username (see account_each()). */
int akun_sql_each_account(struct store *,
    void (*fn)(void *, const char *username, const char *roles,
	const char *unit, const char *full_name, int disabled),
    void *arg);

/* The enabled staff accounts and those named also1, also2 (as
 * account_hashes()); NULL when the statement cannot be prepared. */
struct account_hash *akun_sql_hashes(struct store *, const char *also1,
    const char *also2, size_t *np);

/* 1 when demo_periksa holds stamp for (kind, ref), else 0. */
int64_t akun_sql_demo_clean(struct store *, const char *kind, int64_t ref,
    const char *stamp);

/* Remember stamp for (kind, ref) in demo_periksa.  0, or a store error. */
int akun_sql_demo_clean_set(struct store *, const char *kind, int64_t ref,
    const char *stamp);

/* Disable account id and set its password hash to hash. */
int akun_sql_retire(struct store *, int64_t id, const char *hash);

/* 1 when account id's password hash is hash, else 0. */
int64_t akun_sql_hash_is(struct store *, int64_t id, const char *hash);

/* --- NIK verification (nik_verif.c) --- */

/* Number of active NIK offices (kampung units, DISDUKCAPIL) with id. */
int64_t akun_sql_office_count(struct store *, int64_t unit_id);

/* The id of the account with this NIK, or this username; 0 when none. */
int64_t akun_sql_id_by_nik(struct store *, const char *nik);
int64_t akun_sql_id_by_username(struct store *, const char *username);

/*
 * How account_id's NIK was verified: via, *at, by (the officer's name)
 * set when found.  1 found, 0 not, -1 error.
 */
int akun_sql_nik_info(struct store *, int64_t account_id, char *via,
    size_t vialen, time_t *at, char *by, size_t bylen);

/*
 * Mark the unverified NIK of account_id verified at now by by (0:
 * NULL) via; store_changes() says whether it was.
 */
int akun_sql_nik_verify(struct store *, int64_t account_id, int64_t now,
    int64_t by, const char *via);

/* The row (0 or 1) of the account holding nik. */
int akun_sql_each_holder(struct store *, const char *nik,
    int (*fn)(void *, int64_t id, const char *username, const char *full_name,
	int64_t created_at, int verified),
    void *arg);

/*
 * Take nik from account id, unverify and disable it; store_changes()
 * says whether it was.
 */
int akun_sql_nik_revoke(struct store *, int64_t id, const char *nik);

/* Give account id without a NIK this nik; store_changes() says. */
int akun_sql_nik_set(struct store *, int64_t id, const char *nik);

/* 1 when application id's applicant is its verified NIK holder; -1. */
int64_t akun_sql_applicant_ok(struct store *, int64_t permohonan_id);

/* --- pages (ui_admin_accounts.c) --- */

/* The id of the unit with this code, 0 when none. */
int64_t akun_sql_unit_id(struct store *, const char *code);

/* Walk code, name of the active units of kind, by code. */
int akun_sql_each_unit(struct store *, const char *kind,
    int (*fn)(void *, const char *code, const char *name), void *arg);

/* --- identity (identitas.c) --- */

/* identitas_penduduk of account_id into *out: 0, 1 none, -1 error. */
int akun_sql_identitas_get(struct store *, int64_t account_id,
    struct identitas *out);
/* Insert or replace the identitas_penduduk row of account_id. */
int akun_sql_identitas_set(struct store *, int64_t account_id,
    const struct identitas *, int64_t now);
/* account.nip of account_id into out ("" none): 0 or -1. */
int akun_sql_nip_get(struct store *, int64_t account_id, char out[19]);
/* Set account.nip of account_id ("" none). */
int akun_sql_nip_set(struct store *, int64_t account_id, const char *nip);

#endif
