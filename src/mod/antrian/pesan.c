/*
 * pesan.c: online bookings (see antrian.h "online bookings"): book,
 * check in at the site (the booking becomes a ticket at the end of the
 * line), and the expiry job.
 */
#include <stdio.h>
#include <string.h>

#include "lib/kode.h"
#include "lib/token.h"
#include "store/store.h"
#include "mod/akun/account.h"
#include "mod/audit/audit.h"
#include "antrian.h"
#include "aturan.h"
#include "kait.h"
#include "terbit.h"
#include "sql.h"

/* Audit one booking event (inside the transaction). */
static int
audit_pesan(struct store *s, int64_t actor, const char *role,
    const char *action, const struct antrian_pesanan *p, const char *from,
    const char *note, const char *addr)
{
	struct audit au;

	memset(&au, 0, sizeof(au));
	au.actor_id = actor;
	au.role = role;
	au.action = action;
	au.object_type = "antrian_pesan";
	au.object_id = p->kode;
	au.from_state = from;
	au.to_state = p->status;
	au.note = note;
	au.addr = addr != NULL ? addr : "";
	return audit_write(s, &au);
}

enum antrian_err
antrian_pesan_buat(struct store *s, const unsigned char key[32],
    const struct account *a, const char *lokasi, const char *layanan,
    const char *tanggal, const char *sesi, const char *permohonan,
    const char *addr, time_t now, struct antrian_pesanan *p)
{
	struct antrian_lokasi lok;
	struct antrian_layanan lay;
	enum antrian_err e;
	char note[192];
	int64_t n, m;
	int d, kuota, rc;

	memset(p, 0, sizeof(*p));
	if (a == NULL || !(a->roles & ROLE_WARGA) || !a->nik_verified ||
	    strlen(a->id_nik) != 16)
		return ANTRIAN_E_NIK;
	if (lokasi == NULL || layanan == NULL || strlen(lokasi) > 32 ||
	    strlen(layanan) > 32 || antrian_sesi_mulai(sesi) < 0)
		return ANTRIAN_E_INPUT;
	if ((rc = antrian_lokasi_get(s, lokasi, &lok)) != 0)
		return rc > 0 ? ANTRIAN_E_LOKASI : ANTRIAN_E_STORE;
	if ((rc = antrian_sql_layanan(s, lok.id, layanan, &lay)) != 0)
		return rc > 0 ? ANTRIAN_E_LAYANAN : ANTRIAN_E_STORE;
	if (permohonan != NULL && *permohonan != '\0') {
		if ((e = antrian_permohonan_cek(s, a, permohonan, lay.kode, 1,
			 &p->permohonan_id)) != ANTRIAN_OK)
			return e;
		snprintf(p->permohonan_nomor, sizeof(p->permohonan_nomor), "%s",
		    permohonan);
	}
	d = antrian_selisih_hari(tanggal, now);
	if (d < 0 || d > ANTRIAN_PESAN_HARI ||
	    (d == 0 && lok.jam_berlaku &&
		antrian_jendela(tanggal, sesi, now) > 0))
		return ANTRIAN_E_JENDELA;
	if (antrian_hari_buka(&lok, tanggal) == 0)
		return ANTRIAN_E_HARI_TUTUP;
	if ((rc = antrian_libur(s, &lok, tanggal)) != 0)
		return rc > 0 ? ANTRIAN_E_LIBUR : ANTRIAN_E_STORE;
	snprintf(p->tanggal, sizeof(p->tanggal), "%s", tanggal);
	snprintf(p->sesi, sizeof(p->sesi), "%s", sesi);
	hmac_hex(key, a->id_nik, p->nik_hmac);
	snprintf(p->nik4, sizeof(p->nik4), "%s", a->id_nik + 12);
	p->lokasi_id = lok.id;
	p->layanan_id = lay.id;
	p->account_id = a->id;
	p->dibuat_at = (int64_t)now;
	snprintf(p->status, sizeof(p->status), "aktif");
	snprintf(p->layanan_kode, sizeof(p->layanan_kode), "%s", lay.kode);
	snprintf(p->lokasi_kode, sizeof(p->lokasi_kode), "%s", lok.kode);
	kode_new(p->kode);
	if (store_begin(s) != 0)
		return ANTRIAN_E_STORE;
	e = ANTRIAN_E_STORE;
	if ((n = antrian_sql_pesan_ada(s, p->nik_hmac, lay.id, tanggal)) < 0)
		goto fail;
	if (n > 0) {
		e = ANTRIAN_E_GANDA;
		goto fail;
	}
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
	snprintf(note, sizeof(note), "%s %s %s %s%s%s", lok.kode, lay.kode,
	    tanggal, sesi, p->permohonan_id ? " permohonan " : "",
	    p->permohonan_nomor);
	if (antrian_sql_pesan_insert(s, p) != 0 ||
	    audit_pesan(s, a->id, "warga", "antrian.pesan", p, NULL, note,
		addr) != 0 ||
	    store_commit(s) != 0)
		goto fail;
	return ANTRIAN_OK;
fail:
	store_rollback(s);
	memset(p, 0, sizeof(*p));
	return e;
}

