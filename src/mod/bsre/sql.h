/*
 * sql.h: the bsre module's SQL (issue 18), private to the module.  Each
 * function runs one statement with bound parameters; the callers keep
 * the rules.
 */
#ifndef PAMONG_BSRE_SQL_H
#define PAMONG_BSRE_SQL_H

#include <stddef.h>
#include <stdint.h>

#include "lib/str.h"

struct store;

/* The backend name of unit_id ("lokal"/"bsre") into out; 0 found, -1
 * no row, -2 store error. */
int bsre_sql_backend(struct store *, int64_t unit_id, char out[8]);
/* Insert or replace the backend row of unit_id.  0 or a store error. */
int bsre_sql_backend_set(struct store *, int64_t unit_id, const char *name,
    int64_t now, int64_t by);

/* The id of the unit with code, or 0. */
int64_t bsre_sql_unit(struct store *, const char *code);

/* The id of the service with code, or 0. */
int64_t bsre_sql_layanan(struct store *, const char *code);

/* The backend of the service of application permohonan_id at unit_id
 * (ttd_backend_layanan) into out: 0; -1 no row; -2 error. */
int bsre_sql_backend_layanan(struct store *, int64_t unit_id,
    int64_t permohonan_id, char out[8]);

/* The same by service id: 0; -1 no row; -2 error. */
int bsre_sql_backend_layanan_id(struct store *, int64_t unit_id,
    int64_t layanan_id, char out[8]);

/* Upsert the service's backend at the unit; name NULL deletes it. */
int bsre_sql_backend_layanan_set(struct store *, int64_t unit_id,
    int64_t layanan_id, const char *name, int64_t now, int64_t by);

/*
 * The units unit_id (0: every unit) with their backend name ("lokal"
 * without a row): fn(arg, code, name, backend) per row, by kind and
 * name.  0, or a store error.
 */
int bsre_sql_units(struct store *, int64_t unit_id,
    void (*fn)(void *, const char *, const char *, const char *), void *arg);

/* A letter held belum_pasti (table ttd_tertunda). */
struct ttd_tertunda {
	int64_t id, permohonan_id, unit_id, layanan_id, signer_id, seq;
	int tahun, templat_versi;
	char kode[22];
	char nomor_surat[128];
	char judul[STR_CHARS(160)];
	char berkas_sha256[65];
};

/* The open held letter of an application (no dokumen row has its kode):
 * 0 found, -1 none, -2 store error. */
int bsre_sql_tertunda(struct store *, int64_t permohonan_id,
    struct ttd_tertunda *);
/* Insert t (id ignored).  0 or a store error. */
int bsre_sql_tertunda_add(struct store *, const struct ttd_tertunda *,
    int64_t now);

#endif
