/*
 * pengaduan.c: filing complaints and acting on them (see pengaduan.h and
 * doc/pengaduan.md).  Reading and lists are in pengaduan_read.c, the
 * timer in pengaduan_tick.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <jansson.h>

#include "lib/kode.h"
#include "lib/msg.h"
#include "lib/utf8.h"
#include "lib/when.h"
#include "lib/xalloc.h"
#include "store/batch.h"
#include "mod/kinerja/kinerja_agregat.h"
#include "store/store.h"
#include "mod/akun/account.h"
#include "mod/audit/audit.h"
#include "mod/berkas/berkas.h"
#include "mod/kasus/kasus.h"
#include "mod/notifikasi/notify.h"
#include "pengaduan.h"
#include "pengaduan_impl.h"
#include "sql.h"
#include "mod/tlog/tlog.h"
#include "mod/alur/workday.h"

const char *const pengaduan_jenis[] = { "pengaduan", "aspirasi",
	"permintaan_informasi", NULL };
const char *const pengaduan_kategori[] = { "pungutan_liar",
	"penyalahgunaan_wewenang", "pelayanan_lambat", "diskriminasi",
	"perilaku_petugas", "infrastruktur", "lainnya", NULL };

const char *
pengaduan_jenis_label(const char *c)
{
	if (c == NULL)
		return NULL;
	if (strcmp(c, "pengaduan") == 0)
		return "Pengaduan";
	if (strcmp(c, "aspirasi") == 0)
		return "Aspirasi";
	if (strcmp(c, "permintaan_informasi") == 0)
		return "Permintaan Informasi";
	return NULL;
}

const char *
pengaduan_kategori_label(const char *c)
{
	static const struct {
		const char *c, *l;
	} t[] = {
		{ "pungutan_liar", "Pungutan liar" },
		{ "penyalahgunaan_wewenang", "Penyalahgunaan wewenang" },
		{ "pelayanan_lambat", "Pelayanan lambat" },
		{ "diskriminasi", "Diskriminasi" },
		{ "perilaku_petugas", "Perilaku petugas" },
		{ "infrastruktur", "Infrastruktur" },
		{ "lainnya", "Lainnya" },
	};
	size_t i;

	for (i = 0; c != NULL && i < sizeof(t) / sizeof(t[0]); i++)
		if (strcmp(t[i].c, c) == 0)
			return t[i].l;
	return NULL;
}

const char *
pengaduan_status_label(const char *c)
{
	static const struct {
		const char *c, *l;
	} t[] = {
		{ "baru", "Menunggu verifikasi" },
		{ "didisposisi", "Diproses unit" },
		{ "ditanggapi", "Ditanggapi" },
		{ "selesai", "Selesai" },
		{ "bukan_wewenang", "Bukan wewenang" },
		{ "diarsipkan", "Diarsipkan" },
	};
	size_t i;

	for (i = 0; c != NULL && i < sizeof(t) / sizeof(t[0]); i++)
		if (strcmp(t[i].c, c) == 0)
			return t[i].l;
	return NULL;
}

void
pengaduan_deadline(struct store *s, time_t t, int n, char out[11])
{
	workday_add(s, t, n, out);
}

static int
in_list(const char *const *list, const char *v)
{
	for (; v != NULL && *list != NULL; list++)
		if (strcmp(*list, v) == 0)
			return 1;
	return 0;
}

int
pengaduan_is_admin(const struct account *a)
{
	return a != NULL && (a->roles & PENGADUAN_ADMIN_ROLES) != 0;
}

void
pengaduan_history(struct store *s, int64_t id, int64_t actor,
    const char *tindakan, const char *dari, const char *ke, int64_t unit_id,
    time_t now, int *rc)
{
	/* the performance figures count it as it is now (same transaction) */
	if (*rc == 0 &&
	    (pengaduan_sql_history_add(s, id, now, actor, tindakan, dari, ke,
		 unit_id) != 0 ||
		kinerja_adu_catat(s, id) != 0))
		*rc = -1;
}

