/* sql.c: the perizinan module's SQL (see sql.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/dialect.h"
#include "store/store.h"
#include "izin_data.h"
#include "proses_data.h"
#include "usaha_data.h"
#include "sql.h"

int
perizinan_sql_kecamatan(struct store *s, const char *code, char *name,
    size_t namelen)
{
	struct store_stmt *st;
	int rc = 1;

	st = store_query(s,
	    "SELECT name FROM wilayah WHERE code = ? AND level = 'kecamatan'",
	    "s", code);
	if (st == NULL)
		return -1;
	switch (store_step(st)) {
	case STORE_ROW:
		snprintf(name, namelen, "%s", store_text(st, 0));
		rc = 0;
		break;
	case STORE_DONE:
		break;
	default:
		rc = -1;
	}
	store_done(st);
	return rc;
}

int
perizinan_sql_izin_insert(struct store *s, const struct izin *in, time_t now)
{
	int rc;

	if (store_scalar(s, 0, "SELECT count(*) FROM izin WHERE nomor = ?", "s",
		in->nomor) > 0)
		return 1;
	rc = store_run(s,
	    "INSERT INTO izin (nomor, jenis_kode, jenis, pemegang,"
	    " kecamatan_kode, kecamatan, terbit, berlaku_sampai, created_at,"
	    " pemegang_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULLIF(?, 0))",
	    "ssssssssii", in->nomor, in->jenis_kode, in->jenis, in->pemegang,
	    in->kecamatan_kode, in->kecamatan, in->terbit,
	    in->berlaku_sampai[0] != '\0' ? in->berlaku_sampai : NULL,
	    (int64_t)now, in->pemegang_id);
	if (rc == STORE_CONSTRAINT)
		return 1;
	return rc == 0 ? 0 : -1;
}

int
perizinan_sql_izin_cabut(struct store *s, const char *nomor, const char *alasan,
    time_t now)
{
	int64_t state;

	state = store_scalar(s, -1,
	    "SELECT CASE WHEN dicabut_at IS NULL THEN 0 ELSE 1 END"
	    " FROM izin WHERE nomor = ?",
	    "s", nomor);
	if (state < 0)
		return 1;
	if (state == 1)
		return 2;
	if (store_run(s,
		"UPDATE izin SET dicabut_at = ?, alasan_cabut = ?"
		" WHERE nomor = ? AND dicabut_at IS NULL",
		"iss", (int64_t)now, alasan, nomor) != 0)
		return -1;
	return 0;
}

static void
izin_fill(struct store_stmt *st, void *elem)
{
	struct izin *z = elem;

	snprintf(z->nomor, sizeof(z->nomor), "%s", store_text(st, 0));
	snprintf(z->jenis_kode, sizeof(z->jenis_kode), "%s", store_text(st, 1));
	snprintf(z->jenis, sizeof(z->jenis), "%s", store_text(st, 2));
	snprintf(z->pemegang, sizeof(z->pemegang), "%s", store_text(st, 3));
	snprintf(z->kecamatan_kode, sizeof(z->kecamatan_kode), "%s",
	    store_text(st, 4));
	snprintf(z->kecamatan, sizeof(z->kecamatan), "%s", store_text(st, 5));
	snprintf(z->terbit, sizeof(z->terbit), "%s", store_text(st, 6));
	snprintf(z->berlaku_sampai, sizeof(z->berlaku_sampai), "%s",
	    store_text(st, 7));
	snprintf(z->status, sizeof(z->status), "%s", store_text(st, 8));
}

int
perizinan_sql_izin_cari(struct store *s, const char *q, const char *today,
    size_t max, struct izin **out, size_t *n)
{
	int rc;

	*out = NULL;
	*n = 0;
	rc = store_rows(s, out, sizeof(**out), n, izin_fill,
	    "SELECT nomor, jenis_kode, jenis, pemegang, kecamatan_kode,"
	    " kecamatan, terbit, berlaku_sampai,"
	    " CASE WHEN dicabut_at IS NOT NULL THEN 'dicabut'"
	    "  WHEN berlaku_sampai IS NOT NULL AND berlaku_sampai < ?"
	    "  THEN 'kedaluwarsa' ELSE 'berlaku' END"
	    " FROM izin WHERE (? = '' OR " SQL_INSTR("lower(nomor)",
		"lower(?)") " > 0 OR " SQL_INSTR("lower(jenis)",
		"lower(?)") " > 0 OR " SQL_INSTR("lower(pemegang)",
		"lower(?)") " > 0)"
			    " ORDER BY terbit DESC, nomor LIMIT ?",
	    "sssssi", today, q, q, q, q, (int64_t)max);
	return rc == STORE_DONE ? 0 : -1;
}

struct rekap_walk {
	void (
	    *fn)(void *, const char *, const char *, int64_t, int64_t, int64_t);
	void *arg;
};

static int
rekap_row(void *arg, struct store_stmt *st)
{
	struct rekap_walk *w = arg;

	w->fn(w->arg, store_text(st, 0), store_text(st, 1), store_int(st, 2),
	    store_int(st, 3), store_int(st, 4));
	return 0;
}

int
perizinan_sql_izin_rekap(struct store *s, const char *today,
    void (*fn)(void *, const char *, const char *, int64_t, int64_t, int64_t),
    void *arg)
{
	struct rekap_walk w = { fn, arg };

	return store_each(s, rekap_row, &w,
		   "SELECT jenis_kode, min(jenis),"
		   " sum(CASE WHEN dicabut_at IS NULL AND (berlaku_sampai IS"
		   "  NULL OR berlaku_sampai >= ?) THEN 1 ELSE 0 END),"
		   " sum(CASE WHEN dicabut_at IS NULL AND berlaku_sampai <"
		   "  ? THEN 1 ELSE 0 END),"
		   " sum(CASE WHEN dicabut_at IS NOT NULL THEN 1 ELSE 0 END)"
		   " FROM izin GROUP BY jenis_kode ORDER BY jenis_kode",
		   "ss", today, today) == STORE_DONE
	    ? 0
	    : -1;
}

int64_t
perizinan_sql_usaha_id(struct store *s, const char *nib)
{
	return store_scalar(s, 0, "SELECT id FROM usaha WHERE nib = ?", "s",
	    nib);
}

int
perizinan_sql_usaha_is_kuasa(struct store *s, int64_t id, int64_t account_id)
{
	return store_scalar(s, -1,
		   "SELECT count(*) FROM usaha_kuasa WHERE usaha_id = ?"
		   " AND account_id = ?",
		   "ii", id, account_id) > 0
	    ? 1
	    : 0;
}

int
perizinan_sql_usaha_insert(struct store *s, const struct usaha *u,
    int64_t account_id, time_t now)
{
	int64_t id;

	if (store_run(s,
		"INSERT INTO usaha (nib, npwp, nama, kbli, created_at,"
		" updated_at) VALUES (?, ?, ?, ?, ?, ?)",
		"ssssii", u->nib, u->npwp, u->nama, u->kbli, (int64_t)now,
		(int64_t)now) != 0)
		return -1;
	if ((id = perizinan_sql_usaha_id(s, u->nib)) <= 0)
		return -1;
	return perizinan_sql_usaha_kuasa_add(s, id, account_id, now);
}

int
perizinan_sql_usaha_update(struct store *s, int64_t id, const struct usaha *u,
    time_t now)
{
	return store_run(s,
		   "UPDATE usaha SET npwp = ?, nama = ?, kbli = ?,"
		   " updated_at = ? WHERE id = ?",
		   "sssii", u->npwp, u->nama, u->kbli, (int64_t)now, id) == 0
	    ? 0
	    : -1;
}

int
perizinan_sql_usaha_kuasa_add(struct store *s, int64_t id, int64_t account_id,
    time_t now)
{
	return store_run(s,
		   "INSERT INTO usaha_kuasa (usaha_id, account_id, created_at)"
		   " VALUES (?, ?, ?)",
		   "iii", id, account_id, (int64_t)now) == 0
	    ? 0
	    : -1;
}

static void
usaha_fill(struct store_stmt *st, void *elem)
{
	struct usaha *u = elem;

	snprintf(u->nib, sizeof(u->nib), "%s", store_text(st, 0));
	snprintf(u->npwp, sizeof(u->npwp), "%s", store_text(st, 1));
	snprintf(u->nama, sizeof(u->nama), "%s", store_text(st, 2));
	snprintf(u->kbli, sizeof(u->kbli), "%s", store_text(st, 3));
	u->kuasa = (int)store_int(st, 4);
}

int
perizinan_sql_usaha_milik(struct store *s, int64_t account_id, size_t max,
    struct usaha **out, size_t *n)
{
	*out = NULL;
	*n = 0;
	return store_rows(s, out, sizeof(**out), n, usaha_fill,
		   "SELECT u.nib, u.npwp, u.nama, u.kbli,"
		   " (SELECT count(*) FROM usaha_kuasa k2"
		   "  WHERE k2.usaha_id = u.id)"
		   " FROM usaha u JOIN usaha_kuasa k ON k.usaha_id = u.id"
		   " WHERE k.account_id = ? ORDER BY u.nama, u.nib LIMIT ?",
		   "ii", account_id, (int64_t)max) == STORE_DONE
	    ? 0
	    : -1;
}

/* --- SKRD and the deadline clock (proses.h) ------------------------------- */

