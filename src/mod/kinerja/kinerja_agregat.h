/*
 * kinerja_agregat.h: keeping the performance figures up to date as the
 * applications change (issue 14, migration 0021), in the same transaction
 * as the change, so that the kinerja pages read a few thousand aggregate
 * rows instead of every application.  The permohonan module calls
 * kinerja_agregat_catat() after every write to an application that can
 * change what it counts for (submission, a move to another state,
 * finishing).
 *
 * Why a call and not a hook in the descriptor: the dependency is one way
 * and small.  This header includes nothing, so permohonan includes it
 * without a loop (kinerja includes no permohonan header and calls no
 * permohonan function; it reads the permohonan table through its own
 * sql.c).
 */
#ifndef PAMONG_KINERJA_AGREGAT_H
#define PAMONG_KINERJA_AGREGAT_H

#include <stdint.h>

struct store;

/*
 * After writing application id, in the same transaction: when what it
 * counts for changed (its submission or finishing day, its outcome, its
 * due date, its registering unit), take the old contribution out of the
 * aggregate tables and put the new one in.  0, or -1 on a store error
 * (the caller rolls back).
 */
int kinerja_agregat_catat(struct store *, int64_t id);

/*
 * The same for complaints (migration 0025): after writing complaint id
 * (its creation, disposition, answer: every row of pengaduan_riwayat),
 * in the same transaction, count it in kinerja_adu as it is now.  The
 * pengaduan module calls it from pengaduan_history().  0, or -1.
 */
int kinerja_adu_catat(struct store *, int64_t id);

/*
 * Take in every application changed outside the permohonan module (by
 * hand, a bulk import), which the pages otherwise count from its row on
 * top of the tables, and every complaint made outside the pengaduan
 * module (kinerja_sig NULL); in the caller's transaction.  0 or -1.
 */
int kinerja_agregat_serap(struct store *);

/*
 * The timed job kinerja.serap: kinerja_agregat_serap() in a transaction of
 * its own, and none when nothing differs (so no write, and the page cache
 * stays).  How many it took in, or -1.
 */
int kinerja_agregat_serap_tx(struct store *);

/* Rebuild every aggregate from the applications; as _serap().  0 or -1. */
int kinerja_agregat_bangun(struct store *);

#endif
