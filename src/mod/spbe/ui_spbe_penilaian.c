/*
 * spbe_penilaian.c: the SPBE coordinator's assessment pages:
 * GET/POST /spbe/penilaian (list, create for a year),
 * GET /spbe/penilaian/<id> (overview by aspect, charts, actions;
 * <id>.csv and <id>.pdf are the exports), POST /spbe/penilaian/<id>/<act>
 * (ajukan, kembalikan, final, revisi) and GET /spbe/penilaian/<id>/simulasi
 * (what-if).  Koordinator SPBE and admins only (route roles).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "spbe.h"
#include "spbe_store.h"
#include "lib/msg.h"
#include "lib/xalloc.h"
#include "http/layout.h"
#include "http/pages.h"
#include "ui.h"
#include "spbe_pages.h"

/* ?pesan=<kata> after a redirect: the success notice. */
static const char *
pesan_text(const char *p)
{
	static const struct {
		const char *k;
		enum msg_id m;
	} t[] = {
		{ "dibuat", M_SPBE_CREATED },
		{ "disimpan", M_SPBE_SAVED },
		{ "diajukan", M_SPBE_SUBMITTED },
		{ "dikembalikan", M_SPBE_RETURNED },
		{ "final", M_SPBE_FINALISED },
		{ "revisi", M_SPBE_REVISED },
		{ "bukti", M_SPBE_BUKTI_ADDED },
		{ "diminta", M_SPBE_REQUESTED },
	};
	size_t i;

	for (i = 0; p != NULL && i < sizeof(t) / sizeof(t[0]); i++)
		if (strcmp(p, t[i].k) == 0)
			return msg(t[i].m);
	return NULL;
}

static void
list_page(struct req *r, const char *err, const char *tahun)
{
	struct buf *b = &r->out;
	struct spbe_penilaian *v;
	char x[16];
	size_t i, n;

	v = spbe_list(r->store, &n);
	if (err != NULL)
		r->status = 422;
	layout_begin(r, "Penilaian Mandiri SPBE");
	html_lit(b,
	    "<h1>Penilaian Mandiri SPBE</h1><p>Satu penilaian per"
	    " tahun dan kerangka. Koreksi atas penilaian final dibuat sebagai"
	    " revisi baru; revisi lama tetap tersimpan dan hanya dapat dibaca."
	    " <a href=\"/spbe\">Ringkasan publik</a> · <a"
	    " href=\"/spbe/permintaan\">Permintaan bukti</a></p>");
	if (err != NULL)
		notice(r, "galat", err);
	if (pesan_text(req_param(r, "pesan")) != NULL)
		notice(r, "sukses", pesan_text(req_param(r, "pesan")));
	html_lit(b, "<h2 id=\"h-daftar\">Daftar penilaian</h2>");
	if (n == 0)
		notice(r, "info", msg(M_SPBE_NONE));
	else {
		html_lit(b,
		    "<div class=\"tabel-gulir\" tabindex=\"0\""
		    " role=\"region\" aria-labelledby=\"h-daftar\"><table><thead>"
		    "<tr><th scope=\"col\">Tahun</th><th scope=\"col\">Revisi"
		    "</th><th scope=\"col\">Status</th><th scope=\"col\">Indeks"
		    "</th><th scope=\"col\">Predikat</th><th scope=\"col\">"
		    "Kerangka</th></tr></thead><tbody>");
		for (i = 0; i < n; i++) {
			if (v[i].indeks >= 0)
				spbe_fmt(v[i].indeks, x);
			else
				snprintf(x, sizeof(x), "-");
			html_printf(b,
			    "<tr><th scope=\"row\"><a href=\"/spbe/"
			    "penilaian/%I\">%d</a>%s</th><td>%d</td><td>%s</td>"
			    "<td>%s</td><td>%s</td><td>%s</td></tr>",
			    v[i].id, v[i].tahun, v[i].demo ? " (demo)" : "",
			    v[i].revisi, spbe_status_label(v[i].status), x,
			    v[i].predikat, v[i].kerangka);
		}
		html_lit(b, "</tbody></table></div>");
	}
	html_lit(b,
	    "<h2>Buat penilaian baru</h2><form method=\"post\""
	    " action=\"/spbe/penilaian\">");
	form_csrf(r);
	html_printf(b,
	    "<div class=\"isian\"><label for=\"f-tahun\">Tahun"
	    " penilaian</label><input id=\"f-tahun\" name=\"tahun\""
	    " type=\"number\" min=\"2018\" max=\"2100\" required value=\"%s\">"
	    "</div><p>Kerangka: " SPBE_KERANGKA_DEFAULT
	    " (PermenPANRB 59/2020)."
	    "</p><button type=\"submit\">Buat draf</button></form>",
	    tahun ? tahun : "");
	layout_end(r);
	free(v);
}

