/*
 * catalog.c: the public service catalog (Mal Pelayanan Publik digital):
 * GET /layanan, GET /layanan/<kode> and their JSON API twins.
 */
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "mod/akun/account.h"
#include "catalog.h"
#include "lib/msg.h"
#include "lib/when.h"
#include "lib/xalloc.h"
#include "http/api.h"
#include "http/layout.h"
#include "http/pages.h"
#include "ui.h"
#include "mod/kontak/kontak.h"
#include "mod/wilayah/wilayah.h"
#include "mod/pengumuman/ui.h"
#include "mod/permohonan/ui.h"

const char *
layanan_level_label(const char *level)
{
	if (strcmp(level, "kabupaten") == 0)
		return "Kabupaten";
	if (strcmp(level, "kecamatan") == 0)
		return "Kecamatan";
	return "Kampung/Kelurahan";
}

void
layanan_fee_write(struct buf *b, const struct layanan *l)
{
	if (!l->fee_set)
		html_lit(b, "Retribusi sesuai Perda");
	else if (l->fee_idr == 0)
		html_lit(b, "Gratis");
	else
		html_rupiah(b, l->fee_idr);
}

void
layanan_sla_write(struct buf *b, int days)
{
	if (days == 0)
		html_lit(b, "Selesai pada hari yang sama");
	else
		html_printf(b, "%d hari kerja", days);
}

void
layanan_item_write(struct req *r, const struct layanan *l, const char *where,
    int hlevel)
{
	struct buf *b = &r->out;

	html_printf(b,
	    "<li><h%d><a href=\"/layanan/%U\">%s</a></h%d>"
	    "<p class=\"meta\"><span class=\"lencana\">%s</span> ",
	    hlevel, l->code, l->name, hlevel, layanan_level_label(l->level));
	if (l->unit_name != NULL)
		html_printf(b, "%s", l->unit_name);
	else if (where != NULL)
		html_printf(b, "%s", where);
	else if (strcmp(l->level, "kecamatan") == 0)
		html_lit(b, "Kantor camat di setiap kecamatan");
	else
		html_lit(b,
		    "Kantor penghulu kampung atau lurah di setiap"
		    " kampung/kelurahan");
	html_lit(b, "</p><p class=\"meta\">Jangka waktu: ");
	layanan_sla_write(b, l->sla_days);
	html_lit(b, " · Biaya: ");
	layanan_fee_write(b, l);
	if (!l->active)
		html_lit(b, " · <strong>Nonaktif</strong>");
	html_lit(b, "</p></li>");
}

/* ---------------------------------------------------------------------- */
/* GET /layanan                                                           */

static const char *const levels[][2] = {
	{ "kabupaten", "Kabupaten (perangkat daerah)" },
	{ "kecamatan", "Kecamatan" },
	{ "kampung", "Kampung/Kelurahan" },
};

static void
option(struct buf *b, const char *value, const char *label, const char *cur)
{
	html_printf(b, "<option value=\"%s\"%s>%s</option>", value,
	    strcmp(value, cur) == 0 ? " selected" : "", label);
}

/* A hidden field carrying a value of the other form (none when empty). */
static void
hidden(struct buf *b, const char *name, const char *value)
{
	if (value != NULL && *value != '\0')
		html_printf(b,
		    "<input type=\"hidden\" name=\"%s\" value=\"%s\">", name,
		    value);
}

/* The search box, first on the page; it keeps the chosen filters. */
static void
search_form(struct req *r, const struct catalog_query *cq)
{
	struct buf *b = &r->out;

	html_lit(b,
	    "<form method=\"get\" action=\"/layanan\" role=\"search\""
	    " class=\"filter cari\" aria-label=\"Cari layanan\">"
	    "<div class=\"isian\"><label for=\"f-q\">Kata kunci</label>");
	html_printf(b,
	    "<input id=\"f-q\" name=\"q\" type=\"search\""
	    " maxlength=\"100\" value=\"%s\" placeholder=\"contoh: akta"
	    " kelahiran\"></div>",
	    cq->q ? cq->q : "");
	hidden(b, "tingkat", cq->tingkat);
	hidden(b, "unit", cq->unit);
	hidden(b, "kampung", cq->kampung);
	html_lit(b, "<button type=\"submit\">Cari</button></form>");
}

