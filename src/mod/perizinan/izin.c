/* izin.c: the registry of issued permits (izin.h). */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/msg.h"
#include "lib/utf8.h"
#include "lib/when.h"
#include "mod/audit/audit.h"
#include "store/store.h"
#include "izin.h"
#include "jenis.h"
#include "sql.h"

const char *
izin_err_text(enum izin_err e)
{
	switch (e) {
	case IZIN_OK:
		return "";
	case IZIN_BAD_NOMOR:
		return msg(M_IZIN_BAD_NOMOR);
	case IZIN_BAD_JENIS:
		return msg(M_IZIN_BAD_JENIS);
	case IZIN_BAD_PEMEGANG:
		return msg(M_IZIN_BAD_PEMEGANG);
	case IZIN_BAD_KECAMATAN:
		return msg(M_IZIN_BAD_KECAMATAN);
	case IZIN_BAD_TERBIT:
		return msg(M_IZIN_BAD_TERBIT);
	case IZIN_BAD_BERLAKU:
		return msg(M_IZIN_BAD_BERLAKU);
	case IZIN_DUPLICATE:
		return msg(M_IZIN_DUPLICATE);
	case IZIN_NOT_FOUND:
		return msg(M_IZIN_NOT_FOUND);
	case IZIN_ALREADY_REVOKED:
		return msg(M_IZIN_ALREADY_REVOKED);
	case IZIN_BAD_ALASAN:
		return msg(M_IZIN_BAD_ALASAN);
	case IZIN_STORE:
		break;
	}
	return msg(M_IZIN_STORE);
}

const char *
izin_jenis_nama(const char *code)
{
	return json_string_value(json_object_get(jenis_get(code), "nama"));
}

/* 3-60 characters of A-Z a-z 0-9 . / - */
static int
nomor_ok(const char *s)
{
	size_t i, n = strlen(s);

	if (n < 3 || n > 60)
		return 0;
	for (i = 0; i < n; i++)
		if (!((s[i] >= 'A' && s[i] <= 'Z') ||
			(s[i] >= 'a' && s[i] <= 'z') ||
			(s[i] >= '0' && s[i] <= '9') || s[i] == '.' ||
			s[i] == '/' || s[i] == '-'))
			return 0;
	return 1;
}

/* A real calendar date YYYY-MM-DD between 1945 and 2199. */
static int
date_ok(const char *s)
{
	int y, m, d, yy, mm, dd;
	char tail;

	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-' ||
	    sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3)
		return 0;
	if (y < 1945 || y > 2199 || m < 1 || m > 12 || d < 1 || d > 31)
		return 0;
	when_civil_from_days(when_days_from_civil(y, m, d), &yy, &mm, &dd);
	return yy == y && mm == m && dd == d;
}

/* Today's date in WIB as YYYY-MM-DD. */
static void
today_wib(time_t now, char out[11])
{
	int y, m, d;

	when_civil_from_days(when_wib_day(now), &y, &m, &d);
	snprintf(out, 11, "%04d-%02d-%02d", y, m, d);
}

enum izin_err
izin_catat(struct store *s, const struct izin *in, int64_t actor_id,
    const char *addr, time_t now)
{
	struct izin z;
	const char *nama;
	char note[200];
	int rc;

	z = *in;
	if (!nomor_ok(z.nomor))
		return IZIN_BAD_NOMOR;
	if ((nama = izin_jenis_nama(z.jenis_kode)) == NULL)
		return IZIN_BAD_JENIS;
	str_field(z.jenis, sizeof(z.jenis), nama);
	if (text_check(z.pemegang, 2, 200, 0) != NULL)
		return IZIN_BAD_PEMEGANG;
	rc = perizinan_sql_kecamatan(s, z.kecamatan_kode, z.kecamatan,
	    sizeof(z.kecamatan));
	if (rc < 0)
		return IZIN_STORE;
	if (rc > 0)
		return IZIN_BAD_KECAMATAN;
	if (!date_ok(z.terbit))
		return IZIN_BAD_TERBIT;
	if (z.berlaku_sampai[0] != '\0' &&
	    (!date_ok(z.berlaku_sampai) ||
		strcmp(z.berlaku_sampai, z.terbit) < 0))
		return IZIN_BAD_BERLAKU;
	snprintf(note, sizeof(note), "jenis=%s terbit=%s berlaku_sampai=%s",
	    z.jenis_kode, z.terbit,
	    z.berlaku_sampai[0] != '\0' ? z.berlaku_sampai : "-");
	if (store_begin(s) != 0)
		return IZIN_STORE;
	rc = perizinan_sql_izin_insert(s, &z, now);
	if (rc == 1) {
		store_rollback(s);
		return IZIN_DUPLICATE;
	}
	if (rc != 0 ||
	    audit_write(s,
		&(struct audit){ .actor_id = actor_id,
		    .role = actor_id != 0 ? "petugas" : "cli",
		    .action = "izin.catat",
		    .object_type = "izin",
		    .object_id = z.nomor,
		    .to_state = "berlaku",
		    .note = note,
		    .addr = addr }) != 0 ||
	    store_commit(s) != 0) {
		store_rollback(s);
		return IZIN_STORE;
	}
	return IZIN_OK;
}

enum izin_err
izin_cabut(struct store *s, const char *nomor, const char *alasan,
    int64_t actor_id, const char *addr, time_t now)
{
	int rc;

	if (!nomor_ok(nomor))
		return IZIN_NOT_FOUND;
	if (text_check(alasan, 5, 300, 0) != NULL)
		return IZIN_BAD_ALASAN;
	if (store_begin(s) != 0)
		return IZIN_STORE;
	rc = perizinan_sql_izin_cabut(s, nomor, alasan, now);
	if (rc == 1 || rc == 2) {
		store_rollback(s);
		return rc == 1 ? IZIN_NOT_FOUND : IZIN_ALREADY_REVOKED;
	}
	if (rc != 0 ||
	    audit_write(s,
		&(struct audit){ .actor_id = actor_id,
		    .role = actor_id != 0 ? "petugas" : "cli",
		    .action = "izin.cabut",
		    .object_type = "izin",
		    .object_id = nomor,
		    .from_state = "berlaku",
		    .to_state = "dicabut",
		    .note = alasan,
		    .addr = addr }) != 0 ||
	    store_commit(s) != 0) {
		store_rollback(s);
		return IZIN_STORE;
	}
	return IZIN_OK;
}

int
izin_cari(struct store *s, const char *q, time_t now, size_t max,
    struct izin **out, size_t *n)
{
	char today[11];

	*out = NULL;
	*n = 0;
	if (q == NULL)
		q = "";
	if (strlen(q) > 100 || !utf8_valid(q, strlen(q)))
		return 1;
	today_wib(now, today);
	return perizinan_sql_izin_cari(s, q, today, max, out, n);
}

int
izin_rekap(struct store *s, time_t now,
    void (*fn)(void *, const char *kode, const char *nama, int64_t berlaku,
	int64_t kedaluwarsa, int64_t dicabut),
    void *arg)
{
	char today[11];

	today_wib(now, today);
	return perizinan_sql_izin_rekap(s, today, fn, arg);
}
