/* sql.h: the sakip module's SQL (sql.c; only file with SQL text). */
#ifndef PAMONG_SAKIP_SQL_H
#define PAMONG_SAKIP_SQL_H

#include <stddef.h>
#include <stdint.h>

#include "sakip_data.h"

struct store;

/* Unit id of code, or 0. */
int64_t sakip_sql_unit(struct store *, const char *code);
/* The plan (jenis, unit or 0 for the regency, first year), made when
 * missing; its id, or 0 on a database error. */
int64_t sakip_sql_rencana(struct store *, const char *jenis, int64_t unit_id,
    const char *nama, int awal, int akhir, int demo);
/* The goal of a plan by its text under induk (0: top), made when
 * missing; id or 0. */
int64_t sakip_sql_sasaran(struct store *, int64_t rencana_id, int64_t induk_id,
    const char *jenis, const char *uraian);
/* Is there any indicator? 1 or 0. */
int sakip_sql_ada_indikator(struct store *);
/* Indicator id by code, or 0. */
int64_t sakip_sql_indikator_id(struct store *, const char *kode);
/* Add an indicator (baseline NULL when !ada_baseline, induk 0 none);
 * id or 0. */
int64_t sakip_sql_indikator_add(struct store *, const struct sakip_ind *);
/* Set a target (triwulan 0 = the year's). 0 or -1. */
int sakip_sql_target(struct store *, int64_t ind, int tahun, int tw,
    int64_t nilai);
/* Set a quarter's realisation as submitted (status diajukan) or, for the
 * demo and verified rows, with status; 0 or -1. */
int sakip_sql_realisasi(struct store *, int64_t ind, int tahun, int tw,
    int64_t nilai, const char *bukti_url, const char *status, int64_t oleh,
    int64_t at);
/* Owner unit of an indicator, 0 when none. */
int64_t sakip_sql_indikator_unit(struct store *, int64_t ind);
/* A quarter's status: 0 none, 1 diajukan, 2 diverifikasi, 3 ditolak. */
int sakip_sql_status(struct store *, int64_t ind, int tahun, int tw);
/* Who reported a quarter (account id), 0 when none or the CLI. */
int64_t sakip_sql_pelapor(struct store *, int64_t ind, int tahun, int tw);
/* Submitted realisations waiting for Bappeda (all units), callback per
 * row: kode, unit name, tahun, triwulan, nilai, bukti; 0 or -1. */
int sakip_sql_antre(struct store *,
    void (*fn)(void *, const char *kode, const char *nama, const char *unit,
	int tahun, int tw, int64_t nilai, const char *bukti),
    void *arg);
/* Bappeda's decision on a submitted realisation: 1 when changed, 0 when
 * there was no submitted row, -1 on error. */
int sakip_sql_verifikasi(struct store *, int64_t ind, int tahun, int tw,
    const char *status, const char *alasan, int64_t oleh, int64_t at);
/* Every indicator (unit_id 0) or one unit's, in plan order, with year's
 * targets and verified realisations.  *n rows, caller frees; NULL and
 * *n 0 when none or on error. */
struct sakip_ind *sakip_sql_list(struct store *, int64_t unit_id, int tahun,
    size_t *n);
/* The years that have targets, newest first, at most max; count. */
size_t sakip_sql_tahun(struct store *, int *out, size_t max);

/* Record a signed document (replacing the unit's earlier one of that
 * jenis and year); 0 or -1. */
int sakip_sql_dokumen_simpan(struct store *, const char *jenis, int64_t unit_id,
    int tahun, int64_t oleh, int64_t at, const char *sha256, int64_t ukuran);
/* A unit's signed document: 1 with sha256 and at set, 0 none, -1 err. */
int sakip_sql_dokumen(struct store *, const char *jenis, int64_t unit_id,
    int tahun, char sha256[65], int64_t *at);
/* Who signed a unit's PK of tahun and who countersigned it (0: nobody
 * yet): 1, 0 no document, -1 error. */
int sakip_sql_pk_penanda(struct store *, int64_t unit_id, int tahun,
    int64_t *kepala, int64_t *atasan, int64_t *atasan_at);
/* Record the countersigned file (sha256, size) and its signer; 1 when
 * changed, 0 when already countersigned, -1 error. */
int sakip_sql_pk_kontrasign(struct store *, int64_t unit_id, int tahun,
    const char *sha256, int64_t ukuran, int64_t atasan, int64_t at);
