/* sql.c: the dokumen module's statements (see sql.h). */
#include <stdio.h>
#include <string.h>

#include "store/dialect.h"
#include "store/store.h"
#include "dokumen_data.h"
#include "lib/str.h"
#include "sql.h"

int64_t
dokumen_sql_fail_count(struct store *s, int64_t dflt, int64_t account_id,
    int64_t since)
{
	return store_scalar(s, dflt,
	    "SELECT count(*) FROM ttd_gagal WHERE"
	    " account_id = ? AND at > ?",
	    "ii", account_id, since);
}

int64_t
dokumen_sql_fail_at(struct store *s, int64_t dflt, int64_t account_id,
    int64_t since, int64_t skip)
{
	return store_scalar(s, dflt,
	    "SELECT at FROM ttd_gagal WHERE"
	    " account_id = ? AND at > ? ORDER BY at DESC LIMIT 1 OFFSET ?",
	    "iii", account_id, since, skip);
}

int
dokumen_sql_fail_add(struct store *s, int64_t account_id, int64_t at,
    const char *addr)
{
	return store_run(s,
	    "INSERT INTO ttd_gagal(account_id, at, addr) VALUES"
	    " (?, ?, ?)",
	    "iis", account_id, at, addr);
}

int
dokumen_sql_fail_prune(struct store *s, int64_t before)
{
	return store_run(s, "DELETE FROM ttd_gagal WHERE at < ?", "i", before);
}

static int
identitas_row(void *a, struct store_stmt *st)
{
	struct dokumen_identitas *o = a;

	str_field(o->tempat_lahir, sizeof(o->tempat_lahir), store_text(st, 0));
	str_field(o->tanggal_lahir, sizeof(o->tanggal_lahir),
	    store_text(st, 1));
	str_field(o->jenis_kelamin, sizeof(o->jenis_kelamin),
	    store_text(st, 2));
	str_field(o->agama, sizeof(o->agama), store_text(st, 3));
	str_field(o->pekerjaan, sizeof(o->pekerjaan), store_text(st, 4));
	str_field(o->status_perkawinan, sizeof(o->status_perkawinan),
	    store_text(st, 5));
	str_field(o->kewarganegaraan, sizeof(o->kewarganegaraan),
	    store_text(st, 6));
	str_field(o->alamat, sizeof(o->alamat), store_text(st, 7));
	o->rt = store_isnull(st, 8) ? -1 : (int)store_int(st, 8);
	o->rw = store_isnull(st, 9) ? -1 : (int)store_int(st, 9);
	return 1;
}

int
dokumen_sql_identitas(struct store *s, int64_t id, struct dokumen_identitas *o)
{
	memset(o, 0, sizeof(*o));
	o->rt = o->rw = -1;
	return store_each(s, identitas_row, o,
		   "SELECT i.tempat_lahir, i.tanggal_lahir, i.jenis_kelamin,"
		   " i.agama, i.pekerjaan, i.status_perkawinan,"
		   " i.kewarganegaraan, i.alamat, i.rt, i.rw FROM permohonan p"
		   " JOIN identitas_penduduk i ON i.account_id = p.pemohon_id"
		   " WHERE p.id = ?",
		   "i", id) == STORE_NOSTMT
	    ? -1
	    : 0;
}

static int
nip_row(void *a, struct store_stmt *st)
{
	str_field(a, 19, store_text(st, 0));
	return 1;
}

int
dokumen_sql_nip(struct store *s, int64_t account_id, char out[19])
{
	*out = '\0';
	return store_each(s, nip_row, out,
		   "SELECT nip FROM account WHERE id = ?", "i",
		   account_id) == STORE_NOSTMT
	    ? -1
	    : 0;
}

/*
 * The callback of dokumen_sql_each_app() with its argument, called for each
 * row.
 */
struct permohonan_walk {
	int (*fn)(void *, const char *, int64_t, const char *, const char *,
	    const char *, const char *, int64_t, const char *);
	void *arg;
};

static int
permohonan_row(void *a, struct store_stmt *st)
{
	struct permohonan_walk *w = a;

	return w->fn(w->arg, store_text(st, 0), store_int(st, 1),
	    store_text(st, 2), store_text(st, 3), store_text(st, 4),
	    store_text(st, 5), store_int(st, 6), store_text(st, 7));
}

