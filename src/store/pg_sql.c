/* pg_sql.c: SQLite spellings to PostgreSQL, and `?` to $n (pg_sql.h). */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/buf.h"
#include "lib/xalloc.h"
#include "pg_sql.h"

/* Past the string literal, quoted name or comment at p, or p itself. */
static const char *
pg_skip(const char *p)
{
	char c = *p;

	if (c == '\'' || c == '"') {
		for (p++; *p != '\0'; p++)
			if (*p == c && *++p != c)
				return p;
		return p;
	}
	if (c == '-' && p[1] == '-') {
		while (*p != '\0' && *p != '\n')
			p++;
		return p;
	}
	if (c == '/' && p[1] == '*') {
		for (p += 2; *p != '\0'; p++)
			if (p[0] == '*' && p[1] == '/')
				return p + 2;
		return p;
	}
	return p;
}

/*
 * The argument texts (at most max) of the call whose '(' is at p, before
 * end; *endp past its ')'.  The number of arguments, or -1.
 */
static int
pg_args(const char *p, const char *end, const char **arg, size_t *len, int max,
    const char **endp)
{
	const char *start = ++p, *q;
	int depth = 0, n = 0;

	for (; p < end; p++) {
		if ((q = pg_skip(p)) != p) {
			p = q - 1;
			continue;
		}
		if (*p == '(')
			depth++;
		else if ((*p == ',' || *p == ')') && depth == 0) {
			if (n == max)
				return -1;
			while (isspace((unsigned char)*start))
				start++;
			arg[n] = start;
			len[n++] = (size_t)(p - start);
			start = p + 1;
			if (*p == ')') {
				*endp = p + 1;
				return n;
			}
		} else if (*p == ')')
			depth--;
	}
	return -1;
}

static void pg_dialect(struct buf *, const char *, size_t);

/* to_char() of Unix seconds t (text of n bytes) in UTC, format fmt. */
static void
pg_tochar(struct buf *b, const char *t, size_t n, const char *fmt)
{
	buf_adds(b, "to_char(to_timestamp(");
	pg_dialect(b, t, n);
	buf_addf(b, ") AT TIME ZONE 'UTC', '%s')", fmt);
}

/*
 * PostgreSQL's to_char() format for the SQLite strftime() format literal
 * f of n bytes (quotes included) into out: %Y %m %d %H %M %S and
 * punctuation.  -1 for anything else.
 */
static int
pg_format(const char *f, size_t n, char *out, size_t size)
{
	static const char *const conv[][2] = { { "Y", "YYYY" }, { "m", "MM" },
		{ "d", "DD" }, { "H", "HH24" }, { "M", "MI" }, { "S", "SS" } };
	size_t i, j, k, o = 0;
	const char *c;

	if (n < 2 || f[0] != '\'' || f[n - 1] != '\'')
		return -1;
	for (i = 1; i + 1 < n; i++) {
		c = &f[i];
		k = 1;
		if (f[i] == '%') {
			for (c = NULL, j = 0;
			     j < sizeof(conv) / sizeof(conv[0]); j++)
				if (i + 2 < n && f[i + 1] == conv[j][0][0])
					c = conv[j][1];
			if (c == NULL)
				return -1;
			k = strlen(c);
			i++;
		} else if (f[i] == '\'' || isalpha((unsigned char)f[i]))
			return -1;
		if (o + k >= size)
			return -1;
		memcpy(out + o, c, k);
		o += k;
	}
	out[o] = '\0';
	return 0;
}

#define ARG_IS(i, lit)                                                         \
	(len[i] == sizeof(lit) - 1 && strncmp(arg[i], lit, len[i]) == 0)

/*
 * The PostgreSQL text of the call of SQLite function name (nlen bytes),
 * its '(' at open, before end, appended to b; *endp past the call.  -1
 * when it is not one of the forms dialect.h produces: nothing appended,
 * the caller copies it unchanged.
 */
