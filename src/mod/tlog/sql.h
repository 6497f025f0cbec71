/*
 * sql.h: the tlog module's statements (issue 13), private to
 * src/mod/tlog/.  One function per database job, parameters bound; the
 * callers keep the checks, transactions, hashing and audit.  Functions
 * returning int return 0 on success and -1 on failure unless said
 * otherwise.
 *
 * The walks (tlog_sql_each_*) call fn for each row, in order, until fn
 * returns nonzero or the rows end.  Blobs and strings given to fn live
 * until fn returns; a NULL blob comes with its length 0.
 */
#ifndef PAMONG_TLOG_SQL_H
#define PAMONG_TLOG_SQL_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

struct sampel_row;
struct store;

/* Store the hash of node (level, idx) unless stored.  0, or an error. */
int tlog_sql_node_put(struct store *, int level, int64_t idx,
    const unsigned char h[32]);

/*
 * The stored hash of node (level, idx) into out: 1 found, 0 not stored
 * (or not 32 bytes), -1 error.
 */
int tlog_sql_node_get(struct store *, int level, int64_t idx,
    unsigned char out[32]);

/* The stored leaf hash of entry idx into out: 0, or -1 (error, none). */
int tlog_sql_leaf_hash(struct store *, int64_t idx, unsigned char out[32]);

/* Number of entries (highest index + 1), -1 on error. */
int64_t tlog_sql_size(struct store *);

/*
 * Entry idx (heap, NUL-terminated, *len bytes; NULL when none or on
 * error) and, when leaf_hash is not NULL, its leaf hash (zeros when the
 * stored one is not 32 bytes).
 */
unsigned char *tlog_sql_entry_get(struct store *, int64_t idx, size_t *len,
    unsigned char leaf_hash[32]);

/* Insert entry idx with its leaf hash h.  0, or a store error. */
int tlog_sql_entry_insert(struct store *, int64_t idx, const void *entry,
    size_t len, const unsigned char h[32], time_t now);

/*
 * The note (heap) of the largest stored checkpoint with its size and
 * signing time in *size and *at; NULL when none or on error.
 */
char *tlog_sql_checkpoint_latest(struct store *, int64_t *size, int64_t *at);

/* Store checkpoint size unless stored.  0, or a store error. */
int tlog_sql_checkpoint_insert(struct store *, int64_t size,
    const unsigned char root[32], const char *note, time_t now);

/*
 * Walk every entry by index: idx, entry, leaf hash.  -1 when the
 * statement cannot be prepared or a step fails, else 0.
 */
int tlog_sql_each_entry(struct store *,
    int (*fn)(void *, int64_t idx, const void *e, size_t n, const void *lh,
	size_t hn),
    void *arg);

/*
 * Walk every stored checkpoint by size: size, root, note.  -1 when the
 * statement cannot be prepared, else 0.
 */
int tlog_sql_each_checkpoint(struct store *,
    int (*fn)(void *, int64_t size, const void *root, size_t rn,
	const char *note),
    void *arg);

/*
 * Walk the entries from..to-1 by index: idx, entry.  -1 when the
 * statement cannot be prepared, else 0.
 */
int tlog_sql_each_entry_range(struct store *, int64_t from, int64_t to,
    void (*fn)(void *, int64_t idx, const void *e, size_t n), void *arg);

/*
 * Walk the limit latest entries, latest first: idx, created_at, entry.
 * -1 when the statement cannot be prepared, else 0.
 */
int tlog_sql_each_recent(struct store *, int limit,
    void (*fn)(void *, int64_t idx, int64_t at, const void *e, size_t n),
    void *arg);

/* Read the sample of periode into r: 1 found, 0 not, -1 error. */
int tlog_sql_sampel_get(struct store *, const char *periode,
    struct sampel_row *r);

/* Every sample, latest period first (heap, *n rows).  0 or -1. */
int tlog_sql_sampel_list(struct store *, struct sampel_row **rows, size_t *n);

/* Number of samples of periode (0 or 1). */
int64_t tlog_sql_sampel_count(struct store *, const char *periode);

/* Insert the commitment of periode (actor_id 0: none).  0, or an error. */
int tlog_sql_sampel_insert(struct store *, const char *periode,
    const unsigned char seed[32], const char *komitmen, int jumlah, int64_t idx,
    int64_t actor_id, time_t now);

/*
 * The seed, size and opened flag of the sample of periode: 1 found
 * (with a 32-byte seed), else 0.
 */
int tlog_sql_sampel_seed(struct store *, const char *periode,
    unsigned char seed[32], int *jumlah, int *opened);

/* Mark the sample of periode opened at log entry idx.  0, or an error. */
int tlog_sql_sampel_open(struct store *, const char *periode, int64_t idx,
    int64_t actor_id, time_t now);

/*
 * Walk the applications finished in [lo, hi) with a number, by number:
 * nomor, service name, unit name, finished_at.  -1 when the statement
 * cannot be prepared or a step fails, else 0.
 */
int tlog_sql_each_finished(struct store *, int64_t lo, int64_t hi,
    void (*fn)(void *, const char *nomor, const char *layanan, const char *unit,
	int64_t finished_at),
    void *arg);

/* The unit id of application nomor, 0 when none. */
int64_t tlog_sql_permohonan_unit(struct store *, const char *nomor);

#endif
