/* sql.c: the kinerja module's SQL (see sql.h). */
#include <stdlib.h>
#include <string.h>

#include "lib/xalloc.h"
#include "store/store.h"
#include "durasi.h"
#include "sql.h"

/*
 * The callback of kinerja_sql_holidays() with its argument, called for each
 * row.
 */
struct holidays_walk {
	void (*fn)(void *, const char *);
	void *arg;
};

static int
holidays_row(void *a, struct store_stmt *st)
{
	struct holidays_walk *w = a;

	w->fn(w->arg, store_text(st, 0));
	return 0;
}

int
kinerja_sql_holidays(struct store *s, void (*fn)(void *, const char *),
    void *arg)
{
	struct holidays_walk w = { fn, arg };

	return store_each(s, holidays_row, &w,
		   "SELECT tanggal FROM hari_libur"
		   " ORDER BY tanggal",
		   "") == STORE_DONE
	    ? 0
	    : -1;
}

/* The callback of kinerja_sql_ikm() with its argument, called for each row. */
struct ikm_walk {
	void (*fn)(void *, const struct kinerja_sql_ikm *);
	void *arg;
};

static int
ikm_row(void *a, struct store_stmt *st)
{
	struct ikm_walk *w = a;
	struct kinerja_sql_ikm r;
	int i;

	memset(&r, 0, sizeof(r));
	r.acc.responden = store_int(st, 3);
	for (i = 0; i < IKM_UNSUR; i++) {
		r.acc.sum[i] = store_int(st, 4 + 2 * i);
		r.acc.n[i] = store_int(st, 5 + 2 * i);
	}
	r.periode = store_text(st, 2);
	r.unit = store_int(st, 0);
	r.layanan = store_int(st, 1);
	w->fn(w->arg, &r);
	return 0;
}

int
kinerja_sql_ikm(struct store *s, int64_t unit_id, const char *m0,
    const char *m1, void (*fn)(void *, const struct kinerja_sql_ikm *),
    void *arg)
{
	struct ikm_walk w = { fn, arg };

	return store_each(s, ikm_row, &w,
		   "SELECT unit_id, layanan_id, periode,"
		   " count(*), sum(u1), count(u1), sum(u2), count(u2), sum(u3),"
		   " count(u3), sum(u4), count(u4), sum(u5), count(u5), sum(u6),"
		   " count(u6), sum(u7), count(u7), sum(u8), count(u8), sum(u9),"
		   " count(u9) FROM survei_jawaban WHERE periode >= ? AND periode <= ?"
		   " AND (? = 0 OR unit_id = ?) GROUP BY unit_id, layanan_id,"
		   " periode",
		   "ssii", m0, m1, unit_id, unit_id) == STORE_DONE
	    ? 0
	    : -1;
}

int
kinerja_sql_table_exists(struct store *s, const char *name)
{
	if (store_is_pg(s))
		return store_scalar(s, 0,
			   "SELECT count(*) FROM information_schema.tables"
			   " WHERE table_schema = current_schema() AND table_name = ?",
			   "s", name) > 0;
	return store_scalar(s, 0,
		   "SELECT count(*) FROM sqlite_master WHERE"
		   " type = 'table' AND name = ?",
		   "s", name) > 0;
}

/* The callback of kinerja_sql_adu() with its argument, called for each row. */
struct pengaduan_walk {
	void (*fn)(void *, const struct kinerja_sql_adu *);
	void *arg;
};

static int
pengaduan_row(void *a, struct store_stmt *st)
{
	struct pengaduan_walk *w = a;
	struct kinerja_sql_adu r;

	r.unit = store_int(st, 0);
	r.created_at = store_int(st, 1);
	r.disposisi = !store_isnull(st, 2);
	r.disposisi_at = r.disposisi ? store_int(st, 2) : 0;
	r.tanggapan = !store_isnull(st, 3);
	r.tanggapan_at = r.tanggapan ? store_int(st, 3) : 0;
	r.id = store_int(st, 4);
	r.lama = store_isnull(st, 5) ? NULL : store_text(st, 5);
	w->fn(w->arg, &r);
	return 0;
}

