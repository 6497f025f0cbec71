/* sql.c: the pengaduan module's statements (see sql.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lib/str.h"
#include "lib/xalloc.h"
#include "store/store.h"
#include "pengaduan_data.h"
#include "sql.h"

#define ROW_COLS                                                               \
	" p.id, p.nomor, p.kode_lacak, p.jenis, p.judul, p.kategori,"          \
	" p.wilayah_code, coalesce(w.name, ''), coalesce(p.unit_id, 0),"       \
	" coalesce(u.code, ''), coalesce(u.name, ''), p.status, p.batas,"      \
	" p.terlambat, p.eskalasi, coalesce(p.nilai, 0), p.anonim,"            \
	" p.rahasia, p.dibuka_kembali, p.ditanggapi, p.created_at,"            \
	" coalesce(p.closed_at, 0), p.pelapor_id, a.full_name"
#define ROW_FROM                                                               \
	" FROM pengaduan p JOIN account a ON a.id = p.pelapor_id"              \
	" LEFT JOIN wilayah w ON w.code = p.wilayah_code"                      \
	" LEFT JOIN unit u ON u.id = p.unit_id"

int
pengaduan_sql_history_add(struct store *s, int64_t id, time_t now,
    int64_t actor, const char *tindakan, const char *dari, const char *ke,
    int64_t unit_id)
{
	return store_run(s,
	    "INSERT INTO pengaduan_riwayat"
	    "(pengaduan_id, at, actor_id, tindakan, dari, ke, unit_id) VALUES"
	    " (?, ?, nullif(?, 0), ?, ?, ?, nullif(?, 0))",
	    "iiisssi", id, (int64_t)now, actor, tindakan, dari, ke, unit_id);
}

int
pengaduan_sql_message_add(struct store *s, int64_t id, time_t now,
    int64_t actor, const char *peran, const char *tindakan, const char *isi)
{
	return store_run(s,
	    "INSERT INTO pengaduan_pesan(pengaduan_id,"
	    " at, actor_id, peran, tindakan, isi) VALUES (?, ?, nullif(?, 0),"
	    " ?, ?, ?)",
	    "iiisss", id, (int64_t)now, actor, peran, tindakan, isi);
}

/* The caller's array of pengaduan_sql_admins() (64, the query's LIMIT). */
struct admins {
	int64_t *ids;
	int n;
};

static int
admin_row(void *arg, struct store_stmt *st)
{
	struct admins *r = arg;

	r->ids[r->n++] = store_int(st, 0);
	return 0;
}

int
pengaduan_sql_admins(struct store *s, int64_t ids[64])
{
	struct admins r = { ids, 0 };

	if (store_each(s, admin_row, &r,
		"SELECT DISTINCT a.id FROM account a"
		" JOIN account_role r ON r.account_id = a.id WHERE a.disabled = 0"
		" AND r.role = 'admin_pengaduan' ORDER BY a.id LIMIT 64",
		"") == STORE_NOSTMT)
		return -1;
	return r.n;
}

int
pengaduan_sql_close_info(struct store *s, int64_t id, char *unit,
    size_t unitlen, char *kategori, size_t kategorilen)
{
	struct store_stmt *st;
	int found = 0;

	st = store_query(s,
	    "SELECT coalesce(u.code, ''), p.kategori FROM"
	    " pengaduan p LEFT JOIN unit u ON u.id = p.unit_id WHERE p.id = ?",
	    "i", id);
	if (st != NULL && store_step(st) == STORE_ROW) {
		str_field(unit, unitlen, store_text(st, 0));
		str_field(kategori, kategorilen, store_text(st, 1));
		found = 1;
	}
	store_done(st);
	return found;
}

int64_t
pengaduan_sql_desa_count(struct store *s, const char *code)
{
	return store_scalar(s, 0,
	    "SELECT"
	    " count(*) FROM wilayah WHERE code = ? AND level = 'desa'",
	    "s", code);
}

