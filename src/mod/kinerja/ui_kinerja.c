/*
 * kinerja.c: the public performance pages: GET /kinerja (ranking of units,
 * sortable with ?urut= without JavaScript), GET /kinerja/{kode unit}
 * (figures of one unit with monthly trend charts as inline SVG, each with
 * its data table, and a row per service), and GET /kinerja/eksekutif
 * (pimpinan and superadmin: the overdue work behind each figure).  Every
 * figure comes from src/domain/kinerja.c; definitions in doc/kinerja.md.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kinerja.h"
#include "mod/sakip/sakip.h"
#include "lib/msg.h"
#include "lib/num.h"
#include "lib/str.h"
#include "lib/when.h"
#include "lib/xalloc.h"
#include "kinerja_kolom.h"
#include "http/layout.h"
#include "http/pages.h"
#include "ui.h"

/* A figure as text: "–" when it cannot be given. */
static void
num(struct buf *b, int64_t v)
{
	if (v == KINERJA_NA)
		html_lit(b, "<span aria-label=\"tidak ada data\">–</span>");
	else
		html_printf(b, "%I", v);
}

/* A percent x 10 or an IKM x 100 with a decimal comma. */
static void
dec(struct buf *b, int64_t v, int scale, const char *suffix)
{
	char t[32];

	if (v == KINERJA_NA) {
		html_lit(b, "<span aria-label=\"tidak ada data\">–</span>");
		return;
	}
	num_fixed(t, sizeof(t), v, scale == 10 ? 1 : 2, ',');
	html_printf(b, "%s%s", t, suffix);
}

static int64_t
tepat(const struct kinerja_angka *a)
{
	return kinerja_persen10(a->tepat_waktu, a->berstandar);
}

/* The period form: periode (and urut) as GET parameters. */
static void
periode_form(struct req *r, const char *action, const struct kinerja_periode *p,
    const char *urut)
{
	char per[8];

	kinerja_periode_fmt(p, per);
	html_printf(&r->out,
	    "<form method=\"get\" action=\"%s\" class=\"cari\">"
	    "<label for=\"f-periode\">Periode (tahun YYYY atau bulan YYYY-MM)"
	    "</label><input id=\"f-periode\" name=\"periode\" value=\"%s\""
	    " maxlength=\"7\" inputmode=\"numeric\" pattern=\"[0-9]{4}(-[0-9]{2})?\">",
	    action, per);
	if (urut != NULL)
		html_printf(&r->out,
		    "<input type=\"hidden\" name=\"urut\""
		    " value=\"%s\">",
		    urut);
	html_lit(&r->out, "<button type=\"submit\">Tampilkan</button></form>");
}

/* Summary cards of figures a. */
static void
ringkasan(struct buf *b, const struct kinerja_angka *a)
{
	html_lit(b, "<ul class=\"kartu angka\"><li><strong>");
	num(b, a->diterima);
	html_lit(b, "</strong> permohonan diterima</li><li><strong>");
	num(b, a->selesai);
	html_lit(b, "</strong> selesai</li><li><strong>");
	dec(b, tepat(a), 10, " %");
	html_lit(b, "</strong> selesai tepat waktu</li><li><strong>");
	num(b, a->median);
	html_lit(b,
	    "</strong> hari kerja median penyelesaian (persentil"
	    " ke-90: ");
	num(b, a->p90);
	html_lit(b, ")</li><li><strong>");
	num(b, a->dalam_proses);
	html_lit(b, "</strong> dalam proses</li><li><strong>");
	num(b, a->terlambat_kini);
	html_lit(b, "</strong> melewati batas waktu saat ini</li><li><strong>");
	dec(b, a->ikm, 100, "");
	html_printf(b, "</strong> IKM (%I kuesioner)</li>", a->ikm_responden);
	if (a->pengaduan != KINERJA_NA)
		html_printf(b,
		    "<li><strong>%I</strong> pengaduan diterima"
		    " (%I dijawab unit dalam batas waktu)</li>",
		    a->pengaduan, a->pengaduan_tepat);
	html_lit(b, "</ul>");
}

