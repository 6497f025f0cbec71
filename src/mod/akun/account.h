/*
 * account.h: accounts and roles.  Citizens (warga) sign up themselves;
 * staff accounts belong to one unit and are created by an admin or the CLI.
 */
#ifndef PAMONG_ACCOUNT_H
#define PAMONG_ACCOUNT_H

#include <stdint.h>
#include <time.h>

#include "account_data.h"
#include "lib/form.h"

struct store;

/* Fields of a new account; strings may be NULL or "" when unused. */
struct account_new {
	const char *username;
	const char *password;
	const char *roles;     /* comma-separated role names */
	const char *unit_code; /* required for staff roles */
	const char *nik;       /* required for warga */
	const char *full_name;
	const char *phone;
	const char *email;
	int nik_verified;    /* the creator vouches for the NIK
					   (administrator, CLI, officer) */
	const char *warga;   /* staff: username of the person's
					   citizen account (identity link) */
	const char *kampung; /* citizen: wilayah code of the kampung/
				kelurahan of residence in Siak; may be empty */
};

/*
 * May actor administer (edit) an object owned by unit_id?  A superadmin
 * always; an admin only objects of their own unit.  unit_id 0 means
 * regency-wide (e.g. the template of a kampung-level service, which every
 * kampung provides): superadmin only.  1 or 0; actor NULL (CLI) is 1.
 */
int account_may_admin(const struct account *actor, int64_t unit_id);

/*
 * Validate and create an account in one transaction with its audit event
 * (actor_id 0 = system/CLI).  Returns 0 and sets *idp, or -1 with the
 * problems in errs (Indonesian, per field).  The password is hashed with
 * Argon2id; it is never stored or logged.
 */
int account_create(struct store *, const struct account_new *, int64_t actor_id,
    const char *addr, struct field_errs *errs, int64_t *idp);

/*
 * account_create() in two steps, for a caller that creates an account
 * inside its own transaction (issue 12 item 5: an officer's NIK
 * take-over): account_prepare() validates and hashes the password with
 * no transaction open (0, or -1 with errs); account_insert() writes the
 * rows and the audit event inside the caller's transaction (0; -1 with
 * errs when the username or NIK is taken; -2 storage failure).
 */
struct account_prep {
	unsigned bits;
	int64_t unit_id;
	char hash[128];
};
int account_prepare(struct store *, const struct account_new *,
    struct field_errs *, struct account_prep *);
int account_insert(struct store *, const struct account_new *,
    struct account_prep *, int64_t actor_id, const char *addr,
    struct field_errs *, int64_t *idp);

/* Load an account with its roles and unit.  0 found, -1 not found. */
int account_load(struct store *, int64_t id, struct account *);
int account_find(struct store *, const char *username, struct account *);

/*
 * Check a username/password pair.  Returns the account id (> 0) when the
 * password matches and the account is enabled, else 0.  Takes the same
 * time for unknown users (a dummy hash is verified).
 */
int64_t account_authenticate(struct store *, const char *username,
    const char *password);

/* Change a password after checking the old one; ends other sessions. */
int account_change_password(struct store *, int64_t id, const char *old,
    const char *new_pw, const char *keep_token_hash, struct field_errs *);
/* Admin operations; each writes its audit event. */
int account_set_disabled(struct store *, int64_t id, int disabled,
    int64_t actor_id, const char *addr);
int account_reset_password(struct store *, int64_t id, const char *new_pw,
    int64_t actor_id, const char *addr, struct field_errs *);

/*
 * Accounts matching f, ordered by username, with roles and unit (never the
 * password hash; nik is left empty).  Returns a new array of *np accounts
 * (the caller frees it; non-NULL even when empty) and, when totalp is not
 * NULL, the number of matches ignoring limit and offset.  NULL on a
 * storage error.
 */
struct account *account_list(struct store *, const struct account_filter *,
    int *np, int64_t *totalp);

/*
 * `pamong user list`: walk every account by username: fn(arg, username,
 * roles as "a,b", unit code or "-", full name, disabled).  -1 when the
 * statement cannot be prepared, else 0.
 */
