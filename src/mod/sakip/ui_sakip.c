/*
 * ui_sakip.c: the public SAKIP pages (issue 22): GET /sakip (the
 * cascade from the regency's RPJMD down to each OPD's indicators and the
 * list of units), GET /sakip/unit/{kode} (targets, verified realisation
 * and capaian per quarter, with a server-drawn SVG chart beside the
 * table), and the open data /data/sakip.csv, /data/sakip.json.  Only
 * verified realisations are shown; no personal data (names of officers
 * are never read, only the position responsible).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <jansson.h>

#include "lib/csv.h"
#include "lib/when.h"
#include "mod/berkas/berkas.h"
#include "lib/num.h"
#include "lib/xalloc.h"
#include "http/api.h"
#include "http/app.h"
#include "http/layout.h"
#include "http/pages.h"
#include "sakip.h"
#include "sql.h"
#include "ui.h"

#define NTAHUN 12

static void dokumen_status(struct req *, int64_t unit, const char *kode,
    int tahun);

/* The year asked for (?tahun=), else the newest with targets; 0 none. */
static int
pilih_tahun(struct req *r, int *years, size_t *ny)
{
	const char *t = req_param(r, "tahun");
	size_t i;

	*ny = sakip_sql_tahun(r->store, years, NTAHUN);
	if (*ny == 0)
		return 0;
	if (t == NULL || *t == '\0')
		return years[0];
	for (i = 0; i < *ny; i++)
		if (atoi(t) == years[i] && strlen(t) == 4)
			return years[i];
	return -1;
}

/* amount (millionths) as Indonesian text: "5,08"; "" when absent */
static void
angka(int64_t x, int ada, char out[32])
{
	char *p;

	if (!ada) {
		snprintf(out, 32, "%s", "\xe2\x80\x93"); /* en dash */
		return;
	}
	sakip_angka_fmt(x, out);
	if ((p = strchr(out, '.')) != NULL)
		*p = ',';
}

/* capaian up to quarter q (1-4) into out ("93,75"), its kind: 0 value,
 * 1 no realisation yet, -1 target 0 (flag) */
static int
capaian(const struct sakip_ind *d, int q, int64_t *v, char out[32])
{
	int rc = sakip_capaian_periode(sakip_polaritas_parse(d->polaritas),
	    d->kumulatif, d->target + 1, d->real, d->ada_real, q, v, NULL);

	if (rc == 0) {
		num_fixed(out, 32, *v, 2, ',');
		return 0;
	}
	snprintf(out, 32, "%s", rc == 1 ? "\xe2\x80\x93" : "target 0");
	return rc == 1 ? 1 : -1;
}

/* the latest quarter with a verified realisation, 0 when none */
static int
akhir(const struct sakip_ind *d)
{
	int q;

	for (q = 4; q > 0; q--)
		if (d->ada_real[q - 1])
			return q;
	return 0;
}

static const char *
polaritas_teks(const struct sakip_ind *d)
{
	switch (sakip_polaritas_parse(d->polaritas)) {
	case SAKIP_POSITIF:
		return d->kumulatif ? "positif, kumulatif" : "positif";
	case SAKIP_NEGATIF:
		return d->kumulatif ? "negatif, kumulatif" : "negatif";
	}
	return "nilai akhir";
}

static void
pilihan_tahun(struct req *r, const char *action, int tahun, const int *years,
    size_t ny)
{
	struct buf *b = &r->out;
	size_t i;

	html_printf(b,
	    "<form method=\"get\" action=\"%s\" class=\"sakip-tahun\">"
	    "<label for=\"tahun\">Tahun</label> <select id=\"tahun\""
	    " name=\"tahun\">",
	    action);
	for (i = 0; i < ny; i++)
		html_printf(b, "<option value=\"%d\"%s>%d</option>", years[i],
		    years[i] == tahun ? " selected" : "", years[i]);
	html_lit(b,
	    "</select> <button type=\"submit\">Tampilkan</button>"
	    "</form>");
}

