/*
 * ui_izin.c: the public pages of the perizinan module (issue 17):
 *   GET /izin        the registry of issued permits, searchable (?q=)
 *   GET /perizinan   the investor's guide: KBLI search (?q=&versi=), the
 *                    permit types the regency issues with their steps,
 *                    deadlines in working days, requirements and fees, and
 *                    the fee calculator (?jenis=&luas=&zona=&hari=)
 * Both work without JavaScript.  No personal data: the registry shows
 * what the decree makes public.
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "http/html.h"
#include "http/layout.h"
#include "http/pages.h"
#include "http/req.h"
#include "lib/msg.h"
#include "lib/when.h"
#include "izin.h"
#include "jenis.h"
#include "kbli.h"
#include "ui.h"

/* "2026-03-01" as "1 Maret 2026" (or as it is when not a date). */
static void
tanggal(struct buf *b, const char *iso)
{
	int y, m, d;

	if (iso[0] == '\0') {
		html_lit(b, "tanpa batas");
		return;
	}
	if (sscanf(iso, "%4d-%2d-%2d", &y, &m, &d) != 3 || m < 1 || m > 12) {
		html_printf(b, "%s", iso);
		return;
	}
	html_printf(b, "%d %s %d", d, when_bulan[m - 1], y);
}

void
page_izin(struct req *r)
{
	struct buf *b = &r->out;
	const char *q = req_str(r, "q");
	struct izin *v;
	size_t i, n;
	int rc;

	rc = izin_cari(r->store, q, r->now, 200, &v, &n);
	layout_begin(r, "Daftar Izin Terbit");
	html_printf(b,
	    "<h1>Daftar Izin Terbit</h1><p>Izin yang diterbitkan Pemerintah"
	    " Kabupaten Siak: nomor, jenis, pemegang (nama usaha sebagaimana"
	    " tercantum pada surat keputusan), kecamatan, tanggal terbit, masa"
	    " berlaku, dan status. Data yang sama tersedia sebagai JSON di"
	    " <a href=\"/api/v1/izin\">/api/v1/izin</a>.</p>"
	    "<form method=\"get\" action=\"/izin\" role=\"search\""
	    " class=\"formulir\"><div class=\"isian\"><label for=\"q\">Cari nomor, jenis, atau"
	    " pemegang</label><input type=\"search\" id=\"q\" name=\"q\""
	    " value=\"%s\" maxlength=\"100\"></div><button type=\"submit\">Cari"
	    "</button></form>",
	    q);
	if (rc == 1)
		notice(r, "galat", msg(M_IZIN_BAD_Q));
	else if (rc != 0)
		notice(r, "galat", msg(M_IZIN_STORE));
	else if (n == 0)
		notice(r, "info", "Belum ada izin yang cocok.");
	else {
		html_printf(b,
		    "<div class=\"tabel-gulir\" tabindex=\"0\" role=\"region\""
		    " aria-label=\"Daftar izin terbit\"><table><caption>%z izin,"
		    " terbaru di atas</caption><thead><tr><th scope=\"col\">"
		    "Nomor</th><th scope=\"col\">Jenis</th><th scope=\"col\">"
		    "Pemegang</th><th scope=\"col\">Kecamatan</th><th"
		    " scope=\"col\">Terbit</th><th scope=\"col\">Berlaku"
		    " sampai</th><th scope=\"col\">Status</th></tr></thead>"
		    "<tbody>",
		    n);
		for (i = 0; i < n; i++) {
			html_printf(b,
			    "<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td>"
			    "<td>",
			    v[i].nomor, v[i].jenis, v[i].pemegang,
			    v[i].kecamatan);
			tanggal(b, v[i].terbit);
			html_lit(b, "</td><td>");
			tanggal(b, v[i].berlaku_sampai);
			html_printf(b, "</td><td>%s</td></tr>", v[i].status);
		}
		html_lit(b, "</tbody></table></div>");
	}
	free(v);
	layout_end(r);
}

