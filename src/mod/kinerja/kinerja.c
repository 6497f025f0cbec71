/*
 * kinerja.c: performance figures from the aggregates of migration 0021
 * (kept by kinerja_agregat.c in the transaction of every change of an
 * application): the months of the period and later ones, the open groups,
 * and the applications past the mark read from permohonan.  The cost
 * follows months x units x services, not the number of applications.
 * Complaints and survey answers are read per period.  Counts are grouped
 * per (unit, service), per unit and for the regency in one pass; the
 * year's trend is kept per month.  See doc/kinerja.md for every
 * definition.
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
#include "agregat.h"
#include "durasi.h"
#include "mod/pengaduan/pengaduan.h"
#include "mod/alur/workday.h"

_Static_assert(KINERJA_ADU_HARI == PENGADUAN_ANSWER_DAYS,
    "kinerja_hari.h: KINERJA_ADU_HARI must be PENGADUAN_ANSWER_DAYS");

int64_t
kinerja_persen10(int64_t num, int64_t den)
{
	if (den <= 0)
		return KINERJA_NA;
	return (num * 2000 + den) / (2 * den);
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

/* --- groups ------------------------------------------------------------- */

/* Completions with the same number of working days. */
struct hk {
	int64_t hari_kerja, n;
};

struct grp {
	int64_t unit, layanan;
	struct kinerja_angka a;
	struct hk *dur;
	size_t ndur, cap;
	struct ikm_acc ikm;
};

struct grps {
	struct grp *v;
	size_t n, cap;
	size_t *h; /* open addressing over v: index + 1, 0 empty */
	size_t hcap;
};

static void
angka_zero(struct kinerja_angka *a, int pengaduan)
{
	memset(a, 0, sizeof(*a));
	a->median = a->p90 = a->ikm = KINERJA_NA;
	if (!pengaduan)
		a->pengaduan = a->pengaduan_tepat = KINERJA_NA;
}

static size_t
grp_hash(int64_t unit, int64_t layanan, size_t cap)
{
	uint64_t x = (uint64_t)unit * 0x9E3779B97F4A7C15ULL ^
	    ((uint64_t)layanan + 0x632BE59BD9B4E019ULL) * 0xC2B2AE3D27D4EB4FULL;

	return (size_t)((x ^ (x >> 29)) & (cap - 1));
}

/* Put v[i] into the hash (which has room). */
static void
grp_hash_put(struct grps *g, size_t i)
{
	size_t k = grp_hash(g->v[i].unit, g->v[i].layanan, g->hcap);

	while (g->h[k] != 0)
		k = (k + 1) & (g->hcap - 1);
	g->h[k] = i + 1;
}

/*
 * The group of (unit, layanan), made when missing.  The pointer is valid
 * until the next grp_get() that makes a group.
 */
static struct grp *
grp_get(struct grps *g, int kind, int64_t unit, int64_t layanan)
{
	size_t k, i;

	(void)kind;
	if (g->hcap > 0) {
		k = grp_hash(unit, layanan, g->hcap);
		while (g->h[k] != 0) {
			i = g->h[k] - 1;
			if (g->v[i].unit == unit && g->v[i].layanan == layanan)
				return &g->v[i];
			k = (k + 1) & (g->hcap - 1);
		}
	}
	if (g->n == g->cap) {
		g->cap = g->cap ? g->cap * 2 : 64;
		g->v = xrealloc(g->v, g->cap * sizeof(*g->v));
	}
	i = g->n++;
	memset(&g->v[i], 0, sizeof(g->v[i]));
	g->v[i].unit = unit;
	g->v[i].layanan = layanan;
	angka_zero(&g->v[i].a, 1);
	if (g->n * 2 > g->hcap) { /* grow and rehash */
		free(g->h);
		g->hcap = g->hcap ? g->hcap * 2 : 256;
		while (g->n * 2 > g->hcap)
			g->hcap *= 2;
		g->h = xcalloc(g->hcap, sizeof(*g->h));
		for (k = 0; k < g->n; k++)
			grp_hash_put(g, k);
	} else
		grp_hash_put(g, i);
	return &g->v[i];
}

static void
grps_free(struct grps *g)
{
	size_t i;

	for (i = 0; i < g->n; i++)
		free(g->v[i].dur);
	free(g->v);
	free(g->h);
	memset(g, 0, sizeof(*g));
}