/* A complaint's unit, times of its first disposition and answer. */
#define ADU_SELECT                                                             \
	"SELECT coalesce(p.unit_id, p.unit_tujuan_id, 0), p.created_at,"       \
	" (SELECT min(r.at) FROM pengaduan_riwayat r WHERE r.pengaduan_id ="   \
	" p.id AND r.ke = 'didisposisi'), (SELECT min(r.at) FROM"              \
	" pengaduan_riwayat r WHERE r.pengaduan_id = p.id AND r.ke ="          \
	" 'ditanggapi'), p.id, p.kinerja_sig FROM pengaduan p"

int
kinerja_sql_adu(struct store *s, int64_t unit_id, int64_t t0, int64_t t1,
    void (*fn)(void *, const struct kinerja_sql_adu *), void *arg)
{
	struct pengaduan_walk w = { fn, arg };

	/* kinerja_sig IS NULL: from the partial index of migration 0025 */
	return store_each(s, pengaduan_row, &w,
		   ADU_SELECT
		   " WHERE p.kinerja_sig IS NULL AND p.created_at >= ?"
		   " AND p.created_at < ? AND (? = 0 OR"
		   " coalesce(p.unit_id, p.unit_tujuan_id) = ?)",
		   "iiii", t0, t1, unit_id, unit_id) == STORE_DONE
	    ? 0
	    : -1;
}

int
kinerja_sql_adu_satu(struct store *s, int64_t id,
    void (*fn)(void *, const struct kinerja_sql_adu *), void *arg)
{
	struct pengaduan_walk w = { fn, arg };

	return store_each(s, pengaduan_row, &w, ADU_SELECT " WHERE p.id = ?",
		   "i", id) == STORE_DONE
	    ? 0
	    : -1;
}

/* The callback of kinerja_sql_adu_bulan() with its argument. */
struct adu_bulan_walk {
	void (*fn)(void *, const struct kinerja_sql_adu_bulan *);
	void *arg;
};

static int
adu_bulan_row(void *a, struct store_stmt *st)
{
	struct adu_bulan_walk *w = a;
	struct kinerja_sql_adu_bulan r;

	r.bulan = store_text(st, 0);
	r.unit = store_int(st, 1);
	r.n = store_int(st, 2);
	r.tepat = store_int(st, 3);
	w->fn(w->arg, &r);
	return 0;
}

int
kinerja_sql_adu_bulan(struct store *s, int64_t unit_id, const char *m0,
    const char *m1, void (*fn)(void *, const struct kinerja_sql_adu_bulan *),
    void *arg)
{
	struct adu_bulan_walk w = { fn, arg };

	return store_each(s, adu_bulan_row, &w,
		   "SELECT bulan, unit_id, n, tepat FROM"
		   " kinerja_adu WHERE bulan >= ? AND bulan <= ? AND n <> 0 AND"
		   " (? = 0 OR unit_id = ?)",
		   "ssii", m0, m1, unit_id, unit_id) == STORE_DONE
	    ? 0
	    : -1;
}

int
kinerja_sql_adu_add(struct store *s, const struct kinerja_sql_adu_bulan *r)
{
	return store_run(s,
	    "INSERT INTO kinerja_adu(bulan, unit_id, n,"
	    " tepat) VALUES (?, ?, ?, ?) ON CONFLICT (bulan, unit_id) DO"
	    " UPDATE SET n = kinerja_adu.n + excluded.n, tepat ="
	    " kinerja_adu.tepat + excluded.tepat",
	    "siii", r->bulan, r->unit, r->n, r->tepat);
}

int
kinerja_sql_adu_sig_set(struct store *s, int64_t id, const char *sig)
{
	return store_run(s, "UPDATE pengaduan SET kinerja_sig = ? WHERE id = ?",
	    "si", sig, id);
}

int
kinerja_sql_adu_belum(struct store *s)
{
	return store_scalar(s, 0,
		   "SELECT count(*) FROM (SELECT 1 FROM pengaduan"
		   " WHERE kinerja_sig IS NULL LIMIT 1) x",
		   "") > 0;
}

int64_t
kinerja_sql_unit_id(struct store *s, const char *code)
{
	return store_scalar(s, 0, "SELECT id FROM unit WHERE code = ?", "s",
	    code);
}

/* Read rows of id, code, name, kind, sla. */
/* The callback of names() with its argument, called for each row. */
struct names_walk {
	void (*fn)(void *, const struct kinerja_sql_nama *);
	void *arg;
};