/*
 * The filters: three labelled selects in a disclosure that follows the
 * results (folded on a phone unless a filter is chosen; beside the results
 * on a wide screen); it keeps the words searched.
 */
static void
filter_form(struct req *r, const struct catalog_query *cq,
    const struct unit_list *ul)
{
	struct buf *b = &r->out;
	const char *cur_unit = cq->unit ? cq->unit : "";
	const char *cur_kpg = cq->kampung ? cq->kampung : "";
	const char *kec = NULL;
	size_t i, k;
	int listed = 0, chosen;

	chosen = (cq->tingkat != NULL && *cq->tingkat != '\0') ||
	    *cur_unit != '\0' || *cur_kpg != '\0';
	html_printf(b,
	    "<details class=\"saring\" id=\"saring\"%s><summary>Saring"
	    " menurut tingkat, perangkat daerah, atau kampung</summary>"
	    "<form method=\"get\" action=\"/layanan\" class=\"filter\""
	    " aria-label=\"Saring layanan\">",
	    chosen ? " open" : "");
	hidden(b, "q", cq->q);

	html_lit(b,
	    "<div class=\"isian\"><label for=\"f-tingkat\">Tingkat"
	    " pemerintahan</label><select id=\"f-tingkat\" name=\"tingkat\">");
	option(b, "", "Semua tingkat", cq->tingkat ? cq->tingkat : "");
	for (i = 0; i < sizeof(levels) / sizeof(levels[0]); i++)
		option(b, levels[i][0], levels[i][1],
		    cq->tingkat ? cq->tingkat : "");
	html_lit(b, "</select></div>");

	html_lit(b,
	    "<div class=\"isian\"><label for=\"f-unit\">Perangkat"
	    " daerah (OPD)</label><select id=\"f-unit\" name=\"unit\">");
	option(b, "", "Semua perangkat daerah", cur_unit);
	for (i = 0; i < ul->n; i++) {
		if (strcmp(ul->v[i].kind, "opd") == 0 &&
		    ul->v[i].nlayanan > 0) {
			option(b, ul->v[i].code, ul->v[i].name, cur_unit);
			listed |= strcmp(ul->v[i].code, cur_unit) == 0;
		}
	}
	/* a kecamatan or kampung office chosen elsewhere stays selected */
	for (i = 0; !listed && *cur_unit != '\0' && i < ul->n; i++)
		if (strcmp(ul->v[i].code, cur_unit) == 0)
			option(b, ul->v[i].code, ul->v[i].name, cur_unit);
	html_lit(b, "</select></div>");

	html_lit(b,
	    "<div class=\"isian\"><label for=\"f-kampung\">Kampung/"
	    "kelurahan tempat tinggal</label><select id=\"f-kampung\""
	    " name=\"kampung\" aria-describedby=\"h-kampung\">");
	option(b, "", "Semua kampung/kelurahan", cur_kpg);
	for (k = 0; k < ul->n; k++) {
		if (strcmp(ul->v[k].kind, "kecamatan") != 0)
			continue;
		kec = ul->v[k].code;
		html_printf(b, "<optgroup label=\"%s\">", ul->v[k].name);
		for (i = 0; i < ul->n; i++)
			if (strcmp(ul->v[i].kind, "kampung") == 0 &&
			    strcmp(ul->v[i].parent_code, kec) == 0)
				option(b, ul->v[i].code, ul->v[i].name,
				    cur_kpg);
		html_lit(b, "</optgroup>");
	}
	html_lit(b,
	    "</select><p class=\"petunjuk\" id=\"h-kampung\">Tampilkan"
	    " layanan yang dapat Anda gunakan sebagai warga kampung/kelurahan"
	    " tersebut.</p></div><button type=\"submit\">Tampilkan</button>"
	    "</form></details>");
}

