/*
 * sampel.c: the Inspektorat's random audit samples by commit-reveal
 * (GET/POST /inspektorat/sampel, POST /inspektorat/sampel/buka); the
 * rules are in src/domain/sampel.h and doc/tlog.md.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <sodium.h>

#include "mod/akun/account.h"
#include "sampel.h"
#include "lib/msg.h"
#include "lib/when.h"
#include "http/layout.h"
#include "http/pages.h"
#include "ui.h"

static void
date_wib(struct buf *b, int64_t t)
{
	char d[32];

	when_wib_format(d, sizeof(d), "%Y-%m-%d %H:%M", (time_t)t);
	html_printf(b, "%s", d);
}

static void
sample_table(struct req *r, const struct sampel_row *row)
{
	struct buf *b = &r->out;
	struct sampel_item *it;
	unsigned char seed[32];
	size_t n, i, got;
	int rc;

	if (sodium_hex2bin(seed, 32, row->benih, 64, NULL, &got, NULL) != 0 ||
	    got != 32)
		return;
	rc = sampel_compute(r->store, seed, row->periode, row->jumlah, &it, &n);
	if (rc != 0) {
		notice(r, "galat", msg(M_SAVE_FAILED));
		return;
	}
	html_printf(b,
	    "<h2 id=\"sampel\">Sampel periode %s (%z dari %d"
	    " diminta)</h2>",
	    row->periode, n, row->jumlah);
	html_printf(b,
	    "<p>Hitung ulang dengan: <code>pamong sampel --seed %s"
	    " --periode %s --data DIR</code></p>",
	    row->benih, row->periode);
	html_lit(b,
	    "<div class=\"tabel-gulir\" tabindex=\"0\" role=\"region\""
	    " aria-labelledby=\"sampel\"><table aria-labelledby=\"sampel\">"
	    "<thead><tr><th scope=\"col\">Urutan</th><th scope=\"col\">Nomor"
	    " permohonan</th><th scope=\"col\">Layanan</th><th scope=\"col\">"
	    "Unit</th><th scope=\"col\">Selesai (WIB)</th><th scope=\"col\">"
	    "HMAC-SHA256(benih, nomor)</th></tr></thead><tbody>");
	for (i = 0; i < n; i++) {
		html_printf(b,
		    "<tr><td>%z</td><td>%s</td><td>%s</td><td>%s"
		    "</td><td>",
		    i + 1, it[i].nomor, it[i].layanan, it[i].unit);
		date_wib(b, it[i].finished_at);
		html_printf(b, "</td><td><code>%s</code></td></tr>",
		    it[i].skor);
	}
	html_lit(b, "</tbody></table></div>");
	free(it);
}

static void
sampel_page(struct req *r, const char *periode, const char *jumlah,
    const struct field_errs *fe)
{
	struct buf *b = &r->out;
	struct sampel_row *rows, one;
	const char *show = req_param(r, "periode");
	size_t n, i;

	if (sampel_list(r->store, &rows, &n) != 0) {
		page_error(r, 500, NULL);
		return;
	}
	layout_begin(r, msg(M_LOG_SAMPEL_TITLE));
	html_printf(b, "<h1>%s</h1>", msg(M_LOG_SAMPEL_TITLE));
	html_lit(b,
	    "<p>Sampel dipilih dengan cara <em>komit-buka</em>: Pamong"
	    " membuat benih rahasia dan langsung mencatat SHA-256 benih itu"
	    " (komitmen) di <a href=\"/log\">log transparansi</a>. Setelah"
	    " benih dibuka (juga dicatat di log), sampel permohonan yang"
	    " selesai pada periode itu adalah urutan HMAC-SHA256(benih, nomor"
	    " permohonan) yang terkecil. Tidak ada unit yang dapat menebak"
	    " sampel sebelum benih dibuka, dan siapa pun dapat menghitungnya"
	    " ulang sesudahnya. Membuka benih juga membuka satu kasus"
	    " Inspektorat untuk setiap permohonan terpilih.</p>");
	if (strcmp(req_str(r, "ok"), "komitmen") == 0)
		notice(r, "sukses", msg(M_LOG_SAMPEL_COMMITTED));
	else if (strcmp(req_str(r, "ok"), "buka") == 0)
		notice(r, "sukses", msg(M_LOG_SAMPEL_REVEALED));
	if (show != NULL && sampel_get(r->store, show, &one) == 0 &&
	    one.buka_idx >= 0)
		sample_table(r, &one);
	html_lit(b, "<h2 id=\"daftar\">Komitmen</h2>");
	if (n == 0)
		html_lit(b, "<p>Belum ada komitmen.</p>");
	else {
		html_lit(b,
		    "<div class=\"tabel-gulir\" tabindex=\"0\""
		    " role=\"region\" aria-labelledby=\"daftar\"><table"
		    " aria-labelledby=\"daftar\"><thead><tr>"
		    "<th scope=\"col\">Periode</th><th scope=\"col\">Jumlah"
		    "</th><th scope=\"col\">Komitmen SHA-256(benih)</th>"
		    "<th scope=\"col\">Indeks log</th><th scope=\"col\">Benih"
		    "</th><th scope=\"col\">Tindakan</th></tr></thead><tbody>");
		for (i = 0; i < n; i++) {
			html_printf(b,
			    "<tr><td>%s</td><td>%d</td><td><code>%s"
			    "</code></td><td>%I",
			    rows[i].periode, rows[i].jumlah, rows[i].komitmen,
			    rows[i].komitmen_idx);
			if (rows[i].buka_idx >= 0)
				html_printf(b,
				    ", %I</td><td><code>%s</code>"
				    "</td><td><a href=\"/inspektorat/sampel?"
				    "periode=%U#sampel\">Lihat sampel %s</a>"
				    "</td></tr>",
				    rows[i].buka_idx, rows[i].benih,
				    rows[i].periode, rows[i].periode);
			else {
				html_lit(b,
				    "</td><td>Dirahasiakan</td><td>"
				    "<form method=\"post\" action=\""
				    "/inspektorat/sampel/buka\""
				    " class=\"sebaris\">");
				form_csrf(r);
				html_printf(b,
				    "<input type=\"hidden\""
				    " name=\"periode\" value=\"%s\"><button"
				    " type=\"submit\">Buka benih %s</button>"
				    "</form></td></tr>",
				    rows[i].periode, rows[i].periode);
			}
		}
		html_lit(b, "</tbody></table></div>");
	}
	free(rows);
	html_lit(b, "<h2 id=\"baru\">Komitmen baru</h2>");
	form_errors(r, fe);
	html_lit(b,
	    "<form method=\"post\" action=\"/inspektorat/sampel\""
	    " class=\"formulir\" novalidate aria-labelledby=\"baru\">");
	form_csrf(r);
	form_field(r, "periode", "Periode", "text", periode, fe,
	    "Bulan yang sudah berakhir, format TTTT-BB, misalnya 2026-10.");
	form_field(r, "jumlah", "Jumlah sampel", "number", jumlah, fe,
	    "1 sampai 500 permohonan.");
	html_lit(b, "<button type=\"submit\">Buat komitmen</button></form>");
	layout_end(r);
}

void
page_sampel(struct req *r)
{
	sampel_page(r, "", "10", NULL);
}

void
page_sampel_commit(struct req *r)
{
	struct field_errs fe;
	const char *p = req_str(r, "periode"), *j = req_str(r, "jumlah");
	int64_t lo, hi;
	int rc, k = 0;

	memset(&fe, 0, sizeof(fe));
	if (sampel_periode(p, &lo, &hi) != 0 || hi > (int64_t)r->now)
		field_err_add(&fe, "periode", msg(M_LOG_SAMPEL_PERIODE_BAD));
	if (strlen(j) == 0 || strlen(j) > 3 ||
	    strspn(j, "0123456789") != strlen(j) || (k = atoi(j)) < 1 ||
	    k > SAMPEL_MAX)
		field_err_add(&fe, "jumlah", msg(M_LOG_SAMPEL_JUMLAH_BAD));
	if (fe.n == 0) {
		rc = sampel_commit(r->store, p, k, r->user->id, r->now, NULL);
		if (rc == 0) {
			req_redirect(r, "/inspektorat/sampel?ok=komitmen");
			return;
		}
		if (rc != SAMPEL_EEXIST) {
			page_error(r, 500, msg(M_SAVE_FAILED));
			return;
		}
		field_err_add(&fe, "periode", msg(M_LOG_SAMPEL_EXISTS));
	}
	r->status = 422;
	sampel_page(r, p, j, &fe);
}

void
page_sampel_reveal(struct req *r)
{
	const char *p = req_str(r, "periode");
	char *loc;
	int rc;

	rc = sampel_reveal(r->store, p, r->user->id, r->now, NULL);
	if (rc == SAMPEL_ENOENT) {
		page_error(r, 404, msg(M_LOG_SAMPEL_UNKNOWN));
		return;
	}
	if (rc == SAMPEL_EOPEN) {
		page_error(r, 422, msg(M_LOG_SAMPEL_OPENED));
		return;
	}
	if (rc != 0) {
		page_error(r, 500, msg(M_SAVE_FAILED));
		return;
	}
	{
		struct buf b = BUF_INIT;

		buf_adds(&b, "/inspektorat/sampel?ok=buka&periode=");
		html_url(&b, p);
		buf_adds(&b, "#sampel");
		loc = buf_detach(&b, NULL);
	}
	req_redirect(r, loc);
	free(loc);
}