void
pengaduan_message(struct store *s, int64_t id, int64_t actor, const char *peran,
    const char *tindakan, const char *isi, time_t now, int *rc)
{
	if (*rc == 0 &&
	    pengaduan_sql_message_add(s, id, now, actor, peran, tindakan,
		isi) != 0)
		*rc = -1;
}

void
pengaduan_audit(struct store *s, int64_t actor, const char *role,
    int64_t unit_id, const char *action, const char *nomor, const char *from,
    const char *to, const char *addr, int *rc)
{
	struct audit a;

	memset(&a, 0, sizeof(a));
	a.actor_id = actor;
	a.role = role;
	a.unit_id = unit_id;
	a.action = action;
	a.object_type = "pengaduan";
	a.object_id = nomor;
	a.from_state = from;
	a.to_state = to;
	a.addr = addr;
	if (*rc == 0 && audit_write(s, &a) != 0)
		*rc = -1;
}

void
pengaduan_notify_admins(struct store *s, const char *text, const char *link,
    int *rc)
{
	int64_t ids[64];
	int n, i;

	if ((n = pengaduan_sql_admins(s, ids)) < 0) {
		*rc = -1;
		n = 0;
	}
	for (i = 0; i < n && *rc == 0; i++)
		if (notify_account(s, ids[i], text, link) != 0)
			*rc = -1;
}

int
pengaduan_tlog_close(struct store *s, int64_t id, const char *hasil, time_t now)
{
	json_t *o;
	char waktu[WHEN_ISO8601_LEN], unit[64], kategori[64];
	int rc = -1;

	when_iso8601(now, waktu);
	if (pengaduan_sql_close_info(s, id, unit, sizeof(unit), kategori,
		sizeof(kategori))) {
		o = json_pack("{s:s,s:s,s:s,s:s,s:s}", "jenis",
		    "pengaduan_selesai", "unit", unit, "kategori", kategori,
		    "hasil", hasil, "waktu", waktu);
		if (o != NULL) {
			rc = tlog_append_json(s, o, now, NULL);
			json_decref(o);
		}
	}
	return rc;
}

/* The WIB year of now. */
static int
year_of(time_t now)
{
	char d[11];

	workday_date(now, d);
	return atoi(d);
}

/* 1 when a field was left empty (absent or ""). */
static int
blank(const char *v)
{
	return v == NULL || *v == '\0';
}

static void
err(struct field_errs *fe, const char *field, const char *m)
{
	field_err_add(fe, field, m);
}

/* Validate in; returns the target unit id (0 none) in *unit_id. */
static void
validate(struct store *s, const struct pengaduan_input *in, int64_t *unit_id,
    struct field_errs *fe)
{
	const char *m;
	size_t total = 0, i;
	int k;

	*unit_id = 0;
	if (blank(in->jenis))
		err(fe, "jenis", msg(M_PENGADUAN_JENIS_REQUIRED));
	else if (!in_list(pengaduan_jenis, in->jenis))
		err(fe, "jenis", msg(M_PENGADUAN_JENIS_BAD));
	if ((m = text_check(in->judul, 5, 200, 0)) != NULL)
		err(fe, "judul",
		    blank(in->judul) ? msg(M_PENGADUAN_JUDUL_REQUIRED)
				     : msg(M_PENGADUAN_JUDUL_BAD));
	if ((m = text_check(in->isi, 20, 8000, 1)) != NULL)
		err(fe, "isi",
		    blank(in->isi) ? msg(M_PENGADUAN_ISI_REQUIRED)
				   : msg(M_PENGADUAN_ISI_BAD));
	if (blank(in->kategori))
		err(fe, "kategori", msg(M_PENGADUAN_KATEGORI_REQUIRED));
	else if (!in_list(pengaduan_kategori, in->kategori))
		err(fe, "kategori", msg(M_PENGADUAN_KATEGORI_BAD));
	if (blank(in->wilayah))
		err(fe, "wilayah", msg(M_PENGADUAN_WILAYAH_REQUIRED));
	else if (strlen(in->wilayah) > 13 ||
	    pengaduan_sql_desa_count(s, in->wilayah) == 0)
		err(fe, "wilayah", msg(M_PENGADUAN_WILAYAH_BAD));
	if (in->unit != NULL && *in->unit != '\0') {
		if (strlen(in->unit) > 32 ||
		    (*unit_id = pengaduan_sql_unit_id(s, in->unit)) == 0)
			err(fe, "unit", msg(M_PENGADUAN_UNIT_BAD));
	}
	if (in->anonim != 0 && in->anonim != 1)
		err(fe, "anonim", msg(M_PENGADUAN_BOOL_BAD));
	if (in->rahasia != 0 && in->rahasia != 1)
		err(fe, "rahasia", msg(M_PENGADUAN_BOOL_BAD));
	for (k = 0; k < in->nfiles; k++) {
		const char *mime, *why;

		if (berkas_check(in->files[k].data, in->files[k].len, &mime,
			&why) != 0) {
			err(fe, "berkas", why);
			break;
		}
		total += in->files[k].len;
	}
	if (total > BERKAS_MAX_APP)
		err(fe, "berkas", msg(M_PENGADUAN_BERKAS_TOTAL));
	(void)i;
}

