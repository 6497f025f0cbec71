/* sql.c: the kinerja module's SQL (see sql.h). */
#include <string.h>

#include "store/store.h"
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

/* The callback of kinerja_sql_recs() with its argument, called for each row. */
struct recs_walk {
	void (*fn)(void *, const struct kinerja_sql_rec *);
	void *arg;
};

static int
recs_row(void *a, struct store_stmt *st)
{
	struct recs_walk *w = a;
	struct kinerja_sql_rec r;

	r.unit = store_int(st, 0);
	r.layanan = store_int(st, 1);
	r.submitted_at = store_int(st, 2);
	r.finished_at = store_int(st, 3);
	r.due_date = store_text(st, 5);
	r.state = store_text(st, 4);
	w->fn(w->arg, &r);
	return 0;
}

int
kinerja_sql_recs(struct store *s, int64_t unit_id, int64_t t0, int64_t t1,
    void (*fn)(void *, const struct kinerja_sql_rec *), void *arg)
{
	struct recs_walk w = { fn, arg };
	int rc;

	if (unit_id == 0)
		rc = store_each(s, recs_row, &w,
		    "SELECT coalesce(l.unit_id,"
		    " p.penerbit_id), p.layanan_id, p.submitted_at,"
		    " coalesce(p.finished_at, 0), p.state, coalesce(p.due_date,"
		    " '') FROM permohonan p JOIN layanan l ON l.id ="
		    " p.layanan_id WHERE p.draft = 0 AND p.submitted_at IS NOT"
		    " NULL AND p.submitted_at < ? AND (p.finished_at IS NULL OR"
		    " p.finished_at >= ?)",
		    "ii", t1, t0);
	else /* a kampung/kecamatan's own services, then an OPD's */
		rc = store_each(s, recs_row, &w,
		    "SELECT p.penerbit_id,"
		    " p.layanan_id, p.submitted_at, coalesce(p.finished_at, 0), p.state,"
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
		    " (p.finished_at IS NULL OR p.finished_at >= ?)",
		    "iiiiii", unit_id, t1, t0, unit_id, t1, t0);
	return rc == STORE_DONE ? 0 : -1;
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

/*
 * The callback of kinerja_sql_overdue() with its argument, called for each
 * row.
 */
struct overdue_walk {
	void (*fn)(void *, int64_t, int64_t, int64_t);
	void *arg;
};

static int
overdue_row(void *a, struct store_stmt *st)
{
	struct overdue_walk *w = a;

	w->fn(w->arg, store_int(st, 0), store_int(st, 1), store_int(st, 2));
	return 0;
}

int
kinerja_sql_overdue(struct store *s, const char *today, int64_t t1,
    int64_t unit_id, void (*fn)(void *, int64_t, int64_t, int64_t), void *arg)
{
	struct overdue_walk w = { fn, arg };

	return store_each(s, overdue_row, &w,
		   "SELECT coalesce(l.unit_id,"
		   " p.penerbit_id), p.layanan_id, count(*) FROM permohonan p JOIN"
		   " layanan l ON l.id = p.layanan_id WHERE p.draft = 0 AND"
		   " p.finished_at IS NULL AND p.due_date IS NOT NULL AND p.due_date <"
		   " ? AND p.submitted_at < ? AND (? = 0 OR coalesce(l.unit_id,"
		   " p.penerbit_id) = ?) GROUP BY 1, 2",
		   "siii", today, t1, unit_id, unit_id) == STORE_DONE
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
	w->fn(w->arg, &r);
	return 0;
}

int
kinerja_sql_adu(struct store *s, int64_t unit_id, int64_t t0, int64_t t1,
    void (*fn)(void *, const struct kinerja_sql_adu *), void *arg)
{
	struct pengaduan_walk w = { fn, arg };

	return store_each(s, pengaduan_row, &w,
		   "SELECT coalesce(p.unit_id,"
		   " p.unit_tujuan_id, 0), p.created_at, (SELECT min(r.at) FROM"
		   " pengaduan_riwayat r WHERE r.pengaduan_id = p.id AND r.ke ="
		   " 'didisposisi'), (SELECT min(r.at) FROM pengaduan_riwayat r WHERE"
		   " r.pengaduan_id = p.id AND r.ke = 'ditanggapi') FROM pengaduan p"
		   " WHERE p.created_at >= ? AND p.created_at < ? AND (? = 0 OR"
		   " coalesce(p.unit_id, p.unit_tujuan_id) = ?)",
		   "iiii", t0, t1, unit_id, unit_id) == STORE_DONE
	    ? 0
	    : -1;
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
    void (*fn)(void *, const struct kinerja_sql_telat *), void *arg)
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
		   " p.id",
		   "sii", today, unit_id, unit_id) == STORE_DONE
	    ? 0
	    : -1;
}
