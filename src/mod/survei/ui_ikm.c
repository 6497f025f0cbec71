/*
 * ikm.c: the public Indeks Kepuasan Masyarakat: GET /ikm (per unit, per
 * service, per month/quarter/year, with a server-rendered SVG trend and
 * its data table) and GET /data/ikm.csv (anonymised answers: no account,
 * name, NIK, application, time, integrity answer or suggestion text).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ikm.h"
#include "survei.h"
#include "lib/csv.h"
#include "lib/msg.h"
#include "lib/str.h"
#include "lib/xalloc.h"
#include "store/store.h"
#include "http/layout.h"
#include "http/pages.h"
#include "ui.h"
#include "sql.h"

#define CHART_PERIODS 12

/* Indonesian decimal comma: "91.48" -> "91,48". */
static void
koma(char *s)
{
	if ((s = strchr(s, '.')) != NULL)
		*s = ',';
}

struct ikm_filter {
	int64_t unit_id;
	char unit_code[33];
	char unit_name[STR_CHARS(160)];
	int64_t layanan_id;
	char layanan_code[21];
	char layanan_name[STR_CHARS(200)];
	enum ikm_per per;
	const char *per_code;
};

/* Read ?unit=, ?layanan=, ?per=; 0, or -1 on an unknown value. */
static int
filter_read(struct req *r, struct ikm_filter *f)
{
	const char *unit = req_str(r, "unit"), *lay = req_str(r, "layanan");
	const char *per = req_str(r, "per");

	memset(f, 0, sizeof(*f));
	f->per = IKM_PER_BULAN;
	f->per_code = "bulan";
	if (strcmp(per, "triwulan") == 0) {
		f->per = IKM_PER_TRIWULAN;
		f->per_code = "triwulan";
	} else if (strcmp(per, "tahun") == 0) {
		f->per = IKM_PER_TAHUN;
		f->per_code = "tahun";
	} else if (*per != '\0' && strcmp(per, "bulan") != 0)
		return -1;
	if (*unit != '\0') {
		if (survei_sql_unit_by_code(r->store, unit, &f->unit_id,
			f->unit_code, sizeof(f->unit_code), f->unit_name,
			sizeof(f->unit_name)) != 1)
			return -1;
	}
	if (*lay != '\0') {
		if (survei_sql_layanan_by_code(r->store, lay, &f->layanan_id,
			f->layanan_code, sizeof(f->layanan_code),
			f->layanan_name, sizeof(f->layanan_name)) != 1)
			return -1;
	}
	return 0;
}

static void
option(struct buf *b, const char *value, const char *label, const char *cur)
{
	html_printf(b, "<option value=\"%s\"%s>%s</option>", value,
	    strcmp(value, cur) == 0 ? " selected" : "", label);
}

/* One unit option of filter_form() (survei_sql_units_each()). */
struct unit_opt {
	struct buf *b;
	const char *cur;
};

static void
unit_option(void *arg, const char *code, const char *name)
{
	struct unit_opt *o = arg;

	option(o->b, code, name, o->cur);
}

static void
filter_form(struct req *r, const struct ikm_filter *f)
{
	struct buf *b = &r->out;
	struct survei_layanan *ls = NULL;
	struct unit_opt o = { b, f->unit_code };
	size_t n = 0, i;

	html_lit(b,
	    "<form method=\"get\" action=\"/ikm\" class=\"cari\">"
	    "<div class=\"isian\"><label for=\"f-unit\">Unit pelayanan</label>"
	    "<select id=\"f-unit\" name=\"unit\">");
	option(b, "", "Seluruh unit", f->unit_code);
	survei_sql_units_each(r->store, unit_option, &o);
	html_lit(b,
	    "</select></div><div class=\"isian\"><label"
	    " for=\"f-layanan\">Layanan</label><select id=\"f-layanan\""
	    " name=\"layanan\">");
	option(b, "", "Seluruh layanan", f->layanan_code);
	if (f->unit_id != 0)
		ls = survei_layanan_unit(r->store, f->unit_id, &n);
	for (i = 0; ls != NULL && i < n; i++)
		option(b, ls[i].code, ls[i].name, f->layanan_code);
	if (f->layanan_id != 0 && (ls == NULL || n == 0 || f->unit_id == 0))
		option(b, f->layanan_code, f->layanan_name, f->layanan_code);
	free(ls);
	html_lit(b,
	    "</select></div><div class=\"isian\"><label for=\"f-per\">"
	    "Periode</label><select id=\"f-per\" name=\"per\">");
	option(b, "bulan", "Bulanan", f->per_code);
	option(b, "triwulan", "Triwulanan", f->per_code);
	option(b, "tahun", "Tahunan", f->per_code);
	html_lit(b,
	    "</select></div><button type=\"submit\">Tampilkan</button>"
	    "</form>");
}

