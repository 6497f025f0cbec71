/* sql.c: the antrian module's SQL (see sql.h). */
#include <stdio.h>
#include <string.h>

#include "store/store.h"
#include "aturan.h"
#include "sql.h"

#define TIKET_COLS                                                             \
	"SELECT t.id, t.kode, t.lokasi_id, t.layanan_id, t.tanggal, t.urut,"   \
	" t.nomor, t.sesi, t.prioritas, t.status, coalesce(t.loket_id, 0),"    \
	" coalesce(k.nomor, 0), coalesce(t.kios_id, 0), t.panggil_n,"          \
	" t.diambil_at, coalesce(t.dipanggil_at, 0),"                          \
	" coalesce(t.dilayani_at, 0), coalesce(t.selesai_at, 0), l.kode,"      \
	" l.nama, o.kode, coalesce(t.permohonan_id, 0),"                       \
	" coalesce(m.nomor, '') FROM antrian_tiket t"                          \
	" JOIN antrian_layanan l ON l.id = t.layanan_id"                       \
	" JOIN antrian_lokasi o ON o.id = t.lokasi_id"                         \
	" LEFT JOIN antrian_loket k ON k.id = t.loket_id"                      \
	" LEFT JOIN permohonan m ON m.id = t.permohonan_id "

static void
tiket_fill(struct store_stmt *st, struct antrian_tiket *t)
{
	memset(t, 0, sizeof(*t));
	t->id = store_int(st, 0);
	snprintf(t->kode, sizeof(t->kode), "%s", store_text(st, 1));
	t->lokasi_id = store_int(st, 2);
	t->layanan_id = store_int(st, 3);
	snprintf(t->tanggal, sizeof(t->tanggal), "%s", store_text(st, 4));
	t->urut = (int)store_int(st, 5);
	snprintf(t->nomor, sizeof(t->nomor), "%s", store_text(st, 6));
	snprintf(t->sesi, sizeof(t->sesi), "%s", store_text(st, 7));
	t->prioritas = (int)store_int(st, 8);
	snprintf(t->status, sizeof(t->status), "%s", store_text(st, 9));
	t->loket_id = store_int(st, 10);
	t->loket_nomor = (int)store_int(st, 11);
	t->kios_id = store_int(st, 12);
	t->panggil_n = (int)store_int(st, 13);
	t->diambil_at = store_int(st, 14);
	t->dipanggil_at = store_int(st, 15);
	t->dilayani_at = store_int(st, 16);
	t->selesai_at = store_int(st, 17);
	snprintf(t->layanan_kode, sizeof(t->layanan_kode), "%s",
	    store_text(st, 18));
	snprintf(t->layanan_nama, sizeof(t->layanan_nama), "%s",
	    store_text(st, 19));
	snprintf(t->lokasi_kode, sizeof(t->lokasi_kode), "%s",
	    store_text(st, 20));
	t->permohonan_id = store_int(st, 21);
	snprintf(t->permohonan_nomor, sizeof(t->permohonan_nomor), "%s",
	    store_text(st, 22));
}

/* Run a ticket query with one row expected: 0, 1 none, -1 error. */
static int
tiket_one(struct store_stmt *st, struct antrian_tiket *t)
{
	int rc;

	if (st == NULL)
		return -1;
	rc = store_step(st);
	if (rc == STORE_ROW)
		tiket_fill(st, t);
	store_done(st);
	return rc == STORE_ROW ? 0 : rc == STORE_DONE ? 1 : -1;
}

static int
jam_row(void *arg, struct store_stmt *st)
{
	struct antrian_lokasi *l = arg;
	int d = (int)store_int(st, 0) - 1;

	if (d >= 0 && d < 7) {
		l->buka[d] = antrian_menit(store_text(st, 1));
		l->tutup[d] = antrian_menit(store_text(st, 2));
	}
	return 0;
}

int
antrian_sql_lokasi(struct store *s, const char *kode, struct antrian_lokasi *l)
{
	struct store_stmt *st;
	int rc, d;

	memset(l, 0, sizeof(*l));
	for (d = 0; d < 7; d++)
		l->buka[d] = l->tutup[d] = -1;
	st = store_query(s,
	    "SELECT id, kode, nama, batas_ambil, jam_berlaku, alamat FROM"
	    " antrian_lokasi WHERE kode = ?",
	    "s", kode);
	if (st == NULL)
		return -1;
	rc = store_step(st);
	if (rc == STORE_ROW) {
		l->id = store_int(st, 0);
		snprintf(l->kode, sizeof(l->kode), "%s", store_text(st, 1));
		snprintf(l->nama, sizeof(l->nama), "%s", store_text(st, 2));
		snprintf(l->batas_ambil, sizeof(l->batas_ambil), "%s",
		    store_text(st, 3));
		l->jam_berlaku = (int)store_int(st, 4);
		snprintf(l->alamat, sizeof(l->alamat), "%s", store_text(st, 5));
	}
	store_done(st);
	if (rc != STORE_ROW)
		return rc == STORE_DONE ? 1 : -1;
	rc = store_each(s, jam_row, l,
	    "SELECT hari, buka, tutup FROM antrian_jam WHERE lokasi_id = ?",
	    "i", l->id);
	return rc == STORE_DONE ? 0 : -1;
}