/* Name of a unit by code from the list, or NULL. */
static const struct unit_row *
unit_by_code(const struct unit_list *ul, const char *code)
{
	size_t i;

	for (i = 0; code != NULL && i < ul->n; i++)
		if (strcmp(ul->v[i].code, code) == 0)
			return &ul->v[i];
	return NULL;
}

/*
 * Run the search; a refused filter is dropped (and reported once) so the
 * visitor still gets results.  Returns 0 or -1 on a store error.
 */
static int
search_lenient(struct req *r, struct catalog_query *cq, struct layanan_list *ll)
{
	int rc, tries;

	for (tries = 0; tries < 5; tries++) {
		rc = catalog_search(r->store, cq, ll);
		if (rc <= 0) {
			if (tries > 0)
				notice(r, "info", msg(M_CAT_FILTER_IGNORED));
			return rc;
		}
		switch (rc) {
		case CATALOG_BAD_Q:
			notice(r, "galat", msg(M_CAT_BAD_Q));
			cq->q = NULL;
			break;
		case CATALOG_BAD_TINGKAT:
			notice(r, "galat", msg(M_CAT_BAD_TINGKAT));
			cq->tingkat = NULL;
			break;
		case CATALOG_BAD_UNIT:
			notice(r, "galat", msg(M_CAT_BAD_UNIT));
			cq->unit = NULL;
			break;
		default:
			notice(r, "galat", msg(M_CAT_BAD_KAMPUNG));
			cq->kampung = NULL;
			break;
		}
	}
	return -1;
}

void
page_catalog(struct req *r)
{
	struct catalog_query cq;
	struct layanan_list ll;
	struct unit_list ul;
	const struct unit_row *kpg, *kec;
	struct buf *b = &r->out;
	char *kpg_where = NULL, *kec_where = NULL;
	const char *where;
	size_t i;

	memset(&cq, 0, sizeof(cq));
	cq.q = req_param(r, "q");
	cq.tingkat = req_param(r, "tingkat");
	cq.unit = req_param(r, "unit");
	cq.kampung = req_param(r, "kampung");
	if (catalog_units(r->store, NULL, &ul) != 0) {
		page_error(r, 500, NULL);
		return;
	}
	layout_begin(r, "Katalog Layanan");
	html_lit(b,
	    "<h1>Katalog Layanan Publik</h1><p>Standar pelayanan"
	    " perangkat daerah, kecamatan, dan kampung/kelurahan di Kabupaten"
	    " Siak: persyaratan, prosedur, jangka waktu, dan biaya.</p>");
	if (search_lenient(r, &cq, &ll) != 0) {
		catalog_units_free(&ul);
		page_error(r, 500, NULL);
		return;
	}
	search_form(r, &cq);

	/* name the local offices when the visitor chose their kampung */
	if ((kpg = unit_by_code(&ul, cq.kampung)) != NULL) {
		kpg_where = xstrdup(kpg->name);
		if ((kec = unit_by_code(&ul, kpg->parent_code)) != NULL)
			kec_where = xstrdup(kec->name);
	} else if ((kpg = unit_by_code(&ul, cq.unit)) != NULL &&
	    strcmp(kpg->kind, "opd") != 0) {
		if (strcmp(kpg->kind, "kampung") == 0)
			kpg_where = xstrdup(kpg->name);
		else
			kec_where = xstrdup(kpg->name);
	}

	html_printf(b,
	    "<div class=\"katalog\"><section class=\"hasil\""
	    " aria-labelledby=\"hasil\"><h2 id=\"hasil\">%z layanan"
	    " ditemukan</h2>",
	    ll.n);
	if (ll.n == 0)
		notice(r, "info", msg(M_CAT_NONE_FOUND));
	else
		html_lit(b,
		    "<ul class=\"daftar-layanan\" aria-labelledby="
		    "\"hasil\">");
	for (i = 0; i < ll.n; i++) {
		where = strcmp(ll.v[i].level, "kampung") == 0 ? kpg_where
		    : strcmp(ll.v[i].level, "kecamatan") == 0 ? kec_where
							      : NULL;
		layanan_item_write(r, &ll.v[i], where, 3);
	}
	if (ll.n > 0)
		html_lit(b, "</ul>");
	html_lit(b, "</section>");
	filter_form(r, &cq, &ul);
	html_lit(b, "</div>");
	if (unit_by_code(&ul, cq.unit) != NULL) /* H6: the unit's news */
		pengumuman_section(r, cq.unit, 5);
	free(kpg_where);
	free(kec_where);
	catalog_list_free(&ll);
	catalog_units_free(&ul);
	layout_end(r);
}

