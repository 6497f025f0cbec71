/*
 * sql.h: the layanan module's statements (issue 13), private to
 * src/mod/layanan/.  One function per database job, parameters bound;
 * the callers (catalog.c) keep the checks, transactions and audit.
 * Functions returning int return 0 on success and -1 on failure unless
 * said otherwise.
 */
#ifndef PAMONG_LAYANAN_SQL_H
#define PAMONG_LAYANAN_SQL_H

#include <stdint.h>

struct catalog_stats;
struct layanan;
struct layanan_list;
struct store;
struct unit_list;

/* Rewrite the full-text index row of service id from the tables. */
int layanan_sql_fts_refresh(struct store *, int64_t id);

/* The id of the OPD with this code, 0 when there is none. */
int64_t layanan_sql_opd_id(struct store *, const char *code);

/*
 * Insert the service code, or update it when it exists (the procedure
 * and complaints texts are set only on insert).  unit_id 0 stores NULL,
 * fee -1 stores NULL.  0, or STORE_CONSTRAINT / STORE_ERR.
 */
int layanan_sql_upsert(struct store *, const char *code, const char *name,
    const char *level, int64_t unit_id, const char *product, int64_t sla_days,
    int64_t fee, const char *fee_note, const char *procedure,
    const char *complaints, const char *legal_basis, const char *sla_fee_basis,
    const char *source, int64_t updated_at);

/* The id of the service with this code, 0 when there is none. */
int64_t layanan_sql_id(struct store *, const char *code);
/* Owning unit of service id: its unit for kabupaten level, else 0; -1 none. */
int64_t layanan_sql_owner(struct store *, int64_t id);

/* Delete every requirement of service id. */
int layanan_sql_syarat_clear(struct store *, int64_t id);

/* Add requirement text at pos of service id (trim: trimmed by SQL). */
int layanan_sql_syarat_add(struct store *, int64_t id, int pos,
    const char *text, int trim);

/* Append the requirements of l->id, in order, to l->syarat. */
int layanan_sql_syarat_load(struct store *, struct layanan *l);

/*
 * The active unit with this code: *id and *kind (heap, the caller
 * frees) when found, *kind NULL when not.  -1 on error.
 */
int layanan_sql_unit_find(struct store *, const char *code, int64_t *id,
    char **kind);

/* Number of active kampung units with this code (0 or 1). */
int64_t layanan_sql_kampung_count(struct store *, const char *code);

/*
 * Append to ll the services matching fq, sinonim_query()'s FTS5 query on
 * SQLite or to_tsquery text on PostgreSQL (name matches first, then best),
 * or, with layanan_sql_search_like(), those whose name, product or a
 * requirement matches the LIKE pattern like (NULL: all; by id), under
 * the filters: inactive ones only with with_inactive, level tingkat and
 * unit_level (NULL: any), unit unit_id (0: any).  -1 on error, ll then
 * holds what was read (the caller frees it).
 */
int layanan_sql_search_fts(struct store *, const char *fq, int with_inactive,
    const char *tingkat, const char *unit_level, int64_t unit_id,
    struct layanan_list *ll);
int layanan_sql_search_like(struct store *, const char *like, int with_inactive,
    const char *tingkat, const char *unit_level, int64_t unit_id,
    struct layanan_list *ll);

/* Read service code into l (no requirements): 1 found, 0 not, -1 error. */
int layanan_sql_get(struct store *, const char *code, struct layanan *l);

/*
 * Append to ul every unit of kind (NULL: all) with its parent, its
 * active services and accounts, OPDs first.  -1 on error, ul then holds
 * what was read (the caller frees it).
 */
int layanan_sql_units(struct store *, const char *kind, struct unit_list *ul);

/* Fill the counts of cs; a failed count is -1. */
void layanan_sql_stats(struct store *, struct catalog_stats *cs);

/*
 * Update the edited fields of service id (fee -1 stores NULL).
 * 0 when exactly one row changed, -1 otherwise.
 */
int layanan_sql_update(struct store *, int64_t id, const char *name,
    const char *product, int sla_days, int64_t fee, const char *fee_note,
    const char *procedure, const char *complaints, const char *legal_basis,
    int active, int64_t updated_at);

#endif
