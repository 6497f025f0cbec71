/*
 * proses_data.h: the rows of a permit application's retribution and
 * deadline clock (proses.h), shared by the rules and sql.c.
 */
#ifndef PAMONG_PROSES_DATA_H
#define PAMONG_PROSES_DATA_H

#include <stdint.h>
#include <time.h>

/* A retribution letter (SKRD) and its payment. */
struct skrd {
	char nomor[41]; /* SKRD/2026/000001 */
	int64_t permohonan_id;
	char permohonan[64]; /* the application's nomor */
	char jenis_kode[41];
	int64_t unit_id;  /* the unit that owns it (assessed it) */
	long long jumlah; /* rupiah, > 0 */
	char rincian[301];
	char jatuh_tempo[11]; /* YYYY-MM-DD */
	char dasar_hukum[1001];
	time_t dibuat_at;
	time_t dibayar_at; /* 0: not paid */
	char referensi[81];
};

/* An open (submitted, undecided) application, for the timer and lists. */
struct perizinan_open {
	int64_t id;
	char layanan[21];
	char nomor[64];
	int64_t unit_id;
	int64_t pemohon_id;
};

/* A permit of the registry nearing its end (the reminder job). */
struct izin_habis {
	int64_t id;
	char nomor[244];
	char jenis_kode[41];
	char jenis[484];
	char berlaku_sampai[11];
	int64_t pemegang_id; /* 0: unknown */
};

#endif
