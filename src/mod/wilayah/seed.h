/* seed.h: load the facts Pamong ships (regions, agencies, service catalog). */
#ifndef PAMONG_SEED_H
#define PAMONG_SEED_H

#include <stddef.h>

struct store;

/*
 * Import a Kemendagri region CSV (code,name,level,parent_code) in one
 * transaction; existing codes are updated.  Returns the row count, or -1
 * with an Indonesian message naming the line in err.
 */
int wilayah_import(struct store *, const char *path, char *err, size_t);

/*
 * Seed Kabupaten Siak from dir (wilayah-1408.csv, opd-siak.csv,
 * layanan.csv, alur.json, isian.csv): regions, units (OPD, kecamatan,
 * kampung), the catalog, default workflows and service forms.
 * Idempotent.  Returns 0 or -1 with err set.
 */
int seed_siak(struct store *, const char *dir, char *err, size_t);

#endif
