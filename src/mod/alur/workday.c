/* workday.c: working days in WIB: Monday-Friday minus the hari_libur table. */
#include <stdio.h>
#include <string.h>

#include "lib/when.h"
#include "store/store.h"
#include "workday.h"
#include "sql.h"

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

	when_civil_from_days(z, &y, &m, &d);
	snprintf(out, 11, "%04d-%02d-%02d", y, m, d);
}

int
date_parse(const char *s, int *yp, int *mp, int *dp)
{
	static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30,
		31 };
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
	*z = when_days_from_civil(y, m, d);
	return 0;
}

void
workday_date(time_t t, char out[11])
{
	fmt_day(when_wib_day(t), out);
}

/*
 * A cursor over the holidays on or after a first day, in date order, so
 * that walking the calendar costs one query however far it goes.
 */
struct holidays {
	struct store_stmt *st;
	long next; /* day of the next holiday, or NO_MORE */
};

#define NO_MORE 0x7fffffffL

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
	long z = when_wib_day(t);

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
