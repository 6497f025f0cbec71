/*
 * kinerja_agregat.c: the aggregate tables of migration 0021 kept up to
 * date in the caller's transaction (see kinerja_agregat.h).  An
 * application's contribution is a function of its responsible unit,
 * service, submission and finishing days, outcome and due date; a change
 * takes out the old contribution and adds the new one, and does nothing
 * when they are equal (most moves between open states).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/str.h"
#include "lib/when.h"
#include "store/store.h"
#include "kinerja_hari.h"
#include "agregat.h"

void
agregat_bulan(long day, char out[16])
{
	int y, m, d;

	when_civil_from_days(day, &y, &m, &d);
	snprintf(out, 16, "%04d-%02d", y % 10000, m % 100);
}

void
agregat_jejak(const struct kinerja_sql_rec *r, struct kinerja_jejak *j)
{
	memset(j, 0, sizeof(*j));
	j->ada = 1;
	j->unit = r->unit;
	j->layanan = r->layanan;
	j->hari_masuk = when_wib_day(r->submitted_at);
	j->hari_selesai = r->finished_at ? when_wib_day(r->finished_at) : -1;
	if (r->finished_at == 0)
		j->kelas = KINERJA_KELAS_BUKA;
	else if (strcmp(r->state, "ditolak") == 0)
		j->kelas = KINERJA_KELAS_DITOLAK;
	else if (strcmp(r->state, "dibatalkan") == 0)
		j->kelas = KINERJA_KELAS_DICABUT;
	else
		j->kelas = KINERJA_KELAS_SELESAI;
	snprintf(j->due_date, sizeof(j->due_date), "%s",
	    kinerja_day_parse(r->due_date) >= 0 ? r->due_date : "");
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

static void
rec_one(void *arg, const struct kinerja_sql_rec *r)
{
	agregat_jejak(r, arg);
}

int
kinerja_agregat_sebelum(struct store *s, int64_t id, struct kinerja_jejak *j)
{
	int64_t mark;

	memset(j, 0, sizeof(*j));
	if ((mark = kinerja_sql_tanda(s)) < 0)
		return -1;
	if (id > mark) /* not accounted yet: read from the rows */
		return 0;
	return kinerja_sql_rec_id(s, id, rec_one, j);
}

/* Same contribution? */
static int
sama(const struct kinerja_jejak *a, const struct kinerja_jejak *b)
{
	return a->ada == b->ada &&
	    (!a->ada ||
		(a->unit == b->unit && a->layanan == b->layanan &&
		    a->hari_masuk == b->hari_masuk &&
		    a->hari_selesai == b->hari_selesai &&
		    a->kelas == b->kelas &&
		    strcmp(a->due_date, b->due_date) == 0));
}

int
kinerja_agregat_sesudah(struct store *s, int64_t id,
    const struct kinerja_jejak *before)
{
	struct kinerja_jejak now;
	long *hol = NULL;
	size_t nhol = 0;
	int64_t mark;
	int rc = -1;

	memset(&now, 0, sizeof(now));
	if ((mark = kinerja_sql_tanda(s)) < 0)
		return -1;
	if (id > mark)
		return 0;
	if (kinerja_sql_rec_id(s, id, rec_one, &now) != 0)
		return -1;
	if (sama(before, &now))
		return 0;
	if ((before->ada && before->kelas == KINERJA_KELAS_SELESAI) ||
	    (now.ada && now.kelas == KINERJA_KELAS_SELESAI)) {
		if ((hol = kinerja_holidays_load(s, &nhol)) == NULL)
			return -1;
	}
	if (before->ada && tulis(s, before, hol, nhol, -1) != 0)
		goto out;
	if (now.ada && tulis(s, &now, hol, nhol, 1) != 0)
		goto out;
	rc = 0;
out:
	free(hol);
	return rc;
}

/* Absorbing the applications past the mark. */
struct serap {
	struct store *s;
	const long *hol;
	size_t nhol;
	int rc;
};

static void
serap_rec(void *arg, const struct kinerja_sql_rec *r)
{
	struct serap *x = arg;
	struct kinerja_jejak j;

	agregat_jejak(r, &j);
	if (x->rc == 0 && tulis(x->s, &j, x->hol, x->nhol, 1) != 0)
		x->rc = -1;
}

/* Count the applications in (mark, upto] and move the mark to upto. */
static int
serap(struct store *s, int64_t mark, int64_t upto)
{
	struct serap x = { s, NULL, 0, 0 };
	long *hol;
	size_t nhol;
	int rc;

	if ((hol = kinerja_holidays_load(s, &nhol)) == NULL)
		return -1;
	x.hol = hol;
	x.nhol = nhol;
	rc = kinerja_sql_recs_after(s, mark, upto, serap_rec, &x);
	free(hol);
	if (rc != 0 || x.rc != 0)
		return -1;
	return kinerja_sql_tanda_set(s, upto);
}

int
kinerja_agregat_baru(struct store *s, int64_t id)
{
	int64_t mark;

	if ((mark = kinerja_sql_tanda(s)) < 0)
		return -1;
	if (id <= mark)
		return 0;
	return serap(s, mark, id);
}

int
kinerja_agregat_bangun(struct store *s)
{
	int64_t top;

	if (kinerja_sql_agregat_hapus(s) != 0)
		return -1;
	if ((top = kinerja_sql_permohonan_max(s)) < 0)
		return -1;
	return serap(s, 0, top);
}
