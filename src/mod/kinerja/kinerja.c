/*
 * kinerja.c: performance figures from the records.  One query loads the
 * applications that matter to a period (submitted before its end and not
 * finished before its start); the working-day calendar (kinerja_hari.c)
 * is loaded once into memory.  Counts are grouped per (unit, service),
 * per unit and for the regency in one pass; the same groups give the
 * year's trend.  See doc/kinerja.md for every definition.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/str.h"
#include "lib/when.h"
#include "lib/xalloc.h"
#include "store/store.h"
#include "mod/survei/ikm.h"
#include "kinerja.h"
#include "sql.h"
#include "mod/pengaduan/pengaduan.h"
#include "mod/alur/workday.h"

int64_t
kinerja_persen10(int64_t num, int64_t den)
{
	if (den <= 0)
		return KINERJA_NA;
	return (num * 2000 + den) / (2 * den);
}

static int
cmp_i64(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;

	return (x > y) - (x < y);
}

int64_t
kinerja_persentil(const int64_t *v, size_t n, int pct)
{
	size_t rank;

	/* nearest rank: the smallest value with at least pct % at or below */
	rank = ((size_t)pct * n + 99) / 100;
	if (rank < 1)
		rank = 1;
	return v[rank - 1];
}

/* --- records and groups -------------------------------------------------- */

enum { K_OPEN, K_SELESAI, K_DITOLAK, K_DICABUT };

struct rec {
	int64_t unit, layanan;
	int64_t sub, fin;		/* fin 0: open */
	long sub_day, fin_day, due_day; /* due_day -1: no due date */
	int cls;
};

struct grp {
	int64_t unit, layanan;
	struct kinerja_angka a;
	int64_t *dur;
	size_t ndur, cap;
	struct ikm_acc ikm;
};

struct grps {
	struct grp *v;
	size_t n, cap;
	size_t last[3]; /* cache of the last hit per key kind */
};

static void
angka_zero(struct kinerja_angka *a, int pengaduan)
{
	memset(a, 0, sizeof(*a));
	a->median = a->p90 = a->ikm = KINERJA_NA;
	if (!pengaduan)
		a->pengaduan = a->pengaduan_tepat = KINERJA_NA;
}

static struct grp *
grp_get(struct grps *g, int kind, int64_t unit, int64_t layanan)
{
	size_t i = g->last[kind];

	if (i < g->n && g->v[i].unit == unit && g->v[i].layanan == layanan)
		return &g->v[i];
	for (i = 0; i < g->n; i++)
		if (g->v[i].unit == unit && g->v[i].layanan == layanan)
			break;
	if (i == g->n) {
		if (g->n == g->cap) {
			g->cap = g->cap ? g->cap * 2 : 64;
			g->v = xrealloc(g->v, g->cap * sizeof(*g->v));
		}
		memset(&g->v[i], 0, sizeof(g->v[i]));
		g->v[i].unit = unit;
		g->v[i].layanan = layanan;
		angka_zero(&g->v[i].a, 1);
		g->n++;
	}
	g->last[kind] = i;
	return &g->v[i];
}

static void
grps_free(struct grps *g)
{
	size_t i;

	for (i = 0; i < g->n; i++)
		free(g->v[i].dur);
	free(g->v);
	memset(g, 0, sizeof(*g));
}

static int
cmp_rec(const void *a, const void *b)
{
	const struct rec *x = a, *y = b;

	if (x->unit != y->unit)
		return x->unit < y->unit ? -1 : 1;
	return (x->layanan > y->layanan) - (x->layanan < y->layanan);
}

/* The application rows being collected by recs_load(). */
struct recs {
	struct rec *v;
	size_t n, cap;
};

static void
rec_add(void *arg, const struct kinerja_sql_rec *r)
{
	struct recs *rs = arg;
	struct rec *v;

	if (rs->n == rs->cap) {
		rs->cap = rs->cap ? rs->cap * 2 : 256;
		rs->v = xrealloc(rs->v, rs->cap * sizeof(*rs->v));
	}
	v = &rs->v[rs->n];
	v->unit = r->unit;
	v->layanan = r->layanan;
	v->sub = r->submitted_at;
	v->fin = r->finished_at;
	v->sub_day = when_wib_day(v->sub);
	v->fin_day = when_wib_day(v->fin);
	v->due_day = kinerja_day_parse(r->due_date);
	if (v->fin == 0)
		v->cls = K_OPEN;
	else if (strcmp(r->state, "ditolak") == 0)
		v->cls = K_DITOLAK;
	else if (strcmp(r->state, "dibatalkan") == 0)
		v->cls = K_DICABUT;
	else
		v->cls = K_SELESAI;
	rs->n++;
}

