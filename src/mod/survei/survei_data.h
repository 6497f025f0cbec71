/*
 * survei_data.h: the survey's invitations and services as data, with
 * the outcome codes, below both the module's rules (survei.c) and its SQL
 * (sql.c).  Public through survei.h.
 */
#ifndef PAMONG_SURVEI_DATA_H
#define PAMONG_SURVEI_DATA_H

#include "lib/str.h"

#include <stdint.h>

struct survei_undangan {
	int64_t id;
	int64_t permohonan_id;
	int64_t account_id;
	int64_t unit_id;
	int64_t layanan_id;
	char nomor[64]; /* the application's, or the ticket's */
	char kode[65];	/* a queue ticket's invitation: its code; "" for an
			   application's (id, permohonan_id, account_id 0) */
	char layanan[STR_CHARS(200)];
	char unit[STR_CHARS(160)];
	int64_t created_at;
	int64_t answered_at; /* 0 while open */
};

/* Outcomes of survei_isi() besides 0 and -1 (see there). */
#define SURVEI_TIDAK_ADA -2 /* no such invitation for this account */
#define SURVEI_SUDAH -3	    /* already answered */
#define SURVEI_GAGAL -4	    /* store error; nothing written */

/* A service a unit provides (for the paper form and the IKM filters). */
struct survei_layanan {
	int64_t id;
	char code[21];
	char name[STR_CHARS(200)];
};

#endif