#define LAYANAN_COLS                                                           \
	"SELECT l.id, l.lokasi_id, l.kode, l.nama, l.prefix, l.kuota_pagi,"    \
	" l.kuota_siang, i.nama, l.aktif, coalesce(i.unit_id, 0)"              \
	" FROM antrian_layanan l"                                              \
	" JOIN antrian_instansi i ON i.id = l.instansi_id "

static void
layanan_fill(struct store_stmt *st, struct antrian_layanan *l)
{
	memset(l, 0, sizeof(*l));
	l->id = store_int(st, 0);
	l->lokasi_id = store_int(st, 1);
	snprintf(l->kode, sizeof(l->kode), "%s", store_text(st, 2));
	snprintf(l->nama, sizeof(l->nama), "%s", store_text(st, 3));
	snprintf(l->prefix, sizeof(l->prefix), "%s", store_text(st, 4));
	l->kuota_pagi = (int)store_int(st, 5);
	l->kuota_siang = (int)store_int(st, 6);
	snprintf(l->instansi, sizeof(l->instansi), "%s", store_text(st, 7));
	l->aktif = (int)store_int(st, 8);
	l->unit_id = store_int(st, 9);
}

int
antrian_sql_layanan(struct store *s, int64_t lokasi_id, const char *kode,
    struct antrian_layanan *l)
{
	return antrian_sql_layanan_atur(s, lokasi_id, kode, 1, l);
}

int
antrian_sql_layanan_atur(struct store *s, int64_t lokasi_id, const char *kode,
    int aktif, struct antrian_layanan *l)
{
	struct store_stmt *st;
	int rc;

	st = store_query(s,
	    LAYANAN_COLS "WHERE l.lokasi_id = ? AND l.kode = ? AND"
			 " (l.aktif = 1 OR ? = 0)",
	    "isd", lokasi_id, kode, aktif);
	if (st == NULL)
		return -1;
	rc = store_step(st);
	if (rc == STORE_ROW)
		layanan_fill(st, l);
	store_done(st);
	return rc == STORE_ROW ? 0 : rc == STORE_DONE ? 1 : -1;
}

int64_t
antrian_sql_kios(struct store *s, const char *hash, int64_t *lokasi_id)
{
	struct store_stmt *st;
	int64_t id = 0;
	int rc;

	*lokasi_id = 0;
	st = store_query(s,
	    "SELECT id, lokasi_id FROM antrian_kios WHERE token_hash = ?"
	    " AND aktif = 1",
	    "s", hash);
	if (st == NULL)
		return -1;
	rc = store_step(st);
	if (rc == STORE_ROW) {
		id = store_int(st, 0);
		*lokasi_id = store_int(st, 1);
	}
	store_done(st);
	return rc == STORE_ROW || rc == STORE_DONE ? id : -1;
}

int64_t
antrian_sql_batas_count(struct store *s, const char *addr, int64_t since)
{
	return store_scalar(s, -1,
	    "SELECT count(*) FROM antrian_batas WHERE addr = ? AND at >= ?",
	    "si", addr, since);
}

int
antrian_sql_batas_add(struct store *s, const char *addr, int64_t now,
    int64_t forget)
{
	if (store_run(s, "DELETE FROM antrian_batas WHERE addr = ? AND at < ?",
		"si", addr, forget) != 0)
		return -1;
	return store_run(s, "INSERT INTO antrian_batas(addr, at) VALUES (?, ?)",
		   "si", addr, now) == 0
	    ? 0
	    : -1;
}

int64_t
antrian_sql_sesi_count(struct store *s, int64_t layanan_id, const char *tanggal,
    const char *sesi)
{
	return store_scalar(s, -1,
	    "SELECT count(*) FROM antrian_tiket WHERE layanan_id = ? AND"
	    " tanggal = ? AND sesi = ? AND status <> 'batal'",
	    "iss", layanan_id, tanggal, sesi);
}

int
antrian_sql_urut_next(struct store *s, int64_t layanan_id, const char *tanggal)
{
	if (store_run(s,
		"INSERT INTO antrian_urut(layanan_id, tanggal, terakhir)"
		" VALUES (?, ?, 1) ON CONFLICT(layanan_id, tanggal) DO UPDATE"
		" SET terakhir = antrian_urut.terakhir + 1",
		"is", layanan_id, tanggal) != 0)
		return -1;
	return (int)store_scalar(s, -1,
	    "SELECT terakhir FROM antrian_urut WHERE layanan_id = ? AND"
	    " tanggal = ?",
	    "is", layanan_id, tanggal);
}

int64_t
antrian_sql_diambil_max(struct store *s, int64_t lokasi_id, const char *tanggal)
{
	return store_scalar(s, -1,
	    "SELECT coalesce(max(diambil_at), 0) FROM antrian_tiket WHERE"
	    " lokasi_id = ? AND tanggal = ?",
	    "is", lokasi_id, tanggal);
}

