/*
 * kinerja_agregat.c: the aggregate tables of migration 0021 kept up to
 * date in the caller's transaction (see kinerja_agregat.h).  What an
 * application counts for is a function of its submission and finishing
 * days, outcome, due date, registering unit and service; the tables
 * record it in permohonan.kinerja_sig.  A change takes out the recorded
 * contribution and adds the new one, and does nothing when they are equal
 * (most moves between open states).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/str.h"
#include "lib/when.h"
#include "lib/xalloc.h"
#include "store/store.h"
#include "kinerja_agregat.h"
#include "kinerja_hari.h"
#include "agregat.h"

void
agregat_bulan(long day, char out[16])
{
	int y, m, d;

	when_civil_from_days(day, &y, &m, &d);
	snprintf(out, 16, "%04d-%02d", y % 10000, m % 100);
}

int
agregat_adu_tepat(const struct kinerja_sql_adu *r, const long *hol, size_t nhol)
{
	return r->disposisi && r->tanggapan &&
	    when_wib_day(r->tanggapan_at) <= kinerja_add_working(hol, nhol,
						 when_wib_day(r->disposisi_at),
						 KINERJA_ADU_HARI);
}

void
agregat_adu_sig(const struct kinerja_sql_adu *r, const long *hol, size_t nhol,
    char out[64])
{
	char bulan[16];

	agregat_bulan(when_wib_day(r->created_at), bulan);
	snprintf(out, 64, "%s:%lld:%d", bulan, (long long)r->unit,
	    agregat_adu_tepat(r, hol, nhol));
}

/*
 * Parse "submitted_at:finished_at:kelas:penerbit_id:layanan_id:due_date"
 * (SIG in sql.c); NULL: counts for nothing.  0, or -1 if malformed.
 */
static int
jejak_parse(const char *sig, struct kinerja_jejak *j)
{
	long long v[5];
	const char *p = sig;
	char *end;
	int i;

	memset(j, 0, sizeof(*j));
	if (sig == NULL)
		return 0;
	for (i = 0; i < 5; i++) {
		if (i == 1 && *p == ':') {
			v[i] = 0;
			end = (char *)p;
		} else
			v[i] = strtoll(p, &end, 10);
		if (*end != ':')
			return -1;
		p = end + 1;
	}
	j->ada = 1;
	j->hari_masuk = when_wib_day(v[0]);
	j->hari_selesai = v[1] != 0 ? when_wib_day(v[1]) : -1;
	j->kelas = (int)v[2];
	j->penerbit = v[3];
	j->layanan = v[4];
	if (kinerja_day_parse(p) >= 0)
		str_copy(j->due_date, sizeof(j->due_date), p);
	return 0;
}

/* The rows being collected by agregat_beda_load(). */
struct bedas {
	struct agregat_beda *v;
	size_t n, cap;
	int64_t unit_layanan_kini; /* of the last row */
};

static void
beda_add(void *arg, const struct kinerja_sql_beda *r)
{
	struct bedas *b = arg;
	struct agregat_beda *e;

	if (b->n == b->cap) {
		b->cap = b->cap ? b->cap * 2 : 8;
		b->v = xrealloc(b->v, b->cap * sizeof(*b->v));
	}
	e = &b->v[b->n++];
	memset(e, 0, sizeof(*e));
	e->id = r->id;
	e->sig = r->sig ? xstrdup(r->sig) : NULL;
	e->lama = r->lama ? xstrdup(r->lama) : NULL;
	e->kini.unit = r->unit_layanan; /* resolved below */
}

void
agregat_beda_free(struct agregat_beda *v, size_t n)
{
	size_t i;

	for (i = 0; v != NULL && i < n; i++) {
		free(v[i].sig);
		free(v[i].lama);
	}
	free(v);
}

struct agregat_beda *
agregat_beda_load(struct store *s, int64_t id, size_t *np)
{
	struct bedas b = { NULL, 0, 0, 0 };
	int64_t ul;
	size_t i;

	*np = 0;
	if (kinerja_sql_beda(s, id, beda_add, &b) != 0)
		goto bad;
	for (i = 0; i < b.n; i++) {
		struct agregat_beda *e = &b.v[i];

		ul = e->kini.unit;
		if (jejak_parse(e->sig, &e->kini) != 0 ||
		    jejak_parse(e->lama, &e->dulu) != 0)
			goto bad;
		/* the unit answering: the service's OPD, else the register */
		e->kini.unit = ul != 0 ? ul : e->kini.penerbit;
		if (e->dulu.ada && e->dulu.layanan != e->kini.layanan)
			ul = kinerja_sql_layanan_unit(s, e->dulu.layanan);
		e->dulu.unit = ul != 0 ? ul : e->dulu.penerbit;
	}
	*np = b.n;
	return b.v != NULL ? b.v : xcalloc(1, sizeof(*b.v));
bad:
	agregat_beda_free(b.v, b.n);
	return NULL;
}

