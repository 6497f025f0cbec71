/*
 * kinerja_agregat.h: keeping the performance figures up to date as the
 * applications change (issue 14, migration 0021), in the same transaction
 * as the change, so that the kinerja pages read a few hundred aggregate
 * rows instead of every application.  The permohonan module calls these
 * around every write that can change what an application counts for
 * (submission, a move to another state, finishing, reopening):
 *
 *	struct kinerja_jejak j;
 *	kinerja_agregat_sebelum(s, id, &j);
 *	... UPDATE permohonan ...
 *	kinerja_agregat_sesudah(s, id, &j);
 *
 * and kinerja_agregat_baru() after creating one.  This header includes
 * nothing of another module, so permohonan can include it without a loop
 * (kinerja includes no permohonan header).
 */
#ifndef PAMONG_KINERJA_AGREGAT_H
#define PAMONG_KINERJA_AGREGAT_H

#include <stdint.h>

struct store;

/* What one application contributes to the figures. */
struct kinerja_jejak {
	int ada;		/* counted: submitted, not a draft, and
				   accounted in the tables (id <= the mark) */
	int64_t unit, layanan;	/* responsible unit, service */
	long hari_masuk;	/* WIB day of submission */
	long hari_selesai;	/* WIB day of finishing; -1: open */
	int kelas;		/* KINERJA_KELAS_* */
	char due_date[11];	/* "" when none */
};

enum {
	KINERJA_KELAS_BUKA = 0,
	KINERJA_KELAS_SELESAI,
	KINERJA_KELAS_DITOLAK,
	KINERJA_KELAS_DICABUT
};

/* Read what application id counts for now, before changing it.  0 or -1. */
int kinerja_agregat_sebelum(struct store *, int64_t id, struct kinerja_jejak *);

/*
 * After changing application id: take out what it counted for (from
 * kinerja_agregat_sebelum()) and add what it counts for now.  0 or -1 (the
 * caller rolls back).
 */
int kinerja_agregat_sesudah(struct store *, int64_t id,
    const struct kinerja_jejak *before);

/*
 * After inserting application id: first count any application written
 * past the mark by other means (a bulk import), then move the mark to id.
 * 0 or -1.
 */
int kinerja_agregat_baru(struct store *, int64_t id);

/*
 * Rebuild every aggregate from the applications (for a bulk import or a
 * repair), in the caller's transaction.  0 or -1.
 */
int kinerja_agregat_bangun(struct store *);

#endif