/* The application rows that matter to [t0, t1); unit_id 0: all units. */
static struct rec *
recs_load(struct store *s, int64_t unit_id, int64_t t0, int64_t t1, size_t *np)
{
	struct recs rs = { NULL, 0, 0 };

	*np = 0;
	if (kinerja_sql_recs(s, unit_id, t0, t1, rec_add, &rs) != 0) {
		free(rs.v);
		return NULL;
	}
	/* grouped, so that the group lookups hit their cache */
	if (rs.n > 1)
		qsort(rs.v, rs.n, sizeof(*rs.v), cmp_rec);
	*np = rs.n;
	return rs.v != NULL ? rs.v : xcalloc(1, sizeof(*rs.v));
}

static void
count_rec(struct grp *g, const struct rec *r, int64_t t0, int64_t t1,
    const long *hol, size_t nhol)
{
	struct kinerja_angka *a = &g->a;

	if (r->sub >= t0 && r->sub < t1)
		a->diterima++;
	if (r->sub < t1 && (r->fin == 0 || r->fin >= t1))
		a->dalam_proses++;
	if (r->fin == 0 || r->fin < t0 || r->fin >= t1)
		return;
	switch (r->cls) {
	case K_DITOLAK:
		a->ditolak++;
		return;
	case K_DICABUT:
		a->dicabut++;
		return;
	}
	a->selesai++;
	if (r->due_day >= 0) {
		a->berstandar++;
		if (r->fin_day <= r->due_day)
			a->tepat_waktu++;
	}
	if (g->ndur == g->cap) {
		g->cap = g->cap ? g->cap * 2 : 16;
		g->dur = xrealloc(g->dur, g->cap * sizeof(*g->dur));
	}
	g->dur[g->ndur++] =
	    kinerja_hari_kerja(hol, nhol, r->sub_day, r->fin_day);
}

/* Median, p90 and IKM of every group, from what was collected. */
static void
grps_finish(struct grps *g)
{
	struct ikm_hasil h;
	size_t i;

	for (i = 0; i < g->n; i++) {
		if (g->v[i].ndur > 0) {
			qsort(g->v[i].dur, g->v[i].ndur, sizeof(int64_t),
			    cmp_i64);
			g->v[i].a.median =
			    kinerja_persentil(g->v[i].dur, g->v[i].ndur, 50);
			g->v[i].a.p90 =
			    kinerja_persentil(g->v[i].dur, g->v[i].ndur, 90);
		}
		g->v[i].a.ikm_responden = g->v[i].ikm.responden;
		if (g->v[i].ikm.responden > 0 &&
		    ikm_compute(&g->v[i].ikm, IKM_BOBOT_TEPAT, &h) == 0)
			g->v[i].a.ikm = h.ikm;
	}
}

static void
ikm_merge(struct ikm_acc *to, const struct ikm_acc *from)
{
	int i;

	for (i = 0; i < IKM_UNSUR; i++) {
		to->sum[i] += from->sum[i];
		to->n[i] += from->n[i];
	}
	to->responden += from->responden;
}

/* Where ikm_load() puts the answers. */
struct ikm_to {
	struct grps *g;
	struct ikm_acc *bulan;
};

static void
ikm_add_row(void *arg, const struct kinerja_sql_ikm *r)
{
	struct ikm_to *to = arg;
	struct grps *g = to->g;
	int m;

	if (to->bulan != NULL) {
		m = atoi(r->periode + 5);
		if (m >= 1 && m <= 12)
			ikm_merge(&to->bulan[m - 1], &r->acc);
		return;
	}
	ikm_merge(&grp_get(g, 0, r->unit, r->layanan)->ikm, &r->acc);
	ikm_merge(&grp_get(g, 1, r->unit, 0)->ikm, &r->acc);
	ikm_merge(&grp_get(g, 2, 0, 0)->ikm, &r->acc);
}

/*
 * Survey answers of months [m0, m1] ("YYYY-MM"), per (unit, service), into
 * the groups; per_month: key the regency group by month instead (trend).
 */
static int
ikm_load(struct store *s, struct grps *g, int64_t unit_id, const char *m0,
    const char *m1, struct ikm_acc *bulan)
{
	struct ikm_to to = { g, bulan };

	return kinerja_sql_ikm(s, unit_id, m0, m1, ikm_add_row, &to);
}

