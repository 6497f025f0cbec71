/* audit.h: the append-only audit trail. */
#ifndef PAMONG_AUDIT_H
#define PAMONG_AUDIT_H

#include <stdint.h>

struct store;

struct audit {
	int64_t		 actor_id;	/* 0 = system or CLI */
	const char	*role;
	int64_t		 unit_id;	/* 0 = none */
	const char	*action;	/* e.g. "akun.buat" */
	const char	*object_type;
	const char	*object_id;
	const char	*from_state;
	const char	*to_state;
	const char	*note;
	const char	*addr;
};

/*
 * Append one event.  Must be called inside the transaction of the change
 * it records (a BUG otherwise).  Returns 0 or -1.
 */
int	audit_write(struct store *, const struct audit *);

#endif
