/*
 * sql.h: the kasus module's SQL (issue 13), private to the module.
 * Each function runs one statement with bound parameters; the callers
 * keep the rules, transactions and audit events.
 */
#ifndef PAMONG_KASUS_SQL_H
#define PAMONG_KASUS_SQL_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

struct store;
struct kasus_row;
struct kasus_note;

/* How many cases have a nomor beginning with prefix. */
int64_t kasus_sql_count_prefix(struct store *, const char *prefix);

/* Insert case nomor (unit_id 0: none); *idp gets its id.  0 or error. */
int kasus_sql_insert(struct store *, const char *nomor, const char *sumber,
    const char *ref_type, const char *ref_id, int64_t unit_id,
    const char *judul, const char *ringkasan, time_t now, int64_t *idp);

/* The rows of kasus_list() (see kasus.h): their number, or -1. */
int kasus_sql_list(struct store *, const char *status, int max,
    struct kasus_row **rows);

/* Case nomor into *r, its texts owned; 0, or -1 not found or error. */
int kasus_sql_get(struct store *, const char *nomor, struct kasus_row *r,
    char **ringkasan, char **temuan);

/* The notes of case id, oldest first (caller frees *notes); count. */
int kasus_sql_notes(struct store *, int64_t id, struct kasus_note **notes);

/* Id (0 if none) and status of case nomor; 0, or -1 store error. */
int kasus_sql_status(struct store *, const char *nomor, int64_t *idp,
    char *status, size_t len);

/* Assign case id to actor_id, status diproses.  0 or a store error. */
int kasus_sql_take(struct store *, int64_t id, int64_t actor_id);

/* Add a note by actor_id to case id.  0 or a store error. */
int kasus_sql_add_note(struct store *, int64_t id, int64_t actor_id,
    const char *text, time_t now);

/* Close case id with its findings.  0 or a store error. */
int kasus_sql_close(struct store *, int64_t id, int64_t actor_id,
    const char *temuan, time_t now);

#endif