static void
overdue_add(void *arg, int64_t unit, int64_t layanan, int64_t n)
{
	struct grps *g = arg;

	grp_get(g, 0, unit, layanan)->a.terlambat_kini += n;
	grp_get(g, 1, unit, 0)->a.terlambat_kini += n;
	grp_get(g, 2, 0, 0)->a.terlambat_kini += n;
}

/*
 * Open applications past due now, counted per (unit, service), of those
 * submitted before t1 (the end of the period).
 */
static int
overdue_load(struct store *s, struct grps *g, int64_t unit_id, time_t now,
    int64_t t1)
{
	char today[11];

	workday_date(now, today);
	return kinerja_sql_overdue(s, today, t1, unit_id, overdue_add, g);
}

/* Is there a table called name? (complaints arrive with migration 0010) */
static int
table_exists(struct store *s, const char *name)
{
	return kinerja_sql_table_exists(s, name);
}

/* One complaint: its unit (0: none yet), when it came, answered in time. */
struct adu {
	int64_t unit;
	int64_t at;
	int tepat;
};

/* The complaints being collected by pengaduan_rows_load(). */
struct adus {
	struct adu *v;
	size_t n, cap;
	const long *hol;
	size_t nhol;
};

static void
pengaduan_rows_add(void *arg, const struct kinerja_sql_adu *r)
{
	struct adus *as = arg;
	struct adu *v;

	if (as->n == as->cap) {
		as->cap = as->cap ? as->cap * 2 : 64;
		as->v = xrealloc(as->v, as->cap * sizeof(*as->v));
	}
	v = &as->v[as->n++];
	v->unit = r->unit;
	v->at = r->created_at;
	v->tepat = r->disposisi && r->tanggapan &&
	    when_wib_day(r->tanggapan_at) <=
		kinerja_add_working(as->hol, as->nhol,
		    when_wib_day(r->disposisi_at), PENGADUAN_ANSWER_DAYS);
}

/*
 * Complaints received in [t0, t1) (migration 0010): the unit handling it
 * after disposisi, else the unit the reporter named; tepat when the unit's
 * first answer came on or before the answer deadline (PENGADUAN_ANSWER_DAYS
 * working days after the first disposisi, as pengaduan.c sets it).
 */
static struct adu *
pengaduan_rows_load(struct store *s, int64_t unit_id, int64_t t0, int64_t t1,
    const long *hol, size_t nhol, size_t *np)
{
	struct adus as = { NULL, 0, 0, hol, nhol };

	*np = 0;
	if (kinerja_sql_adu(s, unit_id, t0, t1, pengaduan_rows_add, &as) != 0) {
		free(as.v);
		return NULL;
	}
	*np = as.n;
	return as.v != NULL ? as.v : xcalloc(1, sizeof(*as.v));
}

int64_t
kinerja_unit_id(struct store *s, const char *code)
{
	if (code == NULL || *code == '\0')
		return 0;
	return kinerja_sql_unit_id(s, code);
}

/* Names of every unit and service, by id, loaded once per report. */
struct nama {
	int64_t id;
	char code[33];
	char name[STR_CHARS(200)];
	char kind[12];
	int sla;
};

/* The names being collected by names_load(). */
struct names {
	struct nama *v;
	size_t n, cap;
};

static void
name_add(void *arg, const struct kinerja_sql_nama *r)
{
	struct names *ns = arg;
	struct nama *v;

	if (ns->n == ns->cap) {
		ns->cap = ns->cap ? ns->cap * 2 : 256;
		ns->v = xrealloc(ns->v, ns->cap * sizeof(*ns->v));
	}
	v = &ns->v[ns->n++];
	v->id = r->id;
	str_field(v->code, sizeof(v->code), r->code);
	str_field(v->name, sizeof(v->name), r->name);
	str_field(v->kind, sizeof(v->kind), r->kind);
	v->sla = r->sla;
}

/* Units (svc 0) or services (svc 1), by id; NULL on error. */
static struct nama *
names_load(struct store *s, int svc, size_t *np)
{
	struct names ns = { NULL, 0, 0 };
	int rc;

	*np = 0;
	rc = svc ? kinerja_sql_services(s, name_add, &ns)
		 : kinerja_sql_units(s, name_add, &ns);
	if (rc != 0) {
		free(ns.v);
		return NULL;
	}
	*np = ns.n;
	return ns.v != NULL ? ns.v : xcalloc(1, sizeof(*ns.v));
}

