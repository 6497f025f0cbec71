/*
 * when.h: time as Pamong writes it: ISO 8601 UTC for machines, WIB
 * (Waktu Indonesia Barat, UTC+7, no daylight saving) for people, and
 * civil day numbers (days since 1970-01-01, proleptic Gregorian).
 */
#ifndef PAMONG_WHEN_H
#define PAMONG_WHEN_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#define WHEN_WIB (7 * 3600) /* seconds east of UTC */
#define WHEN_ISO8601_LEN 21 /* "2026-11-28T10:00:00Z" and its NUL */

/* "Januari" ... "Desember" and "Jan" ... "Des", by tm_mon (0-11). */
extern const char *const when_bulan[12];
extern const char *const when_bln[12];

/*
 * Write t as ISO 8601 UTC "YYYY-MM-DDTHH:MM:SSZ" to out.  Return 0, or
 * -1 when t has no calendar date (out is then "").
 */
int when_iso8601(time_t t, char out[WHEN_ISO8601_LEN]);

/* Break t down as WIB wall-clock time into *tm; 0, or -1 as gmtime_r(3). */
int when_wib(time_t t, struct tm *tm);

/*
 * strftime(3) of t as WIB wall-clock time into out of size bytes: the
 * length written, or 0 when t has no date or the text does not fit (out
 * is then "").
 */
size_t when_wib_format(char *out, size_t size, const char *fmt, time_t t);

/* Days since 1970-01-01 of the date y-m-d (m 1-12, d 1-31). */
long when_days_from_civil(int y, int m, int d);

/* The date (m 1-12, d 1-31) of day z since 1970-01-01. */
void when_civil_from_days(long z, int *y, int *m, int *d);

/* The WIB day of t, in days since 1970-01-01 (rounded down). */
long when_wib_day(int64_t t);

/* The instant WIB day z begins (00:00 WIB), in seconds since the epoch. */
int64_t when_wib_day_start(long z);

#endif
