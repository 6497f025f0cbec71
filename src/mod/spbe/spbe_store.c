/*
 * spbe_store.c: SPBE assessments, entries, evidence and evidence requests
 * in the database.  Each change: one transaction with its audit event.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/csv.h"
#include "lib/msg.h"
#include "lib/utf8.h"
#include "lib/xalloc.h"
#include "store/store.h"
#include "mod/akun/account.h"
#include "mod/audit/audit.h"
#include "mod/berkas/berkas.h"
#include "spbe.h"
#include "spbe_store.h"

const char *
spbe_status_label(const char *st)
{
	if (strcmp(st, "draft") == 0)
		return "Draf";
	if (strcmp(st, "diajukan") == 0)
		return "Diajukan";
	if (strcmp(st, "final") == 0)
		return "Final";
	return st;
}

static const char *
actor_role(const struct account *a)
{
	if (a == NULL)
		return "sistem";
	if (a->roles & ROLE_KOORDINATOR_SPBE)
		return "koordinator_spbe";
	if (a->roles & ROLE_SUPERADMIN)
		return "superadmin";
	if (a->roles & ROLE_ADMIN)
		return "admin";
	return "petugas";
}

/* Audit event for assessment id, inside the caller's transaction. */
static int
audit_spbe(struct store *s, const char *action, int64_t id, const char *from,
    const char *to, const char *note, const struct account *a,
    const char *addr)
{
	struct audit ev;
	char oid[24];

	snprintf(oid, sizeof(oid), "%" PRId64, id);
	memset(&ev, 0, sizeof(ev));
	ev.actor_id = a ? a->id : 0;
	ev.role = actor_role(a);
	ev.unit_id = a ? a->unit_id : 0;
	ev.action = action;
	ev.object_type = "spbe_penilaian";
	ev.object_id = oid;
	ev.from_state = from;
	ev.to_state = to;
	ev.note = note;
	ev.addr = addr;
	return audit_write(s, &ev);
}

int
spbe_kerangka_install(struct store *s, const char *path, time_t now,
    char *err, size_t errlen)
{
	struct spbe_framework *fw;
	char *data;
	size_t len;
	int rc;

	if (spbe_framework_load(path, &fw, err, errlen) != 0)
		return -1;
	if (csv_load_file(path, &data, &len) != 0) {
		spbe_framework_free(fw);
		snprintf(err, errlen, msg(M_SPBE_FW_READ), path);
		return -1;
	}
	if (store_begin(s) != 0) {
		free(data);
		spbe_framework_free(fw);
		snprintf(err, errlen, "%s", msg(M_SAVE_FAILED));
		return -1;
	}
	/* keep the stored copy a final assessment was scored with */
	rc = store_run(s, "INSERT INTO spbe_kerangka (kode, nama, isi,"
	    " dimuat_pada) VALUES (?, ?, ?, ?) ON CONFLICT(kode) DO UPDATE"
	    " SET nama = excluded.nama, isi = excluded.isi, dimuat_pada ="
	    " excluded.dimuat_pada WHERE spbe_kerangka.isi <> excluded.isi"
	    " AND NOT EXISTS (SELECT 1 FROM spbe_penilaian WHERE kerangka ="
	    " excluded.kode AND status = 'final')", "sssi", fw->kode, fw->nama,
	    data, (int64_t)now);
	if (rc == 0)
		rc = store_commit(s);
	if (rc != 0) {
		store_rollback(s);
		snprintf(err, errlen, "%s", msg(M_SAVE_FAILED));
	}
	free(data);
	spbe_framework_free(fw);
	return rc == 0 ? 0 : -1;
}

struct spbe_framework *
spbe_kerangka_get(struct store *s, const char *kode)
{
	struct spbe_framework *fw = NULL;
	struct store_stmt *st;
	char err[300];

	st = store_query(s, "SELECT isi FROM spbe_kerangka WHERE kode = ?",
	    "s", kode);
	if (st == NULL)
		return NULL;
	if (store_step(st) == STORE_ROW) {
		const char *isi = store_text(st, 0);

		if (spbe_framework_parse(isi, strlen(isi), &fw, err,
		    sizeof(err)) != 0)
			fw = NULL;
	}
	store_done(st);
	return fw;
}

