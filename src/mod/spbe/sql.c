/* sql.c: the spbe module's statements (see sql.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/xalloc.h"
#include "store/dialect.h"
#include "store/store.h"
#include "spbe_data.h"
#include "sql.h"

/* ---------------------------------------------------------------------- */
/* Frameworks and assessments.                                            */

int
spbe_sql_kerangka_put(struct store *s, const char *kode, const char *nama,
    const char *isi, time_t now)
{
	/* keep the stored copy a final assessment was scored with */
	return store_run(s,
	    "INSERT INTO spbe_kerangka (kode, nama, isi,"
	    " dimuat_pada) VALUES (?, ?, ?, ?) ON CONFLICT(kode) DO UPDATE"
	    " SET nama = excluded.nama, isi = excluded.isi, dimuat_pada ="
	    " excluded.dimuat_pada WHERE spbe_kerangka.isi <> excluded.isi"
	    " AND NOT EXISTS (SELECT 1 FROM spbe_penilaian WHERE kerangka ="
	    " excluded.kode AND status = 'final')",
	    "sssi", kode, nama, isi, (int64_t)now);
}

char *
spbe_sql_kerangka_isi(struct store *s, const char *kode)
{
	struct store_stmt *st;
	char *isi = NULL;

	st = store_query(s, "SELECT isi FROM spbe_kerangka WHERE kode = ?", "s",
	    kode);
	if (st == NULL)
		return NULL;
	if (store_step(st) == STORE_ROW)
		isi = xstrdup(store_text(st, 0));
	store_done(st);
	return isi;
}

int64_t
spbe_sql_kerangka_count(struct store *s, const char *kode)
{
	return store_scalar(s, 0,
	    "SELECT count(*) FROM spbe_kerangka WHERE"
	    " kode = ?",
	    "s", kode);
}

int64_t
spbe_sql_penilaian_total(struct store *s)
{
	return store_scalar(s, 0, "SELECT count(*) FROM spbe_penilaian", "");
}

#define P_COLS                                                                 \
	"p.id, p.tahun, p.kerangka, p.revisi, p.status,"                       \
	" p.alasan_revisi, p.demo, p.dibuat_pada, coalesce(p.final_pada, 0),"  \
	" coalesce(p.indeks, -1), coalesce(p.predikat, ''),"                   \
	" p.revisi = (SELECT max(q.revisi) FROM spbe_penilaian q WHERE"        \
	" q.tahun = p.tahun AND q.kerangka = p.kerangka)"

static void
p_row(struct store_stmt *st, void *elem)
{
	struct spbe_penilaian *p = elem;

	memset(p, 0, sizeof(*p));
	p->id = store_int(st, 0);
	p->tahun = (int)store_int(st, 1);
	snprintf(p->kerangka, sizeof(p->kerangka), "%s", store_text(st, 2));
	p->revisi = (int)store_int(st, 3);
	snprintf(p->status, sizeof(p->status), "%s", store_text(st, 4));
	snprintf(p->alasan, sizeof(p->alasan), "%s", store_text(st, 5));
	p->demo = (int)store_int(st, 6);
	p->dibuat_pada = (time_t)store_int(st, 7);
	p->final_pada = (time_t)store_int(st, 8);
	p->indeks = store_int(st, 9);
	snprintf(p->predikat, sizeof(p->predikat), "%s", store_text(st, 10));
	p->terbaru = (int)store_int(st, 11);
}

int
spbe_sql_penilaian_get(struct store *s, int64_t id, struct spbe_penilaian *p)
{
	struct store_stmt *st;
	int found = 0;

	st = store_query(s,
	    "SELECT " P_COLS " FROM spbe_penilaian p WHERE"
	    " p.id = ?",
	    "i", id);
	if (st == NULL)
		return -1;
	if (store_step(st) == STORE_ROW) {
		p_row(st, p);
		found = 1;
	}
	store_done(st);
	return found;
}