static int
pg_call(struct buf *b, const char *name, size_t nlen, const char *open,
    const char *end, const char **endp)
{
	const char *arg[4];
	size_t len[4];
	char fmt[64];
	int n;

	if ((n = pg_args(open, end, arg, len, 4, endp)) < 0)
		return -1;
#define NAME_IS(lit)                                                           \
	(nlen == sizeof(lit) - 1 && strncasecmp(name, lit, nlen) == 0)
	if (NAME_IS("group_concat") && n == 2) {
		buf_adds(b, "string_agg(CAST(");
		pg_dialect(b, arg[0], len[0]);
		buf_adds(b, " AS text), ");
		pg_dialect(b, arg[1], len[1]);
		buf_addc(b, ')');
	} else if (NAME_IS("instr") && n == 2) {
		buf_adds(b, "strpos(");
		pg_dialect(b, arg[0], len[0]);
		buf_adds(b, ", ");
		pg_dialect(b, arg[1], len[1]);
		buf_addc(b, ')');
	} else if (NAME_IS("strftime") && n == 2 && ARG_IS(0, "'%s'") &&
	    ARG_IS(1, "'now'"))
		buf_adds(b, "CAST(extract(epoch FROM now()) AS bigint)");
	else if (NAME_IS("strftime") && n == 3 && ARG_IS(2, "'unixepoch'") &&
	    pg_format(arg[0], len[0], fmt, sizeof(fmt)) == 0)
		pg_tochar(b, arg[1], len[1], fmt);
	else if (NAME_IS("date") && n == 2 && ARG_IS(1, "'unixepoch'"))
		pg_tochar(b, arg[0], len[0], "YYYY-MM-DD");
	else if (NAME_IS("datetime") && n == 2 && ARG_IS(1, "'unixepoch'"))
		pg_tochar(b, arg[0], len[0], "YYYY-MM-DD HH24:MI:SS");
	else
		return -1;
#undef NAME_IS
	return 0;
}

/* Append n bytes of sql with the calls of dialect.h rewritten. */
static void
pg_dialect(struct buf *b, const char *sql, size_t n)
{
	const char *p = sql, *end = sql + n, *q, *w, *after;

	while (p < end) {
		if ((q = pg_skip(p)) != p) {
			buf_add(b, p, (size_t)((q < end ? q : end) - p));
			p = q;
			continue;
		}
		if (!isalpha((unsigned char)*p) && *p != '_') {
			buf_addc(b, *p++);
			continue;
		}
		for (w = p; w < end &&
		     (isalnum((unsigned char)*w) || *w == '_' || *w == '.' ||
			 *w == '$');
		     w++)
			;
		for (q = w; q < end && isspace((unsigned char)*q); q++)
			;
		if (q < end && *q == '(' &&
		    pg_call(b, p, (size_t)(w - p), q, end, &after) == 0) {
			p = after;
			continue;
		}
		buf_add(b, p, (size_t)(w - p));
		p = w;
	}
}

/*
 * The PostgreSQL text of sql: dialect.h's SQLite calls rewritten, then
 * the parameters outside literals and comments numbered as SQLite does:
 * `?NNN` is $NNN, `?` the largest number so far plus one.  The caller
 * frees it; *np is the number of parameters.
 */
char *
pg_sql(const char *sql, int *np)
{
	struct buf d = BUF_INIT, b = BUF_INIT;
	const char *p, *q;
	char *end;
	long k;
	int n = 0;

	buf_init(&d, strlen(sql) + 64);
	buf_init(&b, strlen(sql) + 64);
	pg_dialect(&d, sql, strlen(sql));
	for (p = d.s; *p != '\0';) {
		if ((q = pg_skip(p)) != p) {
			buf_add(&b, p, (size_t)(q - p));
			p = q;
		} else if (*p == '?' && isdigit((unsigned char)p[1])) {
			k = strtol(p + 1, &end, 10);
			if (k > 32767)
				k = 32767; /* PostgreSQL refuses it */
			buf_addf(&b, "$%ld", k);
			n = k > n ? (int)k : n;
			p = end;
		} else if (*p == '?') {
			buf_addf(&b, "$%d", ++n);
			p++;
		} else
			buf_addc(&b, *p++);
	}
	buf_free(&d);
	*np = n;
	return buf_detach(&b, NULL);
}