void
page_spbe_list(struct req *r)
{
	list_page(r, NULL, NULL);
}

void
page_spbe_create(struct req *r)
{
	const char *t = req_str(r, "tahun"), *why;
	char *end, loc[64];
	long y = strtol(t, &end, 10);
	int64_t id;

	if (*t == '\0' || *end != '\0' || y < 2018 || y > 2100) {
		list_page(r, msg(M_SPBE_YEAR_BAD), t);
		return;
	}
	if (spbe_create(r->store, SPBE_KERANGKA_DEFAULT, (int)y, 0, r->user,
		r->addr, r->now, &id, &why) != 0) {
		list_page(r, why, t);
		return;
	}
	snprintf(loc, sizeof(loc), "/spbe/penilaian/%lld?pesan=dibuat",
	    (long long)id);
	req_redirect(r, loc);
}

/* One aspect: a table of its indicators and an SVG of their levels. */
static void
aspect_section(struct req *r, const struct spbe_framework *fw, size_t a,
    const struct spbe_penilaian *p, const struct spbe_isian *e,
    const struct spbe_skor *sk)
{
	struct buf *b = &r->out;
	const char *labels[SPBE_MAX_IND];
	int64_t vals[SPBE_MAX_IND];
	const struct spbe_level *lv;
	char x[16], id[32], lab[SPBE_MAX_IND][16];
	size_t i, n = 0;

	spbe_fmt(sk->aspek[a], x);
	snprintf(id, sizeof(id), "g-aspek-%zu", a + 1);
	html_printf(b,
	    "<section><h3 id=\"h-%s\">"
	    "Aspek %s: %s <span class=\"nilai\">(indeks %s)</span></h3>",
	    id, fw->aspek[a].kode, fw->aspek[a].nama, x);
	html_printf(b,
	    "<div class=\"tabel-gulir\" tabindex=\"0\" role=\"region\""
	    " aria-labelledby=\"h-%s\"><table><thead><tr><th scope=\"col\">No"
	    "</th><th scope=\"col\">Indikator</th><th scope=\"col\">Bobot</th>"
	    "<th scope=\"col\">Tingkat</th><th scope=\"col\">Unit penanggung"
	    " jawab</th><th scope=\"col\">Bukti</th></tr></thead><tbody>",
	    id);
	for (i = 0; i < fw->nind; i++) {
		if (fw->ind[i].aspek != a)
			continue;
		spbe_fmt(fw->ind[i].bobot, x);
		lv = spbe_ind_level(fw, i, e[i].level);
		html_printf(b,
		    "<tr><td>%d</td><td><a href=\"/spbe/penilaian/%I"
		    "/indikator/%d\">%s</a></td><td>%s%%</td><td>",
		    fw->ind[i].nomor, p->id, fw->ind[i].nomor, fw->ind[i].nama,
		    x);
		if (lv != NULL)
			html_printf(b, "%d · %s", e[i].level, lv->nama);
		else
			html_lit(b, "<em>belum dinilai</em>");
		html_printf(b, "</td><td>%s</td><td>%d</td></tr>",
		    e[i].unit_nama[0] ? e[i].unit_nama : "-", e[i].nbukti);
		snprintf(lab[n], sizeof(lab[n]), "Indikator %d",
		    fw->ind[i].nomor);
		labels[n] = lab[n];
		vals[n++] = (int64_t)e[i].level * 100;
	}
	html_printf(b,
	    "</tbody></table></div><figure><figcaption id=\"%s\">"
	    "Tingkat kematangan indikator aspek %s (data pada tabel di atas)"
	    "</figcaption>",
	    id, fw->aspek[a].kode);
	spbe_svg_bars(b, id, labels, vals, n);
	html_lit(b, "</figure></section>");
}

