/*
 * kasus.h: Inspektorat cases (table kasus, migration 0006).
 *
 * Other modules open a case when something needs independent
 * supervision; the Inspektorat pages work on them.  A case's ringkasan
 * may name a reporter: only the Inspektorat (and superadmin) read it.
 */
#ifndef PAMONG_KASUS_H
#define PAMONG_KASUS_H
#include <stdint.h>
#include <time.h>

#include "kasus_data.h"
#include "lib/str.h"

struct store;

/* Case sources (kasus.sumber). */
#define KASUS_SENGKETA_AKSES "sengketa_akses" /* disputed data access */
#define KASUS_SURVEI "survei_integritas"      /* survey integrity "ya" */
#define KASUS_PENGADUAN "pengaduan"	      /* pungli / abuse report */
#define KASUS_ESKALASI "eskalasi"	      /* missed deadlines */
#define KASUS_SAMPEL "sampel_audit"	      /* random audit sample */

/*
 * Open a case inside the caller's transaction (a BUG otherwise), with its
 * audit event (actor_id 0 = system).  ref_type/ref_id name the record the
 * case is about (e.g. "permohonan", nomor); unit_id 0 = none.  The case
 * number (KAS-<year>-<6 digits>) is written to nomor (may be NULL).
 * Returns the case id, or 0 on failure.
 */
int64_t kasus_open(struct store *, const char *sumber, const char *ref_type,
    const char *ref_id, int64_t unit_id, const char *judul,
    const char *ringkasan, int64_t actor_id, time_t now, char *nomor,
    size_t nomorlen);

/*
 * Cases, newest first; status "" = all, else baru|diproses|selesai.
 * Returns the number of rows (caller frees *rows) or -1.
 */
int kasus_list(struct store *, const char *status, int max,
    struct kasus_row **rows);

/*
 * One case by nomor with its ringkasan (malloc'd, caller frees), temuan
 * (malloc'd) and notes (caller frees *notes; *nnotes set).  0 or -1.
 */
int kasus_get(struct store *, const char *nomor, struct kasus_row *,
    char **ringkasan, char **temuan, struct kasus_note **notes, int *nnotes);

/*
 * Work on case nomor as inspector actor_id, each in one transaction with
 * its audit event: kasus_take() assigns it to the actor (baru ->
 * diproses); kasus_add_note() adds a note (1-2000 characters);
 * kasus_close() records the findings (10-4000 characters) and closes it.
 * Returns 0, -1 not found, -2 not allowed in its status (closed), -3
 * storage failure.
 */
int kasus_take(struct store *, const char *nomor, int64_t actor_id,
    const char *addr, time_t now);
int kasus_add_note(struct store *, const char *nomor, int64_t actor_id,
    const char *text, const char *addr, time_t now);
int kasus_close(struct store *, const char *nomor, int64_t actor_id,
    const char *temuan, const char *addr, time_t now);

#endif
