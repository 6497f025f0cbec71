/*
 * kasus_data.h: a case and its notes as data, below both the module's
 * rules (kasus.c) and its SQL (sql.c).  Public through kasus.h.
 */
#ifndef PAMONG_KASUS_DATA_H
#define PAMONG_KASUS_DATA_H

#include "lib/str.h"

#include <stdint.h>
#include <time.h>

/* One case as the Inspektorat pages show it. */
struct kasus_row {
	int64_t id;
	char nomor[32];
	char sumber[24];
	char ref_type[24];
	char ref_id[64];
	char unit[STR_CHARS(160)]; /* unit concerned, "" if none */
	char judul[STR_CHARS(240)];
	char status[12];
	char petugas[STR_CHARS(120)]; /* assigned inspector, "" if none */
	time_t created_at;
	time_t closed_at; /* 0 while open */
};

/* A note on a case. */
struct kasus_note {
	time_t at;
	char who[STR_CHARS(120)];
	char text[STR_CHARS(2000)];
};

#endif
