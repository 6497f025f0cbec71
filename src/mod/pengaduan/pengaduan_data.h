/*
 * pengaduan_data.h: a complaint as data (a list row, its thread messages,
 * its attachments, the view of one complaint), below both the module's
 * rules (pengaduan.c, pengaduan_read.c) and its SQL (sql.c).  Public
 * through pengaduan.h.
 */
#ifndef PAMONG_PENGADUAN_DATA_H
#define PAMONG_PENGADUAN_DATA_H

#include "lib/str.h"

#include <stdint.h>
#include <time.h>

/* One complaint in a list.  pelapor_name is "" when hidden. */
struct pengaduan_row {
	int64_t id;
	char nomor[32];
	char kode_lacak[16];
	char jenis[24];
	char judul[STR_CHARS(200)];
	char kategori[32];
	char wilayah_code[14];
	char wilayah_name[STR_CHARS(120)];
	int64_t unit_id;
	char unit_code[33];
	char unit_name[STR_CHARS(160)];
	char status[24];
	char batas[11];
	int overdue;   /* open and batas before today */
	int terlambat; /* a deadline was missed at some point */
	int eskalasi;
	int nilai; /* 0: not rated */
	int anonim;
	int rahasia;
	int dibuka_kembali;
	int ditanggapi;
	int hari; /* working days since filing (to closing) */
	time_t created_at;
	time_t closed_at;
	int64_t pelapor_id;
	char pelapor_name[STR_CHARS(120)];
};

struct pengaduan_msg {
	time_t at;
	char peran[12]; /* pelapor admin unit sistem */
	char tindakan[24];
	char *isi;
};

struct pengaduan_file {
	int pos;
	char sha256[65];
	char filename[STR_CHARS(200)];
	char mime[24];
	int64_t size;
};

/* A complaint as one viewer may see it (pengaduan_view_free()). */
struct pengaduan_view {
	struct pengaduan_row row;
	char *isi; /* "" when hidden (public rahasia) */
	char unit_tujuan[STR_CHARS(160)];
	char instansi_rujukan[STR_CHARS(200)];
	char *alasan_arsip;
	char kasus_nomor[32];
	int mine;	      /* the viewer is the reporter */
	int staff;	      /* the viewer is authorised staff */
	char pelapor_nik[17]; /* "" unless shown */
	char pelapor_phone[21];
	char pelapor_email[255];
	struct pengaduan_msg *msgs;
	int nmsgs;
	struct pengaduan_file *files;
	int nfiles;
};

#endif
