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

#endif
