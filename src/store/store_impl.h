/* store_impl.h: what every backend's connection and statement start with. */
#ifndef PAMONG_STORE_IMPL_H
#define PAMONG_STORE_IMPL_H

#include <stdint.h>

struct store {
	const struct store_ops *ops;
	int in_tx;
	int changes;		 /* of the last store_run() */
	int counted;		 /* VERSI_UNKNOWN, VERSI_ABSENT, VERSI_ON */
	int64_t written;	 /* ops->written() when the tx began */
	uint64_t versi;		 /* the change counter last seen */
	void (*watch)(uint64_t); /* store_watch() */
};

/* Whether the database has the change counter (store.c). */
enum { VERSI_UNKNOWN, VERSI_ABSENT, VERSI_ON };

struct store_stmt {
	struct store *s;
};

#endif
