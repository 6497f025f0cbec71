/* survei.c: survey invitations, answers and the per-period IKM sums. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lib/msg.h"
#include "lib/utf8.h"
#include "lib/when.h"
#include "lib/xalloc.h"
#include "store/batch.h"
#include "store/store.h"
#include "mod/akun/account.h"
#include "mod/audit/audit.h"
#include "mod/kasus/kasus.h"
#include "survei.h"
#include "sql.h"

void
survei_periode(time_t t, char out[8])
{
	when_wib_format(out, 8, "%Y-%m", t);
}

int
survei_undangan_get(struct store *s, int64_t id, int64_t account_id,
    struct survei_undangan *u)
{
	return survei_sql_undangan_get(s, id, account_id, u);
}

struct survei_undangan *
survei_undangan_list(struct store *s, int64_t account_id, size_t *np)
{
	return survei_sql_undangan_list(s, account_id, np);
}

int
survei_tiket_get(struct store *s, const char *kode, struct survei_undangan *u)
{
	if (kode == NULL || strlen(kode) < 10 || strlen(kode) > 64)
		return SURVEI_TIDAK_ADA;
	return survei_sql_tiket_get(s, kode, u);
}

int
survei_undang_tiket(struct store *s, const char *kode, const char *nomor,
    int64_t unit_id, int64_t layanan_id, time_t now)
{
	return survei_sql_tiket_insert(s, kode, nomor, unit_id, layanan_id,
		   now) == 0
	    ? 0
	    : -1;
}

int
survei_undang(struct store *s, int64_t permohonan_id)
{
	int rc;

	if ((rc = survei_sql_undangan_insert(s, permohonan_id)) <= 0)
		return rc;
	return survei_sql_undangan_notify(s, permohonan_id);
}

/* Check answers, integrity and suggestion; all nine required if full. */
static void
check_answers(const int u[IKM_UNSUR], int full, const char *integritas,
    const char *saran, struct field_errs *errs)
{
	/* field_err_add() keeps the pointer: static names */
	static const char *const names[IKM_UNSUR] = { "u1", "u2", "u3", "u4",
		"u5", "u6", "u7", "u8", "u9" };
	const char *name;
	int i, any = 0;

	for (i = 0; i < IKM_UNSUR; i++) {
		name = names[i];
		if (u[i] < 0 || u[i] > 4)
			field_err_add(errs, name, msg(M_IKM_ANSWER_BAD));
		else if (u[i] == 0 && full)
			field_err_add(errs, name, msg(M_IKM_ANSWER_REQUIRED));
		else if (u[i] != 0)
			any = 1;
	}
	if (!full && !any)
		field_err_add(errs, "u1", msg(M_IKM_NONE_ANSWERED));
	if (integritas == NULL ||
	    (strcmp(integritas, "ya") != 0 &&
		strcmp(integritas, "tidak") != 0 &&
		(full || *integritas != '\0')))
		field_err_add(errs, "integritas",
		    full && (integritas == NULL || *integritas == '\0')
			? msg(M_IKM_INTEGRITY_REQUIRED)
			: msg(M_IKM_INTEGRITY_BAD));
	if (text_check(saran, 0, 2000, 1) != NULL)
		field_err_add(errs, "saran", msg(M_IKM_SARAN_BAD));
}

/* Insert one anonymous answer row. */
static int
answer_insert(struct store *s, const char *sumber, int64_t unit_id,
    int64_t layanan_id, const char *periode, const int u[IKM_UNSUR],
    const char *integritas, const char *saran)
{
	return survei_sql_jawaban_insert(s, sumber, unit_id, layanan_id,
	    periode, u, integritas, saran);
}

static int
isi_check(struct store *s, struct store_job *j)
{
	struct survei_isi *q = (struct survei_isi *)j;

	q->rc = q->kode != NULL
	    ? survei_tiket_get(s, q->kode, &q->inv)
	    : survei_undangan_get(s, q->id, q->who->id, &q->inv);
	if (q->rc != 0)
		return 1;
	if (q->inv.answered_at != 0) {
		q->rc = SURVEI_SUDAH;
		return 1;
	}
	check_answers(q->u, 1, q->integritas, q->saran, &q->errs);
	if (q->errs.n > 0) {
		q->rc = -1;
		return 1;
	}
	return 0;
}

