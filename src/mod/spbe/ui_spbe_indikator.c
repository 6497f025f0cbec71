/*
 * spbe_indikator.c: one indicator of an assessment:
 * GET /spbe/penilaian/<id>/indikator/<n> (levels, live evidence from
 * Pamong, the entry form, evidence, requests to units),
 * POST .../indikator/<n> (level, explanation, responsible unit),
 * POST .../indikator/<n>/bukti (an uploaded document or a link) and
 * POST .../indikator/<n>/minta (ask a unit for evidence).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mod/layanan/catalog.h"
#include "spbe.h"
#include "spbe_store.h"
#include "lib/multipart.h"
#include "lib/msg.h"
#include "lib/xalloc.h"
#include "http/layout.h"
#include "http/pages.h"
#include "ui.h"
#include "spbe_pages.h"

/* Indicator number from r->captures[1]; -1 when not in the framework. */
static int
ind_of(struct req *r, const struct spbe_framework *fw, int *nomor)
{
	const char *s = r->captures[1];
	char *end;
	long v = strtol(s ? s : "", &end, 10);

	if (s == NULL || *s == '\0' || *end != '\0' || v < 1 || v > 999)
		return -1;
	*nomor = (int)v;
	return spbe_ind_find(fw, (int)v);
}

static void
unit_select(struct req *r, const char *name, const char *label,
    int64_t selected, int none)
{
	struct buf *b = &r->out;
	struct unit_list ul;
	size_t i;

	html_printf(b,
	    "<div class=\"isian\"><label for=\"f-%s\">%s</label>"
	    "<select id=\"f-%s\" name=\"%s\">",
	    name, label, name, name);
	if (none)
		html_lit(b, "<option value=\"0\">(belum ditetapkan)</option>");
	if (catalog_units(r->store, "opd", &ul) == 0) {
		for (i = 0; i < ul.n; i++)
			html_printf(b, "<option value=\"%I\"%s>%s</option>",
			    ul.v[i].id,
			    ul.v[i].id == selected ? " selected" : "",
			    ul.v[i].name);
		catalog_units_free(&ul);
	}
	html_lit(b, "</select></div>");
}

static void
live_section(struct req *r, int nomor, int tahun)
{
	struct buf *b = &r->out;
	struct spbe_live lv;
	char t[200];
	int i;

	if (!spbe_live(r->store, nomor, tahun, &lv))
		return;
	html_printf(b,
	    "<section aria-labelledby=\"h-langsung\"><h2"
	    " id=\"h-langsung\">Bukti langsung dari Pamong (tahun %d)</h2><ul>",
	    tahun);
	for (i = 0; i < lv.nbaris; i++)
		html_printf(b, "<li>%s</li>", lv.baris[i]);
	html_lit(b, "</ul>");
	if (lv.level > 0) {
		snprintf(t, sizeof(t), msg(M_SPBE_LIVE_SUPPORT), lv.level,
		    lv.level == 1	? "Informasi"
			: lv.level == 2 ? "Interaksi"
			: lv.level == 3 ? "Transaksi"
					: "Kolaborasi");
		html_printf(b, "<p><strong>%s</strong></p>", t);
	} else
		html_printf(b, "<p><strong>%s</strong></p>",
		    msg(M_SPBE_LIVE_NONE));
	html_printf(b, "<p>Aturan: %s</p></section>", lv.aturan);
}

/* The entry of indicator k: a form while the assessment is a draft,
 * else what was entered. */
static void
ind_isian(struct req *r, const struct spbe_penilaian *p,
    struct spbe_framework *fw, int k, struct spbe_isian *e, int draft)
{
	struct buf *b = &r->out;
	const struct spbe_indikator *ind = &fw->ind[k];
	const struct spbe_level *lvd;
	int l;