int
antrian_pesan_get(struct store *s, const char *kode, struct antrian_pesanan *p)
{
	if (kode == NULL || strlen(kode) != KODE_LEN)
		return 1;
	return antrian_sql_pesan_kode(s, kode, p);
}

int
antrian_pesan_milik(struct store *s, const struct account *a, time_t now,
    void (*fn)(void *, const struct antrian_pesanan *), void *arg)
{
	char today[11];

	if (a == NULL)
		return 0;
	antrian_tanggal(now, today);
	return antrian_sql_pesan_milik(s, a->id, today, fn, arg);
}

enum antrian_err
antrian_pesan_batal(struct store *s, const struct account *a, const char *kode,
    const char *addr, time_t now)
{
	struct antrian_pesanan p;
	int rc;

	(void)now;
	if ((rc = antrian_pesan_get(s, kode, &p)) < 0)
		return ANTRIAN_E_STORE;
	if (rc > 0 || a == NULL || p.account_id != a->id)
		return ANTRIAN_E_PESANAN;
	if (strcmp(p.status, "aktif") != 0)
		return ANTRIAN_E_PESANAN_STATUS;
	snprintf(p.status, sizeof(p.status), "batal");
	if (store_begin(s) != 0)
		return ANTRIAN_E_STORE;
	if ((rc = antrian_sql_pesan_set(s, &p, "aktif")) != 0 ||
	    audit_pesan(s, a->id, "warga", "antrian.pesan_batal", &p, "aktif",
		NULL, addr) != 0 ||
	    store_commit(s) != 0) {
		store_rollback(s);
		return rc > 0 ? ANTRIAN_E_PESANAN_STATUS : ANTRIAN_E_STORE;
	}
	return ANTRIAN_OK;
}