static void
dur_add(struct grp *g, int64_t hari_kerja, int64_t n)
{
	size_t i;

	for (i = 0; i < g->ndur; i++)
		if (g->dur[i].hari_kerja == hari_kerja) {
			g->dur[i].n += n;
			return;
		}
	if (g->ndur == g->cap) {
		g->cap = g->cap ? g->cap * 2 : 16;
		g->dur = xrealloc(g->dur, g->cap * sizeof(*g->dur));
	}
	g->dur[g->ndur].hari_kerja = hari_kerja;
	g->dur[g->ndur].n = n;
	g->ndur++;
}

static int
cmp_hk(const void *a, const void *b)
{
	const struct hk *x = a, *y = b;

	return (x->hari_kerja > y->hari_kerja) -
	    (x->hari_kerja < y->hari_kerja);
}

/* kinerja_persentil() over a histogram sorted by value; n > 0. */
static int64_t
persentil_hk(const struct hk *v, size_t nv, int64_t n, int pct)
{
	int64_t rank = ((int64_t)pct * n + 99) / 100, cum = 0;
	size_t i;

	if (rank < 1)
		rank = 1;
	for (i = 0; i < nv; i++) {
		cum += v[i].n;
		if (cum >= rank)
			return v[i].hari_kerja;
	}
	return nv > 0 ? v[nv - 1].hari_kerja : KINERJA_NA;
}

/* Median, p90 and IKM of one group, from what was collected. */
static void
grp_finish(struct grp *g)
{
	struct ikm_hasil h;
	int64_t n = 0;
	size_t i;

	for (i = 0; i < g->ndur; i++)
		n += g->dur[i].n;
	if (n > 0) {
		qsort(g->dur, g->ndur, sizeof(*g->dur), cmp_hk);
		g->a.median = persentil_hk(g->dur, g->ndur, n, 50);
		g->a.p90 = persentil_hk(g->dur, g->ndur, n, 90);
	}
	g->a.ikm_responden = g->ikm.responden;
	if (g->ikm.responden > 0 &&
	    ikm_compute(&g->ikm, IKM_BOBOT_TEPAT, &h) == 0)
		g->a.ikm = h.ikm;
}

static void
grps_finish(struct grps *g)
{
	size_t i;

	for (i = 0; i < g->n; i++)
		grp_finish(&g->v[i]);
}

/* Has the group any figure at all? */
static int
angka_ada(const struct kinerja_angka *a)
{
	return a->diterima || a->selesai || a->ditolak || a->dicabut ||
	    a->dalam_proses || a->terlambat_kini || a->ikm_responden ||
	    a->pengaduan > 0;
}

/* --- reading the aggregates (migration 0021) ----------------------------- */

/*
 * What a report reads: the aggregate rows of its months and later ones,
 * every open group, and the applications past the mark (kinerja_agregat.h)
 * turned into the same rows.  Per period (g): the figures of [m0, m1] per
 * (unit, service), unit and regency.  Per month of a year (bulan): the
 * regency's or one unit's figures of each month.
 */
struct baca {
	struct grps *g;	   /* a period, or NULL */
	struct grp *bulan; /* [12] months of tahun, or NULL */
	int tahun;
	int64_t unit_id; /* 0: every unit */
	char m0[16], m1[16];
	char today[11];
	int64_t lewat[13]; /* months: finished - submitted, per month of
			      the year and ([12]) after it */
	int64_t buka;	   /* open now */
};

static void
tiga(struct baca *b, int64_t unit, int64_t layanan, struct grp **out)
{
	/* made first, then looked up: a later grp_get() may move them */
	grp_get(b->g, 0, unit, layanan);
	grp_get(b->g, 1, unit, 0);
	out[2] = grp_get(b->g, 2, 0, 0);
	out[0] = grp_get(b->g, 0, unit, layanan);
	out[1] = grp_get(b->g, 1, unit, 0);
}

/* Where durasi_each() puts a month's completion times. */
struct ke_grp {
	struct grp **t;
	int n;
};

static void
durasi_ke(void *arg, int64_t hari_kerja, int64_t n)
{
	struct ke_grp *k = arg;
	int i;

	for (i = 0; i < k->n; i++)
		dur_add(k->t[i], hari_kerja, n);
}

