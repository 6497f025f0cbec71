/* when.c: ISO 8601, WIB wall-clock time and civil day numbers. */
#include <string.h>
#include <time.h>

#include "when.h"

const char *const when_bulan[12] = { "Januari", "Februari", "Maret", "April",
	"Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November",
	"Desember" };
const char *const when_bln[12] = { "Jan", "Feb", "Mar", "Apr", "Mei", "Jun",
	"Jul", "Agu", "Sep", "Okt", "Nov", "Des" };

int
when_iso8601(time_t t, char out[WHEN_ISO8601_LEN])
{
	struct tm tm;

	if (gmtime_r(&t, &tm) == NULL ||
	    strftime(out, WHEN_ISO8601_LEN, "%Y-%m-%dT%H:%M:%SZ", &tm) == 0) {
		out[0] = '\0';
		return -1;
	}
	return 0;
}

int
when_wib(time_t t, struct tm *tm)
{
	time_t w = t + WHEN_WIB;

	return gmtime_r(&w, tm) == NULL ? -1 : 0;
}

size_t
when_wib_format(char *out, size_t size, const char *fmt, time_t t)
{
	struct tm tm;
	size_t n;

	if (size == 0)
		return 0;
	if (when_wib(t, &tm) != 0 || (n = strftime(out, size, fmt, &tm)) == 0) {
		out[0] = '\0';
		return 0;
	}
	return n;
}

/* H. Hinnant's algorithms, http://howardhinnant.github.io/date_algorithms.html */
long
when_days_from_civil(int y, int m, int d)
{
	long era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void
when_civil_from_days(long z, int *y, int *m, int *d)
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

long
when_wib_day(int64_t t)
{
	int64_t secs = t + WHEN_WIB, z = secs / 86400;

	if (secs % 86400 < 0)
		z--;
	return (long)z;
}

int64_t
when_wib_day_start(long z)
{
	return (int64_t)z * 86400 - WHEN_WIB;
}
