/*
 * sql.h: every SQL statement of the antrian module (sql.c), private to
 * the module.  Return conventions as in store.h: 0 ok, -1 failure;
 * lookups 0 found, 1 not found, -1 error.
 */
#ifndef PAMONG_ANTRIAN_SQL_H
#define PAMONG_ANTRIAN_SQL_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "antrian_data.h"

struct store;

/* site by code, with its opening hours */
int antrian_sql_lokasi(struct store *, const char *kode,
    struct antrian_lokasi *);
/* service by code at a site; by id */
int antrian_sql_layanan(struct store *, int64_t lokasi_id, const char *kode,
    struct antrian_layanan *);
/* kiosk by token hash: its id (0 unknown or inactive), its site in
 * *lokasi_id; -1 error */
int64_t antrian_sql_kios(struct store *, const char *hash, int64_t *lokasi_id);
/* tickets taken from addr since 'since' (no kiosk) */
int64_t antrian_sql_batas_count(struct store *, const char *addr,
    int64_t since);
/* count one ticket for addr at now, forgetting that address's rows
 * before 'forget' (in the caller's transaction) */
int antrian_sql_batas_add(struct store *, const char *addr, int64_t now,
    int64_t forget);
/* tickets of a service in a session of a day (any state but batal) */
int64_t antrian_sql_sesi_count(struct store *, int64_t layanan_id,
    const char *tanggal, const char *sesi);
/* raise the numbering row of a service's day; the new number or -1 */
int antrian_sql_urut_next(struct store *, int64_t layanan_id,
    const char *tanggal);
/* the latest check-in time at a site on a day (0 none), -1 error */
int64_t antrian_sql_diambil_max(struct store *, int64_t lokasi_id,
    const char *tanggal);
/* insert t (id set on success) */
int antrian_sql_tiket_insert(struct store *, struct antrian_tiket *t);
/* people ahead of waiting ticket t for its service */
int64_t antrian_sql_di_depan(struct store *, const struct antrian_tiket *t);
/* counter by number at a site; by id */
int antrian_sql_loket(struct store *, int64_t lokasi_id, int nomor,
    struct antrian_loket *);
int antrian_sql_loket_id(struct store *, int64_t id, struct antrian_loket *);
/* whether account is on duty at counter: 1, 0, -1 */
int antrian_sql_petugas(struct store *, int64_t loket_id, int64_t account_id);
/* whether counter serves service: 1, 0, -1 */
int antrian_sql_loket_serves(struct store *, int64_t loket_id,
    int64_t layanan_id);
/* the ticket called or in service at a counter on a day: 0, 1, -1 */
int antrian_sql_loket_tiket(struct store *, int64_t loket_id,
    const char *tanggal, struct antrian_tiket *);
/* priority tickets among the last two first calls of a counter on a day */
int64_t antrian_sql_prio_terakhir(struct store *, int64_t loket_id,
    int64_t since);
/* the next waiting ticket for a counter (prio -1 any, 0 or 1 only that
 * group): its id, 0 none, -1 error */
int64_t antrian_sql_next(struct store *, int64_t lokasi_id, const char *tanggal,
    int64_t loket_id, int prio);
/* ticket by id / by number of a site's day / by follow code */
int antrian_sql_tiket_id(struct store *, int64_t id, struct antrian_tiket *);
int antrian_sql_tiket_nomor(struct store *, int64_t lokasi_id,
    const char *tanggal, const char *nomor, struct antrian_tiket *);
int antrian_sql_tiket_kode(struct store *, const char *kode,
    struct antrian_tiket *);
/* write t's state fields if the row is still in state old: 0 written,
 * 1 the state changed meanwhile, -1 error */
int antrian_sql_tiket_set(struct store *, const struct antrian_tiket *t,
    const char *old);
/* append a display event */
int antrian_sql_panggilan_add(struct store *, const struct antrian_tiket *t,
    int loket_nomor, int ulang, int64_t at);
/* whether ticket nomor was called to counter loket_nomor since 'since':
 * 1, 0, -1 */
int antrian_sql_dipanggil(struct store *, const char *nomor, int loket_nomor,
    int64_t since);
/* set a counter's pause reason ("" open) */
int antrian_sql_loket_jeda(struct store *, int64_t loket_id, const char *jeda);
int antrian_sql_kios_add(struct store *, int64_t lokasi_id, const char *hash,
    const char *nama, int64_t now);
int antrian_sql_layanan_each(struct store *, int64_t lokasi_id,
    void (*fn)(void *, const struct antrian_layanan *), void *arg);
int antrian_sql_loket_each(struct store *, int64_t lokasi_id,
    void (*fn)(void *, const struct antrian_loket *), void *arg);
/* counters of an agency unit (unit_id 0: none) or with account on duty */
int antrian_sql_loket_akun(struct store *, int64_t unit_id, int64_t account_id,
    void (*fn)(void *, const struct antrian_loket *), void *arg);
int antrian_sql_panggilan_each(struct store *, int64_t lokasi_id, int64_t sejak,
    int64_t day_start, int max,
    void (*fn)(void *, const struct antrian_panggilan *), void *arg);
int64_t antrian_sql_menunggu(struct store *, int64_t lokasi_id,
    int64_t layanan_id, const char *tanggal);

