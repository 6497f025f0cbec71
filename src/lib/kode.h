/* kode.h: public tracking codes (kode lacak) of applications and complaints. */
#ifndef PAMONG_KODE_H
#define PAMONG_KODE_H

#define KODE_LEN 12 /* Crockford base32 characters */

/*
 * Fill out with KODE_LEN Crockford base32 characters (0-9, A-Z without
 * I L O U) from 60 random bits, NUL-ended.  Cannot fail.
 */
void kode_new(char out[KODE_LEN + 1]);

#endif
