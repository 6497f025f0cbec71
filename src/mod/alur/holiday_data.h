/*
 * holiday_data.h: a holiday as data, below both the module's rules
 * (holiday.c) and its SQL (sql.c).  Public through holiday.h.
 */
#ifndef PAMONG_HOLIDAY_DATA_H
#define PAMONG_HOLIDAY_DATA_H

struct holiday {
	char	date[11];	/* YYYY-MM-DD */
	char	name[121];
	char	kind[16];	/* libur_nasional | cuti_bersama | libur_daerah */
	char	basis[301];	/* legal basis, may be "" */
};

#endif