/* The KBLI part of the guide: the search form and its results. */
static void
guide_kbli(struct req *r)
{
	const struct kbli_entry *out[50], *p;
	const struct kbli_set *set;
	struct buf *b = &r->out;
	const char *q = req_str(r, "q"), *versi = req_str(r, "versi");
	int v25 = strcmp(versi, "2025") == 0, l;
	size_t i, n;

	html_printf(b,
	    "<section aria-labelledby=\"kbli\"><h2 id=\"kbli\">1. Cari KBLI"
	    " usaha Anda</h2><p>KBLI (Klasifikasi Baku Lapangan Usaha"
	    " Indonesia) menentukan izin yang diperlukan. Cari dengan kode"
	    " (misalnya 01111) atau kata (misalnya jagung).</p>"
	    "<form method=\"get\" action=\"/perizinan\" role=\"search\""
	    " class=\"formulir\"><div class=\"isian\"><label for=\"q\">Kode atau kata KBLI</label>"
	    "<input type=\"search\" id=\"q\" name=\"q\" value=\"%s\""
	    " maxlength=\"100\"></div><div class=\"isian\"><label for=\"versi\">Versi</label><select"
	    " id=\"versi\" name=\"versi\"><option value=\"2020\"%s>KBLI 2020"
	    " (Peraturan BPS 2/2020)</option><option value=\"2025\"%s>KBLI"
	    " 2025 (Peraturan BPS 7/2025)</option></select></div><button"
	    " type=\"submit\">Cari KBLI</button></form>",
	    q, v25 ? "" : " selected", v25 ? " selected" : "");
	if (q[0] != '\0') {
		set = kbli_versi(v25 ? 2025 : 2020);
		n = strlen(q) <= 100 ? kbli_search(set, q, out, 50) : 0;
		if (n == 0)
			notice(r, "info",
			    "Tidak ada KBLI yang cocok dalam daftar yang"
			    " dimuat Pamong. Daftar ini belum lengkap; lihat"
			    " juga oss.go.id.");
		else {
			html_printf(b,
			    "<div class=\"tabel-gulir\" tabindex=\"0\""
			    " role=\"region\" aria-label=\"Hasil KBLI\"><table>"
			    "<caption>%z hasil, kode yang cocok di atas"
			    "</caption><thead><tr><th scope=\"col\">Kode</th>"
			    "<th scope=\"col\">Judul</th><th scope=\"col\">"
			    "Tingkat dan induk</th></tr></thead><tbody>",
			    n);
			for (i = 0; i < n; i++) {
				html_printf(b,
				    "<tr><td>%s</td><td>%s</td><td>%s",
				    out[i]->kode, out[i]->judul,
				    kbli_level_name(out[i]->level));
				for (l = KBLI_KATEGORI; l < (int)out[i]->level;
				     l++)
					if ((p = kbli_parent(set, out[i],
						 (enum kbli_level)l)) != NULL)
						html_printf(b, " · %s %s",
						    p->kode, p->judul);
				html_lit(b, "</td></tr>");
			}
			html_lit(b, "</tbody></table></div>");
		}
	}
	html_lit(b,
	    "<p>Tingkat risiko usaha ditentukan oleh lampiran PP 28/2025 dan"
	    " sistem OSS; Pamong belum memuat tabel risiko per KBLI. Secara"
	    " umum: risiko rendah cukup NIB; menengah rendah NIB dan Sertifikat"
	    " Standar (pernyataan mandiri); menengah tinggi NIB dan Sertifikat"
	    " Standar yang diverifikasi; tinggi NIB dan izin.</p></section>");
}

/* The catalogue code of type t's service (where it is applied for). */
static const char *
str_of_layanan(json_t *t)
{
	return json_string_value(json_object_get(t, "layanan"));
}

/* The permit types the regency issues. */
static void
guide_jenis(struct req *r)
{
	struct buf *b = &r->out;
	json_t *all = jenis_all(), *t, *st, *x;
	size_t i, j;

	html_lit(b,
	    "<section aria-labelledby=\"siak\"><h2 id=\"siak\">2. Yang"
	    " diurus di Siak dan yang di tempat lain</h2><p>NIB, Sertifikat"
	    " Standar, dan izin usaha diajukan di OSS (oss.go.id). Pemerintah"
	    " Kabupaten Siak melalui DPMPTSP memverifikasi Sertifikat Standar"
	    " risiko menengah tinggi yang menjadi kewenangannya dan menerbitkan"
	    " izin di bawah ini. PBG diajukan di SIMBG; KKPR dan persetujuan"
	    " lingkungan mengikuti ketentuannya masing-masing.</p>");
	if (all == NULL) {
		notice(r, "galat", "Daftar jenis izin tidak dapat dimuat.");
		html_lit(b, "</section>");
		return;
	}
	json_array_foreach(all, i, t)
	{
		html_printf(b,
		    "<details><summary>%s — paling lama %I hari kerja"
		    "</summary><p>Dasar hukum:",
		    json_string_value(json_object_get(t, "nama")),
		    (int64_t)json_integer_value(
			json_object_get(t, "batas_hari_kerja")));
		json_array_foreach(json_object_get(t, "dasar_hukum"), j, x)
		{
			html_printf(b, "%s%s", j > 0 ? "; " : " ",
			    json_string_value(x));
		}
		html_lit(b, ".</p><p>Persyaratan:</p><ul>");
		json_array_foreach(json_object_get(t, "syarat"), j, x)
		{
			html_printf(b, "<li>%s</li>", json_string_value(x));
		}
		html_lit(b, "</ul><p>Langkah dan batas waktu:</p><ol>");
		json_array_foreach(json_object_get(t, "langkah"), j, st)
		{
			html_printf(b, "<li>%s: %I hari kerja</li>",
			    json_string_value(json_object_get(st, "nama")),
			    (int64_t)json_integer_value(
				json_object_get(st, "hari_kerja")));
		}
		if (str_of_layanan(t) != NULL)
			html_printf(b,
			    "</ol><p><a class=\"tombol ajukan\""
			    " href=\"/layanan/%U/ajukan\">Ajukan %s</a></p>",
			    str_of_layanan(t),
			    json_string_value(json_object_get(t, "nama")));
		else
			html_lit(b, "</ol>");
		html_printf(b,
		    "<p>Biaya: %s.</p><p class=\"meta\">Sumber batas"
		    " waktu: %s</p></details>",
		    json_string_value(json_object_get(
			json_object_get(t, "retribusi"), "rumus")),
		    json_string_value(json_object_get(t, "batas_sumber")));
	}
	html_lit(b, "</section>");
}