static void
act_button(struct req *r, const struct spbe_penilaian *p, const char *act,
    const char *label)
{
	html_printf(&r->out,
	    "<form method=\"post\" action=\"/spbe/penilaian/%I"
	    "/%s\" class=\"sebaris\">",
	    p->id, act);
	form_csrf(r);
	html_printf(&r->out, "<button type=\"submit\">%s</button></form> ",
	    label);
}

static void
view_page(struct req *r, int64_t id, const char *err)
{
	struct buf *b = &r->out;
	struct spbe_penilaian p, *v;
	struct spbe_framework *fw;
	struct spbe_isian *e;
	struct spbe_skor sk;
	char title[120], sid[24];
	size_t i, n;
	int *lv;

	snprintf(sid, sizeof(sid), "%lld", (long long)id);
	if (spbe_page_load(r, sid, &p, &fw) != 0)
		return;
	e = spbe_entries(r->store, fw, p.id);
	lv = xcalloc(fw->nind, sizeof(*lv));
	for (i = 0; i < fw->nind; i++)
		lv[i] = e[i].level;
	if (spbe_score(fw, lv, &sk) != 0) {
		page_error(r, 500, NULL);
		goto out;
	}
	if (err != NULL)
		r->status = 422;
	snprintf(title, sizeof(title), "Penilaian SPBE %d, revisi %d", p.tahun,
	    p.revisi);
	layout_begin(r, title);
	html_printf(b,
	    "<nav aria-label=\"Remah roti\"><a href=\"/spbe/"
	    "penilaian\">Penilaian SPBE</a> › %d</nav><h1>%s</h1>"
	    "<p>Status: <strong>%s</strong> · Kerangka: %s</p>",
	    p.tahun, title, spbe_status_label(p.status), fw->nama);
	if (err != NULL)
		notice(r, "galat", err);
	if (pesan_text(req_param(r, "pesan")) != NULL)
		notice(r, "sukses", pesan_text(req_param(r, "pesan")));
	if (p.demo)
		notice(r, "info", msg(M_SPBE_DEMO_NOTE));
	if (p.alasan[0])
		html_printf(b, "<p>Alasan revisi: %s</p>", p.alasan);
	if (strcmp(p.status, "final") == 0)
		notice(r, "info", msg(M_SPBE_FINAL_NOTE));
	spbe_index_block(r, fw,
	    strcmp(p.status, "final") == 0 ? p.indeks : sk.indeks, sk.kosong);
	html_lit(b, "<div class=\"tindakan\">");
	if (strcmp(p.status, "draft") == 0)
		act_button(r, &p, "ajukan", "Ajukan untuk difinalkan");
	if (strcmp(p.status, "diajukan") == 0) {
		act_button(r, &p, "final", "Finalkan penilaian");
		act_button(r, &p, "kembalikan", "Kembalikan ke draf");
	}
	if (strcmp(p.status, "final") != 0)
		html_printf(b,
		    "<a href=\"/spbe/penilaian/%I/simulasi\">"
		    "Simulasi peningkatan indeks</a> · ",
		    p.id);
	html_printf(b,
	    "<a href=\"/spbe/penilaian/%I.csv\">Unduh CSV</a> · "
	    "<a href=\"/spbe/penilaian/%I.pdf\">Unduh PDF</a></div>",
	    p.id, p.id);
	if (strcmp(p.status, "final") == 0 && p.terbaru) {
		html_printf(b,
		    "<form method=\"post\" action=\"/spbe/penilaian/%I"
		    "/revisi\">",
		    p.id);
		form_csrf(r);
		html_lit(b,
		    "<div class=\"isian\"><label for=\"f-alasan\">"
		    "Alasan revisi</label><textarea id=\"f-alasan\""
		    " name=\"alasan\" rows=\"3\" maxlength=\"400\" required>"
		    "</textarea></div><button type=\"submit\">Buat revisi baru"
		    "</button></form>");
	}
	html_lit(b, "<h2>Indeks per domain</h2>");
	spbe_domain_chart(r, fw, &sk, "g-domain");
	html_lit(b, "<h2>Indikator per aspek</h2>");
	for (i = 0; i < fw->naspek; i++)
		aspect_section(r, fw, i, &p, e, &sk);
	v = spbe_list(r->store, &n);
	html_lit(b, "<h2>Revisi tahun ini</h2><ul>");
	for (i = 0; i < n; i++)
		if (v[i].tahun == p.tahun &&
		    strcmp(v[i].kerangka, p.kerangka) == 0)
			html_printf(b,
			    "<li><a href=\"/spbe/penilaian/%I\">Revisi"
			    " %d</a>: %s%s</li>",
			    v[i].id, v[i].revisi,
			    spbe_status_label(v[i].status),
			    v[i].alasan[0] ? " (koreksi)" : "");
	html_lit(b, "</ul>");
	free(v);
	layout_end(r);
	spbe_skor_free(&sk);
out:
	free(lv);
	spbe_isian_free(e, fw->nind);
	spbe_framework_free(fw);
}

