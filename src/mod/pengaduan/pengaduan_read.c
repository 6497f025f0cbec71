/*
 * pengaduan_read.c: who may see a complaint, lists, and one complaint as
 * its viewer may see it (identity and rahasia rules in pengaduan.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lib/str.h"
#include "lib/xalloc.h"
#include "store/store.h"
#include "mod/akun/account.h"
#include "mod/akses/akses.h"
#include "pengaduan.h"
#include "pengaduan_impl.h"
#include "sql.h"
#include "mod/alur/workday.h"

/* Complete r as read (sql.h); the name only when shown. */
static void
row_fill(struct store *s, struct pengaduan_row *r, const char *name,
    const struct account *viewer, const char *today)
{
	char from[11], to[11];
	int staff;

	r->overdue = (strcmp(r->status, "baru") == 0 ||
			 strcmp(r->status, "didisposisi") == 0) &&
	    r->batas[0] != '\0' && strcmp(r->batas, today) < 0;
	workday_date(r->created_at, from);
	if (r->closed_at > 0)
		workday_date(r->closed_at, to);
	else
		str_field(to, sizeof(to), today);
	r->hari = workday_between(s, from, to);
	staff = viewer != NULL && (viewer->roles & ROLE_STAFF) != 0;
	if (viewer != NULL &&
	    (viewer->id == r->pelapor_id || (staff && !r->anonim)))
		str_field(r->pelapor_name, sizeof(r->pelapor_name), name);
	if (viewer == NULL || viewer->id != r->pelapor_id)
		r->pelapor_id = 0; /* an account id is identity too */
}

int64_t
pengaduan_id(struct store *s, const char *nomor)
{
	if (nomor == NULL || strlen(nomor) > 31)
		return 0;
	return pengaduan_sql_id(s, nomor);
}

int64_t
pengaduan_id_lacak(struct store *s, const char *kode)
{
	char k[16];
	size_t i;

	if (kode == NULL || strlen(kode) < 10 || strlen(kode) > 15)
		return 0;
	/* Crockford: case-insensitive, O as 0, I and L as 1 */
	for (i = 0; kode[i] != '\0'; i++) {
		char c = kode[i];

		if (c >= 'a' && c <= 'z')
			c -= 'a' - 'A';
		if (c == 'O')
			c = '0';
		if (c == 'I' || c == 'L')
			c = '1';
		k[i] = c;
	}
	k[i] = '\0';
	return pengaduan_sql_id_lacak(s, k);
}

int
pengaduan_visible(struct store *s, const struct account *a, int64_t id)
{
	if (a == NULL || id <= 0)
		return 0;
	if ((a->roles & (PENGADUAN_ADMIN_ROLES | PENGADUAN_READ_ROLES)) != 0)
		return pengaduan_sql_count(s, id) > 0;
	return pengaduan_sql_count_for(s, id, a->id,
		   (a->roles & PENGADUAN_UNIT_ROLES) != 0 && a->unit_id != 0,
		   a->unit_id) > 0;
}

/* The rows of pengaduan_list() as they are read. */
struct list_walk {
	struct store *s;
	const struct account *viewer;
	const char *today;
	struct pengaduan_row *rows;
	int n;
	int cap;
};

static int
list_row(void *arg, struct pengaduan_row *r, const char *name,
    const struct pengaduan_sql_more *more)
{
	struct list_walk *w = arg;

	(void)more;
	if (w->n == w->cap) {
		w->cap = w->cap ? w->cap * 2 : 16;
		w->rows =
		    xrealloc(w->rows, (size_t)(w->cap) * sizeof(*w->rows));
	}
	w->rows[w->n] = *r;
	row_fill(w->s, &w->rows[w->n++], name, w->viewer, w->today);
	return 0;
}

struct pengaduan_row *
pengaduan_list(struct store *s, const struct account *v,
    enum pengaduan_daftar which, time_t now, int limit, int *np)
{
	struct list_walk w;
	char today[11];
	enum pengaduan_sql_where where;