/* The Inspektorat case of a pungli/abuse complaint: no identity if anonim. */
static int
open_case(struct store *s, const struct account *rep,
    const struct pengaduan_input *in, const char *nomor, int64_t unit_id,
    time_t now, char *kasus, size_t kasuslen)
{
	char *judul, *sum;
	int64_t id;

	judul = xasprintf("Pengaduan %s: %s",
	    pengaduan_kategori_label(in->kategori), in->judul);
	if (in->anonim)
		sum =
		    xasprintf("Pengaduan %s (%s), wilayah %s.\n\n%s\n\n"
			      "Pelapor: anonim (identitas tidak disampaikan).",
			nomor, pengaduan_kategori_label(in->kategori),
			in->wilayah, in->isi);
	else
		sum = xasprintf("Pengaduan %s (%s), wilayah %s.\n\n%s\n\n"
				"Pelapor: %s, NIK %s, telepon %s, surel %s.",
		    nomor, pengaduan_kategori_label(in->kategori), in->wilayah,
		    in->isi, rep->full_name, rep->nik, rep->phone, rep->email);
	id = kasus_open(s, KASUS_PENGADUAN, "pengaduan", nomor, unit_id, judul,
	    sum, 0, now, kasus, kasuslen);
	free(judul);
	free(sum);
	return id > 0 ? 0 : -1;
}

/* Validate the complaint (no transaction); 0, or 1 with q->rc -1. */
static int
create_check(struct store *s, struct store_job *j)
{
	struct pengaduan_baru *q = (struct pengaduan_baru *)j;
	const struct pengaduan_input *in = &q->in;
	const char *why;
	int k;

	memset(&q->res, 0, sizeof(q->res));
	q->rc = -1;
	if (q->reporter == NULL || !(q->reporter->roles & ROLE_WARGA)) {
		err(&q->errs, "pelapor", msg(M_PENGADUAN_WARGA_ONLY));
		return 1;
	}
	if (in->nfiles > PENGADUAN_MAX_FILES) {
		err(&q->errs, "berkas", msg(M_PENGADUAN_BERKAS_MANY));
		return 1;
	}
	validate(s, in, &q->unit_id, &q->errs);
	if (q->errs.n > 0)
		return 1;
	for (k = 0; k < in->nfiles; k++)
		if (berkas_check(in->files[k].data, in->files[k].len,
			&q->mime[k], &why) != 0) {
			q->rc = -2;
			return 1;
		}
	q->rc = 0;
	return 0;
}

/* The attachments, content-addressed, harmless if orphaned. */
static int
create_stage(const char *data_dir, struct store_job *j)
{
	struct pengaduan_baru *q = (struct pengaduan_baru *)j;
	int k;

	for (k = 0; k < q->in.nfiles; k++)
		if (berkas_stage(data_dir, q->in.files[k].data,
			q->in.files[k].len, q->sha[k]) != 0)
			return -1;
	return q->in.nfiles;
}