int
dokumen_sql_each_app(struct store *s, int64_t id,
    int (*fn)(void *, const char *, int64_t, const char *, const char *,
	const char *, const char *, int64_t, const char *),
    void *arg)
{
	struct permohonan_walk w = { fn, arg };

	return store_each(s, permohonan_row, &w,
		   "SELECT p.nomor, p.layanan_id,"
		   " l.name, p.pemohon_nik, coalesce(a.full_name, ''), w.name,"
		   " w.kelurahan, coalesce(k.name, '') FROM permohonan p JOIN layanan"
		   " l ON l.id = p.layanan_id JOIN wilayah w ON w.code ="
		   " p.wilayah_code LEFT JOIN wilayah k ON k.code = w.parent_code LEFT"
		   " JOIN account a ON a.id = p.pemohon_id WHERE p.id = ?",
		   "i", id) == STORE_NOSTMT
	    ? -1
	    : 0;
}

/*
 * The callback of dokumen_sql_each_unit() with its argument, called for each
 * row.
 */
struct unit_walk {
	int (*fn)(void *, const char *, const char *, const char *);
	void *arg;
};

static int
unit_row(void *a, struct store_stmt *st)
{
	struct unit_walk *w = a;

	return w->fn(w->arg, store_text(st, 0), store_text(st, 1),
	    store_text(st, 2));
}

int
dokumen_sql_each_unit(struct store *s, int64_t id,
    int (*fn)(void *, const char *, const char *, const char *), void *arg)
{
	struct unit_walk w = { fn, arg };

	return store_each(s, unit_row, &w,
		   "SELECT u.name, u.kind,"
		   " coalesce(pu.name, '') FROM unit u LEFT JOIN unit pu ON pu.id ="
		   " u.parent_id WHERE u.id = ?",
		   "i", id) == STORE_NOSTMT
	    ? -1
	    : 0;
}

/*
 * The callback of dokumen_sql_each_isian(), dokumen_sql_each_signer() and
 * dokumen_sql_each_field() with its argument, called for each row.
 */
struct text2_walk {
	int (*fn)(void *, const char *, const char *);
	void *arg;
};

static int
text2_row(void *a, struct store_stmt *st)
{
	struct text2_walk *w = a;

	return w->fn(w->arg, store_text(st, 0), store_text(st, 1));
}

int
dokumen_sql_each_isian(struct store *s, int64_t id,
    int (*fn)(void *, const char *, const char *), void *arg)
{
	struct text2_walk w = { fn, arg };

	return store_each(s, text2_row, &w,
		   "SELECT name, value FROM"
		   " permohonan_isian WHERE permohonan_id = ? ORDER BY name",
		   "i", id) == STORE_NOSTMT
	    ? -1
	    : 0;
}

int64_t
dokumen_sql_seq_last(struct store *s, int64_t unit_id, int64_t year)
{
	return store_scalar(s, 0,
	    "SELECT terakhir FROM surat_urut WHERE"
	    " unit_id = ? AND tahun = ?",
	    "ii", unit_id, year);
}

int
dokumen_sql_seq_take(struct store *s, int64_t unit_id, int64_t year,
    int64_t seq)
{
	if (seq == 1)
		return store_run(s,
		    "INSERT INTO surat_urut(unit_id, tahun,"
		    " terakhir) VALUES (?, ?, 1) ON CONFLICT DO NOTHING",
		    "ii", unit_id, year);
	return store_run(s,
	    "UPDATE surat_urut SET terakhir = ? WHERE"
	    " unit_id = ? AND tahun = ? AND terakhir = ?",
	    "iiii", seq, unit_id, year, seq - 1);
}

int
dokumen_sql_each_signer(struct store *s, int64_t cert_id,
    int (*fn)(void *, const char *, const char *), void *arg)
{
	struct text2_walk w = { fn, arg };

	return store_each(s, text2_row, &w,
		   "SELECT coalesce(a.full_name, ''),"
		   " c.title FROM signer_cert c JOIN account a ON a.id = c.account_id"
		   " WHERE c.id = ?",
		   "i", cert_id) == STORE_NOSTMT
	    ? -1
	    : 0;
}

