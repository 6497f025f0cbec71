/*
 * sql.h: every SQL statement of the perizinan module (sql.c), private
 * to the module.  Return conventions as in store.h.
 */
#ifndef PAMONG_PERIZINAN_SQL_H
#define PAMONG_PERIZINAN_SQL_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

struct store;
struct izin;
struct usaha;
struct skrd;
struct perizinan_open;
struct izin_habis;

/* Name of kecamatan code into name; 0 found, 1 not a kecamatan, -1. */
int perizinan_sql_kecamatan(struct store *, const char *code, char *name,
    size_t namelen);
/* Insert in (inside the caller's transaction); 0, 1 duplicate, -1. */
int perizinan_sql_izin_insert(struct store *, const struct izin *in,
    time_t now);
/*
 * Revoke nomor (inside the caller's transaction): 0 done, 1 unknown,
 * 2 already revoked, -1.
 */
int perizinan_sql_izin_cabut(struct store *, const char *nomor,
    const char *alasan, time_t now);
/*
 * Registry rows matching q ("" all), newest first, at most max; status
 * computed against today (YYYY-MM-DD).  0 or -1.
 */
int perizinan_sql_izin_cari(struct store *, const char *q, const char *today,
    size_t max, struct izin **out, size_t *n);
/*
 * Counts per permit type of the registry, by status against today
 * (YYYY-MM-DD): fn(arg, jenis_kode, jenis, berlaku, kedaluwarsa, dicabut)
 * per type, in code order.  0 or -1.
 */
int perizinan_sql_izin_rekap(struct store *, const char *today,
    void (*fn)(void *, const char *, const char *, int64_t, int64_t, int64_t),
    void *arg);

/* Id of the business with nib: > 0, 0 none, -1 error. */
int64_t perizinan_sql_usaha_id(struct store *, const char *nib);
/* Does account_id act for business id?  1, 0, or -1. */
int perizinan_sql_usaha_is_kuasa(struct store *, int64_t id,
    int64_t account_id);
/* Insert u and make account_id act for it (caller's transaction); 0, -1. */
int perizinan_sql_usaha_insert(struct store *, const struct usaha *u,
    int64_t account_id, time_t now);
/* Update business id from u (caller's transaction); 0 or -1. */
int perizinan_sql_usaha_update(struct store *, int64_t id,
    const struct usaha *u, time_t now);
/* Let account_id act for business id (caller's transaction); 0 or -1. */
int perizinan_sql_usaha_kuasa_add(struct store *, int64_t id,
    int64_t account_id, time_t now);
/* The businesses account_id acts for, by name, at most max; 0 or -1. */
int perizinan_sql_usaha_milik(struct store *, int64_t account_id, size_t max,
    struct usaha **out, size_t *n);

/* The SKRD numbered nomor / of application id: 0, 1 none, -1. */
int perizinan_sql_skrd_nomor(struct store *, const char *nomor,
    struct skrd *out);
int perizinan_sql_skrd_permohonan(struct store *, int64_t id, struct skrd *out);
/*
 * Insert k (caller's transaction), giving it the next number of year
 * tahun in k->nomor: 0, 1 the application has one already, -1.
 */
int perizinan_sql_skrd_insert(struct store *, struct skrd *k, int tahun,
    int64_t actor_id);
/* Record the payment of nomor once: 0 done, 1 already paid / none, -1. */
int perizinan_sql_skrd_bayar(struct store *, const char *nomor,
    const char *referensi, int64_t actor_id, time_t now);
/* Has the timer marked application id with jenis?  1 or 0. */
int perizinan_sql_tenggat_has(struct store *, int64_t id, const char *jenis);
/* Mark it (caller's transaction): 0 done, 1 marked before, -1. */
int perizinan_sql_tenggat_insert(struct store *, int64_t id, const char *jenis,
    time_t now, int used);
/*
 * The open (submitted, undecided) applications, handled by unit_id
 * (0: any) and of applicant pemohon_id (0: any), oldest first, into *out
 * (caller frees): 0 or -1.
 */
int perizinan_sql_open(struct store *, int64_t unit_id, int64_t pemohon_id,
    struct perizinan_open **out, size_t *n);

/*
 * Permits in force (not revoked) whose berlaku_sampai lies in
 * [today, until], soonest first, into *out (caller frees): 0 or -1.
 */
int perizinan_sql_izin_habis(struct store *, const char *today,
    const char *until, struct izin_habis **out, size_t *n);
/* Record reminder ambang of izin_id (caller's transaction): 0 done,
 * 1 sent before, -1. */
int perizinan_sql_pengingat_insert(struct store *, int64_t izin_id, int ambang,
    time_t now);
/*
 * The fiktif positif marks per catalogue service: fn(arg, st) with
 * columns (layanan code, count), by code.  0 or -1.
 */
struct store_stmt;
int perizinan_sql_fiktif_per_layanan(struct store *,
    int (*fn)(void *, struct store_stmt *), void *arg);
/* The id of the unit with code, or 0. */
int64_t perizinan_sql_unit_id(struct store *, const char *code);

#endif
