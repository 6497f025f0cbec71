/*
 * antrian_data.h: the queue's rows as data, below both the module's
 * rules (antrian*.c) and its SQL (sql.c).  Public through antrian.h.
 */
#ifndef PAMONG_ANTRIAN_DATA_H
#define PAMONG_ANTRIAN_DATA_H

#include <stdint.h>
#include <time.h>

#include "lib/kode.h"
#include "lib/str.h"

#define ANTRIAN_KODE_MAX 32   /* codes of sites, agencies, services */
#define ANTRIAN_NOMOR_MAX 8   /* "AB-123" */
#define ANTRIAN_JEDA_MAX 200  /* a pause reason, in characters */
#define ANTRIAN_URUT_MAX 999  /* numbers per service per day */
#define ANTRIAN_LOKET_MAX 128 /* counters shown per site */

/* A site (lokasi) of the Mal Pelayanan Publik. */
struct antrian_lokasi {
	int64_t id;
	char kode[ANTRIAN_KODE_MAX + 1];
	char nama[STR_CHARS(160)];
	char alamat[STR_CHARS(300)];
	char batas_ambil[6]; /* "HH:MM" WIB, "" none */
	int jam_berlaku;     /* 1: hours and cut-off are enforced */
	/* opening hours, minutes after midnight WIB, index 0 Senin ... 6
	   Minggu; buka[d] -1 when closed that day */
	int buka[7], tutup[7];
};

/* A service at a site. */
struct antrian_layanan {
	int64_t id;
	int64_t lokasi_id;
	char kode[ANTRIAN_KODE_MAX + 1];
	char nama[STR_CHARS(200)];
	char prefix[3];
	int kuota_pagi, kuota_siang; /* 0: no limit */
	int aktif;		     /* 0: no tickets or bookings taken */
	int64_t unit_id; /* the agency's Pamong unit, 0 outside agency */
	char instansi[STR_CHARS(160)];
};

/* A counter. */
struct antrian_loket {
	int64_t id;
	int64_t lokasi_id;
	int64_t instansi_id;
	int64_t unit_id; /* the agency's Pamong unit, 0 outside agency */
	int nomor;
	char nama[STR_CHARS(160)];
	char jeda[STR_CHARS(ANTRIAN_JEDA_MAX)]; /* "" when open */
	char instansi[STR_CHARS(160)];
	char lokasi_kode[ANTRIAN_KODE_MAX + 1];
};

/* A ticket. */
struct antrian_tiket {
	int64_t id;
	char kode[KODE_LEN + 1]; /* to follow it on a phone */
	int64_t lokasi_id;
	int64_t layanan_id;
	char tanggal[11]; /* WIB day "YYYY-MM-DD" */
	int urut;
	char nomor[ANTRIAN_NOMOR_MAX]; /* "A-001" */
	char sesi[6];		       /* "pagi" or "siang" */
	int prioritas;
	char status[12];
	int64_t loket_id; /* 0 none */
	int loket_nomor;  /* 0 none */
	int64_t kios_id;  /* 0 not from a kiosk */
	int panggil_n;
	int64_t diambil_at, dipanggil_at, dilayani_at, selesai_at;
	char layanan_kode[ANTRIAN_KODE_MAX + 1];
	char layanan_nama[STR_CHARS(200)];
	char lokasi_kode[ANTRIAN_KODE_MAX + 1];
	int64_t permohonan_id;	   /* the application it serves, 0 none */
	char permohonan_nomor[64]; /* its number, "" none */
};

/* An online booking. */
struct antrian_pesanan {
	int64_t id;
	char kode[KODE_LEN + 1];
	int64_t lokasi_id, layanan_id;
	char tanggal[11];
	char sesi[6];
	char nik_hmac[65];
	char nik4[5];
	int64_t account_id;
	char status[12];
	int64_t tiket_id;
	int64_t dibuat_at, checkin_at;
	char layanan_kode[ANTRIAN_KODE_MAX + 1];
	char lokasi_kode[ANTRIAN_KODE_MAX + 1];
	int64_t permohonan_id;	   /* the application it is for, 0 none */
	char permohonan_nomor[64]; /* its number, "" none */
};

/* Waiting tickets whose holders are to be reminded (antrian_sql_ingat()). */
#define ANTRIAN_INGAT_MAX 8
struct antrian_ingat {
	int n;
	struct antrian_ingat_tiket {
		int64_t tiket_id, account_id;
		char kode[KODE_LEN + 1];
		char nomor[ANTRIAN_NOMOR_MAX];
		int di_depan; /* people ahead of it */
	} t[ANTRIAN_INGAT_MAX];
};

/* One call or recall shown on the display (an SSE event). */
struct antrian_panggilan {
	int64_t id; /* the event id, increasing per database */
	char nomor[ANTRIAN_NOMOR_MAX];
	int loket_nomor;
	int ulang; /* 1: a recall */
	int64_t at;
	char layanan_nama[STR_CHARS(200)];
};

#endif