	html_lit(b, "<h2>Isian</h2>");
	if (draft) {
		html_printf(b,
		    "<form method=\"post\" action=\"/spbe/penilaian/%I"
		    "/indikator/%d\">",
		    p->id, ind->nomor);
		form_csrf(r);
		html_lit(b,
		    "<div class=\"isian\"><label for=\"f-level\">Tingkat"
		    " kematangan</label><select id=\"f-level\" name=\"level\">");
		for (l = 0; l <= SPBE_LEVEL_MAX; l++) {
			lvd = spbe_ind_level(fw, (size_t)k, l);
			html_printf(b,
			    "<option value=\"%d\"%s>%d · %s</option>", l,
			    l == e[k].level ? " selected" : "", l,
			    lvd ? lvd->nama : "belum dinilai");
		}
		html_lit(b, "</select></div>");
		form_field(r, "penjelasan", "Penjelasan", "textarea",
		    e[k].penjelasan, NULL,
		    "Dasar penetapan tingkat, paling"
		    " banyak 4000 karakter.");
		unit_select(r, "unit", "Unit penanggung jawab", e[k].unit_id,
		    1);
		html_lit(b,
		    "<button type=\"submit\">Simpan isian</button>"
		    "</form>");
	} else {
		lvd = spbe_ind_level(fw, (size_t)k, e[k].level);
		html_printf(b,
		    "<dl><dt>Tingkat</dt><dd>%d · %s</dd><dt>"
		    "Penjelasan</dt><dd>%s</dd><dt>Unit penanggung jawab</dt>"
		    "<dd>%s</dd></dl>",
		    e[k].level, lvd ? lvd->nama : "belum dinilai",
		    e[k].penjelasan[0] ? e[k].penjelasan : "-",
		    e[k].unit_nama[0] ? e[k].unit_nama : "-");
	}
}

