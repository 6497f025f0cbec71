/*
 * izin_data.h: one row of the permit registry, shared by the module's
 * rules (izin.h) and its SQL (sql.c), so that neither includes the other.
 */
#ifndef PAMONG_IZIN_DATA_H
#define PAMONG_IZIN_DATA_H

#include <stdint.h>

#include "lib/str.h"

struct izin {
	char nomor[STR_CHARS(60)];
	char jenis_kode[41];
	char jenis[STR_CHARS(120)];
	char pemegang[STR_CHARS(200)];
	char kecamatan_kode[14];
	char kecamatan[STR_CHARS(120)];
	char terbit[11];	 /* YYYY-MM-DD */
	char berlaku_sampai[11]; /* "" when without end */
	char status[12];	 /* berlaku, dicabut, kedaluwarsa */
	int64_t pemegang_id;	 /* the holder's account, 0 if unknown;
				    for reminders, never published */
};

#endif
