/*
 * spbe_data.h: an assessment, its entries, evidence and requests as
 * data, below both the module's rules (spbe_store.c) and its SQL
 * (sql.c).  Public through spbe_store.h.
 */
#ifndef PAMONG_SPBE_DATA_H
#define PAMONG_SPBE_DATA_H

#include "lib/str.h"

#include <stdint.h>
#include <time.h>

struct spbe_penilaian {
	int64_t id;
	int tahun;
	char kerangka[65];
	int revisi;
	char status[10];  /* draft | diajukan | final */
	char alasan[401]; /* why this revision exists */
	int demo;
	time_t dibuat_pada;
	time_t final_pada; /* 0 until final */
	int64_t indeks;	   /* hundredths when final, else -1 */
	char predikat[41];
	int terbaru; /* the newest revision of its year */
};

struct spbe_isian {
	int level; /* 0 = not yet assessed */
	char *penjelasan;
	int64_t unit_id; /* responsible unit, 0 = none */
	char unit_nama[STR_CHARS(160)];
	int nbukti;
};

struct spbe_bukti {
	int64_t id;
	int indikator;
	char jenis[8]; /* berkas | tautan */
	char sha256[65];
	char *url;
	char *judul;
	char unit_nama[STR_CHARS(160)];
	time_t dibuat_pada;
};

struct spbe_permintaan {
	int64_t id;
	int64_t penilaian_id;
	int tahun, revisi;
	char status_penilaian[10];
	int indikator;
	int64_t unit_id;
	char unit_nama[STR_CHARS(160)];
	char *pesan;
	char status[10]; /* terbuka | dipenuhi */
	time_t dibuat_pada;
};

#endif
