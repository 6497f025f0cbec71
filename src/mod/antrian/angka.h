/*
 * angka.h: the queue's figures per service and day (issue 16): tickets,
 * finished, no-shows, cancelled, kiosk share, and the waiting time
 * (check-in to first call) and service time (start to finish) as
 * median and 90th percentile, in seconds.  No personal data.
 */
#ifndef PAMONG_ANTRIAN_ANGKA_H
#define PAMONG_ANTRIAN_ANGKA_H

#include <stddef.h>
#include <stdint.h>

#include "antrian_data.h"

struct store;

struct antrian_angka {
	char layanan[ANTRIAN_KODE_MAX + 1];
	char nama[STR_CHARS(200)];
	char instansi[STR_CHARS(160)];
	int tiket, selesai, tidak_hadir, batal, kios;
	int64_t tunggu_p50, tunggu_p90;	  /* -1: no ticket called */
	int64_t layanan_p50, layanan_p90; /* -1: none finished */
};

/*
 * The p-th percentile (1..100) of the n values v by the nearest-rank
 * method (the smallest value with at least p% of the values at or
 * below it); v is sorted in place.  -1 when n is 0.
 */
int64_t antrian_persentil(int64_t *v, size_t n, int p);

/*
 * The figures of site lokasi_id on WIB day tanggal, one row per service
 * with tickets, by service code, into *rows (*n of them; the caller
 * frees *rows).  0, or -1 on a storage error.
 */
int antrian_angka_hari(struct store *, int64_t lokasi_id, const char *tanggal,
    struct antrian_angka **rows, size_t *n);

#endif
