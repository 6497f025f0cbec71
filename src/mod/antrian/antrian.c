/*
 * antrian.c: issuing tickets (kiosk, phone, API), kiosk devices, and the
 * answers for refusals (see antrian.h).
 */
#include <stdio.h>
#include <string.h>

#include "lib/kode.h"
#include "lib/msg.h"
#include "lib/token.h"
#include "lib/when.h"
#include "store/store.h"
#include "mod/alur/holiday.h"
#include "mod/audit/audit.h"
#include "antrian.h"
#include "aturan.h"
#include "terbit.h"
#include "sql.h"

static const struct {
	int status;
	const char *kode;
	enum msg_id msg;
} errs[] = {
	[ANTRIAN_OK] = { 200, "ok", M_ANTRIAN_SIMPAN_OK },
	[ANTRIAN_E_STORE] = { 500, "galat_penyimpanan", M_ANTRIAN_E_STORE },
	[ANTRIAN_E_INPUT] = { 422, "masukan_tidak_sah", M_ANTRIAN_E_INPUT },
	[ANTRIAN_E_LOKASI] = { 404, "lokasi_tidak_ditemukan",
	    M_ANTRIAN_E_LOKASI },
	[ANTRIAN_E_LAYANAN] = { 422, "layanan_tidak_tersedia",
	    M_ANTRIAN_E_LAYANAN },
	[ANTRIAN_E_LOKET] = { 404, "loket_tidak_ditemukan", M_ANTRIAN_E_LOKET },
	[ANTRIAN_E_TIKET] = { 404, "tiket_tidak_ditemukan", M_ANTRIAN_E_TIKET },
	[ANTRIAN_E_KOSONG] = { 404, "antrean_kosong", M_ANTRIAN_E_KOSONG },
	[ANTRIAN_E_KUOTA] = { 409, "kuota_habis", M_ANTRIAN_E_KUOTA },
	[ANTRIAN_E_TUTUP] = { 409, "pengambilan_ditutup", M_ANTRIAN_E_TUTUP },
	[ANTRIAN_E_BATAS] = { 429, "terlalu_sering", M_ANTRIAN_E_BATAS },
	[ANTRIAN_E_KIOS] = { 403, "kios_lokasi_lain", M_ANTRIAN_E_KIOS },
	[ANTRIAN_E_WEWENANG] = { 403, "bukan_petugas_loket",
	    M_ANTRIAN_E_WEWENANG },
	[ANTRIAN_E_STATUS] = { 409, "status_tidak_sesuai", M_ANTRIAN_E_STATUS },
	[ANTRIAN_E_LOKET_LAIN] = { 422, "tiket_loket_lain",
	    M_ANTRIAN_E_LOKET_LAIN },
	[ANTRIAN_E_SIBUK] = { 409, "loket_sibuk", M_ANTRIAN_E_SIBUK },
	[ANTRIAN_E_JEDA] = { 409, "loket_dijeda", M_ANTRIAN_E_JEDA },
	[ANTRIAN_E_HADIR] = { 409, "belum_dipanggil_ulang", M_ANTRIAN_E_HADIR },
	[ANTRIAN_E_ALIH] = { 422, "tujuan_alih_tidak_sah", M_ANTRIAN_E_ALIH },
	[ANTRIAN_E_JENDELA] = { 422, "diluar_jendela_pemesanan",
	    M_ANTRIAN_E_JENDELA },
	[ANTRIAN_E_GANDA] = { 409, "pesanan_ganda", M_ANTRIAN_E_GANDA },
	[ANTRIAN_E_NIK] = { 422, "nik_belum_terverifikasi", M_ANTRIAN_E_NIK },
	[ANTRIAN_E_CHECKIN] = { 409, "diluar_jendela_checkin",
	    M_ANTRIAN_E_CHECKIN },
	[ANTRIAN_E_PESANAN] = { 404, "pesanan_tidak_ditemukan",
	    M_ANTRIAN_E_PESANAN },
	[ANTRIAN_E_PESANAN_STATUS] = { 409, "pesanan_tidak_aktif",
	    M_ANTRIAN_E_PESANAN_STATUS },
	[ANTRIAN_E_PERMOHONAN] = { 422, "permohonan_tidak_sesuai",
	    M_ANTRIAN_E_PERMOHONAN },
	[ANTRIAN_E_LIBUR] = { 422, "hari_libur", M_ANTRIAN_E_LIBUR },
	[ANTRIAN_E_HARI_TUTUP] = { 422, "hari_tutup", M_ANTRIAN_E_HARI_TUTUP },
	[ANTRIAN_E_ADMIN] = { 403, "bukan_admin_pemilik", M_ANTRIAN_E_ADMIN },
};
#define NERRS (sizeof(errs) / sizeof(errs[0]))

