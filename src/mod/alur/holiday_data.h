/*
 * holiday_data.h: a holiday as data, below both the module's rules
 * (holiday.c) and its SQL (sql.c).  Public through holiday.h.
 */
#ifndef PAMONG_HOLIDAY_DATA_H
#define PAMONG_HOLIDAY_DATA_H

#include "lib/str.h"

struct holiday {
	char date[11]; /* YYYY-MM-DD */
	char name[STR_CHARS(120)];
	char kind[16]; /* libur_nasional | cuti_bersama | libur_daerah */
	char basis[STR_CHARS(300)]; /* legal basis, may be "" */
};

#endif
