/*
 * ui_skor.c: external scores over the years (issue 22).  GET and POST
 * /petugas/sakip/skor: administrators, Bappeda's staff and the
 * Inspektorat record a kind's value for a year with its source document
 * (skor.c); /sakip shows each kind as a server-drawn SVG chart beside a
 * table; /data/sakip-skor.csv and .json are the open data.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "lib/csv.h"
#include "lib/multipart.h"
#include "lib/xalloc.h"
#include "mod/berkas/berkas.h"
#include "lib/num.h"
#include "mod/akun/account.h"
#include "http/api.h"
#include "http/layout.h"
#include "http/pages.h"
#include "sakip.h"
#include "sql.h"
#include "ui.h"

/* May the account record scores?  Admins, BAPPEDA, the Inspektorat. */
static int
boleh(struct req *r, struct sakip_pelapor *p)
{
	const struct account *u = r->user;

	memset(p, 0, sizeof(*p));
	p->account_id = u->id;
	p->unit_id = u->unit_id;
	p->addr = r->addr;
	return (u->roles & (ROLE_ADMINS | ROLE_INSPEKTORAT)) != 0 ||
	    strcmp(u->unit_code, "BAPPEDA") == 0 ||
	    strcmp(u->unit_code, "INSPEKTORAT") == 0;
}

/* x hundredths as "66,26" (the one number format of the pages). */
static void
dua(int x, char out[32])
{
	num_fixed(out, 32, x, 2, ',');
}

static void
halaman(struct req *r, const char *pesan, const char *jenis)
{
	struct buf *b = &r->out;
	int j;

	layout_begin(r, "Nilai Evaluasi Eksternal");
	html_lit(b,
	    "<h1>Nilai Evaluasi Eksternal</h1><p>Catat nilai hasil evaluasi"
	    " dari luar (SAKIP, Reformasi Birokrasi, SPIP, kapabilitas APIP,"
	    " SPBE) per tahun beserta dokumen sumbernya. Mencatat jenis dan"
	    " tahun yang sama mengganti nilai sebelumnya. Nilai tampil di"
	    " <a href=\"/sakip\">halaman SAKIP</a>.</p>");
	if (pesan != NULL)
		notice(r, jenis, pesan);
	html_lit(b,
	    "<form method=\"post\" enctype=\"multipart/form-data\""
	    " action=\"/petugas/sakip/skor\">");
	form_csrf(r);
	html_lit(b,
	    "<p><label for=\"s-jenis\">Jenis</label><select id=\"s-jenis\""
	    " name=\"jenis\">");
	for (j = 0; j < 5; j++)
		html_printf(b, "<option value=\"%s\">%s (0-%d)</option>",
		    sakip_skor_kode(j), sakip_skor_nama(j),
		    sakip_skor_maks(j) / 100);
	html_lit(b,
	    "</select></p><p><label for=\"s-tahun\">Tahun penilaian</label>"
	    "<input id=\"s-tahun\" name=\"tahun\" inputmode=\"numeric\""
	    " pattern=\"[0-9]{4}\" required></p><p><label for=\"s-nilai\">"
	    "Nilai (titik sebagai pemisah desimal)</label><input"
	    " id=\"s-nilai\" name=\"nilai\" inputmode=\"decimal\" required>"
	    "</p><p><label for=\"s-dok\">Nomor dokumen sumber</label><input"
	    " id=\"s-dok\" name=\"dokumen\" maxlength=\"200\" required></p>"
	    "<p><label for=\"s-tgl\">Tanggal dokumen</label><input"
	    " id=\"s-tgl\" name=\"tanggal\" type=\"date\" required></p><p>"
	    "<label for=\"s-tautan\">Tautan dokumen (tidak wajib)</label>"
	    "<input id=\"s-tautan\" name=\"tautan\" type=\"url\""
	    " maxlength=\"500\" placeholder=\"https://\"></p><p><label"
	    " for=\"s-berkas\">Berkas dokumen (PDF, PNG, atau JPEG, paling"
	    " besar 5 MB; tidak wajib)</label><input id=\"s-berkas\""
	    " name=\"berkas\" type=\"file\" accept=\".pdf,.png,.jpg,.jpeg\">"
	    "</p><button type=\"submit\">Simpan nilai</button></form>");
	sakip_skor_bagian(r);
	layout_end(r);
}

