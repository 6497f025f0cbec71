/* sandi_umum.c: a binary search of the common-password list in place. */
#include <ctype.h>
#include <string.h>

#include "sandi_umum.h"

/* The line of the list that holds byte offset at: its start and length. */
static void
line_at(size_t at, size_t *start, size_t *len)
{
	size_t s = at, e = at;

	while (s > 0 && sandi_umum[s - 1] != '\n')
		s--;
	while (e < sandi_umum_len && sandi_umum[e] != '\n')
		e++;
	*start = s;
	*len = e - s;
}

int
sandi_umum_has(const char *pw)
{
	unsigned char low[129];
	size_t n = strlen(pw), i, lo = 0, hi = sandi_umum_len, s, len;
	int c;

	if (n == 0 || n >= sizeof(low))
		return 0;
	for (i = 0; i < n; i++)
		low[i] = (unsigned char)tolower((unsigned char)pw[i]);
	/* [lo, hi) holds whole lines; the list is sorted bytewise */
	while (lo < hi) {
		line_at(lo + (hi - lo) / 2, &s, &len);
		c = memcmp(low, sandi_umum + s, n < len ? n : len);
		if (c == 0)
			c = n < len ? -1 : n > len ? 1 : 0;
		if (c == 0)
			return 1;
		if (c < 0)
			hi = s;
		else
			lo = s + len + 1;
	}
	return 0;
}