/* The figure cells of one row (after its name cell). */
static void
cells(struct buf *b, const struct kinerja_angka *a)
{
	html_lit(b, "<td>");
	num(b, a->diterima);
	html_lit(b, "</td><td>");
	num(b, a->selesai);
	html_lit(b, "</td><td>");
	dec(b, tepat(a), 10, " %");
	html_lit(b, "</td><td>");
	num(b, a->median);
	html_lit(b, "</td><td>");
	num(b, a->p90);
	html_lit(b, "</td><td>");
	num(b, a->dalam_proses);
	html_lit(b, "</td><td>");
	num(b, a->ditolak);
	html_lit(b, "</td><td>");
	num(b, a->dicabut);
	html_lit(b, "</td><td>");
	num(b, a->terlambat_kini);
	html_lit(b, "</td><td>");
	dec(b, a->ikm, 100, "");
	html_lit(b, "</td>");
}

/* A column header: a sort link when key is not NULL. */
static void
th_sort(struct buf *b, const char *label, const char *key, const char *cur,
    const char *per, int ascending)
{
	if (key == NULL) {
		html_printf(b, "<th scope=\"col\">%s</th>", label);
		return;
	}
	if (strcmp(key, cur) == 0)
		html_printf(b,
		    "<th scope=\"col\" aria-sort=\"%s\">%s"
		    " <span aria-hidden=\"true\">%s</span></th>",
		    ascending ? "ascending" : "descending", label,
		    ascending ? "▲" : "▼");
	else
		html_printf(b,
		    "<th scope=\"col\"><a href=\"/kinerja?periode=%U"
		    "&amp;urut=%U\">%s</a></th>",
		    per, key, label);
}

static void
cols_head(struct buf *b, const char *first, const char *cur, const char *per)
{
	int sortable = cur != NULL;

	html_printf(b, "<thead><tr><th scope=\"col\">%s</th>", first);
	th_sort(b, "Diterima", sortable ? "diterima" : NULL, cur, per, 0);
	th_sort(b, "Selesai", NULL, cur, per, 0);
	th_sort(b, "Tepat waktu", sortable ? "tepat" : NULL, cur, per, 0);
	th_sort(b, "Median (hari kerja)", sortable ? "median" : NULL, cur, per,
	    1);
	th_sort(b, "Persentil ke-90 (hari kerja)", NULL, cur, per, 0);
	th_sort(b, "Dalam proses", NULL, cur, per, 0);
	th_sort(b, "Ditolak", NULL, cur, per, 0);
	th_sort(b, "Dibatalkan", NULL, cur, per, 0);
	th_sort(b, "Terlambat kini", sortable ? "terlambat" : NULL, cur, per,
	    0);
	th_sort(b, "IKM", sortable ? "ikm" : NULL, cur, per, 0);
	html_lit(b, "</tr></thead>");
}

