/*
 * proses.h: a permit application on the workflow engine, as the
 * perizinan module follows it (issue 17): the retribution letter (SKRD)
 * and its payment, and the legal deadline clock with fiktif positif.
 *
 * An application is a permit application when its catalogue service is
 * the "layanan" of a permit type (data/izin-jenis.json; jenis.h).
 *
 * SKRD: an officer of the unit that handles the application assesses the
 * retribution (reklame: the application's area × the zone's rate × days;
 * a type without a formula, e.g. PBG: the amount of the technical
 * assessment).  A fee of zero gives no SKRD.  The application then waits
 * for payment ("menunggu_pembayaran"): the clock stops.  An officer of
 * the unit that owns the SKRD records the payment once, with its
 * reference; the clock runs again.  Each is one transaction with its
 * audit event (izin.skrd, izin.bayar).
 */
#ifndef PAMONG_PROSES_H
#define PAMONG_PROSES_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "proses_data.h"

struct store;
struct account;

enum skrd_err {
	SKRD_OK = 0,
	SKRD_NOT_FOUND,	 /* no such application or SKRD (or not visible) */
	SKRD_FORBIDDEN,	 /* not an officer of the owning unit */
	SKRD_BUKAN_IZIN, /* the service is no permit type */
	SKRD_TUTUP,	 /* a draft, or already decided */
	SKRD_ADA,	 /* the application already has an SKRD */
	SKRD_NOL,	 /* the type has no retribution, or it is 0 */
	SKRD_BAD_TARIF,	 /* zona / hari / the area of the application */
	SKRD_BAD_JUMLAH, /* jumlah: 1 to 10^12 rupiah, digits */
	SKRD_LUNAS,	 /* payment already recorded */
	SKRD_BAD_REF,	 /* referensi: 3-80 characters, one line */
	SKRD_STORE = -1
};

/* The Indonesian sentence for e (never NULL). */
const char *skrd_err_text(enum skrd_err e);

/*
 * Assess the retribution of application nomor (permohonan) as actor:
 * zona and hari (strings as given; NULL when absent) for a type with a
 * tariff per zone, the area taken from the application's field luas_m2
 * or ukuran_m2; jumlah (rupiah, digits) for a type without a formula.
 * Due date 30 days after today (WIB).  On success *out is the new SKRD.
 */
enum skrd_err skrd_tetapkan(struct store *, const struct account *actor,
    const char *permohonan, const char *zona, const char *hari,
    const char *jumlah, const char *addr, time_t now, struct skrd *out);

/* Record the payment of SKRD nomor with its reference (bank proof or
 * payment code), once.  On success *out is the paid SKRD. */
enum skrd_err skrd_bayar(struct store *, const struct account *actor,
    const char *nomor, const char *referensi, const char *addr, time_t now,
    struct skrd *out);

/*
 * The SKRD numbered nomor, if actor may see it (the applicant, staff who
 * may see the application): 0, 1 none / not visible, -1.
 */
int skrd_lihat(struct store *, const struct account *actor, const char *nomor,
    struct skrd *out);

/* The SKRD of application id: 0, 1 none, -1. */
int skrd_of(struct store *, int64_t permohonan_id, struct skrd *out);

/* The clock of a permit application now. */
struct izin_jam {
	char jenis_kode[41];
	int batas;	   /* legal deadline, working days */
	int terpakai;	   /* working days used */
	int sisa;	   /* batas - terpakai (negative: over) */
	int berhenti;	   /* the clock is stopped now */
	const char *sebab; /* why it stopped ("" when running) */
	int selesai;	   /* decided: the clock ended */
	int lewat;	   /* over time, not decided */
	int fiktif;	   /* marked fiktif positif by the timer */
};

/* The clock of application id at now: 0, 1 not a permit application, -1. */
int izin_jam_hitung(struct store *, int64_t permohonan_id, time_t now,
    struct izin_jam *);

/*
 * The deadline timer (job perizinan.tenggat): for every open permit
 * application, once: a warning to the handling unit (operator,
 * verifikator, kepala) when one working day is left, and when the legal
 * deadline has passed the mark fiktif positif (row izin_tenggat, audit
 * izin.fiktif_positif, notices to the unit and the applicant), each in
 * one transaction.  Returns how many it applied, or -1.
 */
int perizinan_tenggat(struct store *, const char *data_dir, time_t now);

/*
 * The count of applications marked fiktif positif per permit type:
 * fn(arg, jenis_kode, count) for every type of the list, in its order
 * (types sharing one catalogue service, the SIP types, are counted under
 * the first).  0 or -1.
 */
int izin_fiktif_rekap(struct store *,
    void (*fn)(void *, const char *kode, int64_t n), void *arg);

/*
 * Expiry reminders (job perizinan.pengingat): for every permit of the
 * registry in force whose berlaku_sampai is 90, 60, 30 or 7 days away or
 * less, the reminder of the smallest threshold reached is sent once
 * (row izin_pengingat first, audit izin.pengingat, in-app and outbox
 * notices to the holder's account when known and to the issuing unit's
 * operators and head), each in one transaction.  Returns how many it
 * sent, or -1.
 */
int perizinan_pengingat(struct store *, const char *data_dir, time_t now);

/* The threshold (90, 60, 30, 7) that sisa days before the end reach, the
 * smallest one; 0 when none (more than 90 days, or already ended). */
int izin_ambang(int sisa);

#endif
