/*
 * audit.h: the append-only, hash-chained audit trail.
 *
 * Every event carries the hash of the event before it: hash =
 * SHA-256(prev_hash || canonical row bytes), the canonical bytes being
 * "audit-v1\n" and each column (id, at, actor_id, role, unit_id, action,
 * object_type, object_id, from_state, to_state, note, addr) as
 * "<length>:<value>\n" (NULL ids as the empty string).  Triggers refuse
 * UPDATE and DELETE; the chain makes an edit, deletion or insertion made
 * behind the database's back visible to audit_verify().
 */
#ifndef PAMONG_AUDIT_H
#define PAMONG_AUDIT_H
#include <stddef.h>
#include <stdint.h>

struct store;

struct audit {
	int64_t actor_id; /* 0 = system or CLI */
	const char *role;
	int64_t unit_id;    /* 0 = none */
	const char *action; /* e.g. "akun.buat" */
	const char *object_type;
	const char *object_id;
	const char *from_state;
	const char *to_state;
	const char *note;
	const char *addr;
};

/*
 * Append one event, chained to the last one.  Must be called inside the
 * transaction of the change it records (a BUG otherwise).  Returns 0 or -1.
 */
int audit_write(struct store *, const struct audit *);

/* What audit_verify() found. */
struct audit_check {
	int64_t events;	     /* rows read */
	int64_t chain_start; /* id of the first chained event; 0 if none */
	int64_t last_id;     /* id of the last event */
	char head[65];	     /* hex hash of the last event ("" if none) */
	int64_t bad_id;	     /* first event found wrong; 0 if none */
	char problem[200];   /* Indonesian description of it */
};

/*
 * Walk the whole trail in id order and recompute the chain.  Finds: an
 * edited event (its hash no longer matches), a deleted event (a gap in the
 * ids, or a prev_hash that no longer matches its predecessor), an inserted
 * or re-ordered event (prev_hash mismatch), an unchained event after the
 * chain started.  With expect_head (hex, may be NULL) and expect_id, also
 * checks that the event expect_id still has that hash (a head saved
 * earlier, e.g. off the machine: catches a rewritten or truncated tail).
 * Returns 0 when intact, 1 when tampered (c->bad_id, c->problem), -1 on a
 * storage error.
 */
int audit_verify(struct store *, int64_t expect_id, const char *expect_head,
    struct audit_check *c);

#endif
