/*
 * permohonan_query_data.h: the kampung list, the inbox filter options and the
 * in-app notifications as data, below both permohonan_query.c and the module's
 * SQL (sql.c).  Public through permohonan_query.h.
 */
#ifndef PAMONG_APP_QUERY_DATA_H
#define PAMONG_APP_QUERY_DATA_H

#include "lib/str.h"

#include <stdint.h>
#include <time.h>

/* A kampung/kelurahan of Kabupaten Siak with its kecamatan. */
struct permohonan_kampung {
	char code[14];
	char name[STR_CHARS(120)];
	int kelurahan;
	char kec_code[14];
	char kec_name[STR_CHARS(120)];
};

/* A code with its label, for the inbox filters. */
struct permohonan_option {
	char code[41];
	char label[STR_CHARS(200)];
};

/* One in-app notification. */
struct permohonan_notif {
	int64_t id;
	time_t at;
	char text[STR_CHARS(500)];
	char link[201];
	int unread;
};

#endif
