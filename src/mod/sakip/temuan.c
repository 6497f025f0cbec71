/*
 * temuan.c: audit findings and their follow-up (issue 22): LHPs of the
 * Inspektorat or BPK, one recommendation per finding, the review of its
 * follow-up into the four outcomes, the deadline (60 days for BPK,
 * configurable per LHP for the Inspektorat) and the escalation job.
 * Each change is one transaction with its audit event.
 */
#include <stdio.h>
#include <string.h>

#include "lib/when.h"
#include "mod/akun/account.h"
#include "mod/audit/audit.h"
#include "mod/berkas/berkas.h"
#include "mod/notifikasi/notify.h"
#include "store/store.h"
#include "sakip.h"
#include "sql.h"

static const char *const status_sah[] = { "sesuai", "belum_sesuai",
	"belum_ditindaklanjuti", "tidak_dapat_ditindaklanjuti", NULL };

/* YYYY-MM-DD -> days since 1970, or -1 */
static long
hari(const char *s)
{
	int y, m, d;

	if (s == NULL || strlen(s) != 10 || s[4] != '-' || s[7] != '-' ||
	    sscanf(s, "%4d-%2d-%2d", &y, &m, &d) != 3 || y < 2000 || y > 2100 ||
	    m < 1 || m > 12 || d < 1 || d > 31)
		return -1;
	return when_days_from_civil(y, m, d);
}

static void
tanggal(long z, char out[11])
{
	int y, m, d;

	when_civil_from_days(z, &y, &m, &d);
	snprintf(out, 11, "%04u-%02u-%02u", (unsigned)y % 10000u,
	    (unsigned)m % 100u, (unsigned)d % 100u);
}

static int
tulis(struct store *s, const struct sakip_pelapor *by, const char *aksi,
    int64_t unit, const char *obj, const char *ke, const char *catatan)
{
	struct audit ev = { 0 };

	if (by != NULL) {
		ev.actor_id = by->account_id;
		ev.addr = by->addr;
	}
	ev.role = by != NULL && by->unit_id == unit && !by->inspektorat
	    ? "unit"
	    : "inspektorat";
	ev.unit_id = unit;
	ev.action = aksi;
	ev.object_type = "sakip_rekomendasi";
	ev.object_id = obj;
	ev.to_state = ke;
	ev.note = catatan;
	return audit_write(s, &ev);
}

int
sakip_lhp_tambah(struct store *s, const struct sakip_pelapor *by,
    const char *sumber, const char *nomor, const char *judul, int64_t unit_id,
    const char *diterima, int batas_hari, const char **why)
{
	int bpk = strcmp(sumber, "bpk") == 0;

	if (!bpk && strcmp(sumber, "inspektorat") != 0) {
		*why = "sumber harus bpk atau inspektorat";
		return -1;
	}
	if (bpk && batas_hari != 60) {
		*why =
		    "batas tindak lanjut temuan BPK adalah 60 hari (UU 15/2004"
		    " pasal 20)";
		return -1;
	}
	if (batas_hari < 1 || batas_hari > 365) {
		*why = "batas hari harus 1 sampai 365";
		return -1;
	}
	if (hari(diterima) < 0) {
		*why = "tanggal diterima harus YYYY-MM-DD";
		return -1;
	}
	if (strlen(nomor) < 3 || strlen(nomor) > 80 || strlen(judul) < 3 ||
	    strlen(judul) > 300) {
		*why = "nomor (3-80 karakter) dan judul (3-300) wajib";
		return -1;
	}
	if (store_begin(s) != 0)
		goto db;
	if (sakip_sql_lhp_tambah(s, sumber, nomor, judul, unit_id, diterima,
		batas_hari) != 0 ||
	    tulis(s, by, "sakip.lhp", unit_id, nomor, sumber, judul) != 0 ||
	    store_commit(s) != 0) {
		store_rollback(s);
		*why = "LHP gagal disimpan (nomor sudah ada?)";
		return -1;
	}
	return 0;
db:
	*why = "LHP gagal disimpan";
	return -1;
}

