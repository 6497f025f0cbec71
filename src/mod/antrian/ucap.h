/*
 * ucap.h: Indonesian words for the spoken queue call (issue 16).  Pure
 * functions: no clock, no database.
 */
#ifndef PAMONG_ANTRIAN_UCAP_H
#define PAMONG_ANTRIAN_UCAP_H

#include <stddef.h>

/*
 * n (0..999) in Indonesian words into out: 0 "nol", 11 "sebelas",
 * 100 "seratus", 215 "dua ratus lima belas".  Returns the length
 * written, or -1 when n is out of range or out (n bytes) too small
 * (out is then "").
 */
int antrian_terbilang(int n, char *out, size_t size);

/*
 * The spoken name of one letter or digit c: 'A' "A", 'B' "Be", 'K' "Ka",
 * '7' "tujuh"; NULL for any other character (case-insensitive letters).
 */
const char *antrian_eja(char c);

/*
 * The sentence spoken for a call of ticket nomor (letters and digits
 * with an optional '-', e.g. "A-007") to counter loket (1..999): "Nomor
 * antrean A nol nol tujuh, silakan menuju loket tiga".  The ticket is
 * read character by character, the counter as a number.  Returns the
 * length, or -1 for a bad nomor (empty, longer than 8, any other
 * character), a bad loket or a too small out (out is then "").
 */
int antrian_kalimat(const char *nomor, int loket, char *out, size_t size);

#endif