int
antrian_sql_tiket_insert(struct store *s, struct antrian_tiket *t)
{
	if (store_run(s,
		"INSERT INTO antrian_tiket(kode, lokasi_id, layanan_id,"
		" tanggal, urut, nomor, sesi, prioritas, status, kios_id,"
		" diambil_at, permohonan_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
		" 'menunggu', nullif(?, 0), ?, nullif(?, 0))",
		"siisdssdiii", t->kode, t->lokasi_id, t->layanan_id, t->tanggal,
		t->urut, t->nomor, t->sesi, t->prioritas, t->kios_id,
		t->diambil_at, t->permohonan_id) != 0)
		return -1;
	t->id = store_last_id(s);
	return t->id > 0 ? 0 : -1;
}

int64_t
antrian_sql_di_depan(struct store *s, const struct antrian_tiket *t)
{
	return store_scalar(s, -1,
	    "SELECT count(*) FROM antrian_tiket WHERE lokasi_id = ? AND"
	    " tanggal = ? AND layanan_id = ? AND status = 'menunggu' AND"
	    " (diambil_at < ? OR (diambil_at = ? AND id < ?))",
	    "isiiii", t->lokasi_id, t->tanggal, t->layanan_id, t->diambil_at,
	    t->diambil_at, t->id);
}

#define LOKET_COLS                                                             \
	"SELECT k.id, k.lokasi_id, k.instansi_id, coalesce(i.unit_id, 0),"     \
	" k.nomor, k.nama, k.jeda, i.nama, o.kode FROM antrian_loket k"        \
	" JOIN antrian_instansi i ON i.id = k.instansi_id"                     \
	" JOIN antrian_lokasi o ON o.id = k.lokasi_id "

static void
loket_fill(struct store_stmt *st, struct antrian_loket *l)
{
	memset(l, 0, sizeof(*l));
	l->id = store_int(st, 0);
	l->lokasi_id = store_int(st, 1);
	l->instansi_id = store_int(st, 2);
	l->unit_id = store_int(st, 3);
	l->nomor = (int)store_int(st, 4);
	snprintf(l->nama, sizeof(l->nama), "%s", store_text(st, 5));
	snprintf(l->jeda, sizeof(l->jeda), "%s", store_text(st, 6));
	snprintf(l->instansi, sizeof(l->instansi), "%s", store_text(st, 7));
	snprintf(l->lokasi_kode, sizeof(l->lokasi_kode), "%s",
	    store_text(st, 8));
}

static int
loket_one(struct store_stmt *st, struct antrian_loket *l)
{
	int rc;

	if (st == NULL)
		return -1;
	rc = store_step(st);
	if (rc == STORE_ROW)
		loket_fill(st, l);
	store_done(st);
	return rc == STORE_ROW ? 0 : rc == STORE_DONE ? 1 : -1;
}

int
antrian_sql_loket(struct store *s, int64_t lokasi_id, int nomor,
    struct antrian_loket *l)
{
	return loket_one(store_query(s,
			     LOKET_COLS "WHERE k.lokasi_id = ? AND k.nomor = ?",
			     "id", lokasi_id, nomor),
	    l);
}

int
antrian_sql_loket_id(struct store *s, int64_t id, struct antrian_loket *l)
{
	return loket_one(store_query(s, LOKET_COLS "WHERE k.id = ?", "i", id),
	    l);
}

int
antrian_sql_petugas(struct store *s, int64_t loket_id, int64_t account_id)
{
	int64_t n = store_scalar(s, -1,
	    "SELECT count(*) FROM antrian_petugas WHERE loket_id = ? AND"
	    " account_id = ?",
	    "ii", loket_id, account_id);

	return n < 0 ? -1 : n > 0;
}

int
antrian_sql_loket_serves(struct store *s, int64_t loket_id, int64_t layanan_id)
{
	int64_t n = store_scalar(s, -1,
	    "SELECT count(*) FROM antrian_loket_layanan WHERE loket_id = ?"
	    " AND layanan_id = ?",
	    "ii", loket_id, layanan_id);

	return n < 0 ? -1 : n > 0;
}

int
antrian_sql_loket_tiket(struct store *s, int64_t loket_id, const char *tanggal,
    struct antrian_tiket *t)
{
	return tiket_one(store_query(s,
			     TIKET_COLS
			     "WHERE t.loket_id = ? AND t.tanggal = ?"
			     " AND t.status IN ('dipanggil', 'dilayani')"
			     " ORDER BY t.id LIMIT 1",
			     "is", loket_id, tanggal),
	    t);
}

int64_t
antrian_sql_prio_terakhir(struct store *s, int64_t loket_id, int64_t since)
{
	return store_scalar(s, -1,
	    "SELECT count(*) FROM (SELECT prioritas FROM antrian_panggilan"
	    " WHERE loket_id = ? AND ulang = 0 AND at >= ? ORDER BY id DESC"
	    " LIMIT 2) x WHERE x.prioritas = 1",
	    "ii", loket_id, since);
}

int64_t
antrian_sql_next(struct store *s, int64_t lokasi_id, const char *tanggal,
    int64_t loket_id, int prio)
{
	struct store_stmt *st;
	int64_t id = 0;
	int rc;

	st = store_query(s,
	    "SELECT t.id FROM antrian_tiket t WHERE t.lokasi_id = ? AND"
	    " t.tanggal = ? AND t.status = 'menunggu' AND (t.loket_id = ? OR"
	    " (t.loket_id IS NULL AND t.layanan_id IN (SELECT layanan_id FROM"
	    " antrian_loket_layanan WHERE loket_id = ?))) AND (? < 0 OR"
	    " t.prioritas = ?) ORDER BY t.diambil_at, t.id LIMIT 1",
	    "isiidd", lokasi_id, tanggal, loket_id, loket_id, prio, prio);
	if (st == NULL)
		return -1;
	if ((rc = store_step(st)) == STORE_ROW)
		id = store_int(st, 0);
	store_done(st);
	return rc == STORE_ROW || rc == STORE_DONE ? id : -1;
}

