/* str.h: copying strings into fixed fields without silent truncation. */
#ifndef PAMONG_STR_H
#define PAMONG_STR_H

#include <stddef.h>

/* Bytes that hold n characters of UTF-8 (at most 4 bytes each) and a NUL. */
#define STR_CHARS(n) (4 * (n) + 1)

/*
 * Copy the string src (NULL: "") into dst of size bytes.  Return 0, or -1
 * when it does not fit: dst is then "" (never a cut string).
 */
int str_copy(char *dst, size_t size, const char *src);

/*
 * str_copy() where the caller knows src fits (validated before it was
 * stored, or sized by construction); BUG() when it does not.
 */
void str_field(char *dst, size_t size, const char *src);

#endif