/* one indicator's link and latest capaian, for the cascade */
static void
butir(struct req *r, const struct sakip_ind *d)
{
	char c[32];
	int64_t v;
	int q = akhir(d);

	html_printf(&r->out,
	    "<a href=\"/sakip/unit/%U#%s\">%s</a> <span class=\"sakip-unit\">"
	    "(%s)</span>",
	    d->unit_kode, d->kode, d->nama, d->unit_nama);
	if (q > 0 && capaian(d, q, &v, c) != 1)
		html_printf(&r->out, ": capaian s.d. triwulan %d <b>%s%s</b>",
		    q, c, v >= 0 && strcmp(c, "target 0") ? " %" : "");
}

void
page_sakip(struct req *r)
{
	struct buf *b = &r->out;
	struct sakip_ind *v;
	int years[NTAHUN], tahun;
	size_t ny, n, i, j;
	const char *last = "";

	tahun = pilih_tahun(r, years, &ny);
	if (tahun < 0) {
		page_error(r, 404, "Tahun tidak tersedia.");
		return;
	}
	layout_begin(r, "Kinerja Pemerintah Daerah (SAKIP)");
	html_lit(b,
	    "<h1>Kinerja Pemerintah Daerah (SAKIP)</h1><p>Sistem Akuntabilitas"
	    " Kinerja Instansi Pemerintah: tujuan dan sasaran RPJMD Kabupaten"
	    " Siak, indikator kinerja setiap perangkat daerah, target, dan"
	    " realisasi per triwulan yang telah diverifikasi oleh Bappeda."
	    " Capaian dihitung menurut polaritas indikator: positif ="
	    " realisasi \xc3\xb7 target \xc3\x97 100; negatif = (target"
	    " \xe2\x88\x92 (realisasi \xe2\x88\x92 target)) \xc3\xb7 target"
	    " \xc3\x97 100, tidak ditampilkan di bawah 0.</p>");
	if (tahun == 0) {
		notice(r, "info",
		    "Belum ada rencana kinerja yang diterbitkan.");
		layout_end(r);
		return;
	}
	pilihan_tahun(r, "/sakip", tahun, years, ny);
	v = sakip_sql_list(r->store, 0, tahun, &n);
	html_printf(b,
	    "<p>Data terbuka: <a href=\"/data/sakip.csv?tahun=%d\">CSV</a>,"
	    " <a href=\"/data/sakip.json?tahun=%d\">JSON</a>.</p>",
	    tahun, tahun);
	html_lit(b,
	    "<section aria-labelledby=\"h-pohon\"><h2 id=\"h-pohon\">"
	    "Pohon kinerja: dari RPJMD ke perangkat daerah</h2>");
	for (i = 0; i < n; i++) {
		if (!v[i].rpjmd)
			continue;
		if (strcmp(last, v[i].tujuan) != 0) {
			if (*last)
				html_lit(b, "</ul>");
			html_printf(b,
			    "<h3>Tujuan: %s</h3><ul class=\"sakip-pohon\">",
			    v[i].tujuan);
			last = v[i].tujuan;
		}
		html_printf(b, "<li><p>Sasaran: %s</p><p>", v[i].sasaran);
		butir(r, &v[i]);
		html_lit(b, "</p>");
		for (j = 0; j < n; j++)
			if (v[j].induk_id == v[i].id) {
				html_lit(b, "<ul><li>");
				butir(r, &v[j]);
				html_lit(b, "</li></ul>");
			}
		html_lit(b, "</li>");
	}
	if (*last)
		html_lit(b, "</ul>");
	html_lit(b,
	    "</section><section aria-labelledby=\"h-unit\"><h2"
	    " id=\"h-unit\">Perangkat daerah</h2><ul>");
	last = "";
	for (i = 0; i < n; i++) {
		size_t k = 0;

		if (v[i].rpjmd || strcmp(last, v[i].unit_kode) == 0)
			continue;
		last = v[i].unit_kode;
		for (j = i; j < n && strcmp(v[j].unit_kode, last) == 0; j++)
			k++;
		html_printf(b,
		    "<li><a href=\"/sakip/unit/%U?tahun=%d\">%s</a>: %z"
		    " indikator</li>",
		    v[i].unit_kode, tahun, v[i].unit_nama, k);
	}
	html_lit(b, "</ul></section>");
	free(v);
	sakip_tl_bagian(r);
	sakip_temuan_terbit_bagian(r);
	sakip_skor_bagian(r);
	layout_end(r);
}