#define SKRD_COLS                                                              \
	"k.nomor, k.permohonan_id, p.nomor, k.jenis_kode, k.unit_id,"          \
	" k.jumlah, k.rincian, k.jatuh_tempo, k.dasar_hukum, k.dibuat_at,"     \
	" k.dibayar_at, k.referensi"                                           \
	" FROM izin_skrd k JOIN permohonan p ON p.id = k.permohonan_id"

static void
skrd_fill(struct store_stmt *st, void *elem)
{
	struct skrd *k = elem;

	snprintf(k->nomor, sizeof(k->nomor), "%s", store_text(st, 0));
	k->permohonan_id = store_int(st, 1);
	snprintf(k->permohonan, sizeof(k->permohonan), "%s", store_text(st, 2));
	snprintf(k->jenis_kode, sizeof(k->jenis_kode), "%s", store_text(st, 3));
	k->unit_id = store_int(st, 4);
	k->jumlah = (long long)store_int(st, 5);
	snprintf(k->rincian, sizeof(k->rincian), "%s", store_text(st, 6));
	snprintf(k->jatuh_tempo, sizeof(k->jatuh_tempo), "%s",
	    store_text(st, 7));
	snprintf(k->dasar_hukum, sizeof(k->dasar_hukum), "%s",
	    store_text(st, 8));
	k->dibuat_at = (time_t)store_int(st, 9);
	k->dibayar_at = (time_t)store_int(st, 10);
	snprintf(k->referensi, sizeof(k->referensi), "%s", store_text(st, 11));
}

