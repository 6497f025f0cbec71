/*
 * antrian.h: the queue of the Mal Pelayanan Publik (issue 16, the
 * antrian module; tables antrian_*, migration 0026).
 *
 * A site (lokasi, e.g. MPP-SIAK) hosts tenant agencies, each with
 * services and counters (loket).  A ticket gets the number PREFIX-NNN of
 * its service on its WIB day, taken from the numbering row inside the
 * issuing transaction, so numbers are never duplicated or skipped, also
 * with several servers on one database.  States: menunggu -> dipanggil
 * -> dilayani -> selesai, or batal, tidak_hadir.  Order: first come
 * first served by check-in time, with the priority group (lansia,
 * disabilitas, ibu hamil/membawa balita) first but capped: at most one
 * priority call among any three consecutive calls of a counter.  Every
 * change is one transaction with its audit event; a refused change
 * writes nothing.
 */
#ifndef PAMONG_ANTRIAN_H
#define PAMONG_ANTRIAN_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "lib/form.h"
#include "antrian_data.h"
#include "aturan.h" /* antrian_tanggal() and the pure rules */

struct store;
struct account;

/* Why an operation was refused (antrian_err_*() map it for answers). */
enum antrian_err {
	ANTRIAN_OK = 0,
	ANTRIAN_E_STORE,	  /* 500: storage failure */
	ANTRIAN_E_INPUT,	  /* 422: a field missing or malformed */
	ANTRIAN_E_LOKASI,	  /* 404: unknown site */
	ANTRIAN_E_LAYANAN,	  /* 422: unknown service at the site */
	ANTRIAN_E_LOKET,	  /* 404: unknown counter at the site */
	ANTRIAN_E_TIKET,	  /* 404: unknown ticket */
	ANTRIAN_E_KOSONG,	  /* 404: nobody waits for the counter */
	ANTRIAN_E_KUOTA,	  /* 409: the session's quota is used up */
	ANTRIAN_E_TUTUP,	  /* 409: outside hours or after the cut-off */
	ANTRIAN_E_BATAS,	  /* 429: too many tickets from one address */
	ANTRIAN_E_KIOS,		  /* 403: kiosk token of another site */
	ANTRIAN_E_WEWENANG,	  /* 403: not an officer of this counter */
	ANTRIAN_E_STATUS,	  /* 409: the ticket's state forbids it */
	ANTRIAN_E_LOKET_LAIN,	  /* 422: a ticket of another counter */
	ANTRIAN_E_SIBUK,	  /* 409: the counter still has a ticket */
	ANTRIAN_E_JEDA,		  /* 409: the counter is paused */
	ANTRIAN_E_HADIR,	  /* 409: no-show needs a recall first */
	ANTRIAN_E_ALIH,		  /* 422: bad transfer target */
	ANTRIAN_E_JENDELA,	  /* 422: booking day or session not open */
	ANTRIAN_E_GANDA,	  /* 409: an active booking exists already */
	ANTRIAN_E_NIK,		  /* 422: the account has no verified NIK */
	ANTRIAN_E_CHECKIN,	  /* 409: outside the check-in window */
	ANTRIAN_E_PESANAN,	  /* 404: unknown booking code */
	ANTRIAN_E_PESANAN_STATUS, /* 409: booking not active */
	ANTRIAN_E_PERMOHONAN,	  /* 422: no such application of this
				     applicant/service, or closed */
	ANTRIAN_E_LIBUR,	  /* 409/422: the date is a holiday */
	ANTRIAN_E_HARI_TUTUP,	  /* 422: the site has no hours that day */
	ANTRIAN_E_ADMIN,	  /* 403: not an admin of the owning unit */
};

/*
 * Whether date ("YYYY-MM-DD") is a holiday in Pamong's calendar
 * (hari_libur of the alur module, edited by the admin) at a site that
 * enforces its hours; a site that does not (jam_berlaku 0) is never
 * closed.  1 a holiday, 0 not (also when the calendar cannot be read:
 * the site's hours still hold).
 */
int antrian_libur(struct store *, const struct antrian_lokasi *,
    const char *tanggal);

/* HTTP status, API code (galat.kode) and Indonesian message of e. */
int antrian_err_status(enum antrian_err e);
const char *antrian_err_kode(enum antrian_err e);
const char *antrian_err_pesan(enum antrian_err e);

/* Tickets taken without a kiosk token, per address per hour. */
#define ANTRIAN_BATAS_ALAMAT 5
/*
 * A holder who booked online is reminded once when a call leaves at most
 * this many people ahead of their ticket (antrian_panggil()).
 */