/* The complaint's rows, history, audit, case and notifications. */
static int
create_apply(struct store *s, struct store_job *j)
{
	struct pengaduan_baru *q = (struct pengaduan_baru *)j;
	const struct pengaduan_input *in = &q->in;
	const struct account *rep = q->reporter;
	char kode[13], batas[11], nomor[32], *text;
	int64_t id, urut;
	int year, k, rc = 0, tries;

	year = year_of(q->now);
	pengaduan_deadline(s, q->now, PENGADUAN_VERIFY_DAYS, batas);
	urut = pengaduan_sql_next_urut(s, year);
	snprintf(nomor, sizeof(nomor), "ADU-%d-%06lld", year, (long long)urut);
	for (tries = 0; tries < 4; tries++) {
		kode_new(kode);
		rc = pengaduan_sql_insert(s, nomor, year, urut, kode, in->jenis,
		    in->judul, in->isi, in->kategori, in->wilayah, q->unit_id,
		    rep->id, in->anonim, in->rahasia,
		    in->rahasia ? rep->id : (int64_t)0, batas, q->now);
		if (rc != STORE_CONSTRAINT)
			break;
	}
	if (rc != 0)
		return -1;
	id = store_last_id(s);
	for (k = 0; k < in->nfiles && rc == 0; k++) {
		if (berkas_record(s, q->sha[k], in->files[k].len, q->mime[k],
			q->now) != 0 ||
		    pengaduan_sql_berkas_add(s, id, k + 1, q->sha[k],
			in->files[k].filename ? in->files[k].filename : "",
			q->mime[k], (int64_t)in->files[k].len, q->now) != 0)
			rc = -1;
	}
	pengaduan_history(s, id, rep->id, "ajukan", "", "baru", 0, q->now, &rc);
	/* an anonim reporter is not named even in the audit trail */
	pengaduan_audit(s, in->anonim ? 0 : rep->id, in->anonim ? "" : "warga",
	    0, "pengaduan.ajukan", nomor, "", "baru", in->anonim ? "" : q->addr,
	    &rc);
	if (rc == 0 &&
	    (strcmp(in->kategori, "pungutan_liar") == 0 ||
		strcmp(in->kategori, "penyalahgunaan_wewenang") == 0)) {
		if (open_case(s, rep, in, nomor, q->unit_id, q->now,
			q->res.kasus, sizeof(q->res.kasus)) != 0 ||
		    pengaduan_sql_set_kasus(s, id, q->res.kasus) != 0)
			rc = -1;
	}
	text = xasprintf(msg(M_PENGADUAN_N_FILED), nomor, kode);
	if (rc == 0 &&
	    notify_account_event(s, rep->id, "pengaduan.diterima", text,
		"/pengaduan/saya") != 0)
		rc = -1;
	free(text);
	text = xasprintf(msg(M_PENGADUAN_N_NEW), nomor, batas);
	pengaduan_notify_admins(s, text, "/pengaduan/kelola", &rc);
	free(text);
	if (rc != 0)
		return -1;
	q->res.id = id;
	snprintf(q->res.nomor, sizeof(q->res.nomor), "%s", nomor);
	snprintf(q->res.kode_lacak, sizeof(q->res.kode_lacak), "%s", kode);
	snprintf(q->res.status, sizeof(q->res.status), "baru");
	return 0;
}

/* A storage failure; a refused complaint keeps its errors. */
static void
create_fail(struct store_job *j, int files)
{
	struct pengaduan_baru *q = (struct pengaduan_baru *)j;

	if (q->rc != 0)
		return;
	memset(&q->res, 0, sizeof(q->res));
	q->rc = -2;
}

void
pengaduan_create_job(struct pengaduan_baru *q)
{
	q->job.check = create_check;
	q->job.stage = create_stage;
	q->job.apply = create_apply;
	q->job.fail = create_fail;
}

int
pengaduan_create(struct store *s, const char *data_dir,
    const struct account *rep, const struct pengaduan_input *in,
    const char *addr, time_t now, struct pengaduan_result *res,
    struct field_errs *fe)
{
	struct pengaduan_baru *q = xcalloc(1, sizeof(*q));
	struct store_job *j = &q->job;
	int i, rc;

