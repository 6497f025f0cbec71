/*
 * pengaduan_read.c: who may see a complaint, lists, and one complaint as
 * its viewer may see it (identity and rahasia rules in pengaduan.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lib/xalloc.h"
#include "store/store.h"
#include "mod/akun/account.h"
#include "mod/akses/akses.h"
#include "pengaduan.h"
#include "pengaduan_impl.h"
#include "mod/alur/workday.h"

#define ROW_COLS \
	" p.id, p.nomor, p.kode_lacak, p.jenis, p.judul, p.kategori," \
	" p.wilayah_code, coalesce(w.name, ''), coalesce(p.unit_id, 0)," \
	" coalesce(u.code, ''), coalesce(u.name, ''), p.status, p.batas," \
	" p.terlambat, p.eskalasi, coalesce(p.nilai, 0), p.anonim," \
	" p.rahasia, p.dibuka_kembali, p.ditanggapi, p.created_at," \
	" coalesce(p.closed_at, 0), p.pelapor_id, a.full_name"
#define ROW_FROM \
	" FROM pengaduan p JOIN account a ON a.id = p.pelapor_id" \
	" LEFT JOIN wilayah w ON w.code = p.wilayah_code" \
	" LEFT JOIN unit u ON u.id = p.unit_id"

static void
cp(char *dst, size_t len, const char *src)
{
	snprintf(dst, len, "%s", src != NULL ? src : "");
}

/* Fill r from a row of ROW_COLS; the name only when shown. */
static void
row_fill(struct store *s, struct store_stmt *st, struct adu_row *r,
    const struct account *viewer, const char *today)
{
	char from[11], to[11];
	int staff;

	memset(r, 0, sizeof(*r));
	r->id = store_int(st, 0);
	cp(r->nomor, sizeof(r->nomor), store_text(st, 1));
	cp(r->kode_lacak, sizeof(r->kode_lacak), store_text(st, 2));
	cp(r->jenis, sizeof(r->jenis), store_text(st, 3));
	cp(r->judul, sizeof(r->judul), store_text(st, 4));
	cp(r->kategori, sizeof(r->kategori), store_text(st, 5));
	cp(r->wilayah_code, sizeof(r->wilayah_code), store_text(st, 6));
	cp(r->wilayah_name, sizeof(r->wilayah_name), store_text(st, 7));
	r->unit_id = store_int(st, 8);
	cp(r->unit_code, sizeof(r->unit_code), store_text(st, 9));
	cp(r->unit_name, sizeof(r->unit_name), store_text(st, 10));
	cp(r->status, sizeof(r->status), store_text(st, 11));
	cp(r->batas, sizeof(r->batas), store_text(st, 12));
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
	r->overdue = (strcmp(r->status, "baru") == 0 ||
	    strcmp(r->status, "didisposisi") == 0) && r->batas[0] != '\0' &&
	    strcmp(r->batas, today) < 0;
	workday_date(r->created_at, from);
	if (r->closed_at > 0)
		workday_date(r->closed_at, to);
	else
		cp(to, sizeof(to), today);
	r->hari = workday_between(s, from, to);
	staff = viewer != NULL && (viewer->roles & ROLE_STAFF) != 0;
	if (viewer != NULL && (viewer->id == r->pelapor_id ||
	    (staff && !r->anonim)))
		cp(r->pelapor_name, sizeof(r->pelapor_name),
		    store_text(st, 23));
	if (viewer == NULL || viewer->id != r->pelapor_id)
		r->pelapor_id = 0;	/* an account id is identity too */
}

int64_t
pengaduan_id(struct store *s, const char *nomor)
{
	if (nomor == NULL || strlen(nomor) > 31)
		return 0;
	return store_scalar(s, 0, "SELECT id FROM pengaduan WHERE nomor = ?",
	    "s", nomor);
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
	return store_scalar(s, 0, "SELECT id FROM pengaduan WHERE"
	    " kode_lacak = ?", "s", k);
}

