/*
 * pengumuman.c: unit announcements.  Public: GET /pengumuman (all, or
 * ?unit=CODE), GET /pengumuman/<id>, GET /pengumuman.atom (Atom 1.0) and
 * pengumuman_section() for the home and unit pages.  Staff (admin,
 * operator, kepala of the unit): GET/POST /petugas/pengumuman, GET/POST
 * /petugas/pengumuman/<id>, POST .../<id>/terbit and .../<id>/tarik.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "pengumuman.h"
#include "lib/msg.h"
#include "lib/str.h"
#include "lib/when.h"
#include "lib/xalloc.h"
#include "store/store.h"
#include "mod/permohonan/permohonan_html.h"
#include "http/layout.h"
#include "http/pages.h"
#include "ui.h"
#include "sql.h"

#define ATOM_TAG "tag:siakkab.go.id,2026:pamong/pengumuman"
#define LIST_MAX 50
#define FEED_MAX 30

static int64_t
seg_id(const char *s)
{
	char *end;
	long long v;

	if (s == NULL || *s < '1' || *s > '9' || strlen(s) > 18)
		return 0;
	v = strtoll(s, &end, 10);
	return *end == '\0' && v > 0 ? (int64_t)v : 0;
}

/* One announcement as a list item; full adds the text. */
static void
item_write(struct req *r, const struct pengumuman *p, int hlevel, int full)
{
	struct buf *b = &r->out;

	html_printf(b,
	    "<li class=\"pengumuman\"><h%d><a href=\"/pengumuman/%I\">"
	    "%s</a></h%d><p class=\"meta\">%s · <a href=\"/pengumuman?unit=%U\">"
	    "%s</a> · ",
	    hlevel, p->id, p->judul, hlevel, pengumuman_jenis_label(p->jenis),
	    p->unit_code, p->unit_name);
	permohonan_time_write(b, (time_t)p->published_at);
	html_lit(b, "</p>");
	if (full)
		html_printf(b, "<p class=\"isi-pengumuman\">%s</p>", p->isi);
	html_lit(b, "</li>");
}

void
pengumuman_section(struct req *r, const char *unit_code, int limit)
{
	struct buf *b = &r->out;
	struct pengumuman *v;
	char name[STR_CHARS(160)];
	int64_t unit_id = 0;
	size_t n, i;

	if (unit_code != NULL &&
	    (unit_id = pengumuman_sql_unit_by_code(r->store, unit_code, name,
		 sizeof(name))) == 0)
		return;
	if ((v = pengumuman_list(r->store, unit_id, 1, limit, &n)) == NULL)
		return;
	html_lit(b,
	    "<section aria-labelledby=\"h-pengumuman\"><h2"
	    " id=\"h-pengumuman\">Pengumuman</h2>");
	if (n == 0)
		html_printf(b, "<p>%s</p>", msg(M_IKM_ANN_EMPTY));
	else
		html_lit(b, "<ul class=\"daftar-pengumuman\">");
	for (i = 0; i < n; i++)
		item_write(r, &v[i], 3, 0);
	if (n > 0)
		html_lit(b, "</ul>");
	if (unit_code != NULL)
		html_printf(b,
		    "<p><a href=\"/pengumuman?unit=%U\">Semua"
		    " pengumuman unit ini</a></p>",
		    unit_code);
	else
		html_lit(b,
		    "<p><a href=\"/pengumuman\">Semua pengumuman</a> ·"
		    " <a href=\"/pengumuman.atom\">Umpan Atom</a> ·"
		    " <a href=\"/ikm\">Indeks Kepuasan Masyarakat</a></p>");
	html_lit(b, "</section>");
	pengumuman_list_free(v, n);
}