/* The entry of id in v (sorted by id), or NULL. */
static const struct nama *
name_find(const struct nama *v, size_t n, int64_t id)
{
	size_t lo = 0, hi = n, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (v[mid].id == id)
			return &v[mid];
		if (v[mid].id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* Names of a row's unit and service. */
static void
names_fill(struct kinerja_baris *b, const struct nama *units, size_t nu,
    const struct nama *svcs, size_t ns)
{
	const struct nama *e;

	if ((e = name_find(units, nu, b->unit_id)) != NULL) {
		str_field(b->unit_code, sizeof(b->unit_code), e->code);
		str_field(b->unit_name, sizeof(b->unit_name), e->name);
		str_field(b->unit_kind, sizeof(b->unit_kind), e->kind);
	}
	if (b->layanan_id != 0 &&
	    (e = name_find(svcs, ns, b->layanan_id)) != NULL) {
		str_field(b->layanan_code, sizeof(b->layanan_code), e->code);
		str_field(b->layanan_name, sizeof(b->layanan_name), e->name);
		b->sla_days = e->sla;
	}
}

static int
cmp_baris(const void *a, const void *b)
{
	const struct kinerja_baris *x = a, *y = b;
	int c = strcmp(x->unit_code, y->unit_code);

	if (c != 0)
		return c;
	if ((x->layanan_id == 0) != (y->layanan_id == 0))
		return x->layanan_id == 0 ? -1 : 1;
	return strcmp(x->layanan_code, y->layanan_code);
}

int
kinerja_hitung(struct store *s, const struct kinerja_periode *p,
    const char *unit_code, time_t now, struct kinerja_laporan *l)
{
	struct grps g;
	struct rec *recs = NULL;
	struct adu *adus = NULL;
	struct nama *units = NULL, *svcs = NULL;
	long d0, d1, *hol = NULL;
	int64_t unit_id = 0, t0, t1;
	size_t nrec = 0, nhol, nadu = 0, nu = 0, ns = 0, i, k;
	char m0[16], m1[16];
	int rc = -1;

	memset(l, 0, sizeof(*l));
	memset(&g, 0, sizeof(g));
	l->periode = *p;
	angka_zero(&l->total, 1);
	if (unit_code != NULL && *unit_code != '\0' &&
	    (unit_id = kinerja_unit_id(s, unit_code)) == 0)
		return -2;
	kinerja_periode_days(p, &d0, &d1);
	t0 = when_wib_day_start(d0);
	t1 = when_wib_day_start(d1);
	if ((hol = kinerja_holidays_load(s, &nhol)) == NULL)
		goto out;
	if ((recs = recs_load(s, unit_id, t0, t1, &nrec)) == NULL)
		goto out;
	grp_get(&g, 2, 0, 0);
	if (unit_id != 0)
		grp_get(&g, 1, unit_id, 0);
	for (i = 0; i < nrec; i++) {
		count_rec(grp_get(&g, 0, recs[i].unit, recs[i].layanan),
		    &recs[i], t0, t1, hol, nhol);
		count_rec(grp_get(&g, 1, recs[i].unit, 0), &recs[i], t0, t1,
		    hol, nhol);
		count_rec(grp_get(&g, 2, 0, 0), &recs[i], t0, t1, hol, nhol);
	}
	if (overdue_load(s, &g, unit_id, now, t1) != 0)
		goto out;
	snprintf(m0, sizeof(m0), "%04d-%02d", p->tahun % 10000,
	    p->bulan ? p->bulan : 1);
	snprintf(m1, sizeof(m1), "%04d-%02d", p->tahun % 10000,
	    p->bulan ? p->bulan : 12);
	if (table_exists(s, "survei_jawaban") &&
	    ikm_load(s, &g, unit_id, m0, m1, NULL) != 0)
		goto out;
	if ((l->pengaduan_ada = table_exists(s, "pengaduan"))) {
		if ((adus = pengaduan_rows_load(s, unit_id, t0, t1, hol, nhol,
			 &nadu)) == NULL)
			goto out;
		for (i = 0; i < nadu; i++) {
			if (adus[i].unit != 0) {
				grp_get(&g, 1, adus[i].unit, 0)->a.pengaduan++;
				grp_get(&g, 1, adus[i].unit, 0)
				    ->a.pengaduan_tepat += adus[i].tepat;
			}
			grp_get(&g, 2, 0, 0)->a.pengaduan++;
			grp_get(&g, 2, 0, 0)->a.pengaduan_tepat +=
			    adus[i].tepat;
		}
	}
	grps_finish(&g);
	units = names_load(s, 0, &nu);
	svcs = names_load(s, 1, &ns);
	if (units == NULL || svcs == NULL)
		goto out;
	l->v = xcalloc(g.n + 1, sizeof(*l->v));
	for (i = k = 0; i < g.n; i++) {
		if (g.v[i].unit == 0) {
			l->total = g.v[i].a;
			continue;
		}
		l->v[k].unit_id = g.v[i].unit;
		l->v[k].layanan_id = g.v[i].layanan;
		l->v[k].a = g.v[i].a;
		names_fill(&l->v[k], units, nu, svcs, ns);
		k++;
	}
	l->n = k;
	qsort(l->v, l->n, sizeof(*l->v), cmp_baris);
	/* complaints are per unit: a service row has none of its own */
	for (i = 0; i < l->n; i++)
		if (!l->pengaduan_ada || l->v[i].layanan_id != 0)
			l->v[i].a.pengaduan = l->v[i].a.pengaduan_tepat =
			    KINERJA_NA;
	if (!l->pengaduan_ada)
		l->total.pengaduan = l->total.pengaduan_tepat = KINERJA_NA;
	rc = 0;
out:
	free(hol);
	free(recs);
	free(adus);
	free(units);
	free(svcs);
	grps_free(&g);
	return rc;
}

void
kinerja_free(struct kinerja_laporan *l)
{
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

/* --- trend -------------------------------------------------------------- */

int
kinerja_tren(struct store *s, int64_t unit_id, int tahun, time_t now,
    struct kinerja_angka out[12])
{
	struct ikm_acc bulan[12];
	struct ikm_hasil h;
	struct grps g;
	struct rec *recs = NULL;
	struct grp *gr;
	struct adu *adus = NULL;
	long d0, d1, *hol = NULL;
	size_t nrec = 0, nhol, nadu = 0, i;
	char m0[16], m1[16];
	int m, rc = -1;

	memset(&g, 0, sizeof(g));
	memset(bulan, 0, sizeof(bulan));
	d0 = when_days_from_civil(tahun, 1, 1);
	d1 = when_days_from_civil(tahun + 1, 1, 1);
	if ((hol = kinerja_holidays_load(s, &nhol)) == NULL)
		goto out;
	recs = recs_load(s, unit_id, when_wib_day_start(d0),
	    when_wib_day_start(d1), &nrec);
	if (recs == NULL)
		goto out;
	for (m = 0; m < 12; m++) {
		grps_free(&g);
		d0 = when_days_from_civil(tahun, m + 1, 1);
		d1 = m == 11 ? when_days_from_civil(tahun + 1, 1, 1)
			     : when_days_from_civil(tahun, m + 2, 1);
		gr = grp_get(&g, 2, 0, 0);
		if (when_wib_day_start(d0) <= (int64_t)now)
			for (i = 0; i < nrec; i++)
				count_rec(gr, &recs[i], when_wib_day_start(d0),
				    when_wib_day_start(d1), hol, nhol);
		grps_finish(&g);
		out[m] = g.v[0].a;
		out[m].terlambat_kini = KINERJA_NA;
		out[m].pengaduan = out[m].pengaduan_tepat = KINERJA_NA;
	}
	snprintf(m0, sizeof(m0), "%04d-01", tahun % 10000);
	snprintf(m1, sizeof(m1), "%04d-12", tahun % 10000);
	if (table_exists(s, "survei_jawaban") &&
	    ikm_load(s, &g, unit_id, m0, m1, bulan) != 0)
		goto out;
	if (table_exists(s, "pengaduan")) {
		adus = pengaduan_rows_load(s, unit_id,
		    when_wib_day_start(when_days_from_civil(tahun, 1, 1)),
		    when_wib_day_start(when_days_from_civil(tahun + 1, 1, 1)),
		    hol, nhol, &nadu);
		if (adus == NULL)
			goto out;
		for (m = 0; m < 12; m++)
			out[m].pengaduan = out[m].pengaduan_tepat = 0;
		for (i = 0; i < nadu; i++) {
			for (m = 0; m < 11; m++)
				if (when_wib_day(adus[i].at) <
				    when_days_from_civil(tahun, m + 2, 1))
					break;
			out[m].pengaduan++;
			out[m].pengaduan_tepat += adus[i].tepat;
		}
	}
	for (m = 0; m < 12; m++) {
		out[m].ikm_responden = bulan[m].responden;
		if (bulan[m].responden > 0 &&
		    ikm_compute(&bulan[m], IKM_BOBOT_TEPAT, &h) == 0)
			out[m].ikm = h.ikm;
	}
	rc = 0;
out:
	free(hol);
	free(recs);
	free(adus);
	grps_free(&g);
	return rc;
}
