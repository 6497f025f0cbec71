/* num.h: numbers as text. */
#ifndef PAMONG_NUM_H
#define PAMONG_NUM_H

#include <stddef.h>
#include <stdint.h>

/*
 * Write x / 10^places (places 1-4) to out of size bytes as a decimal with
 * exactly places digits after the separator sep:
 * num_fixed(out, 16, 8325, 2, '.') gives "83.25".  Any int64_t fits in
 * 24 bytes; a smaller out is the caller's promise, BUG() when broken.
 */
void num_fixed(char *out, size_t size, int64_t x, int places, char sep);

/*
 * A file size for people, the one form every page uses (issue 19 item
 * 14): "1,2 MB" from 1 MiB on (one decimal, comma), else "34 KB" (KiB,
 * rounded up; "0 KB" only for 0).  out of NUM_SIZE_LEN bytes holds any
 * int64_t >= 0; a negative size is written as "0 KB".
 */
#define NUM_SIZE_LEN 32
void num_size(char out[NUM_SIZE_LEN], int64_t bytes);

#endif
