/*
 * sql.h: the spbe module's statements (issue 13), private to
 * src/mod/spbe/.  One function per database job, parameters bound; the
 * callers keep the checks, transactions and audit.  Functions returning
 * int return 0 on success and -1 on failure unless said otherwise;
 * "0, or a store error" means store_run()'s result.  actor is an
 * account id, 0 for none (stored as NULL).
 */
#ifndef PAMONG_SPBE_SQL_H
#define PAMONG_SPBE_SQL_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

struct spbe_bukti;
struct spbe_penilaian;
struct spbe_permintaan;
struct store;

/*
 * Store framework kode with its file text isi, replacing a stored one
 * with other text unless a final assessment uses it.  0, or an error.
 */
int spbe_sql_kerangka_put(struct store *, const char *kode, const char *nama,
    const char *isi, time_t now);

/* The stored text of framework kode (heap); NULL if none or on error. */
char *spbe_sql_kerangka_isi(struct store *, const char *kode);

/* Number of stored frameworks with code kode (0 or 1). */
int64_t spbe_sql_kerangka_count(struct store *, const char *kode);

/* Read assessment id into p: 1 found, 0 not, -1 error. */
int spbe_sql_penilaian_get(struct store *, int64_t id,
    struct spbe_penilaian *p);

/*
 * Every assessment, newest year first, newest revision first; or with
 * spbe_sql_penilaian_list_final() the newest final revision of each
 * year.  Heap (never empty), *np rows; NULL on error.
 */
struct spbe_penilaian *spbe_sql_penilaian_list(struct store *, size_t *np);
struct spbe_penilaian *spbe_sql_penilaian_list_final(struct store *,
    size_t *np);

/* Number of assessments, all years, revisions and frameworks. */
int64_t spbe_sql_penilaian_total(struct store *);

/* Number of assessments of tahun with framework kode. */
int64_t spbe_sql_penilaian_count(struct store *, int tahun, const char *kode);

/* Insert draft revision 1; *id gets its id.  0, or a store error. */
int spbe_sql_penilaian_insert(struct store *, int tahun, const char *kode,
    int demo, int64_t actor, time_t now, int64_t *id);

/*
 * Walk the stored entries of assessment id: indicator, level,
 * explanation, responsible unit id (0: none) and name, evidence count.
 * -1 when the statement cannot be prepared, else 0.
 */
int spbe_sql_each_isian(struct store *, int64_t id,
    void (*fn)(void *, int nomor, int level, const char *penjelasan,
	int64_t unit_id, const char *unit_nama, int nbukti),
    void *arg);

/* Walk indicator, level of the entries of assessment id; as above. */
int spbe_sql_each_level(struct store *, int64_t id,
    void (*fn)(void *, int nomor, int level), void *arg);

/* Number of units with this id (0 or 1). */
int64_t spbe_sql_unit_count(struct store *, int64_t unit_id);

/* Set (insert or update) one entry of assessment id.  0, or an error. */
int spbe_sql_isian_put(struct store *, int64_t id, int nomor, int level,
    const char *penjelasan, int64_t unit_id, int64_t actor, time_t now);

/*
 * The state changes of assessment id: draft -> diajukan (submit),
 * diajukan -> draft (unsubmit), diajukan -> final with its index and
 * predikat (finalise).  0 when exactly one row changed, else -1.
 */
int spbe_sql_submit(struct store *, int64_t id, int64_t actor, time_t now);
int spbe_sql_unsubmit(struct store *, int64_t id, int64_t actor, time_t now);
int spbe_sql_finalise(struct store *, int64_t id, int64_t actor, time_t now,
    int64_t indeks, const char *predikat);

/*
 * Insert draft revision revisi of (tahun, kerangka); *id gets its id.
 * 0, or a store error.
 */
int spbe_sql_revisi_insert(struct store *, int tahun, const char *kerangka,
    int revisi, const char *alasan, int demo, int64_t actor, time_t now,
    int64_t *id);

/* Copy the entries, then the evidence, of assessment from to newid. */
int spbe_sql_revisi_copy(struct store *, int64_t newid, int64_t from);

/*
 * Evidence of assessment id (every indicator, or nomor if > 0), by
 * indicator.  Heap (never empty, even on error), *np rows.
 */
struct spbe_bukti *spbe_sql_bukti_list(struct store *, int64_t id, int nomor,
    size_t *np);

/* Insert evidence (sha or url NULL).  0, or a store error. */
int spbe_sql_bukti_insert(struct store *, int64_t id, int nomor,
    const char *jenis, const char *sha, const char *url, const char *judul,
    int64_t unit_id, int64_t actor, time_t now);

/* Mark unit_id's open requests for indicator nomor of id fulfilled. */
int spbe_sql_permintaan_fulfil(struct store *, int64_t id, int nomor,
    int64_t unit_id, time_t now);

/* Number of pieces of evidence with this sha256. */
int64_t spbe_sql_bukti_count(struct store *, const char *sha256);

/*
 * Number of pieces of evidence with this sha256 that unit_id uploaded or
 * was asked for.
 */
int64_t spbe_sql_bukti_count_unit(struct store *, const char *sha256,
    int64_t unit_id);

/* Insert an open request.  0, or a store error. */
int spbe_sql_permintaan_insert(struct store *, int64_t id, int nomor,
    int64_t unit_id, const char *pesan, int64_t actor, time_t now);

/*
 * Requests for unit_id (0: all), open first, newest first, at most 500.
 * Heap (never empty, even on error), *np rows.
 */
struct spbe_permintaan *spbe_sql_permintaan_list(struct store *,
    int64_t unit_id, size_t *np);

/* Read request rid into r: 1 found, 0 not, -1 error. */
int spbe_sql_permintaan_get(struct store *, int64_t rid,
    struct spbe_permintaan *r);

/* Mark request rid fulfilled if open.  0, or a store error. */
int spbe_sql_permintaan_done(struct store *, int64_t rid, time_t now);

/* Live evidence (spbe_live.c): figures from other modules' tables. */

/* Is there a table of this name? */
int spbe_sql_has_table(struct store *, const char *name);

/* Services and applications of [a, b) (0 where a count fails). */
struct spbe_sql_layanan {
	long long nl;	  /* active services */
	long long nf;	  /* active services with form fields */
	long long np;	  /* applications submitted */
	long long ns;	  /* applications finished */
	long long fin;	  /* finished with a due date */
	long long ontime; /* finished by the due date (WIB) */
};
void spbe_sql_layanan_counts(struct store *, int64_t a, int64_t b,
    struct spbe_sql_layanan *);

/* Documents signed in [a, b); spbe_sql_dokumen_logged(): also logged. */
int64_t spbe_sql_dokumen_signed(struct store *, int64_t a, int64_t b);
int64_t spbe_sql_dokumen_logged(struct store *, int64_t a, int64_t b);

/* Active services that publish a complaints procedure. */
int64_t spbe_sql_layanan_complaints(struct store *);

/* Complaints of [a, b): all, finished, dispatched to a unit, late. */
void spbe_sql_pengaduan_counts(struct store *, int64_t a, int64_t b,
    long long *n, long long *done, long long *disp, long long *late);

/* Audit events; cases; complaints that opened a case. */
int64_t spbe_sql_audit_count(struct store *);
int64_t spbe_sql_kasus_count(struct store *);
int64_t spbe_sql_pengaduan_kasus(struct store *);

#endif