int
pengaduan_visible(struct store *s, const struct account *a, int64_t id)
{
	if (a == NULL || id <= 0)
		return 0;
	if ((a->roles & (ADU_ADMIN_ROLES | ADU_READ_ROLES)) != 0)
		return store_scalar(s, 0, "SELECT count(*) FROM pengaduan"
		    " WHERE id = ?", "i", id) > 0;
	return store_scalar(s, 0, "SELECT count(*) FROM pengaduan WHERE"
	    " id = ? AND (pelapor_id = ? OR (? AND unit_id = ?))", "iiii",
	    id, a->id, (int64_t)((a->roles & ADU_UNIT_ROLES) != 0 &&
	    a->unit_id != 0), a->unit_id) > 0;
}

struct adu_row *
pengaduan_list(struct store *s, const struct account *v, enum adu_list which,
    time_t now, int limit, int *np)
{
	struct store_stmt *st;
	struct adu_row *rows = NULL;
	char today[11], *sql;
	const char *where;
	int n = 0, cap = 0;

	*np = 0;
	if (limit <= 0 || limit > 1000)
		limit = 200;
	workday_date(now, today);
	switch (which) {
	case ADU_MINE:
		where = "p.pelapor_id = ?1";
		break;
	case ADU_ADMIN:
		where = v != NULL && (v->roles & (ADU_ADMIN_ROLES |
		    ADU_READ_ROLES)) ? "?1 = ?1" : "0";
		break;
	case ADU_UNIT:
		where = v != NULL && (v->roles & ADU_UNIT_ROLES) &&
		    v->unit_id != 0 ? "p.unit_id = ?2" : "0";
		break;
	default:
		where = "p.rahasia = 0 AND ?1 = ?1";
		break;
	}
	sql = xasprintf("SELECT" ROW_COLS ROW_FROM " WHERE %s ORDER BY"
	    " (p.status IN ('baru','didisposisi') AND p.batas < ?3) DESC,"
	    " (p.status IN ('baru','didisposisi','ditanggapi')) DESC,"
	    " p.batas, p.created_at DESC, p.id DESC LIMIT ?4", where);
	st = store_query(s, sql, "iisd", v != NULL ? v->id : (int64_t)0,
	    v != NULL ? v->unit_id : (int64_t)0, today, limit);
	free(sql);
	if (st == NULL)
		return NULL;
	while (store_step(st) == STORE_ROW) {
		if (n == cap) {
			cap = cap ? cap * 2 : 16;
			rows = xrealloc(rows, (size_t)(cap) * sizeof(*rows));
		}
		row_fill(s, st, &rows[n++], which == ADU_PUBLIC ? NULL : v,
		    today);
	}
	store_done(st);
	if (rows == NULL)
		rows = xcalloc(1, sizeof(*rows));
	*np = n;
	return rows;
}