int
pengaduan_sql_last_desa(struct store *s, int64_t account_id, char *out,
    size_t size)
{
	struct store_stmt *st;
	int found = 0;

	out[0] = '\0';
	st = store_query(s,
	    "SELECT w FROM (SELECT wilayah_code AS w, created_at AS t"
	    " FROM pengaduan WHERE pelapor_id = ? UNION ALL"
	    " SELECT wilayah_code, created_at FROM permohonan"
	    " WHERE pemohon_id = ? AND draft = 0) x ORDER BY t DESC LIMIT 1",
	    "ii", account_id, account_id);
	if (st == NULL)
		return 0;
	if (store_step(st) == STORE_ROW)
		found = str_copy(out, size, store_text(st, 0)) == 0;
	store_done(st);
	return found;
}

int64_t
pengaduan_sql_unit_id(struct store *s, const char *code)
{
	return store_scalar(s, 0,
	    "SELECT id FROM unit WHERE code = ? AND active = 1", "s", code);
}

int64_t
pengaduan_sql_next_urut(struct store *s, int year)
{
	return store_scalar(s, 0,
	    "SELECT coalesce(max(urut), 0) + 1 FROM"
	    " pengaduan WHERE tahun = ?",
	    "d", year);
}

int
pengaduan_sql_insert(struct store *s, const char *nomor, int year, int64_t urut,
    const char *kode, const char *jenis, const char *judul, const char *isi,
    const char *kategori, const char *wilayah, int64_t unit_tujuan_id,
    int64_t pelapor_id, int anonim, int rahasia, int64_t rahasia_oleh,
    const char *batas, time_t now)
{
	return store_run(s,
	    "INSERT INTO pengaduan(nomor, tahun, urut,"
	    " kode_lacak, jenis, judul, isi, kategori, wilayah_code,"
	    " unit_tujuan_id, pelapor_id, anonim, rahasia, rahasia_oleh,"
	    " status, batas, created_at, updated_at) VALUES (?, ?, ?, ?,"
	    " ?, ?, ?, ?, ?, nullif(?, 0), ?, ?, ?, nullif(?, 0),"
	    " 'baru', ?, ?, ?)",
	    "sdissssssiiddisii", nomor, year, urut, kode, jenis, judul, isi,
	    kategori, wilayah, unit_tujuan_id, pelapor_id, anonim, rahasia,
	    rahasia_oleh, batas, (int64_t)now, (int64_t)now);
}

int
pengaduan_sql_berkas_add(struct store *s, int64_t id, int pos,
    const char *sha256, const char *filename, const char *mime, int64_t size,
    time_t now)
{
	return store_run(s,
	    "INSERT INTO pengaduan_berkas(pengaduan_id,"
	    " pos, sha256, filename, mime, size, uploaded_at) VALUES"
	    " (?, ?, ?, ?, ?, ?, ?)",
	    "idsssii", id, pos, sha256, filename, mime, size, (int64_t)now);
}

int
pengaduan_sql_set_kasus(struct store *s, int64_t id, const char *kasus)
{
	return store_run(s,
	    "UPDATE pengaduan"
	    " SET kasus_nomor = ? WHERE id = ?",
	    "si", kasus, id);
}

int
pengaduan_sql_cur(struct store *s, const char *nomor, struct pengaduan_cur *c)
{
	struct store_stmt *st;
	int rc = -1;

	memset(c, 0, sizeof(*c));
	st = store_query(s,
	    "SELECT id, nomor, status, coalesce(unit_id, 0),"
	    " pelapor_id, anonim, rahasia, coalesce(nilai, 0), dibuka_kembali,"
	    " ditanggapi, judul FROM pengaduan WHERE nomor = ?",
	    "s", nomor);
	if (st != NULL && store_step(st) == STORE_ROW) {
		c->id = store_int(st, 0);
		snprintf(c->nomor, sizeof(c->nomor), "%s", store_text(st, 1));
		snprintf(c->status, sizeof(c->status), "%s", store_text(st, 2));
		c->unit_id = store_int(st, 3);
		c->pelapor_id = store_int(st, 4);
		c->anonim = (int)store_int(st, 5);
		c->rahasia = (int)store_int(st, 6);
		c->nilai = (int)store_int(st, 7);
		c->dibuka_kembali = (int)store_int(st, 8);
		c->ditanggapi = (int)store_int(st, 9);
		snprintf(c->judul, sizeof(c->judul), "%s", store_text(st, 10));
		rc = 0;
	}
	store_done(st);
	return rc;
}