int
antrian_sql_tiket_id(struct store *s, int64_t id, struct antrian_tiket *t)
{
	return tiket_one(store_query(s, TIKET_COLS "WHERE t.id = ?", "i", id),
	    t);
}

int
antrian_sql_tiket_nomor(struct store *s, int64_t lokasi_id, const char *tanggal,
    const char *nomor, struct antrian_tiket *t)
{
	return tiket_one(store_query(s,
			     TIKET_COLS "WHERE t.lokasi_id = ? AND"
					" t.tanggal = ? AND t.nomor = ?",
			     "iss", lokasi_id, tanggal, nomor),
	    t);
}

int
antrian_sql_tiket_kode(struct store *s, const char *kode,
    struct antrian_tiket *t)
{
	return tiket_one(
	    store_query(s, TIKET_COLS "WHERE t.kode = ?", "s", kode), t);
}

int
antrian_sql_tiket_set(struct store *s, const struct antrian_tiket *t,
    const char *old)
{
	if (store_run(s,
		"UPDATE antrian_tiket SET status = ?, layanan_id = ?,"
		" loket_id = nullif(?, 0), panggil_n = ?, dipanggil_at ="
		" nullif(?, 0), dilayani_at = nullif(?, 0), selesai_at ="
		" nullif(?, 0) WHERE id = ? AND status = ?",
		"siidiiiis", t->status, t->layanan_id, t->loket_id,
		t->panggil_n, t->dipanggil_at, t->dilayani_at, t->selesai_at,
		t->id, old) != 0)
		return -1;
	return store_changes(s) == 1 ? 0 : 1;
}

int
antrian_sql_panggilan_add(struct store *s, const struct antrian_tiket *t,
    int loket_nomor, int ulang, int64_t at)
{
	return store_run(s,
		   "INSERT INTO antrian_panggilan(lokasi_id, tiket_id,"
		   " loket_id, nomor, loket_nomor, prioritas, ulang, at)"
		   " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
		   "iiisdddi", t->lokasi_id, t->id, t->loket_id, t->nomor,
		   loket_nomor, t->prioritas, ulang, at) == 0
	    ? 0
	    : -1;
}

int
antrian_sql_loket_jeda(struct store *s, int64_t loket_id, const char *jeda)
{
	return store_run(s, "UPDATE antrian_loket SET jeda = ? WHERE id = ?",
		   "si", jeda, loket_id) == 0
	    ? 0
	    : -1;
}

int
antrian_sql_kios_add(struct store *s, int64_t lokasi_id, const char *hash,
    const char *nama, int64_t now)
{
	return store_run(s,
		   "INSERT INTO antrian_kios(lokasi_id, token_hash, nama,"
		   " created_at) VALUES (?, ?, ?, ?)",
		   "issi", lokasi_id, hash, nama, now) == 0
	    ? 0
	    : -1;
}

/* A callback and its argument, for the walks below. */
struct walk {
	void *fn;
	void *arg;
};

static int
layanan_row(void *a, struct store_stmt *st)
{
	struct walk *w = a;
	void (*fn)(void *, const struct antrian_layanan *) = w->fn;
	struct antrian_layanan l;

	layanan_fill(st, &l);
	fn(w->arg, &l);
	return 0;
}

int
antrian_sql_layanan_each(struct store *s, int64_t lokasi_id,
    void (*fn)(void *, const struct antrian_layanan *), void *arg)
{
	return antrian_sql_layanan_semua(s, lokasi_id, 1, fn, arg);
}

int
antrian_sql_layanan_semua(struct store *s, int64_t lokasi_id, int aktif,
    void (*fn)(void *, const struct antrian_layanan *), void *arg)
{
	struct walk w = { (void *)fn, arg };

	return store_each(s, layanan_row, &w,
		   LAYANAN_COLS "WHERE l.lokasi_id = ? AND (l.aktif = 1 OR"
				" ? = 0) ORDER BY l.kode",
		   "id", lokasi_id, aktif) == STORE_DONE
	    ? 0
	    : -1;
}

int
antrian_sql_lokasi_set(struct store *s, const struct antrian_lokasi *l)
{
	return store_run(s,
		   "UPDATE antrian_lokasi SET nama = ?, alamat = ?,"
		   " batas_ambil = ?, jam_berlaku = ? WHERE id = ?",
		   "sssdi", l->nama, l->alamat, l->batas_ambil, l->jam_berlaku,
		   l->id) == 0
	    ? 0
	    : -1;
}

int
antrian_sql_jam_hapus(struct store *s, int64_t lokasi_id)
{
	return store_run(s, "DELETE FROM antrian_jam WHERE lokasi_id = ?", "i",
		   lokasi_id) == 0
	    ? 0
	    : -1;
}