/* A bar chart of each indicator's latest capaian (0-150 %, a line at
 * 100 %), drawn on the server: no script needed. */
static void
grafik(struct buf *b, const struct sakip_ind *v, size_t n, const char *id)
{
	const int w = 640, bar = 28, gap = 12, left = 150;
	int h = (int)n * (bar + gap) + 30, y = 10;
	int64_t c;
	char t[32];
	size_t i;

	html_printf(b,
	    "<svg class=\"sakip-grafik\" role=\"img\" aria-labelledby=\"%s\""
	    " viewBox=\"0 0 %d %d\" width=\"100%%\""
	    " preserveAspectRatio=\"xMinYMin meet\">",
	    id, w, h);
	for (i = 0; i < n; i++, y += bar + gap) {
		int q = akhir(&v[i]), len = 0;

		if (q > 0 && capaian(&v[i], q, &c, t) == 0) {
			int64_t k = c > 15000 ? 15000 : c;

			len = (int)(k * (w - left - 60) / 15000);
		} else
			snprintf(t, sizeof(t), "%s", "belum ada");
		html_printf(b,
		    "<text x=\"%d\" y=\"%d\" text-anchor=\"end\""
		    " font-size=\"13\">%s</text>",
		    left - 6, y + bar / 2 + 5, v[i].kode);
		html_printf(b,
		    "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\""
		    " class=\"%s\"/>",
		    left, y, len, bar,
		    q > 0 && c >= 10000 ? "sakip-capai" : "sakip-kurang");
		html_printf(b,
		    "<text x=\"%d\" y=\"%d\" font-size=\"13\">%s%s</text>",
		    left + len + 6, y + bar / 2 + 5, t,
		    strcmp(t, "belum ada") && strcmp(t, "target 0") ? " %"
								    : "");
	}
	html_printf(b,
	    "<line x1=\"%d\" x2=\"%d\" y1=\"0\" y2=\"%d\""
	    " class=\"sakip-garis\"/>",
	    left + (w - left - 60) * 2 / 3, left + (w - left - 60) * 2 / 3,
	    h - 20);
	html_printf(b,
	    "<text x=\"%d\" y=\"%d\" font-size=\"12\""
	    " text-anchor=\"middle\">100 %%</text></svg>",
	    left + (w - left - 60) * 2 / 3, h - 5);
}