/* ---------------------------------------------------------------------- */
/* GET /layanan/<kode>                                                    */

/* Text with line breaks (and ';' when split_semi) as a list or a paragraph. */
static void
text_block(struct buf *b, const char *s, int split_semi)
{
	const char *seps = split_semi ? "\n;" : "\n";
	const char *p, *e, *q;
	char **items = NULL;
	size_t n = 0, i;

	for (p = s; *p != '\0'; p = *e ? e + 1 : e) {
		e = p + strcspn(p, seps);
		for (q = e; q > p && strchr(" \t\r", q[-1]) != NULL; q--)
			;
		p += strspn(p, " \t\r");
		if (q > p) {
			items = xrealloc(items, (n + 1) * sizeof(*items));
			items[n++] = xstrndup(p, (size_t)(q - p));
		}
	}
	if (n == 1)
		html_printf(b, "<p>%s</p>", items[0]);
	else if (n > 1) {
		html_lit(b, "<ul>");
		for (i = 0; i < n; i++)
			html_printf(b, "<li>%s</li>", items[i]);
		html_lit(b, "</ul>");
	}
	for (i = 0; i < n; i++)
		free(items[i]);
	free(items);
}

static int
is_web_url(const char *s)
{
	return strncmp(s, "https://", 8) == 0 || strncmp(s, "http://", 7) == 0;
}

static void
provider_write(struct buf *b, const struct layanan *l)
{
	if (l->unit_code != NULL)
		html_printf(b, "<a href=\"/layanan?unit=%U\">%s</a>",
		    l->unit_code, l->unit_name);
	else if (strcmp(l->level, "kecamatan") == 0)
		html_lit(b,
		    "Kantor camat di setiap kecamatan di Kabupaten Siak"
		    " (lihat <a href=\"/wilayah\">daftar kecamatan</a>).");
	else
		html_lit(b,
		    "Kantor penghulu kampung atau kantor lurah di setiap"
		    " kampung/kelurahan di Kabupaten Siak (lihat <a"
		    " href=\"/wilayah\">daftar wilayah</a>).");
}

/* The source column holds one URL or several separated by ';'. */
static char **
source_urls(const char *src, size_t *np)
{
	const char *p, *e;
	char **v = NULL, *u;
	size_t n = 0;

	for (p = src; *p != '\0'; p = *e ? e + 1 : e) {
		p += strspn(p, " ");
		e = p + strcspn(p, ";");
		u = xstrndup(p, (size_t)(e - p));
		u[strcspn(u, " ")] = '\0';
		if (is_web_url(u)) {
			v = xrealloc(v, (n + 1) * sizeof(*v));
			v[n++] = u;
		} else
			free(u);
	}
	*np = n;
	return v;
}

static void
source_links(struct buf *b, const char *src)
{
	char **v;
	size_t i, n;

	v = source_urls(src, &n);
	for (i = 0; i < n; i++) {
		if (n == 1)
			html_printf(b,
			    " (<a href=\"%s\" rel=\"noopener\">"
			    "standar pelayanan yang dirujuk</a>)",
			    v[i]);
		else
			html_printf(b,
			    "%s<a href=\"%s\" rel=\"noopener\">"
			    "rujukan %z</a>%s",
			    i == 0 ? " (" : ", ", v[i], i + 1,
			    i + 1 == n ? ")" : "");
		free(v[i]);
	}
	free(v);
}

