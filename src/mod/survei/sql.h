/*
 * sql.h: the survei module's SQL (issue 13), private to the module.
 * Each function runs one statement with bound parameters; the callers
 * keep the rules, transactions and audit events.  The readers with a
 * callback call fn once per row, in the order of the query (a row's
 * pointers are valid during fn only).
 */
#ifndef PAMONG_SURVEI_SQL_H
#define PAMONG_SURVEI_SQL_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "ikm.h"

struct store;
struct survei_undangan;
struct survei_layanan;

/* Invitation id of account_id into *u (see survei_undangan_get()). */
int survei_sql_undangan_get(struct store *, int64_t id, int64_t account_id,
    struct survei_undangan *u);

/* The invitations of account_id, newest first, at most 200; NULL error. */
struct survei_undangan *survei_sql_undangan_list(struct store *,
    int64_t account_id, size_t *np);

/*
 * Invite the applicant of application permohonan_id (from its row: the
 * applicant, unit and service) unless it already has an invitation.
 * 1 invited, 0 already invited, -1 store error.
 */
int survei_sql_undangan_insert(struct store *, int64_t permohonan_id);

/*
 * Tell the applicant of permohonan_id in-app about its open invitation
 * (notifikasi row, link /survei/<id>).  0 or -1.
 */
int survei_sql_undangan_notify(struct store *, int64_t permohonan_id);

/* Mark invitation id of account_id answered if it was not.  0 or error. */
int survei_sql_undangan_answer(struct store *, int64_t id, int64_t account_id,
    time_t now);

/* The invitation of queue ticket kode into *u (see survei_tiket_get()). */
int survei_sql_tiket_get(struct store *, const char *kode,
    struct survei_undangan *u);

/* Invite the holder of ticket kode (number nomor) for layanan_id of
 * unit_id unless it is already invited.  0 or error. */
int survei_sql_tiket_insert(struct store *, const char *kode, const char *nomor,
    int64_t unit_id, int64_t layanan_id, time_t now);

/* Mark the invitation of ticket kode answered if it was not.  0 or error. */
int survei_sql_tiket_answer(struct store *, const char *kode, time_t now);

/* Insert one anonymous answer row (unanswered elements 0).  0 or error. */
int survei_sql_jawaban_insert(struct store *, const char *sumber,
    int64_t unit_id, int64_t layanan_id, const char *periode,
    const int u[IKM_UNSUR], const char *integritas, const char *saran);

/* The active services unit_id provides, by code; NULL on error. */
struct survei_layanan *survei_sql_layanan_unit(struct store *, int64_t unit_id,
    size_t *np);

/*
 * The answers of unit_id and layanan_id (0: all): fn(arg, periode, u)
 * with unanswered elements 0.  0, or -1 on a store error.
 */
int survei_sql_jawaban_each(struct store *, int64_t unit_id, int64_t layanan_id,
    void (*fn)(void *, const char *, const int[IKM_UNSUR]), void *arg);

/*
 * Applications of unit_id and layanan_id (0: all) finished "selesai",
 * counted per local month: fn(arg, "YYYY-MM", n).  0, or -1.
 */
int survei_sql_pengguna_each(struct store *, int64_t unit_id,
    int64_t layanan_id, void (*fn)(void *, const char *, int64_t), void *arg);

/* Unit by code: id, code, name; 1, 0 when unknown, -1 store error. */
int survei_sql_unit_by_code(struct store *, const char *code, int64_t *idp,
    char *ccode, size_t codelen, char *name, size_t namelen);

/* Service by code: id, code, name; 1, 0 when unknown, -1 store error. */
int survei_sql_layanan_by_code(struct store *, const char *code, int64_t *idp,
    char *ccode, size_t codelen, char *name, size_t namelen);

/* The active units, OPD, kecamatan, then others, by name: fn(code, name). */
void survei_sql_units_each(struct store *,
    void (*fn)(void *, const char *, const char *), void *arg);

/*
 * The answers of unit_id and layanan_id (0: all) as the 15 CSV columns,
 * sorted by content: fn(arg, v).  0, or -1 when the query cannot run.
 */
int survei_sql_jawaban_csv(struct store *, int64_t unit_id, int64_t layanan_id,
    void (*fn)(void *, const char *const v[15]), void *arg);

/*
 * The invitation of account_id for application permohonan_id: *idp (0 if
 * none) and *answeredp (its answer time, 0 if not answered).
 */
void survei_sql_undangan_of(struct store *, int64_t permohonan_id,
    int64_t account_id, int64_t *idp, int64_t *answeredp);

#endif
