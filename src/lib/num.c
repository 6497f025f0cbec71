/* num.c: numbers as text. */
#include <stdio.h>

#include "num.h"
#include "xalloc.h"

void
num_fixed(char *out, size_t size, int64_t x, int places, char sep)
{
	int64_t p = 1;
	int i, n;

	if (places < 1 || places > 4)
		BUG("num_fixed: %d places", places);
	for (i = 0; i < places; i++)
		p *= 10;
	n = snprintf(out, size, "%lld%c%0*lld", (long long)(x / p), sep, places,
	    (long long)(x % p));
	if (n < 0 || (size_t)n >= size)
		BUG("num_fixed: %lld does not fit %zu bytes", (long long)x,
		    size);
}

void
num_size(char out[NUM_SIZE_LEN], int64_t bytes)
{
	const int64_t mb = 1024 * 1024;

	if (bytes < 0)
		bytes = 0;
	if (bytes >= mb)
		snprintf(out, NUM_SIZE_LEN, "%lld,%lld MB",
		    (long long)(bytes / mb), (long long)(bytes % mb * 10 / mb));
	else
		snprintf(out, NUM_SIZE_LEN, "%lld KB",
		    (long long)((bytes + 1023) / 1024));
}