int
antrian_sql_layanan_set(struct store *s, const struct antrian_layanan *l)
{
	return store_run(s,
		   "UPDATE antrian_layanan SET kuota_pagi = ?, kuota_siang = ?,"
		   " aktif = ? WHERE id = ?",
		   "dddi", l->kuota_pagi, l->kuota_siang, l->aktif, l->id) == 0
	    ? 0
	    : -1;
}

static int
lokasi_row(void *a, struct store_stmt *st)
{
	struct walk *w = a;
	void (*fn)(void *, const char *, const char *) = w->fn;

	fn(w->arg, store_text(st, 0), store_text(st, 1));
	return 0;
}

int
antrian_sql_lokasi_each(struct store *s,
    void (*fn)(void *, const char *kode, const char *nama), void *arg)
{
	struct walk w = { (void *)fn, arg };

	return store_each(s, lokasi_row, &w,
		   "SELECT kode, nama FROM antrian_lokasi ORDER BY kode",
		   "") == STORE_DONE
	    ? 0
	    : -1;
}

static int
loket_row(void *a, struct store_stmt *st)
{
	struct walk *w = a;
	void (*fn)(void *, const struct antrian_loket *) = w->fn;
	struct antrian_loket l;

	loket_fill(st, &l);
	fn(w->arg, &l);
	return 0;
}

int
antrian_sql_loket_each(struct store *s, int64_t lokasi_id,
    void (*fn)(void *, const struct antrian_loket *), void *arg)
{
	struct walk w = { (void *)fn, arg };

	return store_each(s, loket_row, &w,
		   LOKET_COLS "WHERE k.lokasi_id = ? ORDER BY k.nomor", "i",
		   lokasi_id) == STORE_DONE
	    ? 0
	    : -1;
}

int
antrian_sql_loket_akun(struct store *s, int64_t unit_id, int64_t account_id,
    void (*fn)(void *, const struct antrian_loket *), void *arg)
{
	struct walk w = { (void *)fn, arg };

	return store_each(s, loket_row, &w,
		   LOKET_COLS "WHERE (i.unit_id = ? AND ? <> 0) OR k.id IN"
			      " (SELECT loket_id FROM antrian_petugas WHERE"
			      " account_id = ?) ORDER BY o.kode, k.nomor",
		   "iii", unit_id, unit_id, account_id) == STORE_DONE
	    ? 0
	    : -1;
}

static int
panggilan_row(void *a, struct store_stmt *st)
{
	struct walk *w = a;
	void (*fn)(void *, const struct antrian_panggilan *) = w->fn;
	struct antrian_panggilan p;

	memset(&p, 0, sizeof(p));
	p.id = store_int(st, 0);
	snprintf(p.nomor, sizeof(p.nomor), "%s", store_text(st, 1));
	p.loket_nomor = (int)store_int(st, 2);
	p.ulang = (int)store_int(st, 3);
	p.at = store_int(st, 4);
	snprintf(p.layanan_nama, sizeof(p.layanan_nama), "%s",
	    store_text(st, 5));
	fn(w->arg, &p);
	return 0;
}

int
antrian_sql_panggilan_each(struct store *s, int64_t lokasi_id, int64_t sejak,
    int64_t day_start, int max,
    void (*fn)(void *, const struct antrian_panggilan *), void *arg)
{
	struct walk w = { (void *)fn, arg };
	int rc;

	if (sejak >= 0)
		rc = store_each(s, panggilan_row, &w,
		    "SELECT p.id, p.nomor, p.loket_nomor, p.ulang, p.at,"
		    " l.nama FROM antrian_panggilan p JOIN antrian_tiket t ON"
		    " t.id = p.tiket_id JOIN antrian_layanan l ON l.id ="
		    " t.layanan_id WHERE p.lokasi_id = ? AND p.id > ?"
		    " ORDER BY p.id LIMIT ?",
		    "iid", lokasi_id, sejak, max);
	else
		rc = store_each(s, panggilan_row, &w,
		    "SELECT x.id, x.nomor, x.loket_nomor, x.ulang, x.at,"
		    " x.nama FROM (SELECT p.id, p.nomor, p.loket_nomor,"
		    " p.ulang, p.at, l.nama FROM antrian_panggilan p JOIN"
		    " antrian_tiket t ON t.id = p.tiket_id JOIN antrian_layanan"
		    " l ON l.id = t.layanan_id WHERE p.lokasi_id = ? AND p.at"
		    " >= ? ORDER BY p.id DESC LIMIT ?) x ORDER BY x.id",
		    "iid", lokasi_id, day_start, max);
	return rc == STORE_DONE ? 0 : -1;
}

int64_t
antrian_sql_menunggu(struct store *s, int64_t lokasi_id, int64_t layanan_id,
    const char *tanggal)
{
	return store_scalar(s, -1,
	    "SELECT count(*) FROM antrian_tiket WHERE lokasi_id = ? AND"
	    " tanggal = ? AND status = 'menunggu' AND (? = 0 OR layanan_id"
	    " = ?)",
	    "isii", lokasi_id, tanggal, layanan_id, layanan_id);
}

int64_t
antrian_sql_unit_id(struct store *s, const char *code)
{
	return store_scalar(s, 0, "SELECT id FROM unit WHERE code = ?", "s",
	    code);
}

