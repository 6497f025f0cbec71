/*
 * dokumen_data.h: a registered document and a signed draft as data,
 * below both the module's rules (dokumen.c, dokumen_sign.c) and its SQL
 * (sql.c).  Public through dokumen.h.
 */
#ifndef PAMONG_DOKUMEN_DATA_H
#define PAMONG_DOKUMEN_DATA_H

#include "lib/str.h"

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "surat.h"

/* A document of the registry (table dokumen). */
struct dokumen {
	int64_t id;
	char kode[SURAT_KODE_LEN + 1];
	int64_t permohonan_id;
	char permohonan_nomor[64];
	int64_t pemohon_id;
	char pemohon_name[STR_CHARS(120)]; /* as on the letter's face */
	int64_t layanan_id;
	char layanan_code[21];
	char layanan_name[STR_CHARS(200)];
	int64_t unit_id;
	char unit_name[STR_CHARS(160)];
	char nomor_surat[128];
	char judul[STR_CHARS(160)];
	char sha256[65];
	int64_t signer_id;
	int64_t cert_id;
	char cert_sha256[65];
	char signer_name[STR_CHARS(120)];
	char signer_position[STR_CHARS(160)];
	time_t signed_at;
	int64_t tlog_idx;		     /* -1 if none */
	char status[12];		     /* sah dicabut digantikan */
	time_t ended_at;		     /* 0 while sah */
	char ended_position[STR_CHARS(160)]; /* position of who ended it */
	char ended_reason[STR_CHARS(500)];
	int64_t ended_tlog_idx;			/* -1 if none */
	char superseded_by[SURAT_KODE_LEN + 1]; /* "" unless digantikan */
	char supersedes[SURAT_KODE_LEN + 1];	/* the one this replaced */
	char penerbit[8]; /* who issued the signer certificate: lokal
			     (the regency CA) or bsre (BSSN, certified) */
};

/*
 * The applicant's identity as on the KTP/KK (table identitas_penduduk,
 * migration 0041); "" unknown.
 */
struct dokumen_identitas {
	char tempat_lahir[STR_CHARS(60)];
	char tanggal_lahir[11]; /* YYYY-MM-DD */
	char jenis_kelamin[2];	/* L or P */
	char agama[STR_CHARS(40)];
	char pekerjaan[STR_CHARS(100)];
	char status_perkawinan[STR_CHARS(40)];
	char kewarganegaraan[STR_CHARS(40)];
	char alamat[STR_CHARS(200)]; /* street, house number */
	int rt, rw;		     /* -1 unknown */
};

/* A signed PDF made before the transaction that registers it. */
struct dokumen_draft {
	char kode[SURAT_KODE_LEN + 1];
	char sha256[65];
	size_t size;
	int64_t permohonan_id;
	int64_t layanan_id;
	int64_t unit_id;
	int year;
	int64_t seq; /* nomor sequence value printed */
	char nomor_surat[128];
	char judul[STR_CHARS(160)];
	int64_t signer_id;
	int64_t cert_id;
	char cert_sha256[65];
	char signer_name[STR_CHARS(120)];
	char signer_position[STR_CHARS(160)];
	time_t signed_at;
	int64_t supersedes; /* dokumen id replaced, or 0 */
	int templat_versi;  /* template version rendered (0:
					   the default from the form) */
	char penerbit[8];   /* "" or lokal: regency CA; bsre */
	int seq_reserved;   /* the nomor sequence already moved to seq
			       (a letter held belum_pasti, mod/bsre) */
};

#endif
