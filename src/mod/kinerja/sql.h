/*
 * sql.h: the kinerja module's SQL (issue 13), private to the module.
 * Each function runs one statement with bound parameters; the callers
 * keep the counting.  The readers call fn once per row, in the order of
 * the query (a row's pointers are valid during fn only), and return 0,
 * or -1 on a store error (fn may have seen some rows).
 */
#ifndef PAMONG_KINERJA_SQL_H
#define PAMONG_KINERJA_SQL_H

#include <stdint.h>

#include "mod/survei/ikm.h"

struct store;

/* An application that matters to a period (kinerja_sql_recs()). */
struct kinerja_sql_rec {
	int64_t unit, layanan;
	int64_t submitted_at;
	int64_t finished_at; /* 0: open */
	const char *state;
	const char *due_date; /* "" when none */
};

/* One (unit, service, month) of survey answers (kinerja_sql_ikm()). */
struct kinerja_sql_ikm {
	int64_t unit, layanan;
	const char *periode; /* "YYYY-MM" */
	struct ikm_acc acc;
};

/* A complaint (kinerja_sql_adu()); 0 times when not yet. */
struct kinerja_sql_adu {
	int64_t unit; /* 0: none yet */
	int64_t created_at;
	int disposisi; /* first disposisi_at set */
	int64_t disposisi_at;
	int tanggapan; /* first tanggapan_at set */
	int64_t tanggapan_at;
};

/* A unit or a service by id (kinerja_sql_units(), _services()). */
struct kinerja_sql_nama {
	int64_t id;
	const char *code, *name, *kind;
	int sla;
};

/* An open application past due (kinerja_sql_terlambat()). */
struct kinerja_sql_telat {
	const char *nomor, *unit_code, *unit_name, *handler_name;
	const char *layanan_code, *layanan_name, *state_label;
	int64_t submitted_at;
	const char *due_date;
};

/* Every holiday date ("YYYY-MM-DD"), in order. */
int kinerja_sql_holidays(struct store *,
    void (*fn)(void *, const char *tanggal), void *arg);

/*
 * Applications submitted before t1 and not finished before t0, by the
 * unit answering for them; unit_id 0: all units.
 */
int kinerja_sql_recs(struct store *, int64_t unit_id, int64_t t0, int64_t t1,
    void (*fn)(void *, const struct kinerja_sql_rec *), void *arg);

/* Survey answers of months [m0, m1] of unit_id (0: all units). */
int kinerja_sql_ikm(struct store *, int64_t unit_id, const char *m0,
    const char *m1, void (*fn)(void *, const struct kinerja_sql_ikm *),
    void *arg);

/*
 * Open applications due before today, submitted before t1, counted per
 * (unit, service) of unit_id (0: all units): fn(arg, unit, layanan, n).
 */
int kinerja_sql_overdue(struct store *, const char *today, int64_t t1,
    int64_t unit_id, void (*fn)(void *, int64_t, int64_t, int64_t), void *arg);

/* Is there a table called name? */
int kinerja_sql_table_exists(struct store *, const char *name);

/* Complaints received in [t0, t1) of unit_id (0: all units). */
int kinerja_sql_adu(struct store *, int64_t unit_id, int64_t t0, int64_t t1,
    void (*fn)(void *, const struct kinerja_sql_adu *), void *arg);

/* Id of unit code; 0 when unknown. */
int64_t kinerja_sql_unit_id(struct store *, const char *code);

/* Every unit, by id (sla 0). */
int kinerja_sql_units(struct store *,
    void (*fn)(void *, const struct kinerja_sql_nama *), void *arg);

/* Every service, by id (kind ""). */
int kinerja_sql_services(struct store *,
    void (*fn)(void *, const struct kinerja_sql_nama *), void *arg);

/* Open applications due before today of unit_id (0: all), by due date. */
int kinerja_sql_terlambat(struct store *, const char *today, int64_t unit_id,
    void (*fn)(void *, const struct kinerja_sql_telat *), void *arg);

#endif