void
page_kinerja(struct req *r)
{
	struct buf *b = &r->out;
	struct kinerja_laporan l;
	struct kinerja_periode p;
	const struct kinerja_baris **rank;
	const char *us = req_param(r, "urut");
	char per[8], label[40];
	size_t i, n;
	int u = KINERJA_URUT_TEPAT;

	if (kinerja_req_periode(r, &p) != 0) {
		page_error(r, 400, msg(M_KINERJA_PERIODE_BAD));
		return;
	}
	if (us != NULL && *us != '\0' && (u = kinerja_urut_parse(us)) < 0) {
		page_error(r, 400, msg(M_KINERJA_URUT_BAD));
		return;
	}
	if (kinerja_hitung(r->store, &p, NULL, r->now, &l) != 0) {
		kinerja_free(&l);
		page_error(r, 500, NULL);
		return;
	}
	kinerja_periode_fmt(&p, per);
	kinerja_periode_label(&p, label, sizeof(label));
	layout_begin(r, "Kinerja Pelayanan Publik");
	html_printf(b,
	    "<h1>Kinerja Pelayanan Publik Kabupaten Siak</h1>"
	    "<p>Angka setiap unit dihitung langsung dari catatan permohonan"
	    " dan survei kepuasan, tidak diketik. Waktu dalam hari kerja"
	    " (Senin–Jumat selain hari libur). Definisi setiap angka ada pada"
	    " <a href=\"/data/kamus\">kamus data</a>; datanya dapat diunduh"
	    " sebagai <a href=\"/data/kinerja.csv?periode=%U\">CSV</a> atau"
	    " <a href=\"/api/v1/kinerja?periode=%U\">JSON</a>.</p>",
	    per, per);
	periode_form(r, "/kinerja", &p, kinerja_urut_code(u));
	html_printf(b,
	    "<section aria-labelledby=\"h-ringkas\"><h2"
	    " id=\"h-ringkas\">Seluruh Kabupaten Siak, %s</h2>",
	    label);
	ringkasan(b, &l.total);
	html_lit(b, "</section>");
	rank = kinerja_peringkat(&l, u, &n);
	html_printf(b,
	    "<section aria-labelledby=\"h-peringkat\"><h2"
	    " id=\"h-peringkat\">Peringkat unit, %s</h2>",
	    label);
	if (u == KINERJA_URUT_TEPAT)
		html_lit(b,
		    "<p>Urutan bawaan: persentase permohonan selesai"
		    " tepat waktu (tertinggi dahulu), lalu median waktu"
		    " penyelesaian (tercepat dahulu). Unit yang belum"
		    " menyelesaikan permohonan berbatas waktu dalam periode ini"
		    " diletakkan di akhir. Pilih judul kolom untuk mengurutkan"
		    " menurut angka lain.</p>");
	if (n == 0) {
		notice(r, "info", "Belum ada permohonan dalam periode ini.");
	} else {
		html_lit(b,
		    "<div class=\"tabel-gulir\" tabindex=\"0\""
		    " role=\"region\" aria-label=\"Tabel peringkat unit\"><table>");
		cols_head(b, "Peringkat dan unit", kinerja_urut_code(u), per);
		html_lit(b, "<tbody>");
		for (i = 0; i < n; i++) {
			html_printf(b,
			    "<tr><th scope=\"row\">%z. <a href="
			    "\"/kinerja/%U?periode=%U\">%s</a></th>",
			    i + 1, rank[i]->unit_code, per, rank[i]->unit_name);
			cells(b, &rank[i]->a);
			html_lit(b, "</tr>");
		}
		html_lit(b, "</tbody></table></div>");
	}
	html_lit(b,
	    "<p class=\"meta\">Hanya unit yang memiliki angka dalam"
	    " periode ini yang dicantumkan. \"Terlambat kini\" dihitung pada"
	    " saat halaman dibuka, bukan pada akhir periode.</p></section>");
	free(rank);
	kinerja_free(&l);
	sakip_tl_bagian(r); /* follow-up of audit findings (issue 22) */
	layout_end(r);
}

/* --- charts ------------------------------------------------------------- */

#define CH_W 640
#define CH_H 260
#define CH_L 48 /* left margin (y labels) */
#define CH_B 30 /* bottom margin (month labels) */
#define CH_T 16

struct seri {
	const char *nama;
	const char *warna;
	int64_t v[12]; /* KINERJA_NA: no bar */
};

/*
 * A grouped bar chart of 12 months, one or two series, as inline SVG in a
 * figure with its caption, and the same numbers as a table beside it.
 * scale: 1, or 10 for percent x 10.
 */
