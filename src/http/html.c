/* html.c: escaping HTML writer. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "lib/xalloc.h"
#include "html.h"

void
html_esc(struct buf *b, const char *s)
{
	const char *p, *run;

	if (s == NULL)
		return;
	for (run = p = s; *p != '\0'; p++) {
		const char *rep;

		switch (*p) {
		case '&':
			rep = "&amp;";
			break;
		case '<':
			rep = "&lt;";
			break;
		case '>':
			rep = "&gt;";
			break;
		case '"':
			rep = "&quot;";
			break;
		case '\'':
			rep = "&#39;";
			break;
		default:
			continue;
		}
		buf_add(b, run, (size_t)(p - run));
		buf_adds(b, rep);
		run = p + 1;
	}
	buf_add(b, run, (size_t)(p - run));
}

void
html_url(struct buf *b, const char *s)
{
	static const char hex[] = "0123456789ABCDEF";
	const unsigned char *p;

	if (s == NULL)
		return;
	for (p = (const unsigned char *)s; *p != '\0'; p++) {
		if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') ||
		    (*p >= '0' && *p <= '9') || strchr("-._~", *p) != NULL) {
			buf_addc(b, (char)*p);
		} else {
			buf_addc(b, '%');
			buf_addc(b, hex[*p >> 4]);
			buf_addc(b, hex[*p & 15]);
		}
	}
}

void
html_printf(struct buf *b, const char *fmt, ...)
{
	struct buf tmp = BUF_INIT;
	const char *p, *run;
	va_list ap;

	va_start(ap, fmt);
	for (run = p = fmt; *p != '\0'; p++) {
		if (*p != '%')
			continue;
		buf_add(b, run, (size_t)(p - run));
		switch (*++p) {
		case 's':
			html_esc(b, va_arg(ap, const char *));
			break;
		case 'U':
			buf_reset(&tmp);
			html_url(&tmp, va_arg(ap, const char *));
			html_esc(b, tmp.s);
			break;
		case 'd':
			buf_addf(b, "%d", va_arg(ap, int));
			break;
		case 'u':
			buf_addf(b, "%u", va_arg(ap, unsigned));
			break;
		case 'I':
			buf_addf(b, "%lld", (long long)va_arg(ap, int64_t));
			break;
		case 'z':
			buf_addf(b, "%zu", va_arg(ap, size_t));
			break;
		case '%':
			buf_addc(b, '%');
			break;
		default:
			BUG("html_printf: bad conversion in \"%s\"", fmt);
		}
		run = p + 1;
	}
	buf_add(b, run, (size_t)(p - run));
	va_end(ap);
	buf_free(&tmp);
}

void
html_raw_literal_(struct buf *b, const char *lit)
{
	buf_adds(b, lit);
}

void
html_rupiah(struct buf *b, int64_t v)
{
	char digits[32];
	int n, i;

	if (v < 0) {
		buf_addc(b, '-');
		v = -v;
	}
	n = snprintf(digits, sizeof(digits), "%lld", (long long)v);
	buf_adds(b, "Rp");
	for (i = 0; i < n; i++) {
		if (i > 0 && (n - i) % 3 == 0)
			buf_addc(b, '.');
		buf_addc(b, digits[i]);
	}
}