int64_t
dokumen_sql_permohonan_unit(struct store *s, int64_t id)
{
	return store_scalar(s, 0,
	    "SELECT p.unit_id FROM permohonan p JOIN"
	    " layanan l ON l.id = p.layanan_id WHERE p.id = ? AND EXISTS"
	    " (SELECT 1 FROM wf_action a WHERE a.workflow_id = l.workflow_id"
	    " AND a.signs_document = 1)",
	    "i", id);
}

int64_t
dokumen_sql_cert_active(struct store *s, int64_t account_id)
{
	return store_scalar(s, 0,
	    "SELECT id FROM"
	    " signer_cert WHERE account_id = ? AND status = 'aktif' ORDER BY"
	    " id DESC LIMIT 1",
	    "i", account_id);
}

int
dokumen_sql_insert(struct store *s, const struct dokumen_draft *d, int64_t idx)
{
	return store_run(s,
	    "INSERT INTO dokumen(kode, permohonan_id,"
	    " layanan_id, unit_id, nomor_surat, judul, sha256, signer_id,"
	    " cert_id, cert_sha256, signer_name, signer_position, signed_at,"
	    " tlog_idx, templat_versi, penerbit) VALUES (?, ?, ?, ?, ?, ?, ?,"
	    " ?, ?, ?, ?, ?, ?, ?, ?, ?)",
	    "siiisssiisssiids", d->kode, d->permohonan_id, d->layanan_id,
	    d->unit_id, d->nomor_surat, d->judul, d->sha256, d->signer_id,
	    d->cert_id, d->cert_sha256, d->signer_name, d->signer_position,
	    (int64_t)d->signed_at, idx, d->templat_versi,
	    *d->penerbit != '\0' ? d->penerbit : "lokal");
}

/*
 * The callback of dokumen_sql_each_kode_sah() and dokumen_sql_each_position()
 * with its argument, called for each row.
 */
struct text1_walk {
	int (*fn)(void *, const char *);
	void *arg;
};

static int
text1_row(void *a, struct store_stmt *st)
{
	struct text1_walk *w = a;

	return w->fn(w->arg, store_text(st, 0));
}

int
dokumen_sql_each_kode_sah(struct store *s, int64_t id,
    int (*fn)(void *, const char *), void *arg)
{
	struct text1_walk w = { fn, arg };

	return store_each(s, text1_row, &w,
		   "SELECT kode FROM dokumen WHERE id"
		   " = ? AND status = 'sah'",
		   "i", id) == STORE_NOSTMT
	    ? -1
	    : 0;
}

int
dokumen_sql_supersede(struct store *s, int64_t old_id, int64_t new_id,
    int64_t now, int64_t by, const char *position, const char *reason,
    int64_t tlog_idx)
{
	return store_run(s,
	    "UPDATE dokumen SET status = 'digantikan',"
	    " superseded_by = ?, ended_at = ?, ended_by = ?, ended_position ="
	    " ?, ended_reason = ?, ended_tlog_idx = ? WHERE id = ? AND status"
	    " = 'sah'",
	    "iiissii", new_id, now, by, position, reason, tlog_idx, old_id);
}

/*
 * The callback of dokumen_sql_each_templat() with its argument, called for
 * each row.
 */
struct templat_walk {
	int (*fn)(void *, const struct dokumen_sql_templat *);
	void *arg;
};

static int
templat_row(void *a, struct store_stmt *st)
{
	struct templat_walk *w = a;
	struct dokumen_sql_templat t;

	t.layanan_id = store_int(st, 0);
	t.code = store_text(st, 1);
	t.name = store_text(st, 2);
	t.layanan_level = store_text(st, 3);
	t.judul = store_text(st, 4);
	t.isi = store_text(st, 5);
	t.level = store_text(st, 6);
	t.klasifikasi = store_text(st, 7);
	t.is_default = store_int(st, 8);
	t.versi = store_int(st, 9);
	return w->fn(w->arg, &t);
}

int
dokumen_sql_each_templat(struct store *s, int64_t layanan_id,
    int (*fn)(void *, const struct dokumen_sql_templat *), void *arg)
{
	struct templat_walk w = { fn, arg };

	return store_each(s, templat_row, &w,
		   "SELECT l.id, l.code, l.name,"
		   " l.level, t.judul, t.isi, t.level, t.klasifikasi, t.layanan_id IS"
		   " NULL, coalesce(t.versi, 0) FROM layanan l LEFT JOIN surat_templat"
		   " t ON t.layanan_id = l.id WHERE l.id = ?",
		   "i", layanan_id) == STORE_NOSTMT
	    ? -1
	    : 0;
}

