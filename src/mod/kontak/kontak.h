/*
 * kontak.h: a unit's contact details and opening hours (issue 13, the
 * kontak module; tables kontak and kontak_jam, migration 0019).
 *
 * Every unit (OPD, kecamatan office, kampung/kelurahan office) may have
 * one contact: address, telephone, optional e-mail and WhatsApp, a free
 * note, and per day of the week up to two opening sessions in WIB
 * (e.g. Jumat 08.00-11.30 and 13.30-16.00).  The superadmin or an admin
 * of the unit edits it (GET/POST /admin/kontak/<kode unit>); each save is
 * one transaction with its audit event "kontak.ubah" (note: JSON with
 * "sebelum" and "sesudah").  Public pages show it with kontak_write().
 */
#ifndef PAMONG_KONTAK_H
#define PAMONG_KONTAK_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "kontak_jam.h"

struct store;
struct account;
struct field_errs;
struct req;

/*
 * What an editor typed, as strings (NULL is treated as ""): jam[d][0..3]
 * are day d's session 1 open, session 1 close, session 2 open, session 2
 * close, each "HH:MM" or "HH.MM" (H:MM accepted) or empty.
 */
struct kontak_input {
	const char *alamat;
	const char *telepon;
	const char *email;
	const char *whatsapp;
	const char *catatan;
	const char *jam[KONTAK_DAYS][4];
};

/*
 * Check one day's four fields (as in struct kontak_input's jam[d]) and
 * fill *h.  A session is both times or neither; session 2 needs session
 * 1 and must open after session 1 closes; each session opens before it
 * closes.  Returns NULL when valid, else a static Indonesian message
 * naming the problem (the day is not named).
 */
const char *kontak_day_check(const char *const jam[4], struct kontak_hari *h);

/*
 * Validate every field of in into *k (unit_id, demo and updated_at are
 * left alone).  Returns 0, or -1 with one message per bad field in fe:
 * fields "alamat", "telepon", "email", "whatsapp", "catatan" and "jam-N"
 * (N = 1 Senin ... 7 Minggu) for a day's hours.
 */
int kontak_validate(const struct kontak_input *in, struct kontak *k,
    struct field_errs *fe);

/* Where a unit stands at an instant (kontak_status()). */
enum kontak_keadaan {
	KONTAK_TUTUP_HARI_INI, /* no session today (or a holiday) */
	KONTAK_BELUM_BUKA,     /* before the first session */
	KONTAK_BUKA,	       /* inside a session */
	KONTAK_ISTIRAHAT,      /* between session 1 and session 2 */
	KONTAK_SUDAH_TUTUP     /* after the last session */
};

struct kontak_status {
	int hari;  /* today, 0 Senin ... 6 Minggu (WIB) */
	int menit; /* minutes after midnight WIB */
	enum kontak_keadaan keadaan;
	int berikut; /* BELUM_BUKA/ISTIRAHAT: the next
					    opening (minutes), else -1 */
};

/*
 * The status of k at instant now, in WIB (UTC+7, no daylight saving).
 * libur: today is a public holiday (the office is closed whatever its
 * hours say).  Pure: reads no clock and no database.
 */
void kontak_status(const struct kontak *k, time_t now, int libur,
    struct kontak_status *st);

/*
 * The "today" line for the public block, e.g. "Hari ini: buka
 * 08.00–16.00 (Senin; saat ini buka)." or "Hari ini: tutup (Sabtu).",
 * plain text into out (truncated to n).  Same arguments as
 * kontak_status().
 */
void kontak_today_text(const struct kontak *k, time_t now, int libur, char *out,
    size_t n);

/*
 * The contact of unit unit_id into *k.  Returns 0 when found, 1 when the
 * unit has none (or does not exist), -1 on a storage error.
 */
int kontak_get(struct store *, int64_t unit_id, struct kontak *k);

/*
 * The unit with code (e.g. "14.08.01.1001", "DISDUKCAPIL"): its id, and
 * its name into name (may be NULL).  Returns the id, or 0 when unknown.
 */
int64_t kontak_unit(struct store *, const char *code, char *name,
    size_t namelen);

/*
 * The units actor may edit (every active unit for the superadmin, else
 * the actor's own unit if account_may_admin() allows it), OPD first, then
 * kecamatan, then kampung/kelurahan, by code: fn gets each unit's code,
 * name, kind ("opd", "kecamatan", "kampung"), whether it has a contact
 * and whether that is demo data.  0, or -1 on a storage error.
 */
int kontak_units(struct store *, const struct account *actor,
    void (*fn)(void *arg, const char *code, const char *name, const char *kind,
	int has, int demo),
    void *arg);

/*
 * Save the contact of unit_id as edited by actor (never NULL): checks
 * that account_may_admin(actor, unit_id), validates in (kontak_validate)
 * and writes the contact, its hours and the audit event "kontak.ubah"
 * (object "unit", the unit's code; note {"sebelum": old or null,
 * "sesudah": new}) in one transaction.  A saved contact is no longer
 * demo data.  Returns 0; -1 invalid (messages in fe, nothing written);
 * -2 storage failure (nothing written); -3 not allowed (nothing written).
 */
int kontak_save(struct store *, const struct account *actor, int64_t unit_id,
    const struct kontak_input *in, const char *addr, time_t now,
    struct field_errs *fe);

/*
 * `pamong init --demo`: give Kampung Dalam (14.08.01.1001), Kecamatan
 * Siak (14.08.01) and DISDUKCAPIL plausible contacts marked demo (shown
 * as "data contoh"), each audited, leaving a unit that already has a
 * contact alone.  Returns the number written, or -1 on failure.
 */
int kontak_demo_seed(struct store *, time_t now);

/*
 * `pamong demo remove`: delete every contact marked as demo data, with
 * audit event "kontak.demo_hapus" in one transaction.  Returns the
 * number deleted, or -1 (nothing changed).
 */
int kontak_demo_remove(struct store *);

/*
 * The public contact block of the unit with code unit_code (NULL or
 * unknown: nothing): a <section> with a heading of level hlevel,
 * address, telephone as a tel: link, e-mail, WhatsApp, "Hari ini: ..."
 * computed in WIB (holidays from the working-day calendar) and the week's
 * hours.  Writes nothing when the unit has no contact or on a storage
 * error.  The block depends on the time of day, so a page carrying it is
 * marked personal (never served from the page cache).
 */
void kontak_write(struct req *, const char *unit_code, int hlevel);

#endif