void
page_petugas_skor(struct req *r)
{
	struct sakip_pelapor p;

	if (!boleh(r, &p)) {
		page_error(r, 403,
		    "Hanya administrator, Bappeda, dan Inspektorat yang dapat"
		    " mencatat nilai evaluasi eksternal.");
		return;
	}
	halaman(r, req_param(r, "ok") ? "Tersimpan." : NULL, "sukses");
}

void
page_petugas_skor_simpan(struct req *r)
{
	struct sakip_pelapor p;
	const char *why = NULL, *t = req_str(r, "tahun");
	const struct mp_file *f = NULL;
	size_t i;
	int rc;

	if (!boleh(r, &p)) {
		page_error(r, 403,
		    "Hanya administrator, Bappeda, dan Inspektorat yang dapat"
		    " mencatat nilai evaluasi eksternal.");
		return;
	}
	for (i = 0; i < r->nfiles; i++)
		if (strcmp(r->files[i].field, "berkas") == 0 &&
		    r->files[i].len > 0)
			f = &r->files[i];
	rc = sakip_skor_catat(r->store, r->app->data_dir, &p,
	    req_str(r, "jenis"),
	    strlen(t) == 4 && strspn(t, "0123456789") == 4 ? atoi(t) : 0,
	    req_str(r, "nilai"), req_str(r, "dokumen"), req_str(r, "tanggal"),
	    req_str(r, "tautan"), f ? f->data : NULL, f ? f->len : 0, r->now,
	    &why);
	if (rc == 0) {
		req_redirect(r, "/petugas/sakip/skor?ok=1");
		return;
	}
	r->status = rc == -2 ? 500 : 422;
	halaman(r, why, "galat");
}

/* Bars of one kind's values by year, scaled to the kind's top. */
static void
grafik(struct buf *b, const struct sakip_skor *v, size_t n, int j)
{
	const int w = 480, h = 220, bawah = 190, kiri = 40, lebar = 44;
	int maks = sakip_skor_maks(j), x = kiri + 10, tinggi;
	char t[32];
	size_t i;

	html_printf(b,
	    "<svg class=\"sakip-grafik\" role=\"img\""
	    " aria-labelledby=\"skor-%s\" viewBox=\"0 0 %d %d\""
	    " width=\"100%%\" preserveAspectRatio=\"xMinYMin meet\">"
	    "<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\""
	    " class=\"sakip-garis\"/>",
	    sakip_skor_kode(j), w, h, kiri, w - 10, bawah, bawah);
	for (i = 0; i < n && x + lebar < w; i++) {
		if (strcmp(v[i].jenis, sakip_skor_kode(j)) != 0)
			continue;
		tinggi = v[i].nilai * (bawah - 30) / (maks ? maks : 1);
		dua(v[i].nilai, t);
		html_printf(b,
		    "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\""
		    " class=\"sakip-capai\"/><text x=\"%d\" y=\"%d\""
		    " font-size=\"12\" text-anchor=\"middle\">%s</text>"
		    "<text x=\"%d\" y=\"%d\" font-size=\"12\""
		    " text-anchor=\"middle\">%d</text>",
		    x, bawah - tinggi, lebar - 8, tinggi, x + (lebar - 8) / 2,
		    bawah - tinggi - 4, t, x + (lebar - 8) / 2, bawah + 16,
		    v[i].tahun);
		x += lebar;
	}
	html_lit(b, "</svg>");
}

