/*
 * spbe_live.c: evidence for SPBE indicators from Pamong's own tables.
 * Tables of other parts (dokumen, pengaduan, kasus) may be missing in a
 * database; their figures then read "belum tersedia" and never fail.
 * The level rules are documented in doc/spbe.md.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "lib/msg.h"
#include "store/store.h"
#include "spbe_store.h"
#include "sql.h"

static int
has_table(struct store *s, const char *name)
{
	return spbe_sql_has_table(s, name);
}

/* Unix time range of year y in WIB (UTC+7): [*from, *to). */
static void
year_range(int y, int64_t *from, int64_t *to)
{
	int64_t days = 0;
	int i;

	for (i = 1970; i < y; i++)
		days +=
		    (i % 4 == 0 && (i % 100 != 0 || i % 400 == 0)) ? 366 : 365;
	*from = days * 86400 - 7 * 3600;
	days += (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 366 : 365;
	*to = days * 86400 - 7 * 3600;
}

static void line(struct spbe_live *o, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void
line(struct spbe_live *o, const char *fmt, ...)
{
	va_list ap;

	if (o->nbaris >= SPBE_LIVE_LINES)
		return;
	va_start(ap, fmt);
	vsnprintf(o->baris[o->nbaris++], sizeof(o->baris[0]), fmt, ap);
	va_end(ap);
}

static void
na(struct spbe_live *o, const char *what, const char *table)
{
	char t[200];

	snprintf(t, sizeof(t), msg(M_SPBE_LIVE_NA), table);
	line(o, "%s: %s", what, t);
}

/* Services and applications (45-47, 40). */
static void
layanan(struct store *s, int tahun, struct spbe_live *o, int for40)
{
	struct spbe_sql_layanan c;
	long long nl, nf, np, ns, ontime, fin;
	int64_t a, b;
	char pct[16];

	year_range(tahun, &a, &b);
	spbe_sql_layanan_counts(s, a, b, &c);
	nl = c.nl;
	nf = c.nf;
	np = c.np;
	ns = c.ns;
	fin = c.fin;
	ontime = c.ontime;
	if (fin > 0)
		snprintf(pct, sizeof(pct), "%lld,%lld", ontime * 100 / fin,
		    (ontime * 1000 / fin) % 10);
	else
		snprintf(pct, sizeof(pct), "-");
	if (!for40)
		line(o, msg(M_SPBE_LIVE_LAYANAN), nl, nf);
	line(o, msg(M_SPBE_LIVE_PERMOHONAN), tahun, np, ns);
	line(o, msg(M_SPBE_LIVE_SLA), tahun, ontime, fin, pct);
	if (for40) {
		o->aturan = msg(M_SPBE_LIVE_R40);
		o->level = ns >= 10 && fin > 0 ? 3 : ns > 0 ? 2 : 0;
		return;
	}
	o->aturan = msg(M_SPBE_LIVE_R45);
	o->level = nl > 0 ? 1 : 0;
	if (nf > 0)
		o->level = 2;
	if (ns > 0)
		o->level = 3;
	if (ns > 0 && has_table(s, "dokumen") &&
	    spbe_sql_dokumen_signed(s, a, b) > 0)
		o->level = 4;
	if (!has_table(s, "dokumen"))
		na(o, "Dokumen bertanda tangan elektronik", "dokumen");
}

static void
dokumen(struct store *s, int tahun, struct spbe_live *o)
{
	long long n, nt;
	int64_t a, b;

	o->aturan = msg(M_SPBE_LIVE_R37);
	if (!has_table(s, "dokumen")) {
		na(o, "Dokumen bertanda tangan elektronik", "dokumen");
		return;
	}
	year_range(tahun, &a, &b);
	n = spbe_sql_dokumen_signed(s, a, b);
	nt = spbe_sql_dokumen_logged(s, a, b);
	line(o, msg(M_SPBE_LIVE_DOKUMEN), tahun, n, nt);
	o->level = nt > 0 ? 4 : n > 0 ? 3 : 0;
}

static void
pengaduan(struct store *s, int tahun, struct spbe_live *o)
{
	long long n, done, disp, late, info;
	int64_t a, b;

	o->aturan = msg(M_SPBE_LIVE_R42);
	info = spbe_sql_layanan_complaints(s);
	o->level = info > 0 ? 1 : 0;
	if (!has_table(s, "pengaduan")) {
		na(o, "Data pengaduan", "pengaduan");
		return;
	}
	year_range(tahun, &a, &b);
	spbe_sql_pengaduan_counts(s, a, b, &n, &done, &disp, &late);
	line(o, msg(M_SPBE_LIVE_PENGADUAN), tahun, n, done, disp, late);
	if (n > 0)
		o->level = 2;
	if (done > 0)
		o->level = 3;
	if (done > 0 && disp > 0)
		o->level = 4;
}

static void
pengawasan(struct store *s, struct spbe_live *o)
{
	long long nk, na_;

	o->aturan = msg(M_SPBE_LIVE_R39);
	na_ = spbe_sql_audit_count(s);
	if (!has_table(s, "kasus")) {
		na(o, "Kasus pengawasan internal", "kasus");
		o->level = na_ > 0 ? 2 : 0;
		return;
	}
	nk = spbe_sql_kasus_count(s);
	line(o, msg(M_SPBE_LIVE_KASUS), nk, na_);
	o->level = na_ > 0 ? 2 : 0;
	if (nk > 0)
		o->level = 3;
	if (nk > 0 && has_table(s, "pengaduan") &&
	    spbe_sql_pengaduan_kasus(s) > 0)
		o->level = 4;
}

int
spbe_live(struct store *s, int nomor, int tahun, struct spbe_live *o)
{
	memset(o, 0, sizeof(*o));
	switch (nomor) {
	case 37:
		dokumen(s, tahun, o);
		return 1;
	case 39:
		pengawasan(s, o);
		return 1;
	case 40:
		layanan(s, tahun, o, 1);
		return 1;
	case 42:
		pengaduan(s, tahun, o);
		return 1;
	case 45:
	case 46:
	case 47:
		layanan(s, tahun, o, 0);
		return 1;
	}
	return 0;
}