int
dokumen_sql_each_field(struct store *s, int64_t layanan_id,
    int (*fn)(void *, const char *, const char *), void *arg)
{
	struct text2_walk w = { fn, arg };

	return store_each(s, text2_row, &w,
		   "SELECT name, label FROM"
		   " layanan_isian WHERE layanan_id = ? ORDER BY pos",
		   "i", layanan_id) == STORE_NOSTMT
	    ? -1
	    : 0;
}

int
dokumen_sql_templat_save(struct store *s, int64_t layanan_id, const char *judul,
    const char *isi, const char *level, const char *klasifikasi, int64_t now,
    int64_t by, int versi)
{
	return store_run(s,
	    "INSERT INTO surat_templat(layanan_id, judul, isi,"
	    " level, klasifikasi, updated_at, updated_by, versi) VALUES (?, ?,"
	    " ?, ?, ?, ?, nullif(?, 0), ?) ON CONFLICT(layanan_id) DO UPDATE"
	    " SET judul = excluded.judul, isi = excluded.isi, klasifikasi ="
	    " excluded.klasifikasi, updated_at = excluded.updated_at,"
	    " updated_by = excluded.updated_by, versi = excluded.versi",
	    "issssiid", layanan_id, judul, isi, level, klasifikasi, now, by,
	    versi);
}

int
dokumen_sql_templat_versi_add(struct store *s, int64_t layanan_id, int versi,
    const char *judul, const char *isi, const char *klasifikasi, int64_t now,
    int64_t by)
{
	return store_run(s,
	    "INSERT INTO surat_templat_versi(layanan_id, versi,"
	    " judul, isi, klasifikasi, created_at, created_by) VALUES (?, ?,"
	    " ?, ?, ?, ?, nullif(?, 0))",
	    "idsssii", layanan_id, versi, judul, isi, klasifikasi, now, by);
}

/*
 * The callback of dokumen_sql_each_untemplated() with its argument, called for
 * each row.
 */
struct untemplated_walk {
	int (*fn)(void *, int64_t);
	void *arg;
};

static int
untemplated_row(void *a, struct store_stmt *st)
{
	struct untemplated_walk *w = a;

	return w->fn(w->arg, store_int(st, 0));
}

int
dokumen_sql_each_untemplated(struct store *s, int (*fn)(void *, int64_t),
    void *arg)
{
	struct untemplated_walk w = { fn, arg };

	return store_each(s, untemplated_row, &w,
		   "SELECT l.id FROM layanan l"
		   " WHERE NOT EXISTS (SELECT 1 FROM surat_templat t WHERE"
		   " t.layanan_id = l.id) AND EXISTS (SELECT 1 FROM wf_action a WHERE"
		   " a.workflow_id = l.workflow_id AND a.signs_document = 1) ORDER BY"
		   " l.id",
		   "") == STORE_NOSTMT
	    ? -1
	    : 0;
}

int
dokumen_sql_templat_seed(struct store *s, int64_t layanan_id, const char *judul,
    const char *isi, const char *level, const char *klasifikasi, int64_t now)
{
	return store_run(s,
	    "INSERT INTO surat_templat(layanan_id, judul,"
	    " isi, level, klasifikasi, updated_at) VALUES (?, ?, ?, ?,"
	    " ?, ?)",
	    "issssi", layanan_id, judul, isi, level, klasifikasi, now);
}

int
dokumen_sql_templat_seed_versi(struct store *s, int64_t layanan_id,
    const char *judul, const char *isi, const char *klasifikasi, int64_t now)
{
	return store_run(s,
	    "INSERT INTO surat_templat_versi(layanan_id,"
	    " versi, judul, isi, klasifikasi, created_at) VALUES (?, 1,"
	    " ?, ?, ?, ?)",
	    "isssi", layanan_id, judul, isi, klasifikasi, now);
}

/*
 * The callback of dokumen_sql_each_format() with its argument, called for each
 * row.
 */
struct format_walk {
	int (*fn)(void *, const char *, const char *, const char *);
	void *arg;
};