static void
chart(struct buf *b, const char *id, const char *judul, const char *desc,
    const struct seri *s, int ns, int scale, const char *satuan)
{
	int64_t max = 0, v, step;
	int i, k, x, y, h, bw, gw;
	char t[32];

	for (k = 0; k < ns; k++)
		for (i = 0; i < 12; i++)
			if (s[k].v[i] != KINERJA_NA && s[k].v[i] > max)
				max = s[k].v[i];
	if (scale == 10)
		max = 1000;
	else if (max < 4)
		max = 4;
	else {
		step = max <= 10 ? 1 : max <= 50 ? 5 : max <= 100 ? 10 : 50;
		max = (max + step - 1) / step * step;
	}
	gw = (CH_W - CH_L - 8) / 12;
	bw = (gw - 8) / ns;
	html_printf(b,
	    "<div class=\"kinerja-grafik\"><figure"
	    " aria-labelledby=\"%s-cap\"><svg viewBox=\"0 0 %d %d\""
	    " role=\"img\" aria-labelledby=\"%s-t %s-d\" focusable=\"false\">"
	    "<title id=\"%s-t\">%s</title><desc id=\"%s-d\">%s</desc>",
	    id, CH_W, CH_H, id, id, id, judul, id, desc);
	/* axis and grid: 0, half, max */
	for (k = 0; k <= 2; k++) {
		y = CH_T + (CH_H - CH_T - CH_B) * (2 - k) / 2;
		v = max * k / 2;
		if (scale == 10)
			snprintf(t, sizeof(t), "%lld%%", (long long)(v / 10));
		else
			snprintf(t, sizeof(t), "%lld", (long long)v);
		html_printf(b,
		    "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\""
		    " stroke=\"#b8c2cc\" stroke-width=\"1\"/><text x=\"%d\""
		    " y=\"%d\" text-anchor=\"end\" font-size=\"12\""
		    " fill=\"#333\">%s</text>",
		    CH_L, y, CH_W - 4, y, CH_L - 6, y + 4, t);
	}
	for (i = 0; i < 12; i++) {
		x = CH_L + 4 + i * gw;
		html_printf(b,
		    "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\""
		    " font-size=\"12\" fill=\"#333\">%s</text>",
		    x + gw / 2 - 2, CH_H - 10, when_bln[i]);
		for (k = 0; k < ns; k++) {
			if ((v = s[k].v[i]) == KINERJA_NA)
				continue;
			h = (int)((CH_H - CH_T - CH_B) * v / max);
			html_printf(b,
			    "<rect x=\"%d\" y=\"%d\" width=\"%d\""
			    " height=\"%d\" fill=\"%s\"><title>%s %s: ",
			    x + 2 + k * bw, CH_H - CH_B - h, bw - 2, h,
			    s[k].warna, s[k].nama, when_bulan[i]);
			if (scale == 10)
				dec(b, v, 10, " %");
			else
				html_printf(b, "%I", v);
			html_lit(b, "</title></rect>");
		}
	}
	html_lit(b, "</svg>");
	html_printf(b, "<figcaption id=\"%s-cap\">%s", id, judul);
	if (ns > 1) {
		html_lit(b, " (");
		for (k = 0; k < ns; k++)
			html_printf(b,
			    "%s<svg class=\"kinerja-kunci\""
			    " width=\"12\" height=\"12\" aria-hidden=\"true\">"
			    "<rect width=\"12\" height=\"12\" fill=\"%s\"/>"
			    "</svg> %s",
			    k ? "; " : "", s[k].warna, s[k].nama);
		html_lit(b, ")");
	}
	html_printf(b, ". Satuan: %s. Angka yang sama ada pada tabel.", satuan);
	html_lit(b, "</figcaption></figure>");
	/* the same numbers as a table */
	html_printf(b,
	    "<div class=\"tabel-gulir\" tabindex=\"0\""
	    " role=\"region\" aria-labelledby=\"%s-tc\"><table><caption"
	    " id=\"%s-tc\">%s</caption><thead><tr><th scope=\"col\">Bulan</th>",
	    id, id, judul);
	for (k = 0; k < ns; k++)
		html_printf(b, "<th scope=\"col\">%s</th>", s[k].nama);
	html_lit(b, "</tr></thead><tbody>");
	for (i = 0; i < 12; i++) {
		html_printf(b, "<tr><th scope=\"row\">%s</th>", when_bulan[i]);
		for (k = 0; k < ns; k++) {
			html_lit(b, "<td>");
			if (scale == 10)
				dec(b, s[k].v[i], 10, " %");
			else
				num(b, s[k].v[i]);
			html_lit(b, "</td>");
		}
		html_lit(b, "</tr>");
	}
	html_lit(b, "</tbody></table></div></div>");
}

/* Totals for a <desc>: "Jumlah setahun: diterima 13, selesai 10." */
static int64_t
sum12(const int64_t v[12])
{
	int64_t n = 0;
	int i;

	for (i = 0; i < 12; i++)
		if (v[i] != KINERJA_NA)
			n += v[i];
	return n;
}