void
page_sakip_unit(struct req *r)
{
	struct buf *b = &r->out;
	struct sakip_ind *v;
	int years[NTAHUN], tahun, q;
	int64_t unit, c;
	size_t ny, n, i;
	char t[32], x[32], y[32], judul[240];

	unit = sakip_sql_unit(r->store, r->captures[0]);
	tahun = pilih_tahun(r, years, &ny);
	if (unit == 0 || tahun <= 0 ||
	    (v = sakip_sql_list(r->store, unit, tahun, &n)) == NULL) {
		page_error(r, 404, "Unit atau tahun tidak ditemukan.");
		return;
	}
	snprintf(judul, sizeof(judul), "Kinerja %s", v[0].unit_nama);
	layout_begin(r, judul);
	html_printf(b,
	    "<p><a href=\"/sakip?tahun=%d\">SAKIP Kabupaten"
	    " Siak</a></p><h1>%s</h1>",
	    tahun, judul);
	pilihan_tahun(r, r->path, tahun, years, ny);
	html_printf(b,
	    "<section aria-labelledby=\"h-ringkas\"><h2 id=\"h-ringkas\">"
	    "Capaian terakhir tahun %d</h2><div class=\"sakip-duo\"><figure>"
	    "<figcaption id=\"g-capaian\">Capaian terakhir setiap indikator"
	    " (batang; garis = 100 %%)</figcaption>",
	    tahun);
	grafik(b, v, n, "g-capaian");
	html_lit(b,
	    "</figure><table aria-describedby=\"g-capaian\"><thead><tr>"
	    "<th scope=\"col\">Kode</th><th scope=\"col\">Indikator</th>"
	    "<th scope=\"col\">Capaian</th></tr></thead><tbody>");
	for (i = 0; i < n; i++) {
		q = akhir(&v[i]);
		if (q == 0 || capaian(&v[i], q, &c, t) == 1)
			snprintf(t, sizeof(t), "%s", "belum ada realisasi");
		html_printf(b,
		    "<tr><th scope=\"row\">%s</th><td>%s</td><td>%s</td></tr>",
		    v[i].kode, v[i].nama, t);
	}
	html_lit(b, "</tbody></table></div></section>");
	dokumen_status(r, unit, r->captures[0], tahun);
	for (i = 0; i < n; i++) {
		const struct sakip_ind *d = &v[i];

		angka(d->target[0], d->ada_target[0], x);
		angka(d->baseline, d->ada_baseline, y);
		html_printf(b,
		    "<section id=\"%s\" aria-labelledby=\"h-%s\"><h2"
		    " id=\"h-%s\">%s %s</h2><dl class=\"sakip-meta\">"
		    "<dt>Sasaran</dt><dd>%s</dd><dt>Satuan</dt><dd>%s</dd>"
		    "<dt>Polaritas</dt><dd>%s</dd><dt>Rumus</dt><dd>%s</dd>"
		    "<dt>Sumber data</dt><dd>%s</dd><dt>Penanggung jawab</dt>"
		    "<dd>%s</dd><dt>Baseline</dt><dd>%s</dd>"
		    "<dt>Target tahun %d</dt><dd>%s</dd></dl>",
		    d->kode, d->kode, d->kode, d->kode, d->nama, d->sasaran,
		    d->satuan, polaritas_teks(d), d->formula, d->sumber,
		    d->jabatan, y, tahun, x);
		html_printf(b,
		    "<div class=\"tabel-gulir\" tabindex=\"0\""
		    " role=\"region\" aria-label=\"Triwulan %s\"><table>"
		    "<caption>Target, realisasi terverifikasi, dan capaian per"
		    " triwulan</caption><thead><tr><th scope=\"col\">"
		    "Triwulan</th><th scope=\"col\">Target</th>"
		    "<th scope=\"col\">Realisasi</th><th scope=\"col\">"
		    "Capaian (%%)</th></tr></thead><tbody>",
		    d->kode);
		for (q = 1; q <= 4; q++) {
			angka(d->target[q], d->ada_target[q], x);
			angka(d->real[q - 1], d->ada_real[q - 1], y);
			if (!d->ada_real[q - 1])
				snprintf(t, sizeof(t), "%s", "\xe2\x80\x93");
			else
				capaian(d, q, &c, t);
			html_printf(b,
			    "<tr><th scope=\"row\">Triwulan %d</th><td>%s</td>"
			    "<td>%s</td><td>%s</td></tr>",
			    q, x, y, t);
		}
		html_lit(b, "</tbody></table></div></section>");
	}
	free(v);
	layout_end(r);
}

/* The unit's PK and LKjIP: signed (with a link) or not, the deadline,
 * late or not. */