#define P_COLS "p.id, p.tahun, p.kerangka, p.revisi, p.status," \
	" p.alasan_revisi, p.demo, p.dibuat_pada, coalesce(p.final_pada, 0)," \
	" coalesce(p.indeks, -1), coalesce(p.predikat, '')," \
	" p.revisi = (SELECT max(q.revisi) FROM spbe_penilaian q WHERE" \
	" q.tahun = p.tahun AND q.kerangka = p.kerangka)"

static void
p_row(struct store_stmt *st, struct spbe_penilaian *p)
{
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
spbe_get(struct store *s, int64_t id, struct spbe_penilaian *p)
{
	struct store_stmt *st;
	int rc = -1;

	st = store_query(s, "SELECT " P_COLS " FROM spbe_penilaian p WHERE"
	    " p.id = ?", "i", id);
	if (st == NULL)
		return -1;
	if (store_step(st) == STORE_ROW) {
		p_row(st, p);
		rc = 0;
	}
	store_done(st);
	return rc;
}

static struct spbe_penilaian *
p_list(struct store *s, const char *sql, size_t *np)
{
	struct spbe_penilaian *v = NULL;
	struct store_stmt *st;
	size_t n = 0, cap = 0;

	*np = 0;
	st = store_query(s, sql, "");
	if (st == NULL)
		return NULL;
	while (store_step(st) == STORE_ROW) {
		if (n == cap) {
			cap = cap ? cap * 2 : 8;
			v = xrealloc(v, cap * sizeof(*v));
		}
		p_row(st, &v[n++]);
	}
	store_done(st);
	if (v == NULL)
		v = xcalloc(1, sizeof(*v));
	*np = n;
	return v;
}

struct spbe_penilaian *
spbe_list(struct store *s, size_t *n)
{
	return p_list(s, "SELECT " P_COLS " FROM spbe_penilaian p ORDER BY"
	    " p.tahun DESC, p.kerangka, p.revisi DESC", n);
}

struct spbe_penilaian *
spbe_list_final(struct store *s, size_t *n)
{
	return p_list(s, "SELECT " P_COLS " FROM spbe_penilaian p WHERE"
	    " p.status = 'final' AND p.revisi = (SELECT max(q.revisi) FROM"
	    " spbe_penilaian q WHERE q.tahun = p.tahun AND q.kerangka ="
	    " p.kerangka AND q.status = 'final') ORDER BY p.tahun DESC,"
	    " p.kerangka", n);
}

struct spbe_isian *
spbe_entries(struct store *s, const struct spbe_framework *fw, int64_t id)
{
	struct spbe_isian *v;
	struct store_stmt *st;
	size_t i;
	int k;

	v = xcalloc(fw->nind ? fw->nind : 1, sizeof(*v));
	for (i = 0; i < fw->nind; i++)
		v[i].penjelasan = xstrdup("");
	st = store_query(s, "SELECT i.indikator, i.level, i.penjelasan,"
	    " coalesce(i.unit_id, 0), coalesce(u.name, ''), (SELECT count(*)"
	    " FROM spbe_bukti b WHERE b.penilaian_id = i.penilaian_id AND"
	    " b.indikator = i.indikator) FROM spbe_isian i LEFT JOIN unit u"
	    " ON u.id = i.unit_id WHERE i.penilaian_id = ?", "i", id);
	if (st == NULL)
		return v;
	while (store_step(st) == STORE_ROW) {
		if ((k = spbe_ind_find(fw, (int)store_int(st, 0))) < 0)
			continue;
		v[k].level = (int)store_int(st, 1);
		free(v[k].penjelasan);
		v[k].penjelasan = xstrdup(store_text(st, 2));
		v[k].unit_id = store_int(st, 3);
		snprintf(v[k].unit_nama, sizeof(v[k].unit_nama), "%s",
		    store_text(st, 4));
		v[k].nbukti = (int)store_int(st, 5);
	}
	store_done(st);
	return v;
}

void
spbe_isian_free(struct spbe_isian *v, size_t n)
{
	size_t i;

	if (v == NULL)
		return;
	for (i = 0; i < n; i++)
		free(v[i].penjelasan);
	free(v);
}

int *
spbe_levels(struct store *s, const struct spbe_framework *fw, int64_t id)
{
	struct store_stmt *st;
	int *lv, k;

	lv = xcalloc(fw->nind ? fw->nind : 1, sizeof(*lv));
	st = store_query(s, "SELECT indikator, level FROM spbe_isian WHERE"
	    " penilaian_id = ?", "i", id);
	if (st == NULL)
		return lv;
	while (store_step(st) == STORE_ROW)
		if ((k = spbe_ind_find(fw, (int)store_int(st, 0))) >= 0)
			lv[k] = (int)store_int(st, 1);
	store_done(st);
	return lv;
}

int
spbe_create(struct store *s, const char *kode, int tahun, int demo,
    const struct account *a, const char *addr, time_t now, int64_t *idp,
    const char **why)
{
	char note[80];

	*why = msg(M_SAVE_FAILED);
	if (tahun < 2018 || tahun > 2100) {
		*why = msg(M_SPBE_YEAR_BAD);
		return -1;
	}
	if (store_scalar(s, 0, "SELECT count(*) FROM spbe_kerangka WHERE"
	    " kode = ?", "s", kode) == 0) {
		*why = msg(M_SPBE_KERANGKA_NONE);
		return -1;
	}
	if (store_scalar(s, 0, "SELECT count(*) FROM spbe_penilaian WHERE"
	    " tahun = ? AND kerangka = ?", "ds", tahun, kode) > 0) {
		*why = msg(M_SPBE_YEAR_EXISTS);
		return -1;
	}
	if (store_begin(s) != 0)
		return -1;
	if (store_run(s, "INSERT INTO spbe_penilaian (tahun, kerangka,"
	    " revisi, status, demo, dibuat_oleh, dibuat_pada) VALUES (?, ?, 1,"
	    " 'draft', ?, nullif(?, 0), ?)", "dsdii", tahun, kode, demo,
	    a ? a->id : (int64_t)0, (int64_t)now) != 0)
		goto bad;
	*idp = store_last_id(s);
	snprintf(note, sizeof(note), "tahun %d, kerangka %s", tahun, kode);
	if (audit_spbe(s, "spbe.buat", *idp, NULL, "draft", note, a,
	    addr) != 0 || store_commit(s) != 0)
		goto bad;
	return 0;
bad:
	store_rollback(s);
	return -1;
}

/* Load id and insist on status want (NULL: any); sets *why. */
static int
load_state(struct store *s, int64_t id, const char *want,
    struct spbe_penilaian *p, const char **why)
{
	if (spbe_get(s, id, p) != 0) {
		*why = msg(M_SPBE_NOT_FOUND);
		return -1;
	}
	if (want != NULL && strcmp(p->status, want) != 0) {
		if (strcmp(p->status, "final") == 0)
			*why = msg(M_SPBE_FINAL_RO);
		else if (strcmp(want, "draft") == 0)
			*why = msg(M_SPBE_NOT_DRAFT);
		else
			*why = msg(M_SPBE_NOT_SUBMITTED);
		return -1;
	}
	return 0;
}

int
spbe_set(struct store *s, const struct spbe_framework *fw, int64_t id,
    int nomor, int level, const char *penjelasan, int64_t unit_id,
    const struct account *a, const char *addr, time_t now, const char **why)
{
	struct spbe_penilaian p;
	char note[80];

	if (load_state(s, id, "draft", &p, why) != 0)
		return -1;
	if (strcmp(p.kerangka, fw->kode) != 0 || spbe_ind_find(fw, nomor) < 0) {
		*why = msg(M_SPBE_IND_UNKNOWN);
		return -1;
	}
	if (level < 0 || level > SPBE_LEVEL_MAX) {
		*why = msg(M_SPBE_LEVEL_BAD);
		return -1;
	}
	if (penjelasan == NULL)
		penjelasan = "";
	if (text_check(penjelasan, 0, 4000, 1) != NULL ||
	    strlen(penjelasan) > 4000) {
		*why = msg(M_SPBE_TEXT_BAD);
		return -1;
	}
	if (unit_id != 0 && store_scalar(s, 0, "SELECT count(*) FROM unit"
	    " WHERE id = ?", "i", unit_id) == 0) {
		*why = msg(M_SPBE_UNIT_BAD);
		return -1;
	}
	*why = msg(M_SAVE_FAILED);
	if (store_begin(s) != 0)
		return -1;
	if (store_run(s, "INSERT INTO spbe_isian (penilaian_id, indikator,"
	    " level, penjelasan, unit_id, diubah_oleh, diubah_pada) VALUES"
	    " (?, ?, ?, ?, nullif(?, 0), nullif(?, 0), ?) ON CONFLICT"
	    " (penilaian_id, indikator) DO UPDATE SET level = excluded.level,"
	    " penjelasan = excluded.penjelasan, unit_id = excluded.unit_id,"
	    " diubah_oleh = excluded.diubah_oleh, diubah_pada = excluded.diubah_pada",
	    "iddsiii", id, nomor, level, penjelasan, unit_id,
	    a ? a->id : (int64_t)0, (int64_t)now) != 0)
		goto bad;
	snprintf(note, sizeof(note), "indikator %d level %d", nomor, level);
	if (audit_spbe(s, "spbe.isi", id, NULL, NULL, note, a, addr) != 0 ||
	    store_commit(s) != 0)
		goto bad;
	return 0;
bad:
	store_rollback(s);
	return -1;
}

/* Move id from -> to, setting the columns of the new state. */
static int
move(struct store *s, int64_t id, const char *from, const char *to,
    const char *sql, const char *action, const struct account *a,
    const char *addr, time_t now, const char **why)
{
	*why = msg(M_SAVE_FAILED);
	if (store_begin(s) != 0)
		return -1;
	/* sql binds (actor id or 0, now, id) */
	if (store_run(s, sql, "iii", a ? a->id : (int64_t)0, (int64_t)now,
	    id) != 0 ||
	    store_changes(s) != 1 ||
	    audit_spbe(s, action, id, from, to, NULL, a, addr) != 0 ||
	    store_commit(s) != 0) {
		store_rollback(s);
		return -1;
	}
	return 0;
}

int
spbe_submit(struct store *s, const struct spbe_framework *fw, int64_t id,
    const struct account *a, const char *addr, time_t now, const char **why)
{
	struct spbe_penilaian p;
	size_t i;
	int *lv;

	if (load_state(s, id, "draft", &p, why) != 0)
		return -1;
	lv = spbe_levels(s, fw, id);
	for (i = 0; i < fw->nind; i++)
		if (lv[i] < SPBE_LEVEL_MIN)
			break;
	free(lv);
	if (i < fw->nind) {
		*why = msg(M_SPBE_INCOMPLETE);
		return -1;
	}
	return move(s, id, "draft", "diajukan", "UPDATE spbe_penilaian SET"
	    " status = 'diajukan', diajukan_oleh = nullif(?, 0), diajukan_pada"
	    " = ? WHERE id = ? AND status = 'draft'", "spbe.ajukan", a, addr,
	    now, why);
}

int
spbe_return(struct store *s, int64_t id, const struct account *a,
    const char *addr, time_t now, const char **why)
{
	struct spbe_penilaian p;

	if (load_state(s, id, "diajukan", &p, why) != 0)
		return -1;
	return move(s, id, "diajukan", "draft", "UPDATE spbe_penilaian SET"
	    " status = 'draft', diajukan_oleh = NULL, diajukan_pada = NULL"
	    " WHERE ? IS NOT NULL AND ? IS NOT NULL AND id = ? AND status ="
	    " 'diajukan'", "spbe.kembalikan", a, addr, now, why);
}

int
spbe_finalise(struct store *s, const struct spbe_framework *fw, int64_t id,
    const struct account *a, const char *addr, time_t now, const char **why)
{
	struct spbe_penilaian p;
	struct spbe_skor sk;
	const char *pred;
	char note[80], x[16];
	int *lv;

	if (load_state(s, id, "diajukan", &p, why) != 0)
		return -1;
	lv = spbe_levels(s, fw, id);
	if (spbe_score(fw, lv, &sk) != 0) {
		free(lv);
		*why = msg(M_SAVE_FAILED);
		return -1;
	}
	free(lv);
	pred = spbe_predikat(fw, sk.indeks);
	spbe_fmt(sk.indeks, x);
	snprintf(note, sizeof(note), "Indeks SPBE %s %s", x, pred ? pred : "");
	*why = msg(M_SAVE_FAILED);
	if (store_begin(s) != 0)
		goto out;
	if (store_run(s, "UPDATE spbe_penilaian SET status = 'final',"
	    " final_oleh = nullif(?, 0), final_pada = ?, indeks = ?, predikat"
	    " = ? WHERE id = ? AND status = 'diajukan'", "iiisi",
	    a ? a->id : (int64_t)0, (int64_t)now, sk.indeks, pred ? pred : "",
	    id) != 0 || store_changes(s) != 1 ||
	    audit_spbe(s, "spbe.final", id, "diajukan", "final", note, a,
	    addr) != 0 || store_commit(s) != 0) {
		store_rollback(s);
		goto out;
	}
	spbe_skor_free(&sk);
	return 0;
out:
	spbe_skor_free(&sk);
	return -1;
}

int
spbe_revise(struct store *s, int64_t id, const char *alasan,
    const struct account *a, const char *addr, time_t now, int64_t *newid,
    const char **why)
{
	struct spbe_penilaian p;
	char note[80];

	if (load_state(s, id, "final", &p, why) != 0) {
		if (strcmp(*why, msg(M_SPBE_FINAL_RO)) != 0)
			*why = msg(M_SPBE_NOT_FINAL);
		return -1;
	}
	if (!p.terbaru) {
		*why = msg(M_SPBE_NOT_FINAL);
		return -1;
	}
	if (alasan == NULL || text_check(alasan, 1, 400, 1) != NULL) {
		*why = msg(M_SPBE_REASON_BAD);
		return -1;
	}
	*why = msg(M_SAVE_FAILED);
	if (store_begin(s) != 0)
		return -1;
	if (store_run(s, "INSERT INTO spbe_penilaian (tahun, kerangka, revisi,"
	    " status, alasan_revisi, demo, dibuat_oleh, dibuat_pada) VALUES"
	    " (?, ?, ?, 'draft', ?, ?, nullif(?, 0), ?)", "dsdsdii", p.tahun,
	    p.kerangka, p.revisi + 1, alasan, p.demo,
	    a ? a->id : (int64_t)0, (int64_t)now) != 0)
		goto bad;
	*newid = store_last_id(s);
	if (store_run(s, "INSERT INTO spbe_isian (penilaian_id, indikator,"
	    " level, penjelasan, unit_id, diubah_oleh, diubah_pada) SELECT ?,"
	    " indikator, level, penjelasan, unit_id, diubah_oleh, diubah_pada"
	    " FROM spbe_isian WHERE penilaian_id = ?", "ii", *newid, id) != 0 ||
	    store_run(s, "INSERT INTO spbe_bukti (penilaian_id, indikator,"
	    " jenis, sha256, url, judul, unit_id, oleh, dibuat_pada) SELECT ?,"
	    " indikator, jenis, sha256, url, judul, unit_id, oleh, dibuat_pada"
	    " FROM spbe_bukti WHERE penilaian_id = ? ORDER BY id", "ii",
	    *newid, id) != 0)
		goto bad;
	snprintf(note, sizeof(note), "revisi %d dari penilaian %" PRId64,
	    p.revisi + 1, id);
	if (audit_spbe(s, "spbe.revisi", *newid, NULL, "draft", note, a,
	    addr) != 0 || store_commit(s) != 0)
		goto bad;
	return 0;
bad:
	store_rollback(s);
	return -1;
}

struct spbe_bukti *
spbe_bukti_list(struct store *s, int64_t id, int nomor, size_t *np)
{
	struct spbe_bukti *v = NULL;
	struct store_stmt *st;
	size_t n = 0, cap = 0;

	*np = 0;
	st = store_query(s, "SELECT b.id, b.indikator, b.jenis,"
	    " coalesce(b.sha256, ''), coalesce(b.url, ''), b.judul,"
	    " coalesce(u.name, ''), b.dibuat_pada FROM spbe_bukti b LEFT JOIN"
	    " unit u ON u.id = b.unit_id WHERE b.penilaian_id = ? AND (? = 0"
	    " OR b.indikator = ?) ORDER BY b.indikator, b.id", "idd", id,
	    nomor, nomor);
	if (st == NULL)
		return xcalloc(1, sizeof(*v));
	while (store_step(st) == STORE_ROW) {
		struct spbe_bukti *b;

		if (n == cap) {
			cap = cap ? cap * 2 : 8;
			v = xrealloc(v, cap * sizeof(*v));
		}
		b = &v[n++];
		memset(b, 0, sizeof(*b));
		b->id = store_int(st, 0);
		b->indikator = (int)store_int(st, 1);
		snprintf(b->jenis, sizeof(b->jenis), "%s", store_text(st, 2));
		snprintf(b->sha256, sizeof(b->sha256), "%s", store_text(st, 3));
		b->url = xstrdup(store_text(st, 4));
		b->judul = xstrdup(store_text(st, 5));
		snprintf(b->unit_nama, sizeof(b->unit_nama), "%s",
		    store_text(st, 6));
		b->dibuat_pada = (time_t)store_int(st, 7);
	}
	store_done(st);
	if (v == NULL)
		v = xcalloc(1, sizeof(*v));
	*np = n;
	return v;
}

void
spbe_bukti_free(struct spbe_bukti *v, size_t n)
{
	size_t i;

	if (v == NULL)
		return;
	for (i = 0; i < n; i++) {
		free(v[i].url);
		free(v[i].judul);
	}
	free(v);
}

/* Common checks for adding evidence to indicator nomor of draft id. */
static int
bukti_check(struct store *s, const struct spbe_framework *fw, int64_t id,
    int nomor, const char *judul, const char **why)
{
	struct spbe_penilaian p;

	if (load_state(s, id, "draft", &p, why) != 0)
		return -1;
	if (strcmp(p.kerangka, fw->kode) != 0 || spbe_ind_find(fw, nomor) < 0) {
		*why = msg(M_SPBE_IND_UNKNOWN);
		return -1;
	}
	if (judul == NULL || text_check(judul, 1, 200, 0) != NULL) {
		*why = msg(M_SPBE_TITLE_BAD);
		return -1;
	}
	return 0;
}

static int
bukti_insert(struct store *s, int64_t id, int nomor, const char *jenis,
    const char *sha, const char *url, const char *judul,
    const struct account *a, const char *addr, time_t now)
{
	char note[260];

	if (store_run(s, "INSERT INTO spbe_bukti (penilaian_id, indikator,"
	    " jenis, sha256, url, judul, unit_id, oleh, dibuat_pada) VALUES"
	    " (?, ?, ?, ?, ?, ?, nullif(?, 0), nullif(?, 0), ?)", "idssssiii",
	    id, nomor, jenis, sha, url, judul, a ? a->unit_id : (int64_t)0,
	    a ? a->id : (int64_t)0, (int64_t)now) != 0)
		return -1;
	snprintf(note, sizeof(note), "indikator %d: %s %.200s", nomor, jenis,
	    judul);
	/* an open request of the uploader's unit is now fulfilled */
	if (a != NULL && store_run(s, "UPDATE spbe_permintaan SET status ="
	    " 'dipenuhi', dipenuhi_pada = ? WHERE penilaian_id = ? AND"
	    " indikator = ? AND unit_id = ? AND status = 'terbuka'", "iidi",
	    (int64_t)now, id, nomor, a->unit_id) != 0)
		return -1;
	return audit_spbe(s, "spbe.bukti", id, NULL, NULL, note, a, addr);
}

int
spbe_bukti_add_file(struct store *s, const char *data_dir,
    const struct spbe_framework *fw, int64_t id, int nomor, const char *judul,
    const void *data, size_t len, const struct account *a, const char *addr,
    time_t now, const char **why)
{
	const char *mime;
	char sha[65];

	if (bukti_check(s, fw, id, nomor, judul, why) != 0)
		return -1;
	if (berkas_check(data, len, &mime, why) != 0)
		return -1;
	if (store_begin(s) != 0) {
		*why = msg(M_SAVE_FAILED);
		return -1;
	}
	if (berkas_put(s, data_dir, data, len, sha, &mime, why) != 0)
		goto bad;
	*why = msg(M_SAVE_FAILED);
	if (bukti_insert(s, id, nomor, "berkas", sha, NULL, judul, a, addr,
	    now) != 0 || store_commit(s) != 0)
		goto bad;
	return 0;
bad:
	store_rollback(s);
	return -1;
}

int
spbe_bukti_add_link(struct store *s, const struct spbe_framework *fw,
    int64_t id, int nomor, const char *judul, const char *url,
    const struct account *a, const char *addr, time_t now, const char **why)
{
	const char *p;

	if (bukti_check(s, fw, id, nomor, judul, why) != 0)
		return -1;
	if (url == NULL || text_check(url, 9, 500, 0) != NULL ||
	    (strncmp(url, "https://", 8) != 0 &&
	    strncmp(url, "http://", 7) != 0)) {
		*why = msg(M_SPBE_URL_BAD);
		return -1;
	}
	for (p = url; *p; p++)
		if (*p == ' ' || *p == '"' || *p == '<' || *p == '>' ||
		    *p == '\\')
			break;
	if (*p != '\0' || strchr(url + 8, '.') == NULL) {
		*why = msg(M_SPBE_URL_BAD);
		return -1;
	}
	*why = msg(M_SAVE_FAILED);
	if (store_begin(s) != 0)
		return -1;
	if (bukti_insert(s, id, nomor, "tautan", NULL, url, judul, a, addr,
	    now) != 0 || store_commit(s) != 0) {
		store_rollback(s);
		return -1;
	}
	return 0;
}

int
spbe_bukti_readable(struct store *s, const char *sha256,
    const struct account *a)
{
	if (a == NULL)
		return 0;
	if (a->roles & (ROLE_KOORDINATOR_SPBE | ROLE_ADMIN | ROLE_SUPERADMIN))
		return store_scalar(s, 0, "SELECT count(*) FROM spbe_bukti"
		    " WHERE sha256 = ?", "s", sha256) > 0;
	/* a unit's officers: evidence their unit uploaded or was asked for */
	return store_scalar(s, 0, "SELECT count(*) FROM spbe_bukti b WHERE"
	    " b.sha256 = ? AND (b.unit_id = ? OR EXISTS (SELECT 1 FROM"
	    " spbe_permintaan r WHERE r.penilaian_id = b.penilaian_id AND"
	    " r.indikator = b.indikator AND r.unit_id = ?))", "sii", sha256,
	    a->unit_id, a->unit_id) > 0;
}

int
spbe_request(struct store *s, const struct spbe_framework *fw, int64_t id,
    int nomor, int64_t unit_id, const char *pesan, const struct account *a,
    const char *addr, time_t now, const char **why)
{
	struct spbe_penilaian p;
	char note[80];

	if (load_state(s, id, "draft", &p, why) != 0)
		return -1;
	if (spbe_ind_find(fw, nomor) < 0) {
		*why = msg(M_SPBE_IND_UNKNOWN);
		return -1;
	}
	if (unit_id <= 0 || store_scalar(s, 0, "SELECT count(*) FROM unit"
	    " WHERE id = ?", "i", unit_id) == 0) {
		*why = msg(M_SPBE_UNIT_BAD);
		return -1;
	}
	if (pesan == NULL)
		pesan = "";
	if (text_check(pesan, 0, 1000, 1) != NULL) {
		*why = msg(M_SPBE_MSG_BAD);
		return -1;
	}
	*why = msg(M_SAVE_FAILED);
	if (store_begin(s) != 0)
		return -1;
	snprintf(note, sizeof(note), "indikator %d, unit %" PRId64, nomor,
	    unit_id);
	if (store_run(s, "INSERT INTO spbe_permintaan (penilaian_id,"
	    " indikator, unit_id, pesan, diminta_oleh, dibuat_pada) VALUES"
	    " (?, ?, ?, ?, nullif(?, 0), ?)", "idisii", id, nomor, unit_id,
	    pesan, a ? a->id : (int64_t)0, (int64_t)now) != 0 ||
	    audit_spbe(s, "spbe.minta_bukti", id, NULL, NULL, note, a,
	    addr) != 0 || store_commit(s) != 0) {
		store_rollback(s);
		return -1;
	}
	return 0;
}

#define R_COLS "r.id, r.penilaian_id, p.tahun, p.revisi, p.status," \
	" r.indikator, r.unit_id, u.name, r.pesan, r.status, r.dibuat_pada"

static void
r_row(struct store_stmt *st, struct spbe_permintaan *r)
{
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
spbe_requests(struct store *s, int64_t unit_id, size_t *np)
{
	struct spbe_permintaan *v = NULL;
	struct store_stmt *st;
	size_t n = 0, cap = 0;

	*np = 0;
	st = store_query(s, "SELECT " R_COLS " FROM spbe_permintaan r JOIN"
	    " spbe_penilaian p ON p.id = r.penilaian_id JOIN unit u ON u.id ="
	    " r.unit_id WHERE (? = 0 OR r.unit_id = ?) ORDER BY r.status DESC,"
	    " r.id DESC LIMIT 500", "ii", unit_id, unit_id);
	if (st == NULL)
		return xcalloc(1, sizeof(*v));
	while (store_step(st) == STORE_ROW) {
		if (n == cap) {
			cap = cap ? cap * 2 : 8;
			v = xrealloc(v, cap * sizeof(*v));
		}
		r_row(st, &v[n++]);
	}
	store_done(st);
	if (v == NULL)
		v = xcalloc(1, sizeof(*v));
	*np = n;
	return v;
}

void
spbe_requests_free(struct spbe_permintaan *v, size_t n)
{
	size_t i;

	if (v == NULL)
		return;
	for (i = 0; i < n; i++)
		free(v[i].pesan);
	free(v);
}

int
spbe_request_get(struct store *s, int64_t rid, struct spbe_permintaan *r)
{
	struct store_stmt *st;
	int rc = -1;

	st = store_query(s, "SELECT " R_COLS " FROM spbe_permintaan r JOIN"
	    " spbe_penilaian p ON p.id = r.penilaian_id JOIN unit u ON u.id ="
	    " r.unit_id WHERE r.id = ?", "i", rid);
	if (st == NULL)
		return -1;
	if (store_step(st) == STORE_ROW) {
		r_row(st, r);
		rc = 0;
	}
	store_done(st);
	return rc;
}

int
spbe_request_done(struct store *s, int64_t rid, const struct account *a,
    const char *addr, time_t now)
{
	struct spbe_permintaan r;
	int rc;

	if (spbe_request_get(s, rid, &r) != 0)
		return -1;
	free(r.pesan);
	if (store_begin(s) != 0)
		return -1;
	rc = store_run(s, "UPDATE spbe_permintaan SET status = 'dipenuhi',"
	    " dipenuhi_pada = ? WHERE id = ? AND status = 'terbuka'", "ii",
	    (int64_t)now, rid);
	if (rc == 0)
		rc = audit_spbe(s, "spbe.bukti_dipenuhi", r.penilaian_id, NULL,
		    NULL, NULL, a, addr);
	if (rc == 0)
		rc = store_commit(s);
	if (rc != 0)
		store_rollback(s);
	return rc;
}