/* The DPA date of a unit and year into out (YYYY-MM-DD): 1, 0 none. */
int sakip_sql_dpa(struct store *, int64_t unit_id, int tahun, char out[11]);
/* Set it; 0 or -1. */
int sakip_sql_dpa_simpan(struct store *, int64_t unit_id, int tahun,
    const char *tanggal);

/* Audit findings (temuan.c).  0 or -1 unless said. */
int sakip_sql_lhp_tambah(struct store *, const char *sumber, const char *nomor,
    const char *judul, int64_t unit_id, const char *diterima, int batas_hari);
/* LHP id by nomor (0 none), its received date, deadline days, unit. */
int64_t sakip_sql_lhp(struct store *, const char *nomor, char diterima[11],
    int *batas_hari, int64_t *unit_id);
/* New recommendation's id, or 0. */
int64_t sakip_sql_rekomendasi_tambah(struct store *, int64_t lhp,
    const char *temuan, const char *rekomendasi, const char *batas,
    int64_t now);
/* The audited unit of a recommendation, 0 when none. */
int64_t sakip_sql_rekomendasi_unit(struct store *, int64_t id);
/* The review: status and note; an empty uraian or bukti keeps the
 * stored follow-up text or link. */
int sakip_sql_rekomendasi_status(struct store *, int64_t id, const char *status,
    const char *uraian, const char *bukti, const char *telaah, int64_t now);
/* The audited unit's follow-up (text, evidence link, the sha256 of an
 * uploaded file or "", submitted now). */
int sakip_sql_tindak_lanjut(struct store *, int64_t id, const char *uraian,
    const char *bukti, const char *berkas, int64_t now);
/* The evidence file's sha256 and the audited unit: 1, 0 none, -1. */
int sakip_sql_tl_berkas(struct store *, int64_t id, char out[65],
    int64_t *unit_id);
/* Publish (1) or withdraw (0) a finding on /sakip. */
int sakip_sql_terbit(struct store *, int64_t id, int terbit);
/* A programme activity of the Inspektorat's PKPT: its id, or 0. */
int64_t sakip_sql_pkpt_tambah(struct store *, int tahun, int64_t unit_id,
    const char *kegiatan);
/* The PKPT of tahun (0: every year), newest first. */
struct sakip_pkpt {
	int64_t id;
	int tahun;
	char unit[161], kegiatan[301];
};
struct sakip_pkpt *sakip_sql_pkpt(struct store *, int tahun, size_t *n);
/* A recommendation with its LHP and audited unit, for the pages. */
struct sakip_rek {
	int64_t id, unit_id, diajukan_at, eskalasi_at;
	int terbit;
	char nomor[81], sumber[16], judul[301], unit[161], unit_kode[33];
	char temuan[2001], rekomendasi[2001], status[32], batas[11];
	char tindak_lanjut[2001], bukti[501], telaah[2001], berkas[65];
};
/* Recommendations of unit_id (0: every unit); only published ones when
 * terbit; newest LHP first.  *n rows, caller frees; NULL when none. */
struct sakip_rek *sakip_sql_rek(struct store *, int64_t unit_id, int terbit,
    size_t *n);
/* Open recommendations due before kini, not yet escalated. */
int sakip_sql_lewat_batas(struct store *, const char *kini,
    void (*fn)(void *, int64_t id, int64_t unit), void *arg);
/* Mark one escalated: 1 changed, 0 already, -1 error. */
int sakip_sql_eskalasi(struct store *, int64_t id, int64_t now);
/* Per audited unit: name and counts by status, lewat (escalated open). */
struct sakip_tl {
	char unit[161];
	int64_t total, sesuai, belum_sesuai, belum, tidak_dapat, lewat;
};
struct sakip_tl *sakip_sql_tl(struct store *, size_t *n);

/* External scores (skor.c): replace kind and year; 0 or -1. */
int sakip_sql_skor_simpan(struct store *, const char *jenis, int tahun,
    int nilai, const char *dokumen, const char *tanggal, const char *tautan,
    const char *berkas, int64_t oleh, int64_t at);
/* The source document file of a kind and year: 1 with its sha256, 0
 * none, -1 error. */
int sakip_sql_skor_berkas(struct store *, const char *jenis, int tahun,
    char out[65]);
struct sakip_skor {
	char jenis[8], dokumen[201], tanggal[11], tautan[501], berkas[65];
	int tahun, nilai;
};
/* Every score, by kind then year ascending; NULL when none. */
struct sakip_skor *sakip_sql_skor(struct store *, size_t *n);

#endif