/*
 * Who sets the standard (UU 25/2009 Pasal 20: the head of the provider)
 * and what Pamong knows of its review: the date of its adoption or last
 * review is not in the catalog data, so the page says so and gives the
 * date the entry was last changed here.
 */
static void
penetap_write(struct buf *b, const struct layanan *l)
{
	struct tm tm;

	html_lit(b, "<dt>Penetap Standar Pelayanan</dt><dd>");
	if (l->unit_name != NULL)
		html_printf(b, "Kepala %s", l->unit_name);
	else if (strcmp(l->level, "kecamatan") == 0)
		html_lit(b, "Camat, untuk kantor camat masing-masing");
	else
		html_lit(b,
		    "Penghulu kampung atau lurah, untuk kantornya"
		    " masing-masing");
	html_lit(b,
	    " (pimpinan penyelenggara, sesuai Undang-Undang Nomor 25"
	    " Tahun 2009 tentang Pelayanan Publik).</dd><dt>Peninjauan"
	    " Terakhir</dt><dd>Tanggal penetapan dan peninjauan terakhir"
	    " standar ini belum tercatat di Pamong.");
	if (when_wib((time_t)l->updated_at, &tm) == 0)
		html_printf(b,
		    " Data layanan ini terakhir diubah di Pamong pada %d %s"
		    " %d.",
		    tm.tm_mday, when_bulan[tm.tm_mon], tm.tm_year + 1900);
	html_lit(b, "</dd>");
}

/*
 * The contact and opening hours of the office that serves the visitor: the
 * OPD of a kabupaten service; for a kecamatan or kampung service, the
 * office of the kampung chosen (?kampung=, else the one the account named
 * at sign-up) or its kecamatan.  Says plainly when none is recorded.
 */
static void
office_write(struct req *r, const struct layanan *l)
{
	struct buf *b = &r->out;
	const char *kpg = req_param(r, "kampung");
	char code[16], name[STR_CHARS(160)];
	struct kontak k;
	int64_t id;

	if (l->unit_code != NULL)
		snprintf(code, sizeof(code), "%s", l->unit_code);
	else {
		if ((kpg == NULL || *kpg == '\0') && r->user != NULL)
			kpg = r->user->kampung;
		if (kpg == NULL || strlen(kpg) != 13 || !wilayah_code_ok(kpg)) {
			html_printf(b,
			    "<h2>Kontak dan Jam Layanan</h2><p>Layanan ini"
			    " diberikan oleh kantor %s tempat Anda tinggal."
			    " Alamat dan jam layanannya ada di halaman <a"
			    " href=\"/wilayah\">wilayah</a>, atau pilih"
			    " kampung Anda di <a href=\"/layanan\">Katalog"
			    " Layanan</a>.</p>",
			    strcmp(l->level, "kecamatan") == 0
				? "camat"
				: "penghulu kampung atau lurah");
			return;
		}
		/* a kampung's kecamatan is its first 8 characters */
		snprintf(code, sizeof(code), "%.*s",
		    strcmp(l->level, "kecamatan") == 0 ? 8 : 13, kpg);
	}
	id = kontak_unit(r->store, code, name, sizeof(name));
	if (id > 0 && kontak_get(r->store, id, &k) == 0) {
		kontak_write(r, code, 2);
		return;
	}
	html_printf(b,
	    "<h2>Kontak dan Jam Layanan</h2><p>Alamat, telepon, dan jam"
	    " layanan %s belum tercatat di Pamong.</p>",
	    id > 0 ? name : "kantor penyelenggara");
}

