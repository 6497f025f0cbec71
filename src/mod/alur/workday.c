/* workday.c: working days in WIB: Monday-Friday minus the hari_libur table. */
#include <stdio.h>
#include <string.h>

#include "store/store.h"
#include "workday.h"
#include "sql.h"

#define WIB_OFFSET	(7 * 3600)

/* Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant). */
static long
days_from_civil(int y, int m, int d)
{
	long era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static void
civil_from_days(long z, int *y, int *m, int *d)
{
	long era, doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

/* 0 = Sunday ... 6 = Saturday; 1970-01-01 was a Thursday. */
static int
weekday(long z)
{
	long w = (z + 4) % 7;

	return (int)(w < 0 ? w + 7 : w);
}

static void
fmt_day(long z, char out[11])
{
	int y, m, d;

	civil_from_days(z, &y, &m, &d);
	snprintf(out, 11, "%04d-%02d-%02d", y, m, d);
}

int
date_parse(const char *s, int *yp, int *mp, int *dp)
{
	static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31,
	    30, 31 };
	int i, y, m, d, leap;

	if (s == NULL || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return -1;
	for (i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			return -1;
	y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 +
	    (s[3] - '0');
	m = (s[5] - '0') * 10 + (s[6] - '0');
	d = (s[8] - '0') * 10 + (s[9] - '0');
	if (y < 1900 || m < 1 || m > 12 || d < 1)
		return -1;
	leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	if (d > mdays[m - 1] + (m == 2 && leap))
		return -1;
	if (yp != NULL)
		*yp = y;
	if (mp != NULL)
		*mp = m;
	if (dp != NULL)
		*dp = d;
	return 0;
}

static int
to_days(const char *s, long *z)
{
	int y, m, d;

	if (date_parse(s, &y, &m, &d) != 0)
		return -1;
	*z = days_from_civil(y, m, d);
	return 0;
}

static long
day_of(time_t t)
{
	long long secs = (long long)t + WIB_OFFSET;
	long long z = secs / 86400;

	if (secs % 86400 < 0)
		z--;
	return (long)z;
}

void
workday_date(time_t t, char out[11])
{
	fmt_day(day_of(t), out);
}

/*
 * A cursor over the holidays on or after a first day, in date order, so
 * that walking the calendar costs one query however far it goes.
 */
struct holidays {
	struct store_stmt	*st;
	long			 next;	/* day of the next holiday, or NO_MORE */
};

#define NO_MORE	0x7fffffffL

static void
holidays_advance(struct holidays *h)
{
	const char *d;

	h->next = NO_MORE;
	while ((d = alur_sql_holidays_next(h->st)) != NULL) {
		if (to_days(d, &h->next) == 0)
			return;
		h->next = NO_MORE;
	}
}

static void
holidays_open(struct holidays *h, struct store *s, long first)
{
	char date[11];

	fmt_day(first, date);
	h->st = alur_sql_holidays_open(s, date);
	holidays_advance(h);
}

static void
holidays_close(struct holidays *h)
{
	alur_sql_holidays_close(h->st);
	h->st = NULL;
}

/* Is day z (walked in increasing order) a working day? */
static int
holidays_working(struct holidays *h, long z)
{
	int w = weekday(z);

	while (h->next < z)
		holidays_advance(h);
	return w != 0 && w != 6 && h->next != z;
}

int
workday_is(struct store *s, const char *date)
{
	long z;
	int w;

	if (to_days(date, &z) != 0)
		return -1;
	w = weekday(z);
	if (w == 0 || w == 6)
		return 0;
	return alur_sql_holiday_count(s, date) == 0;
}

void
workday_add(struct store *s, time_t t, int n, char out[11])
{
	struct holidays h;
	long z = day_of(t);

	holidays_open(&h, s, z);
	/* the first working day on or after t's date counts as day 0 */
	while (!holidays_working(&h, z))
		z++;
	while (n-- > 0) {
		z++;
		while (!holidays_working(&h, z))
			z++;
	}
	holidays_close(&h);
	fmt_day(z, out);
}

int
workday_between(struct store *s, const char *a, const char *b)
{
	struct holidays h;
	long za, zb, z;
	int n = 0;

	if (to_days(a, &za) != 0 || to_days(b, &zb) != 0 || zb <= za)
		return 0;
	holidays_open(&h, s, za + 1);
	for (z = za + 1; z <= zb; z++)
		n += holidays_working(&h, z);
	holidays_close(&h);
	return n;
}
