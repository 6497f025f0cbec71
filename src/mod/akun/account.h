/*
 * account.h: accounts and roles.  Citizens (warga) sign up themselves;
 * staff accounts belong to one unit and are created by an admin or the CLI.
 */
#ifndef PAMONG_ACCOUNT_H
#define PAMONG_ACCOUNT_H

#include <stdint.h>
#include <time.h>

#include "lib/form.h"

struct store;

enum role {
	ROLE_WARGA		= 1u << 0,
	ROLE_OPERATOR		= 1u << 1,
	ROLE_VERIFIKATOR	= 1u << 2,
	ROLE_PENANDATANGAN	= 1u << 3,
	ROLE_KEPALA		= 1u << 4,
	ROLE_ADMIN		= 1u << 5,
	ROLE_INSPEKTORAT	= 1u << 6,
	ROLE_KOORDINATOR_SPBE	= 1u << 7,
	ROLE_PIMPINAN		= 1u << 8,
	ROLE_SUPERADMIN		= 1u << 9,
	ROLE_ADMIN_PENGADUAN	= 1u << 10,	/* complaint admin (issue 6) */
};
#define ROLE_LAST	ROLE_ADMIN_PENGADUAN
#define ROLE_STAFF	(~(unsigned)ROLE_WARGA & ((ROLE_LAST << 1) - 1))
#define ROLE_ADMINS	(ROLE_ADMIN | ROLE_SUPERADMIN)

struct account {
	int64_t		id;
	char		username[65];
	char		full_name[121];
	char		nik[17];
	char		phone[21];
	char		email[255];
	int64_t		unit_id;	/* 0 for citizens */
	char		unit_code[33];
	char		unit_name[161];
	unsigned	roles;		/* enum role bits */
	int		disabled;
	time_t		created_at;
	/* issue 12 item 5: NIK verification (src/domain/nik_verif.c) */
	int		nik_verified;	/* 1: verified, 0: only claimed */
	int64_t		warga_id;	/* staff: the person's citizen
					   account, 0 if not linked */
	char		id_nik[17];	/* verified NIK of this person: its
					   own, else the linked citizen
					   account's; "" if none */
};

/* Fields of a new account; strings may be NULL or "" when unused. */
struct account_new {
	const char	*username;
	const char	*password;
	const char	*roles;		/* comma-separated role names */
	const char	*unit_code;	/* required for staff roles */
	const char	*nik;		/* required for warga */
	const char	*full_name;
	const char	*phone;
	const char	*email;
	int		 nik_verified;	/* the creator vouches for the NIK
					   (administrator, CLI, officer) */
	const char	*warga;		/* staff: username of the person's
					   citizen account (identity link) */
};

/*
 * May actor administer (edit) an object owned by unit_id?  A superadmin
 * always; an admin only objects of their own unit.  unit_id 0 means
 * regency-wide (e.g. the template of a kampung-level service, which every
 * kampung provides): superadmin only.  1 or 0; actor NULL (CLI) is 1.
 */
int	 account_may_admin(const struct account *actor, int64_t unit_id);

/* Role name ("operator") to bit; 0 if unknown. */
unsigned	 role_parse(const char *);
/* Bit to name / Indonesian label; NULL for a bad bit. */
const char	*role_name(unsigned);
const char	*role_label(unsigned);
/* Parse "a,b,c"; 0 if empty or any name is unknown. */
unsigned	 role_parse_list(const char *);

/*
 * Validate and create an account in one transaction with its audit event
 * (actor_id 0 = system/CLI).  Returns 0 and sets *idp, or -1 with the
 * problems in errs (Indonesian, per field).  The password is hashed with
 * Argon2id; it is never stored or logged.
 */
int	 account_create(struct store *, const struct account_new *,
	    int64_t actor_id, const char *addr, struct field_errs *errs,
	    int64_t *idp);

/*
 * account_create() in two steps, for a caller that creates an account
 * inside its own transaction (issue 12 item 5: an officer's NIK
 * take-over): account_prepare() validates and hashes the password with
 * no transaction open (0, or -1 with errs); account_insert() writes the
 * rows and the audit event inside the caller's transaction (0; -1 with
 * errs when the username or NIK is taken; -2 storage failure).
 */
struct account_prep {
	unsigned	bits;
	int64_t		unit_id;
	char		hash[128];
};
int	 account_prepare(struct store *, const struct account_new *,
	    struct field_errs *, struct account_prep *);
int	 account_insert(struct store *, const struct account_new *,
	    struct account_prep *, int64_t actor_id, const char *addr,
	    struct field_errs *, int64_t *idp);

/* Load an account with its roles and unit.  0 found, -1 not found. */
int	 account_load(struct store *, int64_t id, struct account *);
int	 account_find(struct store *, const char *username, struct account *);

/*
 * Check a username/password pair.  Returns the account id (> 0) when the
 * password matches and the account is enabled, else 0.  Takes the same
 * time for unknown users (a dummy hash is verified).
 */
int64_t	 account_authenticate(struct store *, const char *username,
	    const char *password);

/* Change a password after checking the old one; ends other sessions. */
int	 account_change_password(struct store *, int64_t id, const char *old,
	    const char *new_pw, const char *keep_token_hash,
	    struct field_errs *);
/* Admin operations; each writes its audit event. */
int	 account_set_disabled(struct store *, int64_t id, int disabled,
	    int64_t actor_id, const char *addr);
int	 account_reset_password(struct store *, int64_t id, const char *new_pw,
	    int64_t actor_id, const char *addr, struct field_errs *);

/* Which accounts account_list() returns. */
struct account_filter {
	const char	*q;		/* part of username or name; NULL/"": any */
	int64_t		 unit_id;	/* 0: any unit */
	unsigned	 role;		/* one role bit; 0: any role */
	int		 disabled;	/* -1: any, 0: active only, 1: disabled only */
	int		 staff_only;	/* leave citizens (warga) out */
	int		 limit;		/* 1..500 */
	int		 offset;
};

/*
 * Accounts matching f, ordered by username, with roles and unit (never the
 * password hash; nik is left empty).  Returns a new array of *np accounts
 * (the caller frees it; non-NULL even when empty) and, when totalp is not
 * NULL, the number of matches ignoring limit and offset.  NULL on a
 * storage error.
 */
struct account	*account_list(struct store *, const struct account_filter *,
		    int *np, int64_t *totalp);

/* Password policy: NULL if acceptable, else an Indonesian message. */
const char *password_check(const char *);
/* Argon2id hash into out (crypto_pwhash_STRBYTES); 0 on success. */
int	 password_hash(const char *pw, char out[128]);

#endif