int
antrian_libur(struct store *s, const struct antrian_lokasi *l,
    const char *tanggal)
{
	struct holiday h;

	if (!l->jam_berlaku)
		return 0;
	return holiday_get(s, tanggal, &h) == 0 ? 1 : 0;
}

int
antrian_err_status(enum antrian_err e)
{
	return (size_t)e < NERRS ? errs[e].status : 500;
}

const char *
antrian_err_kode(enum antrian_err e)
{
	return (size_t)e < NERRS ? errs[e].kode : "galat_penyimpanan";
}

const char *
antrian_err_pesan(enum antrian_err e)
{
	return msg((size_t)e < NERRS ? errs[e].msg : M_ANTRIAN_E_STORE);
}

/* A code of the site's data: 2..32 of A-Z a-z 0-9 - _ . */
static int
kode_ok(const char *s)
{
	size_t n = 0;

	if (s == NULL)
		return 0;
	for (; s[n] != '\0'; n++)
		if (!((s[n] >= 'A' && s[n] <= 'Z') ||
			(s[n] >= 'a' && s[n] <= 'z') ||
			(s[n] >= '0' && s[n] <= '9') || s[n] == '-' ||
			s[n] == '_' || s[n] == '.'))
			return 0;
	return n >= 2 && n <= ANTRIAN_KODE_MAX;
}

/* Everything ambil checks before it writes; E_* or OK. */
static enum antrian_err
ambil_check(struct store *s, const struct antrian_ambil *in, time_t now,
    struct antrian_lokasi *lok, struct antrian_layanan *lay, int64_t *kios)
{
	char hash[65], tanggal[11];
	int64_t kios_lokasi;
	int rc;

	*kios = 0;
	if (!kode_ok(in->lokasi) || !kode_ok(in->layanan))
		return ANTRIAN_E_INPUT;
	if ((rc = antrian_sql_lokasi(s, in->lokasi, lok)) != 0)
		return rc > 0 ? ANTRIAN_E_LOKASI : ANTRIAN_E_STORE;
	if ((rc = antrian_sql_layanan(s, lok->id, in->layanan, lay)) != 0)
		return rc > 0 ? ANTRIAN_E_LAYANAN : ANTRIAN_E_STORE;
	if (in->kios_token != NULL && *in->kios_token != '\0') {
		sha256_hex(in->kios_token, strlen(in->kios_token), hash);
		if ((*kios = antrian_sql_kios(s, hash, &kios_lokasi)) < 0)
			return ANTRIAN_E_STORE;
		if (*kios > 0 && kios_lokasi != lok->id)
			return ANTRIAN_E_KIOS;
	}
	if (!antrian_buka(lok, now))
		return ANTRIAN_E_TUTUP;
	antrian_tanggal(now, tanggal);
	if ((rc = antrian_libur(s, lok, tanggal)) != 0)
		return rc > 0 ? ANTRIAN_E_LIBUR : ANTRIAN_E_STORE;
	return ANTRIAN_OK;
}