static int
format_row(void *a, struct store_stmt *st)
{
	struct format_walk *w = a;

	return w->fn(w->arg, store_text(st, 0),
	    store_isnull(st, 1) ? NULL : store_text(st, 1), store_text(st, 2));
}

int
dokumen_sql_each_format(struct store *s, int64_t unit_id,
    int (*fn)(void *, const char *, const char *, const char *), void *arg)
{
	struct format_walk w = { fn, arg };

	return store_each(s, format_row, &w,
		   "SELECT u.code, f.format,"
		   " f.kode_unit FROM unit u LEFT JOIN surat_format f ON f.unit_id ="
		   " u.id WHERE u.id = ?",
		   "i", unit_id) == STORE_NOSTMT
	    ? -1
	    : 0;
}

int
dokumen_sql_format_save(struct store *s, int64_t unit_id, const char *format,
    const char *kode_unit, int64_t now, int64_t by)
{
	return store_run(s,
	    "INSERT INTO surat_format(unit_id, format,"
	    " kode_unit, updated_at, updated_by) VALUES (?, ?, ?, ?,"
	    " nullif(?, 0)) ON CONFLICT(unit_id) DO UPDATE SET format ="
	    " excluded.format, kode_unit = excluded.kode_unit, updated_at ="
	    " excluded.updated_at, updated_by = excluded.updated_by",
	    "issii", unit_id, format, kode_unit, now, by);
}

/* --- the registry --------------------------------------------------------- */

#define DOK_COLS                                                               \
	"d.id, d.kode, d.permohonan_id, p.nomor, p.pemohon_id,"                \
	" coalesce(a.full_name, ''), d.layanan_id, l.code, l.name, d.unit_id," \
	" u.name, d.nomor_surat, d.judul, d.sha256, d.signer_id, d.cert_id,"   \
	" d.cert_sha256, d.signer_name, d.signer_position, d.signed_at,"       \
	" coalesce(d.tlog_idx, -1), d.status, coalesce(d.ended_at, 0),"        \
	" d.ended_position, d.ended_reason, coalesce(d.ended_tlog_idx, -1),"   \
	" coalesce((SELECT n.kode FROM dokumen n WHERE n.id ="                 \
	" d.superseded_by), ''),"                                              \
	" coalesce((SELECT o.kode FROM dokumen o WHERE o.superseded_by ="      \
	" d.id), ''), d.penerbit"                                              \
	" FROM dokumen d JOIN permohonan p ON p.id = d.permohonan_id"          \
	" JOIN layanan l ON l.id = d.layanan_id JOIN unit u ON u.id ="         \
	" d.unit_id LEFT JOIN account a ON a.id = p.pemohon_id"

static int
dok_read(struct store_stmt *st, struct dokumen *d)
{
	int rc;

	if (st == NULL)
		return -2;
	memset(d, 0, sizeof(*d));
	if ((rc = store_step(st)) != STORE_ROW) {
		store_done(st);
		return rc == STORE_DONE ? -1 : -2;
	}
	d->id = store_int(st, 0);
	str_field(d->kode, sizeof(d->kode), store_text(st, 1));
	d->permohonan_id = store_int(st, 2);
	str_field(d->permohonan_nomor, sizeof(d->permohonan_nomor),
	    store_text(st, 3));
	d->pemohon_id = store_int(st, 4);
	str_field(d->pemohon_name, sizeof(d->pemohon_name), store_text(st, 5));
	d->layanan_id = store_int(st, 6);
	str_field(d->layanan_code, sizeof(d->layanan_code), store_text(st, 7));
	str_field(d->layanan_name, sizeof(d->layanan_name), store_text(st, 8));
	d->unit_id = store_int(st, 9);
	str_field(d->unit_name, sizeof(d->unit_name), store_text(st, 10));
	str_field(d->nomor_surat, sizeof(d->nomor_surat), store_text(st, 11));
	str_field(d->judul, sizeof(d->judul), store_text(st, 12));
	str_field(d->sha256, sizeof(d->sha256), store_text(st, 13));
	d->signer_id = store_int(st, 14);
	d->cert_id = store_int(st, 15);
	str_field(d->cert_sha256, sizeof(d->cert_sha256), store_text(st, 16));
	str_field(d->signer_name, sizeof(d->signer_name), store_text(st, 17));
	str_field(d->signer_position, sizeof(d->signer_position),
	    store_text(st, 18));
	d->signed_at = (time_t)store_int(st, 19);
	d->tlog_idx = store_int(st, 20);
	str_field(d->status, sizeof(d->status), store_text(st, 21));
	d->ended_at = (time_t)store_int(st, 22);
	str_field(d->ended_position, sizeof(d->ended_position),
	    store_text(st, 23));
	str_field(d->ended_reason, sizeof(d->ended_reason), store_text(st, 24));
	d->ended_tlog_idx = store_int(st, 25);
	str_field(d->superseded_by, sizeof(d->superseded_by),
	    store_text(st, 26));
	str_field(d->supersedes, sizeof(d->supersedes), store_text(st, 27));
	str_field(d->penerbit, sizeof(d->penerbit), store_text(st, 28));
	store_done(st);
	return 0;
}

