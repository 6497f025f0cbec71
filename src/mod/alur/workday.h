/*
 * workday.h: the working-day calendar.  Working days are Monday to Friday
 * minus the dates in hari_libur (national holidays, cuti bersama and
 * regional holidays; admin-editable, 2026 seeded from the SKB).
 * Dates are civil dates "YYYY-MM-DD" in Asia/Jakarta (WIB, UTC+7).
 */
#ifndef PAMONG_WORKDAY_H
#define PAMONG_WORKDAY_H

#include <time.h>

struct store;

/* The WIB civil date of t, as "YYYY-MM-DD". */
void workday_date(time_t t, char out[11]);

/* Is date (YYYY-MM-DD) a working day? -1 if date is malformed. */
int workday_is(struct store *, const char *date);

/*
 * The date that is n working days after the working day on which t falls
 * (a submission on a non-working day counts from the next working day).
 * n = 0 gives that first working day.  Writes "YYYY-MM-DD" into out.
 */
void workday_add(struct store *, time_t t, int n, char out[11]);

/*
 * Working days from date a to date b: the number of working days d with
 * a < d <= b (0 when b <= a).  Used for "days late" and completion times.
 */
int workday_between(struct store *, const char *a, const char *b);

/* Parse "YYYY-MM-DD" strictly (real calendar date); 0 ok, -1 bad. */
int date_parse(const char *, int *y, int *m, int *d);

#endif
