/* sql.c: the survei module's SQL (see sql.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lib/xalloc.h"
#include "store/dialect.h"
#include "store/store.h"
#include "survei_data.h"
#include "sql.h"

#define UNDANGAN_SELECT                                                        \
	"SELECT u.id, u.permohonan_id, u.account_id,"                          \
	" u.unit_id, u.layanan_id, coalesce(p.nomor, ''), l.name, un.name,"    \
	" u.created_at, coalesce(u.answered_at, 0) FROM survei_undangan u"     \
	" JOIN permohonan p ON p.id = u.permohonan_id"                         \
	" JOIN layanan l ON l.id = u.layanan_id"                               \
	" JOIN unit un ON un.id = u.unit_id"

static void
undangan_row(struct store_stmt *st, void *elem)
{
	struct survei_undangan *u = elem;

	memset(u, 0, sizeof(*u));
	u->id = store_int(st, 0);
	u->permohonan_id = store_int(st, 1);
	u->account_id = store_int(st, 2);
	u->unit_id = store_int(st, 3);
	u->layanan_id = store_int(st, 4);
	snprintf(u->nomor, sizeof(u->nomor), "%s", store_text(st, 5));
	snprintf(u->layanan, sizeof(u->layanan), "%s", store_text(st, 6));
	snprintf(u->unit, sizeof(u->unit), "%s", store_text(st, 7));
	u->created_at = store_int(st, 8);
	u->answered_at = store_int(st, 9);
}

int
survei_sql_undangan_get(struct store *s, int64_t id, int64_t account_id,
    struct survei_undangan *u)
{
	struct store_stmt *st;
	int rc;

	st = store_query(s,
	    UNDANGAN_SELECT " WHERE u.id = ? AND"
			    " u.account_id = ?",
	    "ii", id, account_id);
	if (st == NULL)
		return SURVEI_GAGAL;
	rc = store_step(st);
	if (rc == STORE_ROW)
		undangan_row(st, u);
	store_done(st);
	if (rc == STORE_ROW)
		return 0;
	return rc == STORE_DONE ? SURVEI_TIDAK_ADA : SURVEI_GAGAL;
}

int
survei_sql_undangan_insert(struct store *s, int64_t permohonan_id)
{
	if (store_run(s,
		"INSERT INTO survei_undangan(permohonan_id,"
		" account_id, unit_id, layanan_id, created_at) SELECT id,"
		" pemohon_id, unit_id, layanan_id, " SQL_NOW " FROM permohonan"
		" WHERE id = ? ON CONFLICT DO NOTHING",
		"i", permohonan_id) != 0)
		return -1;
	return store_changes(s) > 0;
}

int
survei_sql_undangan_notify(struct store *s, int64_t permohonan_id)
{
	return store_run(s,
	    "INSERT INTO notifikasi(account_id, at, text,"
	    " link) SELECT p.pemohon_id, " SQL_NOW ", 'Permohonan ' ||"
	    " coalesce(p.nomor, '') || ' telah selesai.' || ' Mohon luangkan"
	    " waktu dua menit untuk mengisi Survei' || ' Kepuasan Masyarakat"
	    " atas layanan ini.', '/survei/' || u.id FROM survei_undangan u"
	    " JOIN permohonan p ON p.id = u.permohonan_id WHERE"
	    " u.permohonan_id = ? AND u.answered_at IS NULL",
	    "i", permohonan_id);
}

int
survei_sql_tiket_get(struct store *s, const char *kode,
    struct survei_undangan *u)
{
	struct store_stmt *st;
	int rc;

	st = store_query(s,
	    "SELECT t.kode, t.nomor, t.unit_id, t.layanan_id, l.name, un.name,"
	    " t.created_at, coalesce(t.answered_at, 0) FROM survei_tiket t"
	    " JOIN layanan l ON l.id = t.layanan_id"
	    " JOIN unit un ON un.id = t.unit_id WHERE t.kode = ?",
	    "s", kode);
	if (st == NULL)
		return SURVEI_GAGAL;
	rc = store_step(st);
	if (rc == STORE_ROW) {
		memset(u, 0, sizeof(*u));
		snprintf(u->kode, sizeof(u->kode), "%s", store_text(st, 0));
		snprintf(u->nomor, sizeof(u->nomor), "%s", store_text(st, 1));
		u->unit_id = store_int(st, 2);
		u->layanan_id = store_int(st, 3);
		snprintf(u->layanan, sizeof(u->layanan), "%s",
		    store_text(st, 4));
		snprintf(u->unit, sizeof(u->unit), "%s", store_text(st, 5));
		u->created_at = store_int(st, 6);
		u->answered_at = store_int(st, 7);
	}
	store_done(st);
	if (rc == STORE_ROW)
		return 0;
	return rc == STORE_DONE ? SURVEI_TIDAK_ADA : SURVEI_GAGAL;
}

int
survei_sql_tiket_insert(struct store *s, const char *kode, const char *nomor,
    int64_t unit_id, int64_t layanan_id, time_t now)
{
	return store_run(s,
	    "INSERT INTO survei_tiket(kode, nomor, unit_id, layanan_id,"
	    " created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
	    "ssiii", kode, nomor, unit_id, layanan_id, (int64_t)now);
}

int
survei_sql_tiket_answer(struct store *s, const char *kode, time_t now)
{
	return store_run(s,
	    "UPDATE survei_tiket SET answered_at = ? WHERE kode = ? AND"
	    " answered_at IS NULL",
	    "is", (int64_t)now, kode);
}

struct survei_undangan *
survei_sql_undangan_list(struct store *s, int64_t account_id, size_t *np)
{
	struct survei_undangan *v = NULL;
	size_t n = 0;

	*np = 0;
	if (store_rows(s, &v, sizeof(*v), &n, undangan_row,
		UNDANGAN_SELECT
		" WHERE u.account_id = ? ORDER BY u.id DESC LIMIT 200",
		"i", account_id) != STORE_DONE) {
		free(v);
		return NULL;
	}
	if (v == NULL)
		v = xcalloc(1, sizeof(*v));
	*np = n;
	return v;
}

int
survei_sql_undangan_answer(struct store *s, int64_t id, int64_t account_id,
    time_t now)
{
	return store_run(s,
	    "UPDATE survei_undangan SET answered_at = ? WHERE"
	    " id = ? AND account_id = ? AND answered_at IS NULL",
	    "iii", (int64_t)now, id, account_id);
}

int
survei_sql_jawaban_insert(struct store *s, const char *sumber, int64_t unit_id,
    int64_t layanan_id, const char *periode, const int u[IKM_UNSUR],
    const char *integritas, const char *saran)
{
	return store_run(s,
	    "INSERT INTO survei_jawaban(sumber, unit_id,"
	    " layanan_id, periode, u1, u2, u3, u4, u5, u6, u7, u8, u9,"
	    " integritas, saran) VALUES (?, ?, ?, ?, nullif(?, 0),"
	    " nullif(?, 0), nullif(?, 0), nullif(?, 0), nullif(?, 0),"
	    " nullif(?, 0), nullif(?, 0), nullif(?, 0), nullif(?, 0), ?, ?)",
	    "siisdddddddddss", sumber, unit_id, layanan_id, periode, u[0], u[1],
	    u[2], u[3], u[4], u[5], u[6], u[7], u[8],
	    integritas ? integritas : "", saran ? saran : "");
}

static void
layanan_fill(struct store_stmt *st, void *elem)
{
	struct survei_layanan *l = elem;

	l->id = store_int(st, 0);
	snprintf(l->code, sizeof(l->code), "%s", store_text(st, 1));
	snprintf(l->name, sizeof(l->name), "%s", store_text(st, 2));
}

struct survei_layanan *
survei_sql_layanan_unit(struct store *s, int64_t unit_id, size_t *np)
{
	struct survei_layanan *v = NULL;
	size_t n = 0;

	*np = 0;
	if (store_rows(s, &v, sizeof(*v), &n, layanan_fill,
		"SELECT l.id,"
		" l.code, l.name FROM layanan l, unit u WHERE u.id = ? AND"
		" l.active = 1 AND ((u.kind = 'opd' AND l.unit_id = u.id) OR"
		" (u.kind = 'kecamatan' AND l.level = 'kecamatan') OR (u.kind ="
		" 'kampung' AND l.level = 'kampung')) ORDER BY l.code",
		"i", unit_id) != STORE_DONE) {
		free(v);
		return NULL;
	}
	if (v == NULL)
		v = xcalloc(1, sizeof(*v));
	*np = n;
	return v;
}

/*
 * The callback of survei_sql_jawaban_each() with its argument, called for each
 * row.
 */
