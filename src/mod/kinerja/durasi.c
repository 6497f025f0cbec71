/* durasi.c: a completion-time histogram in one text value (see durasi.h). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "lib/buf.h"
#include "durasi.h"

/* One "hk:n" at *pp, moving *pp past it and one separating space. */
static int
entry(const char **pp, int64_t *hk, int64_t *n)
{
	const char *p = *pp;
	char *end;
	long long a, b;

	/* digits only, no leading zero (one text per histogram) */
	if (*p < '0' || *p > '9' || (p[0] == '0' && p[1] >= '0' && p[1] <= '9'))
		return -1;
	errno = 0;
	a = strtoll(p, &end, 10);
	if (errno != 0 || *end != ':' || end[1] < '1' || end[1] > '9')
		return -1;
	b = strtoll(end + 1, &end, 10);
	if (errno != 0 || b <= 0 || (*end != ' ' && *end != '\0') ||
	    (*end == ' ' && end[1] == '\0'))
		return -1;
	*hk = a;
	*n = b;
	*pp = *end == ' ' ? end + 1 : end;
	return 0;
}

int
durasi_each(const char *s, void (*fn)(void *, int64_t, int64_t), void *arg)
{
	int64_t hk, n, last = -1;

	if (s == NULL)
		return 0;
	while (*s != '\0') {
		if (entry(&s, &hk, &n) != 0 || hk <= last)
			return -1;
		last = hk;
		fn(arg, hk, n);
	}
	return 0;
}

char *
durasi_tambah(const char *s, int64_t hk, int64_t n)
{
	struct buf b;
	int64_t h, k, last = -1;
	int done = 0;

	if (hk < 0)
		return NULL;
	if (s == NULL)
		s = "";
	buf_init(&b, strlen(s) + 32);
	for (;;) {
		if (*s == '\0')
			h = INT64_MAX, k = 0;
		else if (entry(&s, &h, &k) != 0 || h <= last)
			goto bad;
		last = h;
		if (!done && hk <= h) {
			done = 1;
			if (hk == h) {
				k += n;
				if (k < 0)
					goto bad;
			} else if (n < 0)
				goto bad;
			else if (n > 0)
				buf_addf(&b, "%s%lld:%lld", b.len ? " " : "",
				    (long long)hk, (long long)n);
		}
		if (h == INT64_MAX)
			break;
		if (k > 0)
			buf_addf(&b, "%s%lld:%lld", b.len ? " " : "",
			    (long long)h, (long long)k);
	}
	return buf_detach(&b, NULL);
bad:
	buf_free(&b);
	return NULL;
}