static void
baca_bulan(void *arg, const struct kinerja_sql_bulan *r)
{
	struct baca *b = arg;
	struct grp *t[3];
	struct ke_grp k = { t, 0 };
	int64_t keluar = r->selesai + r->ditolak + r->dicabut;
	int i, y, m;

	if (b->unit_id != 0 && r->unit != b->unit_id)
		return;
	if (b->bulan != NULL) {
		if (sscanf(r->bulan, "%d-%d", &y, &m) != 2 || y < b->tahun ||
		    m < 1 || m > 12)
			return;
		if (y > b->tahun) {
			b->lewat[12] += keluar - r->masuk;
			return;
		}
		b->lewat[m - 1] += keluar - r->masuk;
		t[0] = &b->bulan[m - 1];
		t[1] = t[2] = NULL;
	} else {
		if (strcmp(r->bulan, b->m0) < 0)
			return;
		tiga(b, r->unit, r->layanan, t);
		if (strcmp(r->bulan, b->m1) > 0) {
			/* finished later: still open at the period's end */
			for (i = 0; i < 3; i++)
				t[i]->a.dalam_proses += keluar - r->masuk;
			return;
		}
	}
	for (i = 0; i < 3 && t[i] != NULL; i++) {
		k.n = i + 1;
		t[i]->a.diterima += r->masuk;
		t[i]->a.selesai += r->selesai;
		t[i]->a.ditolak += r->ditolak;
		t[i]->a.dicabut += r->dicabut;
		t[i]->a.berstandar += r->berstandar;
		t[i]->a.tepat_waktu += r->tepat;
	}
	/* the histogram of a month of the period (a malformed one, written
	   by hand, counts nothing) */
	if (r->durasi != NULL && *r->durasi != '\0' &&
	    strcmp(r->bulan, b->m1) <= 0)
		(void)durasi_each(r->durasi, durasi_ke, &k);
}

static void
baca_durasi(void *arg, const struct kinerja_sql_durasi *r)
{
	struct baca *b = arg;
	struct grp *t[3];
	int i, y, m;

	if ((b->unit_id != 0 && r->unit != b->unit_id) ||
	    strcmp(r->bulan, b->m0) < 0 || strcmp(r->bulan, b->m1) > 0)
		return;
	if (b->bulan != NULL) {
		if (sscanf(r->bulan, "%d-%d", &y, &m) == 2 && m >= 1 && m <= 12)
			dur_add(&b->bulan[m - 1], r->hari_kerja, r->n);
		return;
	}
	tiga(b, r->unit, r->layanan, t);
	for (i = 0; i < 3; i++)
		dur_add(t[i], r->hari_kerja, r->n);
}

static void
baca_buka(void *arg, const struct kinerja_sql_buka_jumlah *r)
{
	struct baca *b = arg;
	struct grp *t[3];
	int i;

	if (b->unit_id != 0 && r->unit != b->unit_id)
		return;
	if (b->bulan != NULL) {
		b->buka += r->n;
		return;
	}
	/* open now: open at the period's end if submitted before it */
	tiga(b, r->unit, r->layanan, t);
	for (i = 0; i < 3; i++) {
		t[i]->a.dalam_proses += r->n;
		t[i]->a.terlambat_kini += r->telat;
	}
}

/* The rows of one application, with sign, into the report. */
static void
baca_jejak(struct baca *b, const struct kinerja_jejak *j, const long *hol,
    size_t nhol, int sign)
{
	struct agregat_baris o;
	struct kinerja_sql_buka_jumlah kb;
	int i;

	if (!j->ada)
		return;
	agregat_baris(j, hol, nhol, sign, &o);
	for (i = 0; i < o.nbulan; i++)
		baca_bulan(b, &o.bulan[i]);
	if (o.ndurasi)
		baca_durasi(b, &o.durasi);
	if (o.nbuka) {
		/* as kinerja_sql_buka() sums them */
		kb.unit = o.buka.unit;
		kb.layanan = o.buka.layanan;
		kb.n = o.buka.n;
		kb.telat = o.buka.due_date[0] != '\0' &&
			strcmp(o.buka.due_date, b->today) < 0 &&
			strcmp(o.buka.bulan, b->m1) <= 0
		    ? o.buka.n
		    : 0;
		baca_buka(b, &kb);
	}
}

/*
 * The aggregate rows, then the applications changed outside the module
 * (kinerja_agregat.h): what the tables count them as out, what they are
 * now in.
 */
static int
baca(struct store *s, struct baca *b, const long *hol, size_t nhol)
{
	struct agregat_beda *v;
	size_t n, i;

	if (kinerja_sql_bulan(s, b->unit_id, b->m0, b->m1, baca_bulan, b) !=
		0 ||
	    kinerja_sql_buka(s, b->unit_id, b->today, b->m1, baca_buka, b) != 0)
		return -1;
	if ((v = agregat_beda_load(s, 0, &n)) == NULL)
		return -1;
	for (i = 0; i < n; i++) {
		baca_jejak(b, &v[i].dulu, hol, nhol, -1);
		baca_jejak(b, &v[i].kini, hol, nhol, 1);
	}
	agregat_beda_free(v, n);
	return 0;
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
	v->tepat = agregat_adu_tepat(r, as->hol, as->nhol);
}