enum antrian_err
antrian_checkin(struct store *s, const char *kode, const char *kios_token,
    const char *addr, time_t now, struct antrian_tiket *t, int *di_depan)
{
	struct antrian_pesanan p;
	struct antrian_lokasi lok;
	struct antrian_layanan lay;
	char hash[65], today[11];
	enum antrian_err e;
	int64_t kios = 0, kios_lokasi = 0, n;
	int rc;

	memset(t, 0, sizeof(*t));
	*di_depan = 0;
	if ((rc = antrian_pesan_get(s, kode, &p)) != 0)
		return rc > 0 ? ANTRIAN_E_PESANAN : ANTRIAN_E_STORE;
	if ((rc = antrian_lokasi_get(s, p.lokasi_kode, &lok)) != 0 ||
	    (rc = antrian_sql_layanan(s, lok.id, p.layanan_kode, &lay)) != 0)
		return rc > 0 ? ANTRIAN_E_LAYANAN : ANTRIAN_E_STORE;
	if (kios_token != NULL && *kios_token != '\0') {
		sha256_hex(kios_token, strlen(kios_token), hash);
		if ((kios = antrian_sql_kios(s, hash, &kios_lokasi)) < 0)
			return ANTRIAN_E_STORE;
		if (kios > 0 && kios_lokasi != lok.id)
			return ANTRIAN_E_KIOS;
	}
	if (strcmp(p.status, "aktif") != 0)
		return ANTRIAN_E_PESANAN_STATUS;
	antrian_tanggal(now, today);
	if (strcmp(p.tanggal, today) != 0 ||
	    (lok.jam_berlaku && antrian_jendela(p.tanggal, p.sesi, now) != 0))
		return ANTRIAN_E_CHECKIN;
	if (store_begin(s) != 0)
		return ANTRIAN_E_STORE;
	e = ANTRIAN_E_STORE;
	if ((rc = antrian_terbit(s, &lok, &lay, 0, kios, now, t)) != 0) {
		if (rc > 0)
			e = ANTRIAN_E_KUOTA;
		goto fail;
	}
	if (p.permohonan_id != 0) {
		if (antrian_sql_tiket_permohonan(s, t->id, p.permohonan_id) !=
		    0)
			goto fail;
		t->permohonan_id = p.permohonan_id;
		snprintf(t->permohonan_nomor, sizeof(t->permohonan_nomor), "%s",
		    p.permohonan_nomor);
	}
	snprintf(p.status, sizeof(p.status), "checkin");
	p.tiket_id = t->id;
	p.checkin_at = (int64_t)now;
	if ((rc = antrian_sql_pesan_set(s, &p, "aktif")) != 0) {
		if (rc > 0)
			e = ANTRIAN_E_PESANAN_STATUS;
		goto fail;
	}
	if ((n = antrian_sql_di_depan(s, t)) < 0 ||
	    audit_pesan(s, 0, kios ? "kios" : "warga", "antrian.checkin", &p,
		"aktif", t->nomor, addr) != 0 ||
	    store_commit(s) != 0)
		goto fail;
	*di_depan = (int)n;
	return ANTRIAN_OK;
fail:
	store_rollback(s);
	memset(t, 0, sizeof(*t));
	return e;
}

int
antrian_pesan_tick(struct store *s, const char *data_dir, time_t now)
{
	struct antrian_pesanan p;
	char today[11], note[32];
	const char *sesi = NULL;
	int n;

	(void)data_dir;
	antrian_tanggal(now, today);
	/* the latest session of today whose check-in window has closed */
	if (antrian_jendela(today, "siang", now) > 0)
		sesi = "siang";
	else if (antrian_jendela(today, "pagi", now) > 0)
		sesi = "pagi";
	if (store_begin(s) != 0)
		return -1;
	n = antrian_sql_pesan_expire(s, today, today, sesi);
	if (n > 0 && sesi != NULL && strcmp(sesi, "siang") == 0) {
		int m = antrian_sql_pesan_expire(s, today, today, "pagi");

		n = m < 0 ? -1 : n + m;
	}
	if (n < 0)
		goto fail;
	if (n == 0) {
		store_rollback(s); /* nothing written */
		return 0;
	}
	memset(&p, 0, sizeof(p));
	snprintf(p.kode, sizeof(p.kode), "*");
	snprintf(p.status, sizeof(p.status), "kedaluwarsa");
	snprintf(note, sizeof(note), "%d pesanan", n);
	if (audit_pesan(s, 0, "sistem", "antrian.pesan_kedaluwarsa", &p,
		"aktif", note, "") != 0 ||
	    store_commit(s) != 0)
		goto fail;
	return n;
fail:
	store_rollback(s);
	return -1;
}