/* The reklame fee calculator (GET, no JavaScript). */
static void
guide_biaya(struct req *r)
{
	struct buf *b = &r->out;
	const char *luas = req_str(r, "luas"), *zona = req_str(r, "zona"),
		   *hari = req_str(r, "hari");
	char *end;
	double l;
	long long rp;
	long h;

	html_printf(b,
	    "<section aria-labelledby=\"biaya\"><h2 id=\"biaya\">3. Hitung"
	    " biaya reklame</h2><form method=\"get\" action=\"/perizinan#biaya\""
	    " class=\"formulir\"><input type=\"hidden\" name=\"jenis\""
	    " value=\"reklame\"><div class=\"isian\"><label for=\"luas\">Luas bidang reklame"
	    " (m²)</label><input id=\"luas\" name=\"luas\" inputmode=\"decimal\""
	    " value=\"%s\" maxlength=\"10\"></div><div class=\"isian\"><label for=\"zona\">Zona</label>"
	    "<select id=\"zona\" name=\"zona\"><option%s>A</option><option%s>B"
	    "</option><option%s>C</option></select></div><div class=\"isian\"><label for=\"hari\">Lama"
	    " pemasangan (hari)</label><input id=\"hari\" name=\"hari\""
	    " inputmode=\"numeric\" value=\"%s\" maxlength=\"4\"></div><button"
	    " type=\"submit\">Hitung</button></form>",
	    luas, strcmp(zona, "A") == 0 ? " selected" : "",
	    strcmp(zona, "B") == 0 ? " selected" : "",
	    strcmp(zona, "C") == 0 ? " selected" : "", hari);
	if (strcmp(req_str(r, "jenis"), "reklame") == 0) {
		char tmp[16];
		size_t k;

		snprintf(tmp, sizeof(tmp), "%s", luas);
		for (k = 0; tmp[k] != '\0'; k++)
			if (tmp[k] == ',')
				tmp[k] = '.';
		l = strtod(tmp, &end);
		if (tmp[0] == '\0' || *end != '\0')
			l = -1;
		h = strtol(hari, &end, 10);
		if (hari[0] == '\0' || *end != '\0' || h > 3650)
			h = 0;
		if (jenis_retribusi("reklame", l, zona, (int)h, &rp) == 0) {
			html_lit(b,
			    "<p role=\"status\" class=\"sukses\">"
			    "Perkiraan biaya: <strong>");
			html_rupiah(b, rp);
			html_lit(b,
			    "</strong> (luas × tarif zona × hari; tarif contoh,"
			    " belum dikonfirmasi).</p>");
		} else
			notice(r, "galat", msg(M_BIAYA_BAD));
	}
	html_lit(b, "</section>");
}

void
page_perizinan(struct req *r)
{
	layout_begin(r, "Panduan Perizinan");
	html_lit(&r->out,
	    "<h1>Panduan Perizinan</h1><p>Untuk pelaku usaha dan masyarakat:"
	    " cari KBLI usaha Anda, lihat izin yang diperlukan, batas waktu"
	    " dalam hari kerja, dan biayanya, lalu ajukan bagian yang diurus"
	    " Pemerintah Kabupaten Siak. Izin yang sudah terbit dapat dilihat"
	    " di <a href=\"/izin\">daftar izin terbit</a>.</p>");
	guide_kbli(r);
	guide_jenis(r);
	guide_biaya(r);
	layout_end(r);
}