static struct spbe_penilaian *
p_list(struct store *s, const char *sql, size_t *np)
{
	struct spbe_penilaian *v = NULL;
	size_t n = 0;

	*np = 0;
	if (store_rows(s, &v, sizeof(*v), &n, p_row, sql, "") == STORE_NOSTMT)
		return NULL;
	if (v == NULL)
		v = xcalloc(1, sizeof(*v));
	*np = n;
	return v;
}

struct spbe_penilaian *
spbe_sql_penilaian_list(struct store *s, size_t *np)
{
	return p_list(s,
	    "SELECT " P_COLS " FROM spbe_penilaian p ORDER BY"
	    " p.tahun DESC, p.kerangka, p.revisi DESC",
	    np);
}

struct spbe_penilaian *
spbe_sql_penilaian_list_final(struct store *s, size_t *np)
{
	return p_list(s,
	    "SELECT " P_COLS " FROM spbe_penilaian p WHERE"
	    " p.status = 'final' AND p.revisi = (SELECT max(q.revisi) FROM"
	    " spbe_penilaian q WHERE q.tahun = p.tahun AND q.kerangka ="
	    " p.kerangka AND q.status = 'final') ORDER BY p.tahun DESC,"
	    " p.kerangka",
	    np);
}

int64_t
spbe_sql_penilaian_count(struct store *s, int tahun, const char *kode)
{
	return store_scalar(s, 0,
	    "SELECT count(*) FROM spbe_penilaian WHERE"
	    " tahun = ? AND kerangka = ?",
	    "ds", tahun, kode);
}

int
spbe_sql_penilaian_insert(struct store *s, int tahun, const char *kode,
    int demo, int64_t actor, time_t now, int64_t *id)
{
	int rc;

	rc = store_run(s,
	    "INSERT INTO spbe_penilaian (tahun, kerangka,"
	    " revisi, status, demo, dibuat_oleh, dibuat_pada) VALUES (?, ?, 1,"
	    " 'draft', ?, nullif(?, 0), ?)",
	    "dsdii", tahun, kode, demo, actor, (int64_t)now);
	if (rc == 0)
		*id = store_last_id(s);
	return rc;
}

/*
 * The callback of spbe_sql_each_isian() with its argument, called for each
 * row.
 */
struct isian_walk {
	void (*fn)(void *, int, int, const char *, int64_t, const char *, int);
	void *arg;
};

static int
isian_row(void *a, struct store_stmt *st)
{
	struct isian_walk *w = a;

	w->fn(w->arg, (int)store_int(st, 0), (int)store_int(st, 1),
	    store_text(st, 2), store_int(st, 3), store_text(st, 4),
	    (int)store_int(st, 5));
	return 0;
}

int
spbe_sql_each_isian(struct store *s, int64_t id,
    void (*fn)(void *, int, int, const char *, int64_t, const char *, int),
    void *arg)
{
	struct isian_walk w = { fn, arg };

	return store_each(s, isian_row, &w,
		   "SELECT i.indikator, i.level,"
		   " i.penjelasan, coalesce(i.unit_id, 0), coalesce(u.name, ''),"
		   " (SELECT count(*) FROM spbe_bukti b WHERE b.penilaian_id ="
		   " i.penilaian_id AND b.indikator = i.indikator) FROM spbe_isian i"
		   " LEFT JOIN unit u ON u.id = i.unit_id WHERE i.penilaian_id = ?",
		   "i", id) == STORE_NOSTMT
	    ? -1
	    : 0;
}

/*
 * The callback of spbe_sql_each_level() with its argument, called for each
 * row.
 */
struct level_walk {
	void (*fn)(void *, int, int);
	void *arg;
};

static int
level_row(void *a, struct store_stmt *st)
{
	struct level_walk *w = a;

	w->fn(w->arg, (int)store_int(st, 0), (int)store_int(st, 1));
	return 0;
}

