/*
 * sql.h: every SQL statement of the kontak module (sql.c), private to
 * the module.  Return conventions as in store.h: 0 ok, -1 failure.
 */
#ifndef PAMONG_KONTAK_SQL_H
#define PAMONG_KONTAK_SQL_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

struct store;
struct kontak;

/* Unit by code: id (0 unknown), name into name (may be NULL). */
int64_t kontak_sql_unit(struct store *, const char *code, char *name,
    size_t namelen);
/* Code of unit id into code; 0, or -1 when unknown. */
int kontak_sql_unit_code(struct store *, int64_t id, char *code,
    size_t codelen);
/* Contact and hours of unit_id: 0 found, 1 none, -1 error. */
int kontak_sql_get(struct store *, int64_t unit_id, struct kontak *);
/*
 * Replace the contact and hours of k->unit_id (inside the caller's
 * transaction); actor_id 0 stores NULL.  0 or -1.
 */
int kontak_sql_put(struct store *, const struct kontak *, int64_t actor_id);

/*
 * Delete every contact marked demo and its hours (inside the caller's
 * transaction).  Returns the number deleted, or -1.
 */
int kontak_sql_demo_delete(struct store *);

/*
 * Call fn for every active unit (only unit_id when it is not 0), OPD
 * first, then kecamatan, then kampung/kelurahan, by code: has is 1 when
 * it has a contact, demo 1 when that is demo data.  0 or -1.
 */
int kontak_sql_units(struct store *, int64_t unit_id,
    void (*fn)(void *, const char *code, const char *name, const char *kind,
	int has, int demo),
    void *arg);

#endif
