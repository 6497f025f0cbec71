/* sql.c: the sakip module's SQL (see sql.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/store.h"
#include "sql.h"

int64_t
sakip_sql_unit(struct store *s, const char *code)
{
	return store_scalar(s, 0, "SELECT id FROM unit WHERE code = ?", "s",
	    code);
}

int64_t
sakip_sql_rencana(struct store *s, const char *jenis, int64_t unit_id,
    const char *nama, int awal, int akhir, int demo)
{
	int64_t id;

	id = store_scalar(s, 0,
	    "SELECT id FROM sakip_rencana WHERE jenis = ? AND"
	    " coalesce(unit_id, 0) = ? AND tahun_awal = ?",
	    "sid", jenis, unit_id, awal);
	if (id > 0)
		return id;
	if (store_run(s,
		"INSERT INTO sakip_rencana (jenis, unit_id, nama, tahun_awal,"
		" tahun_akhir, demo) VALUES (?, NULLIF(?, 0), ?, ?, ?, ?)",
		"sisddd", jenis, unit_id, nama, awal, akhir, demo) != 0)
		return 0;
	return store_last_id(s);
}

int64_t
sakip_sql_sasaran(struct store *s, int64_t rencana_id, int64_t induk_id,
    const char *jenis, const char *uraian)
{
	int64_t id;

	id = store_scalar(s, 0,
	    "SELECT id FROM sakip_sasaran WHERE rencana_id = ? AND"
	    " coalesce(induk_id, 0) = ? AND jenis = ? AND uraian = ?",
	    "iiss", rencana_id, induk_id, jenis, uraian);
	if (id > 0)
		return id;
	if (store_run(s,
		"INSERT INTO sakip_sasaran (rencana_id, induk_id, jenis,"
		" uraian, urutan) VALUES (?, NULLIF(?, 0), ?, ?,"
		" (SELECT count(*) FROM sakip_sasaran WHERE rencana_id = ?))",
		"iissi", rencana_id, induk_id, jenis, uraian, rencana_id) != 0)
		return 0;
	return store_last_id(s);
}

int
sakip_sql_ada_indikator(struct store *s)
{
	return store_scalar(s, 0, "SELECT count(*) FROM sakip_indikator", "") >
	    0;
}

int64_t
sakip_sql_indikator_id(struct store *s, const char *kode)
{
	return store_scalar(s, 0,
	    "SELECT id FROM sakip_indikator WHERE kode = ?", "s", kode);
}

int64_t
sakip_sql_indikator_add(struct store *s, const struct sakip_ind *d)
{
	int64_t id;

	if (store_run(s,
		"INSERT INTO sakip_indikator (sasaran_id, unit_id, kode, nama,"
		" satuan, polaritas, kumulatif, formula, sumber_data,"
		" jabatan_pj, induk_id, iku, urutan)"
		" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULLIF(?, 0), ?,"
		" (SELECT count(*) FROM sakip_indikator WHERE unit_id = ?))",
		"iissssdsssidi", d->sasaran_id, d->unit_id, d->kode, d->nama,
		d->satuan, d->polaritas, d->kumulatif, d->formula, d->sumber,
		d->jabatan, d->induk_id, d->iku, d->unit_id) != 0)
		return 0;
	id = store_last_id(s);
	if (d->ada_baseline &&
	    store_run(s, "UPDATE sakip_indikator SET baseline = ? WHERE id = ?",
		"ii", d->baseline, id) != 0)
		return 0;
	return id;
}

int
sakip_sql_target(struct store *s, int64_t ind, int tahun, int tw, int64_t nilai)
{
	if (store_run(s,
		"DELETE FROM sakip_target WHERE indikator_id = ? AND tahun = ?"
		" AND triwulan = ?",
		"idd", ind, tahun, tw) != 0)
		return -1;
	return store_run(s,
		   "INSERT INTO sakip_target (indikator_id, tahun, triwulan,"
		   " nilai) VALUES (?, ?, ?, ?)",
		   "iddi", ind, tahun, tw, nilai) == 0
	    ? 0
	    : -1;
}

int
sakip_sql_realisasi(struct store *s, int64_t ind, int tahun, int tw,
    int64_t nilai, const char *bukti_url, const char *status, int64_t oleh,
    int64_t at)
{
	if (store_run(s,
		"DELETE FROM sakip_realisasi WHERE indikator_id = ? AND"
		" tahun = ? AND triwulan = ?",
		"idd", ind, tahun, tw) != 0)
		return -1;
	return store_run(s,
		   "INSERT INTO sakip_realisasi (indikator_id, tahun, triwulan,"
		   " nilai, bukti_url, status, diajukan_oleh, diajukan_at)"
		   " VALUES (?, ?, ?, ?, ?, ?, NULLIF(?, 0), ?)",
		   "iddissii", ind, tahun, tw, nilai, bukti_url, status, oleh,
		   at) == 0
	    ? 0
	    : -1;
}

int
sakip_sql_verifikasi(struct store *s, int64_t ind, int tahun, int tw,
    const char *status, const char *alasan, int64_t oleh, int64_t at)
{
	if (store_run(s,
		"UPDATE sakip_realisasi SET status = ?, alasan_tolak = ?,"
		" diverifikasi_oleh = NULLIF(?, 0), diverifikasi_at = ?"
		" WHERE indikator_id = ? AND tahun = ? AND triwulan = ?"
		" AND status = 'diajukan'",
		"ssiiidd", status, alasan, oleh, at, ind, tahun, tw) != 0)
		return -1;
	return store_changes(s) > 0 ? 1 : 0;
}

static void
fill_ind(struct store_stmt *st, void *elem)
{
	struct sakip_ind *d = elem;

	d->id = store_int(st, 0);
	d->unit_id = store_int(st, 1);
	d->induk_id = store_int(st, 2);
	d->sasaran_id = store_int(st, 3);
	snprintf(d->kode, sizeof(d->kode), "%s", store_text(st, 4));
	snprintf(d->nama, sizeof(d->nama), "%s", store_text(st, 5));
	snprintf(d->satuan, sizeof(d->satuan), "%s", store_text(st, 6));
	snprintf(d->polaritas, sizeof(d->polaritas), "%s", store_text(st, 7));
	d->kumulatif = (int)store_int(st, 8);
	snprintf(d->formula, sizeof(d->formula), "%s", store_text(st, 9));
	snprintf(d->sumber, sizeof(d->sumber), "%s", store_text(st, 10));
	snprintf(d->jabatan, sizeof(d->jabatan), "%s", store_text(st, 11));
	d->ada_baseline = !store_isnull(st, 12);
	d->baseline = store_int(st, 12);
	d->iku = (int)store_int(st, 13);
	snprintf(d->unit_kode, sizeof(d->unit_kode), "%s", store_text(st, 14));
	snprintf(d->unit_nama, sizeof(d->unit_nama), "%s", store_text(st, 15));
	snprintf(d->sasaran, sizeof(d->sasaran), "%s", store_text(st, 16));
	snprintf(d->tujuan, sizeof(d->tujuan), "%s", store_text(st, 17));
	d->rpjmd = strcmp(store_text(st, 18), "rpjmd") == 0;
}

/* list state for the target and realisation walks */
struct nilai_arg {
	struct sakip_ind *v;
	size_t n;
	int real;
};