void
agregat_baris(const struct kinerja_jejak *j, const long *hol, size_t nhol,
    int sign, struct agregat_baris *o)
{
	struct kinerja_sql_bulan *b;

	memset(o, 0, sizeof(*o));
	agregat_bulan(j->hari_masuk, o->m_masuk);
	b = &o->bulan[o->nbulan++];
	b->bulan = o->m_masuk;
	b->unit = j->unit;
	b->layanan = j->layanan;
	b->masuk = sign;
	if (j->kelas == KINERJA_KELAS_BUKA) {
		o->buka.unit = j->unit;
		o->buka.layanan = j->layanan;
		o->buka.bulan = o->m_masuk;
		o->buka.due_date = j->due_date;
		o->buka.n = sign;
		o->nbuka = 1;
		return;
	}
	agregat_bulan(j->hari_selesai, o->m_selesai);
	if (strcmp(o->m_selesai, o->m_masuk) != 0)
		b = &o->bulan[o->nbulan++];
	b->bulan = o->m_selesai;
	b->unit = j->unit;
	b->layanan = j->layanan;
	switch (j->kelas) {
	case KINERJA_KELAS_DITOLAK:
		b->ditolak += sign;
		return;
	case KINERJA_KELAS_DICABUT:
		b->dicabut += sign;
		return;
	}
	b->selesai += sign;
	if (j->due_date[0] != '\0') {
		b->berstandar += sign;
		if (j->hari_selesai <= kinerja_day_parse(j->due_date))
			b->tepat += sign;
	}
	o->durasi.bulan = o->m_selesai;
	o->durasi.unit = j->unit;
	o->durasi.layanan = j->layanan;
	o->durasi.hari_kerja =
	    kinerja_hari_kerja(hol, nhol, j->hari_masuk, j->hari_selesai);
	o->durasi.n = sign;
	o->ndurasi = 1;
}

/* Write the rows of j with sign into the tables. */
static int
tulis(struct store *s, const struct kinerja_jejak *j, const long *hol,
    size_t nhol, int sign)
{
	struct agregat_baris o;
	int i;

	if (!j->ada)
		return 0;
	agregat_baris(j, hol, nhol, sign, &o);
	for (i = 0; i < o.nbulan; i++)
		if (kinerja_sql_bulan_add(s, &o.bulan[i]) != 0)
			return -1;
	if (o.ndurasi && kinerja_sql_durasi_add(s, &o.durasi) != 0)
		return -1;
	if (o.nbuka && kinerja_sql_buka_add(s, &o.buka) != 0)
		return -1;
	return 0;
}

/* Take in the applications that differ (id 0: all). */
static int
serap(struct store *s, int64_t id)
{
	struct agregat_beda *v;
	long *hol = NULL;
	size_t n, nhol = 0, i;
	int rc = -1;

	if ((v = agregat_beda_load(s, id, &n)) == NULL)
		return -1;
	if (n == 0) {
		rc = 0;
		goto out;
	}
	if ((hol = kinerja_holidays_load(s, &nhol)) == NULL)
		goto out;
	for (i = 0; i < n; i++)
		if (tulis(s, &v[i].dulu, hol, nhol, -1) != 0 ||
		    tulis(s, &v[i].kini, hol, nhol, 1) != 0 ||
		    kinerja_sql_sig_set(s, v[i].id, v[i].sig) != 0)
			goto out;
	rc = 0;
out:
	free(hol);
	agregat_beda_free(v, n);
	return rc;
}

/* --- complaints (migration 0025) ---------------------------------------- */

/* A complaint to count, copied out of its row. */
struct adu_salin {
	struct kinerja_sql_adu r;
	char *lama;
};

/* The complaints being collected by adu_load(). */
struct adu_salins {
	struct adu_salin *v;
	size_t n, cap;
};