int
spbe_sql_each_level(struct store *s, int64_t id, void (*fn)(void *, int, int),
    void *arg)
{
	struct level_walk w = { fn, arg };

	return store_each(s, level_row, &w,
		   "SELECT indikator, level FROM"
		   " spbe_isian WHERE penilaian_id = ?",
		   "i", id) == STORE_NOSTMT
	    ? -1
	    : 0;
}

int64_t
spbe_sql_unit_count(struct store *s, int64_t unit_id)
{
	return store_scalar(s, 0,
	    "SELECT count(*) FROM unit"
	    " WHERE id = ?",
	    "i", unit_id);
}

int
spbe_sql_isian_put(struct store *s, int64_t id, int nomor, int level,
    const char *penjelasan, int64_t unit_id, int64_t actor, time_t now)
{
	return store_run(s,
	    "INSERT INTO spbe_isian (penilaian_id, indikator,"
	    " level, penjelasan, unit_id, diubah_oleh, diubah_pada) VALUES"
	    " (?, ?, ?, ?, nullif(?, 0), nullif(?, 0), ?) ON CONFLICT"
	    " (penilaian_id, indikator) DO UPDATE SET level = excluded.level,"
	    " penjelasan = excluded.penjelasan, unit_id = excluded.unit_id,"
	    " diubah_oleh = excluded.diubah_oleh, diubah_pada ="
	    " excluded.diubah_pada",
	    "iddsiii", id, nomor, level, penjelasan, unit_id, actor,
	    (int64_t)now);
}

int
spbe_sql_submit(struct store *s, int64_t id, int64_t actor, time_t now)
{
	if (store_run(s,
		"UPDATE spbe_penilaian SET status = 'diajukan',"
		" diajukan_oleh = nullif(?, 0), diajukan_pada = ? WHERE id = ? AND"
		" status = 'draft'",
		"iii", actor, (int64_t)now, id) != 0 ||
	    store_changes(s) != 1)
		return -1;
	return 0;
}

int
spbe_sql_unsubmit(struct store *s, int64_t id, int64_t actor, time_t now)
{
	if (store_run(s,
		"UPDATE spbe_penilaian SET status = 'draft',"
		" diajukan_oleh = NULL, diajukan_pada = NULL WHERE ? IS NOT NULL"
		" AND ? IS NOT NULL AND id = ? AND status = 'diajukan'",
		"iii", actor, (int64_t)now, id) != 0 ||
	    store_changes(s) != 1)
		return -1;
	return 0;
}

int
spbe_sql_finalise(struct store *s, int64_t id, int64_t actor, time_t now,
    int64_t indeks, const char *predikat)
{
	if (store_run(s,
		"UPDATE spbe_penilaian SET status = 'final',"
		" final_oleh = nullif(?, 0), final_pada = ?, indeks = ?, predikat"
		" = ? WHERE id = ? AND status = 'diajukan'",
		"iiisi", actor, (int64_t)now, indeks, predikat, id) != 0 ||
	    store_changes(s) != 1)
		return -1;
	return 0;
}

int
spbe_sql_revisi_insert(struct store *s, int tahun, const char *kerangka,
    int revisi, const char *alasan, int demo, int64_t actor, time_t now,
    int64_t *id)
{
	int rc;

	rc = store_run(s,
	    "INSERT INTO spbe_penilaian (tahun, kerangka, revisi,"
	    " status, alasan_revisi, demo, dibuat_oleh, dibuat_pada) VALUES"
	    " (?, ?, ?, 'draft', ?, ?, nullif(?, 0), ?)",
	    "dsdsdii", tahun, kerangka, revisi, alasan, demo, actor,
	    (int64_t)now);
	if (rc == 0)
		*id = store_last_id(s);
	return rc;
}