void
page_pengumuman_list(struct req *r)
{
	struct buf *b = &r->out;
	struct pengumuman *v;
	const char *code = req_str(r, "unit");
	char name[STR_CHARS(160)] = "";
	int64_t unit_id = 0;
	size_t n, i;

	if (*code != '\0' &&
	    (unit_id = pengumuman_sql_unit_by_code(r->store, code, name,
		 sizeof(name))) == 0) {
		page_error(r, 404, msg(M_IKM_FILTER_BAD));
		return;
	}
	if ((v = pengumuman_list(r->store, unit_id, 1, LIST_MAX, &n)) == NULL) {
		page_error(r, 500, NULL);
		return;
	}
	layout_begin(r, "Pengumuman");
	html_printf(b,
	    "<h1>Pengumuman%s%s</h1><p>Pengumuman unit pelayanan"
	    " tentang layanan baru dan perubahan standar pelayanan. Ikuti"
	    " melalui <a href=\"/pengumuman.atom\">umpan Atom</a>.</p>",
	    unit_id ? " — " : "", name);
	if (n == 0)
		notice(r, "info", msg(M_IKM_ANN_EMPTY));
	else
		html_lit(b, "<ul class=\"daftar-pengumuman\">");
	for (i = 0; i < n; i++)
		item_write(r, &v[i], 2, 1);
	if (n > 0)
		html_lit(b, "</ul>");
	layout_end(r);
	pengumuman_list_free(v, n);
}

void
page_pengumuman_item(struct req *r)
{
	struct buf *b = &r->out;
	struct pengumuman p;
	int64_t id = seg_id(r->captures[0]);

	if (id == 0 || pengumuman_get(r->store, id, &p) != 0) {
		page_error(r, 404, msg(M_IKM_ANN_NOT_FOUND));
		return;
	}
	if (strcmp(p.state, "terbit") != 0) {
		pengumuman_clear(&p);
		page_error(r, 404, msg(M_IKM_ANN_NOT_FOUND));
		return;
	}
	layout_begin(r, p.judul);
	html_printf(b,
	    "<nav aria-label=\"Remah roti\"><a href=\"/pengumuman\">"
	    "Pengumuman</a> › %s</nav><article><h1>%s</h1><p class=\"meta\">"
	    "%s · <a href=\"/pengumuman?unit=%U\">%s</a> · Diterbitkan ",
	    p.unit_name, p.judul, pengumuman_jenis_label(p.jenis), p.unit_code,
	    p.unit_name);
	permohonan_time_write(b, (time_t)p.published_at);
	html_printf(b, "</p><p class=\"isi-pengumuman\">%s</p></article>",
	    p.isi);
	layout_end(r);
	pengumuman_clear(&p);
}

/* XML text/attribute escaping. */
static void
xml_esc(struct buf *b, const char *s)
{
	for (; *s != '\0'; s++) {
		switch (*s) {
		case '&':
			buf_adds(b, "&amp;");
			break;
		case '<':
			buf_adds(b, "&lt;");
			break;
		case '>':
			buf_adds(b, "&gt;");
			break;
		case '"':
			buf_adds(b, "&quot;");
			break;
		case '\'':
			buf_adds(b, "&apos;");
			break;
		default:
			/* XML 1.0 forbids C0 controls other than tab/LF/CR */
			if ((unsigned char)*s >= 0x20 || *s == '\t' ||
			    *s == '\n' || *s == '\r')
				buf_addc(b, *s);
		}
	}
}

static void
xml_elem(struct buf *b, const char *name, const char *text)
{
	buf_addf(b, "<%s>", name);
	xml_esc(b, text);
	buf_addf(b, "</%s>", name);
}

static void
rfc3339(struct buf *b, const char *name, int64_t t)
{
	char s[WHEN_ISO8601_LEN];

	when_iso8601((time_t)t, s);
	buf_addf(b, "<%s>%s</%s>", name, s, name);
}