static void
trend_charts(struct req *r, const struct kinerja_baris *u, int tahun)
{
	struct buf *b = &r->out;
	struct kinerja_angka m[12];
	struct seri s[2];
	char desc[400], judul[STR_CHARS(160) + 128];
	int i;

	if (kinerja_tren(r->store, u->unit_id, tahun, r->now, m) != 0) {
		notice(r, "galat", msg(M_ERR_500_TEXT));
		return;
	}
	html_printf(b,
	    "<section aria-labelledby=\"h-tren\"><h2 id=\"h-tren\">"
	    "Tren bulanan tahun %d</h2>",
	    tahun);
	memset(s, 0, sizeof(s));
	s[0].nama = "Diterima";
	s[0].warna = "#1d4e89";
	s[1].nama = "Selesai";
	s[1].warna = "#2e7d32";
	for (i = 0; i < 12; i++) {
		s[0].v[i] = m[i].diterima;
		s[1].v[i] = m[i].selesai;
	}
	snprintf(judul, sizeof(judul),
	    "Permohonan diterima dan selesai per"
	    " bulan, %s, %d",
	    u->unit_name, tahun);
	snprintf(desc, sizeof(desc),
	    "Diagram batang per bulan. Jumlah"
	    " setahun: diterima %lld, selesai %lld.",
	    (long long)sum12(s[0].v), (long long)sum12(s[1].v));
	chart(b, "g-jumlah", judul, desc, s, 2, 1, "permohonan");

	s[0].nama = "Median";
	s[0].warna = "#6a1b9a";
	s[1].nama = "Persentil ke-90";
	s[1].warna = "#c77700";
	for (i = 0; i < 12; i++) {
		s[0].v[i] = m[i].median;
		s[1].v[i] = m[i].p90;
	}
	snprintf(judul, sizeof(judul),
	    "Waktu penyelesaian per bulan"
	    " (median dan persentil ke-90), %s, %d",
	    u->unit_name, tahun);
	snprintf(desc, sizeof(desc),
	    "Diagram batang per bulan dalam hari"
	    " kerja; bulan tanpa permohonan selesai tidak memiliki batang.");
	chart(b, "g-waktu", judul, desc, s, 2, 1, "hari kerja");

	s[0].nama = "Tepat waktu";
	s[0].warna = "#1d4e89";
	for (i = 0; i < 12; i++)
		s[0].v[i] = tepat(&m[i]);
	snprintf(judul, sizeof(judul),
	    "Persentase selesai tepat waktu per"
	    " bulan, %s, %d",
	    u->unit_name, tahun);
	snprintf(desc, sizeof(desc),
	    "Diagram batang per bulan, skala 0"
	    " sampai 100 persen; bulan tanpa permohonan selesai yang berbatas"
	    " waktu tidak memiliki batang.");
	chart(b, "g-tepat", judul, desc, s, 1, 10, "persen");
	html_lit(b, "</section>");
}