/* Trend of the last CHART_PERIODS periods: y 25..100 over 200 px. */
static void
chart_write(struct buf *b, const struct ikm_periode *v, size_t n)
{
	static const struct {
		int val;
		const char *label;
	} lines[] = {
		{ 2500, "25" },
		{ 6500, "65,00 (C)" },
		{ 7661, "76,61 (B)" },
		{ 8831, "88,31 (A)" },
		{ 10000, "100" },
	};
	struct ikm_hasil h;
	size_t first = n > CHART_PERIODS ? n - CHART_PERIODS : 0, i, k;
	int x, y, px = -1, py = -1, step, w = 640;
	char val[24], label[40];

	step = n - first > 1 ? (w - 120) / (int)(n - first - 1) : 0;
	html_printf(b,
	    "<svg class=\"grafik\" viewBox=\"0 0 %d 260\""
	    " role=\"img\" aria-labelledby=\"g-judul g-ket\""
	    " preserveAspectRatio=\"xMinYMin meet\"><title id=\"g-judul\">"
	    "Tren IKM</title><desc id=\"g-ket\">Nilai IKM per periode; angka"
	    " lengkap ada pada tabel di bawah.</desc>",
	    w);
	for (k = 0; k < sizeof(lines) / sizeof(lines[0]); k++) {
		y = 220 - (lines[k].val - 2500) * 200 / 7500;
		html_printf(b,
		    "<line x1=\"70\" y1=\"%d\" x2=\"%d\" y2=\"%d\""
		    " stroke=\"#bbb\" stroke-dasharray=\"4 3\"/><text x=\"66\""
		    " y=\"%d\" text-anchor=\"end\" font-size=\"11\">%s</text>",
		    y, w - 30, y, y + 4, lines[k].label);
	}
	for (i = first; i < n; i++) {
		x = 80 + (int)(i - first) * step;
		ikm_periode_label(v[i].key, label, sizeof(label));
		html_printf(b,
		    "<text x=\"%d\" y=\"245\" text-anchor=\"middle\""
		    " font-size=\"10\">%s</text>",
		    x, v[i].key);
		if (ikm_compute(&v[i].acc, IKM_BOBOT_TEPAT, &h) != 0) {
			px = -1;
			continue;
		}
		y = 220 - (int)((h.ikm - 2500) * 200 / 7500);
		if (px >= 0)
			html_printf(b,
			    "<line x1=\"%d\" y1=\"%d\" x2=\"%d\""
			    " y2=\"%d\" stroke=\"#0b5394\" stroke-width=\"2\"/>",
			    px, py, x, y);
		ikm_fmt2(val, h.ikm);
		koma(val);
		html_printf(b,
		    "<circle cx=\"%d\" cy=\"%d\" r=\"4\""
		    " fill=\"#0b5394\"><title>%s: %s</title></circle>"
		    "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\""
		    " font-size=\"10\">%s</text>",
		    x, y, label, val, x, y - 8, val);
		px = x;
		py = y;
	}
	html_lit(b, "</svg>");
}

static void
table_write(struct buf *b, const struct ikm_periode *v, size_t n)
{
	struct ikm_hasil h;
	char label[40], val[24];
	int64_t s;
	size_t i;

	html_lit(b,
	    "<div class=\"tabel-gulir\" tabindex=\"0\" role=\"region\""
	    " aria-labelledby=\"t-ikm\"><table><caption id=\"t-ikm\">IKM per"
	    " periode (bobot tepat 1/9 per unsur)</caption><thead><tr>"
	    "<th scope=\"col\">Periode</th><th scope=\"col\">Responden</th>"
	    "<th scope=\"col\">Pengguna layanan</th>"
	    "<th scope=\"col\">Sampel minimal</th>"
	    "<th scope=\"col\">Kecukupan sampel</th>"
	    "<th scope=\"col\">IKM</th><th scope=\"col\">Mutu</th>"
	    "<th scope=\"col\">Kinerja</th></tr></thead><tbody>");
	for (i = n; i-- > 0;) {
		ikm_periode_label(v[i].key, label, sizeof(label));
		s = ikm_sampel(v[i].pengguna);
		html_printf(b,
		    "<tr><th scope=\"row\">%s</th><td>%I</td>"
		    "<td>%I</td><td>%I</td><td>%s (%I dari %I)</td>",
		    label, v[i].acc.responden, v[i].pengguna, s,
		    v[i].acc.responden >= s ? "sampel memadai"
					    : "belum memadai",
		    v[i].acc.responden, s);
		if (ikm_compute(&v[i].acc, IKM_BOBOT_TEPAT, &h) == 0) {
			ikm_fmt2(val, h.ikm);
			koma(val);
			html_printf(b, "<td>%s</td><td>%s</td><td>%s</td></tr>",
			    val, (char[]){ h.mutu, '\0' }, h.kinerja);
		} else
			html_lit(b, "<td>—</td><td>—</td><td>—</td></tr>");
	}
	html_lit(b, "</tbody></table></div>");
}