struct jawaban_each_walk {
	void (*fn)(void *, const char *, const int[IKM_UNSUR]);
	void *arg;
};

static int
jawaban_each_row(void *a, struct store_stmt *st)
{
	struct jawaban_each_walk *w = a;
	int u[IKM_UNSUR], i;

	for (i = 0; i < IKM_UNSUR; i++)
		u[i] = (int)store_int(st, i + 1);
	w->fn(w->arg, store_text(st, 0), u);
	return 0;
}

int
survei_sql_jawaban_each(struct store *s, int64_t unit_id, int64_t layanan_id,
    void (*fn)(void *, const char *, const int[IKM_UNSUR]), void *arg)
{
	struct jawaban_each_walk w = { fn, arg };

	return store_each(s, jawaban_each_row, &w,
		   "SELECT periode,"
		   " coalesce(u1, 0), coalesce(u2, 0), coalesce(u3, 0), coalesce(u4,"
		   " 0), coalesce(u5, 0), coalesce(u6, 0), coalesce(u7, 0),"
		   " coalesce(u8, 0), coalesce(u9, 0) FROM survei_jawaban WHERE (? = 0"
		   " OR unit_id = ?) AND (? = 0 OR layanan_id = ?)",
		   "iiii", unit_id, unit_id, layanan_id,
		   layanan_id) == STORE_DONE
	    ? 0
	    : -1;
}