void
page_kinerja_unit(struct req *r)
{
	struct buf *b = &r->out;
	struct kinerja_laporan l;
	struct kinerja_periode p;
	const struct kinerja_baris *u = NULL;
	const char *code = r->captures[0];
	char per[8], label[40], action[80];
	size_t i;
	int rc;

	if (kinerja_req_periode(r, &p) != 0) {
		page_error(r, 400, msg(M_KINERJA_PERIODE_BAD));
		return;
	}
	rc = kinerja_hitung(r->store, &p, code, r->now, &l);
	if (rc == -2) {
		kinerja_free(&l);
		page_error(r, 404, msg(M_KINERJA_UNIT_UNKNOWN));
		return;
	}
	for (i = 0; rc == 0 && i < l.n; i++)
		if (l.v[i].layanan_id == 0)
			u = &l.v[i];
	if (rc != 0 || u == NULL) {
		kinerja_free(&l);
		page_error(r, 500, NULL);
		return;
	}
	kinerja_periode_fmt(&p, per);
	kinerja_periode_label(&p, label, sizeof(label));
	layout_begin(r, u->unit_name);
	html_printf(b,
	    "<nav aria-label=\"Remah roti\"><a href=\"/kinerja?"
	    "periode=%U\">Kinerja</a> › %s</nav><h1>Kinerja %s</h1>"
	    "<p>Data: <a href=\"/data/kinerja.csv?unit=%U&amp;periode=%U\">"
	    "CSV</a> · <a href=\"/api/v1/kinerja?unit=%U&amp;periode=%U\">JSON"
	    "</a> · <a href=\"/data/kamus\">kamus data</a></p>",
	    per, u->unit_name, u->unit_name, u->unit_code, per, u->unit_code,
	    per);
	snprintf(action, sizeof(action), "/kinerja/%s", u->unit_code);
	periode_form(r, action, &p, NULL);
	html_printf(b,
	    "<section aria-labelledby=\"h-ringkas\"><h2"
	    " id=\"h-ringkas\">%s</h2>",
	    label);
	ringkasan(b, &u->a);
	html_lit(b, "</section>");
	trend_charts(r, u, p.tahun);
	html_printf(b,
	    "<section aria-labelledby=\"h-layanan\"><h2"
	    " id=\"h-layanan\">Per layanan, %s</h2>",
	    label);
	if (l.n <= 1)
		notice(r, "info",
		    "Belum ada permohonan layanan unit ini dalam"
		    " periode ini.");
	else {
		html_lit(b,
		    "<div class=\"tabel-gulir\" tabindex=\"0\""
		    " role=\"region\" aria-label=\"Tabel per layanan\"><table>");
		cols_head(b, "Layanan (jangka waktu)", NULL, per);
		html_lit(b, "<tbody>");
		for (i = 0; i < l.n; i++) {
			if (l.v[i].layanan_id == 0)
				continue;
			html_printf(b,
			    "<tr><th scope=\"row\"><a href="
			    "\"/layanan/%U\">%s</a> <span class=\"meta\">(%s,"
			    " %d hari kerja)</span></th>",
			    l.v[i].layanan_code, l.v[i].layanan_name,
			    l.v[i].layanan_code, l.v[i].sla_days);
			cells(b, &l.v[i].a);
			html_lit(b, "</tr>");
		}
		html_lit(b, "</tbody></table></div>");
	}
	html_lit(b, "</section>");
	kinerja_free(&l);
	layout_end(r);
}

/* --- executive dashboard ------------------------------------------------ */