void
page_pengumuman_atom(struct req *r)
{
	struct buf *b = &r->out;
	struct pengumuman *v;
	size_t n, i;
	int64_t updated = 0;

	if ((v = pengumuman_list(r->store, 0, 1, FEED_MAX, &n)) == NULL) {
		page_error(r, 500, NULL);
		return;
	}
	for (i = 0; i < n; i++)
		if (v[i].updated_at > updated)
			updated = v[i].updated_at;
	if (updated == 0)
		updated = 1767200400; /* 2026-01-01 00:00 WIB: empty feed */
	buf_reset(b);
	buf_adds(b,
	    "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
	    "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"id\">"
	    "<id>" ATOM_TAG "</id>"
	    "<title>Pengumuman Pelayanan Publik Kabupaten Siak</title>"
	    "<subtitle>Layanan baru dan perubahan standar pelayanan</subtitle>"
	    "<link rel=\"self\" type=\"application/atom+xml\""
	    " href=\"/pengumuman.atom\"/>"
	    "<link rel=\"alternate\" type=\"text/html\" href=\"/pengumuman\"/>"
	    "<author><name>Pemerintah Kabupaten Siak</name></author>");
	rfc3339(b, "updated", updated);
	for (i = 0; i < n; i++) {
		buf_addf(b, "\n<entry><id>" ATOM_TAG "/%lld</id>",
		    (long long)v[i].id);
		xml_elem(b, "title", v[i].judul);
		rfc3339(b, "updated", v[i].updated_at);
		rfc3339(b, "published", v[i].published_at);
		buf_adds(b, "<author>");
		xml_elem(b, "name", v[i].unit_name);
		buf_addf(b,
		    "</author><link rel=\"alternate\""
		    " type=\"text/html\" href=\"/pengumuman/%lld\"/>"
		    "<category term=\"%s\" label=\"",
		    (long long)v[i].id, v[i].jenis);
		xml_esc(b, pengumuman_jenis_label(v[i].jenis));
		buf_adds(b, "\"/><content type=\"text\">");
		xml_esc(b, v[i].isi);
		buf_adds(b, "</content></entry>");
	}
	buf_adds(b, "\n</feed>\n");
	r->status = 200;
	r->out_type = "application/atom+xml; charset=utf-8";
	pengumuman_list_free(v, n);
}

/* --- staff pages --- */

