/* sql.c: the kinerja module's SQL (see sql.h). */
#include <string.h>

#include "store/store.h"
#include "sql.h"

int
kinerja_sql_holidays(struct store *s, void (*fn)(void *, const char *),
    void *arg)
{
	struct store_stmt *st;
	int rc;

	st = store_query(s, "SELECT tanggal FROM hari_libur ORDER BY tanggal",
	    "");
	if (st == NULL)
		return -1;
	while ((rc = store_step(st)) == STORE_ROW)
		fn(arg, store_text(st, 0));
	store_done(st);
	return rc == STORE_DONE ? 0 : -1;
}

int
kinerja_sql_recs(struct store *s, int64_t unit_id, int64_t t0, int64_t t1,
    void (*fn)(void *, const struct kinerja_sql_rec *), void *arg)
{
	struct kinerja_sql_rec r;
	struct store_stmt *st;
	int rc;

	if (unit_id == 0)
		st = store_query(s, "SELECT coalesce(l.unit_id,"
		    " p.penerbit_id), p.layanan_id, p.submitted_at,"
		    " coalesce(p.finished_at, 0), p.state, coalesce(p.due_date,"
		    " '') FROM permohonan p JOIN layanan l ON l.id ="
		    " p.layanan_id WHERE p.draft = 0 AND p.submitted_at IS NOT"
		    " NULL AND p.submitted_at < ? AND (p.finished_at IS NULL OR"
		    " p.finished_at >= ?)", "ii", t1, t0);
	else	/* a kampung/kecamatan's own services, then an OPD's */
		st = store_query(s, "SELECT p.penerbit_id, p.layanan_id,"
		    " p.submitted_at, coalesce(p.finished_at, 0), p.state,"
		    " coalesce(p.due_date, '') FROM permohonan p JOIN layanan l"
		    " ON l.id = p.layanan_id WHERE p.draft = 0 AND"
		    " p.penerbit_id = ? AND l.unit_id IS NULL AND"
		    " p.submitted_at IS NOT NULL AND p.submitted_at < ? AND"
		    " (p.finished_at IS NULL OR p.finished_at >= ?) UNION ALL"
		    " SELECT l.unit_id, p.layanan_id, p.submitted_at,"
		    " coalesce(p.finished_at, 0), p.state, coalesce(p.due_date,"
		    " '') FROM permohonan p JOIN layanan l ON l.id ="
		    " p.layanan_id WHERE p.draft = 0 AND l.unit_id = ? AND"
		    " p.submitted_at IS NOT NULL AND p.submitted_at < ? AND"
		    " (p.finished_at IS NULL OR p.finished_at >= ?)", "iiiiii",
		    unit_id, t1, t0, unit_id, t1, t0);
	if (st == NULL)
		return -1;
	while ((rc = store_step(st)) == STORE_ROW) {
		r.unit = store_int(st, 0);
		r.layanan = store_int(st, 1);
		r.submitted_at = store_int(st, 2);
		r.finished_at = store_int(st, 3);
		r.due_date = store_text(st, 5);
		r.state = store_text(st, 4);
		fn(arg, &r);
	}
	store_done(st);
	return rc == STORE_DONE ? 0 : -1;
}

int
kinerja_sql_ikm(struct store *s, int64_t unit_id, const char *m0,
    const char *m1, void (*fn)(void *, const struct kinerja_sql_ikm *),
    void *arg)
{
	struct kinerja_sql_ikm r;
	struct store_stmt *st;
	int rc, i;

	st = store_query(s, "SELECT unit_id, layanan_id, periode, count(*),"
	    " sum(u1), count(u1), sum(u2), count(u2), sum(u3), count(u3),"
	    " sum(u4), count(u4), sum(u5), count(u5), sum(u6), count(u6),"
	    " sum(u7), count(u7), sum(u8), count(u8), sum(u9), count(u9)"
	    " FROM survei_jawaban WHERE periode >= ? AND periode <= ? AND"
	    " (? = 0 OR unit_id = ?) GROUP BY unit_id, layanan_id, periode",
	    "ssii", m0, m1, unit_id, unit_id);
	if (st == NULL)
		return -1;
	while ((rc = store_step(st)) == STORE_ROW) {
		memset(&r, 0, sizeof(r));
		r.acc.responden = store_int(st, 3);
		for (i = 0; i < IKM_UNSUR; i++) {
			r.acc.sum[i] = store_int(st, 4 + 2 * i);
			r.acc.n[i] = store_int(st, 5 + 2 * i);
		}
		r.periode = store_text(st, 2);
		r.unit = store_int(st, 0);
		r.layanan = store_int(st, 1);
		fn(arg, &r);
	}
	store_done(st);
	return rc == STORE_DONE ? 0 : -1;
}

int
kinerja_sql_overdue(struct store *s, const char *today, int64_t t1,
    int64_t unit_id, void (*fn)(void *, int64_t, int64_t, int64_t),
    void *arg)
{
	struct store_stmt *st;
	int rc;

	st = store_query(s, "SELECT coalesce(l.unit_id, p.penerbit_id),"
	    " p.layanan_id, count(*) FROM permohonan p JOIN layanan l ON"
	    " l.id = p.layanan_id WHERE p.draft = 0 AND p.finished_at IS NULL"
	    " AND p.due_date IS NOT NULL AND p.due_date < ? AND"
	    " p.submitted_at < ? AND (? = 0 OR coalesce(l.unit_id,"
	    " p.penerbit_id) = ?) GROUP BY 1, 2", "siii", today, t1, unit_id,
	    unit_id);
	if (st == NULL)
		return -1;
	while ((rc = store_step(st)) == STORE_ROW)
		fn(arg, store_int(st, 0), store_int(st, 1), store_int(st, 2));
	store_done(st);
	return rc == STORE_DONE ? 0 : -1;
}

