/*
 * layanan_data.h: a service, a unit and the catalog's counts as data,
 * below both the module's rules (catalog.c) and its SQL (sql.c).  Public
 * through catalog.h.
 */
#ifndef PAMONG_LAYANAN_DATA_H
#define PAMONG_LAYANAN_DATA_H

#include "lib/str.h"

#include <stddef.h>
#include <stdint.h>

/* One service with its Standar Pelayanan.  Strings are owned (heap). */
struct layanan {
	int64_t id;
	char *code;
	char *name;
	char *level;	 /* kabupaten | kecamatan | kampung */
	char *unit_code; /* offering OPD; NULL below kabupaten */
	char *unit_name; /* its name; NULL below kabupaten */
	char *product;
	int sla_days;	 /* working days after a complete file */
	int fee_set;	 /* 0: retribusi per Perda (fee_idr NULL) */
	int64_t fee_idr; /* rupiah when fee_set; 0 = free */
	char *fee_note;
	char *procedure;
	char *complaints;
	char *legal_basis;
	char *sla_fee_basis; /* source of SLA and fee, or "typical" */
	char *source;	     /* URL of the published standard, or "" */
	int active;
	int64_t updated_at;
	char **syarat; /* requirements, in order */
	size_t nsyarat;
};

struct layanan_list {
	struct layanan *v;
	size_t n;
};

/* A unit (OPD, kecamatan or kampung office) with its counts. */
struct unit_row {
	int64_t id;
	char code[33];
	char name[STR_CHARS(160)];
	char kind[10]; /* opd | kecamatan | kampung */
	char category[33];
	char parent_code[33]; /* kampung: its kecamatan */
	int active;
	int nlayanan; /* active services it offers */
	int nakun;    /* accounts of the unit */
};

struct unit_list {
	struct unit_row *v;
	size_t n;
};

/* Counts for Beranda. */
struct catalog_stats {
	int layanan; /* active services */
	int opd;     /* active OPD units */
	int kecamatan;
	int kampung; /* desa-level regions that are kampung */
	int kelurahan;
};

#endif
