/* alamat.c: public or not, by the host of a URL (see alamat.h). */
#include <arpa/inet.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "alamat.h"

static int
v4_public(const unsigned char a[4])
{
	if (a[0] == 0 || a[0] == 10 || a[0] == 127)
		return 0;
	if (a[0] == 172 && (a[1] & 0xf0) == 16)
		return 0;
	if (a[0] == 192 && a[1] == 168)
		return 0;
	if (a[0] == 169 && a[1] == 254)
		return 0;
	if (a[0] == 100 && (a[1] & 0xc0) == 64)
		return 0;
	return 1;
}

static int
v6_public(const unsigned char a[16])
{
	static const unsigned char zero[16],
	    mapped[12] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff };

	if (memcmp(a, zero, 15) == 0 && (a[15] == 0 || a[15] == 1))
		return 0; /* :: and ::1 */
	if ((a[0] & 0xfe) == 0xfc)
		return 0; /* fc00::/7 */
	if (a[0] == 0xfe && (a[1] & 0xc0) == 0x80)
		return 0; /* fe80::/10 */
	if (memcmp(a, mapped, 12) == 0)
		return v4_public(a + 12);
	return 1;
}

int
alamat_publik(const char *url)
{
	const char *p, *end;
	char host[256];
	unsigned char a[16];
	size_t n, t = sizeof(".localhost") - 1;

	if (url == NULL || (p = strstr(url, "://")) == NULL)
		return 0;
	p += 3;
	if (*p == '[') {
		if ((end = strchr(++p, ']')) == NULL)
			return 0;
	} else {
		end = p + strcspn(p, ":/?#");
	}
	n = (size_t)(end - p);
	if (n == 0 || n >= sizeof(host) || memchr(p, '@', n) != NULL)
		return 0;
	memcpy(host, p, n);
	host[n] = '\0';
	if (inet_pton(AF_INET6, host, a) == 1)
		return v6_public(a);
	if (inet_pton(AF_INET, host, a) == 1)
		return v4_public(a);
	if (host[n - 1] == '.')
		host[--n] = '\0';
	if (strcasecmp(host, "localhost") == 0 ||
	    (n > t && strcasecmp(host + n - t, ".localhost") == 0))
		return 0;
	return n > 0;
}