/* "12" -> 12; "12.csv" -> 12 with *ext "csv"; 0 if malformed. */
static int64_t
id_ext(const char *s, const char **ext)
{
	char *end;
	long long v = strtoll(s ? s : "", &end, 10);

	*ext = "";
	if (s == NULL || *s < '1' || *s > '9' || v <= 0)
		return 0;
	if (*end == '.') {
		*ext = end + 1;
		return v;
	}
	return *end == '\0' ? v : 0;
}

void
page_spbe_view(struct req *r)
{
	struct spbe_penilaian p;
	struct spbe_framework *fw;
	const char *ext;
	char sid[24];
	int64_t id = id_ext(r->captures[0], &ext);

	if (id == 0 || (*ext && strcmp(ext, "csv") && strcmp(ext, "pdf"))) {
		page_error(r, 404, msg(M_SPBE_NOT_FOUND));
		return;
	}
	if (*ext == '\0') {
		view_page(r, id, NULL);
		return;
	}
	snprintf(sid, sizeof(sid), "%lld", (long long)id);
	if (spbe_page_load(r, sid, &p, &fw) != 0)
		return;
	if (strcmp(ext, "csv") == 0)
		spbe_csv_write(r, fw, &p);
	else
		spbe_pdf_write(r, fw, &p);
	spbe_framework_free(fw);
}

void
page_spbe_act(struct req *r)
{
	struct spbe_penilaian p;
	struct spbe_framework *fw;
	const char *act = r->captures[1], *why = NULL, *ok = NULL;
	char loc[80];
	int64_t id, nid = 0;
	int rc;

	if (spbe_page_load(r, r->captures[0], &p, &fw) != 0)
		return;
	id = p.id;
	if (strcmp(act, "ajukan") == 0) {
		rc = spbe_submit(r->store, fw, id, r->user, r->addr, r->now,
		    &why);
		ok = "diajukan";
	} else if (strcmp(act, "kembalikan") == 0) {
		rc = spbe_return(r->store, id, r->user, r->addr, r->now, &why);
		ok = "dikembalikan";
	} else if (strcmp(act, "final") == 0) {
		rc = spbe_finalise(r->store, fw, id, r->user, r->addr, r->now,
		    &why);
		ok = "final";
	} else if (strcmp(act, "revisi") == 0) {
		rc = spbe_revise(r->store, id, req_param(r, "alasan"), r->user,
		    r->addr, r->now, &nid, &why);
		ok = "revisi";
	} else {
		spbe_framework_free(fw);
		page_error(r, 404, msg(M_SPBE_NOT_FOUND));
		return;
	}
	spbe_framework_free(fw);
	if (rc != 0) {
		view_page(r, id, why);
		return;
	}
	snprintf(loc, sizeof(loc), "/spbe/penilaian/%lld?pesan=%s",
	    (long long)(nid ? nid : id), ok);
	req_redirect(r, loc);
}