int
spbe_sql_revisi_copy(struct store *s, int64_t newid, int64_t from)
{
	if (store_run(s,
		"INSERT INTO spbe_isian (penilaian_id, indikator,"
		" level, penjelasan, unit_id, diubah_oleh, diubah_pada) SELECT"
		" CAST(? AS BIGINT),"
		" indikator, level, penjelasan, unit_id, diubah_oleh, diubah_pada"
		" FROM spbe_isian WHERE penilaian_id = ?",
		"ii", newid, from) != 0 ||
	    store_run(s,
		"INSERT INTO spbe_bukti (penilaian_id, indikator,"
		" jenis, sha256, url, judul, unit_id, oleh, dibuat_pada) SELECT"
		" CAST(? AS BIGINT),"
		" indikator, jenis, sha256, url, judul, unit_id, oleh, dibuat_pada"
		" FROM spbe_bukti WHERE penilaian_id = ? ORDER BY id",
		"ii", newid, from) != 0)
		return -1;
	return 0;
}

/* ---------------------------------------------------------------------- */
/* Evidence and requests.                                                 */

static void
bukti_fill(struct store_stmt *st, void *elem)
{
	struct spbe_bukti *b = elem;

	b->id = store_int(st, 0);
	b->indikator = (int)store_int(st, 1);
	snprintf(b->jenis, sizeof(b->jenis), "%s", store_text(st, 2));
	snprintf(b->sha256, sizeof(b->sha256), "%s", store_text(st, 3));
	b->url = xstrdup(store_text(st, 4));
	b->judul = xstrdup(store_text(st, 5));
	snprintf(b->unit_nama, sizeof(b->unit_nama), "%s", store_text(st, 6));
	b->dibuat_pada = (time_t)store_int(st, 7);
}

struct spbe_bukti *
spbe_sql_bukti_list(struct store *s, int64_t id, int nomor, size_t *np)
{
	struct spbe_bukti *v = NULL;
	size_t n = 0;

	*np = 0;
	(void)store_rows(s, &v, sizeof(*v), &n, bukti_fill,
	    "SELECT b.id,"
	    " b.indikator, b.jenis, coalesce(b.sha256, ''), coalesce(b.url,"
	    " ''), b.judul, coalesce(u.name, ''), b.dibuat_pada FROM spbe_bukti"
	    " b LEFT JOIN unit u ON u.id = b.unit_id WHERE b.penilaian_id = ?"
	    " AND (? = 0 OR b.indikator = ?) ORDER BY b.indikator, b.id",
	    "idd", id, nomor, nomor);
	if (v == NULL)
		v = xcalloc(1, sizeof(*v));
	*np = n;
	return v;
}

int
spbe_sql_bukti_insert(struct store *s, int64_t id, int nomor, const char *jenis,
    const char *sha, const char *url, const char *judul, int64_t unit_id,
    int64_t actor, time_t now)
{
	return store_run(s,
	    "INSERT INTO spbe_bukti (penilaian_id, indikator,"
	    " jenis, sha256, url, judul, unit_id, oleh, dibuat_pada) VALUES"
	    " (?, ?, ?, ?, ?, ?, nullif(?, 0), nullif(?, 0), ?)",
	    "idssssiii", id, nomor, jenis, sha, url, judul, unit_id, actor,
	    (int64_t)now);
}

int
spbe_sql_permintaan_fulfil(struct store *s, int64_t id, int nomor,
    int64_t unit_id, time_t now)
{
	return store_run(s,
	    "UPDATE spbe_permintaan SET status ="
	    " 'dipenuhi', dipenuhi_pada = ? WHERE penilaian_id = ? AND"
	    " indikator = ? AND unit_id = ? AND status = 'terbuka'",
	    "iidi", (int64_t)now, id, nomor, unit_id);
}

int64_t
spbe_sql_bukti_count(struct store *s, const char *sha256)
{
	return store_scalar(s, 0,
	    "SELECT count(*) FROM spbe_bukti"
	    " WHERE sha256 = ?",
	    "s", sha256);
}

