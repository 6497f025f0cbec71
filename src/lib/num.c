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