int
dokumen_sql_by_kode(struct store *s, const char *kode, struct dokumen *d)
{
	return dok_read(
	    store_query(s, "SELECT " DOK_COLS " WHERE d.kode = ?", "s", kode),
	    d);
}

int
dokumen_sql_by_sha256(struct store *s, const char *sha256, struct dokumen *d)
{
	return dok_read(store_query(s,
			    "SELECT " DOK_COLS " WHERE d.sha256 ="
			    " ?",
			    "s", sha256),
	    d);
}

int
dokumen_sql_of_app(struct store *s, int64_t permohonan_id, struct dokumen *d)
{
	return dok_read(store_query(s,
			    "SELECT " DOK_COLS " WHERE"
			    " d.permohonan_id = ? ORDER BY d.id DESC LIMIT 1",
			    "i", permohonan_id),
	    d);
}

int
dokumen_sql_each_position(struct store *s, int64_t account_id,
    int (*fn)(void *, const char *), void *arg)
{
	struct text1_walk w = { fn, arg };

	return store_each(s, text1_row, &w,
		   "SELECT title FROM signer_cert"
		   " WHERE account_id = ? AND title <> '' ORDER BY status = 'aktif'"
		   " DESC, id DESC LIMIT 1",
		   "i", account_id) == STORE_NOSTMT
	    ? -1
	    : 0;
}

int
dokumen_sql_revoke(struct store *s, int64_t id, int64_t now, int64_t by,
    const char *position, const char *reason, int64_t tlog_idx)
{
	return store_run(s,
	    "UPDATE dokumen SET status = 'dicabut',"
	    " ended_at = ?, ended_by = ?, ended_position = ?, ended_reason ="
	    " ?, ended_tlog_idx = ? WHERE id = ? AND status = 'sah'",
	    "iissii", now, by, position, reason, tlog_idx, id);
}

/*
 * The callback of dokumen_sql_each_recent() with its argument, called for each
 * row.
 */
struct recent_walk {
	int (*fn)(void *, const char *, const char *, const char *,
	    const char *, const char *, int64_t, const char *);
	void *arg;
};

static int
recent_row(void *a, struct store_stmt *st)
{
	struct recent_walk *w = a;

	return w->fn(w->arg, store_text(st, 0), store_text(st, 1),
	    store_text(st, 2), store_text(st, 3), store_text(st, 4),
	    store_int(st, 5), store_text(st, 6));
}

int
dokumen_sql_each_recent(struct store *s,
    int (*fn)(void *, const char *, const char *, const char *, const char *,
	const char *, int64_t, const char *),
    void *arg)
{
	struct recent_walk w = { fn, arg };

	return store_each(s, recent_row, &w,
		   "SELECT d.kode, d.judul,"
		   " d.nomor_surat, u.name, d.signer_name, d.signed_at, d.status FROM"
		   " dokumen d JOIN unit u ON u.id = d.unit_id ORDER BY d.id DESC"
		   " LIMIT 200",
		   "") == STORE_NOSTMT
	    ? -1
	    : 0;
}

/* The callback of dokumen_sql_agenda() with its argument. */
struct agenda_walk {
	int (*fn)(void *, const struct dokumen_agenda *);
	void *arg;
};