/* The invitation marked, the answer, its audit event, maybe a case. */
static int
isi_apply(struct store *s, struct store_job *j)
{
	struct survei_isi *q = (struct survei_isi *)j;
	const struct account *who = q->who;
	const struct survei_undangan *inv = &q->inv;
	char periode[8], oid[64], *ringkasan, *judul;
	int rc;

	survei_periode(q->now, periode);
	if (q->kode != NULL) {
		/* a ticket's holder has no account: always anonymous */
		q->tanpa_identitas = 1;
		snprintf(oid, sizeof(oid), "%s", inv->nomor);
		if (survei_sql_tiket_answer(s, q->kode, q->now) != 0)
			return -1;
	} else {
		snprintf(oid, sizeof(oid), "%lld", (long long)q->id);
		if (survei_sql_undangan_answer(s, q->id, who->id, q->now) != 0)
			return -1;
	}
	if (store_changes(s) != 1) {
		q->rc = SURVEI_SUDAH;
		return 1;
	}
	if (answer_insert(s, "online", inv->unit_id, inv->layanan_id, periode,
		q->u, q->integritas, q->saran) != 0)
		return -1;
	if (audit_write(s,
		&(struct audit){ .actor_id = who != NULL ? who->id : 0,
		    .role = "warga",
		    .action = "survei.isi",
		    .object_type =
			q->kode != NULL ? "survei_tiket" : "survei_undangan",
		    .object_id = oid,
		    .addr = q->addr }) != 0)
		return -1;
	if (strcmp(q->integritas, "ya") != 0)
		return 0;
	judul = xasprintf("Survei: permintaan imbalan di luar biaya"
			  " resmi (%s)",
	    inv->unit);
	if (q->tanpa_identitas) {
		/* no name, NIK, contact, application or account: the
		 * respondent chose to stay unknown */
		ringkasan = xasprintf(
		    "Responden survei kepuasan atas layanan %s (%s)"
		    " menjawab \"Ya\" pada pertanyaan \"Apakah ada pihak"
		    " yang meminta imbalan di luar biaya resmi?\"."
		    " Responden memilih tidak menyertakan identitas."
		    " Saran responden: %s",
		    inv->layanan, inv->unit,
		    q->saran && *q->saran ? q->saran : "-");
		rc =
		    kasus_open(s, KASUS_SURVEI, "unit", "", inv->unit_id, judul,
			ringkasan, 0, q->now, q->kasus, sizeof(q->kasus)) > 0
		    ? 0
		    : -1;
		free(judul);
		free(ringkasan);
		return rc;
	}
	ringkasan =
	    xasprintf("Responden survei kepuasan atas"
		      " permohonan %s (%s, %s) menjawab \"Ya\" pada pertanyaan"
		      " \"Apakah ada pihak yang meminta imbalan di luar biaya"
		      " resmi?\". Identitas responden (rahasia, hanya untuk"
		      " Inspektorat): %s, NIK %s, telepon %s, e-mail %s."
		      " Saran responden: %s",
		inv->nomor, inv->layanan, inv->unit, who->full_name, who->nik,
		*who->phone ? who->phone : "-", *who->email ? who->email : "-",
		q->saran && *q->saran ? q->saran : "-");
	rc = kasus_open(s, KASUS_SURVEI, "permohonan", inv->nomor, inv->unit_id,
		 judul, ringkasan, who->id, q->now, q->kasus,
		 sizeof(q->kasus)) > 0
	    ? 0
	    : -1;
	free(judul);
	free(ringkasan);
	return rc;
}

/* A storage failure; an answer already refused keeps its reason. */
static void
isi_fail(struct store_job *j, int files)
{
	struct survei_isi *q = (struct survei_isi *)j;

	if (q->rc != 0)
		return;
	q->rc = SURVEI_GAGAL;
	*q->kasus = '\0';
}

void
survei_isi_job(struct survei_isi *q)
{
	q->job.check = isi_check;
	q->job.apply = isi_apply;
	q->job.fail = isi_fail;
}

int
survei_isi(struct store *s, int64_t id, const struct account *who,
    const int u[IKM_UNSUR], const char *integritas, const char *saran,
    const char *addr, time_t now, struct field_errs *errs, char *kasus,
    size_t kasuslen)
{
	struct survei_isi q;
	struct store_job *j = &q.job;

	memset(&q, 0, sizeof(q));
	q.id = id;
	q.who = who;
	memcpy(q.u, u, sizeof(q.u));
	q.integritas = integritas;
	q.saran = saran;
	q.addr = addr;
	q.now = now;
	survei_isi_job(&q);
	(void)store_batch(s, NULL, &j, 1, 0);
	*errs = q.errs;
	if (kasus != NULL && kasuslen > 0)
		snprintf(kasus, kasuslen, "%s", q.kasus);
	return q.rc;
}