int
pengaduan_sql_dispose(struct store *s, int64_t id, const char *to,
    int64_t unit_id, const char *batas, time_t now)
{
	return store_run(s,
	    "UPDATE pengaduan SET status = ?, unit_id = ?,"
	    " batas = ?, eskalasi = 0, updated_at = ? WHERE id = ?",
	    "sisii", to, unit_id, batas, (int64_t)now, id);
}

int
pengaduan_sql_close(struct store *s, int64_t id, const char *to,
    const char *catatan, time_t now)
{
	return store_run(s,
	    "UPDATE pengaduan SET status = ?, batas = '',"
	    " instansi_rujukan = CASE WHEN ? = 'bukan_wewenang' THEN ?"
	    " ELSE instansi_rujukan END, alasan_arsip = CASE WHEN ? ="
	    " 'diarsipkan' THEN ? ELSE alasan_arsip END, updated_at = ?,"
	    " closed_at = ? WHERE id = ?",
	    "sssssiii", to, to, catatan, to, catatan, (int64_t)now,
	    (int64_t)now, id);
}

int
pengaduan_sql_rahasiakan(struct store *s, int64_t id, int64_t actor, time_t now)
{
	return store_run(s,
	    "UPDATE pengaduan SET rahasia = 1, rahasia_oleh"
	    " = ?, updated_at = ? WHERE id = ?",
	    "iii", actor, (int64_t)now, id);
}

int
pengaduan_sql_answer(struct store *s, int64_t id, const char *to,
    const char *batas, time_t now)
{
	return store_run(s,
	    "UPDATE pengaduan SET status = ?, batas = ?,"
	    " eskalasi = 0, ditanggapi = ditanggapi + 1, updated_at = ?"
	    " WHERE id = ?",
	    "ssii", to, batas, (int64_t)now, id);
}

int
pengaduan_sql_reopen(struct store *s, int64_t id, const char *to,
    const char *batas, int reopen, time_t now)
{
	return store_run(s,
	    "UPDATE pengaduan SET status = ?, batas = ?,"
	    " eskalasi = 0, closed_at = NULL, nilai = CASE WHEN ? <> 0"
	    " THEN NULL ELSE nilai END, dibuka_kembali = CASE WHEN ? <> 0"
	    " THEN 1 ELSE dibuka_kembali END,"
	    " updated_at = ? WHERE id = ?",
	    "ssddii", to, batas, reopen, reopen, (int64_t)now, id);
}

int
pengaduan_sql_rate(struct store *s, int64_t id, int nilai, time_t now)
{
	return store_run(s,
	    "UPDATE pengaduan SET status = 'selesai', batas"
	    " = '', nilai = ?, updated_at = ?, closed_at = coalesce("
	    "closed_at, ?) WHERE id = ?",
	    "diii", nilai, (int64_t)now, (int64_t)now, id);
}

static void
due_fill(struct store_stmt *st, void *elem)
{
	struct pengaduan_due *d = elem;

	d->id = store_int(st, 0);
	snprintf(d->nomor, sizeof(d->nomor), "%s", store_text(st, 1));
	snprintf(d->status, sizeof(d->status), "%s", store_text(st, 2));
	snprintf(d->batas, sizeof(d->batas), "%s", store_text(st, 3));
	d->unit_id = store_int(st, 4);
	d->pelapor_id = store_int(st, 5);
	d->eskalasi = (int)store_int(st, 6);
	snprintf(d->kategori, sizeof(d->kategori), "%s", store_text(st, 7));
}

