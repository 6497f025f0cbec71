/*
 * agregat.h: private to the kinerja module: one application's
 * contribution as aggregate rows (kinerja_agregat.c), shared by the
 * writer and by the readers (kinerja.c, kinerja_telat.c), which count the
 * applications changed outside the module the same way.
 */
#ifndef PAMONG_KINERJA_AGREGAT_PRIV_H
#define PAMONG_KINERJA_AGREGAT_PRIV_H

#include <stddef.h>
#include <stdint.h>

#include "sql.h"

enum {
	KINERJA_KELAS_BUKA = 0,
	KINERJA_KELAS_SELESAI,
	KINERJA_KELAS_DITOLAK,
	KINERJA_KELAS_DICABUT
};

/* What one application contributes to the figures. */
struct kinerja_jejak {
	int ada; /* counts (submitted, not a draft) */
	int64_t unit, layanan, penerbit;
	long hari_masuk;   /* WIB day of submission */
	long hari_selesai; /* WIB day of finishing; -1: open */
	int kelas;	   /* KINERJA_KELAS_* */
	char due_date[11]; /* "" when none */
};

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

/* An application that differs, copied out of its row. */
struct agregat_beda {
	int64_t id;
	char *sig, *lama; /* NULL: nothing */
	struct kinerja_jejak kini, dulu;
};

/*
 * The applications whose counted form differs from their columns (id 0:
 * all of them; else only id), parsed: a new array of *np (free with
 * agregat_beda_free()), NULL on a store error.
 */
struct agregat_beda *agregat_beda_load(struct store *, int64_t id, size_t *np);
void agregat_beda_free(struct agregat_beda *, size_t n);

/*
 * The rows of j; hol/nhol the weekday holidays (kinerja_holidays_load()),
 * for the completion time.  The strings point into *out.
 */
void agregat_baris(const struct kinerja_jejak *, const long *hol, size_t nhol,
    int sign, struct agregat_baris *out);

/* "YYYY-MM" of a day number. */
void agregat_bulan(long day, char out[16]);

/*
 * Was complaint r answered in time: its unit's first answer on or before
 * KINERJA_ADU_HARI (PENGADUAN_ANSWER_DAYS) working days after its first
 * disposition, as pengaduan.c sets the deadline?  hol/nhol as for agregat_baris().
 */
int agregat_adu_tepat(const struct kinerja_sql_adu *r, const long *hol,
    size_t nhol);

/*
 * What kinerja_adu counts complaint r as (migration 0025): "YYYY-MM:unit:
 * tepat", its WIB month of receipt, its unit (0: none yet) and 1 when
 * answered in time.
 */
void agregat_adu_sig(const struct kinerja_sql_adu *r, const long *hol,
    size_t nhol, char out[64]);

#endif