/*
 * The callback of survei_sql_pengguna_each() with its argument, called for
 * each row.
 */
struct pengguna_each_walk {
	void (*fn)(void *, const char *, int64_t);
	void *arg;
};

static int
pengguna_each_row(void *a, struct store_stmt *st)
{
	struct pengguna_each_walk *w = a;

	w->fn(w->arg, store_text(st, 0), store_int(st, 1));
	return 0;
}

int
survei_sql_pengguna_each(struct store *s, int64_t unit_id, int64_t layanan_id,
    void (*fn)(void *, const char *, int64_t), void *arg)
{
	struct pengguna_each_walk w = { fn, arg };

	return store_each(s, pengguna_each_row, &w,
		   "SELECT " SQL_MONTH(
		       "coalesce(finished_at,"
		       " state_since) + 25200") ","
						" count(*) FROM permohonan WHERE state = 'selesai' AND (? = 0 OR"
						" unit_id = ?) AND (? = 0 OR layanan_id = ?) GROUP BY 1",
		   "iiii", unit_id, unit_id, layanan_id,
		   layanan_id) == STORE_DONE
	    ? 0
	    : -1;
}

/* One row of id, code, name by code from sql; 1, 0 none, -1 error. */
static int
by_code(struct store *s, const char *sql, const char *code, int64_t *idp,
    char *ccode, size_t codelen, char *name, size_t namelen)
{
	struct store_stmt *st;
	int found;

	st = store_query(s, sql, "s", code);
	if (st == NULL)
		return -1;
	if ((found = store_step(st) == STORE_ROW)) {
		*idp = store_int(st, 0);
		snprintf(ccode, codelen, "%s", store_text(st, 1));
		snprintf(name, namelen, "%s", store_text(st, 2));
	}
	store_done(st);
	return found;
}

int
survei_sql_unit_by_code(struct store *s, const char *code, int64_t *idp,
    char *ccode, size_t codelen, char *name, size_t namelen)
{
	return by_code(s,
	    "SELECT id, code, name FROM unit"
	    " WHERE code = ?",
	    code, idp, ccode, codelen, name, namelen);
}

int
survei_sql_layanan_by_code(struct store *s, const char *code, int64_t *idp,
    char *ccode, size_t codelen, char *name, size_t namelen)
{
	return by_code(s,
	    "SELECT id, code, name FROM layanan"
	    " WHERE code = ?",
	    code, idp, ccode, codelen, name, namelen);
}

