/*
 * jam.h: the legal deadline clock of a permit application (issue 17,
 * PP 28/2025 fiktif positif), in working days.  Pure arithmetic over WIB
 * day numbers (days since 1970-01-01, lib/when.h when_wib_day()); the
 * calendar comes from a callback, so the unit test gives its own.
 *
 * A day d counts when the clock runs through it: start < d <= end, d is
 * a working day, and d is in no stop (a < d <= b).  So a case submitted
 * on Monday has used 1 working day at the end of Tuesday (as
 * workday_between() counts), and a stop from Tuesday to Thursday (the
 * applicant corrected on Thursday) gives back Wednesday and Thursday.
 */
#ifndef PAMONG_JAM_H
#define PAMONG_JAM_H

/* A stop of the clock: from day a to day b (b < 0: still stopped). */
struct jam_henti {
	long a;
	long b;
};

/*
 * Working days used from day start to day end (end >= start; else 0),
 * without the stops (unordered; they may overlap).  kerja(arg, d) says
 * whether day d is a working day (1) or not (0).  A stop still open
 * runs to end.
 */
int jam_terpakai(long start, long end, const struct jam_henti *stops, int n,
    int (*kerja)(void *, long), void *arg);

/* Is day d a Saturday or a Sunday?  (1970-01-01 was a Thursday.) */
int jam_akhir_pekan(long d);

#endif