static void
jenis_select(struct req *r, const char *value, const struct field_errs *fe)
{
	static const char *const kinds[] = { "layanan_baru",
		"perubahan_standar", "lainnya" };
	struct buf *b = &r->out;
	const char *err = field_err_get(fe, "jenis");
	size_t i;

	html_printf(b,
	    "<div class=\"isian%s\"><label for=\"f-jenis\">Jenis"
	    "</label>",
	    err ? " salah" : "");
	if (err != NULL)
		html_printf(b, "<p class=\"pesan-galat\" id=\"e-jenis\">%s</p>",
		    err);
	html_lit(b, "<select id=\"f-jenis\" name=\"jenis\">");
	for (i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
		html_printf(b, "<option value=\"%s\"%s>%s</option>", kinds[i],
		    value && strcmp(value, kinds[i]) == 0 ? " selected" : "",
		    pengumuman_jenis_label(kinds[i]));
	html_lit(b, "</select></div>");
}

static void
edit_form(struct req *r, int64_t id, const char *jenis, const char *judul,
    const char *isi, const struct field_errs *fe)
{
	struct buf *b = &r->out;

	form_errors(r, fe);
	if (id == 0)
		html_lit(b,
		    "<form method=\"post\" action=\"/petugas/pengumuman\""
		    " class=\"formulir\" novalidate>");
	else
		html_printf(b,
		    "<form method=\"post\" action=\"/petugas/"
		    "pengumuman/%I\" class=\"formulir\" novalidate>",
		    id);
	form_csrf(r);
	jenis_select(r, jenis, fe);
	form_field(r, "judul", "Judul", "text", judul, fe,
	    "5 sampai 160 karakter.");
	form_field(r, "isi", "Isi pengumuman", "textarea", isi, fe,
	    "10 sampai 5.000 karakter, teks biasa.");
	html_printf(b, "<button type=\"submit\">%s</button></form>",
	    id == 0 ? "Simpan sebagai draf" : "Simpan perubahan");
}

static void
state_button(struct req *r, int64_t id, const char *to, const char *label)
{
	html_printf(&r->out,
	    "<form method=\"post\" action=\"/petugas/"
	    "pengumuman/%I/%s\" class=\"sebaris\">",
	    id, to);
	form_csrf(r);
	html_printf(&r->out,
	    "<button type=\"submit\" class=\"kedua\">%s"
	    "</button></form>",
	    label);
}

static void
staff_page(struct req *r, const struct field_errs *fe)
{
	struct buf *b = &r->out;
	struct pengumuman *v;
	size_t n, i;

	if ((v = pengumuman_list(r->store, r->user->unit_id, 0, 200, &n)) ==
	    NULL) {
		page_error(r, 500, NULL);
		return;
	}
	layout_begin(r, "Pengumuman Unit");
	html_printf(b,
	    "<nav aria-label=\"Remah roti\"><a href=\"/petugas\">"
	    "Kotak Masuk</a> › Pengumuman</nav><h1>Pengumuman %s</h1>",
	    r->user->unit_name);
	if (req_param(r, "dibuat") != NULL)
		notice(r, "sukses", msg(M_IKM_ANN_CREATED));
	if (req_param(r, "terbit") != NULL)
		notice(r, "sukses", msg(M_IKM_ANN_PUBLISHED));
	if (req_param(r, "ditarik") != NULL)
		notice(r, "sukses", msg(M_IKM_ANN_WITHDRAWN));
	if (req_param(r, "disimpan") != NULL)
		notice(r, "sukses", msg(M_IKM_ANN_SAVED));
	if (n > 0) {
		html_lit(b,
		    "<div class=\"tabel-gulir\" tabindex=\"0\""
		    " role=\"region\" aria-labelledby=\"t-daftar\"><table>"
		    "<caption id=\"t-daftar\">Pengumuman unit</caption><thead>"
		    "<tr><th scope=\"col\">Judul</th><th scope=\"col\">Jenis"
		    "</th><th scope=\"col\">Status</th><th scope=\"col\">"
		    "Tindakan</th></tr></thead><tbody>");
		for (i = 0; i < n; i++) {
			html_printf(b,
			    "<tr><td><a href=\"/petugas/pengumuman/"
			    "%I\">%s</a></td><td>%s</td><td>%s</td><td>",
			    v[i].id, v[i].judul,
			    pengumuman_jenis_label(v[i].jenis),
			    pengumuman_state_label(v[i].state));
			if (strcmp(v[i].state, "terbit") == 0)
				state_button(r, v[i].id, "tarik", "Tarik");
			else
				state_button(r, v[i].id, "terbit", "Terbitkan");
			html_lit(b, "</td></tr>");
		}
		html_lit(b, "</tbody></table></div>");
	}
	html_lit(b, "<h2>Tulis pengumuman</h2>");
	edit_form(r, 0, fe ? req_param(r, "jenis") : "layanan_baru",
	    fe ? req_param(r, "judul") : "", fe ? req_param(r, "isi") : "", fe);
	layout_end(r);
	pengumuman_list_free(v, n);
}

void
page_pengumuman_staff(struct req *r)
{
	if (r->user->unit_id == 0) {
		page_error(r, 403, msg(M_IKM_NO_UNIT));
		return;
	}
	staff_page(r, NULL);
}

void
page_pengumuman_create(struct req *r)
{
	struct field_errs fe;

	memset(&fe, 0, sizeof(fe));
	switch (pengumuman_save(r->store, r->user, 0, req_str(r, "jenis"),
	    req_str(r, "judul"), req_str(r, "isi"), r->addr, r->now, &fe,
	    NULL)) {
	case 0:
		req_redirect(r, "/petugas/pengumuman?dibuat=1");
		return;
	case -1:
		r->status = 422;
		staff_page(r, &fe);
		return;
	case -2:
		page_error(r, 403, msg(M_IKM_NO_UNIT));
		return;
	default:
		page_error(r, 500, msg(M_SAVE_FAILED));
	}
}

/* The announcement of the path if it is the user's unit's; else 404. */
static int
own(struct req *r, struct pengumuman *p)
{
	int64_t id = seg_id(r->captures[0]);

	if (id == 0 || pengumuman_get(r->store, id, p) != 0) {
		page_error(r, 404, msg(M_IKM_ANN_NOT_FOUND));
		return -1;
	}
	if (p->unit_id != r->user->unit_id) {
		pengumuman_clear(p);
		page_error(r, 404, msg(M_IKM_ANN_NOT_FOUND));
		return -1;
	}
	return 0;
}

static void
edit_page(struct req *r, const struct pengumuman *p,
    const struct field_errs *fe)
{
	struct buf *b = &r->out;

	layout_begin(r, "Ubah Pengumuman");
	html_printf(b,
	    "<nav aria-label=\"Remah roti\"><a href=\"/petugas/"
	    "pengumuman\">Pengumuman</a> › %s</nav><h1>Ubah pengumuman</h1>"
	    "<p>Status: <strong>%s</strong>.</p>",
	    p->judul, pengumuman_state_label(p->state));
	edit_form(r, p->id, fe ? req_param(r, "jenis") : p->jenis,
	    fe ? req_param(r, "judul") : p->judul,
	    fe ? req_param(r, "isi") : p->isi, fe);
	if (strcmp(p->state, "terbit") == 0)
		state_button(r, p->id, "tarik", "Tarik dari publik");
	else
		state_button(r, p->id, "terbit", "Terbitkan");
	layout_end(r);
}

void
page_pengumuman_edit(struct req *r)
{
	struct pengumuman p;

	if (own(r, &p) != 0)
		return;
	edit_page(r, &p, NULL);
	pengumuman_clear(&p);
}

void
page_pengumuman_save(struct req *r)
{
	struct field_errs fe;
	struct pengumuman p;
	char *loc;

	if (own(r, &p) != 0)
		return;
	memset(&fe, 0, sizeof(fe));
	switch (pengumuman_save(r->store, r->user, p.id, req_str(r, "jenis"),
	    req_str(r, "judul"), req_str(r, "isi"), r->addr, r->now, &fe,
	    NULL)) {
	case 0:
		loc = xasprintf("/petugas/pengumuman?disimpan=%lld",
		    (long long)p.id);
		req_redirect(r, loc);
		free(loc);
		break;
	case -1:
		r->status = 422;
		edit_page(r, &p, &fe);
		break;
	case -2:
		page_error(r, 404, msg(M_IKM_ANN_NOT_FOUND));
		break;
	default:
		page_error(r, 500, msg(M_SAVE_FAILED));
	}
	pengumuman_clear(&p);
}

static void
set_state(struct req *r, const char *to, const char *done)
{
	struct pengumuman p;

	if (own(r, &p) != 0)
		return;
	switch (pengumuman_set_state(r->store, r->user, p.id, to, r->addr,
	    r->now)) {
	case 0:
		req_redirect(r, done);
		break;
	case -2:
		page_error(r, 404, msg(M_IKM_ANN_NOT_FOUND));
		break;
	case -4: /* page_error() has no 409: a page of our own */
		r->status = 409;
		layout_begin(r, "Pengumuman");
		html_lit(&r->out, "<h1>Pengumuman</h1>");
		notice(r, "galat", msg(M_IKM_ANN_STATE_BAD));
		html_printf(&r->out,
		    "<p><a href=\"/petugas/pengumuman/%I\">"
		    "Kembali ke pengumuman</a></p>",
		    p.id);
		layout_end(r);
		break;
	default:
		page_error(r, 500, msg(M_SAVE_FAILED));
	}
	pengumuman_clear(&p);
}

void
page_pengumuman_publish(struct req *r)
{
	set_state(r, "terbit", "/petugas/pengumuman?terbit=1");
}

void
page_pengumuman_withdraw(struct req *r)
{
	set_state(r, "ditarik", "/petugas/pengumuman?ditarik=1");
}