#define ANTRIAN_INGAT_DEPAN 3
/* Calls (first call plus recalls) before a no-show may be recorded. */
#define ANTRIAN_PANGGIL_MIN 2

/* What a ticket request carries. */
struct antrian_ambil {
	const char *lokasi;	/* site code */
	const char *layanan;	/* service code at the site */
	int prioritas;		/* priority group */
	const char *kios_token; /* a kiosk's Bearer token, or NULL */
	const char *addr;	/* the client's address (throttle) */
};

/*
 * Issue a ticket: checks the site, the service, the kiosk token (which
 * must be of this site; then never throttled), else the per-address
 * throttle (ANTRIAN_BATAS_ALAMAT an hour), the hours and cut-off when
 * the site enforces them, and the quota of the session (pagi before
 * 12.00 WIB, siang after); then in one transaction raises the numbering
 * row, inserts the ticket and its audit event "antrian.ambil".  On
 * ANTRIAN_OK *t is the ticket and *di_depan the number of people ahead
 * of it for its service.  Nothing is written on any refusal.
 */
enum antrian_err antrian_ambil(struct store *, const struct antrian_ambil *,
    time_t now, struct antrian_tiket *t, int *di_depan);

/*
 * Call the next ticket for counter loket of site lokasi, as actor (a
 * counter officer of the counter's agency unit, or one on duty at the
 * counter): refuses a paused counter (E_JEDA) and a counter that still
 * has a ticket called or in service (E_SIBUK); E_KOSONG when nobody
 * waits.  The ticket becomes dipanggil at the counter, with a display
 * event and audit "antrian.panggil", and the holders of the service's
 * next waiting tickets who booked online are reminded once
 * (ANTRIAN_INGAT_DEPAN), in one transaction.
 */
enum antrian_err antrian_panggil(struct store *, const struct account *actor,
    const char *addr, const char *lokasi, int loket, time_t now,
    struct antrian_tiket *t);

/* What an officer does to the ticket at their counter. */
enum antrian_aksi {
	ANTRIAN_ULANG = 1,   /* recall: dipanggil, called again */
	ANTRIAN_MULAI,	     /* dipanggil -> dilayani */
	ANTRIAN_SELESAI,     /* dilayani -> selesai */
	ANTRIAN_TIDAK_HADIR, /* dipanggil -> tidak_hadir (after a recall) */
	ANTRIAN_BATAL,	     /* menunggu/dipanggil -> batal */
	ANTRIAN_ALIH,	     /* dipanggil/dilayani -> menunggu at another
			      counter or service, keeping its place */
};

/* "ulang", "mulai", ... to the action; 0 unknown. */
enum antrian_aksi antrian_aksi_parse(const char *);

/*
 * Act on ticket nomor (today's, at site lokasi) from counter loket as
 * actor.  The ticket must be of this counter (called or served there, or
 * for ALIH/BATAL waiting for one of its services), else E_LOKET_LAIN;
 * in the right state, else E_STATUS.  ALIH: ke_loket (another counter
 * serving the ticket's service) or ke_layanan (a service code of the
 * site) names the target, exactly one.  One transaction with the audit
 * event "antrian.<aksi>" (and a display event for ULANG).  *t (may be
 * NULL) gets the ticket after the change.
 */
enum antrian_err antrian_act(struct store *, const struct account *actor,
    const char *addr, const char *lokasi, int loket, const char *nomor,
    enum antrian_aksi aksi, int ke_loket, const char *ke_layanan, time_t now,
    struct antrian_tiket *t);

/*
 * Bind ticket tnomor, called or in service at counter loket, to
 * application permohonan (its number): a submitted application of the
 * ticket's catalog service that actor may see (permohonan_visible()),
 * e.g. one the officer just registered for a walk-in citizen, or the one
 * the citizen brings.  E_PERMOHONAN otherwise.  Audit "antrian.kait" in
 * one transaction.  *t (may be NULL) the ticket after it.
 */
enum antrian_err antrian_kait(struct store *, const struct account *actor,
    const char *addr, const char *lokasi, int loket, const char *tnomor,
    const char *permohonan, time_t now, struct antrian_tiket *t);

/*
 * Pause counter loket with a reason (1..ANTRIAN_JEDA_MAX characters, one
 * line), or open it again with alasan NULL or "".  Audit "antrian.jeda"
 * or "antrian.buka".
 */
