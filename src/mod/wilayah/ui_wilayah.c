/*
 * wilayah.c: the regions of Kabupaten Siak: GET /wilayah (14 kecamatan),
 * GET /wilayah/<kode> (a kecamatan's kampung/kelurahan, or the services
 * available in one kampung) and GET /api/v1/wilayah.
 */
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "mod/layanan/catalog.h"
#include "wilayah.h"
#include "lib/msg.h"
#include "lib/str.h"
#include "http/api.h"
#include "http/layout.h"
#include "http/pages.h"
#include "mod/kontak/kontak.h"
#include "mod/layanan/ui.h"
#include "mod/pengumuman/ui.h"
#include "ui.h"

/* Is code the kabupaten or a region below it? */
static int
in_siak(const char *code)
{
	size_t n = strlen(WILAYAH_KAB);

	return strcmp(code, WILAYAH_KAB) == 0 ||
	    (strncmp(code, WILAYAH_KAB, n) == 0 && code[n] == '.');
}

static void
region_cards(struct req *r, const struct wilayah_list *l, int counts)
{
	struct buf *b = &r->out;
	size_t i;

	html_lit(b, "<ul class=\"kartu\">");
	for (i = 0; i < l->n; i++) {
		html_printf(b, "<li><a href=\"/wilayah/%U\">%s</a>",
		    l->v[i].code, l->v[i].label);
		if (counts)
			html_printf(b,
			    "<p class=\"meta\">%d kampung/kelurahan"
			    "</p>",
			    l->v[i].nchildren);
		html_lit(b, "</li>");
	}
	html_lit(b, "</ul>");
}

void
page_wilayah(struct req *r)
{
	struct wilayah_list l;
	struct buf *b = &r->out;
	size_t i;
	int n = 0;

	if (wilayah_children(r->store, WILAYAH_KAB, &l) != 0) {
		page_error(r, 500, NULL);
		return;
	}
	for (i = 0; i < l.n; i++)
		n += l.v[i].nchildren;
	layout_begin(r, "Wilayah Kabupaten Siak");
	html_printf(b,
	    "<h1>Wilayah Kabupaten Siak</h1><p>Kabupaten Siak"
	    " terdiri atas %z kecamatan dengan %d kampung dan kelurahan"
	    " (kode wilayah Kepmendagri 2025). Pilih kecamatan untuk melihat"
	    " kampung/kelurahannya, lalu pilih kampung/kelurahan untuk melihat"
	    " layanan yang tersedia bagi warganya.</p><h2>%z kecamatan</h2>",
	    l.n, n, l.n);
	region_cards(r, &l, 1);
	wilayah_list_free(&l);
	layout_end(r);
}

static void
crumbs(struct req *r, const struct wilayah *kec, const struct wilayah *w)
{
	struct buf *b = &r->out;

	html_lit(b,
	    "<nav aria-label=\"Remah roti\"><a href=\"/wilayah\">"
	    "Wilayah</a>");
	if (kec != NULL)
		html_printf(b, " › <a href=\"/wilayah/%U\">%s</a>", kec->code,
		    kec->label);
	html_printf(b, " › %s</nav>", w->label);
}

static void
page_kecamatan(struct req *r, const struct wilayah *w)
{
	struct wilayah_list l;
	struct buf *b = &r->out;

	if (wilayah_children(r->store, w->code, &l) != 0) {
		page_error(r, 500, NULL);
		return;
	}
	layout_begin(r, w->label);
	crumbs(r, NULL, w);
	html_printf(b,
	    "<h1>%s</h1><p>Kode wilayah %s. <a href=\"/layanan?"
	    "unit=%U\">Layanan di kantor camat</a></p>",
	    w->label, w->code, w->code);
	kontak_write(r, w->code, 2); /* the kantor camat's contact */
	html_printf(b, "<h2>%z kampung dan kelurahan</h2>", l.n);
	region_cards(r, &l, 0);
	pengumuman_section(r, w->code, 5); /* H6: the office's news */
	wilayah_list_free(&l);
	layout_end(r);
}