void
page_catalog_item(struct req *r)
{
	struct layanan l;
	struct buf *b = &r->out;
	size_t i;

	if (catalog_get(r->store, r->captures[0], &l) != 0) {
		page_error(r, 404, msg(M_CAT_NOT_FOUND));
		return;
	}
	if (!l.active && !user_has(r, ROLE_ADMINS)) {
		catalog_free(&l);
		page_error(r, 404, msg(M_CAT_NOT_FOUND));
		return;
	}
	layout_begin(r, l.name);
	html_printf(b,
	    "<nav aria-label=\"Remah roti\"><a href=\"/layanan\">"
	    "Katalog Layanan</a> › %s</nav><h1>%s</h1><p class=\"meta\">"
	    "<span class=\"lencana\">%s</span> Kode layanan %s</p>",
	    l.name, l.name, layanan_level_label(l.level), l.code);
	if (!l.active)
		notice(r, "info", msg(M_CAT_INACTIVE));
	else
		html_printf(b,
		    "<p><a class=\"tombol ajukan\" href=\"/layanan/%U"
		    "/ajukan\">Ajukan secara daring</a></p>",
		    l.code);
	html_lit(b,
	    "<h2>Standar Pelayanan</h2><dl class=\"standar\">"
	    "<dt>Penyelenggara</dt><dd>");
	provider_write(b, &l);
	html_lit(b, "</dd><dt>Persyaratan</dt><dd><ol>");
	for (i = 0; i < l.nsyarat; i++)
		html_printf(b, "<li>%s</li>", l.syarat[i]);
	html_lit(b, "</ol></dd><dt>Sistem, Mekanisme, dan Prosedur</dt><dd>");
	text_block(b, l.procedure, 0);
	html_lit(b, "</dd><dt>Jangka Waktu Penyelesaian</dt><dd>");
	layanan_sla_write(b, l.sla_days);
	html_lit(b,
	    " sejak berkas diterima lengkap dan benar.</dd>"
	    "<dt>Biaya/Tarif</dt><dd>");
	layanan_fee_write(b, &l);
	if (*l.fee_note != '\0')
		html_printf(b, ". %s", l.fee_note);
	html_printf(b,
	    "</dd><dt>Produk Pelayanan</dt><dd>%s</dd>"
	    "<dt>Penanganan Pengaduan, Saran, dan Masukan</dt><dd>",
	    l.product);
	text_block(b, l.complaints, 0);
	html_lit(b, "</dd><dt>Dasar Hukum</dt><dd>");
	text_block(b, l.legal_basis, 1);
	html_lit(b, "</dd>");
	penetap_write(b, &l);
	html_lit(b, "<dt>Sumber Jangka Waktu dan Biaya</dt><dd>");
	if (strncmp(l.sla_fee_basis, "typical", 7) == 0 ||
	    *l.sla_fee_basis == '\0')
		html_lit(b,
		    "Belum ada standar pelayanan Kabupaten Siak yang tercatat"
		    " untuk layanan ini. Jangka waktu dan biaya di atas adalah"
		    " yang umum berlaku untuk layanan sejenis; tanyakan kepada"
		    " kantor penyelenggara.");
	else
		html_printf(b, "%s", l.sla_fee_basis);
	source_links(b, l.source);
	html_lit(b, "</dd></dl>");
	office_write(r, &l);
	html_lit(b,
	    "<p class=\"meta\">Data katalog adalah data awal"
	    " Pamong; pastikan kembali kepada unit penyelenggara sebelum"
	    " mengajukan permohonan.</p>");
	if (user_has(r, ROLE_ADMINS))
		html_printf(b,
		    "<p><a class=\"tombol\" href=\"/admin/layanan/%U\">"
		    "Ubah standar pelayanan ini</a></p>",
		    l.code);
	html_lit(b,
	    "<p><a href=\"/layanan\">Kembali ke Katalog Layanan</a>"
	    "</p>");
	catalog_free(&l);
	layout_end(r);
}

/* ---------------------------------------------------------------------- */
/* JSON API                                                               */

static json_t *
str_or_null(const char *s)
{
	return s != NULL ? json_string(s) : json_null();
}

