/*
 * wilayah_data.h: regions as data, below both the module's rules
 * (wilayah.c) and its SQL (sql.c).  Public through wilayah.h.
 */
#ifndef PAMONG_WILAYAH_DATA_H
#define PAMONG_WILAYAH_DATA_H

#include "lib/str.h"

#include <stddef.h>

struct wilayah {
	char code[14];
	char name[STR_CHARS(120)];  /* official name ("Kampung Dalam") */
	char label[STR_CHARS(160)]; /* display name ("Kecamatan Siak") */
	char level[10];		    /* provinsi|kabupaten|kecamatan|desa */
	char parent[14];	    /* "" for a province */
	int kelurahan;		    /* desa-level unit that is a kelurahan */
	int nchildren;		    /* regions directly below this one */
};

struct wilayah_list {
	struct wilayah *v;
	size_t n;
};

/* Free the regions of l and empty it. */
void wilayah_list_free(struct wilayah_list *);

#endif
