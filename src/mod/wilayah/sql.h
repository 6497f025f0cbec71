/*
 * sql.h: the wilayah module's SQL (issue 13), private to the module.
 * Each function runs one statement with bound parameters; the callers
 * keep the rules and transactions.
 */
#ifndef PAMONG_WILAYAH_SQL_H
#define PAMONG_WILAYAH_SQL_H

struct store;
struct wilayah;
struct wilayah_list;

/* Region code into *w; 0, or -1 not found or store error. */
int wilayah_sql_get(struct store *, const char *code, struct wilayah *w);

/* The children of parent, by code, into *l; 0 or -1 (l emptied). */
int wilayah_sql_children(struct store *, const char *parent,
    struct wilayah_list *l);

/* Insert or update one region.  0 or a store error. */
int wilayah_sql_upsert(struct store *, const char *code, const char *name,
    const char *level, const char *parent, int kelurahan);

/* Insert or update one OPD unit.  0 or a store error. */
int wilayah_sql_upsert_opd(struct store *, const char *code, const char *name,
    const char *category, const char *basis, const char *note);

/* Every kecamatan whose code is LIKE like becomes a unit.  0 or error. */
int wilayah_sql_kecamatan_units(struct store *, const char *like);

/* Every desa whose code is LIKE like becomes a unit.  0 or error. */
int wilayah_sql_desa_units(struct store *, const char *like);

#endif
