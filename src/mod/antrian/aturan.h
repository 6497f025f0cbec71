/*
 * aturan.h: the queue's pure rules (issue 16): the session of an
 * instant, whether a site issues tickets at an instant, and which group
 * a counter calls next.  No clock, no database.
 */
#ifndef PAMONG_ANTRIAN_ATURAN_H
#define PAMONG_ANTRIAN_ATURAN_H

#include <time.h>

#include "antrian_data.h"

/* The WIB day of now as "YYYY-MM-DD". */
void antrian_tanggal(time_t now, char out[11]);

/* "pagi" before 12.00 WIB, "siang" from 12.00. */
const char *antrian_sesi(time_t now);

/* "HH:MM" (00:00..23:59) as minutes after midnight; -1 if empty or
 * malformed. */
int antrian_menit(const char *);

/*
 * Whether site l issues tickets at now (WIB): always when it does not
 * enforce hours (jam_berlaku 0); else only on a day with hours, from
 * opening until closing, and before the daily cut-off (batas_ambil)
 * when one is set.  1 open, 0 closed.
 */
int antrian_buka(const struct antrian_lokasi *l, time_t now);

/*
 * Whether site l has opening hours on date ("YYYY-MM-DD"): always when it
 * does not enforce hours (jam_berlaku 0); else when that weekday has
 * hours.  1 open, 0 closed, -1 a malformed date.  Holidays are not a
 * pure rule (they live in hari_libur): see antrian_libur().
 */
int antrian_hari_buka(const struct antrian_lokasi *l, const char *tanggal);

/*
 * The priority group to try first for a counter's next call, given how
 * many of its last two first calls (recalls not counted) went to the
 * priority group: 1 (priority first) when none did, else 0 (regular
 * first), so at most one call in any three consecutive calls is a
 * priority call while regular tickets wait.  The other group is tried
 * when the first has nobody.
 */
int antrian_prio_dulu(int prio_di_dua_terakhir);

/* When a session starts, minutes after midnight WIB: pagi 08.00, siang
 * 12.00; -1 for another name. */
int antrian_sesi_mulai(const char *sesi);

/* The check-in window of a booking: from this many minutes before the
 * session starts until this many after. */
#define ANTRIAN_CHECKIN_SEBELUM 60
#define ANTRIAN_CHECKIN_SESUDAH 15
/* Bookings may be made up to this many days ahead (0: today). */
#define ANTRIAN_PESAN_HARI 7

/*
 * Where instant now stands against the check-in window of session sesi
 * on WIB day tanggal ("YYYY-MM-DD"): -1 before it (or a bad day or
 * session), 0 inside, 1 after.
 */
int antrian_jendela(const char *tanggal, const char *sesi, time_t now);

/*
 * Days from the WIB day of now to tanggal ("YYYY-MM-DD"): 0 today, 1
 * tomorrow, negative in the past; INT_MIN for a malformed day.
 */
int antrian_selisih_hari(const char *tanggal, time_t now);

#endif
