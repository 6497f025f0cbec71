/*
 * akses.h: citizens' data-access log (table akses_data, migration 0015).
 *
 * Every staff read of a citizen's record is recorded with who, which
 * unit, when and why.  "Why" is the workflow step when the record is in
 * the officer's own queue, otherwise a purpose the officer must choose
 * from akses_tujuan[].  The citizen sees the list ("Akses Data Saya") and
 * may dispute an entry, which opens an Inspektorat case.
 */
#ifndef PAMONG_AKSES_H
#define PAMONG_AKSES_H
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "akses_data.h"
#include "lib/str.h"

struct store;
struct account;

/* Purposes for opening a record outside one's queue; ends with {NULL}. */
struct akses_tujuan {
	const char *code;
	const char *label;
};
extern const struct akses_tujuan akses_tujuan[];

/* Label of purpose code, or NULL when it is not one of akses_tujuan[]. */
const char *akses_tujuan_label(const char *code);

/*
 * Record that reader read objek_type/objek_id (e.g. "permohonan", its
 * nomor) belonging to citizen subjek_id, for purpose tujuan (the text the
 * citizen will read): the audit event "<objek_type>.baca" and the
 * akses_data row in one transaction.  Nothing is written when the reader
 * is the citizen.  0 or -1.
 */
int akses_record(struct store *, const struct account *reader,
    int64_t subjek_id, const char *objek_type, const char *objek_id,
    const char *tujuan, const char *addr, time_t now);

/*
 * The newest max entries about citizen subjek_id (caller frees *rows).
 * Returns the number of rows, or -1.
 */
int akses_list(struct store *, int64_t subjek_id, int max,
    struct akses_row **rows);

/*
 * The citizen disputes entry akses_id (theirs) with a reason (10-2000
 * characters): opens an Inspektorat case (sumber sengketa_akses) naming
 * the officer, the record and the reason, links it to the entry, with
 * audit, in one transaction.  The case nomor goes to kasus (may be NULL).
 * Returns 0, -1 not found (or not theirs), -2 already disputed, -3
 * storage failure.
 */
int akses_dispute(struct store *, const struct account *citizen,
    int64_t akses_id, const char *alasan, const char *addr, time_t now,
    char *kasus, size_t kasuslen);

#endif
