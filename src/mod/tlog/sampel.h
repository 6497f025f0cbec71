/*
 * sampel.h: the Inspektorat's random audit sample by commit-reveal
 * (table tlog_sampel, migration 0012; doc/tlog.md, "Sampel audit").
 *
 * Commit: a secret 32-byte seed is drawn and SHA-256(seed) is published
 * in the transparency log as {"jenis":"sampel_komitmen","jumlah":K,
 * "komitmen":HEX,"periode":"YYYY-MM"}.  Reveal: the seed is published as
 * {"benih":HEX,"jenis":"sampel_buka","periode":"YYYY-MM"}.  The sample is
 * a deterministic function of the seed: of the applications in state
 * "selesai" whose finished_at falls in the period (WIB calendar month),
 * the K whose HMAC-SHA256(key = seed, message = nomor) is smallest
 * (bytewise), in that order.  Nobody can predict it before the reveal;
 * anyone can recompute it afterwards (`pamong sampel`).
 */
#ifndef PAMONG_SAMPEL_H
#define PAMONG_SAMPEL_H
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "sampel_data.h"

struct store;

#define SAMPEL_MAX 500

/* Errors besides -1 (storage). */
#define SAMPEL_EBAD -2	 /* malformed period or count, or not ended */
#define SAMPEL_EEXIST -3 /* a commitment for the period exists */
#define SAMPEL_ENOENT -4 /* no commitment for the period */
#define SAMPEL_EOPEN -5	 /* already revealed */

/*
 * Parse "YYYY-MM" into the WIB month [*lo, *hi) as Unix times.
 * 0 or SAMPEL_EBAD.
 */
int sampel_periode(const char *periode, int64_t *lo, int64_t *hi);

/*
 * Commit to a new secret seed for periode (ended before now) and a sample
 * of jumlah (1..SAMPEL_MAX): one transaction with the log entry and the
 * audit event.  *idx gets the log index.  0 or an error above.
 */
int sampel_commit(struct store *, const char *periode, int jumlah,
    int64_t actor_id, time_t now, int64_t *idx);

/*
 * Reveal periode's seed: log entry, audit event, and one Inspektorat
 * case (KASUS_SAMPEL) per sampled application, in one transaction.
 * 0 or an error above.
 */
int sampel_reveal(struct store *, const char *periode, int64_t actor_id,
    time_t now, int64_t *idx);

/*
 * The sample for seed over periode: at most jumlah items (malloc'd
 * array in *items, count in *n), ordered as chosen.  0, -1 or SAMPEL_EBAD.
 */
int sampel_compute(struct store *, const unsigned char seed[32],
    const char *periode, int jumlah, struct sampel_item **items, size_t *n);

/* All commitments, newest period first (malloc'd).  0 or -1. */
int sampel_list(struct store *, struct sampel_row **rows, size_t *n);

/* One period's row.  0, -1 or SAMPEL_ENOENT. */
int sampel_get(struct store *, const char *periode, struct sampel_row *);

#endif
