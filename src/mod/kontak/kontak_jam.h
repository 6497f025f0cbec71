/*
 * kontak_jam.h: a unit's contact and opening hours as data, and times
 * of day in the Indonesian notation (kontak_jam.c).  Public through
 * kontak.h; the module's SQL reads and writes these types.
 */
#ifndef PAMONG_KONTAK_JAM_H
#define PAMONG_KONTAK_JAM_H

#include <stdint.h>
#include <time.h>

#define KONTAK_DAYS 7	  /* index 0 Senin ... 6 Minggu */
#define KONTAK_SESSIONS 2 /* at most two sessions per day */

/* One session: minutes after midnight WIB, open < close. */
struct kontak_sesi {
	int buka;
	int tutup;
};

struct kontak_hari {
	int n; /* sessions: 0 (closed), 1 or 2 */
	struct kontak_sesi s[KONTAK_SESSIONS];
};

struct kontak {
	int64_t unit_id;
	char alamat[1204]; /* up to 300 characters */
	char telepon[21];
	char email[255];    /* "" when none */
	char whatsapp[21];  /* "" when none */
	char catatan[1204]; /* "" when none */
	int demo;	    /* 1: demo data (init --demo) */
	time_t updated_at;
	struct kontak_hari hari[KONTAK_DAYS];
};

/* Day names, index 0 "Senin" ... 6 "Minggu". */
extern const char *const kontak_day_names[KONTAK_DAYS];

/*
 * Parse a time of day "HH:MM", "HH.MM" or "H:MM" (00:00 to 23:59) into
 * minutes after midnight.  Returns the minutes, or -1 when s is not such
 * a time (empty included).
 */
int kontak_time_parse(const char *s);

/* Minutes as "08.00" (the Indonesian notation) into out. */
void kontak_time_format(int minutes, char out[6]);

#endif