static void
service_group(struct req *r, const struct layanan_list *ll, const char *level,
    const char *title, const char *office)
{
	struct buf *b = &r->out;
	size_t i, n = 0;

	for (i = 0; i < ll->n; i++)
		n += strcmp(ll->v[i].level, level) == 0;
	html_printf(b, "<h3>%s (%z)</h3>", title, n);
	if (n == 0) {
		html_lit(b, "<p>Belum ada layanan pada tingkat ini.</p>");
		return;
	}
	html_lit(b, "<ul class=\"daftar-layanan\">");
	for (i = 0; i < ll->n; i++)
		if (strcmp(ll->v[i].level, level) == 0)
			layanan_item_write(r, &ll->v[i], office, 4);
	html_lit(b, "</ul>");
}

static void
page_kampung(struct req *r, const struct wilayah *w)
{
	struct catalog_query cq;
	struct layanan_list ll;
	struct wilayah kec;
	struct buf *b = &r->out;
	char title[STR_CHARS(160) + 32];
	int rc;

	if (wilayah_get(r->store, w->parent, &kec) != 0) {
		page_error(r, 404, msg(M_WIL_NOT_FOUND));
		return;
	}
	memset(&cq, 0, sizeof(cq));
	cq.kampung = w->code;
	if ((rc = catalog_search(r->store, &cq, &ll)) != 0) {
		/* a region without a kampung office here */
		page_error(r, rc > 0 ? 404 : 500,
		    rc > 0 ? msg(M_WIL_NOT_FOUND) : NULL);
		return;
	}
	layout_begin(r, w->label);
	crumbs(r, &kec, w);
	html_printf(b,
	    "<h1>%s</h1><p>%s di %s, Kabupaten Siak. Kode wilayah"
	    " %s.</p>",
	    w->label, w->kelurahan ? "Kelurahan" : "Kampung", kec.label,
	    w->code);
	kontak_write(r, w->code, 2); /* the village office's hours first */
	html_printf(b, "<h2>%z layanan tersedia bagi warga %s</h2>", ll.n,
	    w->label);
	snprintf(title, sizeof(title), "Di kantor %s %s",
	    w->kelurahan ? "lurah" : "penghulu", w->label);
	service_group(r, &ll, "kampung", title, w->label);
	snprintf(title, sizeof(title), "Di kantor camat %s", kec.label);
	service_group(r, &ll, "kecamatan", title, kec.label);
	service_group(r, &ll, "kabupaten", "Di perangkat daerah Kabupaten Siak",
	    NULL);
	html_printf(b,
	    "<p><a href=\"/layanan?kampung=%U\">Cari di antara"
	    " layanan ini</a></p>",
	    w->code);
	pengumuman_section(r, w->code, 5); /* H6: the office's news */
	catalog_list_free(&ll);
	layout_end(r);
}

void
page_wilayah_item(struct req *r)
{
	struct wilayah w;
	const char *code = r->captures[0];

	if (!in_siak(code) || wilayah_get(r->store, code, &w) != 0) {
		page_error(r, 404, msg(M_WIL_NOT_FOUND));
		return;
	}
	if (strcmp(w.level, "kabupaten") == 0)
		req_redirect(r, "/wilayah");
	else if (strcmp(w.level, "kecamatan") == 0)
		page_kecamatan(r, &w);
	else
		page_kampung(r, &w);
}

static json_t *
region_json(const struct wilayah *w)
{
	return json_pack("{s:s,s:s,s:s}", "kode", w->code, "nama", w->name,
	    "tingkat", wilayah_tier(w));
}

void
api_wilayah(struct req *r)
{
	const char *induk = req_param(r, "induk");
	struct wilayah_list l;
	struct wilayah w;
	json_t *data = json_array();
	size_t i;

	if (induk == NULL) {
		if (wilayah_get(r->store, WILAYAH_KAB, &w) == 0)
			json_array_append_new(data, region_json(&w));
		api_send(r, 200, json_pack("{s:o}", "data", data));
		return;
	}
	if (!wilayah_code_ok(induk)) {
		json_decref(data);
		api_error(r, 400, "induk_tidak_sah", msg(M_WIL_BAD_INDUK));
		return;
	}
	if (wilayah_get(r->store, induk, &w) != 0) {
		json_decref(data);
		api_error(r, 404, "tidak_ditemukan", msg(M_WIL_UNKNOWN_INDUK));
		return;
	}
	if (wilayah_children(r->store, induk, &l) != 0) {
		json_decref(data);
		page_error(r, 500, NULL);
		return;
	}
	for (i = 0; i < l.n; i++)
		json_array_append_new(data, region_json(&l.v[i]));
	wilayah_list_free(&l);
	api_send(r, 200, json_pack("{s:o}", "data", data));
}