int64_t
spbe_sql_bukti_count_unit(struct store *s, const char *sha256, int64_t unit_id)
{
	return store_scalar(s, 0,
	    "SELECT count(*) FROM spbe_bukti b WHERE"
	    " b.sha256 = ? AND (b.unit_id = ? OR EXISTS (SELECT 1 FROM"
	    " spbe_permintaan r WHERE r.penilaian_id = b.penilaian_id AND"
	    " r.indikator = b.indikator AND r.unit_id = ?))",
	    "sii", sha256, unit_id, unit_id);
}

int
spbe_sql_permintaan_insert(struct store *s, int64_t id, int nomor,
    int64_t unit_id, const char *pesan, int64_t actor, time_t now)
{
	return store_run(s,
	    "INSERT INTO spbe_permintaan (penilaian_id,"
	    " indikator, unit_id, pesan, diminta_oleh, dibuat_pada) VALUES"
	    " (?, ?, ?, ?, nullif(?, 0), ?)",
	    "idisii", id, nomor, unit_id, pesan, actor, (int64_t)now);
}

#define R_COLS                                                                 \
	"r.id, r.penilaian_id, p.tahun, p.revisi, p.status,"                   \
	" r.indikator, r.unit_id, u.name, r.pesan, r.status, r.dibuat_pada"

static void
r_row(struct store_stmt *st, void *elem)
{
	struct spbe_permintaan *r = elem;

	memset(r, 0, sizeof(*r));
	r->id = store_int(st, 0);
	r->penilaian_id = store_int(st, 1);
	r->tahun = (int)store_int(st, 2);
	r->revisi = (int)store_int(st, 3);
	snprintf(r->status_penilaian, sizeof(r->status_penilaian), "%s",
	    store_text(st, 4));
	r->indikator = (int)store_int(st, 5);
	r->unit_id = store_int(st, 6);
	snprintf(r->unit_nama, sizeof(r->unit_nama), "%s", store_text(st, 7));
	r->pesan = xstrdup(store_text(st, 8));
	snprintf(r->status, sizeof(r->status), "%s", store_text(st, 9));
	r->dibuat_pada = (time_t)store_int(st, 10);
}

struct spbe_permintaan *
spbe_sql_permintaan_list(struct store *s, int64_t unit_id, size_t *np)
{
	struct spbe_permintaan *v = NULL;
	size_t n = 0;

	*np = 0;
	(void)store_rows(s, &v, sizeof(*v), &n, r_row,
	    "SELECT " R_COLS " FROM"
	    " spbe_permintaan r JOIN spbe_penilaian p ON p.id ="
	    " r.penilaian_id JOIN unit u ON u.id = r.unit_id WHERE (? = 0 OR"
	    " r.unit_id = ?) ORDER BY r.status DESC, r.id DESC LIMIT 500",
	    "ii", unit_id, unit_id);
	if (v == NULL)
		v = xcalloc(1, sizeof(*v));
	*np = n;
	return v;
}

int
spbe_sql_permintaan_get(struct store *s, int64_t rid, struct spbe_permintaan *r)
{
	struct store_stmt *st;
	int found = 0;

	st = store_query(s,
	    "SELECT " R_COLS " FROM spbe_permintaan r JOIN"
	    " spbe_penilaian p ON p.id = r.penilaian_id JOIN unit u ON u.id ="
	    " r.unit_id WHERE r.id = ?",
	    "i", rid);
	if (st == NULL)
		return -1;
	if (store_step(st) == STORE_ROW) {
		r_row(st, r);
		found = 1;
	}
	store_done(st);
	return found;
}

int
spbe_sql_permintaan_done(struct store *s, int64_t rid, time_t now)
{
	return store_run(s,
	    "UPDATE spbe_permintaan SET status = 'dipenuhi',"
	    " dipenuhi_pada = ? WHERE id = ? AND status = 'terbuka'",
	    "ii", (int64_t)now, rid);
}

/* ---------------------------------------------------------------------- */
/* Live evidence.                                                         */

