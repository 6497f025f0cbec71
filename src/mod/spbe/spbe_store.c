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
#include "lib/str.h"
#include "lib/utf8.h"
#include "lib/xalloc.h"
#include "store/store.h"
#include "mod/akun/account.h"
#include "mod/audit/audit.h"
#include "mod/berkas/berkas.h"
#include "spbe.h"
#include "spbe_store.h"
#include "sql.h"

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
    const char *to, const char *note, const struct account *a, const char *addr)
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
spbe_kerangka_install(struct store *s, const char *path, time_t now, char *err,
    size_t errlen)
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
		str_field(err, errlen, msg(M_SAVE_FAILED));
		return -1;
	}
	/* keep the stored copy a final assessment was scored with */
	rc = spbe_sql_kerangka_put(s, fw->kode, fw->nama, data, now);
	if (rc == 0)
		rc = store_commit(s);
	if (rc != 0) {
		store_rollback(s);
		str_field(err, errlen, msg(M_SAVE_FAILED));
	}
	free(data);
	spbe_framework_free(fw);
	return rc == 0 ? 0 : -1;
}

struct spbe_framework *
spbe_kerangka_get(struct store *s, const char *kode)
{
	struct spbe_framework *fw = NULL;
	char err[300], *isi;

	if ((isi = spbe_sql_kerangka_isi(s, kode)) == NULL)
		return NULL;
	if (spbe_framework_parse(isi, strlen(isi), &fw, err, sizeof(err)) != 0)
		fw = NULL;
	free(isi);
	return fw;
}

int
spbe_get(struct store *s, int64_t id, struct spbe_penilaian *p)
{
	return spbe_sql_penilaian_get(s, id, p) == 1 ? 0 : -1;
}

struct spbe_penilaian *
spbe_list(struct store *s, size_t *n)
{
	return spbe_sql_penilaian_list(s, n);
}

int64_t
spbe_count(struct store *s)
{
	return spbe_sql_penilaian_total(s);
}

struct spbe_penilaian *
spbe_list_final(struct store *s, size_t *n)
{
	return spbe_sql_penilaian_list_final(s, n);
}

/* What spbe_entries() and spbe_levels() read the entries into. */
struct entries {
	const struct spbe_framework *fw;
	struct spbe_isian *v;
	int *lv;
};

static void
entry_row(void *arg, int nomor, int level, const char *penjelasan,
    int64_t unit_id, const char *unit_nama, int nbukti)
{
	struct entries *en = arg;
	struct spbe_isian *v = en->v;
	int k;

	if ((k = spbe_ind_find(en->fw, nomor)) < 0)
		return;
	v[k].level = level;
	free(v[k].penjelasan);
	v[k].penjelasan = xstrdup(penjelasan);
	v[k].unit_id = unit_id;
	snprintf(v[k].unit_nama, sizeof(v[k].unit_nama), "%s", unit_nama);
	v[k].nbukti = nbukti;
}

static void
level_row(void *arg, int nomor, int level)
{
	struct entries *en = arg;
	int k;

	if ((k = spbe_ind_find(en->fw, nomor)) >= 0)
		en->lv[k] = level;
}