int
pengaduan_sql_due(struct store *s, const char *today, struct pengaduan_due **vp,
    int *np)
{
	struct pengaduan_due *v = NULL;
	size_t n = 0;

	if (store_rows(s, &v, sizeof(*v), &n, due_fill,
		"SELECT id, nomor,"
		" status, batas, coalesce(unit_id, 0), pelapor_id, eskalasi,"
		" kategori FROM pengaduan WHERE status IN"
		" ('baru','didisposisi','ditanggapi') AND batas <> '' AND batas < ?"
		" ORDER BY id LIMIT 500",
		"s", today) == STORE_NOSTMT)
		return -1;
	*vp = v;
	*np = (int)n;
	return 0;
}

int
pengaduan_sql_auto_close(struct store *s, int64_t id, const char *batas,
    time_t now)
{
	return store_run(s,
	    "UPDATE pengaduan SET status = 'selesai',"
	    " batas = '', updated_at = ?, closed_at = ? WHERE id = ? AND"
	    " status = 'ditanggapi' AND batas = ?",
	    "iiis", (int64_t)now, (int64_t)now, id, batas);
}

int
pengaduan_sql_escalate(struct store *s, int64_t id, int level,
    const char *status, const char *batas, time_t now)
{
	return store_run(s,
	    "UPDATE pengaduan SET terlambat = 1, eskalasi = ?,"
	    " updated_at = ? WHERE id = ? AND status = ? AND batas = ? AND"
	    " eskalasi = ?",
	    "diissd", level, (int64_t)now, id, status, batas, level - 1);
}

int64_t
pengaduan_sql_id(struct store *s, const char *nomor)
{
	return store_scalar(s, 0, "SELECT id FROM pengaduan WHERE nomor = ?",
	    "s", nomor);
}

int64_t
pengaduan_sql_id_lacak(struct store *s, const char *kode)
{
	return store_scalar(s, 0,
	    "SELECT id FROM pengaduan WHERE"
	    " kode_lacak = ?",
	    "s", kode);
}

int64_t
pengaduan_sql_count(struct store *s, int64_t id)
{
	return store_scalar(s, 0,
	    "SELECT count(*) FROM pengaduan"
	    " WHERE id = ?",
	    "i", id);
}

int64_t
pengaduan_sql_count_for(struct store *s, int64_t id, int64_t aid, int unit,
    int64_t unit_id)
{
	return store_scalar(s, 0,
	    "SELECT count(*) FROM pengaduan WHERE"
	    " id = ? AND (pelapor_id = ? OR (? AND unit_id = ?))",
	    "iiii", id, aid, (int64_t)unit, unit_id);
}

/* Fill r from a row of ROW_COLS as stored. */
static void
row_read(struct store_stmt *st, struct pengaduan_row *r)
{
	memset(r, 0, sizeof(*r));
	r->id = store_int(st, 0);
	str_field(r->nomor, sizeof(r->nomor), store_text(st, 1));
	str_field(r->kode_lacak, sizeof(r->kode_lacak), store_text(st, 2));
	str_field(r->jenis, sizeof(r->jenis), store_text(st, 3));
	str_field(r->judul, sizeof(r->judul), store_text(st, 4));
	str_field(r->kategori, sizeof(r->kategori), store_text(st, 5));
	str_field(r->wilayah_code, sizeof(r->wilayah_code), store_text(st, 6));
	str_field(r->wilayah_name, sizeof(r->wilayah_name), store_text(st, 7));
	r->unit_id = store_int(st, 8);
	str_field(r->unit_code, sizeof(r->unit_code), store_text(st, 9));
	str_field(r->unit_name, sizeof(r->unit_name), store_text(st, 10));
	str_field(r->status, sizeof(r->status), store_text(st, 11));
	str_field(r->batas, sizeof(r->batas), store_text(st, 12));
	r->terlambat = (int)store_int(st, 13);
	r->eskalasi = (int)store_int(st, 14);
	r->nilai = (int)store_int(st, 15);
	r->anonim = (int)store_int(st, 16);
	r->rahasia = (int)store_int(st, 17);
	r->dibuka_kembali = (int)store_int(st, 18);
	r->ditanggapi = (int)store_int(st, 19);
	r->created_at = (time_t)store_int(st, 20);
	r->closed_at = (time_t)store_int(st, 21);
	r->pelapor_id = store_int(st, 22);
}

