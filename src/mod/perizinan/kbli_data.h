/*
 * kbli_data.h: data/kbli-2020.txt and data/kbli-2025.txt, compiled in by
 * the build (scripts/embed-lines.sh), each one byte array and its length.
 */
#ifndef PAMONG_KBLI_DATA_H
#define PAMONG_KBLI_DATA_H

#include <stddef.h>

extern const unsigned char kbli_2020[];
extern const size_t kbli_2020_len;
extern const unsigned char kbli_2025[];
extern const size_t kbli_2025_len;

#endif
