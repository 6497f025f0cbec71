/* store_impl.h: what every backend's connection and statement start with. */
#ifndef PAMONG_STORE_IMPL_H
#define PAMONG_STORE_IMPL_H

struct store {
	const struct store_ops *ops;
	int in_tx;
};

struct store_stmt {
	struct store *s;
};

#endif