static void
ind_page(struct req *r, const char *err)
{
	struct buf *b = &r->out;
	struct spbe_penilaian p;
	struct spbe_framework *fw;
	struct spbe_isian *e;
	struct spbe_bukti *bk;
	const struct spbe_indikator *ind;
	const struct spbe_level *lvd;
	char title[300], w[16];
	size_t nb, i;
	int k, nomor, draft, l;

	if (spbe_page_load(r, r->captures[0], &p, &fw) != 0)
		return;
	if ((k = ind_of(r, fw, &nomor)) < 0) {
		spbe_framework_free(fw);
		page_error(r, 404, msg(M_SPBE_IND_UNKNOWN));
		return;
	}
	ind = &fw->ind[k];
	draft = strcmp(p.status, "draft") == 0;
	e = spbe_entries(r->store, fw, p.id);
	if (err != NULL)
		r->status = 422;
	snprintf(title, sizeof(title), "Indikator %d: %s", ind->nomor,
	    ind->nama);
	layout_begin(r, title);
	spbe_fmt(ind->bobot, w);
	html_printf(b,
	    "<nav aria-label=\"Remah roti\"><a href=\"/spbe/"
	    "penilaian\">Penilaian SPBE</a> › <a href=\"/spbe/penilaian/%I\">"
	    "%d (revisi %d, %s)</a> › Indikator %d</nav><h1>%s</h1><p>Aspek %s"
	    " · Domain %s · Bobot %s%%</p>",
	    p.id, p.tahun, p.revisi, spbe_status_label(p.status), ind->nomor,
	    title, fw->aspek[ind->aspek].nama,
	    fw->domain[fw->aspek[ind->aspek].domain].nama, w);
	if (err != NULL)
		notice(r, "galat", err);
	if (req_param(r, "pesan") != NULL) {
		const char *ps = req_param(r, "pesan");

		notice(r, "sukses",
		    strcmp(ps, "bukti") == 0	     ? msg(M_SPBE_BUKTI_ADDED)
			: strcmp(ps, "diminta") == 0 ? msg(M_SPBE_REQUESTED)
						     : msg(M_SPBE_SAVED));
	}
	if (!draft)
		notice(r, "info",
		    strcmp(p.status, "final") == 0 ? msg(M_SPBE_FINAL_RO)
						   : msg(M_SPBE_NOT_DRAFT));
	html_lit(b,
	    "<h2 id=\"h-tingkat\">Tingkat kematangan</h2><div"
	    " class=\"tabel-gulir\" tabindex=\"0\" role=\"region\""
	    " aria-labelledby=\"h-tingkat\"><table><thead><tr><th scope=\"col\">"
	    "Tingkat</th><th scope=\"col\">Nama</th><th scope=\"col\">Uraian"
	    "</th></tr></thead><tbody>");
	for (l = SPBE_LEVEL_MIN; l <= SPBE_LEVEL_MAX; l++) {
		lvd = spbe_ind_level(fw, (size_t)k, l);
		html_printf(b, "<tr%s><td>%d</td><td>%s</td><td>%s</td></tr>",
		    l == e[k].level ? " class=\"terpilih\"" : "", l, lvd->nama,
		    lvd->uraian);
	}
	html_printf(b,
	    "</tbody></table></div><p class=\"catatan\">Sumber: %s"
	    "</p>",
	    ind->sumber);
	live_section(r, ind->nomor, p.tahun);
	ind_isian(r, &p, fw, k, e, draft);
	bk = spbe_bukti_list(r->store, p.id, ind->nomor, &nb);
	html_lit(b, "<h2>Bukti dukung</h2>");
	if (nb == 0)
		html_lit(b, "<p>Belum ada bukti dukung.</p>");
	else {
		html_lit(b, "<ul class=\"bukti\">");
		for (i = 0; i < nb; i++) {
			if (strcmp(bk[i].jenis, "berkas") == 0)
				html_printf(b,
				    "<li><a href=\"/spbe/berkas/%s\">"
				    "%s</a> (berkas%s%s)</li>",
				    bk[i].sha256, bk[i].judul,
				    bk[i].unit_nama[0] ? ", " : "",
				    bk[i].unit_nama);
			else
				html_printf(b,
				    "<li><a href=\"%s\" rel=\"noopener"
				    " noreferrer nofollow\">%s</a> (tautan%s%s)"
				    "</li>",
				    bk[i].url, bk[i].judul,
				    bk[i].unit_nama[0] ? ", " : "",
				    bk[i].unit_nama);
		}
		html_lit(b, "</ul>");
	}
	spbe_bukti_free(bk, nb);
	if (draft) {
		html_printf(b,
		    "<h3>Unggah dokumen bukti</h3><form method=\"post\""
		    " enctype=\"multipart/form-data\" action=\"/spbe/penilaian/%I"
		    "/indikator/%d/bukti\">",
		    p.id, ind->nomor);
		form_csrf(r);
		html_lit(b,
		    "<div class=\"isian\"><label for=\"f-judul-b\">Judul"
		    " bukti</label><input id=\"f-judul-b\" name=\"judul\""
		    " maxlength=\"200\" required></div><div class=\"isian\"><label"
		    " for=\"f-berkas\">Berkas (PDF, JPEG atau PNG, paling besar"
		    " 5 MB)</label><input id=\"f-berkas\" name=\"berkas\""
		    " type=\"file\" accept=\"application/pdf,image/jpeg,image/png\""
		    " required></div><button type=\"submit\">Unggah</button>"
		    "</form>");
		html_printf(b,
		    "<h3>Tambahkan tautan bukti</h3><form method=\"post\""
		    " action=\"/spbe/penilaian/%I/indikator/%d/bukti\">",
		    p.id, ind->nomor);
		form_csrf(r);
		html_lit(b,
		    "<div class=\"isian\"><label for=\"f-judul-t\">Judul"
		    " bukti</label><input id=\"f-judul-t\" name=\"judul\""
		    " maxlength=\"200\" required></div><div class=\"isian\"><label"
		    " for=\"f-url\">Alamat tautan (https://...)</label><input"
		    " id=\"f-url\" name=\"url\" type=\"url\" maxlength=\"500\""
		    " required></div><button type=\"submit\">Tambahkan tautan"
		    "</button></form>");
		html_printf(b,
		    "<h3>Minta bukti dari unit</h3><form method=\"post\""
		    " action=\"/spbe/penilaian/%I/indikator/%d/minta\">",
		    p.id, ind->nomor);
		form_csrf(r);
		unit_select(r, "unit_minta", "Unit yang diminta", e[k].unit_id,
		    0);
		form_field(r, "pesan", "Pesan", "textarea", "", NULL,
		    "Bukti apa yang diperlukan, paling banyak 1000 karakter.");
		html_lit(b,
		    "<button type=\"submit\">Kirim permintaan</button>"
		    "</form>");
	}
	layout_end(r);
	spbe_isian_free(e, fw->nind);
	spbe_framework_free(fw);
}

void
page_spbe_ind(struct req *r)
{
	ind_page(r, NULL);
}

