/*
 * pengumuman_data.h: an announcement as data, below both the module's
 * rules (pengumuman.c) and its SQL (sql.c).  Public through
 * pengumuman.h.
 */
#ifndef PAMONG_PENGUMUMAN_DATA_H
#define PAMONG_PENGUMUMAN_DATA_H

#include "lib/str.h"

#include <stddef.h>
#include <stdint.h>

struct pengumuman {
	int64_t id;
	int64_t unit_id;
	char unit_code[33];
	char unit_name[STR_CHARS(160)];
	char jenis[24];
	char *judul;	      /* owned */
	char *isi;	      /* owned */
	char state[8];	      /* draft | terbit | ditarik */
	int64_t published_at; /* 0 if never */
	int64_t created_at;
	int64_t updated_at;
};

/* Free what p owns (judul, isi). */
void pengumuman_clear(struct pengumuman *);
/* Free a list of n announcements (pengumuman_list()). */
void pengumuman_list_free(struct pengumuman *, size_t n);

#endif