int
pengaduan_load(struct store *s, int64_t id, const struct account *viewer,
    time_t now, struct adu_view *v)
{
	struct store_stmt *st;
	char today[11];
	int pub, n = 0;

	memset(v, 0, sizeof(*v));
	workday_date(now, today);
	st = store_query(s, "SELECT" ROW_COLS ", p.isi, coalesce(t.name, ''),"
	    " p.instansi_rujukan, p.alasan_arsip, p.kasus_nomor, a.nik,"
	    " a.phone, a.email" ROW_FROM " LEFT JOIN unit t ON t.id ="
	    " p.unit_tujuan_id WHERE p.id = ?", "i", id);
	if (st == NULL || store_step(st) != STORE_ROW) {
		store_done(st);
		v->isi = xstrdup("");
		v->alasan_arsip = xstrdup("");
		return -1;
	}
	row_fill(s, st, &v->row, viewer, today);
	v->mine = viewer != NULL && viewer->id == store_int(st, 22);
	v->staff = !v->mine && viewer != NULL &&
	    (viewer->roles & ROLE_STAFF) != 0;
	pub = !v->mine && !v->staff;
	v->isi = xstrdup(pub && v->row.rahasia ? "" : store_text(st, 24));
	cp(v->unit_tujuan, sizeof(v->unit_tujuan), store_text(st, 25));
	cp(v->instansi_rujukan, sizeof(v->instansi_rujukan),
	    store_text(st, 26));
	v->alasan_arsip = xstrdup(pub && v->row.rahasia ? "" :
	    store_text(st, 27));
	if (!pub)
		cp(v->kasus_nomor, sizeof(v->kasus_nomor), store_text(st, 28));
	if (v->mine || (v->staff && !v->row.anonim)) {
		if (v->mine) {
			cp(v->pelapor_nik, sizeof(v->pelapor_nik),
			    store_text(st, 29));
			cp(v->pelapor_email, sizeof(v->pelapor_email),
			    store_text(st, 31));
		}
		cp(v->pelapor_phone, sizeof(v->pelapor_phone),
		    store_text(st, 30));
	}
	store_done(st);
	if (pub)
		cp(v->row.kode_lacak, sizeof(v->row.kode_lacak), "");
	if (pub && v->row.rahasia)
		return 0;
	/* the thread: the public sees only the unit's answers */
	st = store_query(s, "SELECT at, peran, tindakan, isi FROM"
	    " pengaduan_pesan WHERE pengaduan_id = ? AND (? = 0 OR (peran ="
	    " 'unit' AND tindakan = 'tanggapi')) ORDER BY id", "id", id, pub);
	while (st != NULL && store_step(st) == STORE_ROW) {
		v->msgs = xrealloc(v->msgs,
		    (size_t)(n + 1) * sizeof(*v->msgs));
		v->msgs[n].at = (time_t)store_int(st, 0);
		cp(v->msgs[n].peran, sizeof(v->msgs[n].peran),
		    store_text(st, 1));
		cp(v->msgs[n].tindakan, sizeof(v->msgs[n].tindakan),
		    store_text(st, 2));
		v->msgs[n].isi = xstrdup(store_text(st, 3));
		n++;
	}
	store_done(st);
	v->nmsgs = n;
	if (pub)
		return 0;
	n = 0;
	st = store_query(s, "SELECT pos, sha256, filename, mime, size FROM"
	    " pengaduan_berkas WHERE pengaduan_id = ? ORDER BY pos", "i", id);
	while (st != NULL && store_step(st) == STORE_ROW) {
		v->files = xrealloc(v->files,
		    (size_t)(n + 1) * sizeof(*v->files));
		v->files[n].pos = (int)store_int(st, 0);
		cp(v->files[n].sha256, sizeof(v->files[n].sha256),
		    store_text(st, 1));
		cp(v->files[n].filename, sizeof(v->files[n].filename),
		    store_text(st, 2));
		cp(v->files[n].mime, sizeof(v->files[n].mime),
		    store_text(st, 3));
		v->files[n].size = store_int(st, 4);
		n++;
	}
	store_done(st);
	v->nfiles = n;
	return 0;
}

void
pengaduan_view_free(struct adu_view *v)
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
	struct store_stmt *st;
	char nomor[32] = "";
	int64_t pelapor = 0;
	int anonim = 1;

	if (a == NULL || !(a->roles & ROLE_STAFF))
		return 0;
	st = store_query(s, "SELECT nomor, pelapor_id, anonim FROM pengaduan"
	    " WHERE id = ?", "i", id);
	if (st != NULL && store_step(st) == STORE_ROW) {
		cp(nomor, sizeof(nomor), store_text(st, 0));
		pelapor = store_int(st, 1);
		anonim = (int)store_int(st, 2);
	}
	store_done(st);
	if (pelapor == 0 || anonim || pelapor == a->id)
		return 0;
	return akses_record(s, a, pelapor, "pengaduan", nomor,
	    (a->roles & (ADU_ADMIN_ROLES | ADU_UNIT_ROLES)) ?
	    "Penanganan pengaduan" : "Pengawasan pengaduan (hanya baca)",
	    addr, now);
}
