/*
 * kinerja_hari.h: the calendar of the performance figures: periods,
 * day numbers (days since 1970-01-01, WIB) and working days with the
 * holidays loaded once into memory, so a completion time costs two
 * binary searches.  Public through kinerja.h (the period type and its
 * functions, kinerja_hari_kerja()); the rest is for the module's files.
 */
#ifndef PAMONG_KINERJA_HARI_H
#define PAMONG_KINERJA_HARI_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

struct store;

/* A period: a whole year (bulan 0) or one month of it. */
struct kinerja_periode {
	int tahun; /* 2000..2100 */
	int bulan; /* 1..12, or 0 for the whole year */
};

/* Parse "YYYY" or "YYYY-MM" strictly (2000..2100).  0 ok, -1 bad. */
int kinerja_periode_parse(const char *, struct kinerja_periode *);
/* "2026" or "2026-03" into out. */
void kinerja_periode_fmt(const struct kinerja_periode *, char out[8]);
/* "Maret 2026" or "Tahun 2026" into out (at least 32 bytes). */
void kinerja_periode_label(const struct kinerja_periode *, char *out,
    size_t len);
/* The current month (WIB) of now. */
void kinerja_periode_now(time_t now, struct kinerja_periode *);

/*
 * Working days needed to complete: the working days in [sub, fin]
 * (dates, WIB) minus one, at least 0; so completing on the date
 * workday_add(sub, n) gives n.  hol is the sorted array of the day
 * numbers (days since 1970-01-01) of the holidays that fall on Monday to
 * Friday (a holiday on a weekend must not be in it).
 */
int kinerja_hari_kerja(const long *hol, size_t nhol, long sub, long fin);

/* Day numbers are lib/when.h's: when_days_from_civil(), when_wib_day()
 * (the WIB day of a time) and when_wib_day_start(). */
/* "YYYY-MM-DD" to a day number; -1 when malformed (never a real day). */
long kinerja_day_parse(const char *);
/* Working days in [a, b]; hol holds only holidays on weekdays. */
long kinerja_working(const long *hol, size_t nhol, long a, long b);
/*
 * A complaint's answer deadline in working days after its first
 * disposisi: PENGADUAN_ANSWER_DAYS (kinerja.c checks at compile time that
 * they are equal; kinerja_agregat.c, which the pengaduan module calls,
 * cannot include pengaduan.h without a loop of includes).
 */
#define KINERJA_ADU_HARI 5
/* As workday_add(): the first working day on or after z is day 0. */
long kinerja_add_working(const long *hol, size_t nhol, long z, int n);
/*
 * Holidays falling on weekdays, sorted, as day numbers, on the heap
 * (*np of them; never NULL on success), or NULL on a database error.
 */
long *kinerja_holidays_load(struct store *, size_t *np);
/* First and one-past-last day of the period. */
void kinerja_periode_days(const struct kinerja_periode *, long *a, long *b);

#endif