/* NRR per element of the latest period with an IKM. */
static void
nrr_write(struct buf *b, const struct ikm_periode *v, size_t n)
{
	struct ikm_hasil h;
	char label[40], val[24];
	size_t i;
	int k;

	for (i = n; i-- > 0;)
		if (ikm_compute(&v[i].acc, IKM_BOBOT_TEPAT, &h) == 0)
			break;
	if (i == (size_t)-1)
		return;
	ikm_periode_label(v[i].key, label, sizeof(label));
	html_printf(b,
	    "<h2 id=\"t-nrr\">Nilai per unsur, %s</h2>"
	    "<div class=\"tabel-gulir\" tabindex=\"0\" role=\"region\""
	    " aria-labelledby=\"t-nrr\"><table><thead><tr>"
	    "<th scope=\"col\">Unsur</th><th scope=\"col\">Jumlah nilai</th>"
	    "<th scope=\"col\">Jawaban</th><th scope=\"col\">NRR (1–4)</th>"
	    "</tr></thead><tbody>",
	    label);
	for (k = 0; k < IKM_UNSUR; k++) {
		ikm_fmt4(val, h.nrr[k]);
		koma(val);
		html_printf(b,
		    "<tr><th scope=\"row\">U%d %s</th><td>%I</td>"
		    "<td>%I</td><td>%s</td></tr>",
		    k + 1, ikm_unsur_nama(k), v[i].acc.sum[k], v[i].acc.n[k],
		    val);
	}
	html_lit(b, "</tbody></table></div>");
}

void
page_ikm(struct req *r)
{
	struct buf *b = &r->out;
	struct ikm_filter f;
	struct ikm_periode *v;
	size_t n;
	int bad;

	bad = filter_read(r, &f) != 0;
	if (bad) {
		memset(&f, 0, sizeof(f));
		f.per = IKM_PER_BULAN;
		f.per_code = "bulan";
	}
	v = ikm_rekap(r->store, f.unit_id, f.layanan_id, f.per, &n);
	if (v == NULL) {
		page_error(r, 500, NULL);
		return;
	}
	if (bad)
		r->status = 400;
	layout_begin(r, "Indeks Kepuasan Masyarakat");
	html_lit(b,
	    "<h1>Indeks Kepuasan Masyarakat (IKM)</h1><p>Hasil Survei"
	    " Kepuasan Masyarakat menurut Peraturan Menteri PANRB Nomor 14"
	    " Tahun 2017: sembilan unsur pelayanan dinilai 1 sampai 4, nilai"
	    " rata-rata tiap unsur diberi bobot sama (1/9), lalu dikalikan 25."
	    " Mutu: A Sangat Baik (88,31–100), B Baik (76,61–88,30), C Kurang"
	    " Baik (65,00–76,60), D Tidak Baik (25,00–64,99). Kecukupan sampel"
	    " menurut tabel Krejcie-Morgan terhadap jumlah pengguna layanan"
	    " (permohonan selesai) pada periode itu.</p>");
	if (bad)
		notice(r, "galat", msg(M_IKM_FILTER_BAD));
	filter_form(r, &f);
	html_printf(b, "<h2>%s%s%s</h2>",
	    *f.unit_name ? f.unit_name : "Seluruh unit",
	    *f.layanan_name ? " — " : "", f.layanan_name);
	if (n == 0)
		notice(r, "info", msg(M_IKM_NO_DATA));
	else {
		chart_write(b, v, n);
		table_write(b, v, n);
		nrr_write(b, v, n);
	}
	html_printf(b,
	    "<p><a href=\"/data/ikm.csv?unit=%U&amp;layanan=%U\""
	    " download>Unduh jawaban survei (CSV, tanpa identitas)</a></p>",
	    f.unit_code, f.layanan_code);
	layout_end(r);
	free(v);
}

/* One text cell and its separator (src/lib/csv.h). */
static void
csv_field(struct buf *b, const char *s, int last)
{
	csv_text(b, s);
	if (last)
		csv_eol(b);
	else
		csv_sep(b);
}

/* One CSV row of page_ikm_csv() (survei_sql_jawaban_csv()). */
static void
csv_row(void *arg, const char *const v[15])
{
	struct buf *b = arg;
	int i;

	for (i = 0; i < 15; i++)
		csv_field(b, v[i], i == 14);
}

void
page_ikm_csv(struct req *r)
{
	struct ikm_filter f;
	struct buf *b = &r->out, rows = BUF_INIT;

	if (filter_read(r, &f) != 0) {
		page_error(r, 400, msg(M_IKM_FILTER_BAD));
		return;
	}
	/* sorted by content, not by entry: row order reveals nothing */
	buf_init(&rows, 4096);
	if (survei_sql_jawaban_csv(r->store, f.unit_id, f.layanan_id, csv_row,
		&rows) != 0) {
		buf_free(&rows);
		page_error(r, 500, NULL);
		return;
	}
	buf_reset(b);
	buf_adds(b,
	    "periode,unit_kode,unit,layanan_kode,layanan,sumber,"
	    "u1,u2,u3,u4,u5,u6,u7,u8,u9\r\n");
	buf_add(b, rows.s, rows.len);
	buf_free(&rows);
	r->status = 200;
	r->out_type = "text/csv; charset=utf-8";
	free(r->disposition);
	r->disposition = xstrdup("attachment; filename=\"ikm.csv\"");
}
