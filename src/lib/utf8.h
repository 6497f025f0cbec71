/* utf8.h: strict UTF-8 validation and checks on user-entered text. */
#ifndef PAMONG_UTF8_H
#define PAMONG_UTF8_H

#include <stddef.h>

/*
 * Return 1 when the len bytes at s are valid UTF-8, else 0.  Strict:
 * overlong forms, surrogates (U+D800-U+DFFF) and code points above
 * U+10FFFF are rejected.  NUL bytes are valid UTF-8 here; text_check()
 * rejects them as control characters.
 */
int utf8_valid(const char *s, size_t len);

/*
 * Number of code points in the NUL-terminated string s, which should be
 * valid UTF-8 (otherwise the count of non-continuation bytes is returned).
 */
size_t utf8_chars(const char *s);

/*
 * Check a NUL-terminated text field entered by a user.  Return NULL when
 * s is valid UTF-8, holds no control characters (C0, DEL and C1; \n, \r
 * and \t are allowed only when multiline is set) and has between min_chars and
 * max_chars code points; else a static message in Indonesian.  NULL s is
 * treated as empty.  A max_chars of 0 means no upper limit.
 */
const char *text_check(const char *s, size_t min_chars, size_t max_chars,
    int multiline);

#endif