void
page_kinerja_eksekutif(struct req *r)
{
	struct buf *b = &r->out;
	struct kinerja_laporan l;
	struct kinerja_periode p;
	struct kinerja_telat *t;
	const struct kinerja_baris **rank;
	const char *unit = req_param(r, "unit");
	char per[8], label[40];
	int64_t unit_id = 0;
	size_t i, n, nt, total;

	r->personal = 1;
	if (kinerja_req_periode(r, &p) != 0) {
		page_error(r, 400, msg(M_KINERJA_PERIODE_BAD));
		return;
	}
	if (unit != NULL && *unit != '\0' &&
	    (unit_id = kinerja_unit_id(r->store, unit)) == 0) {
		page_error(r, 400, msg(M_KINERJA_UNIT_BAD));
		return;
	}
	if (kinerja_hitung(r->store, &p, NULL, r->now, &l) != 0) {
		kinerja_free(&l);
		page_error(r, 500, NULL);
		return;
	}
	t = kinerja_terlambat(r->store, unit_id, r->now, 200, &nt, &total);
	if (t == NULL) {
		kinerja_free(&l);
		page_error(r, 500, NULL);
		return;
	}
	kinerja_periode_fmt(&p, per);
	kinerja_periode_label(&p, label, sizeof(label));
	layout_begin(r, "Dasbor Eksekutif Kinerja");
	html_printf(b,
	    "<h1>Dasbor Eksekutif Kinerja</h1><p>Untuk pimpinan:"
	    " angka kinerja seluruh unit beserta permohonan yang melewati"
	    " batas waktu di balik setiap angka. Versi publik: <a href="
	    "\"/kinerja?periode=%U\">halaman Kinerja</a>.</p>",
	    per);
	periode_form(r, "/kinerja/eksekutif", &p, NULL);
	html_printf(b,
	    "<section aria-labelledby=\"h-ringkas\"><h2"
	    " id=\"h-ringkas\">Seluruh Kabupaten Siak, %s</h2>",
	    label);
	ringkasan(b, &l.total);
	html_lit(b, "</section>");

	rank = kinerja_peringkat(&l, KINERJA_URUT_TERLAMBAT, &n);
	html_printf(b,
	    "<section aria-labelledby=\"h-unit\"><h2 id=\"h-unit\">"
	    "Unit menurut permohonan terlambat, %s</h2>",
	    label);
	if (n == 0)
		notice(r, "info", "Belum ada permohonan dalam periode ini.");
	else {
		html_lit(b,
		    "<div class=\"tabel-gulir\" tabindex=\"0\""
		    " role=\"region\" aria-label=\"Tabel angka per unit\"><table>");
		cols_head(b, "Unit", NULL, per);
		html_lit(b, "<tbody>");
		for (i = 0; i < n; i++) {
			html_printf(b, "<tr%s><th scope=\"row\">",
			    rank[i]->a.terlambat_kini > 0
				? " class=\"terlambat\""
				: "");
			if (rank[i]->a.terlambat_kini > 0)
				html_printf(b,
				    "<a href=\"/kinerja/eksekutif?"
				    "periode=%U&amp;unit=%U#h-terlambat\">%s"
				    "</a>",
				    per, rank[i]->unit_code,
				    rank[i]->unit_name);
			else
				html_printf(b, "%s", rank[i]->unit_name);
			html_lit(b, "</th>");
			cells(b, &rank[i]->a);
			html_lit(b, "</tr>");
		}
		html_lit(b, "</tbody></table></div>");
	}
	html_lit(b, "</section>");
	free(rank);

	html_printf(b,
	    "<section aria-labelledby=\"h-terlambat\"><h2"
	    " id=\"h-terlambat\">Permohonan melewati batas waktu saat ini%s%s"
	    " (%z)</h2>",
	    unit_id ? ": " : "", unit_id ? unit : "", total);
	if (unit_id)
		html_lit(b,
		    "<p><a href=\"/kinerja/eksekutif#h-terlambat\">"
		    "Tampilkan semua unit</a></p>");
	if (nt == 0)
		notice(r, "sukses",
		    "Tidak ada permohonan yang melewati batas"
		    " waktu.");
	else {
		if (total > nt)
			html_printf(b,
			    "<p>Ditampilkan %z yang paling lama"
			    " terlambat dari %z.</p>",
			    nt, total);
		html_lit(b,
		    "<div class=\"tabel-gulir\" tabindex=\"0\""
		    " role=\"region\" aria-label=\"Tabel permohonan terlambat\"><table>"
		    "<thead><tr><th scope=\"col\">Nomor</th><th scope=\"col\">"
		    "Layanan</th><th scope=\"col\">Unit penanggung jawab</th>"
		    "<th scope=\"col\">Ditangani oleh</th><th scope=\"col\">"
		    "Status</th><th scope=\"col\">Diajukan</th><th scope="
		    "\"col\">Batas waktu</th><th scope=\"col\">Terlambat (hari"
		    " kerja)</th></tr></thead><tbody>");
		for (i = 0; i < nt; i++)
			html_printf(b,
			    "<tr class=\"terlambat\"><th scope="
			    "\"row\"><a href=\"/petugas/permohonan/%U\">%s</a>"
			    "</th><td>%s</td><td>%s</td><td>%s</td><td>%s</td>"
			    "<td>%s</td><td>%s</td><td>%d</td></tr>",
			    t[i].nomor, t[i].nomor, t[i].layanan_name,
			    t[i].unit_name, t[i].handler_name, t[i].state_label,
			    t[i].submitted, t[i].due_date, t[i].hari_terlambat);
		html_lit(b, "</tbody></table></div>");
	}
	html_lit(b, "</section>");
	free(t);
	kinerja_free(&l);
	layout_end(r);
}