	q->reporter = rep;
	q->in = *in;
	q->addr = addr;
	q->now = now;
	pengaduan_create_job(q);
	(void)store_batch(s, data_dir, &j, 1, 0);
	*res = q->res;
	for (i = 0; i < q->errs.n; i++)
		field_err_add(fe, q->errs.e[i].field, q->errs.e[i].msg);
	rc = q->rc;
	free(q);
	return rc;
}

static int
is_open(const char *status)
{
	return strcmp(status, "baru") == 0 ||
	    strcmp(status, "didisposisi") == 0 ||
	    strcmp(status, "ditanggapi") == 0;
}

/*
 * May actor take tindakan on c now?  0 yes; else an act_result with
 * *why.  Role checks first (ACT_FORBIDDEN), then the state (ACT_CONFLICT).
 */
static enum act_result
allowed(const struct account *a, const struct pengaduan_cur *c, const char *t,
    const char **why)
{
	int mine = a->id == c->pelapor_id;
	int admin = pengaduan_is_admin(a);
	int unit = c->unit_id != 0 && a->unit_id == c->unit_id &&
	    (a->roles & PENGADUAN_UNIT_ROLES) != 0;

	*why = msg(M_PENGADUAN_STATE_BAD);
	if (strcmp(t, "disposisi") == 0 || strcmp(t, "bukan_wewenang") == 0 ||
	    strcmp(t, "arsipkan") == 0) {
		if (!admin) {
			*why = msg(M_PENGADUAN_ADMIN_ONLY);
			return ACT_FORBIDDEN;
		}
		if (strcmp(c->status, "baru") == 0)
			return ACT_OK;
		if (strcmp(t, "disposisi") == 0 &&
		    strcmp(c->status, "didisposisi") == 0)
			return ACT_OK; /* to another unit */
		return ACT_CONFLICT;
	}
	if (strcmp(t, "rahasiakan") == 0) {
		if (!admin && !mine) {
			*why = msg(M_PENGADUAN_ADMIN_ONLY);
			return ACT_FORBIDDEN;
		}
		return c->rahasia ? ACT_CONFLICT : ACT_OK;
	}
	if (strcmp(t, "tanggapi") == 0) {
		if (!unit) {
			*why = msg(M_PENGADUAN_UNIT_ONLY);
			return ACT_FORBIDDEN;
		}
		return strcmp(c->status, "didisposisi") == 0 ? ACT_OK
							     : ACT_CONFLICT;
	}
	if (strcmp(t, "balas") == 0 || strcmp(t, "nilai") == 0 ||
	    strcmp(t, "buka_kembali") == 0) {
		if (!mine) {
			*why = msg(M_PENGADUAN_REPORTER_ONLY);
			return ACT_FORBIDDEN;
		}
		if (strcmp(t, "balas") == 0)
			return strcmp(c->status, "ditanggapi") == 0
			    ? ACT_OK
			    : ACT_CONFLICT;
		if (strcmp(t, "nilai") == 0) {
			if (strcmp(c->status, "ditanggapi") == 0 ||
			    (strcmp(c->status, "selesai") == 0 &&
				c->nilai == 0))
				return ACT_OK;
			return ACT_CONFLICT;
		}
		if (c->dibuka_kembali) {
			*why = msg(M_PENGADUAN_REOPEN_ONCE);
			return ACT_CONFLICT;
		}
		return is_open(c->status) ? ACT_CONFLICT : ACT_OK;
	}
	*why = msg(M_PENGADUAN_ACTION_BAD);
	return ACT_INVALID;
}

int
pengaduan_actions(const struct account *a, const struct pengaduan_view *v,
    const char **codes, int max)
{
	static const char *const all[] = { "disposisi", "bukan_wewenang",
		"arsipkan", "rahasiakan", "tanggapi", "balas", "nilai",
		"buka_kembali" };
	struct pengaduan_cur c;
	const char *why;
	size_t i;
	int n = 0;

	if (a == NULL)
		return 0;
	memset(&c, 0, sizeof(c));
	c.id = v->row.id;
	snprintf(c.status, sizeof(c.status), "%s", v->row.status);
	c.unit_id = v->row.unit_id;
	c.pelapor_id = v->row.pelapor_id;
	c.rahasia = v->row.rahasia;
	c.nilai = v->row.nilai;
	c.dibuka_kembali = v->row.dibuka_kembali;
	for (i = 0; i < sizeof(all) / sizeof(all[0]) && n < max; i++)
		if (allowed(a, &c, all[i], &why) == ACT_OK)
			codes[n++] = all[i];
	return n;
}