enum antrian_err antrian_jeda(struct store *, const struct account *actor,
    const char *addr, const char *lokasi, int loket, const char *alasan,
    time_t now);

/* Whether actor may work at counter l (officer of its unit, or on duty). */
int antrian_may_serve(struct store *, const struct account *actor,
    const struct antrian_loket *l);

/* ---- online bookings (pesan.c) ---- */

/*
 * Book session sesi ("pagi"/"siang") of service layanan at site lokasi on
 * WIB day tanggal for actor, a citizen with a verified NIK (E_NIK
 * otherwise): within the booking window (today .. ANTRIAN_PESAN_HARI
 * days ahead; for today, not after the session's check-in window when
 * the site enforces hours), within the session's quota (its tickets and
 * open bookings), and one active booking per NIK per service per day
 * (E_GANDA).  The NIK is stored as HMAC-SHA256(key, NIK) and its last 4
 * digits.  permohonan (NULL or "": none) binds the booking to the
 * actor's own submitted, still open application for the same catalog
 * service (else E_PERMOHONAN); its ticket carries it, so the officer at
 * the counter opens the case directly.  One transaction with audit
 * "antrian.pesan".  *p the booking.
 */
enum antrian_err antrian_pesan_buat(struct store *, const unsigned char key[32],
    const struct account *actor, const char *lokasi, const char *layanan,
    const char *tanggal, const char *sesi, const char *permohonan,
    const char *addr, time_t now, struct antrian_pesanan *p);

/*
 * Check in booking kode at the site (kios_token, when given, must be a
 * kiosk of the booking's site: E_KIOS): on the booking's day and, when
 * the site enforces hours, inside its check-in window (E_CHECKIN); the
 * booking must be active (E_PESANAN_STATUS).  It becomes a ticket at
 * the end of the line (check-in time now), no quota or throttle; audit
 * "antrian.checkin"; one transaction.
 */
enum antrian_err antrian_checkin(struct store *, const char *kode,
    const char *kios_token, const char *addr, time_t now,
    struct antrian_tiket *t, int *di_depan);

/*
 * Cancel booking kode as actor, its owner (another's reads as
 * E_PESANAN): only an active one (E_PESANAN_STATUS); audit
 * "antrian.pesan_batal"; frees the place in the quota and the NIK's
 * booking for that service and day.
 */
enum antrian_err antrian_pesan_batal(struct store *,
    const struct account *actor, const char *kode, const char *addr,
    time_t now);

/*
 * The active bookings of account a from today (WIB at now) on, at most
 * 20 by date: fn(arg, booking) for each.  0, or -1 on a storage error.
 */
int antrian_pesan_milik(struct store *, const struct account *a, time_t now,
    void (*fn)(void *, const struct antrian_pesanan *), void *arg);

/* Booking by code: 0, 1 unknown, -1 error. */
int antrian_pesan_get(struct store *, const char *kode,
    struct antrian_pesanan *);

/*
 * The job "antrian.kedaluwarsa": active bookings of past days, and of
 * today's sessions whose check-in window has closed at sites enforcing
 * hours, expire; one transaction with audit when any did.  The number,
 * or -1.
 */
int antrian_pesan_tick(struct store *, const char *data_dir, time_t now);

/* ---- reads ---- */

/* Whether ticket nomor was called to counter loket in the last 24 hours
 * before now (at any site): 1, 0, -1. */
int antrian_dipanggil(struct store *, const char *nomor, int loket, time_t now);

/* Site by code: 0, 1 unknown, -1 error. */
int antrian_lokasi_get(struct store *, const char *kode,
    struct antrian_lokasi *);
/* Counter nomor of a site: 0, 1 unknown, -1 error. */
int antrian_loket_get(struct store *, int64_t lokasi_id, int nomor,
    struct antrian_loket *);
/*
 * Ticket by its follow code: 0, 1 unknown, -1 error; *di_depan (may be
 * NULL) the people ahead of it while it waits, else 0.
 */
int antrian_tiket_by_kode(struct store *, const char *kode,
    struct antrian_tiket *, int *di_depan);
/* The active services of a site, by code, to fn.  0 or -1. */
int antrian_layanan_each(struct store *, int64_t lokasi_id,
    void (*fn)(void *, const struct antrian_layanan *), void *arg);
/*
 * The counters of a site, by number, to fn with the ticket called or
 * served there now (NULL if none).  0 or -1.
 */
int antrian_loket_each(struct store *, int64_t lokasi_id, const char *tanggal,
    void (*fn)(void *, const struct antrian_loket *,
	const struct antrian_tiket *),
    void *arg);