/*
 * Complaints received in [t0, t1) (migration 0010) that kinerja_adu does
 * not count yet (migration 0025: made outside the pengaduan module, until
 * kinerja.serap takes them in): the unit handling it after disposisi,
 * else the unit the reporter named; tepat as agregat_adu_tepat().
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

/* A month of kinerja_adu into the unit's and the regency's groups. */
static void
adu_bulan_ke(void *arg, const struct kinerja_sql_adu_bulan *r)
{
	struct grps *g = arg;
	struct grp *t;

	if (r->unit != 0) {
		t = grp_get(g, 1, r->unit, 0);
		t->a.pengaduan += r->n;
		t->a.pengaduan_tepat += r->tepat;
	}
	t = grp_get(g, 2, 0, 0);
	t->a.pengaduan += r->n;
	t->a.pengaduan_tepat += r->tepat;
}

/* A month of kinerja_adu into the month of the trend (out[12]). */
static void
adu_bulan_tren(void *arg, const struct kinerja_sql_adu_bulan *r)
{
	struct kinerja_angka *out = arg;
	int m = atoi(r->bulan + 5);

	if (strlen(r->bulan) == 7 && m >= 1 && m <= 12) {
		out[m - 1].pengaduan += r->n;
		out[m - 1].pengaduan_tepat += r->tepat;
	}
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
	struct baca b;
	struct adu *adus = NULL;
	struct nama *units = NULL, *svcs = NULL;
	long d0, d1, *hol = NULL;
	int64_t unit_id = 0, t0, t1;
	size_t nhol, nadu = 0, nu = 0, ns = 0, i, k;
	int rc = -1;

	memset(l, 0, sizeof(*l));
	memset(&g, 0, sizeof(g));
	memset(&b, 0, sizeof(b));
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
	grp_get(&g, 2, 0, 0);
	if (unit_id != 0)
		grp_get(&g, 1, unit_id, 0);
	b.g = &g;
	b.unit_id = unit_id;
	agregat_bulan(d0, b.m0);
	agregat_bulan(d1 - 1, b.m1);
	workday_date(now, b.today);
	if (baca(s, &b, hol, nhol) != 0)
		goto out;
	if (table_exists(s, "survei_jawaban") &&
	    ikm_load(s, &g, unit_id, b.m0, b.m1, NULL) != 0)
		goto out;
	if ((l->pengaduan_ada = table_exists(s, "pengaduan"))) {
		if (kinerja_sql_adu_bulan(s, unit_id, b.m0, b.m1, adu_bulan_ke,
			&g) != 0 ||
		    (adus = pengaduan_rows_load(s, unit_id, t0, t1, hol, nhol,
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
		/* only what has a figure (and always the chosen unit) */
		if (!angka_ada(&g.v[i].a) &&
		    !(g.v[i].unit == unit_id && g.v[i].layanan == 0))
			continue;
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
	struct grp mg[12];
	struct baca b;
	struct adu *adus = NULL;
	long d0, *hol = NULL;
	size_t nhol, nadu = 0, i;
	int64_t lewat;
	char m0[16], m1[16];
	int m, rc = -1;

	memset(&g, 0, sizeof(g));
	memset(bulan, 0, sizeof(bulan));
	memset(mg, 0, sizeof(mg));
	memset(&b, 0, sizeof(b));
	for (m = 0; m < 12; m++)
		angka_zero(&mg[m].a, 1);
	if ((hol = kinerja_holidays_load(s, &nhol)) == NULL)
		goto out;
	b.bulan = mg;
	b.tahun = tahun;
	b.unit_id = unit_id;
	snprintf(b.m0, sizeof(b.m0), "%04d-01", tahun % 10000);
	snprintf(b.m1, sizeof(b.m1), "%04d-12", tahun % 10000);
	if (baca(s, &b, hol, nhol) != 0)
		goto out;
	/* open at the end of month m: open now, plus what finished after
	   it, minus what was submitted after it */
	lewat = b.buka + b.lewat[12];
	for (m = 11; m >= 0; m--) {
		mg[m].a.dalam_proses = lewat;
		lewat += b.lewat[m];
	}
	for (m = 0; m < 12; m++) {
		d0 = when_days_from_civil(tahun, m + 1, 1);
		grp_finish(&mg[m]);
		if (when_wib_day_start(d0) <= (int64_t)now)
			out[m] = mg[m].a;
		else
			angka_zero(&out[m], 1);
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
		if (kinerja_sql_adu_bulan(s, unit_id, m0, m1, adu_bulan_tren,
			out) != 0)
			goto out;
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
	free(adus);
	for (m = 0; m < 12; m++)
		free(mg[m].dur);
	grps_free(&g);
	return rc;
}
