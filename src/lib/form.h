/*
 * form.h: parsing application/x-www-form-urlencoded bodies and query
 * strings into name/value parameters.
 */
#ifndef PAMONG_FORM_H
#define PAMONG_FORM_H

#include <stddef.h>

struct param {
	char	*name;
	char	*value;
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
int		 form_parse(const char *s, size_t len, struct param **params,
		    size_t *nparams, size_t max_params);

/* Free the n parameters of the array and the array itself (NULL is ok). */
void		 params_free(struct param *, size_t n);

/* Value of the first parameter called name, or NULL when there is none. */
const char	*params_get(const struct param *, size_t n, const char *name);

#endif