int
kinerja_sql_table_exists(struct store *s, const char *name)
{
	return store_scalar(s, 0, "SELECT count(*) FROM sqlite_master WHERE"
	    " type = 'table' AND name = ?", "s", name) > 0;
}

int
kinerja_sql_adu(struct store *s, int64_t unit_id, int64_t t0, int64_t t1,
    void (*fn)(void *, const struct kinerja_sql_adu *), void *arg)
{
	struct kinerja_sql_adu r;
	struct store_stmt *st;
	int rc;

	st = store_query(s, "SELECT coalesce(p.unit_id, p.unit_tujuan_id, 0),"
	    " p.created_at, (SELECT min(r.at) FROM pengaduan_riwayat r WHERE"
	    " r.pengaduan_id = p.id AND r.ke = 'didisposisi'), (SELECT"
	    " min(r.at) FROM pengaduan_riwayat r WHERE r.pengaduan_id = p.id"
	    " AND r.ke = 'ditanggapi') FROM pengaduan p WHERE p.created_at >="
	    " ? AND p.created_at < ? AND (? = 0 OR coalesce(p.unit_id,"
	    " p.unit_tujuan_id) = ?)", "iiii", t0, t1, unit_id, unit_id);
	if (st == NULL)
		return -1;
	while ((rc = store_step(st)) == STORE_ROW) {
		r.unit = store_int(st, 0);
		r.created_at = store_int(st, 1);
		r.disposisi = !store_isnull(st, 2);
		r.disposisi_at = r.disposisi ? store_int(st, 2) : 0;
		r.tanggapan = !store_isnull(st, 3);
		r.tanggapan_at = r.tanggapan ? store_int(st, 3) : 0;
		fn(arg, &r);
	}
	store_done(st);
	return rc == STORE_DONE ? 0 : -1;
}

int64_t
kinerja_sql_unit_id(struct store *s, const char *code)
{
	return store_scalar(s, 0, "SELECT id FROM unit WHERE code = ?", "s",
	    code);
}

/* Read rows of id, code, name, kind, sla. */
static int
names(struct store *s, const char *sql,
    void (*fn)(void *, const struct kinerja_sql_nama *), void *arg)
{
	struct kinerja_sql_nama r;
	struct store_stmt *st;
	int rc;

	if ((st = store_query(s, sql, "")) == NULL)
		return -1;
	while ((rc = store_step(st)) == STORE_ROW) {
		r.id = store_int(st, 0);
		r.code = store_text(st, 1);
		r.name = store_text(st, 2);
		r.kind = store_text(st, 3);
		r.sla = (int)store_int(st, 4);
		fn(arg, &r);
	}
	store_done(st);
	return rc == STORE_DONE ? 0 : -1;
}

int
kinerja_sql_units(struct store *s,
    void (*fn)(void *, const struct kinerja_sql_nama *), void *arg)
{
	return names(s, "SELECT id, code, name, kind, 0 FROM unit"
	    " ORDER BY id", fn, arg);
}

int
kinerja_sql_services(struct store *s,
    void (*fn)(void *, const struct kinerja_sql_nama *), void *arg)
{
	return names(s, "SELECT id, code, name, '', sla_days FROM"
	    " layanan ORDER BY id", fn, arg);
}

int
kinerja_sql_terlambat(struct store *s, const char *today, int64_t unit_id,
    void (*fn)(void *, const struct kinerja_sql_telat *), void *arg)
{
	struct kinerja_sql_telat r;
	struct store_stmt *st;
	int rc;

	st = store_query(s, "SELECT p.nomor, u.code, u.name, h.name, l.code,"
	    " l.name, coalesce(ws.label, p.state), p.submitted_at, p.due_date"
	    " FROM permohonan p JOIN layanan l ON l.id = p.layanan_id"
	    " JOIN unit u ON u.id = coalesce(l.unit_id, p.penerbit_id)"
	    " JOIN unit h ON h.id = p.unit_id"
	    " LEFT JOIN wf_state ws ON ws.workflow_id = l.workflow_id AND"
	    " ws.code = p.state WHERE p.draft = 0 AND p.finished_at IS NULL"
	    " AND p.due_date IS NOT NULL AND p.due_date < ? AND (? = 0 OR"
	    " u.id = ?) ORDER BY p.due_date, p.id", "sii", today, unit_id,
	    unit_id);
	if (st == NULL)
		return -1;
	while ((rc = store_step(st)) == STORE_ROW) {
		r.nomor = store_text(st, 0);
		r.unit_code = store_text(st, 1);
		r.unit_name = store_text(st, 2);
		r.handler_name = store_text(st, 3);
		r.layanan_code = store_text(st, 4);
		r.layanan_name = store_text(st, 5);
		r.state_label = store_text(st, 6);
		r.submitted_at = store_int(st, 7);
		r.due_date = store_text(st, 8);
		fn(arg, &r);
	}
	store_done(st);
	return rc == STORE_DONE ? 0 : -1;
}