enum antrian_err
antrian_ambil(struct store *s, const struct antrian_ambil *in, time_t now,
    struct antrian_tiket *t, int *di_depan)
{
	struct antrian_lokasi lok;
	struct antrian_layanan lay;
	struct audit au;
	const char *addr = in->addr != NULL ? in->addr : "";
	char tanggal[11];
	const char *sesi;
	enum antrian_err e;
	int64_t kios, n, m;
	int kuota, rc;

	memset(t, 0, sizeof(*t));
	*di_depan = 0;
	if ((e = ambil_check(s, in, now, &lok, &lay, &kios)) != ANTRIAN_OK)
		return e;
	if (store_begin(s) != 0)
		return ANTRIAN_E_STORE;
	e = ANTRIAN_E_STORE;
	if (kios == 0) {
		n = antrian_sql_batas_count(s, addr, (int64_t)now - 3600);
		if (n < 0)
			goto fail;
		if (n >= ANTRIAN_BATAS_ALAMAT) {
			e = ANTRIAN_E_BATAS;
			goto fail;
		}
		if (antrian_sql_batas_add(s, addr, now, (int64_t)now - 3600))
			goto fail;
	}
	/* the quota holds the session's tickets and its open bookings */
	antrian_tanggal(now, tanggal);
	sesi = antrian_sesi(now);
	kuota = strcmp(sesi, "pagi") == 0 ? lay.kuota_pagi : lay.kuota_siang;
	if (kuota > 0) {
		n = antrian_sql_sesi_count(s, lay.id, tanggal, sesi);
		m = antrian_sql_pesan_count(s, lay.id, tanggal, sesi);
		if (n < 0 || m < 0)
			goto fail;
		if (n + m >= kuota) {
			e = ANTRIAN_E_KUOTA;
			goto fail;
		}
	}
	if ((rc = antrian_terbit(s, &lok, &lay, in->prioritas, kios, now, t)) !=
	    0) {
		if (rc > 0)
			e = ANTRIAN_E_KUOTA;
		goto fail;
	}
	if ((n = antrian_sql_di_depan(s, t)) < 0)
		goto fail;
	memset(&au, 0, sizeof(au));
	au.role = kios ? "kios" : "warga";
	au.action = "antrian.ambil";
	au.object_type = "antrian_tiket";
	au.object_id = t->nomor;
	au.to_state = "menunggu";
	au.note = lok.kode;
	au.addr = addr;
	if (audit_write(s, &au) != 0 || store_commit(s) != 0)
		goto fail;
	*di_depan = (int)n;
	return ANTRIAN_OK;
fail:
	store_rollback(s);
	memset(t, 0, sizeof(*t));
	return e;
}

enum antrian_err
antrian_kios_add(struct store *s, const char *lokasi, const char *nama,
    time_t now, char *token)
{
	struct antrian_lokasi lok;
	struct audit au;
	char hash[65];
	int rc;

	*token = '\0';
	if (!kode_ok(lokasi))
		return ANTRIAN_E_INPUT;
	if ((rc = antrian_sql_lokasi(s, lokasi, &lok)) != 0)
		return rc > 0 ? ANTRIAN_E_LOKASI : ANTRIAN_E_STORE;
	token_random(token);
	sha256_hex(token, strlen(token), hash);
	memset(&au, 0, sizeof(au));
	au.role = "cli";
	au.action = "antrian.kios_tambah";
	au.object_type = "antrian_kios";
	au.object_id = lok.kode;
	au.note = nama != NULL ? nama : "";
	au.addr = "cli";
	if (store_begin(s) != 0)
		goto fail;
	if (antrian_sql_kios_add(s, lok.id, hash, nama != NULL ? nama : "",
		now) != 0 ||
	    audit_write(s, &au) != 0 || store_commit(s) != 0) {
		store_rollback(s);
		goto fail;
	}
	return ANTRIAN_OK;
fail:
	*token = '\0';
	return ANTRIAN_E_STORE;
}
