/* aturan.c: the queue's pure rules (see aturan.h). */
#include <limits.h>
#include <stdio.h>
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

static long hari_ke(const char *);

int
antrian_menit(const char *s)
{
	int h;

	if (s == NULL || strlen(s) != 5 || s[2] != ':' || s[0] < '0' ||
	    s[0] > '2' || s[1] < '0' || s[1] > '9' || s[3] < '0' ||
	    s[3] > '5' || s[4] < '0' || s[4] > '9')
		return -1;
	if ((h = (s[0] - '0') * 10 + s[1] - '0') > 23)
		return -1;
	return h * 60 + (s[3] - '0') * 10 + s[4] - '0';
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
	batas = antrian_menit(l->batas_ambil);
	return batas < 0 || m < batas;
}

int
antrian_hari_buka(const struct antrian_lokasi *l, const char *tanggal)
{
	long z = hari_ke(tanggal);
	int d;

	if (z == LONG_MIN)
		return -1;
	if (!l->jam_berlaku)
		return 1;
	/* 1970-01-01 was a Thursday: day 0 is index 3 from Senin */
	d = (int)(((z % 7) + 7 + 3) % 7);
	return l->buka[d] >= 0 && l->tutup[d] >= 0;
}

int
antrian_prio_dulu(int prio_di_dua_terakhir)
{
	return prio_di_dua_terakhir <= 0;
}

int
antrian_sesi_mulai(const char *sesi)
{
	if (sesi != NULL && strcmp(sesi, "pagi") == 0)
		return 8 * 60;
	if (sesi != NULL && strcmp(sesi, "siang") == 0)
		return 12 * 60;
	return -1;
}

/* Days since 1970-01-01 of "YYYY-MM-DD", or LONG_MIN. */
static long
hari_ke(const char *s)
{
	int y, m, d, i;

	if (s == NULL || strlen(s) != 10)
		return LONG_MIN;
	for (i = 0; i < 10; i++)
		if (i == 4 || i == 7 ? s[i] != '-' : s[i] < '0' || s[i] > '9')
			return LONG_MIN;
	if (sscanf(s, "%4d-%2d-%2d", &y, &m, &d) != 3 || m < 1 || m > 12 ||
	    d < 1 || d > 31)
		return LONG_MIN;
	return when_days_from_civil(y, m, d);
}

int
antrian_selisih_hari(const char *tanggal, time_t now)
{
	long z = hari_ke(tanggal), diff;

	if (z == LONG_MIN)
		return INT_MIN;
	diff = z - when_wib_day((int64_t)now);
	if (diff > 100000 || diff < -100000)
		return diff > 0 ? 100000 : -100000;
	return (int)diff;
}

int
antrian_jendela(const char *tanggal, const char *sesi, time_t now)
{
	long z = hari_ke(tanggal);
	int mulai = antrian_sesi_mulai(sesi);
	int64_t awal, akhir;

	if (z == LONG_MIN || mulai < 0)
		return -1;
	awal = when_wib_day_start(z) +
	    (int64_t)(mulai - ANTRIAN_CHECKIN_SEBELUM) * 60;
	akhir = when_wib_day_start(z) +
	    (int64_t)(mulai + ANTRIAN_CHECKIN_SESUDAH) * 60;
	if ((int64_t)now < awal)
		return -1;
	return (int64_t)now > akhir ? 1 : 0;
}

void
antrian_tanggal(time_t now, char out[11])
{
	int y, m, d;

	when_civil_from_days(when_wib_day((int64_t)now), &y, &m, &d);
	if (y < 0 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31)
		y = m = d = 0; /* beyond any civil date of a clock */
	snprintf(out, 11, "%04u-%02u-%02u", (unsigned)y % 10000u,
	    (unsigned)m % 100u, (unsigned)d % 100u);
}