	*np = 0;
	if (limit <= 0 || limit > 1000)
		limit = 200;
	workday_date(now, today);
	switch (which) {
	case PENGADUAN_MINE:
		where = PENGADUAN_SQL_MINE;
		break;
	case PENGADUAN_ADMIN:
		where = v != NULL &&
			(v->roles &
			    (PENGADUAN_ADMIN_ROLES | PENGADUAN_READ_ROLES))
		    ? PENGADUAN_SQL_ALL
		    : PENGADUAN_SQL_NONE;
		break;
	case PENGADUAN_UNIT:
		where = v != NULL && (v->roles & PENGADUAN_UNIT_ROLES) &&
			v->unit_id != 0
		    ? PENGADUAN_SQL_UNIT
		    : PENGADUAN_SQL_NONE;
		break;
	default:
		where = PENGADUAN_SQL_PUBLIC;
		break;
	}
	memset(&w, 0, sizeof(w));
	w.s = s;
	w.viewer = which == PENGADUAN_PUBLIC ? NULL : v;
	w.today = today;
	if (pengaduan_sql_each_row(s, where, v != NULL ? v->id : (int64_t)0,
		v != NULL ? v->unit_id : (int64_t)0, today, limit, list_row,
		&w) != 0)
		return NULL;
	if (w.rows == NULL)
		w.rows = xcalloc(1, sizeof(*w.rows));
	*np = w.n;
	return w.rows;
}

/* The complaint of pengaduan_load() as it is read. */
struct load_walk {
	struct store *s;
	const struct account *viewer;
	const char *today;
	struct pengaduan_view *v;
	int pub;
};

static int
load_row(void *arg, struct pengaduan_row *r, const char *name,
    const struct pengaduan_sql_more *m)
{
	struct load_walk *w = arg;
	struct pengaduan_view *v = w->v;
	const struct account *viewer = w->viewer;
	int pub;

	v->row = *r;
	row_fill(w->s, &v->row, name, viewer, w->today);
	v->mine = viewer != NULL && viewer->id == r->pelapor_id;
	v->staff =
	    !v->mine && viewer != NULL && (viewer->roles & ROLE_STAFF) != 0;
	pub = w->pub = !v->mine && !v->staff;
	v->isi = xstrdup(pub && v->row.rahasia ? "" : m->isi);
	str_field(v->unit_tujuan, sizeof(v->unit_tujuan), m->unit_tujuan);
	str_field(v->instansi_rujukan, sizeof(v->instansi_rujukan),
	    m->instansi_rujukan);
	v->alasan_arsip = xstrdup(pub && v->row.rahasia ? "" : m->alasan_arsip);
	if (!pub)
		str_field(v->kasus_nomor, sizeof(v->kasus_nomor),
		    m->kasus_nomor);
	if (v->mine || (v->staff && !v->row.anonim)) {
		if (v->mine) {
			str_field(v->pelapor_nik, sizeof(v->pelapor_nik),
			    m->nik);
			str_field(v->pelapor_email, sizeof(v->pelapor_email),
			    m->email);
		}
		str_field(v->pelapor_phone, sizeof(v->pelapor_phone), m->phone);
	}
	return 0;
}

int
pengaduan_load(struct store *s, int64_t id, const struct account *viewer,
    time_t now, struct pengaduan_view *v)
{
	struct load_walk w;
	char today[11];
	int pub;

	memset(v, 0, sizeof(*v));
	workday_date(now, today);
	memset(&w, 0, sizeof(w));
	w.s = s;
	w.viewer = viewer;
	w.today = today;
	w.v = v;
	if (!pengaduan_sql_one(s, id, load_row, &w)) {
		v->isi = xstrdup("");
		v->alasan_arsip = xstrdup("");
		return -1;
	}
	pub = w.pub;
	if (pub)
		str_field(v->row.kode_lacak, sizeof(v->row.kode_lacak), "");
	if (pub && v->row.rahasia)
		return 0;
	/* the thread: the public sees only the unit's answers */
	v->nmsgs = pengaduan_sql_msgs(s, id, pub, v);
	if (pub)
		return 0;
	v->nfiles = pengaduan_sql_files(s, id, v);
	return 0;
}

void
pengaduan_view_free(struct pengaduan_view *v)
{
	int i;

	for (i = 0; i < v->nmsgs; i++)
		free(v->msgs[i].isi);
	free(v->msgs);
	free(v->files);
	free(v->isi);
	free(v->alasan_arsip);
	memset(v, 0, sizeof(*v));
}

int
pengaduan_audit_read(struct store *s, const struct account *a, int64_t id,
    const char *addr, time_t now)
{
	char nomor[32] = "";
	int64_t pelapor = 0;
	int anonim = 1;

	if (a == NULL || !(a->roles & ROLE_STAFF))
		return 0;
	pengaduan_sql_reporter(s, id, nomor, sizeof(nomor), &pelapor, &anonim);
	if (pelapor == 0 || anonim || pelapor == a->id)
		return 0;
	return akses_record(s, a, pelapor, "pengaduan", nomor,
	    (a->roles & (PENGADUAN_ADMIN_ROLES | PENGADUAN_UNIT_ROLES))
		? "Penanganan pengaduan"
		: "Pengawasan pengaduan (hanya baca)",
	    addr, now);
}
