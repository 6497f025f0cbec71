/* sql.c: the bsre module's SQL (see sql.h). */
#include <stdio.h>
#include <string.h>

#include "lib/str.h"
#include "store/store.h"
#include "sql.h"

int
bsre_sql_backend(struct store *s, int64_t unit_id, char out[8])
{
	struct store_stmt *st;
	int rc;

	*out = '\0';
	st = store_query(s, "SELECT backend FROM ttd_backend WHERE unit_id = ?",
	    "i", unit_id);
	if (st == NULL)
		return -2;
	rc = store_step(st);
	if (rc == STORE_ROW)
		str_field(out, 8, store_text(st, 0));
	store_done(st);
	return rc == STORE_ROW ? 0 : rc == STORE_DONE ? -1 : -2;
}

int
bsre_sql_backend_set(struct store *s, int64_t unit_id, const char *name,
    int64_t now, int64_t by)
{
	return store_run(s,
	    "INSERT INTO ttd_backend(unit_id, backend, updated_at,"
	    " updated_by) VALUES (?, ?, ?, NULLIF(?, 0)) ON CONFLICT (unit_id) DO UPDATE"
	    " SET backend = excluded.backend, updated_at ="
	    " excluded.updated_at, updated_by = excluded.updated_by",
	    "isii", unit_id, name, now, by);
}

int
bsre_sql_tertunda(struct store *s, int64_t permohonan_id,
    struct ttd_tertunda *t)
{
	struct store_stmt *st;
	int rc;

	memset(t, 0, sizeof(*t));
	st = store_query(s,
	    "SELECT t.id, t.permohonan_id, t.unit_id, t.layanan_id,"
	    " t.signer_id, t.seq, t.tahun, t.templat_versi, t.kode,"
	    " t.nomor_surat, t.judul, t.berkas_sha256 FROM ttd_tertunda t"
	    " WHERE t.permohonan_id = ? AND NOT EXISTS (SELECT 1 FROM dokumen"
	    " d WHERE d.kode = t.kode) ORDER BY t.id DESC LIMIT 1",
	    "i", permohonan_id);
	if (st == NULL)
		return -2;
	rc = store_step(st);
	if (rc == STORE_ROW) {
		t->id = store_int(st, 0);
		t->permohonan_id = store_int(st, 1);
		t->unit_id = store_int(st, 2);
		t->layanan_id = store_int(st, 3);
		t->signer_id = store_int(st, 4);
		t->seq = store_int(st, 5);
		t->tahun = (int)store_int(st, 6);
		t->templat_versi = (int)store_int(st, 7);
		str_field(t->kode, sizeof(t->kode), store_text(st, 8));
		str_field(t->nomor_surat, sizeof(t->nomor_surat),
		    store_text(st, 9));
		str_field(t->judul, sizeof(t->judul), store_text(st, 10));
		str_field(t->berkas_sha256, sizeof(t->berkas_sha256),
		    store_text(st, 11));
	}
	store_done(st);
	return rc == STORE_ROW ? 0 : rc == STORE_DONE ? -1 : -2;
}

int
bsre_sql_tertunda_add(struct store *s, const struct ttd_tertunda *t,
    int64_t now)
{
	return store_run(s,
	    "INSERT INTO ttd_tertunda(permohonan_id, unit_id, layanan_id,"
	    " kode, nomor_surat, tahun, seq, templat_versi, judul,"
	    " berkas_sha256, signer_id, created_at) VALUES (?, ?, ?, ?, ?, ?,"
	    " ?, ?, ?, ?, ?, ?)",
	    "iiissiiissii", t->permohonan_id, t->unit_id, t->layanan_id,
	    t->kode, t->nomor_surat, (int64_t)t->tahun, t->seq,
	    (int64_t)t->templat_versi, t->judul, t->berkas_sha256, t->signer_id,
	    now);
}

int64_t
bsre_sql_unit(struct store *s, const char *code)
{
	return store_scalar(s, 0, "SELECT id FROM unit WHERE code = ?", "s",
	    code);
}

int64_t
bsre_sql_layanan(struct store *s, const char *code)
{
	return store_scalar(s, 0, "SELECT id FROM layanan WHERE code = ?", "s",
	    code);
}

/* The first text column of a one-row query: 0; -1 no row; -2 error. */
static int
one_text(struct store_stmt *st, char out[8])
{
	int rc;

	*out = '\0';
	if (st == NULL)
		return -2;
	rc = store_step(st);
	if (rc == STORE_ROW)
		str_field(out, 8, store_text(st, 0));
	store_done(st);
	return rc == STORE_ROW ? 0 : rc == STORE_DONE ? -1 : -2;
}

int
bsre_sql_backend_layanan(struct store *s, int64_t unit_id,
    int64_t permohonan_id, char out[8])
{
	return one_text(store_query(s,
			    "SELECT t.backend FROM ttd_backend_layanan t JOIN"
			    " permohonan p ON p.layanan_id = t.layanan_id"
			    " WHERE t.unit_id = ? AND p.id = ?",
			    "ii", unit_id, permohonan_id),
	    out);
}

int
bsre_sql_backend_layanan_id(struct store *s, int64_t unit_id,
    int64_t layanan_id, char out[8])
{
	return one_text(store_query(s,
			    "SELECT backend FROM ttd_backend_layanan WHERE"
			    " unit_id = ? AND layanan_id = ?",
			    "ii", unit_id, layanan_id),
	    out);
}

int
bsre_sql_backend_layanan_set(struct store *s, int64_t unit_id,
    int64_t layanan_id, const char *name, int64_t now, int64_t by)
{
	if (name == NULL)
		return store_run(s,
		    "DELETE FROM ttd_backend_layanan WHERE unit_id = ? AND"
		    " layanan_id = ?",
		    "ii", unit_id, layanan_id);
	return store_run(s,
	    "INSERT INTO ttd_backend_layanan(unit_id, layanan_id, backend,"
	    " updated_at, updated_by) VALUES (?, ?, ?, ?, NULLIF(?, 0)) ON"
	    " CONFLICT (unit_id, layanan_id) DO UPDATE SET backend ="
	    " excluded.backend, updated_at = excluded.updated_at, updated_by ="
	    " excluded.updated_by",
	    "iisii", unit_id, layanan_id, name, now, by);
}

struct units_walk {
	void (*fn)(void *, const char *, const char *, const char *);
	void *arg;
};

static int
units_row(void *arg, struct store_stmt *st)
{
	struct units_walk *w = arg;

	w->fn(w->arg, store_text(st, 0), store_text(st, 1), store_text(st, 2));
	return 0;
}

int
bsre_sql_units(struct store *s, int64_t unit_id,
    void (*fn)(void *, const char *, const char *, const char *), void *arg)
{
	struct units_walk w = { fn, arg };

	return store_each(s, units_row, &w,
		   "SELECT u.code, u.name, coalesce(t.backend, 'lokal') FROM unit u"
		   " LEFT JOIN ttd_backend t ON t.unit_id = u.id WHERE ? = 0 OR"
		   " u.id = ? ORDER BY u.kind, u.name",
		   "ii", unit_id, unit_id) == STORE_DONE
	    ? 0
	    : -1;
}
