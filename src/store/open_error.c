/*
 * open_error.c: why the last store_open() failed (store.h).  Its own file:
 * the backends report here and store.c clears it, so neither depends on
 * the other for it.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "store.h"
#include "store_impl.h"

static char open_error[256];

void
store_open_failed(const char *fmt, ...)
{
	va_list ap;
	char *nl;

	va_start(ap, fmt);
	vsnprintf(open_error, sizeof(open_error), fmt, ap);
	va_end(ap);
	if ((nl = strchr(open_error, '\n')) != NULL)
		*nl = '\0';
}

const char *
store_open_error(void)
{
	return open_error;
}
