/* form.c: urlencoded form and query-string parsing; form errors. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "form.h"
#include "utf8.h"
#include "xalloc.h"

static int
hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/*
 * Decode the len bytes at s into a new string stored in *out.  Return 0,
 * or -1 (and *out is NULL) on a bad escape, a NUL byte or bad UTF-8.
 */
static int
decode(const char *s, size_t len, char **out)
{
	char *d = xmalloc(len + 1);
	size_t i, n = 0;
	int hi, lo;

	*out = NULL;
	for (i = 0; i < len; i++) {
		if (s[i] == '+')
			d[n++] = ' ';
		else if (s[i] != '%')
			d[n++] = s[i];
		else {
			if (len - i < 3 || (hi = hexval(s[i + 1])) < 0 ||
			    (lo = hexval(s[i + 2])) < 0)
				goto bad;
			d[n++] = (char)(hi << 4 | lo);
			i += 2;
		}
		if (d[n - 1] == '\0')
			goto bad;
	}
	d[n] = '\0';
	if (!utf8_valid(d, n))
		goto bad;
	*out = d;
	return 0;
bad:
	free(d);
	return -1;
}

/* Decode and append one "name=value" segment; return 0 or -1. */
static int
add(const char *seg, size_t len, struct param **params, size_t n)
{
	const char *eq = memchr(seg, '=', len);
	size_t nlen = eq != NULL ? (size_t)(eq - seg) : len;
	char *name, *value;

	if (decode(seg, nlen, &name) == -1)
		return -1;
	if (eq == NULL)
		value = xstrdup("");
	else if (decode(eq + 1, len - nlen - 1, &value) == -1) {
		free(name);
		return -1;
	}
	*params = xrealloc(*params, (n + 1) * sizeof(**params));
	(*params)[n].name = name;
	(*params)[n].value = value;
	return 0;
}

int
form_parse(const char *s, size_t len, struct param **params, size_t *nparams,
    size_t max_params)
{
	size_t i = 0, seglen, n = *nparams;
	const char *amp;

	while (i < len) {
		amp = memchr(s + i, '&', len - i);
		seglen = amp != NULL ? (size_t)(amp - (s + i)) : len - i;
		if (seglen > 0) {
			if (n >= max_params ||
			    add(s + i, seglen, params, n) == -1)
				goto bad;
			n++;
		}
		i += seglen + 1;
	}
	*nparams = n;
	return 0;
bad:
	while (n > *nparams) {
		n--;
		free((*params)[n].name);
		free((*params)[n].value);
	}
	return -1;
}

void
params_free(struct param *p, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(p[i].name);
		free(p[i].value);
	}
	free(p);
}

const char *
params_get(const struct param *p, size_t n, const char *name)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(p[i].name, name) == 0)
			return p[i].value;
	return NULL;
}

/* The stored form of name: itself, or its first bytes and "...". */
static void
field_name(char out[FIELD_NAME_MAX], const char *prefix, const char *name)
{
	if (snprintf(out, FIELD_NAME_MAX, "%s%s", prefix, name) >=
	    FIELD_NAME_MAX)
		memcpy(out + FIELD_NAME_MAX - 4, "...", 4);
}

void
field_err_addf(struct field_errs *fe, const char *prefix, const char *name,
    const char *msg)
{
	char f[FIELD_NAME_MAX];

	if (fe == NULL || fe->n >= FIELD_ERR_MAX)
		return;
	field_name(f, prefix, name);
	if (field_err_get(fe, f) != NULL)
		return; /* the first message per field */
	memcpy(fe->e[fe->n].field, f, sizeof(f));
	fe->e[fe->n].msg = msg;
	fe->n++;
}

void
field_err_add(struct field_errs *fe, const char *field, const char *msg)
{
	field_err_addf(fe, "", field, msg);
}

const char *
field_err_get(const struct field_errs *fe, const char *field)
{
	int i;

	for (i = 0; fe != NULL && i < fe->n; i++)
		if (strcmp(fe->e[i].field, field) == 0)
			return fe->e[i].msg;
	return NULL;
}
