/*
 * nik_verif.h: a NIK on an account is claimed until it is verified
 * (issue 12 item 5; doc/operations.md "Verifikasi NIK").
 *
 * Paths to "verified": an administrator or the CLI creates the account
 * with the NIK (account_new.nik_verified); an office officer checks the
 * KTP-el in person (nikv_verify); the officer who verifies an application
 * confirms the uploaded KTP (nikv_verify_tx inside permohonan_act); the
 * external verifier answers with a score at or above its threshold
 * (nikv_ext_check, from the CLI).  A letter is signed only for a verified
 * NIK, and the real owner can take a squatted NIK back at an office
 * (nikv_takeover).
 */
#ifndef PAMONG_NIK_VERIF_H
#define PAMONG_NIK_VERIF_H
#include <stddef.h>
#include <stdint.h>
#include <time.h>

struct store;
struct account;
struct account_new;

/* Results of the functions below. */
#define NIKV_OK 0
#define NIKV_NOT_FOUND (-1) /* no such account */
#define NIKV_FORBIDDEN (-2) /* not an office officer / own NIK */
#define NIKV_CONFLICT (-3)  /* state does not allow it */
#define NIKV_INVALID (-4)   /* bad input */
#define NIKV_STORAGE (-5)

/*
 * May acct verify NIKs at an office: role operator or verifikator in a
 * kampung/kelurahan unit or in DISDUKCAPIL?  1 or 0.
 */
int nikv_office(struct store *, const struct account *);

/*
 * Find an account by NIK (16 digits) or username.  0 found, -1 not.
 * The NIK of the account is filled (the caller is an office officer).
 */
int nikv_find(struct store *, const char *q, struct account *);

/* How and when a's NIK was verified ("" / 0 when claimed). */
int nikv_info(struct store *, int64_t account_id, char *via, size_t, time_t *at,
    char *by, size_t);

/*
 * Mark account_id's NIK verified inside the caller's transaction, with
 * its audit event "akun.nik_verifikasi" (via: kantor, permohonan,
 * dukcapil; ref: e.g. the application's nomor, may be NULL).  Does
 * nothing (0) when it is verified already.  0 or -1.
 */
int nikv_verify_tx(struct store *, const struct account *officer,
    int64_t account_id, const char *via, const char *ref, const char *addr,
    time_t now);

/*
 * An office officer marks account_id's NIK verified after checking the
 * KTP-el in person (one transaction with its audit event).  Returns
 * NIKV_OK or an error with *why (Indonesian).
 */
int nikv_verify(struct store *, const struct account *officer,
    int64_t account_id, const char *addr, time_t now, const char **why);

/*
 * The owner of nik takes it back at an office.  The account holding it
 * (claimed, not verified) loses it and is disabled pending review; the
 * NIK goes, verified, to the account named target (a username: an
 * enabled account without NIK) or, when target is NULL or "", to a new
 * citizen account made from baru (baru->nik is ignored: nik is used).
 * An Inspektorat case is opened.  All in one transaction with audit
 * events "akun.nik_dicabut", "akun.nonaktifkan", "akun.buat" (new
 * account), "akun.nik_verifikasi", "kasus.buka".  alasan: the officer's
 * statement, 10-1000 characters.  Returns NIKV_OK (kasus gets the case
 * number, *new_id the receiving account) or an error with *why; field
 * errors of a new account go to fe.
 */
struct field_errs;
int nikv_takeover(struct store *, const struct account *officer,
    const char *nik, const char *target, const struct account_new *baru,
    const char *alasan, const char *addr, time_t now, char *kasus,
    size_t kasuslen, int64_t *new_id, struct field_errs *fe, const char **why);

/*
 * The external verifier (Dukcapil web service shape), off by default.
 * DATA/dukcapil.conf, lines "key = value" ('#' comments):
 *	perintah = /usr/local/libexec/pamong-dukcapil	(required)
 *	ambang = 90				(score needed, 1-100)
 * Off (0) when the file is missing.  The command gets on stdin
 *	{"nik":"...","nama":"...","tanggal_lahir":"YYYY-MM-DD"}
 * and writes on stdout {"skor": 0-100} (optionally "keterangan": text);
 * it must exit 0 within 20 seconds.
 */
struct nikv_ext {
	char command[512];
	int threshold;
};
/* 1 configured, 0 off (no file), -1 bad file (err says why). */
int nikv_ext_load(const char *data_dir, struct nikv_ext *, char *err, size_t);
/* Run the command: 0 with *score, or -1 (err says why). */
int nikv_ext_query(const struct nikv_ext *, const char *nik, const char *nama,
    const char *lahir, int *score, char *err, size_t);
/*
 * Check account_id's claimed NIK with the external verifier on behalf of
 * officer: every call is first written to the citizen's data-access log
 * (akses_data, with its audit event); a score at or above the threshold
 * verifies the NIK (via "dukcapil").  lahir: YYYY-MM-DD, must agree with
 * the NIK's birth date.  Returns NIKV_OK (*score set, *verified 1 when it
 * verified), or an error with why (valid until the next call).
 */
int nikv_ext_check(struct store *, const char *data_dir,
    const struct account *officer, int64_t account_id, const char *lahir,
    const char *addr, time_t now, int *score, int *verified, const char **why);

/*
 * Is the NIK on application id's applicant account verified and still
 * the one the application was made with?  1 yes, 0 no, -1 storage.
 */
int nikv_applicant_ok(struct store *, int64_t permohonan_id);

#endif