void
antrian_sql_katalog_nama(struct store *s, const char *code, char *name,
    size_t n)
{
	struct store_stmt *st;

	*name = '\0';
	st = store_query(s, "SELECT name FROM layanan WHERE code = ?", "s",
	    code);
	if (st == NULL)
		return;
	if (store_step(st) == STORE_ROW)
		snprintf(name, n, "%s", store_text(st, 0));
	store_done(st);
}

int
antrian_sql_survei_sasaran(struct store *s, int64_t tiket_id, int64_t *unit_id,
    int64_t *layanan_id, int64_t *account_id)
{
	struct store_stmt *st;
	int rc;

	*unit_id = *layanan_id = *account_id = 0;
	st = store_query(s,
	    "SELECT i.unit_id, k.id, coalesce((SELECT p.account_id FROM"
	    " antrian_pesan p WHERE p.tiket_id = t.id), 0) FROM antrian_tiket t"
	    " JOIN antrian_layanan al ON al.id = t.layanan_id"
	    " JOIN antrian_instansi i ON i.id = al.instansi_id"
	    " JOIN layanan k ON k.code = al.kode"
	    " WHERE t.id = ? AND i.unit_id IS NOT NULL",
	    "i", tiket_id);
	if (st == NULL)
		return -1;
	rc = store_step(st);
	if (rc == STORE_ROW) {
		*unit_id = store_int(st, 0);
		*layanan_id = store_int(st, 1);
		*account_id = store_int(st, 2);
	}
	store_done(st);
	return rc == STORE_ROW ? 0 : rc == STORE_DONE ? 1 : -1;
}

int64_t
antrian_sql_lokasi_add(struct store *s, const char *kode, const char *nama,
    const char *alamat, const char *batas, int jam_berlaku, int demo)
{
	if (store_run(s,
		"INSERT INTO antrian_lokasi(kode, nama, alamat, batas_ambil,"
		" jam_berlaku, demo) VALUES (?, ?, ?, ?, ?, ?)",
		"ssssdd", kode, nama, alamat, batas, jam_berlaku, demo) != 0)
		return -1;
	return store_last_id(s);
}

int
antrian_sql_jam_add(struct store *s, int64_t lokasi_id, int hari,
    const char *buka, const char *tutup)
{
	return store_run(s,
		   "INSERT INTO antrian_jam(lokasi_id, hari, buka, tutup)"
		   " VALUES (?, ?, ?, ?)",
		   "idss", lokasi_id, hari, buka, tutup) == 0
	    ? 0
	    : -1;
}

int64_t
antrian_sql_instansi_add(struct store *s, int64_t lokasi_id, const char *kode,
    const char *nama, int64_t unit_id)
{
	if (store_run(s,
		"INSERT INTO antrian_instansi(lokasi_id, kode, nama, unit_id)"
		" VALUES (?, ?, ?, nullif(?, 0))",
		"issi", lokasi_id, kode, nama, unit_id) != 0)
		return -1;
	return store_last_id(s);
}

int64_t
antrian_sql_layanan_add(struct store *s, int64_t lokasi_id, int64_t instansi_id,
    const char *kode, const char *nama, const char *prefix, int kuota_pagi,
    int kuota_siang)
{
	if (store_run(s,
		"INSERT INTO antrian_layanan(lokasi_id, instansi_id, kode,"
		" nama, prefix, kuota_pagi, kuota_siang) VALUES (?, ?, ?, ?,"
		" ?, ?, ?)",
		"iisssdd", lokasi_id, instansi_id, kode, nama, prefix,
		kuota_pagi, kuota_siang) != 0)
		return -1;
	return store_last_id(s);
}

int64_t
antrian_sql_loket_add(struct store *s, int64_t lokasi_id, int64_t instansi_id,
    int nomor, const char *nama)
{
	if (store_run(s,
		"INSERT INTO antrian_loket(lokasi_id, instansi_id, nomor, nama)"
		" VALUES (?, ?, ?, ?)",
		"iids", lokasi_id, instansi_id, nomor, nama) != 0)
		return -1;
	return store_last_id(s);
}

int
antrian_sql_loket_layanan_add(struct store *s, int64_t loket_id,
    int64_t layanan_id)
{
	return store_run(s,
		   "INSERT INTO antrian_loket_layanan(loket_id, layanan_id)"
		   " VALUES (?, ?)",
		   "ii", loket_id, layanan_id) == 0
	    ? 0
	    : -1;
}

/* The callback of antrian_sql_tiket_hari() with its argument. */
struct hari_walk {
	void (*fn)(void *, const char *, const char *, const char *,
	    const char *, const int64_t *, int);
	void *arg;
};

static int
hari_row(void *a, struct store_stmt *st)
{
	struct hari_walk *w = a;
	int64_t at[4];
	int i;

	for (i = 0; i < 4; i++)
		at[i] = store_int(st, 4 + i);
	w->fn(w->arg, store_text(st, 0), store_text(st, 1), store_text(st, 2),
	    store_text(st, 3), at, (int)store_int(st, 8));
	return 0;
}

