/*
 * nik.h: checking the Indonesian NIK (Nomor Induk Kependudukan).
 *
 * A NIK is 16 digits: PP KK CC DDMMYY SSSS, where PP is the province,
 * KK the kabupaten/kota, CC the kecamatan, DD the day of birth (plus 40
 * for women), MM the month, YY the two-digit year and SSSS a serial.
 */
#ifndef PAMONG_NIK_H
#define PAMONG_NIK_H

#define NIK_LEN 16

/*
 * Check nik (NUL-terminated; NULL is treated as empty).  Return NULL when
 * it is well formed, else a static message in Indonesian for the user.
 * The date is checked for range only (day 01-31 or 41-71, month 01-12),
 * not against the calendar.
 */
const char *nik_check(const char *nik);

/*
 * Extract the birth date of a NIK that passes nik_check(): *day (1-31),
 * *month (1-12), *yy (0-99, the century is unknown) and *female (1 when
 * the day was encoded as day+40, else 0).  Return 0, or -1 when nik is
 * invalid, leaving the outputs untouched.  Any output may be NULL.
 */
int nik_birthdate(const char *nik, int *day, int *month, int *yy, int *female);

#endif
