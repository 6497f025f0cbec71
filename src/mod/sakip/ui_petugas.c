/*
 * ui_petugas.c: the officers' SAKIP page (issue 22), GET /petugas/sakip:
 * the indicators of the officer's own unit with each quarter's status
 * and a form to report a realisation with its evidence link (POST
 * /petugas/sakip/lapor), and for Bappeda's verifiers the queue of
 * submitted realisations to accept or reject (POST
 * /petugas/sakip/verifikasi).  Scoped to the unit that owns the
 * indicator; each change audited (realisasi.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mod/akun/account.h"
#include "http/layout.h"
#include "http/pages.h"
#include "sakip.h"
#include "sql.h"
#include "ui.h"

static void
pelapor(struct req *r, struct sakip_pelapor *p)
{
	const struct account *u = r->user;

	memset(p, 0, sizeof(*p));
	p->account_id = u->id;
	p->unit_id = u->unit_id;
	p->bappeda = strcmp(u->unit_code, "BAPPEDA") == 0 &&
	    (u->roles & ROLE_VERIFIKATOR) != 0;
	p->addr = r->addr;
}

static const char *const status_teks[] = { "belum dilaporkan",
	"menunggu verifikasi", "terverifikasi", "ditolak" };

static void
antre_row(void *arg, const char *kode, const char *nama, const char *unit,
    int tahun, int tw, int64_t nilai, const char *bukti)
{
	struct req *r = arg;
	struct buf *b = &r->out;
	char x[32];

	sakip_angka_fmt(nilai, x);
	html_printf(b,
	    "<tr><th scope=\"row\">%s</th><td>%s</td><td>%s</td><td>%d/%d"
	    "</td><td>%s</td><td><a href=\"%s\" rel=\"noopener noreferrer\">"
	    "bukti</a></td><td>",
	    kode, nama, unit, tw, tahun, x, bukti);
	html_lit(b,
	    "<form method=\"post\" action=\"/petugas/sakip/"
	    "verifikasi\">");
	form_csrf(r);
	html_printf(b,
	    "<input type=\"hidden\" name=\"indikator\" value=\"%s\">"
	    "<input type=\"hidden\" name=\"tahun\" value=\"%d\">"
	    "<input type=\"hidden\" name=\"triwulan\" value=\"%d\">"
	    "<button type=\"submit\" name=\"keputusan\" value=\"terima\">"
	    "Verifikasi %s triwulan %d</button></form>",
	    kode, tahun, tw, kode, tw);
	html_lit(b,
	    "<form method=\"post\" action=\"/petugas/sakip/"
	    "verifikasi\">");
	form_csrf(r);
	html_printf(b,
	    "<input type=\"hidden\" name=\"indikator\" value=\"%s\">"
	    "<input type=\"hidden\" name=\"tahun\" value=\"%d\">"
	    "<input type=\"hidden\" name=\"triwulan\" value=\"%d\">"
	    "<label for=\"alasan-%s-%d\">Alasan penolakan</label>"
	    "<input id=\"alasan-%s-%d\" name=\"alasan\" maxlength=\"500\">"
	    "<button type=\"submit\" name=\"keputusan\" value=\"tolak\">"
	    "Tolak</button></form></td></tr>",
	    kode, tahun, tw, kode, tw, kode, tw);
}

static void
halaman(struct req *r, const char *pesan, const char *jenis)
{
	struct buf *b = &r->out;
	struct sakip_pelapor p;
	struct sakip_ind *v = NULL;
	int years[4], tahun = 0, q, st;
	size_t n = 0, i;

	pelapor(r, &p);
	if (sakip_sql_tahun(r->store, years, 1) == 1)
		tahun = years[0];
	layout_begin(r, "Realisasi Kinerja (SAKIP)");
	html_lit(b, "<h1>Realisasi Kinerja (SAKIP)</h1>");
	if (pesan != NULL)
		notice(r, jenis, pesan);
	if (tahun > 0)
		v = sakip_sql_list(r->store, p.unit_id, tahun, &n);
	html_printf(b,
	    "<p>Indikator unit Anda tahun %d. Realisasi yang dilaporkan"
	    " tampil di halaman publik setelah diverifikasi oleh Bappeda.</p>",
	    tahun);
	if (strcmp(r->user->unit_code, "BAPPEDA") == 0 ||
	    strcmp(r->user->unit_code, "INSPEKTORAT") == 0)
		html_lit(b,
		    "<p><a href=\"/petugas/sakip/skor\">Catat nilai evaluasi"
		    " eksternal</a> (SAKIP, Reformasi Birokrasi, SPIP, APIP,"
		    " SPBE).</p>");
	if (n == 0)
		notice(r, "info",
		    "Unit Anda tidak memiliki indikator kinerja.");
	for (i = 0; i < n; i++) {
		html_printf(b,
		    "<section aria-labelledby=\"h-%s\"><h2 id=\"h-%s\">%s %s"
		    "</h2><ul>",
		    v[i].kode, v[i].kode, v[i].kode, v[i].nama);
		for (q = 1; q <= 4; q++) {
			st = sakip_sql_status(r->store, v[i].id, tahun, q);
			html_printf(b, "<li>Triwulan %d: %s</li>", q,
			    status_teks[st < 0 || st > 3 ? 0 : st]);
		}
		html_lit(b,
		    "</ul><form method=\"post\" action=\"/petugas/"
		    "sakip/lapor\">");
		form_csrf(r);
		html_printf(b,
		    "<input type=\"hidden\" name=\"indikator\" value=\"%s\">"
		    "<input type=\"hidden\" name=\"tahun\" value=\"%d\">"
		    "<p><label for=\"tw-%s\">Triwulan</label><select"
		    " id=\"tw-%s\" name=\"triwulan\"><option>1</option>"
		    "<option>2</option><option>3</option><option>4</option>"
		    "</select></p><p><label for=\"nilai-%s\">Realisasi (%s)"
		    "</label><input id=\"nilai-%s\" name=\"nilai\""
		    " inputmode=\"decimal\" required></p><p><label"
		    " for=\"bukti-%s\">Tautan bukti</label><input id=\"bukti-%s\""
		    " name=\"bukti\" type=\"url\" required"
		    " placeholder=\"https://\"></p><button type=\"submit\">"
		    "Laporkan realisasi %s</button></form></section>",
		    v[i].kode, tahun, v[i].kode, v[i].kode, v[i].kode,
		    v[i].satuan, v[i].kode, v[i].kode, v[i].kode, v[i].kode);
	}
	free(v);
	if (p.bappeda) {
		html_lit(b,
		    "<section aria-labelledby=\"h-verif\"><h2 id=\"h-verif\">"
		    "Menunggu verifikasi Bappeda</h2><div class=\"tabel-gulir\""
		    " tabindex=\"0\" role=\"region\""
		    " aria-label=\"Menunggu verifikasi\">"
		    "<table><thead><tr><th scope=\"col\">Kode</th><th"
		    " scope=\"col\">Indikator</th><th scope=\"col\">Unit</th>"
		    "<th scope=\"col\">Triwulan</th><th scope=\"col\">Realisasi"
		    "</th><th scope=\"col\">Bukti</th><th scope=\"col\">"
		    "Keputusan</th></tr></thead><tbody>");
		sakip_sql_antre(r->store, antre_row, r);
		html_lit(b, "</tbody></table></div></section>");
	}
	layout_end(r);
}

void
page_petugas_sakip(struct req *r)
{
	const char *ok = req_param(r, "ok");

	halaman(r, ok ? "Tersimpan." : NULL, "sukses");
}

static void
jawab(struct req *r, int rc, const char *why)
{
	if (rc == 0) {
		req_redirect(r, "/petugas/sakip?ok=1");
		return;
	}
	r->status = rc == -3 ? 403 : rc == -2 ? 500 : 422;
	halaman(r, why, "galat");
}

void
page_petugas_sakip_lapor(struct req *r)
{
	struct sakip_pelapor p;
	const char *why = NULL;
	int rc;

	pelapor(r, &p);
	rc = sakip_lapor(r->store, &p, req_str(r, "indikator"),
	    atoi(req_str(r, "tahun")), atoi(req_str(r, "triwulan")),
	    req_str(r, "nilai"), req_str(r, "bukti"), r->now, &why);
	jawab(r, rc, why);
}

void
page_petugas_sakip_verifikasi(struct req *r)
{
	struct sakip_pelapor p;
	const char *why = NULL, *k = req_str(r, "keputusan");
	int rc;

	pelapor(r, &p);
	if (strcmp(k, "terima") != 0 && strcmp(k, "tolak") != 0) {
		jawab(r, -1, "Keputusan harus terima atau tolak.");
		return;
	}
	rc = sakip_verifikasi(r->store, &p, req_str(r, "indikator"),
	    atoi(req_str(r, "tahun")), atoi(req_str(r, "triwulan")),
	    strcmp(k, "terima") == 0, req_str(r, "alasan"), r->now, &why);
	jawab(r, rc, why);
}
