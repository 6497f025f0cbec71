/*
 * sandi_umum.h: the common passwords no account may choose (issue 19
 * item 8): data/sandi-umum.txt, compiled in by the build
 * (scripts/embed-lines.sh) as one byte array of sorted lower-case lines.
 */
#ifndef PAMONG_SANDI_UMUM_H
#define PAMONG_SANDI_UMUM_H

#include <stddef.h>

extern const unsigned char sandi_umum[];
extern const size_t sandi_umum_len;

/*
 * 1 when pw, compared without regard to ASCII case, is a line of the
 * list; else 0.
 */
int sandi_umum_has(const char *pw);

#endif