static int
agenda_row(void *a, struct store_stmt *st)
{
	struct agenda_walk *w = a;
	struct dokumen_agenda g;

	g.kode = store_text(st, 0);
	g.nomor_surat = store_text(st, 1);
	g.signed_at = store_int(st, 2);
	g.judul = store_text(st, 3);
	g.kepada = store_text(st, 4);
	g.signer = store_text(st, 5);
	g.signer_position = store_text(st, 6);
	g.status = store_text(st, 7);
	return w->fn(w->arg, &g);
}

#define AGENDA_FROM                                                            \
	" FROM dokumen d JOIN permohonan p ON p.id = d.permohonan_id"          \
	" JOIN account a ON a.id = p.pemohon_id WHERE d.unit_id = ? AND"       \
	" d.signed_at >= ? AND d.signed_at < ?"

int
dokumen_sql_agenda(struct store *s, int64_t unit_id, int64_t from, int64_t to,
    int limit, int offset, int (*fn)(void *, const struct dokumen_agenda *),
    void *arg)
{
	struct agenda_walk w = { fn, arg };

	return store_each(s, agenda_row, &w,
		   "SELECT d.kode, d.nomor_surat, d.signed_at, d.judul,"
		   " a.full_name, d.signer_name, d.signer_position, d.status" AGENDA_FROM
		   " ORDER BY d.signed_at, d.id LIMIT ? OFFSET ?",
		   "iiidd", unit_id, from, to, limit, offset) == STORE_DONE
	    ? 0
	    : -1;
}

int64_t
dokumen_sql_agenda_count(struct store *s, int64_t unit_id, int64_t from,
    int64_t to)
{
	return store_scalar(s, -1, "SELECT count(*)" AGENDA_FROM, "iii",
	    unit_id, from, to);
}

int64_t
dokumen_sql_layanan_id(struct store *s, const char *code)
{
	return store_scalar(s, 0,
	    "SELECT id FROM layanan WHERE"
	    " code = ?",
	    "s", code);
}

int64_t
dokumen_sql_unit_id(struct store *s, const char *code)
{
	return store_scalar(s, 0, "SELECT id FROM unit WHERE code = ?", "s",
	    code);
}

/*
 * The callback of dokumen_sql_each_format_set() with its argument, called for
 * each row.
 */
struct format_set_walk {
	int (*fn)(void *, const char *, const char *, const char *,
	    const char *);
	void *arg;
};

static int
format_set_row(void *a, struct store_stmt *st)
{
	struct format_set_walk *w = a;

	return w->fn(w->arg, store_text(st, 0), store_text(st, 1),
	    store_text(st, 2), store_text(st, 3));
}

int
dokumen_sql_each_format_set(struct store *s,
    int (*fn)(void *, const char *, const char *, const char *, const char *),
    void *arg)
{
	struct format_set_walk w = { fn, arg };

	return store_each(s, format_set_row, &w,
		   "SELECT u.code, u.name,"
		   " f.format, f.kode_unit FROM surat_format f JOIN unit u ON u.id ="
		   " f.unit_id ORDER BY u.code",
		   "") == STORE_NOSTMT
	    ? -1
	    : 0;
}

/*
 * The callback of dokumen_sql_each_templat_of() with its argument, called for
 * each row.
 */
struct templat_of_walk {
	int (*fn)(void *, const char *, const char *, const char *, int64_t);
	void *arg;
};

static int
templat_of_row(void *a, struct store_stmt *st)
{
	struct templat_of_walk *w = a;

	return w->fn(w->arg, store_text(st, 0), store_text(st, 1),
	    store_text(st, 2), store_int(st, 3));
}

int
dokumen_sql_each_templat_of(struct store *s, int all, int64_t unit_id,
    int (*fn)(void *, const char *, const char *, const char *, int64_t),
    void *arg)
{
	struct templat_of_walk w = { fn, arg };

	return store_each(s, templat_of_row, &w,
		   "SELECT l.code, l.name,"
		   " coalesce(t.judul, '(bawaan)'), coalesce(t.versi, 0) FROM layanan"
		   " l LEFT JOIN surat_templat t ON t.layanan_id = l.id WHERE ? OR"
		   " (l.level = 'kabupaten' AND l.unit_id = ?) ORDER BY l.code",
		   "di", all, unit_id) == STORE_NOSTMT
	    ? -1
	    : 0;
}