static void
dokumen_status(struct req *r, int64_t unit, const char *kode, int tahun)
{
	static const char *const jenis[] = { "pk", "lkjip" };
	static const char *const nama[] = { "Perjanjian Kinerja",
		"Laporan Kinerja (LKjIP)" };
	struct buf *b = &r->out;
	char sha[65], dpa[11], batas[11], kini[11], tgl[11], tgl2[11];
	int64_t at, kp, atasan, atasan_at;
	int i, ada, punya_batas;

	when_wib_format(kini, sizeof(kini), "%Y-%m-%d", r->now);
	html_lit(b,
	    "<section aria-labelledby=\"h-dok\"><h2 id=\"h-dok\">"
	    "Dokumen kinerja</h2><ul>");
	for (i = 0; i < 2; i++) {
		ada = sakip_sql_dokumen(r->store, jenis[i], unit, tahun, sha,
			  &at) == 1;
		if (sakip_sql_dpa(r->store, unit, tahun, dpa) != 1)
			dpa[0] = '\0';
		punya_batas = sakip_tenggat(jenis[i], dpa, tahun, batas) == 0;
		html_printf(b, "<li>%s tahun %d: ", nama[i], tahun);
		if (ada) {
			when_wib_format(tgl, sizeof(tgl), "%Y-%m-%d", at);
			html_printf(b,
			    "ditandatangani secara elektronik %s (<a"
			    " href=\"/sakip/dokumen/%s-%U-%d.pdf\">unduh PDF</a>)",
			    tgl, jenis[i], kode, tahun);
			if (i == 0 &&
			    sakip_sql_pk_penanda(r->store, unit, tahun, &kp,
				&atasan, &atasan_at) == 1) {
				if (atasan != 0) {
					when_wib_format(tgl2, sizeof(tgl2),
					    "%Y-%m-%d", atasan_at);
					html_printf(b,
					    ", ditandatangani atasan %s", tgl2);
				} else
					html_lit(b,
					    ", belum ditandatangani atasan");
			}
		} else
			html_lit(b, "belum ditandatangani");
		if (punya_batas) {
			html_printf(b, "; batas waktu %s", batas);
			if ((ada && strcmp(tgl, batas) > 0) ||
			    (!ada && strcmp(kini, batas) > 0))
				html_lit(b, " <strong>(terlambat)</strong>");
		} else
			html_lit(b, "; batas waktu: tanggal DPA belum dicatat");
		html_lit(b, "</li>");
	}
	html_lit(b, "</ul></section>");
}

void
page_sakip_dokumen(struct req *r)
{
	const char *c = r->captures[0];
	char jenis[8], kode[40], sha[65], *path;
	const char *p, *q;
	int64_t unit, at;
	int tahun;

	/* jenis-KODE-YYYY.pdf */
	p = strchr(c, '-');
	q = strrchr(c, '-');
	if (p == NULL || q == NULL || q <= p ||
	    (size_t)(p - c) >= sizeof(jenis) ||
	    (size_t)(q - p - 1) >= sizeof(kode) || strlen(q) != 9 ||
	    strcmp(q + 5, ".pdf") != 0) {
		page_error(r, 404, NULL);
		return;
	}
	memcpy(jenis, c, (size_t)(p - c));
	jenis[p - c] = '\0';
	memcpy(kode, p + 1, (size_t)(q - p - 1));
	kode[q - p - 1] = '\0';
	tahun = atoi(q + 1);
	if ((unit = sakip_sql_unit(r->store, kode)) == 0 ||
	    sakip_sql_dokumen(r->store, jenis, unit, tahun, sha, &at) != 1) {
		page_error(r, 404, "Dokumen tidak ditemukan.");
		return;
	}
	path = berkas_path(r->app->data_dir, sha);
	buf_reset(&r->out);
	if (buf_read_file(&r->out, path, 64 * 1024 * 1024) != 0) {
		free(path);
		buf_reset(&r->out);
		page_error(r, 500, NULL);
		return;
	}
	free(path);
	r->status = 200;
	r->out_type = "application/pdf";
	free(r->disposition);
	r->disposition =
	    xasprintf("inline; filename=\"%s-%s-%d.pdf\"", jenis, kode, tahun);
}

/* the open data columns, one row per indicator and quarter */
static const char *const kolom[] = { "tahun", "unit_kode", "unit_nama", "rpjmd",
	"indikator_kode", "indikator", "induk_kode", "satuan", "polaritas",
	"kumulatif", "triwulan", "target", "realisasi", "capaian_persen",
	NULL };