int account_each(struct store *,
    void (*fn)(void *, const char *username, const char *roles,
	const char *unit, const char *full_name, int disabled),
    void *arg);

/*
 * The enabled staff accounts (any role but warga) and those named also1
 * or also2, by id, with their password hashes (`pamong serve --prod`
 * looks for the published demo password).  A new array of *np, non-NULL
 * even when empty (account_hashes_free()); NULL when the database cannot
 * be read.
 */
struct account_hash *account_hashes(struct store *, const char *also1,
    const char *also2, size_t *np);
void account_hashes_free(struct account_hash *, size_t n);

/*
 * The memory of the demo check (table demo_periksa): kind "akun" (ref an
 * account id, stamp the SHA-256 of its password hash) or "kunci" (ref a
 * signing certificate id, stamp the SHA-256 of its key).
 * account_demo_clean(): 1 when (kind, ref) was found clean with this
 * stamp, else 0.  account_demo_clean_set() remembers it; a cache only, a
 * failed write means a check again next time.
 */
int account_demo_clean(struct store *, const char *kind, int64_t ref,
    const char *stamp);
void account_demo_clean_set(struct store *, const char *kind, int64_t ref,
    const char *stamp);

/*
 * Retire demo account id (named user) in one transaction: disabled, a
 * password hash no password matches, no sessions, audit event
 * "demo.hapus" by the CLI.  Rows that name it stay.  0, or -1 (nothing
 * changed).  account_demo_retired(): 1 when it was retired so, else 0.
 */
int account_demo_retire(struct store *, int64_t id, const char *user);
int account_demo_retired(struct store *, int64_t id);

/* Password policy: NULL if acceptable, else an Indonesian message. */
const char *password_check(const char *);
/* Argon2id hash into out (crypto_pwhash_STRBYTES); 0 on success. */
int password_hash(const char *pw, char out[128]);

/* The form's text fields of identitas_simpan(); NULL is "". */
struct identitas_isian {
	const char *tempat_lahir, *tanggal_lahir, *jenis_kelamin, *agama,
	    *pekerjaan, *status_perkawinan, *kewarganegaraan, *alamat, *rt, *rw;
};

/* The choices of agama and status_perkawinan, NULL-terminated. */
extern const char *const identitas_agama[];
extern const char *const identitas_perkawinan[];

/* The identity of account_id into *out: 0, 1 none entered, -1 error. */
int identitas_get(struct store *, int64_t account_id, struct identitas *out);

/*
 * Store who's own identity: every field checked first (errs names them:
 * tempat_lahir up to 60 characters, tanggal_lahir a real date from 1900
 * to today, jenis_kelamin L/P, agama and status_perkawinan one of the
 * lists, kewarganegaraan WNI/WNA, pekerjaan up to 100, alamat up to 200,
 * rt and rw 0..999; all but kewarganegaraan may be empty); then one
 * transaction with the audit event akun.identitas.  0; -1 refused
 * (errs), nothing written; -2 storage error.
 */
int identitas_simpan(struct store *, const struct account *who,
    const char *addr, const struct identitas_isian *, time_t now,
    struct field_errs *errs);

/*
 * A NIP (Nomor Induk Pegawai) as typed, spaces and dots allowed, into
 * its 18 digits: a real birth date YYYYMMDD, the appointment year (15
 * years after birth at least) and month YYYYMM, 1 or 2, three digits.
 * "" gives "" (no NIP).  0, or -1 malformed (out "").
 */
int nip_normalise(const char *in, char out[19]);

/* The NIP of account_id ("" none).  0 or -1. */
int nip_get(struct store *, int64_t account_id, char out[19]);

/*
 * Set the NIP of staff account t (nip normalised, "" to remove) as
 * actor: a superadmin, or an admin of t's unit (account_may_admin());
 * one transaction with the audit event akun.nip (note: before -> after).
 * 0; 1 not allowed (nothing written); -1 storage error.
 */
int nip_set(struct store *, const struct account *actor,
    const struct account *t, const char *nip, const char *addr);

#endif