void
page_spbe_whatif(struct req *r)
{
	struct buf *b = &r->out;
	struct spbe_penilaian p;
	struct spbe_framework *fw;
	struct spbe_gain g[10];
	struct spbe_skor now_sk, tgt_sk;
	const char *pred;
	char x[16], y[16], name[16], title[100];
	size_t i, n, a;
	int *lv, *tg, l, changed = 0;

	if (spbe_page_load(r, r->captures[0], &p, &fw) != 0)
		return;
	lv = spbe_levels(r->store, fw, p.id);
	tg = xcalloc(fw->nind, sizeof(*tg));
	for (i = 0; i < fw->nind; i++) {
		const char *v;

		snprintf(name, sizeof(name), "t%d", fw->ind[i].nomor);
		v = req_param(r, name);
		tg[i] = lv[i];
		if (v != NULL && strlen(v) == 1 && *v >= '0' && *v <= '5') {
			tg[i] = *v - '0';
			changed |= tg[i] != lv[i];
		}
	}
	spbe_score(fw, lv, &now_sk);
	spbe_score(fw, tg, &tgt_sk);
	snprintf(title, sizeof(title), "Simulasi Indeks SPBE %d", p.tahun);
	layout_begin(r, title);
	html_printf(b,
	    "<nav aria-label=\"Remah roti\"><a href=\"/spbe/"
	    "penilaian\">Penilaian SPBE</a> › <a href=\"/spbe/penilaian/%I\">"
	    "%d</a> › Simulasi</nav><h1>%s</h1><p>Simulasi tidak mengubah"
	    " penilaian. Setiap kenaikan satu tingkat menambah indeks sebesar"
	    " bobot indikator dibagi 100.</p>",
	    p.id, p.tahun, title);
	spbe_fmt(now_sk.indeks, x);
	pred = spbe_predikat(fw, now_sk.indeks);
	html_printf(b, "<p>Indeks saat ini: <strong>%s</strong> (%s).</p>", x,
	    pred ? pred : "belum berpredikat");
	if (changed) {
		spbe_fmt(tgt_sk.indeks, y);
		pred = spbe_predikat(fw, tgt_sk.indeks);
		html_printf(b,
		    "<p class=\"spbe-indeks\" role=\"status\"><span>"
		    "Indeks hasil simulasi</span> <strong>%s</strong> <span"
		    " class=\"predikat\">%s</span></p>",
		    y, pred ? pred : "belum berpredikat");
	}
	n = spbe_whatif(fw, lv, g, 10);
	html_lit(b,
	    "<h2 id=\"h-teratas\">Indikator dengan kenaikan terbesar"
	    "</h2><div class=\"tabel-gulir\" tabindex=\"0\" role=\"region\""
	    " aria-labelledby=\"h-teratas\"><table><thead><tr><th scope=\"col\">"
	    "No</th><th scope=\"col\">Indikator</th><th scope=\"col\">Tingkat"
	    " kini</th><th scope=\"col\">Kenaikan indeks per tingkat</th></tr>"
	    "</thead><tbody>");
	for (i = 0; i < n; i++) {
		/* gain / 10000 in hundredths of an index point: 300 -> 0.03 */
		snprintf(x, sizeof(x), "0.%04lld", (long long)g[i].gain);
		html_printf(b,
		    "<tr><td>%d</td><td>%s</td><td>%d</td><td>+%s"
		    "</td></tr>",
		    fw->ind[g[i].ind].nomor, fw->ind[g[i].ind].nama,
		    lv[g[i].ind], x);
	}
	html_printf(b,
	    "</tbody></table></div><h2>Atur tingkat sasaran</h2>"
	    "<form method=\"get\" action=\"/spbe/penilaian/%I/simulasi\">",
	    p.id);
	for (a = 0; a < fw->naspek; a++) {
		html_printf(b, "<fieldset><legend>Aspek %s: %s</legend>",
		    fw->aspek[a].kode, fw->aspek[a].nama);
		for (i = 0; i < fw->nind; i++) {
			if (fw->ind[i].aspek != a)
				continue;
			html_printf(b,
			    "<div class=\"isian sebaris\"><label"
			    " for=\"f-t%d\">%d. %s</label><select id=\"f-t%d\""
			    " name=\"t%d\">",
			    fw->ind[i].nomor, fw->ind[i].nomor, fw->ind[i].nama,
			    fw->ind[i].nomor, fw->ind[i].nomor);
			for (l = 0; l <= SPBE_LEVEL_MAX; l++)
				html_printf(b,
				    "<option value=\"%d\"%s>%s</option>", l,
				    l == tg[i] ? " selected" : "",
				    l == 0 ? "belum dinilai"
					   : spbe_ind_level(fw, i, l)->nama);
			html_lit(b, "</select></div>");
		}
		html_lit(b, "</fieldset>");
	}
	html_lit(b, "<button type=\"submit\">Hitung</button></form>");
	layout_end(r);
	spbe_skor_free(&now_sk);
	spbe_skor_free(&tgt_sk);
	free(lv);
	free(tg);
	spbe_framework_free(fw);
}