/* One SKRD by the query's tail: 0, 1 none, -1. */
static int
skrd_one(struct store *s, struct skrd *out, const char *where,
    const char *types, const char *sv, int64_t iv)
{
	struct skrd *rows = NULL;
	size_t n = 0;
	char sql[600];
	int rc;

	snprintf(sql, sizeof(sql), "SELECT " SKRD_COLS " WHERE %s", where);
	if (types[0] == 's')
		rc = store_rows(s, &rows, sizeof(*rows), &n, skrd_fill, sql,
		    types, sv);
	else
		rc = store_rows(s, &rows, sizeof(*rows), &n, skrd_fill, sql,
		    types, iv);
	if (rc != STORE_DONE) {
		free(rows);
		return -1;
	}
	if (n == 0)
		return 1;
	*out = rows[0];
	free(rows);
	return 0;
}

int
perizinan_sql_skrd_nomor(struct store *s, const char *nomor, struct skrd *out)
{
	return skrd_one(s, out, "k.nomor = ?", "s", nomor, 0);
}

int
perizinan_sql_skrd_permohonan(struct store *s, int64_t id, struct skrd *out)
{
	return skrd_one(s, out, "k.permohonan_id = ?", "i", NULL, id);
}

int
perizinan_sql_skrd_insert(struct store *s, struct skrd *k, int tahun,
    int64_t actor_id)
{
	int64_t urut;
	int rc;

	if (store_scalar(s, 0,
		"SELECT count(*) FROM izin_skrd WHERE permohonan_id = ?", "i",
		k->permohonan_id) > 0)
		return 1;
	urut = store_scalar(s, -1,
	    "SELECT COALESCE(max(urut), 0) + 1 FROM izin_skrd WHERE tahun = ?",
	    "i", (int64_t)tahun);
	if (urut < 1)
		return -1;
	snprintf(k->nomor, sizeof(k->nomor), "SKRD/%d/%06lld", tahun,
	    (long long)urut);
	rc = store_run(s,
	    "INSERT INTO izin_skrd (permohonan_id, nomor, tahun, urut,"
	    " jenis_kode, unit_id, jumlah, rincian, jatuh_tempo, dasar_hukum,"
	    " dibuat_at, dibuat_oleh) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
	    "isiisiisssii", k->permohonan_id, k->nomor, (int64_t)tahun, urut,
	    k->jenis_kode, k->unit_id, (int64_t)k->jumlah, k->rincian,
	    k->jatuh_tempo, k->dasar_hukum, (int64_t)k->dibuat_at, actor_id);
	if (rc == STORE_CONSTRAINT)
		return 1;
	return rc == 0 ? 0 : -1;
}

int
perizinan_sql_skrd_bayar(struct store *s, const char *nomor,
    const char *referensi, int64_t actor_id, time_t now)
{
	if (store_run(s,
		"UPDATE izin_skrd SET dibayar_at = ?, referensi = ?,"
		" dibayar_oleh = ? WHERE nomor = ? AND dibayar_at IS NULL",
		"isis", (int64_t)now, referensi, actor_id, nomor) != 0)
		return -1;
	return store_changes(s) == 1 ? 0 : 1;
}