int
antrian_sql_tiket_hari(struct store *s, int64_t lokasi_id, const char *tanggal,
    void (*fn)(void *, const char *, const char *, const char *, const char *,
	const int64_t *, int),
    void *arg)
{
	struct hari_walk w = { fn, arg };

	return store_each(s, hari_row, &w,
		   "SELECT l.kode, l.nama, i.nama, t.status, t.diambil_at,"
		   " coalesce(t.dipanggil_at, 0), coalesce(t.dilayani_at, 0),"
		   " coalesce(t.selesai_at, 0), CASE WHEN t.kios_id IS NULL"
		   " THEN 0 ELSE 1 END FROM antrian_tiket t JOIN"
		   " antrian_layanan l ON l.id = t.layanan_id JOIN"
		   " antrian_instansi i ON i.id = l.instansi_id WHERE"
		   " t.lokasi_id = ? AND t.tanggal = ? ORDER BY l.kode, t.id",
		   "is", lokasi_id, tanggal) == STORE_DONE
	    ? 0
	    : -1;
}

int64_t
antrian_sql_pesan_count(struct store *s, int64_t layanan_id,
    const char *tanggal, const char *sesi)
{
	return store_scalar(s, -1,
	    "SELECT count(*) FROM antrian_pesan WHERE layanan_id = ? AND"
	    " tanggal = ? AND sesi = ? AND status = 'aktif'",
	    "iss", layanan_id, tanggal, sesi);
}

int64_t
antrian_sql_pesan_ada(struct store *s, const char *nik_hmac, int64_t layanan_id,
    const char *tanggal)
{
	return store_scalar(s, -1,
	    "SELECT count(*) FROM antrian_pesan WHERE nik_hmac = ? AND"
	    " layanan_id = ? AND tanggal = ? AND status IN ('aktif',"
	    " 'checkin')",
	    "sis", nik_hmac, layanan_id, tanggal);
}

int
antrian_sql_pesan_insert(struct store *s, struct antrian_pesanan *p)
{
	if (store_run(s,
		"INSERT INTO antrian_pesan(kode, lokasi_id, layanan_id,"
		" tanggal, sesi, nik_hmac, nik4, account_id, status,"
		" dibuat_at, permohonan_id) VALUES (?, ?, ?, ?, ?, ?, ?,"
		" nullif(?, 0), 'aktif', ?, nullif(?, 0))",
		"siissssiii", p->kode, p->lokasi_id, p->layanan_id, p->tanggal,
		p->sesi, p->nik_hmac, p->nik4, p->account_id, p->dibuat_at,
		p->permohonan_id) != 0)
		return -1;
	p->id = store_last_id(s);
	return p->id > 0 ? 0 : -1;
}

/* A booking row with its service, site and application (pesan_fill()). */
#define PESAN_SELECT                                                           \
	"SELECT p.id, p.kode, p.lokasi_id, p.layanan_id, p.tanggal, p.sesi,"   \
	" p.nik_hmac, p.nik4, coalesce(p.account_id, 0), p.status,"            \
	" coalesce(p.tiket_id, 0), p.dibuat_at, coalesce(p.checkin_at, 0),"    \
	" l.kode, o.kode, coalesce(p.permohonan_id, 0), coalesce(m.nomor,"     \
	" '') FROM antrian_pesan p JOIN antrian_layanan l ON l.id ="           \
	" p.layanan_id JOIN antrian_lokasi o ON o.id = p.lokasi_id LEFT JOIN"  \
	" permohonan m ON m.id = p.permohonan_id"

static void
pesan_fill(struct store_stmt *st, struct antrian_pesanan *p)
{
	memset(p, 0, sizeof(*p));
	p->id = store_int(st, 0);
	snprintf(p->kode, sizeof(p->kode), "%s", store_text(st, 1));
	p->lokasi_id = store_int(st, 2);
	p->layanan_id = store_int(st, 3);
	snprintf(p->tanggal, sizeof(p->tanggal), "%s", store_text(st, 4));
	snprintf(p->sesi, sizeof(p->sesi), "%s", store_text(st, 5));
	snprintf(p->nik_hmac, sizeof(p->nik_hmac), "%s", store_text(st, 6));
	snprintf(p->nik4, sizeof(p->nik4), "%s", store_text(st, 7));
	p->account_id = store_int(st, 8);
	snprintf(p->status, sizeof(p->status), "%s", store_text(st, 9));
	p->tiket_id = store_int(st, 10);
	p->dibuat_at = store_int(st, 11);
	p->checkin_at = store_int(st, 12);
	snprintf(p->layanan_kode, sizeof(p->layanan_kode), "%s",
	    store_text(st, 13));
	snprintf(p->lokasi_kode, sizeof(p->lokasi_kode), "%s",
	    store_text(st, 14));
	p->permohonan_id = store_int(st, 15);
	snprintf(p->permohonan_nomor, sizeof(p->permohonan_nomor), "%s",
	    store_text(st, 16));
}

struct milik {
	void (*fn)(void *, const struct antrian_pesanan *);
	void *arg;
};

static int
milik_row(void *arg, struct store_stmt *st)
{
	struct milik *m = arg;
	struct antrian_pesanan p;

	pesan_fill(st, &p);
	m->fn(m->arg, &p);
	return 0;
}