static int
names_row(void *a, struct store_stmt *st)
{
	struct names_walk *w = a;
	struct kinerja_sql_nama r;

	r.id = store_int(st, 0);
	r.code = store_text(st, 1);
	r.name = store_text(st, 2);
	r.kind = store_text(st, 3);
	r.sla = (int)store_int(st, 4);
	w->fn(w->arg, &r);
	return 0;
}

static int
names(struct store *s, const char *sql,
    void (*fn)(void *, const struct kinerja_sql_nama *), void *arg)
{
	struct names_walk w = { fn, arg };

	return store_each(s, names_row, &w, sql, "") == STORE_DONE ? 0 : -1;
}

int
kinerja_sql_units(struct store *s,
    void (*fn)(void *, const struct kinerja_sql_nama *), void *arg)
{
	return names(s,
	    "SELECT id, code, name, kind, 0 FROM unit"
	    " ORDER BY id",
	    fn, arg);
}

int
kinerja_sql_services(struct store *s,
    void (*fn)(void *, const struct kinerja_sql_nama *), void *arg)
{
	return names(s,
	    "SELECT id, code, name, '', sla_days FROM"
	    " layanan ORDER BY id",
	    fn, arg);
}

/*
 * The callback of kinerja_sql_terlambat() with its argument, called for each
 * row.
 */
struct terlambat_walk {
	void (*fn)(void *, const struct kinerja_sql_telat *);
	void *arg;
};

static int
terlambat_row(void *a, struct store_stmt *st)
{
	struct terlambat_walk *w = a;
	struct kinerja_sql_telat r;

	r.nomor = store_text(st, 0);
	r.unit_code = store_text(st, 1);
	r.unit_name = store_text(st, 2);
	r.handler_name = store_text(st, 3);
	r.layanan_code = store_text(st, 4);
	r.layanan_name = store_text(st, 5);
	r.state_label = store_text(st, 6);
	r.submitted_at = store_int(st, 7);
	r.due_date = store_text(st, 8);
	w->fn(w->arg, &r);
	return 0;
}

int
kinerja_sql_terlambat(struct store *s, const char *today, int64_t unit_id,
    int limit, void (*fn)(void *, const struct kinerja_sql_telat *), void *arg)
{
	struct terlambat_walk w = { fn, arg };

	return store_each(s, terlambat_row, &w,
		   "SELECT p.nomor, u.code,"
		   " u.name, h.name, l.code, l.name, coalesce(ws.label, p.state),"
		   " p.submitted_at, p.due_date FROM permohonan p JOIN layanan l ON"
		   " l.id = p.layanan_id JOIN unit u ON u.id = coalesce(l.unit_id,"
		   " p.penerbit_id) JOIN unit h ON h.id = p.unit_id LEFT JOIN wf_state"
		   " ws ON ws.workflow_id = l.workflow_id AND ws.code = p.state WHERE"
		   " p.draft = 0 AND p.finished_at IS NULL AND p.due_date IS NOT NULL"
		   " AND p.due_date < ? AND (? = 0 OR u.id = ?) ORDER BY p.due_date,"
		   " p.id LIMIT ?",
		   "siid", today, unit_id, unit_id, limit) == STORE_DONE
	    ? 0
	    : -1;
}

/* --- the aggregates ------------------------------------------------------ */

/* The callback of kinerja_sql_bulan() with its argument. */
struct bulan_walk {
	void (*fn)(void *, const struct kinerja_sql_bulan *);
	void *arg;
};

static int
bulan_row(void *a, struct store_stmt *st)
{
	struct bulan_walk *w = a;
	struct kinerja_sql_bulan r;

	r.bulan = store_text(st, 0);
	r.unit = store_int(st, 1);
	r.layanan = store_int(st, 2);
	r.masuk = store_int(st, 3);
	r.selesai = store_int(st, 4);
	r.ditolak = store_int(st, 5);
	r.dicabut = store_int(st, 6);
	r.berstandar = store_int(st, 7);
	r.tepat = store_int(st, 8);
	r.durasi = store_text(st, 9);
	w->fn(w->arg, &r);
	return 0;
}

int
kinerja_sql_bulan(struct store *s, int64_t unit_id, const char *m0,
    const char *m1, void (*fn)(void *, const struct kinerja_sql_bulan *),
    void *arg)
{
	struct bulan_walk w = { fn, arg };

	return store_each(s, bulan_row, &w,
		   "SELECT bulan, unit_id, layanan_id,"
		   " masuk, selesai, ditolak, dicabut, berstandar, tepat, CASE"
		   " WHEN bulan <= ? THEN durasi ELSE '' END FROM kinerja_bulan"
		   " WHERE bulan >= ? AND (? = 0 OR unit_id = ?)",
		   "ssii", m1, m0, unit_id, unit_id) == STORE_DONE
	    ? 0
	    : -1;
}