int64_t
sakip_rekomendasi_tambah(struct store *s, const struct sakip_pelapor *by,
    const char *nomor_lhp, const char *temuan, const char *rekomendasi,
    int64_t now, const char **why)
{
	char diterima[11], batas[11], obj[24];
	int64_t lhp, unit, id;
	int n;

	if ((lhp = sakip_sql_lhp(s, nomor_lhp, diterima, &n, &unit)) <= 0) {
		*why = "LHP tidak ditemukan";
		return -1;
	}
	if (strlen(temuan) < 3 || strlen(temuan) > 2000 ||
	    strlen(rekomendasi) < 3 || strlen(rekomendasi) > 2000) {
		*why = "temuan dan rekomendasi wajib, 3 sampai 2000 karakter";
		return -1;
	}
	tanggal(hari(diterima) + n, batas);
	if (store_begin(s) != 0)
		goto db;
	id = sakip_sql_rekomendasi_tambah(s, lhp, temuan, rekomendasi, batas,
	    now);
	snprintf(obj, sizeof(obj), "%lld", (long long)id);
	if (id <= 0 ||
	    tulis(s, by, "sakip.rekomendasi", unit, obj,
		"belum_ditindaklanjuti", batas) != 0 ||
	    store_commit(s) != 0) {
		store_rollback(s);
		goto db;
	}
	return id;
db:
	*why = "rekomendasi gagal disimpan";
	return -1;
}

int
sakip_rekomendasi_status(struct store *s, const struct sakip_pelapor *by,
    int64_t id, const char *status, const char *uraian, const char *bukti,
    const char *telaah, int64_t now, const char **why)
{
	char obj[24];
	int64_t unit;
	int i, ok = 0;

	for (i = 0; status_sah[i]; i++)
		if (strcmp(status, status_sah[i]) == 0)
			ok = 1;
	if (!ok) {
		*why =
		    "status harus sesuai, belum_sesuai, belum_ditindaklanjuti,"
		    " atau tidak_dapat_ditindaklanjuti";
		return -1;
	}
	if (strlen(uraian) > 2000 || strlen(bukti) > 500 ||
	    strlen(telaah) > 2000) {
		*why =
		    "uraian dan catatan paling banyak 2000 karakter, bukti 500";
		return -1;
	}
	if (*bukti && !sakip_tautan(bukti)) {
		*why = "bukti harus berupa tautan http:// atau https://";
		return -1;
	}
	if ((unit = sakip_sql_rekomendasi_unit(s, id)) <= 0) {
		*why = "rekomendasi tidak ditemukan";
		return -1;
	}
	snprintf(obj, sizeof(obj), "%lld", (long long)id);
	if (store_begin(s) != 0)
		goto db;
	if (sakip_sql_rekomendasi_status(s, id, status, uraian, bukti, telaah,
		now) != 0 ||
	    tulis(s, by, "sakip.tindak_lanjut", unit, obj, status,
		*telaah ? telaah : uraian) != 0 ||
	    store_commit(s) != 0) {
		store_rollback(s);
		goto db;
	}
	return 0;
db:
	*why = "status gagal disimpan";
	return -1;
}

int
sakip_tindak_lanjut(struct store *s, const char *data_dir,
    const struct sakip_pelapor *by, int64_t id, const char *uraian,
    const char *bukti, const void *file, size_t flen, int64_t now,
    const char **why)
{
	char obj[24], sha[65] = "";
	const char *mime;
	int64_t unit;

	if ((unit = sakip_sql_rekomendasi_unit(s, id)) <= 0) {
		*why = "Rekomendasi tidak ditemukan.";
		return -1;
	}
	if (unit != by->unit_id) {
		*why = "Hanya unit yang diperiksa yang dapat mengirim tindak"
		       " lanjut rekomendasi ini.";
		return -3;
	}
	if (strlen(uraian) < 3 || strlen(uraian) > 2000) {
		*why = "Uraian tindak lanjut wajib, 3 sampai 2000 karakter.";
		return -1;
	}
	if (flen == 0 && *bukti == '\0') {
		*why = "Bukti wajib: unggah berkas (PDF, PNG, atau JPEG) atau"
		       " isi tautan.";
		return -1;
	}
	if (*bukti && !sakip_tautan(bukti)) {
		*why = "Bukti wajib berupa tautan http:// atau https://"
		       " (paling banyak 500 karakter).";
		return -1;
	}
	if (flen > 0 && berkas_check(file, flen, &mime, why) != 0)
		return -1;
	snprintf(obj, sizeof(obj), "%lld", (long long)id);
	if (store_begin(s) != 0)
		goto db;
	if (flen > 0 &&
	    berkas_put(s, data_dir, file, flen, sha, &mime, why) != 0) {
		store_rollback(s);
		return -1;
	}
	if (sakip_sql_tindak_lanjut(s, id, uraian, bukti, sha, now) != 0 ||
	    tulis(s, by, "sakip.tl_ajukan", unit, obj, "diajukan", uraian) !=
		0 ||
	    store_commit(s) != 0) {
		store_rollback(s);
		goto db;
	}
	return 0;
db:
	*why = "Tindak lanjut gagal disimpan.";
	return -2;
}