/*
 * The callback of pengaduan_sql_each_row() with its argument, called for
 * each row.
 */
struct row_walk {
	pengaduan_sql_row_fn fn;
	void *arg;
};

static int
row_walk_row(void *a, struct store_stmt *st)
{
	struct row_walk *w = a;
	struct pengaduan_row r;

	row_read(st, &r);
	return w->fn(w->arg, &r, store_text(st, 23), NULL);
}

int
pengaduan_sql_each_row(struct store *s, enum pengaduan_sql_where w, int64_t vid,
    int64_t unit_id, const char *today, int limit, pengaduan_sql_row_fn fn,
    void *arg)
{
	struct row_walk wk = { fn, arg };
	const char *where;
	char *sql;
	int rc;

	switch (w) {
	case PENGADUAN_SQL_MINE:
		where = "p.pelapor_id = ?1";
		break;
	case PENGADUAN_SQL_ALL:
		where = "?1 = ?1";
		break;
	case PENGADUAN_SQL_UNIT:
		where = "p.unit_id = ?2";
		break;
	case PENGADUAN_SQL_NONE:
		where = "0";
		break;
	default:
		where = "p.rahasia = 0 AND ?1 = ?1";
		break;
	}
	sql = xasprintf(
	    "SELECT" ROW_COLS ROW_FROM " WHERE %s ORDER BY"
	    " (p.status IN ('baru','didisposisi') AND p.batas < ?3) DESC,"
	    " (p.status IN ('baru','didisposisi','ditanggapi')) DESC,"
	    " p.batas, p.created_at DESC, p.id DESC LIMIT ?4",
	    where);
	rc = store_each(s, row_walk_row, &wk, sql, "iisd", vid, unit_id, today,
	    limit);
	free(sql);
	return rc == STORE_NOSTMT ? -1 : 0;
}

int
pengaduan_sql_one(struct store *s, int64_t id, pengaduan_sql_row_fn fn,
    void *arg)
{
	struct store_stmt *st;
	struct pengaduan_sql_more m;
	struct pengaduan_row r;

	st = store_query(s,
	    "SELECT" ROW_COLS ", p.isi, coalesce(t.name, ''),"
	    " p.instansi_rujukan, p.alasan_arsip, p.kasus_nomor, a.nik,"
	    " a.phone, a.email" ROW_FROM " LEFT JOIN unit t ON t.id ="
	    " p.unit_tujuan_id WHERE p.id = ?",
	    "i", id);
	if (st == NULL || store_step(st) != STORE_ROW) {
		store_done(st);
		return 0;
	}
	row_read(st, &r);
	m.isi = store_text(st, 24);
	m.unit_tujuan = store_text(st, 25);
	m.instansi_rujukan = store_text(st, 26);
	m.alasan_arsip = store_text(st, 27);
	m.kasus_nomor = store_text(st, 28);
	m.nik = store_text(st, 29);
	m.phone = store_text(st, 30);
	m.email = store_text(st, 31);
	fn(arg, &r, store_text(st, 23), &m);
	store_done(st);
	return 1;
}

static void
msg_fill(struct store_stmt *st, void *elem)
{
	struct pengaduan_msg *m = elem;

	m->at = (time_t)store_int(st, 0);
	str_field(m->peran, sizeof(m->peran), store_text(st, 1));
	str_field(m->tindakan, sizeof(m->tindakan), store_text(st, 2));
	m->isi = xstrdup(store_text(st, 3));
}

int
pengaduan_sql_msgs(struct store *s, int64_t id, int pub,
    struct pengaduan_view *v)
{
	size_t n = 0;

