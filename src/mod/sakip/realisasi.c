/*
 * realisasi.c: a quarter's realisation reported by the unit that owns
 * the indicator, and Bappeda's verification (issue 22).  Each change is
 * one transaction with its audit event.
 */
#include <stdio.h>
#include <string.h>

#include "mod/audit/audit.h"
#include "store/store.h"
#include "sakip.h"
#include "sql.h"

/* the indicator's owner unit, 0 when unknown */
static int64_t
pemilik(struct store *s, const char *kode, int64_t *id)
{
	*id = sakip_sql_indikator_id(s, kode);
	return *id ? sakip_sql_indikator_unit(s, *id) : 0;
}

int
sakip_tautan(const char *u)
{
	size_t n = strlen(u), i;

	if (n < 12 || n > 500)
		return 0;
	if (strncmp(u, "https://", 8) != 0 && strncmp(u, "http://", 7) != 0)
		return 0;
	for (i = 0; i < n; i++)
		if ((unsigned char)u[i] <= ' ' || u[i] == '"' || u[i] == '<' ||
		    u[i] == '>' || u[i] == 0x7f)
			return 0;
	return 1;
}

int
sakip_lapor(struct store *s, const struct sakip_pelapor *who, const char *kode,
    int tahun, int tw, const char *nilai, const char *bukti_url, int64_t now,
    const char **why)
{
	struct audit ev = { 0 };
	char obj[80], note[120];
	int64_t id, unit, v;

	if ((unit = pemilik(s, kode, &id)) == 0) {
		*why = "Indikator tidak ditemukan.";
		return -1;
	}
	if (unit != who->unit_id) {
		*why = "Anda tidak berwenang: realisasi dilaporkan oleh unit"
		       " penanggung jawab indikator.";
		return -3;
	}
	if (tahun < 2000 || tahun > 2100 || tw < 1 || tw > 4) {
		*why = "Tahun atau triwulan tidak sah.";
		return -1;
	}
	if (sakip_angka_parse(nilai, &v) != 0) {
		*why = "Realisasi harus berupa angka dengan titik sebagai"
		       " pemisah desimal, misalnya 5.08.";
		return -1;
	}
	if (!sakip_tautan(bukti_url)) {
		*why = "Bukti wajib berupa tautan yang diawali https:// atau"
		       " http://, tanpa spasi, paling banyak 500 karakter.";
		return -1;
	}
	if (sakip_sql_status(s, id, tahun, tw) == 2) {
		*why = "Realisasi triwulan ini sudah diverifikasi dan tidak"
		       " dapat diubah.";
		return -1;
	}
	if (store_begin(s) != 0)
		goto db;
	snprintf(obj, sizeof(obj), "%s/%d/%d", kode, tahun, tw);
	snprintf(note, sizeof(note), "realisasi %s", nilai);
	ev.actor_id = who->account_id;
	ev.role = "operator";
	ev.unit_id = unit;
	ev.action = "sakip.lapor";
	ev.object_type = "sakip_realisasi";
	ev.object_id = obj;
	ev.to_state = "diajukan";
	ev.note = note;
	ev.addr = who->addr;
	if (sakip_sql_realisasi(s, id, tahun, tw, v, bukti_url, "diajukan",
		who->account_id, now) != 0 ||
	    audit_write(s, &ev) != 0 || store_commit(s) != 0) {
		store_rollback(s);
		goto db;
	}
	return 0;
db:
	*why = "Realisasi gagal disimpan; silakan coba lagi.";
	return -2;
}

int
sakip_verifikasi(struct store *s, const struct sakip_pelapor *who,
    const char *kode, int tahun, int tw, int terima, const char *alasan,
    int64_t now, const char **why)
{
	struct audit ev = { 0 };
	char obj[80];
	int64_t id, unit;
	int rc;

	if (!who->bappeda) {
		*why = "Hanya verifikator Bappeda yang dapat memverifikasi"
		       " realisasi.";
		return -3;
	}
	if ((unit = pemilik(s, kode, &id)) == 0) {
		*why = "Indikator tidak ditemukan.";
		return -1;
	}
	if (sakip_sql_pelapor(s, id, tahun, tw) == who->account_id) {
		*why = "Realisasi tidak dapat diverifikasi oleh pelapornya"
		       " sendiri.";
		return -3;
	}
	if (!terima &&
	    (alasan == NULL || strlen(alasan) < 5 || strlen(alasan) > 500)) {
		*why = "Alasan penolakan wajib diisi, 5 sampai 500 karakter.";
		return -1;
	}
	if (store_begin(s) != 0)
		goto db;
	rc = sakip_sql_verifikasi(s, id, tahun, tw,
	    terima ? "diverifikasi" : "ditolak", terima ? "" : alasan,
	    who->account_id, now);
	if (rc < 0) {
		store_rollback(s);
		goto db;
	}
	if (rc == 0) {
		store_rollback(s);
		*why = "Tidak ada realisasi yang menunggu verifikasi.";
		return -1;
	}
	snprintf(obj, sizeof(obj), "%s/%d/%d", kode, tahun, tw);
	ev.actor_id = who->account_id;
	ev.role = "verifikator";
	ev.unit_id = unit;
	ev.action = "sakip.verifikasi";
	ev.object_type = "sakip_realisasi";
	ev.object_id = obj;
	ev.from_state = "diajukan";
	ev.to_state = terima ? "diverifikasi" : "ditolak";
	ev.note = terima ? "" : alasan;
	ev.addr = who->addr;
	if (audit_write(s, &ev) != 0 || store_commit(s) != 0) {
		store_rollback(s);
		goto db;
	}
	return 0;
db:
	*why = "Verifikasi gagal disimpan; silakan coba lagi.";
	return -2;
}