void
sakip_skor_bagian(struct req *r)
{
	struct buf *b = &r->out;
	struct sakip_skor *v;
	char t[32], k[32];
	size_t n, i;
	int j, ada;

	if ((v = sakip_sql_skor(r->store, &n)) == NULL)
		return;
	html_lit(b,
	    "<section aria-labelledby=\"h-skor\"><h2 id=\"h-skor\">Nilai"
	    " evaluasi eksternal dari tahun ke tahun</h2><p>Data terbuka:"
	    " <a href=\"/data/sakip-skor.csv\">CSV</a>, <a"
	    " href=\"/data/sakip-skor.json\">JSON</a>.</p>");
	for (j = 0; j < 5; j++) {
		for (ada = 0, i = 0; i < n; i++)
			if (strcmp(v[i].jenis, sakip_skor_kode(j)) == 0)
				ada = 1;
		if (!ada)
			continue;
		html_printf(b,
		    "<h3>%s</h3><div class=\"sakip-duo\"><figure>"
		    "<figcaption id=\"skor-%s\">%s (skala 0-%d) per tahun"
		    "</figcaption>",
		    sakip_skor_nama(j), sakip_skor_kode(j), sakip_skor_nama(j),
		    sakip_skor_maks(j) / 100);
		grafik(b, v, n, j);
		html_lit(b, "</figure>");
		html_printf(b,
		    "<div class=\"tabel-gulir\" tabindex=\"0\" role=\"region\""
		    " aria-label=\"%s\"><table><thead><tr><th scope=\"col\">"
		    "Tahun</th><th scope=\"col\">Nilai</th><th scope=\"col\">"
		    "Keterangan</th><th scope=\"col\">Dokumen sumber</th></tr>"
		    "</thead><tbody>",
		    sakip_skor_nama(j));
		for (i = 0; i < n; i++) {
			if (strcmp(v[i].jenis, sakip_skor_kode(j)) != 0)
				continue;
			dua(v[i].nilai, t);
			sakip_skor_keterangan(j, v[i].nilai, k);
			html_printf(b,
			    "<tr><th scope=\"row\">%d</th><td>%s</td><td>%s"
			    "</td><td>",
			    v[i].tahun, t, k);
			if (*v[i].tautan)
				html_printf(b,
				    "<a href=\"%s\" rel=\"noopener"
				    " noreferrer\">%s</a>",
				    v[i].tautan, v[i].dokumen);
			else
				html_printf(b, "%s", v[i].dokumen);
			html_printf(b, " (%s)", v[i].tanggal);
			if (*v[i].berkas)
				html_printf(b,
				    "; <a href=\"/sakip/skor-berkas/%s-%d\">"
				    "berkas %s %d</a>",
				    v[i].jenis, v[i].tahun, v[i].jenis,
				    v[i].tahun);
			html_lit(b, "</td></tr>");
		}
		html_lit(b, "</tbody></table></div></div>");
	}
	html_lit(b, "</section>");
	free(v);
}

/* The path of a score's source document file, "" when none. */
static void
berkas_url(const struct sakip_skor *k, char out[64])
{
	if (*k->berkas)
		snprintf(out, 64, "/sakip/skor-berkas/%s-%d", k->jenis,
		    k->tahun);
	else
		*out = '\0';
}

static const char *const kolom[] = { "jenis", "nama", "tahun", "nilai",
	"keterangan", "dokumen", "tanggal_dokumen", "tautan", "berkas", NULL };