	(void)store_rows(s, &v->msgs, sizeof(*v->msgs), &n, msg_fill,
	    "SELECT"
	    " at, peran, tindakan, isi FROM pengaduan_pesan WHERE"
	    " pengaduan_id = ? AND (? = 0 OR (peran = 'unit' AND tindakan ="
	    " 'tanggapi')) ORDER BY id",
	    "id", id, pub);
	return (int)n;
}

static void
file_fill(struct store_stmt *st, void *elem)
{
	struct pengaduan_file *f = elem;

	f->pos = (int)store_int(st, 0);
	str_field(f->sha256, sizeof(f->sha256), store_text(st, 1));
	str_field(f->filename, sizeof(f->filename), store_text(st, 2));
	str_field(f->mime, sizeof(f->mime), store_text(st, 3));
	f->size = store_int(st, 4);
}

int
pengaduan_sql_files(struct store *s, int64_t id, struct pengaduan_view *v)
{
	size_t n = 0;

	(void)store_rows(s, &v->files, sizeof(*v->files), &n, file_fill,
	    "SELECT pos, sha256, filename, mime, size FROM pengaduan_berkas"
	    " WHERE pengaduan_id = ? ORDER BY pos",
	    "i", id);
	return (int)n;
}

void
pengaduan_sql_reporter(struct store *s, int64_t id, char *nomor,
    size_t nomorlen, int64_t *pelapor, int *anonim)
{
	struct store_stmt *st;

	st = store_query(s,
	    "SELECT nomor, pelapor_id, anonim FROM pengaduan"
	    " WHERE id = ?",
	    "i", id);
	if (st != NULL && store_step(st) == STORE_ROW) {
		str_field(nomor, nomorlen, store_text(st, 0));
		*pelapor = store_int(st, 1);
		*anonim = (int)store_int(st, 2);
	}
	store_done(st);
}

/* The callback of each_pair() with its argument, called for each row. */
struct pair_walk {
	int (*fn)(void *, const char *, const char *);
	void *arg;
};

static int
pair_row(void *a, struct store_stmt *st)
{
	struct pair_walk *w = a;

	return w->fn(w->arg, store_text(st, 0), store_text(st, 1));
}

/* Walk the (value, label) rows of sql. */
static int
each_pair(struct store *s, const char *sql,
    int (*fn)(void *, const char *, const char *), void *arg)
{
	struct pair_walk w = { fn, arg };

	return store_each(s, pair_row, &w, sql, "") == STORE_NOSTMT ? -1 : 0;
}

int
pengaduan_sql_each_desa(struct store *s,
    int (*fn)(void *, const char *, const char *), void *arg)
{
	return each_pair(s,
	    "SELECT d.code, d.name || ' (Kec. ' ||"
	    " coalesce(k.name, '') || ')' FROM wilayah d LEFT JOIN wilayah k"
	    " ON k.code = d.parent_code WHERE d.level = 'desa' ORDER BY"
	    " d.name",
	    fn, arg);
}

int
pengaduan_sql_each_unit(struct store *s,
    int (*fn)(void *, const char *, const char *), void *arg)
{
	return each_pair(s,
	    "SELECT code, name FROM unit WHERE active = 1"
	    " ORDER BY CASE kind WHEN 'opd' THEN 0 WHEN 'kecamatan' THEN 1"
	    " ELSE 2 END, name",
	    fn, arg);
}

void
pengaduan_sql_file(struct store *s, int64_t id, int64_t pos, char sha256[65],
    char *mime, size_t mimelen)
{
	struct store_stmt *st;

	st = store_query(s,
	    "SELECT sha256, mime FROM pengaduan_berkas"
	    " WHERE pengaduan_id = ? AND pos = ?",
	    "ii", id, pos);
	if (st != NULL && store_step(st) == STORE_ROW) {
		snprintf(sha256, 65, "%s", store_text(st, 0));
		snprintf(mime, mimelen, "%s", store_text(st, 1));
	}
	store_done(st);
}
