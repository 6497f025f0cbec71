/*
 * sampel_data.h: a period's commitment and a sampled application as
 * data, below both the module's rules (sampel.c) and its SQL (sql.c).
 * Public through sampel.h.
 */
#ifndef PAMONG_SAMPEL_DATA_H
#define PAMONG_SAMPEL_DATA_H

#include <stdint.h>

/* One sampled application. */
struct sampel_item {
	char nomor[64];
	char layanan[128];
	char unit[128];
	int64_t finished_at;
	char skor[65]; /* hex HMAC-SHA256(seed, nomor) */
};

/* One period's commitment as stored. */
struct sampel_row {
	char periode[8];
	char komitmen[65];
	int jumlah;
	int64_t komitmen_idx;
	int64_t komitmen_at;
	int64_t buka_idx; /* -1 until revealed */
	int64_t buka_at;
	char benih[65]; /* hex; "" until revealed */
};

#endif
