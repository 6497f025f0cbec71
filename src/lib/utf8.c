/* utf8.c: strict UTF-8 validation and checks on user-entered text. */
#include <string.h>

#include "msg.h"
#include "utf8.h"

/*
 * Length of the valid UTF-8 sequence at p (at most n bytes), or 0 when
 * it is invalid (Unicode Table 3-7, well-formed byte sequences).
 */
static size_t
seqlen(const unsigned char *p, size_t n)
{
	unsigned char lo = 0x80, hi = 0xbf;
	size_t len, i;

	if (p[0] < 0x80)
		return 1;
	if (p[0] >= 0xc2 && p[0] <= 0xdf)
		len = 2;
	else if (p[0] >= 0xe0 && p[0] <= 0xef) {
		len = 3;
		if (p[0] == 0xe0)
			lo = 0xa0; /* overlong */
		else if (p[0] == 0xed)
			hi = 0x9f; /* surrogates */
	} else if (p[0] >= 0xf0 && p[0] <= 0xf4) {
		len = 4;
		if (p[0] == 0xf0)
			lo = 0x90; /* overlong */
		else if (p[0] == 0xf4)
			hi = 0x8f; /* above U+10FFFF */
	} else
		return 0;
	if (n < len)
		return 0;
	if (p[1] < lo || p[1] > hi)
		return 0;
	for (i = 2; i < len; i++)
		if (p[i] < 0x80 || p[i] > 0xbf)
			return 0;
	return len;
}

int
utf8_valid(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, n;

	while (i < len) {
		if ((n = seqlen(p + i, len - i)) == 0)
			return 0;
		i += n;
	}
	return 1;
}

size_t
utf8_chars(const char *s)
{
	size_t n = 0;

	for (; *s != '\0'; s++)
		if (((unsigned char)*s & 0xc0) != 0x80)
			n++;
	return n;
}

const char *
text_check(const char *s, size_t min_chars, size_t max_chars, int multiline)
{
	const unsigned char *p;
	size_t len, n;

	if (s == NULL)
		s = "";
	len = strlen(s);
	if (!utf8_valid(s, len))
		return msg(M_TEXT_BAD_UTF8);
	for (p = (const unsigned char *)s; *p != '\0'; p++) {
		if (*p >= 0x20 && *p != 0x7f &&
		    !(p[0] == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f))
			continue;
		if (multiline && (*p == '\n' || *p == '\r' || *p == '\t'))
			continue;
		return msg(M_TEXT_CONTROL);
	}
	n = utf8_chars(s);
	if (n < min_chars)
		return n == 0 ? "Isian wajib diisi." : "Isian terlalu pendek.";
	if (max_chars != 0 && n > max_chars)
		return msg(M_AP_FIELD_TOO_LONG);
	return NULL;
}