int
perizinan_sql_tenggat_has(struct store *s, int64_t id, const char *jenis)
{
	return store_scalar(s, 0,
		   "SELECT count(*) FROM izin_tenggat"
		   " WHERE permohonan_id = ? AND jenis = ?",
		   "is", id, jenis) > 0;
}

int
perizinan_sql_tenggat_insert(struct store *s, int64_t id, const char *jenis,
    time_t now, int used)
{
	if (store_run(s,
		"INSERT INTO izin_tenggat (permohonan_id, jenis, at,"
		" hari_terpakai) VALUES (?, ?, ?, ?)"
		" ON CONFLICT (permohonan_id, jenis) DO NOTHING",
		"isid", id, jenis, (int64_t)now, used) != 0)
		return -1;
	return store_changes(s) == 1 ? 0 : 1;
}

static void
open_fill(struct store_stmt *st, void *elem)
{
	struct perizinan_open *o = elem;

	o->id = store_int(st, 0);
	snprintf(o->layanan, sizeof(o->layanan), "%s", store_text(st, 1));
	snprintf(o->nomor, sizeof(o->nomor), "%s", store_text(st, 2));
	o->unit_id = store_int(st, 3);
	o->pemohon_id = store_int(st, 4);
}

int
perizinan_sql_open(struct store *s, int64_t unit_id, int64_t pemohon_id,
    struct perizinan_open **out, size_t *n)
{
	*out = NULL;
	*n = 0;
	return store_rows(s, out, sizeof(**out), n, open_fill,
		   "SELECT p.id, l.code, p.nomor, p.unit_id, p.pemohon_id"
		   " FROM permohonan p JOIN layanan l ON l.id = p.layanan_id"
		   " WHERE p.draft = 0 AND p.nomor IS NOT NULL"
		   " AND p.finished_at IS NULL AND (? = 0 OR p.unit_id = ?)"
		   " AND (? = 0 OR p.pemohon_id = ?)"
		   " ORDER BY p.submitted_at, p.id",
		   "iiii", unit_id, unit_id, pemohon_id,
		   pemohon_id) == STORE_DONE
	    ? 0
	    : -1;
}

static void
habis_fill(struct store_stmt *st, void *elem)
{
	struct izin_habis *h = elem;

	h->id = store_int(st, 0);
	snprintf(h->nomor, sizeof(h->nomor), "%s", store_text(st, 1));
	snprintf(h->jenis_kode, sizeof(h->jenis_kode), "%s", store_text(st, 2));
	snprintf(h->jenis, sizeof(h->jenis), "%s", store_text(st, 3));
	snprintf(h->berlaku_sampai, sizeof(h->berlaku_sampai), "%s",
	    store_text(st, 4));
	h->pemegang_id = store_int(st, 5);
}

int
perizinan_sql_izin_habis(struct store *s, const char *today, const char *until,
    struct izin_habis **out, size_t *n)
{
	*out = NULL;
	*n = 0;
	return store_rows(s, out, sizeof(**out), n, habis_fill,
		   "SELECT id, nomor, jenis_kode, jenis, berlaku_sampai,"
		   " COALESCE(pemegang_id, 0) FROM izin"
		   " WHERE dicabut_at IS NULL AND berlaku_sampai IS NOT NULL"
		   " AND berlaku_sampai >= ? AND berlaku_sampai <= ?"
		   " ORDER BY berlaku_sampai, id",
		   "ss", today, until) == STORE_DONE
	    ? 0
	    : -1;
}

int
perizinan_sql_pengingat_insert(struct store *s, int64_t izin_id, int ambang,
    time_t now)
{
	if (store_run(s,
		"INSERT INTO izin_pengingat (izin_id, ambang, at)"
		" VALUES (?, ?, ?) ON CONFLICT (izin_id, ambang) DO NOTHING",
		"idi", izin_id, ambang, (int64_t)now) != 0)
		return -1;
	return store_changes(s) == 1 ? 0 : 1;
}

int64_t
perizinan_sql_unit_id(struct store *s, const char *code)
{
	return store_scalar(s, 0, "SELECT id FROM unit WHERE code = ?", "s",
	    code);
}

int
perizinan_sql_fiktif_per_layanan(struct store *s,
    int (*fn)(void *, struct store_stmt *), void *arg)
{
	int rc = store_each(s, fn, arg,
	    "SELECT l.code, count(*) FROM izin_tenggat t"
	    " JOIN permohonan p ON p.id = t.permohonan_id"
	    " JOIN layanan l ON l.id = p.layanan_id"
	    " WHERE t.jenis = 'fiktif_positif' GROUP BY l.code ORDER BY l.code",
	    "");

	return rc == STORE_DONE || rc == STORE_ROW ? 0 : -1;
}