void
page_sakip_skor_csv(struct req *r)
{
	struct sakip_skor *v;
	char t[32], k[32], u[64];
	size_t n, i, c;
	int j;

	v = sakip_sql_skor(r->store, &n);
	buf_reset(&r->out);
	for (c = 0; kolom[c]; c++) {
		if (c)
			csv_sep(&r->out);
		csv_text(&r->out, kolom[c]);
	}
	csv_eol(&r->out);
	for (i = 0; i < n; i++) {
		j = sakip_skor_jenis(v[i].jenis);
		sakip_fmt2(v[i].nilai, t);
		sakip_skor_keterangan(j, v[i].nilai, k);
		csv_text(&r->out, v[i].jenis);
		csv_sep(&r->out);
		csv_text(&r->out, sakip_skor_nama(j));
		csv_sep(&r->out);
		csv_int(&r->out, v[i].tahun);
		csv_sep(&r->out);
		csv_number(&r->out, t);
		csv_sep(&r->out);
		csv_text(&r->out, k);
		csv_sep(&r->out);
		csv_text(&r->out, v[i].dokumen);
		csv_sep(&r->out);
		csv_text(&r->out, v[i].tanggal);
		csv_sep(&r->out);
		csv_text(&r->out, v[i].tautan);
		csv_sep(&r->out);
		berkas_url(&v[i], u);
		csv_text(&r->out, u);
		csv_eol(&r->out);
	}
	free(v);
	r->status = 200;
	r->out_type = "text/csv; charset=utf-8";
}

void
page_sakip_skor_json(struct req *r)
{
	struct sakip_skor *v;
	json_t *root = json_object(), *arr = json_array();
	char t[32], k[32], u[64];
	size_t n, i;
	int j;

	v = sakip_sql_skor(r->store, &n);
	for (i = 0; i < n; i++) {
		json_t *o = json_object();

		j = sakip_skor_jenis(v[i].jenis);
		sakip_fmt2(v[i].nilai, t);
		sakip_skor_keterangan(j, v[i].nilai, k);
		json_object_set_new(o, "jenis", json_string(v[i].jenis));
		json_object_set_new(o, "nama", json_string(sakip_skor_nama(j)));
		json_object_set_new(o, "tahun", json_integer(v[i].tahun));
		json_object_set_new(o, "nilai", json_string(t));
		json_object_set_new(o, "keterangan", json_string(k));
		json_object_set_new(o, "dokumen", json_string(v[i].dokumen));
		json_object_set_new(o, "tanggal_dokumen",
		    json_string(v[i].tanggal));
		json_object_set_new(o, "tautan", json_string(v[i].tautan));
		berkas_url(&v[i], u);
		json_object_set_new(o, "berkas", json_string(u));
		json_array_append_new(arr, o);
	}
	free(v);
	json_object_set_new(root, "skor", arr);
	api_send(r, 200, root);
}

void
page_sakip_skor_berkas(struct req *r)
{
	const char *c = r->captures[0], *dash = strrchr(c, '-');
	char jenis[8], sha[65], mime[128];
	char *path;

	if (dash == NULL || dash - c < 2 || dash - c > 5 ||
	    strlen(dash + 1) != 4 || strspn(dash + 1, "0123456789") != 4) {
		page_error(r, 404, "Berkas tidak ditemukan.");
		return;
	}
	snprintf(jenis, sizeof(jenis), "%.*s", (int)(dash - c), c);
	if (sakip_skor_jenis(jenis) < 0 ||
	    sakip_skor_berkas(r->store, jenis, atoi(dash + 1), sha) != 1 ||
	    berkas_mime(r->store, sha, mime, sizeof(mime)) != 1) {
		page_error(r, 404, "Berkas tidak ditemukan.");
		return;
	}
	path = berkas_path(r->app->data_dir, sha);
	buf_reset(&r->out);
	if (buf_read_file(&r->out, path, BERKAS_MAX_FILE) != 0) {
		free(path);
		page_error(r, 500, NULL);
		return;
	}
	free(path);
	r->status = 200;
	r->out_type = strcmp(mime, "application/pdf") == 0 ? "application/pdf"
	    : strcmp(mime, "image/png") == 0		   ? "image/png"
							   : "image/jpeg";
	free(r->disposition);
	r->disposition = xasprintf("inline; filename=\"skor-%s.%s\"", c,
	    strcmp(mime, "application/pdf") == 0 ? "pdf"
		: strcmp(mime, "image/png") == 0 ? "png"
						 : "jpg");
}