/* The callback of kinerja_sql_buka() with its argument. */
struct buka_walk {
	void (*fn)(void *, const struct kinerja_sql_buka_jumlah *);
	void *arg;
};

static int
buka_row(void *a, struct store_stmt *st)
{
	struct buka_walk *w = a;
	struct kinerja_sql_buka_jumlah r;

	r.unit = store_int(st, 0);
	r.layanan = store_int(st, 1);
	r.n = store_int(st, 2);
	r.telat = store_int(st, 3);
	w->fn(w->arg, &r);
	return 0;
}

int
kinerja_sql_buka(struct store *s, int64_t unit_id, const char *today,
    const char *m1, void (*fn)(void *, const struct kinerja_sql_buka_jumlah *),
    void *arg)
{
	struct buka_walk w = { fn, arg };

	/* grouped in the order of the primary key: no sort */
	return store_each(s, buka_row, &w,
		   "SELECT unit_id, layanan_id, sum(n),"
		   " sum(CASE WHEN due_date <> '' AND due_date < ? AND bulan <= ?"
		   " THEN n ELSE 0 END) FROM kinerja_buka WHERE ? = 0 OR"
		   " unit_id = ? GROUP BY unit_id, layanan_id",
		   "ssii", today, m1, unit_id, unit_id) == STORE_DONE
	    ? 0
	    : -1;
}

int64_t
kinerja_sql_buka_telat(struct store *s, int64_t unit_id, const char *today)
{
	return store_scalar(s, -1,
	    "SELECT coalesce(sum(n), 0) FROM kinerja_buka"
	    " WHERE due_date <> '' AND due_date < ? AND (? = 0 OR unit_id = ?)",
	    "sii", today, unit_id, unit_id);
}