static json_t *
layanan_json(const struct layanan *l, int full)
{
	json_t *o = json_object(), *req = json_array(), *prov, *links;
	char **urls;
	size_t i, n;

	for (i = 0; i < l->nsyarat; i++)
		json_array_append_new(req, json_string(l->syarat[i]));
	json_object_set_new(o, "kode", json_string(l->code));
	json_object_set_new(o, "nama", json_string(l->name));
	json_object_set_new(o, "tingkat", json_string(l->level));
	json_object_set_new(o, "unit", str_or_null(l->unit_code));
	json_object_set_new(o, "jangka_waktu_hari", json_integer(l->sla_days));
	json_object_set_new(o, "biaya_rp",
	    l->fee_set ? json_integer(l->fee_idr) : json_null());
	json_object_set_new(o, "produk", json_string(l->product));
	json_object_set_new(o, "persyaratan", req);
	if (!full)
		return o;
	json_object_set_new(o, "biaya_keterangan", json_string(l->fee_note));
	json_object_set_new(o, "prosedur", json_string(l->procedure));
	json_object_set_new(o, "pengaduan", json_string(l->complaints));
	json_object_set_new(o, "dasar_hukum", json_string(l->legal_basis));
	urls = source_urls(l->source, &n);
	links = json_array();
	for (i = 0; i < n; i++) {
		json_array_append_new(links, json_string(urls[i]));
		free(urls[i]);
	}
	free(urls);
	json_object_set_new(o, "sumber",
	    json_pack("{s:s,s:o}", "keterangan", l->sla_fee_basis, "tautan",
		links));
	if (l->unit_code != NULL)
		prov = json_pack("{s:s,s:s,s:s}", "jenis", "opd", "kode",
		    l->unit_code, "nama", l->unit_name);
	else if (strcmp(l->level, "kecamatan") == 0)
		prov = json_pack("{s:s,s:n,s:s}", "jenis", "kecamatan", "kode",
		    "nama", "Kantor camat di setiap kecamatan");
	else
		prov = json_pack("{s:s,s:n,s:s}", "jenis", "kampung", "kode",
		    "nama",
		    "Kantor penghulu kampung atau lurah di setiap"
		    " kampung/kelurahan");
	json_object_set_new(o, "penyedia", prov);
	return o;
}

void
api_catalog_list(struct req *r)
{
	static const enum msg_id why[] = { M_CAT_BAD_Q, M_CAT_BAD_Q,
		M_CAT_BAD_TINGKAT, M_CAT_BAD_UNIT, M_CAT_BAD_KAMPUNG };
	struct catalog_query cq;
	struct layanan_list ll;
	json_t *data;
	size_t i;
	int rc;

	memset(&cq, 0, sizeof(cq));
	cq.q = req_param(r, "q");
	cq.tingkat = req_param(r, "tingkat");
	cq.unit = req_param(r, "unit");
	cq.kampung = req_param(r, "kampung");
	cq.with_syarat = 1;
	rc = catalog_search(r->store, &cq, &ll);
	if (rc > 0 && rc <= CATALOG_BAD_KAMPUNG) {
		api_error(r, 400, "filter_tidak_sah", msg(why[rc]));
		return;
	}
	if (rc != 0) {
		page_error(r, 500, NULL);
		return;
	}
	data = json_array();
	for (i = 0; i < ll.n; i++)
		json_array_append_new(data, layanan_json(&ll.v[i], 0));
	catalog_list_free(&ll);
	api_send(r, 200, json_pack("{s:o}", "data", data));
}

void
api_catalog_item(struct req *r)
{
	struct layanan l;
	json_t *o;

	if (catalog_get(r->store, r->captures[0], &l) != 0 || !l.active) {
		catalog_free(&l); /* zeroed when not found */
		api_error(r, 404, "tidak_ditemukan", msg(M_CAT_UNKNOWN));
		return;
	}
	o = layanan_json(&l, 1);
	api_layanan_form(r->store, l.id, o); /* isian, persyaratan */
	api_send(r, 200, o);
	catalog_free(&l);
}
