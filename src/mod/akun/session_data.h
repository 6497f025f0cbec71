/*
 * session_data.h: a session as data, below both the module's rules
 * (session.c) and its SQL (sql.c).  Public through session.h.
 */
#ifndef PAMONG_SESSION_DATA_H
#define PAMONG_SESSION_DATA_H

#include <time.h>

struct session_info {
	char token_hash[65];
	char kind[8];
	time_t created_at;
	time_t last_seen;
	time_t expires_at;
	char addr[64];
	char agent[128];
};

#endif