/* The services a unit provides (see survei.h). */
struct survei_layanan *
survei_layanan_unit(struct store *s, int64_t unit_id, size_t *np)
{
	return survei_sql_layanan_unit(s, unit_id, np);
}

/* "YYYY-MM", 2000-01 .. the current month. */
static int
periode_ok(const char *p, time_t now)
{
	char cur[8];
	int y, m;

	if (p == NULL || strlen(p) != 7 || p[4] != '-' ||
	    strspn(p, "0123456789") != 4 || strspn(p + 5, "0123456789") != 2)
		return 0;
	y = atoi(p);
	m = atoi(p + 5);
	if (y < 2000 || m < 1 || m > 12)
		return 0;
	survei_periode(now, cur);
	return strcmp(p, cur) <= 0;
}

static int
kertas_check(struct store *s, struct store_job *j)
{
	struct survei_kertas *q = (struct survei_kertas *)j;
	struct survei_layanan *ls;
	size_t n, i;

	if (q->officer->unit_id == 0) {
		field_err_add(&q->errs, "layanan", msg(M_IKM_NO_UNIT));
		q->rc = -1;
		return 1;
	}
	if ((ls = survei_layanan_unit(s, q->officer->unit_id, &n)) == NULL) {
		q->rc = SURVEI_GAGAL;
		return 1;
	}
	for (i = 0; i < n && q->layanan_code != NULL; i++)
		if (strcmp(ls[i].code, q->layanan_code) == 0)
			q->layanan_id = ls[i].id;
	free(ls);
	if (q->layanan_id == 0)
		field_err_add(&q->errs, "layanan", msg(M_IKM_LAYANAN_BAD));
	if (!periode_ok(q->periode, q->now))
		field_err_add(&q->errs, "periode", msg(M_IKM_PERIODE_BAD));
	check_answers(q->u, 0, q->integritas, q->saran, &q->errs);
	q->rc = q->errs.n > 0 ? -1 : 0;
	return q->rc != 0;
}

/* The answer, its audit event and, on "ya", a case about the unit. */
static int
kertas_apply(struct store *s, struct store_job *j)
{
	struct survei_kertas *q = (struct survei_kertas *)j;
	const struct account *officer = q->officer;
	char *judul, *ringkasan, oid[24];
	int rc;

	if (answer_insert(s, "kertas", officer->unit_id, q->layanan_id,
		q->periode, q->u, q->integritas, q->saran) != 0)
		return -1;
	snprintf(oid, sizeof(oid), "%lld", (long long)store_last_id(s));
	if (audit_write(s,
		&(struct audit){ .actor_id = officer->id,
		    .unit_id = officer->unit_id,
		    .action = "survei.kertas",
		    .object_type = "survei_jawaban",
		    .object_id = oid,
		    .note = q->layanan_code,
		    .addr = q->addr }) != 0)
		return -1;
	if (q->integritas == NULL || strcmp(q->integritas, "ya") != 0)
		return 0;
	judul = xasprintf("Survei kertas: permintaan imbalan di luar"
			  " biaya resmi (%s)",
	    officer->unit_name);
	ringkasan =
	    xasprintf("Kuesioner kertas layanan %s periode %s"
		      " (dimasukkan oleh %s) menjawab \"Ya\" pada pertanyaan"
		      " integritas. Responden tidak beridentitas. Saran: %s",
		q->layanan_code, q->periode, officer->username,
		q->saran && *q->saran ? q->saran : "-");
	rc =
	    kasus_open(s, KASUS_SURVEI, "survei_jawaban", oid, officer->unit_id,
		judul, ringkasan, officer->id, q->now, NULL, 0) > 0
	    ? 0
	    : -1;
	free(judul);
	free(ringkasan);
	return rc;
}

static void
kertas_fail(struct store_job *j, int files)
{
	struct survei_kertas *q = (struct survei_kertas *)j;

	if (q->rc == 0)
		q->rc = SURVEI_GAGAL;
}

void
survei_kertas_job(struct survei_kertas *q)
{
	q->job.check = kertas_check;
	q->job.apply = kertas_apply;
	q->job.fail = kertas_fail;
}