/* The role an actor acts in, for the audit event. */
static const char *
act_role(const struct account *a, const struct pengaduan_cur *c, const char *t)
{
	if (strcmp(t, "tanggapi") == 0)
		return "unit";
	if (a->id == c->pelapor_id)
		return "warga";
	if (a->roles & ROLE_ADMIN_PENGADUAN)
		return "admin_pengaduan";
	return a->roles & ROLE_SUPERADMIN ? "superadmin" : "admin";
}

/* Refuse q with rc and why: nothing is written. */
static int
act_refuse(struct pengaduan_tindakan *q, enum act_result rc, const char *why)
{
	q->rc = rc;
	q->why = why;
	return 1;
}

/*
 * The checks of action q on the complaint, read into c: 0, or 1 with
 * the refusal in q (nothing written).  The unit of a disposisi goes to
 * *unit_idp.
 */
static int
act_check(struct store *s, struct pengaduan_tindakan *q,
    struct pengaduan_cur *cp, int64_t *unit_idp)
{
	const struct account *a = q->actor;
	const char *t = q->tindakan, *catatan = q->catatan, *unit = q->unit;
	enum act_result ar;
	const char *m;
	int need_note;

	if (a == NULL || q->nomor == NULL || t == NULL)
		return act_refuse(q, ACT_NOT_FOUND, NULL);
	if (pengaduan_sql_cur(s, q->nomor, cp) != 0 ||
	    !pengaduan_visible(s, a, cp->id))
		return act_refuse(q, ACT_NOT_FOUND, msg(M_PENGADUAN_NOT_FOUND));
	if ((ar = allowed(a, cp, t, &m)) != ACT_OK)
		return act_refuse(q, ar, m);
	need_note = strcmp(t, "bukan_wewenang") == 0 ||
	    strcmp(t, "arsipkan") == 0 || strcmp(t, "tanggapi") == 0 ||
	    strcmp(t, "balas") == 0 || strcmp(t, "buka_kembali") == 0;
	if (catatan == NULL)
		catatan = q->catatan = "";
	if (need_note && (m = text_check(catatan, 3, 4000, 1)) != NULL)
		return act_refuse(q, ACT_INVALID,
		    *catatan == '\0' ? msg(M_PENGADUAN_NOTE_REQUIRED) : m);
	if (!need_note && *catatan != '\0' &&
	    (m = text_check(catatan, 0, 4000, 1)) != NULL)
		return act_refuse(q, ACT_INVALID, m);
	if (strcmp(t, "disposisi") == 0) {
		if (unit == NULL || *unit == '\0' || strlen(unit) > 32 ||
		    (*unit_idp = pengaduan_sql_unit_id(s, unit)) == 0)
			return act_refuse(q, ACT_INVALID,
			    msg(M_PENGADUAN_UNIT_BAD));
	}
	if (strcmp(t, "nilai") == 0 && (q->nilai < 1 || q->nilai > 5))
		return act_refuse(q, ACT_INVALID, msg(M_PENGADUAN_NILAI_BAD));
	return 0;
}

/*
 * The complaint's new status by action q (as read into cp, by actor, 0
 * for an anonim reporter), with the notifications of the unit or the
 * admins; the note for the reporter (or NULL) goes to *textp.  Returns
 * the new status; *rcp -1 on a failure.
 */
