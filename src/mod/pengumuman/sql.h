/*
 * sql.h: the pengumuman module's SQL (issue 13), private to the module.
 * Each function runs one statement with bound parameters; the callers
 * keep the rules, transactions and audit events.
 */
#ifndef PAMONG_PENGUMUMAN_SQL_H
#define PAMONG_PENGUMUMAN_SQL_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

struct store;
struct pengumuman;

/* Announcement id into *p; 0, -1 not found, -3 store error. */
int pengumuman_sql_get(struct store *, int64_t id, struct pengumuman *p);

/* The list of pengumuman_list() (see pengumuman.h); NULL on error. */
struct pengumuman *pengumuman_sql_list(struct store *, int64_t unit_id,
    int published_only, int limit, size_t *np);

/* Insert a draft of the unit; *idp gets its id.  0 or a store error. */
int pengumuman_sql_insert(struct store *, int64_t unit_id, const char *jenis,
    const char *judul, const char *isi, int64_t author_id, time_t now,
    int64_t *idp);

/* Update the text of announcement id.  0 or a store error. */
int pengumuman_sql_update(struct store *, int64_t id, const char *jenis,
    const char *judul, const char *isi, time_t now);

/* Move id from state from to state to (stamps terbit).  0 or an error. */
int pengumuman_sql_set_state(struct store *, int64_t id, const char *from,
    const char *to, time_t now);

/* Unit id and name (into name, len) by code; 0 when unknown. */
int64_t pengumuman_sql_unit_by_code(struct store *, const char *code,
    char *name, size_t len);

#endif
