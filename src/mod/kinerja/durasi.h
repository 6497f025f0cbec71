/*
 * durasi.h: a month's completion-time histogram as one text value
 * (kinerja_bulan.durasi, migration 0024): "hk:n hk:n ..." with the
 * working days hk ascending, each n > 0, one space between; "" when there
 * is none.  One row per month x unit x service instead of one per
 * completion time, so a year's figures read a few thousand rows at any
 * number of applications.  Pure functions, private to the kinerja module.
 */
#ifndef PAMONG_KINERJA_DURASI_H
#define PAMONG_KINERJA_DURASI_H

#include <stdint.h>

/*
 * Call fn(arg, hk, n) for each entry of s in order (NULL or "": none).
 * 0, or -1 when s is malformed (fn may have seen some entries).
 */
int durasi_each(const char *s, void (*fn)(void *, int64_t hk, int64_t n),
    void *arg);

/*
 * The histogram s with n added at hk (n may be negative; an entry that
 * reaches 0 is left out), in the canonical form above: a new string (the
 * caller frees), NULL when s is malformed, hk < 0 or an entry would go
 * below 0.
 */
char *durasi_tambah(const char *s, int64_t hk, int64_t n);

#endif