int
sakip_tl_berkas(struct store *s, int64_t id, char out[65], int64_t *unit_id)
{
	return sakip_sql_tl_berkas(s, id, out, unit_id);
}

int
sakip_terbit(struct store *s, const struct sakip_pelapor *by, int64_t id,
    int terbit, const char **why)
{
	char obj[24];
	int64_t unit;

	if ((unit = sakip_sql_rekomendasi_unit(s, id)) <= 0) {
		*why = "Rekomendasi tidak ditemukan.";
		return -1;
	}
	snprintf(obj, sizeof(obj), "%lld", (long long)id);
	if (store_begin(s) != 0)
		goto db;
	if (sakip_sql_terbit(s, id, terbit != 0) != 0 ||
	    tulis(s, by, "sakip.terbit", unit, obj,
		terbit ? "terbit" : "internal", NULL) != 0 ||
	    store_commit(s) != 0) {
		store_rollback(s);
		goto db;
	}
	return 0;
db:
	*why = "Perubahan gagal disimpan.";
	return -2;
}

int64_t
sakip_pkpt_tambah(struct store *s, const struct sakip_pelapor *by, int tahun,
    int64_t unit_id, const char *kegiatan, const char **why)
{
	char obj[24];
	int64_t id;

	if (tahun < 2000 || tahun > 2100) {
		*why = "tahun harus 2000 sampai 2100";
		return -1;
	}
	if (unit_id <= 0) {
		*why = "unit tidak dikenal";
		return -1;
	}
	if (strlen(kegiatan) < 3 || strlen(kegiatan) > 300) {
		*why = "kegiatan wajib, 3 sampai 300 karakter";
		return -1;
	}
	if (store_begin(s) != 0)
		goto db;
	id = sakip_sql_pkpt_tambah(s, tahun, unit_id, kegiatan);
	snprintf(obj, sizeof(obj), "%lld", (long long)id);
	if (id <= 0 ||
	    tulis(s, by, "sakip.pkpt", unit_id, obj, "direncanakan",
		kegiatan) != 0 ||
	    store_commit(s) != 0) {
		store_rollback(s);
		*why = "kegiatan PKPT gagal disimpan (sudah ada?)";
		return -1;
	}
	return id;
db:
	*why = "kegiatan PKPT gagal disimpan";
	return -1;
}

struct eskalasi_arg {
	int64_t id[256], unit[256];
	int n;
};

static void
eskalasi_row(void *arg, int64_t id, int64_t unit)
{
	struct eskalasi_arg *a = arg;

	if (a->n < 256) {
		a->id[a->n] = id;
		a->unit[a->n] = unit;
		a->n++;
	}
}

int
sakip_eskalasi(struct store *s, const char *data_dir, time_t now)
{
	struct eskalasi_arg a;
	char kini[11], obj[24], pesan[200];
	int i, done = 0;

	(void)data_dir;
	tanggal(when_wib_day(now), kini);
	a.n = 0;
	if (sakip_sql_lewat_batas(s, kini, eskalasi_row, &a) != 0)
		return -1;
	for (i = 0; i < a.n; i++) {
		snprintf(obj, sizeof(obj), "%lld", (long long)a.id[i]);
		if (store_begin(s) != 0)
			return -1;
		snprintf(pesan, sizeof(pesan),
		    "Rekomendasi hasil pemeriksaan nomor %s melewati batas"
		    " waktu tindak lanjut. Segera kirim tindak lanjut dan"
		    " buktinya.",
		    obj);
		if (sakip_sql_eskalasi(s, a.id[i], now) != 1 ||
		    tulis(s, NULL, "sakip.eskalasi", a.unit[i], obj,
			"lewat_batas", kini) != 0 ||
		    notify_unit(s, a.unit[i], ROLE_KEPALA | ROLE_OPERATOR,
			pesan, "/petugas/temuan") != 0 ||
		    store_commit(s) != 0) {
			store_rollback(s);
			return -1;
		}
		done++;
	}
	return done;
}