static const char *
act_status(struct store *s, const struct pengaduan_tindakan *q,
    const struct pengaduan_cur *cp, int64_t actor, int64_t unit_id,
    const char *link, char **textp, int *rcp)
{
	const char *t = q->tindakan, *catatan = q->catatan, *to = NULL;
	char batas[11] = "", *text = NULL;
	int nilai = q->nilai, rc = 0;
	time_t now = q->now;

	if (strcmp(t, "disposisi") == 0) {
		to = "didisposisi";
		pengaduan_deadline(s, now, PENGADUAN_ANSWER_DAYS, batas);
		if (pengaduan_sql_dispose(s, cp->id, to, unit_id, batas, now) !=
		    0)
			rc = -1;
		text = xasprintf(msg(M_PENGADUAN_N_DISPOSED), cp->nomor, batas);
		if (rc == 0 &&
		    notify_unit(s, unit_id, PENGADUAN_UNIT_ROLES, text, link) !=
			0)
			rc = -1;
		free(text);
		text = xasprintf(msg(M_PENGADUAN_N_STATUS), cp->nomor,
		    pengaduan_status_label(to));
	} else if (strcmp(t, "bukan_wewenang") == 0 ||
	    strcmp(t, "arsipkan") == 0) {
		to = strcmp(t, "arsipkan") == 0 ? "diarsipkan"
						: "bukan_wewenang";
		if (pengaduan_sql_close(s, cp->id, to, catatan, now) != 0 ||
		    pengaduan_tlog_close(s, cp->id, to, now) != 0)
			rc = -1;
		text = xasprintf(msg(M_PENGADUAN_N_STATUS), cp->nomor,
		    pengaduan_status_label(to));
	} else if (strcmp(t, "rahasiakan") == 0) {
		to = cp->status;
		if (pengaduan_sql_rahasiakan(s, cp->id, actor, now) != 0)
			rc = -1;
	} else if (strcmp(t, "tanggapi") == 0) {
		to = "ditanggapi";
		pengaduan_deadline(s, now, PENGADUAN_CLOSE_DAYS, batas);
		if (pengaduan_sql_answer(s, cp->id, to, batas, now) != 0)
			rc = -1;
		text = xasprintf(msg(M_PENGADUAN_N_ANSWERED), cp->nomor, batas);
	} else if (strcmp(t, "balas") == 0 || strcmp(t, "buka_kembali") == 0) {
		to = cp->unit_id != 0 ? "didisposisi" : "baru";
		pengaduan_deadline(s, now,
		    cp->unit_id != 0 ? PENGADUAN_ANSWER_DAYS
				     : PENGADUAN_VERIFY_DAYS,
		    batas);
		if (pengaduan_sql_reopen(s, cp->id, to, batas,
			strcmp(t, "buka_kembali") == 0, now) != 0)
			rc = -1;
		text = xasprintf(strcmp(t, "balas") == 0
			? msg(M_PENGADUAN_N_REPLIED)
			: msg(M_PENGADUAN_N_REOPENED),
		    cp->nomor, batas);
		if (rc == 0 && cp->unit_id != 0 &&
		    notify_unit(s, cp->unit_id, PENGADUAN_UNIT_ROLES, text,
			link) != 0)
			rc = -1;
		if (cp->unit_id == 0)
			pengaduan_notify_admins(s, text, "/pengaduan/kelola",
			    &rc);
		free(text);
		text = NULL;
	} else if (strcmp(t, "nilai") == 0) {
		to = "selesai";
		if (pengaduan_sql_rate(s, cp->id, nilai, now) != 0)
			rc = -1;
		if (rc == 0 && strcmp(cp->status, "ditanggapi") == 0 &&
		    pengaduan_tlog_close(s, cp->id, "selesai", now) != 0)
			rc = -1;
		if (rc == 0 && cp->unit_id != 0) {
			text = xasprintf(msg(M_PENGADUAN_N_RATED), cp->nomor,
			    nilai);
			if (notify_unit(s, cp->unit_id, PENGADUAN_UNIT_ROLES,
				text, link) != 0)
				rc = -1;
			free(text);
			text = NULL;
		}
	}
	*textp = text;
	*rcp = rc;
	return to;
}