int
spbe_sql_has_table(struct store *s, const char *name)
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

void
spbe_sql_layanan_counts(struct store *s, int64_t a, int64_t b,
    struct spbe_sql_layanan *c)
{
	c->nl = store_scalar(s, 0,
	    "SELECT count(*) FROM layanan WHERE active"
	    " = 1",
	    "");
	c->nf = store_scalar(s, 0,
	    "SELECT count(DISTINCT l.id) FROM layanan l"
	    " JOIN layanan_isian i ON i.layanan_id = l.id WHERE l.active = 1",
	    "");
	c->np = store_scalar(s, 0,
	    "SELECT count(*) FROM permohonan WHERE draft"
	    " = 0 AND submitted_at >= ? AND submitted_at < ?",
	    "ii", a, b);
	c->ns = store_scalar(s, 0,
	    "SELECT count(*) FROM permohonan WHERE"
	    " finished_at >= ? AND finished_at < ?",
	    "ii", a, b);
	/* on time: finished on or before the due date (WIB) */
	c->fin = store_scalar(s, 0,
	    "SELECT count(*) FROM permohonan WHERE"
	    " finished_at >= ? AND finished_at < ? AND due_date IS NOT NULL",
	    "ii", a, b);
	c->ontime = store_scalar(s, 0,
	    "SELECT count(*) FROM permohonan WHERE"
	    " finished_at >= ? AND finished_at < ? AND due_date IS NOT NULL"
	    " AND " SQL_DATE("finished_at + 25200") " <= due_date",
	    "ii", a, b);
}

int64_t
spbe_sql_dokumen_signed(struct store *s, int64_t a, int64_t b)
{
	return store_scalar(s, 0,
	    "SELECT count(*) FROM dokumen WHERE signed_at"
	    " >= ? AND signed_at < ?",
	    "ii", a, b);
}

int64_t
spbe_sql_dokumen_logged(struct store *s, int64_t a, int64_t b)
{
	return store_scalar(s, 0,
	    "SELECT count(*) FROM dokumen WHERE signed_at"
	    " >= ? AND signed_at < ? AND tlog_idx IS NOT NULL",
	    "ii", a, b);
}

int64_t
spbe_sql_layanan_complaints(struct store *s)
{
	return store_scalar(s, 0,
	    "SELECT count(*) FROM layanan WHERE active"
	    " = 1 AND complaints <> ''",
	    "");
}

void
spbe_sql_pengaduan_counts(struct store *s, int64_t a, int64_t b, long long *n,
    long long *done, long long *disp, long long *late)
{
	*n = store_scalar(s, 0,
	    "SELECT count(*) FROM pengaduan WHERE"
	    " created_at >= ? AND created_at < ?",
	    "ii", a, b);
	*done = store_scalar(s, 0,
	    "SELECT count(*) FROM pengaduan WHERE"
	    " created_at >= ? AND created_at < ? AND status = 'selesai'",
	    "ii", a, b);
	*disp = store_scalar(s, 0,
	    "SELECT count(*) FROM pengaduan WHERE"
	    " created_at >= ? AND created_at < ? AND unit_id IS NOT NULL",
	    "ii", a, b);
	*late = store_scalar(s, 0,
	    "SELECT count(*) FROM pengaduan WHERE"
	    " created_at >= ? AND created_at < ? AND terlambat = 1",
	    "ii", a, b);
}

int64_t
spbe_sql_audit_count(struct store *s)
{
	return store_scalar(s, 0, "SELECT count(*) FROM audit_event", "");
}

int64_t
spbe_sql_kasus_count(struct store *s)
{
	return store_scalar(s, 0, "SELECT count(*) FROM kasus", "");
}

int64_t
spbe_sql_pengaduan_kasus(struct store *s)
{
	return store_scalar(s, 0,
	    "SELECT count(*) FROM pengaduan WHERE"
	    " kasus_nomor <> ''",
	    "");
}