/* Redirect back to the indicator page with ?pesan=what. */
static void
back(struct req *r, const char *what)
{
	char loc[120];

	snprintf(loc, sizeof(loc), "/spbe/penilaian/%s/indikator/%s?pesan=%s",
	    r->captures[0], r->captures[1], what);
	req_redirect(r, loc);
}

static int64_t
int_param(struct req *r, const char *name, int *bad)
{
	const char *s = req_str(r, name);
	char *end;
	long long v = strtoll(s, &end, 10);

	*bad = *s == '\0' || *end != '\0' || v < 0;
	return v;
}

void
page_spbe_ind_save(struct req *r)
{
	struct spbe_penilaian p;
	struct spbe_framework *fw;
	const char *why;
	int nomor, bad, bad2 = 0, rc;
	int64_t level, unit;

	if (spbe_page_load(r, r->captures[0], &p, &fw) != 0)
		return;
	if (ind_of(r, fw, &nomor) < 0) {
		spbe_framework_free(fw);
		page_error(r, 404, msg(M_SPBE_IND_UNKNOWN));
		return;
	}
	level = int_param(r, "level", &bad);
	unit = req_str(r, "unit")[0] ? int_param(r, "unit", &bad2) : 0;
	if (!req_str(r, "unit")[0])
		bad2 = 0;
	if (bad || level > SPBE_LEVEL_MAX) {
		rc = -1;
		why = msg(M_SPBE_LEVEL_BAD);
	} else if (bad2) {
		rc = -1;
		why = msg(M_SPBE_UNIT_BAD);
	} else
		rc = spbe_set(r->store, fw, p.id, nomor, (int)level,
		    req_str(r, "penjelasan"), unit, r->user, r->addr, r->now,
		    &why);
	spbe_framework_free(fw);
	if (rc != 0)
		ind_page(r, why);
	else
		back(r, "disimpan");
}

void
page_spbe_ind_bukti(struct req *r)
{
	struct spbe_penilaian p;
	struct spbe_framework *fw;
	const struct mp_file *f = NULL;
	const char *why, *url = req_param(r, "url");
	size_t i;
	int nomor, rc;

	if (spbe_page_load(r, r->captures[0], &p, &fw) != 0)
		return;
	if (ind_of(r, fw, &nomor) < 0) {
		spbe_framework_free(fw);
		page_error(r, 404, msg(M_SPBE_IND_UNKNOWN));
		return;
	}
	for (i = 0; i < r->nfiles; i++)
		if (strcmp(r->files[i].field, "berkas") == 0 &&
		    r->files[i].len > 0)
			f = &r->files[i];
	if (f != NULL)
		rc = spbe_bukti_add_file(r->store, r->app->data_dir, fw, p.id,
		    nomor, req_str(r, "judul"), f->data, f->len, r->user,
		    r->addr, r->now, &why);
	else if (url != NULL && *url != '\0')
		rc = spbe_bukti_add_link(r->store, fw, p.id, nomor,
		    req_str(r, "judul"), url, r->user, r->addr, r->now, &why);
	else {
		rc = -1;
		why = msg(M_SPBE_FILE_NONE);
	}
	spbe_framework_free(fw);
	if (rc != 0)
		ind_page(r, why);
	else
		back(r, "bukti");
}

void
page_spbe_ind_request(struct req *r)
{
	struct spbe_penilaian p;
	struct spbe_framework *fw;
	const char *why;
	int nomor, bad, rc;
	int64_t unit;

	if (spbe_page_load(r, r->captures[0], &p, &fw) != 0)
		return;
	if (ind_of(r, fw, &nomor) < 0) {
		spbe_framework_free(fw);
		page_error(r, 404, msg(M_SPBE_IND_UNKNOWN));
		return;
	}
	unit = int_param(r, "unit_minta", &bad);
	if (bad) {
		rc = -1;
		why = msg(M_SPBE_UNIT_BAD);
	} else
		rc = spbe_request(r->store, fw, p.id, nomor, unit,
		    req_str(r, "pesan"), r->user, r->addr, r->now, &why);
	spbe_framework_free(fw);
	if (rc != 0)
		ind_page(r, why);
	else
		back(r, "diminta");
}