/* The audit event of action t. */
static const char *
act_event(const char *t)
{
	return strcmp(t, "disposisi") == 0     ? "pengaduan.disposisi"
	    : strcmp(t, "tanggapi") == 0       ? "pengaduan.tanggapi"
	    : strcmp(t, "nilai") == 0	       ? "pengaduan.nilai"
	    : strcmp(t, "balas") == 0	       ? "pengaduan.balas"
	    : strcmp(t, "arsipkan") == 0       ? "pengaduan.arsipkan"
	    : strcmp(t, "bukan_wewenang") == 0 ? "pengaduan.bukan_wewenang"
	    : strcmp(t, "rahasiakan") == 0     ? "pengaduan.rahasiakan"
					       : "pengaduan.buka_kembali";
}

/*
 * The whole action in the batch's transaction: the checks (1 and q->rc
 * on a refusal), then the complaint's status, message, history, audit
 * and notifications (0, or -1).
 */
static int
act_apply(struct store *s, struct store_job *j)
{
	struct pengaduan_tindakan *q = (struct pengaduan_tindakan *)j;
	const struct account *a = q->actor;
	const char *t = q->tindakan, *catatan, *to, *peran;
	char *text, *link;
	struct pengaduan_cur c;
	int64_t unit_id = 0, actor;
	int rc, reporter_act;

	if (act_check(s, q, &c, &unit_id) != 0)
		return 1;
	catatan = q->catatan;
	reporter_act = a->id == c.pelapor_id && strcmp(t, "tanggapi") != 0;
	actor = reporter_act && c.anonim ? 0 : a->id;
	peran = reporter_act		 ? "pelapor"
	    : strcmp(t, "tanggapi") == 0 ? "unit"
					 : "admin";
	link = xasprintf("/pengaduan/%s", c.nomor);
	to = act_status(s, q, &c, actor, unit_id, link, &text, &rc);
	if (*catatan != '\0' || strcmp(t, "nilai") == 0) {
		char *isi = strcmp(t, "nilai") == 0
		    ? xasprintf("Nilai %d dari"
				" 5.%s%s",
			  q->nilai, *catatan ? " " : "", catatan)
		    : xstrdup(catatan);

		pengaduan_message(s, c.id, actor, peran, t, isi, q->now, &rc);
		free(isi);
	}
	pengaduan_history(s, c.id, actor, t, c.status, to, unit_id, q->now,
	    &rc);
	pengaduan_audit(s, actor, actor == 0 ? "" : act_role(a, &c, t),
	    actor == 0 ? 0 : a->unit_id, act_event(t), c.nomor, c.status, to,
	    actor == 0 ? "" : q->addr, &rc);
	if (text != NULL) {
		if (rc == 0 && !reporter_act &&
		    notify_account_event(s, c.pelapor_id, "pengaduan.status",
			text, link) != 0)
			rc = -1;
		free(text);
	}
	free(link);
	if (rc != 0)
		return -1;
	q->rc = ACT_OK;
	snprintf(q->status, sizeof(q->status), "%s", to);
	return 0;
}

/* A storage failure; a refused action keeps its reason. */
static void
act_fail(struct store_job *j, int files)
{
	struct pengaduan_tindakan *q = (struct pengaduan_tindakan *)j;

	if (q->rc != ACT_OK)
		return;
	*q->status = '\0';
	q->rc = ACT_STORAGE;
	q->why = msg(M_SAVE_FAILED);
}

void
pengaduan_act_job(struct pengaduan_tindakan *q)
{
	q->job.apply = act_apply;
	q->job.fail = act_fail;
}

enum act_result
pengaduan_act(struct store *s, const struct account *a, const char *nomor,
    const char *t, const char *catatan, const char *unit, int nilai,
    const char *addr, time_t now, char *status, size_t statuslen,
    const char **why)
{
	struct pengaduan_tindakan q;
	struct store_job *j = &q.job;

	memset(&q, 0, sizeof(q));
	q.actor = a;
	q.nomor = nomor;
	q.tindakan = t;
	q.catatan = catatan;
	q.unit = unit;
	q.nilai = nilai;
	q.addr = addr;
	q.now = now;
	pengaduan_act_job(&q);
	(void)store_batch(s, NULL, &j, 1, 0);
	*why = q.why;
	if (status != NULL && q.rc == ACT_OK)
		snprintf(status, statuslen, "%s", q.status);
	return q.rc;
}
