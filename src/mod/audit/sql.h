/*
 * sql.h: the audit module's SQL (issue 13), private to the module.
 * Each function runs one statement with bound parameters; the callers
 * keep the hashing and the checks.
 */
#ifndef PAMONG_AUDIT_SQL_H
#define PAMONG_AUDIT_SQL_H

#include <stddef.h>
#include <stdint.h>

struct store;

/* The columns that are hashed, in order (keep in sync with audit.h). */
#define AUDIT_NCOLS 12

/* One stored event as audit_sql_walk() reads it (valid during fn). */
struct audit_sql_event {
	int64_t id;
	const char *vals[AUDIT_NCOLS];	/* the hashed columns */
	const unsigned char *prev_hash; /* NULL if none */
	size_t prev_len;
	const unsigned char *hash; /* NULL if none */
	size_t hash_len;
};

/* Id (0 if none) and hash (zeros if none) of the last event; 0 or -1. */
int audit_sql_last(struct store *, int64_t *idp, unsigned char prev[32]);

/*
 * Insert event id: vals are the hashed columns as text (actor and unit
 * are bound as actor_id and unit_id, 0 for none).  0 or -1.
 */
int audit_sql_insert(struct store *, int64_t id, int64_t at, int64_t actor_id,
    int64_t unit_id, const char *const vals[AUDIT_NCOLS],
    const unsigned char prev[32], const unsigned char hash[32]);

/*
 * Call fn for every event in id order until it returns non-zero.
 * Returns what fn returned, 0 after the last event, -1 store error.
 */
int audit_sql_walk(struct store *,
    int (*fn)(void *, const struct audit_sql_event *), void *arg);

#endif