static const char *
induk_kode(const struct sakip_ind *v, size_t n, int64_t id)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (v[i].id == id)
			return v[i].kode;
	return "";
}

/* the open data of year tahun: 0, or -1 after answering an error */
static struct sakip_ind *
data_muat(struct req *r, int *tahun, size_t *n)
{
	int years[NTAHUN];
	size_t ny;

	*n = 0;
	*tahun = pilih_tahun(r, years, &ny);
	if (*tahun < 0) {
		page_error(r, 404, "Tahun tidak tersedia.");
		return NULL;
	}
	return *tahun ? sakip_sql_list(r->store, 0, *tahun, n) : NULL;
}

void
page_sakip_csv(struct req *r)
{
	struct sakip_ind *v;
	size_t n, i, k;
	int tahun, q;
	int64_t c;
	char x[32];

	v = data_muat(r, &tahun, &n);
	if (tahun < 0)
		return;
	buf_reset(&r->out);
	for (k = 0; kolom[k]; k++) {
		if (k)
			csv_sep(&r->out);
		csv_text(&r->out, kolom[k]);
	}
	csv_eol(&r->out);
	for (i = 0; i < n; i++)
		for (q = 1; q <= 4; q++) {
			const struct sakip_ind *d = &v[i];

			csv_int(&r->out, tahun);
			csv_sep(&r->out);
			csv_text(&r->out, d->unit_kode);
			csv_sep(&r->out);
			csv_text(&r->out, d->unit_nama);
			csv_sep(&r->out);
			csv_int(&r->out, d->rpjmd);
			csv_sep(&r->out);
			csv_text(&r->out, d->kode);
			csv_sep(&r->out);
			csv_text(&r->out, d->nama);
			csv_sep(&r->out);
			csv_text(&r->out, induk_kode(v, n, d->induk_id));
			csv_sep(&r->out);
			csv_text(&r->out, d->satuan);
			csv_sep(&r->out);
			csv_text(&r->out, d->polaritas);
			csv_sep(&r->out);
			csv_int(&r->out, d->kumulatif);
			csv_sep(&r->out);
			csv_int(&r->out, q);
			csv_sep(&r->out);
			if (d->ada_target[q]) {
				sakip_angka_fmt(d->target[q], x);
				csv_number(&r->out, x);
			}
			csv_sep(&r->out);
			if (d->ada_real[q - 1]) {
				sakip_angka_fmt(d->real[q - 1], x);
				csv_number(&r->out, x);
			}
			csv_sep(&r->out);
			if (d->ada_real[q - 1] &&
			    sakip_capaian_periode(
				sakip_polaritas_parse(d->polaritas),
				d->kumulatif, d->target + 1, d->real,
				d->ada_real, q, &c, NULL) == 0) {
				sakip_fmt2(c, x);
				csv_number(&r->out, x);
			}
			csv_eol(&r->out);
		}
	free(v);
	r->status = 200;
	r->out_type = "text/csv; charset=utf-8";
	free(r->disposition);
	r->disposition = xasprintf("inline; filename=\"sakip-%d.csv\"", tahun);
}

