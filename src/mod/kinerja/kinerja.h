/*
 * kinerja.h: public performance figures of every unit and service, per
 * month or year, computed from the records (applications and their dates,
 * survey answers, complaints), never typed in.  Definitions, the
 * percentile method and the period rules are in doc/kinerja.md.
 *
 * Attribution: an application counts for the unit responsible for its
 * service: the OPD of a kabupaten-level service (layanan.unit_id), else
 * the unit that registered it (permohonan.penerbit_id: the applicant's
 * kampung or kecamatan).
 */
#ifndef PAMONG_KINERJA_H
#define PAMONG_KINERJA_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "kinerja_hari.h"
#include "lib/str.h"

struct store;

#define KINERJA_NA (-1) /* a figure that cannot be given */

/* The figures of one unit, service or the whole regency in a period. */
struct kinerja_angka {
	int64_t diterima;	 /* submitted in the period */
	int64_t selesai;	 /* completed (finished, not rejected or
				   withdrawn) in the period */
	int64_t ditolak;	 /* rejected in the period */
	int64_t dicabut;	 /* withdrawn by the applicant in the period */
	int64_t dalam_proses;	 /* open at the end of the period (or now) */
	int64_t median;		 /* completion time, working days,
				   nearest rank; KINERJA_NA if none */
	int64_t p90;		 /* 90th percentile, nearest rank */
	int64_t berstandar;	 /* completed that had a due date */
	int64_t tepat_waktu;	 /* of those, completed on or before it */
	int64_t terlambat_kini;	 /* open and past the due date now, of
				   those submitted before the period's end */
	int64_t pengaduan;	 /* complaints received; KINERJA_NA when
				   the complaint records are not available */
	int64_t pengaduan_tepat; /* of those, answered within the deadline */
	int64_t ikm;		 /* IKM x 100 (0.01 precision); KINERJA_NA */
	int64_t ikm_responden;	 /* questionnaires in the period */
};

/*
 * Share x 10 in per mille of a percentage, i.e. percent with one decimal
 * as an integer (875 = 87.5 %), rounded half up; KINERJA_NA if den is 0.
 */
int64_t kinerja_persen10(int64_t num, int64_t den);

/* One row: a unit's total (layanan_id 0) or one service of the unit. */
struct kinerja_baris {
	int64_t unit_id;
	char unit_code[33];
	char unit_name[STR_CHARS(160)];
	char unit_kind[12]; /* opd | kecamatan | kampung */
	int64_t layanan_id; /* 0: every service */
	char layanan_code[21];
	char layanan_name[STR_CHARS(200)];
	int sla_days; /* jangka waktu; 0 for totals */
	struct kinerja_angka a;
};

struct kinerja_laporan {
	struct kinerja_periode periode;
	struct kinerja_baris *v; /* by unit code; a unit's total row
					   first, then its services by code */
	size_t n;
	struct kinerja_angka total; /* the whole regency */
	int pengaduan_ada;	    /* complaint records exist */
};

/*
 * The figures of period p as of now, for every unit (unit_code NULL or
 * "") or one unit.  Rows are given for units and services with any figure
 * in the period (and always the chosen unit's total row).  Returns 0, -1
 * on a store error, -2 when unit_code names no unit.  Free with
 * kinerja_free() (also after a failure).
 */
int kinerja_hitung(struct store *, const struct kinerja_periode *p,
    const char *unit_code, time_t now, struct kinerja_laporan *);
void kinerja_free(struct kinerja_laporan *);

/* Orders of the ranking. */
enum kinerja_urut {
	KINERJA_URUT_TEPAT = 0, /* share on time desc, then median asc */
	KINERJA_URUT_MEDIAN,	/* median asc, then share desc */
	KINERJA_URUT_DITERIMA,	/* received desc */
	KINERJA_URUT_TERLAMBAT, /* overdue now desc */
	KINERJA_URUT_IKM,	/* IKM desc */
	KINERJA_URUT_NAMA	/* unit name */
};

/* "tepat", "median", ... to the order; -1 if unknown. */
int kinerja_urut_parse(const char *);
const char *kinerja_urut_code(enum kinerja_urut);

/*
 * The unit total rows of l ranked by order: a new array of *np pointers
 * into l (caller frees).  Units without the order's figure (e.g. no
 * completion with a due date for "tepat") come last, by name.
 */
const struct kinerja_baris **kinerja_peringkat(const struct kinerja_laporan *,
    enum kinerja_urut, size_t *np);

/*
 * The twelve months of year tahun for one unit (unit_id 0: the regency):
 * out[0] January .. out[11] December, each as kinerja_hitung() would give
 * the unit's total (terlambat_kini is KINERJA_NA: it is a figure of now,
 * not of a month; months after now are all zero).  0, or -1 on error.
 */
int kinerja_tren(struct store *, int64_t unit_id, int tahun, time_t now,
    struct kinerja_angka out[12]);

/* One overdue open application (staff view: the work behind a figure). */
struct kinerja_telat {
	char nomor[64];
	char unit_code[33]; /* responsible unit */
	char unit_name[STR_CHARS(160)];
	char handler_name[STR_CHARS(160)]; /* unit handling it now */
	char layanan_code[21];
	char layanan_name[STR_CHARS(200)];
	char state_label[STR_CHARS(80)];
	char submitted[11]; /* YYYY-MM-DD (WIB) */
	char due_date[11];
	int hari_terlambat; /* working days after the due date */
};

/*
 * Open applications past their due date now, for one unit (unit_id 0:
 * all), most days late first, at most limit (1..1000).  Returns a new
 * array of *np (caller frees; non-NULL when empty), *totalp the count
 * without limit; NULL on a store error.
 */
struct kinerja_telat *kinerja_terlambat(struct store *, int64_t unit_id,
    time_t now, int limit, size_t *np, size_t *totalp);

/* The id of the unit with code, or 0. */
int64_t kinerja_unit_id(struct store *, const char *code);

/* Nearest-rank percentile pct (1..100) of sorted v[0..n-1]; n > 0. */
int64_t kinerja_persentil(const int64_t *v, size_t n, int pct);

#endif
