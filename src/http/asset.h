/* asset.h: static files compiled into the program (served under /aset/). */
#ifndef PAMONG_ASSET_H
#define PAMONG_ASSET_H

#include <stddef.h>

struct asset {
	const char *name;
	const char *type;
	const unsigned char *data;
	size_t len;
};

/* Terminated by name == NULL; generated at build time. */
extern const struct asset assets[];
/* Kore configuration templates from conf/, used by `pamong serve`. */
extern const struct asset confs[];

#endif