static void
adu_add(void *arg, const struct kinerja_sql_adu *r)
{
	struct adu_salins *a = arg;
	struct adu_salin *e;

	if (a->n == a->cap) {
		a->cap = a->cap ? a->cap * 2 : 8;
		a->v = xrealloc(a->v, a->cap * sizeof(*a->v));
	}
	e = &a->v[a->n++];
	e->r = *r;
	e->lama = r->lama != NULL ? xstrdup(r->lama) : NULL;
	e->r.lama = e->lama;
}

static void
adu_free(struct adu_salins *a)
{
	size_t i;

	for (i = 0; i < a->n; i++)
		free(a->v[i].lama);
	free(a->v);
}

/* "YYYY-MM:unit:tepat" into a kinerja_adu row with n = sign; 0 or -1. */
static int
adu_baris(const char *sig, int sign, char bulan[16],
    struct kinerja_sql_adu_bulan *o)
{
	long long unit;
	int tepat, k = 0;

	if (sscanf(sig, "%7[0-9-]:%lld:%d%n", bulan, &unit, &tepat, &k) != 3 ||
	    sig[k] != '\0' || strlen(bulan) != 7 || (tepat != 0 && tepat != 1))
		return -1;
	o->bulan = bulan;
	o->unit = unit;
	o->n = sign;
	o->tepat = tepat ? sign : 0;
	return 0;
}

/* Count complaint r as it is now instead of as r->lama. */
static int
adu_tulis(struct store *s, const struct kinerja_sql_adu *r, const long *hol,
    size_t nhol)
{
	struct kinerja_sql_adu_bulan o;
	char sig[64], bulan[16];

	agregat_adu_sig(r, hol, nhol, sig);
	if (r->lama != NULL && strcmp(r->lama, sig) == 0)
		return 0;
	/* what it was counted as out (a malformed one was not counted) */
	if (r->lama != NULL && adu_baris(r->lama, -1, bulan, &o) == 0 &&
	    kinerja_sql_adu_add(s, &o) != 0)
		return -1;
	if (adu_baris(sig, 1, bulan, &o) != 0 ||
	    kinerja_sql_adu_add(s, &o) != 0)
		return -1;
	return kinerja_sql_adu_sig_set(s, r->id, sig);
}

/* Complaint id (0: every one not counted yet) into kinerja_adu. */
static int
adu_serap(struct store *s, int64_t id)
{
	struct adu_salins a = { NULL, 0, 0 };
	long *hol = NULL;
	size_t nhol = 0, i;
	int rc = -1;

	if ((id != 0 ? kinerja_sql_adu_satu(s, id, adu_add, &a)
		     : kinerja_sql_adu(s, 0, INT64_MIN, INT64_MAX, adu_add,
			   &a)) != 0)
		goto out;
	if (a.n == 0) {
		rc = 0;
		goto out;
	}
	if ((hol = kinerja_holidays_load(s, &nhol)) == NULL)
		goto out;
	for (i = 0; i < a.n; i++)
		if (adu_tulis(s, &a.v[i].r, hol, nhol) != 0)
			goto out;
	rc = 0;
out:
	free(hol);
	adu_free(&a);
	return rc;
}

int
kinerja_adu_catat(struct store *s, int64_t id)
{
	return id > 0 ? adu_serap(s, id) : -1;
}

/* --- both ---------------------------------------------------------------- */

int
kinerja_agregat_catat(struct store *s, int64_t id)
{
	return id > 0 ? serap(s, id) : -1;
}

int
kinerja_agregat_serap(struct store *s)
{
	return serap(s, 0) == 0 && adu_serap(s, 0) == 0 ? 0 : -1;
}

int
kinerja_agregat_serap_tx(struct store *s)
{
	struct agregat_beda *v;
	size_t n;

	if ((v = agregat_beda_load(s, 0, &n)) == NULL)
		return -1;
	agregat_beda_free(v, n);
	if (kinerja_sql_adu_belum(s))
		n++;
	if (n == 0)
		return 0;
	if (store_begin(s) != 0)
		return -1;
	if (kinerja_agregat_serap(s) != 0) {
		store_rollback(s);
		return -1;
	}
	return store_commit(s) == 0 ? (int)n : -1;
}

int
kinerja_agregat_bangun(struct store *s)
{
	if (kinerja_sql_agregat_hapus(s) != 0)
		return -1;
	return kinerja_agregat_serap(s);
}
