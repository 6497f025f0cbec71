/*
 * spbe_store.h: SPBE self-assessments in the database (migration 0009).
 *
 * One assessment per year, framework and revision.  States: draft ->
 * diajukan -> final; diajukan can go back to draft.  A final assessment
 * is read-only (also enforced by triggers); a correction creates revision
 * n+1 as a draft copying every entry and piece of evidence.  Every change
 * is one transaction with its audit event.  Functions returning int give
 * 0 on success or -1 with an Indonesian message in *why.
 */
#ifndef PAMONG_SPBE_STORE_H
#define PAMONG_SPBE_STORE_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "spbe_data.h"
#include "lib/str.h"

struct account;
struct store;
struct spbe_framework;

/* Label of a state ("Draf", "Diajukan", "Final"). */
const char *spbe_status_label(const char *status);

/*
 * Load and validate the framework file at path and store it (replacing
 * a stored framework of the same code unless a final assessment uses it).
 * Returns 0, or -1 with the loader's message in err.
 */
int spbe_kerangka_install(struct store *, const char *path, time_t now,
    char *err, size_t errlen);
/* The stored framework kode, parsed; NULL if absent or invalid. */
struct spbe_framework *spbe_kerangka_get(struct store *, const char *kode);
/* Code of the default framework stored ("permenpanrb-59-2020"). */
#define SPBE_KERANGKA_DEFAULT "permenpanrb-59-2020"

int spbe_get(struct store *, int64_t id, struct spbe_penilaian *);
/* All assessments, newest year first, newest revision first; *n set. */
struct spbe_penilaian *spbe_list(struct store *, size_t *n);
/* The final revisions only (newest final per year), newest year first. */
struct spbe_penilaian *spbe_list_final(struct store *, size_t *n);
/* Number of assessments (every revision); 0 also on a store error. */
int64_t spbe_count(struct store *);

/*
 * Per-indicator entries of assessment id, one per fw->ind (level 0 and
 * empty text where nothing was stored).  Free with spbe_isian_free().
 */
struct spbe_isian *spbe_entries(struct store *, const struct spbe_framework *,
    int64_t id);
void spbe_isian_free(struct spbe_isian *, size_t n);
/* Just the levels (one per fw->ind), caller frees. */
int *spbe_levels(struct store *, const struct spbe_framework *, int64_t id);

/* Create a draft for tahun with framework kode (none may exist yet). */
int spbe_create(struct store *, const char *kode, int tahun, int demo,
    const struct account *, const char *addr, time_t now, int64_t *idp,
    const char **why);
/*
 * Set one indicator of a draft: level 0..5, explanation (<= 4000 bytes,
 * valid UTF-8), responsible unit (0 = none; must exist).
 */
int spbe_set(struct store *, const struct spbe_framework *, int64_t id,
    int nomor, int level, const char *penjelasan, int64_t unit_id,
    const struct account *, const char *addr, time_t now, const char **why);
/* draft -> diajukan (every indicator must have a level). */
int spbe_submit(struct store *, const struct spbe_framework *, int64_t id,
    const struct account *, const char *addr, time_t now, const char **why);
/* diajukan -> draft. */
int spbe_return(struct store *, int64_t id, const struct account *,
    const char *addr, time_t now, const char **why);
/* diajukan -> final; the index and predikat are computed and fixed. */
int spbe_finalise(struct store *, const struct spbe_framework *, int64_t id,
    const struct account *, const char *addr, time_t now, const char **why);
/* final -> new draft revision n+1 copying entries and evidence. */
int spbe_revise(struct store *, int64_t id, const char *alasan,
    const struct account *, const char *addr, time_t now, int64_t *newid,
    const char **why);

/* Evidence of assessment id (all indicators, or only nomor if > 0). */
struct spbe_bukti *spbe_bukti_list(struct store *, int64_t id, int nomor,
    size_t *n);
void spbe_bukti_free(struct spbe_bukti *, size_t n);
/*
 * Add evidence to indicator nomor of a draft: a stored file (sha256 from
 * berkas_put() in the same transaction is the caller's business: pass
 * data and let this function store it) or an http(s) link.
 */
int spbe_bukti_add_file(struct store *, const char *data_dir,
    const struct spbe_framework *, int64_t id, int nomor, const char *judul,
    const void *data, size_t len, const struct account *, const char *addr,
    time_t now, const char **why);
int spbe_bukti_add_link(struct store *, const struct spbe_framework *,
    int64_t id, int nomor, const char *judul, const char *url,
    const struct account *, const char *addr, time_t now, const char **why);
/* Is sha256 evidence of an assessment the account may read? */
int spbe_bukti_readable(struct store *, const char *sha256,
    const struct account *);

/* Ask unit_id to supply evidence for indicator nomor of a draft. */
int spbe_request(struct store *, const struct spbe_framework *, int64_t id,
    int nomor, int64_t unit_id, const char *pesan, const struct account *,
    const char *addr, time_t now, const char **why);
/* Requests for one unit (unit_id > 0) or all (0), open first. */
struct spbe_permintaan *spbe_requests(struct store *, int64_t unit_id,
    size_t *n);
void spbe_requests_free(struct spbe_permintaan *, size_t n);
int spbe_request_get(struct store *, int64_t rid, struct spbe_permintaan *);
/* Mark request rid fulfilled (by its unit, when evidence was added). */
int spbe_request_done(struct store *, int64_t rid, const struct account *,
    const char *addr, time_t now);

/* Live evidence from Pamong itself for one indicator (doc/spbe.md). */
#define SPBE_LIVE_LINES 4
struct spbe_live {
	char baris[SPBE_LIVE_LINES][320]; /* figures, in words */
	int nbaris;
	int level;	    /* level the figures support, 0 = none */
	const char *aturan; /* the rule, in words (static) */
};
/*
 * Figures for indicator nomor in year tahun: 1 if Pamong serves it (37,
 * 39, 40, 42, 45-47; out filled, "belum tersedia" for a missing table),
 * 0 if it does not.
 */
int spbe_live(struct store *, int nomor, int tahun, struct spbe_live *out);

#endif
