/*
 * akses_data.h: an entry of a citizen's data-access list as data, below
 * both the module's rules (akses.c) and its SQL (sql.c).  Public through
 * akses.h.
 */
#ifndef PAMONG_AKSES_DATA_H
#define PAMONG_AKSES_DATA_H

#include "lib/str.h"

#include <stdint.h>
#include <time.h>

/* One entry of a citizen's list. */
struct akses_row {
	int64_t id;
	time_t at;
	char pembaca[STR_CHARS(120)]; /* officer's full name */
	char unit[STR_CHARS(160)];    /* officer's unit name ("" if none) */
	char objek_type[24];
	char objek_id[64];
	char tujuan[STR_CHARS(240)];
	char kasus[32]; /* case nomor when disputed, else "" */
};

#endif