int
kinerja_sql_bulan_add(struct store *s, const struct kinerja_sql_bulan *r)
{
	return store_run(s,
	    "INSERT INTO kinerja_bulan(bulan, unit_id,"
	    " layanan_id, masuk, selesai, ditolak, dicabut, berstandar, tepat)"
	    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (bulan, unit_id,"
	    " layanan_id) DO UPDATE SET masuk = kinerja_bulan.masuk +"
	    " excluded.masuk, selesai = kinerja_bulan.selesai +"
	    " excluded.selesai, ditolak = kinerja_bulan.ditolak +"
	    " excluded.ditolak, dicabut = kinerja_bulan.dicabut +"
	    " excluded.dicabut, berstandar = kinerja_bulan.berstandar +"
	    " excluded.berstandar, tepat = kinerja_bulan.tepat + excluded.tepat",
	    "siiiiiiii", r->bulan, r->unit, r->layanan, r->masuk, r->selesai,
	    r->ditolak, r->dicabut, r->berstandar, r->tepat);
}

/* Copies the histogram out of its row (kinerja_sql_durasi_add()). */
static int
durasi_copy(void *a, struct store_stmt *st)
{
	char **out = a;

	free(*out);
	*out = xstrdup(store_text(st, 0));
	return 0;
}

int
kinerja_sql_durasi_add(struct store *s, const struct kinerja_sql_durasi *r)
{
	char *lama = NULL, *baru;
	int rc;

	if (store_each(s, durasi_copy, &lama,
		"SELECT durasi FROM kinerja_bulan WHERE bulan = ? AND unit_id = ?"
		" AND layanan_id = ?",
		"sii", r->bulan, r->unit, r->layanan) != STORE_DONE ||
	    lama == NULL) {
		free(lama);
		return -1;
	}
	baru = durasi_tambah(lama, r->hari_kerja, r->n);
	free(lama);
	if (baru == NULL)
		return -1;
	rc = store_run(s,
	    "UPDATE kinerja_bulan SET durasi = ? WHERE bulan = ? AND"
	    " unit_id = ? AND layanan_id = ?",
	    "ssii", baru, r->bulan, r->unit, r->layanan);
	free(baru);
	return rc;
}

int
kinerja_sql_buka_add(struct store *s, const struct kinerja_sql_buka *r)
{
	if (store_run(s,
		"INSERT INTO kinerja_buka(unit_id, layanan_id,"
		" bulan, due_date, n) VALUES (?, ?, ?, ?, ?) ON CONFLICT"
		" (unit_id, layanan_id, bulan, due_date) DO UPDATE SET n ="
		" kinerja_buka.n + excluded.n",
		"iissi", r->unit, r->layanan, r->bulan, r->due_date, r->n) != 0)
		return -1;
	return store_run(s,
	    "DELETE FROM kinerja_buka WHERE unit_id = ? AND"
	    " layanan_id = ? AND bulan = ? AND due_date = ? AND n = 0",
	    "iiss", r->unit, r->layanan, r->bulan, r->due_date);
}

/*
 * What the aggregates count an application as (migration 0021: the same
 * expression as the partial index permohonan_kinerja_beda, so that the
 * rows that differ are found from the index).
 */
#define SIG                                                                    \
	"CASE WHEN p.draft = 0 AND p.submitted_at IS NOT NULL THEN"            \
	" CAST(p.submitted_at AS TEXT) || ':' ||"                              \
	" coalesce(CAST(p.finished_at AS TEXT), '') || ':' ||"                 \
	" CASE WHEN p.finished_at IS NULL THEN '0' WHEN p.state = 'ditolak'"   \
	" THEN '2' WHEN p.state = 'dibatalkan' THEN '3' ELSE '1' END || ':'"   \
	" || CAST(p.penerbit_id AS TEXT) || ':' || CAST(p.layanan_id AS"       \
	" TEXT) || ':' || coalesce(p.due_date, '') END"

/* The callback of kinerja_sql_beda() with its argument. */
struct beda_walk {
	void (*fn)(void *, const struct kinerja_sql_beda *);
	void *arg;
};

static int
beda_row(void *a, struct store_stmt *st)
{
	struct beda_walk *w = a;
	struct kinerja_sql_beda r;

	r.id = store_int(st, 0);
	r.sig = store_isnull(st, 1) ? NULL : store_text(st, 1);
	r.lama = store_isnull(st, 2) ? NULL : store_text(st, 2);
	r.unit_layanan = store_int(st, 3);
	w->fn(w->arg, &r);
	return 0;
}

int
kinerja_sql_beda(struct store *s, int64_t id,
    void (*fn)(void *, const struct kinerja_sql_beda *), void *arg)
{
	struct beda_walk w = { fn, arg };
	int rc;

	if (id != 0)
		rc = store_each(s, beda_row, &w,
		    "SELECT p.id, " SIG ", p.kinerja_sig,"
		    " coalesce(l.unit_id, 0) FROM permohonan p JOIN layanan l"
		    " ON l.id = p.layanan_id WHERE p.id = ? AND p.kinerja_sig IS"
		    " DISTINCT FROM (" SIG ")",
		    "i", id);
	else
		rc = store_each(s, beda_row, &w,
		    "SELECT p.id, " SIG ", p.kinerja_sig,"
		    " coalesce(l.unit_id, 0) FROM permohonan p JOIN layanan l"
		    " ON l.id = p.layanan_id WHERE p.kinerja_sig IS DISTINCT"
		    " FROM (" SIG ")",
		    "");
	return rc == STORE_DONE ? 0 : -1;
}

int
kinerja_sql_sig_set(struct store *s, int64_t id, const char *sig)
{
	return store_run(s,
	    "UPDATE permohonan SET kinerja_sig = ? WHERE id = ?", "si", sig,
	    id);
}

int64_t
kinerja_sql_layanan_unit(struct store *s, int64_t layanan)
{
	return store_scalar(s, 0,
	    "SELECT coalesce(unit_id, 0) FROM layanan WHERE id = ?", "i",
	    layanan);
}

int
kinerja_sql_agregat_hapus(struct store *s)
{
	if (store_run(s, "DELETE FROM kinerja_bulan", "") != 0 ||
	    store_run(s, "DELETE FROM kinerja_buka", "") != 0 ||
	    store_run(s, "UPDATE permohonan SET kinerja_sig = NULL", "") != 0 ||
	    store_run(s, "DELETE FROM kinerja_adu", "") != 0 ||
	    store_run(s, "UPDATE pengaduan SET kinerja_sig = NULL", "") != 0)
		return -1;
	return 0;
}