static struct sakip_ind *
cari(struct nilai_arg *a, int64_t id)
{
	size_t lo = 0, hi = a->n;

	while (lo < hi) { /* a->v is sorted by id for this walk */
		size_t mid = (lo + hi) / 2;

		if (a->v[mid].id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < a->n && a->v[lo].id == id ? &a->v[lo] : NULL;
}

static int
nilai_row(void *arg, struct store_stmt *st)
{
	struct nilai_arg *a = arg;
	struct sakip_ind *d = cari(a, store_int(st, 0));
	int tw = (int)store_int(st, 1);

	if (d == NULL)
		return 0;
	if (a->real && tw >= 1 && tw <= 4) {
		d->real[tw - 1] = store_int(st, 2);
		d->ada_real[tw - 1] = 1;
	} else if (!a->real && tw >= 0 && tw <= 4) {
		d->target[tw] = store_int(st, 2);
		d->ada_target[tw] = 1;
	}
	return 0;
}

static int
by_id(const void *x, const void *y)
{
	const struct sakip_ind *a = x, *b = y;

	return a->id < b->id ? -1 : a->id > b->id;
}

static int
by_order(const void *x, const void *y)
{
	const struct sakip_ind *a = x, *b = y;

	if (a->rpjmd != b->rpjmd)
		return b->rpjmd - a->rpjmd;
	if (a->rpjmd == 0) {
		int c = strcmp(a->unit_kode, b->unit_kode);

		if (c != 0)
			return c;
	}
	return a->id < b->id ? -1 : a->id > b->id;
}

struct sakip_ind *
sakip_sql_list(struct store *s, int64_t unit_id, int tahun, size_t *n)
{
	struct sakip_ind *v = NULL;
	struct nilai_arg a;
	int rc;

	*n = 0;
	rc = store_rows(s, &v, sizeof(*v), n, fill_ind,
	    "SELECT i.id, i.unit_id, coalesce(i.induk_id, 0), i.sasaran_id,"
	    " i.kode, i.nama, i.satuan, i.polaritas, i.kumulatif, i.formula,"
	    " i.sumber_data, i.jabatan_pj, i.baseline, i.iku, u.code, u.name,"
	    " s.uraian, coalesce(t.uraian, ''), r.jenis"
	    " FROM sakip_indikator i JOIN unit u ON u.id = i.unit_id"
	    " JOIN sakip_sasaran s ON s.id = i.sasaran_id"
	    " LEFT JOIN sakip_sasaran t ON t.id = s.induk_id"
	    " JOIN sakip_rencana r ON r.id = s.rencana_id"
	    " WHERE ? = 0 OR i.unit_id = ? ORDER BY i.id",
	    "ii", unit_id, unit_id);
	if (rc != STORE_DONE || *n == 0) {
		free(v);
		*n = 0;
		return NULL;
	}
	qsort(v, *n, sizeof(*v), by_id);
	a.v = v;
	a.n = *n;
	a.real = 0;
	rc = store_each(s, nilai_row, &a,
	    "SELECT t.indikator_id, t.triwulan, t.nilai FROM sakip_target t"
	    " JOIN sakip_indikator i ON i.id = t.indikator_id"
	    " WHERE t.tahun = ? AND (? = 0 OR i.unit_id = ?)",
	    "dii", tahun, unit_id, unit_id);
	a.real = 1;
	if (rc == STORE_DONE)
		rc = store_each(s, nilai_row, &a,
		    "SELECT r.indikator_id, r.triwulan, r.nilai"
		    " FROM sakip_realisasi r"
		    " JOIN sakip_indikator i ON i.id = r.indikator_id"
		    " WHERE r.tahun = ? AND r.status = 'diverifikasi'"
		    " AND (? = 0 OR i.unit_id = ?)",
		    "dii", tahun, unit_id, unit_id);
	if (rc != STORE_DONE) {
		free(v);
		*n = 0;
		return NULL;
	}
	qsort(v, *n, sizeof(*v), by_order);
	return v;
}

static int
tahun_row(void *arg, struct store_stmt *st)
{
	struct {
		int *out;
		size_t n, max;
	} *a = arg;

	if (a->n < a->max)
		a->out[a->n++] = (int)store_int(st, 0);
	return 0;
}

size_t
sakip_sql_tahun(struct store *s, int *out, size_t max)
{
	struct {
		int *out;
		size_t n, max;
	} a = { out, 0, max };

	store_each(s, tahun_row, &a,
	    "SELECT DISTINCT tahun FROM sakip_target ORDER BY tahun DESC", "");
	return a.n;
}

int64_t
sakip_sql_indikator_unit(struct store *s, int64_t ind)
{
	return store_scalar(s, 0,
	    "SELECT unit_id FROM sakip_indikator WHERE id = ?", "i", ind);
}

int
sakip_sql_status(struct store *s, int64_t ind, int tahun, int tw)
{
	return (int)store_scalar(s, 0,
	    "SELECT CASE status WHEN 'diajukan' THEN 1 WHEN 'diverifikasi'"
	    " THEN 2 ELSE 3 END FROM sakip_realisasi WHERE indikator_id = ?"
	    " AND tahun = ? AND triwulan = ?",
	    "idd", ind, tahun, tw);
}

int64_t
sakip_sql_pelapor(struct store *s, int64_t ind, int tahun, int tw)
{
	return store_scalar(s, 0,
	    "SELECT coalesce(diajukan_oleh, 0) FROM sakip_realisasi WHERE"
	    " indikator_id = ? AND tahun = ? AND triwulan = ?",
	    "idd", ind, tahun, tw);
}

struct antre_arg {
	void (*fn)(void *, const char *, const char *, const char *, int, int,
	    int64_t, const char *);
	void *arg;
};

static int
antre_row(void *arg, struct store_stmt *st)
{
	struct antre_arg *a = arg;

	a->fn(a->arg, store_text(st, 0), store_text(st, 1), store_text(st, 2),
	    (int)store_int(st, 3), (int)store_int(st, 4), store_int(st, 5),
	    store_text(st, 6));
	return 0;
}

int
sakip_sql_antre(struct store *s,
    void (*fn)(void *, const char *kode, const char *nama, const char *unit,
	int tahun, int tw, int64_t nilai, const char *bukti),
    void *arg)
{
	struct antre_arg a = { fn, arg };

	return store_each(s, antre_row, &a,
		   "SELECT i.kode, i.nama, u.name, r.tahun, r.triwulan,"
		   " r.nilai, r.bukti_url FROM sakip_realisasi r"
		   " JOIN sakip_indikator i ON i.id = r.indikator_id"
		   " JOIN unit u ON u.id = i.unit_id"
		   " WHERE r.status = 'diajukan'"
		   " ORDER BY r.diajukan_at, i.kode LIMIT 200",
		   "") == STORE_DONE
	    ? 0
	    : -1;
}

int
sakip_sql_dokumen_simpan(struct store *s, const char *jenis, int64_t unit_id,
    int tahun, int64_t oleh, int64_t at, const char *sha256, int64_t ukuran)
{
	if (store_run(s,
		"DELETE FROM sakip_dokumen WHERE jenis = ? AND unit_id = ? AND"
		" tahun = ?",
		"sid", jenis, unit_id, tahun) != 0)
		return -1;
	return store_run(s,
		   "INSERT INTO sakip_dokumen (jenis, unit_id, tahun,"
		   " penandatangan_id, ditandatangani_at, sha256, ukuran)"
		   " VALUES (?, ?, ?, ?, ?, ?, ?)",
		   "sidiisi", jenis, unit_id, tahun, oleh, at, sha256,
		   ukuran) == 0
	    ? 0
	    : -1;
}

int
sakip_sql_dokumen(struct store *s, const char *jenis, int64_t unit_id,
    int tahun, char sha256[65], int64_t *at)
{
	struct store_stmt *st;
	int rc = 0;

	st = store_query(s,
	    "SELECT sha256, ditandatangani_at FROM sakip_dokumen WHERE"
	    " jenis = ? AND unit_id = ? AND tahun = ?",
	    "sid", jenis, unit_id, tahun);
	if (st == NULL)
		return -1;
	if (store_step(st) == STORE_ROW) {
		snprintf(sha256, 65, "%s", store_text(st, 0));
		*at = store_int(st, 1);
		rc = 1;
	}
	store_done(st);
	return rc;
}

int
sakip_sql_pk_penanda(struct store *s, int64_t unit_id, int tahun,
    int64_t *kepala, int64_t *atasan, int64_t *atasan_at)
{
	struct store_stmt *st;
	int rc = 0;

	st = store_query(s,
	    "SELECT penandatangan_id, coalesce(atasan_id, 0),"
	    " coalesce(atasan_at, 0) FROM sakip_dokumen WHERE jenis = 'pk'"
	    " AND unit_id = ? AND tahun = ?",
	    "id", unit_id, tahun);
	if (st == NULL)
		return -1;
	if (store_step(st) == STORE_ROW) {
		*kepala = store_int(st, 0);
		*atasan = store_int(st, 1);
		*atasan_at = store_int(st, 2);
		rc = 1;
	}
	store_done(st);
	return rc;
}

int
sakip_sql_pk_kontrasign(struct store *s, int64_t unit_id, int tahun,
    const char *sha256, int64_t ukuran, int64_t atasan, int64_t at)
{
	if (store_run(s,
		"UPDATE sakip_dokumen SET sha256 = ?, ukuran = ?, atasan_id = ?,"
		" atasan_at = ? WHERE jenis = 'pk' AND unit_id = ? AND"
		" tahun = ? AND atasan_id IS NULL",
		"siiiid", sha256, ukuran, atasan, at, unit_id, tahun) != 0)
		return -1;
	return store_changes(s) > 0 ? 1 : 0;
}

int
sakip_sql_dpa(struct store *s, int64_t unit_id, int tahun, char out[11])
{
	struct store_stmt *st;
	int rc = 0;

	st = store_query(s,
	    "SELECT tanggal FROM sakip_dpa WHERE unit_id = ? AND tahun = ?",
	    "id", unit_id, tahun);
	if (st == NULL)
		return -1;
	if (store_step(st) == STORE_ROW) {
		snprintf(out, 11, "%s", store_text(st, 0));
		rc = 1;
	}
	store_done(st);
	return rc;
}

int
sakip_sql_dpa_simpan(struct store *s, int64_t unit_id, int tahun,
    const char *tanggal)
{
	if (store_run(s,
		"DELETE FROM sakip_dpa WHERE unit_id = ? AND tahun = ?", "id",
		unit_id, tahun) != 0)
		return -1;
	return store_run(s,
		   "INSERT INTO sakip_dpa (unit_id, tahun, tanggal) VALUES"
		   " (?, ?, ?)",
		   "ids", unit_id, tahun, tanggal) == 0
	    ? 0
	    : -1;
}

int
sakip_sql_lhp_tambah(struct store *s, const char *sumber, const char *nomor,
    const char *judul, int64_t unit_id, const char *diterima, int batas_hari)
{
	return store_run(s,
		   "INSERT INTO sakip_lhp (sumber, nomor, judul, unit_id,"
		   " diterima, batas_hari) VALUES (?, ?, ?, ?, ?, ?)",
		   "sssisd", sumber, nomor, judul, unit_id, diterima,
		   batas_hari) == 0
	    ? 0
	    : -1;
}

int64_t
sakip_sql_lhp(struct store *s, const char *nomor, char diterima[11],
    int *batas_hari, int64_t *unit_id)
{
	struct store_stmt *st;
	int64_t id = 0;

	st = store_query(s,
	    "SELECT id, diterima, batas_hari, unit_id FROM sakip_lhp WHERE"
	    " nomor = ?",
	    "s", nomor);
	if (st == NULL)
		return -1;
	if (store_step(st) == STORE_ROW) {
		id = store_int(st, 0);
		snprintf(diterima, 11, "%s", store_text(st, 1));
		*batas_hari = (int)store_int(st, 2);
		*unit_id = store_int(st, 3);
	}
	store_done(st);
	return id;
}

int64_t
sakip_sql_rekomendasi_tambah(struct store *s, int64_t lhp, const char *temuan,
    const char *rekomendasi, const char *batas, int64_t now)
{
	if (store_run(s,
		"INSERT INTO sakip_rekomendasi (lhp_id, temuan, rekomendasi,"
		" batas, diubah_at) VALUES (?, ?, ?, ?, ?)",
		"isssi", lhp, temuan, rekomendasi, batas, now) != 0)
		return 0;
	return store_last_id(s);
}

int64_t
sakip_sql_rekomendasi_unit(struct store *s, int64_t id)
{
	return store_scalar(s, 0,
	    "SELECT l.unit_id FROM sakip_rekomendasi r JOIN sakip_lhp l ON"
	    " l.id = r.lhp_id WHERE r.id = ?",
	    "i", id);
}

int
sakip_sql_rekomendasi_status(struct store *s, int64_t id, const char *status,
    const char *uraian, const char *bukti, const char *telaah, int64_t now)
{
	return store_run(s,
		   "UPDATE sakip_rekomendasi SET status = ?, tindak_lanjut ="
		   " CASE WHEN ? = '' THEN tindak_lanjut ELSE ? END,"
		   " bukti_url = CASE WHEN ? = '' THEN bukti_url ELSE ? END,"
		   " telaah = ?, diubah_at = ? WHERE id = ?",
		   "ssssssii", status, uraian, uraian, bukti, bukti, telaah,
		   now, id) == 0
	    ? 0
	    : -1;
}

int
sakip_sql_tindak_lanjut(struct store *s, int64_t id, const char *uraian,
    const char *bukti, const char *berkas, int64_t now)
{
	return store_run(s,
		   "UPDATE sakip_rekomendasi SET tindak_lanjut = ?,"
		   " bukti_url = ?, bukti_berkas = ?, diajukan_at = ?,"
		   " diubah_at = ? WHERE id = ?",
		   "sssiii", uraian, bukti, berkas, now, now, id) == 0
	    ? 0
	    : -1;
}

int
sakip_sql_tl_berkas(struct store *s, int64_t id, char out[65], int64_t *unit_id)
{
	struct store_stmt *st;
	int rc = 0;

	st = store_query(s,
	    "SELECT r.bukti_berkas, l.unit_id FROM sakip_rekomendasi r"
	    " JOIN sakip_lhp l ON l.id = r.lhp_id WHERE r.id = ? AND"
	    " r.bukti_berkas <> ''",
	    "i", id);
	if (st == NULL)
		return -1;
	if (store_step(st) == STORE_ROW) {
		snprintf(out, 65, "%s", store_text(st, 0));
		*unit_id = store_int(st, 1);
		rc = 1;
	}
	store_done(st);
	return rc;
}

int
sakip_sql_terbit(struct store *s, int64_t id, int terbit)
{
	return store_run(s,
		   "UPDATE sakip_rekomendasi SET terbit = ? WHERE id = ?", "di",
		   terbit, id) == 0
	    ? 0
	    : -1;
}

int64_t
sakip_sql_pkpt_tambah(struct store *s, int tahun, int64_t unit_id,
    const char *kegiatan)
{
	if (store_run(s,
		"INSERT INTO sakip_pkpt (tahun, unit_id, kegiatan) VALUES"
		" (?, ?, ?)",
		"dis", tahun, unit_id, kegiatan) != 0)
		return 0;
	return store_last_id(s);
}

static void
fill_pkpt(struct store_stmt *st, void *elem)
{
	struct sakip_pkpt *p = elem;

	p->id = store_int(st, 0);
	p->tahun = (int)store_int(st, 1);
	snprintf(p->unit, sizeof(p->unit), "%s", store_text(st, 2));
	snprintf(p->kegiatan, sizeof(p->kegiatan), "%s", store_text(st, 3));
}

struct sakip_pkpt *
sakip_sql_pkpt(struct store *s, int tahun, size_t *n)
{
	struct sakip_pkpt *v = NULL;

	*n = 0;
	if (store_rows(s, &v, sizeof(*v), n, fill_pkpt,
		"SELECT p.id, p.tahun, u.name, p.kegiatan FROM sakip_pkpt p"
		" JOIN unit u ON u.id = p.unit_id WHERE ? = 0 OR p.tahun = ?"
		" ORDER BY p.tahun DESC, u.name, p.id LIMIT 500",
		"dd", tahun, tahun) != STORE_DONE) {
		free(v);
		*n = 0;
		return NULL;
	}
	return v;
}

static void
fill_rek(struct store_stmt *st, void *elem)
{
	struct sakip_rek *k = elem;

	k->id = store_int(st, 0);
	k->unit_id = store_int(st, 1);
	k->diajukan_at = store_int(st, 2);
	k->eskalasi_at = store_int(st, 3);
	k->terbit = (int)store_int(st, 4);
	snprintf(k->nomor, sizeof(k->nomor), "%s", store_text(st, 5));
	snprintf(k->sumber, sizeof(k->sumber), "%s", store_text(st, 6));
	snprintf(k->judul, sizeof(k->judul), "%s", store_text(st, 7));
	snprintf(k->unit, sizeof(k->unit), "%s", store_text(st, 8));
	snprintf(k->unit_kode, sizeof(k->unit_kode), "%s", store_text(st, 9));
	snprintf(k->temuan, sizeof(k->temuan), "%s", store_text(st, 10));
	snprintf(k->rekomendasi, sizeof(k->rekomendasi), "%s",
	    store_text(st, 11));
	snprintf(k->status, sizeof(k->status), "%s", store_text(st, 12));
	snprintf(k->batas, sizeof(k->batas), "%s", store_text(st, 13));
	snprintf(k->tindak_lanjut, sizeof(k->tindak_lanjut), "%s",
	    store_text(st, 14));
	snprintf(k->bukti, sizeof(k->bukti), "%s", store_text(st, 15));
	snprintf(k->telaah, sizeof(k->telaah), "%s", store_text(st, 16));
	snprintf(k->berkas, sizeof(k->berkas), "%s", store_text(st, 17));
}

struct sakip_rek *
sakip_sql_rek(struct store *s, int64_t unit_id, int terbit, size_t *n)
{
	struct sakip_rek *v = NULL;

	*n = 0;
	if (store_rows(s, &v, sizeof(*v), n, fill_rek,
		"SELECT r.id, l.unit_id, coalesce(r.diajukan_at, 0),"
		" coalesce(r.eskalasi_at, 0), r.terbit, l.nomor, l.sumber,"
		" l.judul, u.name, u.code, r.temuan, r.rekomendasi, r.status,"
		" r.batas, r.tindak_lanjut, r.bukti_url, r.telaah,"
		" r.bukti_berkas FROM sakip_rekomendasi r JOIN sakip_lhp l ON l.id = r.lhp_id"
		" JOIN unit u ON u.id = l.unit_id"
		" WHERE (? = 0 OR l.unit_id = ?) AND (? = 0 OR r.terbit = 1)"
		" ORDER BY l.diterima DESC, l.id DESC, r.id LIMIT 500",
		"iid", unit_id, unit_id, terbit) != STORE_DONE) {
		free(v);
		*n = 0;
		return NULL;
	}
	return v;
}

struct lewat_arg {
	void (*fn)(void *, int64_t, int64_t);
	void *arg;
};

static int
lewat_row(void *arg, struct store_stmt *st)
{
	struct lewat_arg *a = arg;

	a->fn(a->arg, store_int(st, 0), store_int(st, 1));
	return 0;
}

int
sakip_sql_lewat_batas(struct store *s, const char *kini,
    void (*fn)(void *, int64_t id, int64_t unit), void *arg)
{
	struct lewat_arg a = { fn, arg };

	return store_each(s, lewat_row, &a,
		   "SELECT r.id, l.unit_id FROM sakip_rekomendasi r"
		   " JOIN sakip_lhp l ON l.id = r.lhp_id"
		   " WHERE r.status IN ('belum_ditindaklanjuti',"
		   " 'belum_sesuai') AND r.batas < ? AND r.eskalasi_at IS NULL"
		   " ORDER BY r.id LIMIT 256",
		   "s", kini) == STORE_DONE
	    ? 0
	    : -1;
}

int
sakip_sql_eskalasi(struct store *s, int64_t id, int64_t now)
{
	if (store_run(s,
		"UPDATE sakip_rekomendasi SET eskalasi_at = ? WHERE id = ? AND"
		" eskalasi_at IS NULL",
		"ii", now, id) != 0)
		return -1;
	return store_changes(s) > 0 ? 1 : 0;
}

static void
fill_tl(struct store_stmt *st, void *elem)
{
	struct sakip_tl *t = elem;

	snprintf(t->unit, sizeof(t->unit), "%s", store_text(st, 0));
	t->total = store_int(st, 1);
	t->sesuai = store_int(st, 2);
	t->belum_sesuai = store_int(st, 3);
	t->belum = store_int(st, 4);
	t->tidak_dapat = store_int(st, 5);
	t->lewat = store_int(st, 6);
}

struct sakip_tl *
sakip_sql_tl(struct store *s, size_t *n)
{
	struct sakip_tl *v = NULL;

	*n = 0;
	if (store_rows(s, &v, sizeof(*v), n, fill_tl,
		"SELECT u.name, count(*),"
		" sum(CASE WHEN r.status = 'sesuai' THEN 1 ELSE 0 END),"
		" sum(CASE WHEN r.status = 'belum_sesuai' THEN 1 ELSE 0 END),"
		" sum(CASE WHEN r.status = 'belum_ditindaklanjuti' THEN 1"
		" ELSE 0 END),"
		" sum(CASE WHEN r.status = 'tidak_dapat_ditindaklanjuti'"
		" THEN 1 ELSE 0 END),"
		" sum(CASE WHEN r.eskalasi_at IS NOT NULL AND r.status IN"
		" ('belum_ditindaklanjuti', 'belum_sesuai') THEN 1 ELSE 0 END)"
		" FROM sakip_rekomendasi r JOIN sakip_lhp l ON l.id = r.lhp_id"
		" JOIN unit u ON u.id = l.unit_id GROUP BY u.id, u.name"
		" ORDER BY u.name",
		"") != STORE_DONE) {
		free(v);
		*n = 0;
		return NULL;
	}
	return v;
}

int
sakip_sql_skor_simpan(struct store *s, const char *jenis, int tahun, int nilai,
    const char *dokumen, const char *tanggal, const char *tautan,
    const char *berkas, int64_t oleh, int64_t at)
{
	if (store_run(s, "DELETE FROM sakip_skor WHERE jenis = ? AND tahun = ?",
		"sd", jenis, tahun) != 0)
		return -1;
	return store_run(s,
		   "INSERT INTO sakip_skor (jenis, tahun, nilai, dokumen,"
		   " tanggal, tautan, berkas, dicatat_oleh, dicatat_at) VALUES"
		   " (?, ?, ?, ?, ?, ?, ?, NULLIF(?, 0), ?)",
		   "sddssssii", jenis, tahun, nilai, dokumen, tanggal, tautan,
		   berkas, oleh, at) == 0
	    ? 0
	    : -1;
}

static void
fill_skor(struct store_stmt *st, void *elem)
{
	struct sakip_skor *k = elem;

	snprintf(k->jenis, sizeof(k->jenis), "%s", store_text(st, 0));
	k->tahun = (int)store_int(st, 1);
	k->nilai = (int)store_int(st, 2);
	snprintf(k->dokumen, sizeof(k->dokumen), "%s", store_text(st, 3));
	snprintf(k->tanggal, sizeof(k->tanggal), "%s", store_text(st, 4));
	snprintf(k->tautan, sizeof(k->tautan), "%s", store_text(st, 5));
	snprintf(k->berkas, sizeof(k->berkas), "%s", store_text(st, 6));
}

struct sakip_skor *
sakip_sql_skor(struct store *s, size_t *n)
{
	struct sakip_skor *v = NULL;

	*n = 0;
	if (store_rows(s, &v, sizeof(*v), n, fill_skor,
		"SELECT jenis, tahun, nilai, dokumen, tanggal, tautan, berkas"
		" FROM sakip_skor ORDER BY jenis, tahun LIMIT 1000",
		"") != STORE_DONE) {
		free(v);
		*n = 0;
		return NULL;
	}
	return v;
}

int
sakip_sql_skor_berkas(struct store *s, const char *jenis, int tahun,
    char out[65])
{
	struct store_stmt *st;
	int rc = 0;

	st = store_query(s,
	    "SELECT berkas FROM sakip_skor WHERE jenis = ? AND tahun = ? AND"
	    " berkas <> ''",
	    "sd", jenis, tahun);
	if (st == NULL)
		return -1;
	if (store_step(st) == STORE_ROW) {
		snprintf(out, 65, "%s", store_text(st, 0));
		rc = 1;
	}
	store_done(st);
	return rc;
}