/*
 * The callback of survei_sql_units_each() with its argument, called for
 * each row.
 */
struct units_walk {
	void (*fn)(void *, const char *, const char *);
	void *arg;
};

static int
units_row(void *a, struct store_stmt *st)
{
	struct units_walk *w = a;

	w->fn(w->arg, store_text(st, 0), store_text(st, 1));
	return 0;
}

void
survei_sql_units_each(struct store *s,
    void (*fn)(void *, const char *, const char *), void *arg)
{
	struct units_walk w = { fn, arg };

	(void)store_each(s, units_row, &w,
	    "SELECT code, name FROM unit WHERE"
	    " active = 1 ORDER BY CASE kind WHEN 'opd' THEN 0 WHEN 'kecamatan'"
	    " THEN 1 ELSE 2 END, name",
	    "");
}

/*
 * The callback of survei_sql_jawaban_csv() with its argument, called for
 * each row.
 */
struct csv_walk {
	void (*fn)(void *, const char *const v[15]);
	void *arg;
};

static int
csv_row(void *a, struct store_stmt *st)
{
	struct csv_walk *w = a;
	const char *v[15];
	int i;

	for (i = 0; i < 15; i++)
		v[i] = store_text(st, i);
	w->fn(w->arg, v);
	return 0;
}

/*
 * The nine elements of an answer as text, blank when not answered, and
 * their sort keys: the answered ones first by value, as SQLite sorts
 * integers before text (PostgreSQL's coalesce() needs one type).
 */
#define U_TEXT                                                                 \
	"coalesce(CAST(j.u1 AS TEXT), ''), coalesce(CAST(j.u2 AS TEXT), ''),"  \
	" coalesce(CAST(j.u3 AS TEXT), ''), coalesce(CAST(j.u4 AS TEXT), '')," \
	" coalesce(CAST(j.u5 AS TEXT), ''), coalesce(CAST(j.u6 AS TEXT), '')," \
	" coalesce(CAST(j.u7 AS TEXT), ''), coalesce(CAST(j.u8 AS TEXT), '')," \
	" coalesce(CAST(j.u9 AS TEXT), '')"
#define U_ORDER                                                                \
	"j.u1 IS NULL, j.u1, j.u2 IS NULL, j.u2,"                              \
	" j.u3 IS NULL, j.u3, j.u4 IS NULL, j.u4,"                             \
	" j.u5 IS NULL, j.u5, j.u6 IS NULL, j.u6,"                             \
	" j.u7 IS NULL, j.u7, j.u8 IS NULL, j.u8,"                             \
	" j.u9 IS NULL, j.u9"

int
survei_sql_jawaban_csv(struct store *s, int64_t unit_id, int64_t layanan_id,
    void (*fn)(void *, const char *const v[15]), void *arg)
{
	struct csv_walk w = { fn, arg };

	return store_each(s, csv_row, &w,
		   "SELECT j.periode, u.code, u.name, l.code, l.name, j.sumber,"
		   " " U_TEXT " FROM survei_jawaban j JOIN unit u ON u.id ="
		   " j.unit_id JOIN layanan l ON l.id = j.layanan_id WHERE"
		   " (? = 0 OR j.unit_id = ?) AND (? = 0 OR j.layanan_id = ?)"
		   " ORDER BY 1, 2, 4, 6, " U_ORDER,
		   "iiii", unit_id, unit_id, layanan_id,
		   layanan_id) == STORE_NOSTMT
	    ? -1
	    : 0;
}

void
survei_sql_undangan_of(struct store *s, int64_t permohonan_id,
    int64_t account_id, int64_t *idp, int64_t *answeredp)
{
	struct store_stmt *st;

	*idp = *answeredp = 0;
	st = store_query(s,
	    "SELECT id, coalesce(answered_at, 0) FROM"
	    " survei_undangan WHERE permohonan_id = ? AND account_id = ?",
	    "ii", permohonan_id, account_id);
	if (st != NULL && store_step(st) == STORE_ROW) {
		*idp = store_int(st, 0);
		*answeredp = store_int(st, 1);
	}
	store_done(st);
}