int
antrian_sql_pesan_milik(struct store *s, int64_t account_id, const char *dari,
    void (*fn)(void *, const struct antrian_pesanan *), void *arg)
{
	struct milik m = { fn, arg };

	return store_each(s, milik_row, &m,
		   PESAN_SELECT " WHERE p.account_id = ? AND p.status ="
				" 'aktif' AND p.tanggal >= ? ORDER BY"
				" p.tanggal, p.sesi, p.id LIMIT 20",
		   "is", account_id, dari) < 0
	    ? -1
	    : 0;
}

int
antrian_sql_pesan_kode(struct store *s, const char *kode,
    struct antrian_pesanan *p)
{
	struct store_stmt *st;
	int rc;

	st = store_query(s, PESAN_SELECT " WHERE p.kode = ?", "s", kode);
	if (st == NULL)
		return -1;
	if ((rc = store_step(st)) == STORE_ROW)
		pesan_fill(st, p);
	store_done(st);
	return rc == STORE_ROW ? 0 : rc == STORE_DONE ? 1 : -1;
}

int
antrian_sql_pesan_set(struct store *s, const struct antrian_pesanan *p,
    const char *old)
{
	if (store_run(s,
		"UPDATE antrian_pesan SET status = ?, tiket_id = nullif(?, 0),"
		" checkin_at = nullif(?, 0) WHERE id = ? AND status = ?",
		"siiis", p->status, p->tiket_id, p->checkin_at, p->id,
		old) != 0)
		return -1;
	return store_changes(s) == 1 ? 0 : 1;
}

int
antrian_sql_pesan_expire(struct store *s, const char *sebelum, const char *hari,
    const char *sesi)
{
	int n;

	if (store_run(s,
		"UPDATE antrian_pesan SET status = 'kedaluwarsa' WHERE"
		" status = 'aktif' AND tanggal < ?",
		"s", sebelum) != 0)
		return -1;
	n = store_changes(s);
	if (sesi == NULL)
		return n;
	if (store_run(s,
		"UPDATE antrian_pesan SET status = 'kedaluwarsa' WHERE"
		" status = 'aktif' AND tanggal = ? AND sesi = ? AND lokasi_id"
		" IN (SELECT id FROM antrian_lokasi WHERE jam_berlaku = 1)",
		"ss", hari, sesi) != 0)
		return -1;
	return n + store_changes(s);
}

int
antrian_sql_dipanggil(struct store *s, const char *nomor, int loket_nomor,
    int64_t since)
{
	int64_t n = store_scalar(s, -1,
	    "SELECT count(*) FROM antrian_panggilan WHERE nomor = ? AND"
	    " loket_nomor = ? AND at >= ?",
	    "sdi", nomor, loket_nomor, since);

	return n < 0 ? -1 : n > 0;
}

int
antrian_sql_tiket_permohonan(struct store *s, int64_t tiket_id,
    int64_t permohonan_id)
{
	if (store_run(s,
		"UPDATE antrian_tiket SET permohonan_id = nullif(?, 0) WHERE"
		" id = ?",
		"ii", permohonan_id, tiket_id) != 0)
		return -1;
	return store_changes(s) == 1 ? 0 : -1;
}

static int
ingat_row(void *arg, struct store_stmt *st)
{
	struct antrian_ingat *c = arg;
	struct antrian_ingat_tiket *t;

	if (c->n >= ANTRIAN_INGAT_MAX)
		return 1;
	t = &c->t[c->n++];
	t->tiket_id = store_int(st, 0);
	t->account_id = store_int(st, 1);
	snprintf(t->kode, sizeof(t->kode), "%s", store_text(st, 2));
	snprintf(t->nomor, sizeof(t->nomor), "%s", store_text(st, 3));
	t->di_depan = (int)store_int(st, 4);
	return 0;
}

int
antrian_sql_ingat(struct store *s, int64_t lokasi_id, int64_t layanan_id,
    const char *tanggal, int max, struct antrian_ingat *out)
{
	int rc;

	memset(out, 0, sizeof(*out));
	if (max > ANTRIAN_INGAT_MAX)
		max = ANTRIAN_INGAT_MAX;
	/*
	 * The first max waiting tickets of the service, in the order they
	 * are called (check-in time): those not yet reminded whose holder
	 * booked online with an account.
	 */
	rc = store_each(s, ingat_row, out,
	    "SELECT x.id, p.account_id, x.kode, x.nomor, x.depan FROM (SELECT"
	    " t.id, t.kode, t.nomor, t.ingat_at, row_number() OVER (ORDER BY"
	    " t.diambil_at, t.id) - 1 AS depan FROM antrian_tiket t WHERE"
	    " t.lokasi_id = ? AND t.tanggal = ? AND t.layanan_id = ? AND"
	    " t.status = 'menunggu' ORDER BY t.diambil_at, t.id LIMIT ?) x"
	    " JOIN antrian_pesan p ON p.tiket_id = x.id WHERE x.ingat_at IS"
	    " NULL AND p.account_id IS NOT NULL ORDER BY x.id",
	    "isid", lokasi_id, tanggal, layanan_id, max);
	return rc == STORE_DONE || rc == STORE_ROW ? 0 : -1;
}

int
antrian_sql_ingat_set(struct store *s, int64_t tiket_id, int64_t at)
{
	return store_run(s,
	    "UPDATE antrian_tiket SET ingat_at = ? WHERE id = ?", "ii", at,
	    tiket_id);
}
