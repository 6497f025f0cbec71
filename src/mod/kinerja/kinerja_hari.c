/*
 * kinerja_hari.c: the calendar of the performance figures: day numbers,
 * working days over an in-memory holiday list, periods (kinerja_hari.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/when.h"
#include "lib/xalloc.h"
#include "mod/alur/workday.h"
#include "kinerja_hari.h"
#include "sql.h"

/* --- dates -------------------------------------------------------------- */

long
kinerja_day_parse(const char *s)
{
	int y, m, d;

	if (date_parse(s, &y, &m, &d) != 0)
		return -1;
	return when_days_from_civil(y, m, d);
}

static long
floordiv(long a, long b)
{
	long q = a / b;

	return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

/* Monday-Friday days before day z, counted from Monday 1970-01-05. */
static long
weekdays_before(long z)
{
	long x = z - 4, w = floordiv(x, 7), rem = x - 7 * w;

	return 5 * w + (rem < 5 ? rem : 5);
}

/* Index of the first element >= z in sorted v. */
static size_t
lower(const long *v, size_t n, long z)
{
	size_t lo = 0, hi = n, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (v[mid] < z)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

long
kinerja_working(const long *hol, size_t nhol, long a, long b)
{
	if (b < a)
		return 0;
	return weekdays_before(b + 1) - weekdays_before(a) -
	    (long)(lower(hol, nhol, b + 1) - lower(hol, nhol, a));
}

int
kinerja_hari_kerja(const long *hol, size_t nhol, long sub, long fin)
{
	long n = kinerja_working(hol, nhol, sub, fin) - 1;

	return n > 0 ? (int)n : 0;
}

static int
is_working(const long *hol, size_t nhol, long z)
{
	return kinerja_working(hol, nhol, z, z) == 1;
}

long
kinerja_add_working(const long *hol, size_t nhol, long z, int n)
{
	while (!is_working(hol, nhol, z))
		z++;
	while (n-- > 0)
		do
			z++;
		while (!is_working(hol, nhol, z));
	return z;
}

/* The holidays being collected by kinerja_holidays_load(). */
struct days {
	long *v;
	size_t n, cap;
};

static void
holiday_add(void *arg, const char *tanggal)
{
	struct days *d = arg;
	long z;
	int w;

	if ((z = kinerja_day_parse(tanggal)) < 0)
		return;
	w = (int)(((z + 4) % 7 + 7) % 7); /* 0 Sunday */
	if (w == 0 || w == 6)
		return;
	if (d->n == d->cap) {
		d->cap = d->cap ? d->cap * 2 : 64;
		d->v = xrealloc(d->v, d->cap * sizeof(*d->v));
	}
	d->v[d->n++] = z;
}

long *
kinerja_holidays_load(struct store *s, size_t *np)
{
	struct days d = { NULL, 0, 0 };

	*np = 0;
	if (kinerja_sql_holidays(s, holiday_add, &d) != 0) {
		free(d.v);
		return NULL;
	}
	*np = d.n;
	return d.v != NULL ? d.v : xcalloc(1, sizeof(*d.v));
}

/* --- periods ------------------------------------------------------------ */

int
kinerja_periode_parse(const char *s, struct kinerja_periode *p)
{
	int i, y, m = 0;

	if (s == NULL || (strlen(s) != 4 && strlen(s) != 7))
		return -1;
	for (i = 0; s[i] != '\0'; i++)
		if (i == 4 ? s[i] != '-' : (s[i] < '0' || s[i] > '9'))
			return -1;
	y = atoi(s);
	if (s[4] == '-') {
		m = (s[5] - '0') * 10 + (s[6] - '0');
		if (m < 1 || m > 12)
			return -1;
	}
	if (y < 2000 || y > 2100)
		return -1;
	p->tahun = y;
	p->bulan = m;
	return 0;
}

void
kinerja_periode_fmt(const struct kinerja_periode *p, char out[8])
{
	if (p->bulan == 0)
		snprintf(out, 8, "%04u", (unsigned)p->tahun % 10000u);
	else
		snprintf(out, 8, "%04u-%02u", (unsigned)p->tahun % 10000u,
		    (unsigned)p->bulan % 100u);
}

void
kinerja_periode_label(const struct kinerja_periode *p, char *out, size_t len)
{
	if (p->bulan >= 1 && p->bulan <= 12)
		snprintf(out, len, "%s %d", when_bulan[p->bulan - 1], p->tahun);
	else
		snprintf(out, len, "Tahun %d", p->tahun);
}

void
kinerja_periode_now(time_t now, struct kinerja_periode *p)
{
	char d[11];

	workday_date(now, d);
	p->tahun = atoi(d);
	p->bulan = atoi(d + 5);
}

void
kinerja_periode_days(const struct kinerja_periode *p, long *a, long *b)
{
	if (p->bulan == 0) {
		*a = when_days_from_civil(p->tahun, 1, 1);
		*b = when_days_from_civil(p->tahun + 1, 1, 1);
	} else {
		*a = when_days_from_civil(p->tahun, p->bulan, 1);
		*b = p->bulan == 12
		    ? when_days_from_civil(p->tahun + 1, 1, 1)
		    : when_days_from_civil(p->tahun, p->bulan + 1, 1);
	}
}