int
survei_kertas(struct store *s, const struct account *officer,
    const char *layanan_code, const char *periode, const int u[IKM_UNSUR],
    const char *integritas, const char *saran, const char *addr, time_t now,
    struct field_errs *errs)
{
	struct survei_kertas q;
	struct store_job *j = &q.job;

	memset(&q, 0, sizeof(q));
	q.officer = officer;
	q.layanan_code = layanan_code;
	q.periode = periode;
	memcpy(q.u, u, sizeof(q.u));
	q.integritas = integritas;
	q.saran = saran;
	q.addr = addr;
	q.now = now;
	survei_kertas_job(&q);
	(void)store_batch(s, NULL, &j, 1, 0);
	*errs = q.errs;
	return q.rc;
}

/* Period key of a month "YYYY-MM". */
static void
period_key(const char *month, enum ikm_per per, char out[12])
{
	int m = atoi(month + 5);
	char tmp[32];

	switch (per) {
	case IKM_PER_TAHUN:
		snprintf(out, 12, "%.4s", month);
		break;
	case IKM_PER_TRIWULAN:
		snprintf(tmp, sizeof(tmp), "%.4s-TW%d", month,
		    m >= 1 && m <= 12 ? (m - 1) / 3 + 1 : 0);
		snprintf(out, 12, "%.8s", tmp);
		break;
	default:
		snprintf(out, 12, "%.7s", month);
		break;
	}
}

static struct ikm_periode *
period_find(struct ikm_periode **v, size_t *n, size_t *cap, const char *key)
{
	size_t i;

	for (i = 0; i < *n; i++)
		if (strcmp((*v)[i].key, key) == 0)
			return &(*v)[i];
	if (*n == *cap) {
		*cap = *cap ? *cap * 2 : 16;
		*v = xrealloc(*v, *cap * sizeof(**v));
	}
	memset(&(*v)[*n], 0, sizeof(**v));
	snprintf((*v)[*n].key, sizeof((*v)[*n].key), "%s", key);
	return &(*v)[(*n)++];
}

static int
period_cmp(const void *a, const void *b)
{
	return strcmp(((const struct ikm_periode *)a)->key,
	    ((const struct ikm_periode *)b)->key);
}

/* The periods being summed by ikm_rekap(). */
struct rekap {
	struct ikm_periode *v;
	size_t n, cap;
	enum ikm_per per;
};

static void
rekap_answer(void *arg, const char *periode, const int u[IKM_UNSUR])
{
	struct rekap *rk = arg;
	struct ikm_periode *p;
	char key[12];

	period_key(periode, rk->per, key);
	p = period_find(&rk->v, &rk->n, &rk->cap, key);
	(void)ikm_add(&p->acc, u); /* CHECKed 1..4 in the schema */
}

static void
rekap_users(void *arg, const char *month, int64_t n)
{
	struct rekap *rk = arg;
	struct ikm_periode *p;
	char key[12];

	period_key(month, rk->per, key);
	p = period_find(&rk->v, &rk->n, &rk->cap, key);
	p->pengguna += n;
}

struct ikm_periode *
ikm_rekap(struct store *s, int64_t unit_id, int64_t layanan_id,
    enum ikm_per per, size_t *np)
{
	struct rekap rk = { NULL, 0, 0, per };

	*np = 0;
	if (survei_sql_jawaban_each(s, unit_id, layanan_id, rekap_answer,
		&rk) != 0)
		goto fail;
	/* service users: applications finished 'selesai' in the period */
	if (survei_sql_pengguna_each(s, unit_id, layanan_id, rekap_users,
		&rk) != 0)
		goto fail;
	if (rk.v == NULL)
		rk.v = xcalloc(1, sizeof(*rk.v));
	qsort(rk.v, rk.n, sizeof(*rk.v), period_cmp);
	*np = rk.n;
	return rk.v;
fail:
	free(rk.v);
	return NULL;
}

void
ikm_periode_label(const char *key, char *out, size_t outlen)
{
	static const char *const roman[] = { "I", "II", "III", "IV" };
	int m;

	if (strlen(key) == 7 && key[4] == '-' && (m = atoi(key + 5)) >= 1 &&
	    m <= 12)
		snprintf(out, outlen, "%s %.4s", when_bulan[m - 1], key);
	else if (strlen(key) == 8 && strncmp(key + 4, "-TW", 3) == 0 &&
	    (m = key[7] - '0') >= 1 && m <= 4)
		snprintf(out, outlen, "Triwulan %s %.4s", roman[m - 1], key);
	else
		snprintf(out, outlen, "%s", key);
}
