/*
 * account_data.h: roles and an account as data, below both the module's
 * rules (account.c, session.c) and its SQL (sql.c).  Public through
 * account.h.
 */
#ifndef PAMONG_ACCOUNT_DATA_H
#define PAMONG_ACCOUNT_DATA_H

#include "lib/str.h"

#include <stdint.h>
#include <time.h>

enum role {
	ROLE_WARGA = 1u << 0,
	ROLE_OPERATOR = 1u << 1,
	ROLE_VERIFIKATOR = 1u << 2,
	ROLE_PENANDATANGAN = 1u << 3,
	ROLE_KEPALA = 1u << 4,
	ROLE_ADMIN = 1u << 5,
	ROLE_INSPEKTORAT = 1u << 6,
	ROLE_KOORDINATOR_SPBE = 1u << 7,
	ROLE_PIMPINAN = 1u << 8,
	ROLE_SUPERADMIN = 1u << 9,
	ROLE_ADMIN_PENGADUAN = 1u << 10, /* complaint admin (issue 6) */
	ROLE_PETUGAS_LOKET = 1u << 11,	 /* MPP counter officer (issue 16) */
};
#define ROLE_LAST ROLE_PETUGAS_LOKET
#define ROLE_STAFF (~(unsigned)ROLE_WARGA & ((ROLE_LAST << 1) - 1))
#define ROLE_ADMINS (ROLE_ADMIN | ROLE_SUPERADMIN)

struct account {
	int64_t id;
	char username[65];
	char full_name[STR_CHARS(120)];
	char nik[17];
	char phone[21];
	char email[255];
	int64_t unit_id; /* 0 for citizens */
	char unit_code[33];
	char unit_name[STR_CHARS(160)];
	unsigned roles; /* enum role bits */
	int disabled;
	time_t created_at;
	/* issue 12 item 5: NIK verification (src/domain/nik_verif.c) */
	int nik_verified; /* 1: verified, 0: only claimed */
	int64_t warga_id; /* staff: the person's citizen
					   account, 0 if not linked */
	char kampung[14]; /* wilayah code of the kampung/kelurahan of
				 residence named by the citizen, or "" */
	char id_nik[17];  /* verified NIK of this person: its
					   own, else the linked citizen
					   account's; "" if none */
};

/* Role name ("operator") to bit; 0 if unknown. */
unsigned role_parse(const char *);
/* Bit to name / Indonesian label; NULL for a bad bit. */
const char *role_name(unsigned);
const char *role_label(unsigned);
/* Parse "a,b,c"; 0 if empty or any name is unknown. */
unsigned role_parse_list(const char *);

/* Which accounts account_list() returns. */
struct account_filter {
	const char *q;	 /* part of username or name; NULL/"": any */
	int64_t unit_id; /* 0: any unit */
	unsigned role;	 /* one role bit; 0: any role */
	int disabled;	 /* -1: any, 0: active only, 1: disabled only */
	int staff_only;	 /* leave citizens (warga) out */
	int limit;	 /* 1..500 */
	int offset;
};

/* An account and its password hash, for the demo check. */
struct account_hash {
	int64_t id;
	char *username;
	char *pw_hash;
};

/*
 * A citizen's identity as on the KTP/KK (identitas_penduduk, migration
 * 0041), printed in the identity block of a letter issued to them when
 * the application's form lacks the field.  "" unknown; tanggal_lahir
 * YYYY-MM-DD; jenis_kelamin "L"/"P"; rt, rw -1 unknown.
 */
struct identitas {
	char tempat_lahir[241];
	char tanggal_lahir[11];
	char jenis_kelamin[2];
	char agama[161];
	char pekerjaan[401];
	char status_perkawinan[161];
	char kewarganegaraan[161];
	char alamat[801];
	int rt, rw;
	int64_t updated_at; /* 0: never entered */
};

#endif
