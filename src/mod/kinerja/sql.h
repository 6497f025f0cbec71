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

/* One (unit, service, month) of survey answers (kinerja_sql_ikm()). */
struct kinerja_sql_ikm {
	int64_t unit, layanan;
	const char *periode; /* "YYYY-MM" */
	struct ikm_acc acc;
};

/* A complaint (kinerja_sql_adu()); 0 times when not yet. */
struct kinerja_sql_adu {
	int64_t id;
	const char *lama; /* what kinerja_adu counts it as (migration 0025);
			     NULL: not counted */
	int64_t unit;	  /* 0: none yet */
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

/* Survey answers of months [m0, m1] of unit_id (0: all units). */
int kinerja_sql_ikm(struct store *, int64_t unit_id, const char *m0,
    const char *m1, void (*fn)(void *, const struct kinerja_sql_ikm *),
    void *arg);

/* Is there a table called name? */
int kinerja_sql_table_exists(struct store *, const char *name);

/*
 * Complaints received in [t0, t1) of unit_id (0: all units) that
 * kinerja_adu does not count yet (kinerja_sig NULL: made outside the
 * pengaduan module, a bulk import).
 */
int kinerja_sql_adu(struct store *, int64_t unit_id, int64_t t0, int64_t t1,
    void (*fn)(void *, const struct kinerja_sql_adu *), void *arg);
/* Complaint id (at most one row). */
int kinerja_sql_adu_satu(struct store *, int64_t id,
    void (*fn)(void *, const struct kinerja_sql_adu *), void *arg);

/* Complaints of a month received by one unit (0: none yet). */
struct kinerja_sql_adu_bulan {
	const char *bulan; /* "YYYY-MM" */
	int64_t unit;
	int64_t n, tepat;
};

/* The complaint months [m0, m1] of unit_id (0: all units). */
int kinerja_sql_adu_bulan(struct store *, int64_t unit_id, const char *m0,
    const char *m1, void (*fn)(void *, const struct kinerja_sql_adu_bulan *),
    void *arg);
/* Add the row's numbers to the stored ones (created when missing). */
int kinerja_sql_adu_add(struct store *, const struct kinerja_sql_adu_bulan *);
/* Record that kinerja_adu now counts complaint id as sig. */
int kinerja_sql_adu_sig_set(struct store *, int64_t id, const char *sig);
/* Are there complaints kinerja_adu does not count yet? */
int kinerja_sql_adu_belum(struct store *);

/* Id of unit code; 0 when unknown. */
int64_t kinerja_sql_unit_id(struct store *, const char *code);

/* Every unit, by id (sla 0). */
int kinerja_sql_units(struct store *,
    void (*fn)(void *, const struct kinerja_sql_nama *), void *arg);

/* Every service, by id (kind ""). */
int kinerja_sql_services(struct store *,
    void (*fn)(void *, const struct kinerja_sql_nama *), void *arg);

/*
 * Open applications due before today of unit_id (0: all), by due date, at
 * most limit of them.
 */
int kinerja_sql_terlambat(struct store *, const char *today, int64_t unit_id,
    int limit, void (*fn)(void *, const struct kinerja_sql_telat *), void *arg);

/* --- the aggregates (migration 0021, kinerja_agregat.c) ------------------ */

/* A month of one (unit, service) (kinerja_sql_bulan()). */
struct kinerja_sql_bulan {
	const char *bulan; /* "YYYY-MM" */
	int64_t unit, layanan;
	int64_t masuk, selesai, ditolak, dicabut, berstandar, tepat;
	const char *durasi; /* completion times (durasi.h); read only */
};

/* Completions of a month by working days (one histogram entry). */
struct kinerja_sql_durasi {
	const char *bulan;
	int64_t unit, layanan;
	int64_t hari_kerja, n;
};

/* Open applications by submission month and due date (_buka_add()). */
struct kinerja_sql_buka {
	int64_t unit, layanan;
	const char *bulan;
	const char *due_date; /* "" when none */
	int64_t n;
};

/*
 * Months from m0 on (later ones too) of unit_id (0: all units), with the
 * completion times (durasi) of those up to m1 ("" for the later ones).
 */
int kinerja_sql_bulan(struct store *, int64_t unit_id, const char *m0,
    const char *m1, void (*fn)(void *, const struct kinerja_sql_bulan *),
    void *arg);

/* The open applications of one (unit, service), summed in SQL. */
struct kinerja_sql_buka_jumlah {
	int64_t unit, layanan;
	int64_t n;     /* open now */
	int64_t telat; /* of those, due before today and submitted in a
			  month up to m1 */
};

/* Every open (unit, service) of unit_id (0: all units). */
int kinerja_sql_buka(struct store *, int64_t unit_id, const char *today,
    const char *m1, void (*fn)(void *, const struct kinerja_sql_buka_jumlah *),
    void *arg);

/* Open applications of unit_id (0: all) due before today. */
int64_t kinerja_sql_buka_telat(struct store *, int64_t unit_id,
    const char *today);

/* Add the row's numbers to the stored ones (created when missing). */
int kinerja_sql_bulan_add(struct store *, const struct kinerja_sql_bulan *);
/*
 * Add r->n completions taking r->hari_kerja working days to the histogram
 * of its month, whose kinerja_bulan row kinerja_sql_bulan_add() has just
 * written in this transaction (on PostgreSQL that write holds the row
 * lock, so the read and the write here see no other writer between them).
 */
int kinerja_sql_durasi_add(struct store *, const struct kinerja_sql_durasi *);
/* ... and delete the group when it reaches 0. */
int kinerja_sql_buka_add(struct store *, const struct kinerja_sql_buka *);

/*
 * An application whose counted form (permohonan.kinerja_sig) differs from
 * its columns: sig what it is now (NULL: counts for nothing, a draft),
 * lama what the tables count (NULL: nothing); unit_layanan the unit of
 * its service (0: the registering unit answers for it).
 */
struct kinerja_sql_beda {
	int64_t id;
	const char *sig, *lama;
	int64_t unit_layanan;
};

/* Application id if it differs (id 0: every one that differs). */
int kinerja_sql_beda(struct store *, int64_t id,
    void (*fn)(void *, const struct kinerja_sql_beda *), void *arg);
/* Record that the tables now count application id as sig. */
int kinerja_sql_sig_set(struct store *, int64_t id, const char *sig);
/* The unit of service layanan; 0 when none (kampung/kecamatan level). */
int64_t kinerja_sql_layanan_unit(struct store *, int64_t layanan);

/* Empty the aggregate tables (complaints too); nothing is counted. */
int kinerja_sql_agregat_hapus(struct store *);

#endif
