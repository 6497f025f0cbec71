/*
 * skor.c: external scores over the years (issue 22): the SAKIP
 * evaluation, Indeks RB, SPIP maturity, APIP capability and SPBE index,
 * each per year with the document it comes from.  The rules of a kind
 * (its scale and what its value is called) are pure functions with unit
 * vectors; sakip_skor_catat() records one with its audit event.
 */
#include <stdio.h>
#include <string.h>

#include "mod/audit/audit.h"
#include "mod/berkas/berkas.h"
#include "store/store.h"
#include "sakip.h"
#include "sql.h"

static const struct {
	const char *kode, *nama;
	int maks; /* the scale's top, hundredths */
} jenis_v[] = {
	{ "sakip", "Nilai SAKIP", 10000 },
	{ "rb", "Indeks Reformasi Birokrasi", 10000 },
	{ "spip", "Tingkat maturitas SPIP", 500 },
	{ "apip", "Tingkat kapabilitas APIP", 500 },
	{ "spbe", "Indeks SPBE", 500 },
};
#define NJENIS (sizeof(jenis_v) / sizeof(jenis_v[0]))

int
sakip_skor_jenis(const char *kode)
{
	size_t i;

	for (i = 0; kode != NULL && i < NJENIS; i++)
		if (strcmp(kode, jenis_v[i].kode) == 0)
			return (int)i;
	return -1;
}

const char *
sakip_skor_kode(int j)
{
	return j >= 0 && (size_t)j < NJENIS ? jenis_v[j].kode : "?";
}

const char *
sakip_skor_nama(int j)
{
	return j >= 0 && (size_t)j < NJENIS ? jenis_v[j].nama : "?";
}

int
sakip_skor_maks(int j)
{
	return j >= 0 && (size_t)j < NJENIS ? jenis_v[j].maks : 0;
}

int
sakip_skor_nilai(int j, const char *s, int *out)
{
	int64_t v;

	if (j < 0 || (size_t)j >= NJENIS || s == NULL || *s == '-' ||
	    sakip_angka_parse(s, &v) != 0 || v % (SAKIP_SKALA / 100) != 0)
		return -1;
	v /= SAKIP_SKALA / 100;
	if (v > jenis_v[j].maks)
		return -1;
	*out = (int)v;
	return 0;
}

void
sakip_skor_keterangan(int j, int nilai, char out[32])
{
	*out = '\0';
	if (j == 0)
		snprintf(out, 32, "%s", sakip_akip_predikat(nilai));
	else if ((j == 2 || j == 3) && nilai >= 100)
		snprintf(out, 32, "Level %d", nilai / 100);
}

int
sakip_skor_catat(struct store *s, const char *data_dir,
    const struct sakip_pelapor *by, const char *jenis, int tahun,
    const char *nilai, const char *dokumen, const char *tanggal,
    const char *tautan, const void *file, size_t flen, int64_t now,
    const char **why)
{
	struct audit ev = { 0 };
	char obj[32], x[32], sha[65] = "";
	const char *mime;
	int j = sakip_skor_jenis(jenis), v, y, m, d;

	if (j < 0) {
		*why = "Jenis harus sakip, rb, spip, apip, atau spbe.";
		return -1;
	}
	if (tahun < 2000 || tahun > 2100) {
		*why = "Tahun harus 2000 sampai 2100.";
		return -1;
	}
	if (sakip_skor_nilai(j, nilai, &v) != 0) {
		*why = j < 2 ? "Nilai harus angka 0 sampai 100 dengan paling"
			       " banyak dua desimal (titik sebagai pemisah)."
			     : "Nilai harus angka 0 sampai 5 dengan paling"
			       " banyak dua desimal (titik sebagai pemisah).";
		return -1;
	}
	if (strlen(dokumen) < 3 || strlen(dokumen) > 200) {
		*why = "Nomor dokumen sumber wajib, 3 sampai 200 karakter.";
		return -1;
	}
	if (strlen(tanggal) != 10 || tanggal[4] != '-' || tanggal[7] != '-' ||
	    sscanf(tanggal, "%4d-%2d-%2d", &y, &m, &d) != 3 || y < 2000 ||
	    y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) {
		*why = "Tanggal dokumen harus YYYY-MM-DD.";
		return -1;
	}
	if (*tautan && !sakip_tautan(tautan)) {
		*why = "Tautan dokumen harus diawali https:// atau http://,"
		       " tanpa spasi.";
		return -1;
	}
	if (flen > 0 && berkas_check(file, flen, &mime, why) != 0)
		return -1;
	snprintf(obj, sizeof(obj), "%s/%d", jenis_v[j].kode, tahun);
	sakip_fmt2(v, x);
	if (by != NULL) {
		ev.actor_id = by->account_id;
		ev.addr = by->addr;
		ev.unit_id = by->unit_id;
	}
	ev.role = "petugas";
	ev.action = "sakip.skor";
	ev.object_type = "sakip_skor";
	ev.object_id = obj;
	ev.to_state = x;
	ev.note = dokumen;
	if (store_begin(s) != 0)
		goto db;
	if (flen > 0 &&
	    berkas_put(s, data_dir, file, flen, sha, &mime, why) != 0) {
		store_rollback(s);
		return -1;
	}
	if (sakip_sql_skor_simpan(s, jenis_v[j].kode, tahun, v, dokumen,
		tanggal, tautan, sha, by ? by->account_id : 0, now) != 0 ||
	    audit_write(s, &ev) != 0 || store_commit(s) != 0) {
		store_rollback(s);
		goto db;
	}
	return 0;
db:
	*why = "Nilai gagal disimpan.";
	return -2;
}

int
sakip_skor_berkas(struct store *s, const char *jenis, int tahun, char out[65])
{
	return sakip_sql_skor_berkas(s, jenis, tahun, out);
}
