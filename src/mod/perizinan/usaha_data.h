/*
 * usaha_data.h: one business identity, shared by the rules (usaha.h) and
 * the module's SQL (sql.c).
 */
#ifndef PAMONG_USAHA_DATA_H
#define PAMONG_USAHA_DATA_H

#include "lib/str.h"

#define USAHA_KBLI_MAX 40

struct usaha {
	char nib[24];
	char npwp[32];
	char nama[STR_CHARS(200)];
	char kbli[301]; /* "01111 47111" */
	int kuasa;	/* accounts acting for it (read only) */
};

#endif