void
page_sakip_json(struct req *r)
{
	struct sakip_ind *v;
	json_t *root, *arr;
	size_t n, i;
	int tahun, q;
	int64_t c;
	char x[32];

	v = data_muat(r, &tahun, &n);
	if (tahun < 0)
		return;
	root = json_object();
	arr = json_array();
	json_object_set_new(root, "tahun", json_integer(tahun));
	for (i = 0; i < n; i++) {
		const struct sakip_ind *d = &v[i];
		json_t *o = json_object(), *tw = json_array();

		json_object_set_new(o, "kode", json_string(d->kode));
		json_object_set_new(o, "nama", json_string(d->nama));
		json_object_set_new(o, "unit_kode", json_string(d->unit_kode));
		json_object_set_new(o, "unit_nama", json_string(d->unit_nama));
		json_object_set_new(o, "rpjmd", json_boolean(d->rpjmd));
		json_object_set_new(o, "induk_kode",
		    json_string(induk_kode(v, n, d->induk_id)));
		json_object_set_new(o, "satuan", json_string(d->satuan));
		json_object_set_new(o, "polaritas", json_string(d->polaritas));
		json_object_set_new(o, "kumulatif", json_boolean(d->kumulatif));
		sakip_angka_fmt(d->target[0], x);
		json_object_set_new(o, "target_tahun",
		    d->ada_target[0] ? json_string(x) : json_null());
		for (q = 1; q <= 4; q++) {
			json_t *t = json_object();

			json_object_set_new(t, "triwulan", json_integer(q));
			sakip_angka_fmt(d->target[q], x);
			json_object_set_new(t, "target",
			    d->ada_target[q] ? json_string(x) : json_null());
			sakip_angka_fmt(d->real[q - 1], x);
			json_object_set_new(t, "realisasi",
			    d->ada_real[q - 1] ? json_string(x) : json_null());
			if (d->ada_real[q - 1] &&
			    sakip_capaian_periode(
				sakip_polaritas_parse(d->polaritas),
				d->kumulatif, d->target + 1, d->real,
				d->ada_real, q, &c, NULL) == 0) {
				sakip_fmt2(c, x);
				json_object_set_new(t, "capaian_persen",
				    json_string(x));
			} else
				json_object_set_new(t, "capaian_persen",
				    json_null());
			json_array_append_new(tw, t);
		}
		json_object_set_new(o, "triwulan", tw);
		json_array_append_new(arr, o);
	}
	json_object_set_new(root, "indikator", arr);
	free(v);
	api_send(r, 200, root);
}

void
sakip_tl_bagian(struct req *r)
{
	struct buf *b = &r->out;
	struct sakip_tl *v;
	size_t n, i;
	int64_t c;
	char x[32];

	if ((v = sakip_sql_tl(r->store, &n)) == NULL)
		return;
	html_lit(b,
	    "<section aria-labelledby=\"h-tl\"><h2 id=\"h-tl\">Tindak lanjut"
	    " rekomendasi hasil pemeriksaan</h2><p>Rekomendasi dari laporan"
	    " hasil pemeriksaan (LHP) BPK dan Inspektorat per unit yang"
	    " diperiksa, menurut hasil penelaahan tindak lanjutnya. Batas"
	    " waktu tindak lanjut temuan BPK 60 hari sejak LHP diterima."
	    " Uraian temuan tidak ditampilkan.</p><div class=\"tabel-gulir\""
	    " tabindex=\"0\" role=\"region\" aria-label=\"Tindak lanjut"
	    " rekomendasi\"><table><thead><tr><th scope=\"col\">Unit</th>"
	    "<th scope=\"col\">Rekomendasi</th><th scope=\"col\">Sesuai</th>"
	    "<th scope=\"col\">Belum sesuai</th><th scope=\"col\">Belum"
	    " ditindaklanjuti</th><th scope=\"col\">Tidak dapat"
	    " ditindaklanjuti</th><th scope=\"col\">Lewat batas</th>"
	    "<th scope=\"col\">Tingkat penyelesaian (%)</th></tr></thead>"
	    "<tbody>");
	for (i = 0; i < n; i++) {
		/* sesuai / total in hundredths of a percent, half up */
		c = (2 * 10000 * v[i].sesuai + v[i].total) / (2 * v[i].total);
		num_fixed(x, sizeof(x), c, 2, ',');
		html_printf(b,
		    "<tr><th scope=\"row\">%s</th><td>%I</td><td>%I</td>"
		    "<td>%I</td><td>%I</td><td>%I</td><td>%I</td><td>%s</td>"
		    "</tr>",
		    v[i].unit, v[i].total, v[i].sesuai, v[i].belum_sesuai,
		    v[i].belum, v[i].tidak_dapat, v[i].lewat, x);
	}
	html_lit(b, "</tbody></table></div></section>");
	free(v);
}