/*
 * The calls of site lokasi_id after event id sejak, oldest first, at
 * most max (sejak < 0: the last max calls of WIB day tanggal).  0 or -1.
 */
int antrian_panggilan_each(struct store *, int64_t lokasi_id, int64_t sejak,
    const char *tanggal, int max,
    void (*fn)(void *, const struct antrian_panggilan *), void *arg);
/* How many wait (menunggu) at site lokasi_id today for service layanan_id
 * (0: every service).  -1 on error. */
int antrian_menunggu(struct store *, int64_t lokasi_id, int64_t layanan_id,
    const char *tanggal);

/* The ticket called or served at counter loket_id on WIB day tanggal:
 * 0, 1 none, -1 error. */
int antrian_loket_tiket(struct store *, int64_t loket_id, const char *tanggal,
    struct antrian_tiket *);

/*
 * The counters actor may work at (antrian_may_serve()), by site and
 * number, to fn.  0 or -1.
 */
int antrian_loket_milik(struct store *, const struct account *actor,
    void (*fn)(void *, const struct antrian_loket *), void *arg);

/*
 * Register a kiosk device of site lokasi: a random token into token
 * (TOKEN_LEN + 1 bytes, lib/token.h) of which only the SHA-256 is
 * stored; audit "antrian.kios_tambah".  ANTRIAN_OK, E_LOKASI or E_STORE.
 */
enum antrian_err antrian_kios_add(struct store *, const char *lokasi,
    const char *nama, time_t now, char *token);

/*
 * `pamong init --demo`: the MPP of Siak (MPP-SIAK) with its tenant
 * agencies (Disdukcapil, DPMPTSP, Samsat, BPJS Kesehatan), services
 * (the Disdukcapil catalog services DUK-01..DUK-05 and others), counters
 * 1..6, opening hours Monday to Friday, quotas, marked demo; hours are
 * not enforced (jam_berlaku 0) so the demo answers at any hour.  Leaves
 * an existing site alone.  Returns 1 made, 0 already there, -1 failure.
 */
int antrian_demo_seed(struct store *, time_t now);

/*
 * The settings of site kode as an administrator edits them (atur.c):
 * name (2..160 characters), address (up to 300), the daily issuing
 * cut-off "HH:MM" or "" (none), whether hours are enforced, and per day
 * of the week (0 Senin ... 6 Minggu) opening and closing "HH:MM", both
 * "" when closed that day.
 */
struct antrian_atur_lokasi {
	const char *nama, *alamat, *batas;
	int jam_berlaku;
	const char *buka[7], *tutup[7];
};

/*
 * Store the settings of site kode: the site serves several agencies, so
 * only a regency administrator (superadmin) may (ANTRIAN_E_ADMIN).
 * Every field checked first (errs names them: nama, alamat, batas,
 * buka1..7/tutup1..7; ANTRIAN_E_INPUT, nothing written); then one
 * transaction: the site, its hours and the audit event
 * antrian.atur_lokasi.  ANTRIAN_E_LOKASI for an unknown site.
 */
enum antrian_err antrian_lokasi_atur(struct store *,
    const struct account *actor, const char *addr, const char *kode,
    const struct antrian_atur_lokasi *in, struct field_errs *errs);

/*
 * Store the quotas per session ("0".."9999", 0 no limit) and whether
 * service layanan of site lokasi takes tickets and bookings.  Allowed
 * to an administrator of the agency's Pamong unit, or a superadmin (an
 * outside agency's services: superadmin only; ANTRIAN_E_ADMIN).
 * ANTRIAN_E_INPUT with errs (kuota_pagi, kuota_siang), ANTRIAN_E_LOKASI,
 * ANTRIAN_E_LAYANAN; one transaction with the audit event
 * antrian.atur_layanan.
 */
enum antrian_err antrian_layanan_atur(struct store *,
    const struct account *actor, const char *addr, const char *lokasi,
    const char *layanan, const char *kuota_pagi, const char *kuota_siang,
    int aktif, struct field_errs *errs);

/* The services of a site by code, the inactive ones too (admin pages). */
int antrian_layanan_semua(struct store *, int64_t lokasi_id,
    void (*fn)(void *, const struct antrian_layanan *), void *arg);
/* Every site, by code, to fn(arg, kode, nama).  0 or -1. */
int antrian_lokasi_each(struct store *,
    void (*fn)(void *, const char *kode, const char *nama), void *arg);

#endif