/* the tickets of a site's day for the figures, by service code: fn gets
 * service code, service name, agency name, status, and the times
 * diambil, dipanggil, dilayani, selesai (0 when not reached), kiosk 1/0 */
int antrian_sql_tiket_hari(struct store *, int64_t lokasi_id,
    const char *tanggal,
    void (*fn)(void *, const char *, const char *, const char *, const char *,
	const int64_t *, int),
    void *arg);

/* bind ticket tiket_id to application permohonan_id (0 unbinds) */
int antrian_sql_tiket_permohonan(struct store *, int64_t tiket_id,
    int64_t permohonan_id);
/*
 * Among the first max waiting tickets of a service on a day (in call
 * order), those checked in from a booking with an account and not yet
 * reminded, into *out (at most ANTRIAN_INGAT_MAX).  0 or -1.
 */
int antrian_sql_ingat(struct store *, int64_t lokasi_id, int64_t layanan_id,
    const char *tanggal, int max, struct antrian_ingat *out);
/* mark ticket tiket_id reminded at 'at' */
int antrian_sql_ingat_set(struct store *, int64_t tiket_id, int64_t at);

/* ---- online bookings ---- */
/* active bookings of a service's session on a day */
int64_t antrian_sql_pesan_count(struct store *, int64_t layanan_id,
    const char *tanggal, const char *sesi);
/* whether an active booking of nik_hmac for the service and day exists */
int64_t antrian_sql_pesan_ada(struct store *, const char *nik_hmac,
    int64_t layanan_id, const char *tanggal);
int antrian_sql_pesan_insert(struct store *, struct antrian_pesanan *);
/* fn(arg, booking) for each active booking of account_id on day dari or
 * later, by date, at most 20; 0, -1 */
int antrian_sql_pesan_milik(struct store *, int64_t account_id,
    const char *dari, void (*fn)(void *, const struct antrian_pesanan *),
    void *arg);
int antrian_sql_pesan_kode(struct store *, const char *kode,
    struct antrian_pesanan *);
/* set status (and ticket, check-in time) if still in state old: 0, 1
 * changed meanwhile, -1 */
int antrian_sql_pesan_set(struct store *, const struct antrian_pesanan *,
    const char *old);
/* expire active bookings before day 'sebelum', and those of day 'hari'
 * in session sesi (NULL: none) at sites enforcing hours; the number, -1 */
int antrian_sql_pesan_expire(struct store *, const char *sebelum,
    const char *hari, const char *sesi);

/* ---- demo seed (inside the caller's transaction); new ids or -1 ---- */
int64_t antrian_sql_unit_id(struct store *, const char *code);
/* catalog name of a service code into name ("" unknown) */
void antrian_sql_katalog_nama(struct store *, const char *code, char *name,
    size_t n);
int64_t antrian_sql_lokasi_add(struct store *, const char *kode,
    const char *nama, const char *alamat, const char *batas, int jam_berlaku,
    int demo);
int antrian_sql_jam_add(struct store *, int64_t lokasi_id, int hari,
    const char *buka, const char *tutup);
int64_t antrian_sql_instansi_add(struct store *, int64_t lokasi_id,
    const char *kode, const char *nama, int64_t unit_id);
int64_t antrian_sql_layanan_add(struct store *, int64_t lokasi_id,
    int64_t instansi_id, const char *kode, const char *nama, const char *prefix,
    int kuota_pagi, int kuota_siang);
int64_t antrian_sql_loket_add(struct store *, int64_t lokasi_id,
    int64_t instansi_id, int nomor, const char *nama);
int antrian_sql_loket_layanan_add(struct store *, int64_t loket_id,
    int64_t layanan_id);

/*
 * Whom the survey after ticket tiket_id is about: the Pamong unit of its
 * agency and the catalog service of its code, and the account that
 * booked it (0: none).  0 found; 1 none (an outside agency, a local
 * service not in the catalog); -1 store error.
 */
int antrian_sql_survei_sasaran(struct store *, int64_t tiket_id,
    int64_t *unit_id, int64_t *layanan_id, int64_t *account_id);

/* Service kode of a site, the inactive too unless aktif: 0, 1, -1. */
int antrian_sql_layanan_atur(struct store *, int64_t lokasi_id,
    const char *kode, int aktif, struct antrian_layanan *);
/* The services of a site by code, the inactive too unless aktif. */
int antrian_sql_layanan_semua(struct store *, int64_t lokasi_id, int aktif,
    void (*fn)(void *, const struct antrian_layanan *), void *arg);
/* Every site, by code.  0 or -1. */
int antrian_sql_lokasi_each(struct store *,
    void (*fn)(void *, const char *kode, const char *nama), void *arg);
/* Store a site's name, address, cut-off and jam_berlaku (by id). */
int antrian_sql_lokasi_set(struct store *, const struct antrian_lokasi *);
/* Remove a site's opening hours (before antrian_sql_jam_add()). */
int antrian_sql_jam_hapus(struct store *, int64_t lokasi_id);
/* Store a service's quotas and aktif (by id).  0 or -1. */
int antrian_sql_layanan_set(struct store *, const struct antrian_layanan *);

#endif
