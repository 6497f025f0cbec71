/* jam.c: the working-day clock of a permit application (jam.h). */
#include "jam.h"

int
jam_akhir_pekan(long d)
{
	long w = (d + 4) % 7; /* 0 = Sunday */

	if (w < 0)
		w += 7;
	return w == 0 || w == 6;
}

static int
stopped(long d, const struct jam_henti *stops, int n, long end)
{
	int i;

	for (i = 0; i < n; i++) {
		long b = stops[i].b < 0 ? end : stops[i].b;

		if (stops[i].a < d && d <= b)
			return 1;
	}
	return 0;
}

int
jam_terpakai(long start, long end, const struct jam_henti *stops, int n,
    int (*kerja)(void *, long), void *arg)
{
	long d;
	int used = 0;

	for (d = start + 1; d <= end; d++)
		if (!stopped(d, stops, n, end) && kerja(arg, d))
			used++;
	return used;
}
