/*
 * html.h: the only code that writes markup.
 *
 * Escaping is the default: html_printf()'s %s escapes its argument for
 * element text and (double-quoted) attribute values alike.  Raw markup can
 * only come from string literals through html_lit(), so a reviewer never
 * has to ask where a raw string came from.
 */
#ifndef PAMONG_HTML_H
#define PAMONG_HTML_H

#include <stdint.h>

#include "lib/buf.h"

/* Append s escaped for HTML text and quoted attributes (& < > " '). */
void html_esc(struct buf *, const char *s);
/* Append s percent-encoded for a URL path segment or query value. */
void html_url(struct buf *, const char *s);

/*
 * Formatted output.  Conversions: %s (escaped string; NULL prints as
 * empty), %U (URL-encoded then escaped string), %d (int), %u (unsigned),
 * %I (int64_t), %z (size_t), %%.  Anything else is a BUG.
 */
void html_printf(struct buf *, const char *fmt, ...);

/* Raw markup from a string literal only (the "" forces a literal). */
#define html_lit(b, s) html_raw_literal_((b), "" s "")
void html_raw_literal_(struct buf *, const char *);

/* Format a rupiah amount: 15000 -> "Rp15.000" (plain text, no markup). */
void html_rupiah(struct buf *, int64_t);

#endif
