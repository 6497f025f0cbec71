/*
 * agregat.h: private to the kinerja module: one application's
 * contribution as aggregate rows (kinerja_agregat.c), shared by the
 * writer and by the readers (kinerja.c), which add the applications past
 * the mark the same way.
 */
#ifndef PAMONG_KINERJA_AGREGAT_PRIV_H
#define PAMONG_KINERJA_AGREGAT_PRIV_H

#include <stddef.h>

#include "kinerja_agregat.h"
#include "sql.h"

/* The rows one application adds (sign 1) or takes out (sign -1). */
struct agregat_baris {
	struct kinerja_sql_bulan bulan[2];
	int nbulan;
	struct kinerja_sql_durasi durasi;
	int ndurasi;
	struct kinerja_sql_buka buka;
	int nbuka;
	char m_masuk[16], m_selesai[16];
};

/* The contribution of a row as kinerja_sql_recs() reads it. */
void agregat_jejak(const struct kinerja_sql_rec *, struct kinerja_jejak *);

/*
 * Its rows; hol/nhol the weekday holidays (kinerja_holidays_load()), used
 * for the completion time.  The strings point into *out.
 */
void agregat_baris(const struct kinerja_jejak *, const long *hol,
    size_t nhol, int sign, struct agregat_baris *out);

/* "YYYY-MM" of a day number. */
void agregat_bulan(long day, char out[16]);

#endif
