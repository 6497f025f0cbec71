/* aturan.c: the queue's pure rules (see aturan.h). */
#include <string.h>

#include "lib/when.h"
#include "aturan.h"

const char *
antrian_sesi(time_t now)
{
	struct tm tm;

	if (when_wib(now, &tm) != 0)
		return "pagi";
	return tm.tm_hour < 12 ? "pagi" : "siang";
}

/* "HH:MM" as minutes, -1 if empty or malformed. */
static int
menit(const char *s)
{
	if (strlen(s) != 5 || s[2] != ':' || s[0] < '0' || s[0] > '2' ||
	    s[1] < '0' || s[1] > '9' || s[3] < '0' || s[3] > '5' ||
	    s[4] < '0' || s[4] > '9')
		return -1;
	return ((s[0] - '0') * 10 + s[1] - '0') * 60 + (s[3] - '0') * 10 +
	    s[4] - '0';
}

int
antrian_buka(const struct antrian_lokasi *l, time_t now)
{
	struct tm tm;
	int d, m, batas;

	if (!l->jam_berlaku)
		return 1;
	if (when_wib(now, &tm) != 0)
		return 0;
	d = (tm.tm_wday + 6) % 7; /* 0 Senin */
	m = tm.tm_hour * 60 + tm.tm_min;
	if (l->buka[d] < 0 || l->tutup[d] < 0)
		return 0;
	if (m < l->buka[d] || m >= l->tutup[d])
		return 0;
	batas = menit(l->batas_ambil);
	return batas < 0 || m < batas;
}

int
antrian_prio_dulu(int prio_di_dua_terakhir)
{
	return prio_di_dua_terakhir <= 0;
}