struct spbe_isian *
spbe_entries(struct store *s, const struct spbe_framework *fw, int64_t id)
{
	struct entries en = { fw, NULL, NULL };
	struct spbe_isian *v;
	size_t i;

	v = xcalloc(fw->nind ? fw->nind : 1, sizeof(*v));
	for (i = 0; i < fw->nind; i++)
		v[i].penjelasan = xstrdup("");
	en.v = v;
	spbe_sql_each_isian(s, id, entry_row, &en);
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
	struct entries en = { fw, NULL, NULL };
	int *lv;

	lv = xcalloc(fw->nind ? fw->nind : 1, sizeof(*lv));
	en.lv = lv;
	spbe_sql_each_level(s, id, level_row, &en);
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
	if (spbe_sql_kerangka_count(s, kode) == 0) {
		*why = msg(M_SPBE_KERANGKA_NONE);
		return -1;
	}
	if (spbe_sql_penilaian_count(s, tahun, kode) > 0) {
		*why = msg(M_SPBE_YEAR_EXISTS);
		return -1;
	}
	if (store_begin(s) != 0)
		return -1;
	if (spbe_sql_penilaian_insert(s, tahun, kode, demo,
		a ? a->id : (int64_t)0, now, idp) != 0)
		goto bad;
	snprintf(note, sizeof(note), "tahun %d, kerangka %s", tahun, kode);
	if (audit_spbe(s, "spbe.buat", *idp, NULL, "draft", note, a, addr) !=
		0 ||
	    store_commit(s) != 0)
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
	if (unit_id != 0 && spbe_sql_unit_count(s, unit_id) == 0) {
		*why = msg(M_SPBE_UNIT_BAD);
		return -1;
	}
	*why = msg(M_SAVE_FAILED);
	if (store_begin(s) != 0)
		return -1;
	if (spbe_sql_isian_put(s, id, nomor, level, penjelasan, unit_id,
		a ? a->id : (int64_t)0, now) != 0)
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

/* Move id from -> to with update, setting the columns of the new state. */
static int
move(struct store *s, int64_t id, const char *from, const char *to,
    int (*update)(struct store *, int64_t, int64_t, time_t), const char *action,
    const struct account *a, const char *addr, time_t now, const char **why)
{
	*why = msg(M_SAVE_FAILED);
	if (store_begin(s) != 0)
		return -1;
	if (update(s, id, a ? a->id : (int64_t)0, now) != 0 ||
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
	return move(s, id, "draft", "diajukan", spbe_sql_submit, "spbe.ajukan",
	    a, addr, now, why);
}

int
spbe_return(struct store *s, int64_t id, const struct account *a,
    const char *addr, time_t now, const char **why)
{
	struct spbe_penilaian p;

	if (load_state(s, id, "diajukan", &p, why) != 0)
		return -1;
	return move(s, id, "diajukan", "draft", spbe_sql_unsubmit,
	    "spbe.kembalikan", a, addr, now, why);
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
	if (spbe_sql_finalise(s, id, a ? a->id : (int64_t)0, now, sk.indeks,
		pred ? pred : "") != 0 ||
	    audit_spbe(s, "spbe.final", id, "diajukan", "final", note, a,
		addr) != 0 ||
	    store_commit(s) != 0) {
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
	if (spbe_sql_revisi_insert(s, p.tahun, p.kerangka, p.revisi + 1, alasan,
		p.demo, a ? a->id : (int64_t)0, now, newid) != 0)
		goto bad;
	if (spbe_sql_revisi_copy(s, *newid, id) != 0)
		goto bad;
	snprintf(note, sizeof(note), "revisi %d dari penilaian %" PRId64,
	    p.revisi + 1, id);
	if (audit_spbe(s, "spbe.revisi", *newid, NULL, "draft", note, a,
		addr) != 0 ||
	    store_commit(s) != 0)
		goto bad;
	return 0;
bad:
	store_rollback(s);
	return -1;
}

struct spbe_bukti *
spbe_bukti_list(struct store *s, int64_t id, int nomor, size_t *np)
{
	return spbe_sql_bukti_list(s, id, nomor, np);
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

	if (spbe_sql_bukti_insert(s, id, nomor, jenis, sha, url, judul,
		a ? a->unit_id : (int64_t)0, a ? a->id : (int64_t)0, now) != 0)
		return -1;
	snprintf(note, sizeof(note), "indikator %d: %s %.200s", nomor, jenis,
	    judul);
	/* an open request of the uploader's unit is now fulfilled */
	if (a != NULL &&
	    spbe_sql_permintaan_fulfil(s, id, nomor, a->unit_id, now) != 0)
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
		now) != 0 ||
	    store_commit(s) != 0)
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
		now) != 0 ||
	    store_commit(s) != 0) {
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
		return spbe_sql_bukti_count(s, sha256) > 0;
	/* a unit's officers: evidence their unit uploaded or was asked for */
	return spbe_sql_bukti_count_unit(s, sha256, a->unit_id) > 0;
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
	if (unit_id <= 0 || spbe_sql_unit_count(s, unit_id) == 0) {
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
	if (spbe_sql_permintaan_insert(s, id, nomor, unit_id, pesan,
		a ? a->id : (int64_t)0, now) != 0 ||
	    audit_spbe(s, "spbe.minta_bukti", id, NULL, NULL, note, a, addr) !=
		0 ||
	    store_commit(s) != 0) {
		store_rollback(s);
		return -1;
	}
	return 0;
}

struct spbe_permintaan *
spbe_requests(struct store *s, int64_t unit_id, size_t *np)
{
	return spbe_sql_permintaan_list(s, unit_id, np);
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
	return spbe_sql_permintaan_get(s, rid, r) == 1 ? 0 : -1;
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
	rc = spbe_sql_permintaan_done(s, rid, now);
	if (rc == 0)
		rc = audit_spbe(s, "spbe.bukti_dipenuhi", r.penilaian_id, NULL,
		    NULL, NULL, a, addr);
	if (rc == 0)
		rc = store_commit(s);
	if (rc != 0)
		store_rollback(s);
	return rc;
}
