/*
 * form.h: parsing application/x-www-form-urlencoded bodies and query
 * strings into name/value parameters, and the errors of a form, per field.
 */
#ifndef PAMONG_FORM_H
#define PAMONG_FORM_H

#include <stddef.h>

struct param {
	char *name;
	char *value;
};

/*
 * Parse the len bytes at s ("a=1&b=x+y&c=%C3%A9"; no leading '?') and
 * append the parameters, decoded, to the array *params of *nparams
 * elements (NULL and 0 to start a new one), so that a query string and a
 * body can be combined.  '+' decodes to a space and %XX to a byte; empty
 * segments ("a=1&&b=2") are skipped and a segment without '=' has the
 * value "".  Return 0, or -1 when an escape is bad, a decoded name or
 * value holds a NUL byte or invalid UTF-8, or the array would hold more
 * than max_params parameters in total.  On -1 *nparams is unchanged and
 * nothing appended by this call remains (*params may have moved).
 */
int form_parse(const char *s, size_t len, struct param **params,
    size_t *nparams, size_t max_params);

/* Free the n parameters of the array and the array itself (NULL is ok). */
void params_free(struct param *, size_t n);

/* Value of the first parameter called name, or NULL when there is none. */
const char *params_get(const struct param *, size_t n, const char *name);

/*
 * The errors of a form: the first message for each field name, in the
 * order added, at most FIELD_ERR_MAX fields.  The name is copied (names
 * may be composed, e.g. "isian.<nama>", or come from the request); one
 * longer than FIELD_NAME_MAX - 1 bytes is kept as its first bytes
 * followed by "...", never cut silently.  msg is a static message.
 */
#define FIELD_ERR_MAX 32
#define FIELD_NAME_MAX 64
struct field_err {
	char field[FIELD_NAME_MAX]; /* form field name */
	const char *msg;	    /* Indonesian message */
};
struct field_errs {
	struct field_err e[FIELD_ERR_MAX];
	int n;
};

/* Add msg for field (NULL fe: nothing); a field already there keeps its. */
void field_err_add(struct field_errs *, const char *field, const char *msg);
/* field_err_add() for the field named prefix followed by name. */
void field_err_addf(struct field_errs *, const char *prefix, const char *name,
    const char *msg);
/* The message for field, or NULL (also for a NULL fe). */
const char *field_err_get(const struct field_errs *, const char *field);

#endif
