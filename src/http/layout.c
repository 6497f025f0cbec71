/* layout.c: the page frame every HTML page shares, and form helpers. */
#include <stdlib.h>
#include <string.h>

#include "lib/msg.h"
#include "lib/token.h"
#include "lib/xalloc.h"
#include "hooks.h"
#include "kernel/module.h"
#include "layout.h"

int
user_has(const struct req *r, unsigned roles)
{
	return r->user != NULL && (r->who.roles & roles) != 0;
}

static void
csrf_compute(struct req *r, const char *kind, const char *val, char out[65])
{
	char *msg = xasprintf("%s:%s", kind, val);

	hmac_hex(r->app->secret, msg, out);
	free(msg);
}

const char *
csrf_token(struct req *r)
{
	/* the cache stores such a page with a hole where the token goes
	 * and fills it per visitor (cache.c) */
	r->has_csrf = 1;
	if (r->csrf[0] != '\0')
		return r->csrf;
	if (r->user != NULL && r->cookie_session != NULL &&
	    *r->cookie_session != '\0') {
		csrf_compute(r, "s", r->cookie_session, r->csrf);
	} else if (r->cookie_anon != NULL &&
	    strlen(r->cookie_anon) == TOKEN_LEN) {
		csrf_compute(r, "a", r->cookie_anon, r->csrf);
	} else {
		if (r->set_anon == NULL) {
			r->set_anon = xmalloc(TOKEN_LEN + 1);
			token_random(r->set_anon);
		}
		csrf_compute(r, "a", r->set_anon, r->csrf);
	}
	return r->csrf;
}

int
csrf_valid(struct req *r, const char *tok)
{
	char want[65];

	/*
	 * Signed in: only the token bound to this session.  A token over
	 * the anonymous cookie is refused, since a sibling site of the same
	 * registrable domain can plant that cookie (issue 12).
	 */
	if (r->user != NULL) {
		if (r->cookie_session == NULL || *r->cookie_session == '\0')
			return 0;
		csrf_compute(r, "s", r->cookie_session, want);
		return ct_streq(want, tok);
	}
	if (r->cookie_anon != NULL && strlen(r->cookie_anon) == TOKEN_LEN) {
		csrf_compute(r, "a", r->cookie_anon, want);
		if (ct_streq(want, tok))
			return 1;
	}
	return 0;
}

void
form_csrf(struct req *r)
{
	html_printf(&r->out,
	    "<input type=\"hidden\" name=\"csrf\" value=\"%s\">",
	    csrf_token(r));
}

/* One navigation link; aria-current marks the page being shown. */
static void
nav_link(struct req *r, const char *href, enum msg_id label)
{
	html_printf(&r->out, "<li><a href=\"%s\"", href);
	if (r->path != NULL && strcmp(r->path, href) == 0)
		html_lit(&r->out, " aria-current=\"page\"");
	html_printf(&r->out, ">%s</a></li>", msg(label));
}

static int
nav_cmp(const void *a, const void *b)
{
	const struct nav *x = *(const struct nav *const *)a;
	const struct nav *y = *(const struct nav *const *)b;

	if (x->place != y->place)
		return (int)x->place - (int)y->place;
	return x->order - y->order;
}

/* Every module's header links, by place then order; built once. */
static const struct nav *const *
nav_all(void)
{
	static const struct nav **all;
	const struct module *const *m;
	const struct nav *n;
	size_t k = 0;

	if (all != NULL)
		return all;
	for (m = modules; *m != NULL; m++)
		for (n = (*m)->nav; n != NULL && n->place != 0; n++)
			k++;
	all = xcalloc(k + 1, sizeof(*all));
	k = 0;
	for (m = modules; *m != NULL; m++)
		for (n = (*m)->nav; n != NULL && n->place != 0; n++)
			all[k++] = n;
	qsort(all, k, sizeof(*all), nav_cmp);
	return all;
}

/* The links of place the visitor may see. */
static void
nav_place(struct req *r, enum nav_place place)
{
	const struct nav *const *p;
	const struct nav *n;
	int count;

	for (p = nav_all(); *p != NULL; p++) {
		n = *p;
		if (n->place != place ||
		    (n->roles != 0 && !user_has(r, n->roles)))
			continue;
		count = n->count != NULL && r->user != NULL
		    ? n->count(r->store, r->who.id)
		    : 0;
		if (count > 0)
			html_printf(&r->out,
			    "<li><a href=\"%s\">%s"
			    " <span class=\"hitung\">%d<span class=\"sr\">"
			    " %s</span></span></a></li>",
			    n->href, msg(n->label), count,
			    msg(M_NAV_BELUM_DIBACA));
		else
			nav_link(r, n->href, n->label);
	}
}

/* How many links of place the visitor may see. */
static int
nav_visible(struct req *r, enum nav_place place)
{
	const struct nav *const *p;
	int n = 0;

	for (p = nav_all(); *p != NULL; p++)
		if ((*p)->place == place &&
		    ((*p)->roles == 0 || user_has(r, (*p)->roles)))
			n++;
	return n;
}

/*
 * The links the modules declare (kernel/module.h), all inside the header's
 * "Menu" disclosure (a button on a phone, unfolded by the style sheet on a
 * wide screen; issue 19): the bar, then the
 * information pages in one disclosure, so that the header stays short on
 * a phone and works without JavaScript; then the guest's or the signed-in
 * user's.
 */
static void
nav_modules(struct req *r)
{
	nav_place(r, NAV_MAIN);
	html_printf(&r->out,
	    "<li class=\"nav-info\"><details><summary>%s"
	    "</summary><ul>",
	    msg(M_NAV_INFO));
	nav_place(r, NAV_INFO);
	html_lit(&r->out, "</ul></details></li>");
	nav_place(r, r->user == NULL ? NAV_GUEST : NAV_USER);
	/* staff work pages, folded like the information pages */
	if (r->user != NULL && nav_visible(r, NAV_STAFF) > 0) {
		html_printf(&r->out,
		    "<li class=\"nav-info\"><details><summary>%s"
		    "</summary><ul>",
		    msg(M_NAV_PETUGAS));
		nav_place(r, NAV_STAFF);
		html_lit(&r->out, "</ul></details></li>");
	}
}

void
layout_begin(struct req *r, const char *title)
{
	struct buf *b = &r->out;

	if (r->status == 0)
		r->status = 200;
	html_lit(b,
	    "<!doctype html>\n<html lang=\"id\"><head>"
	    "<meta charset=\"utf-8\">"
	    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
	    "<link rel=\"stylesheet\" href=\"/aset/pamong.css\">");
	html_printf(b, "<title>%s — Pamong Kabupaten Siak</title></head><body>",
	    title);
	html_printf(b,
	    "<a class=\"lompat\" href=\"#isi\">%s</a>"
	    "<header class=\"kepala\"><div class=\"bungkus\">"
	    "<a class=\"merek\" href=\"/\">Pamong<span>%s</span></a>"
	    "<nav aria-label=\"%s\"><details class=\"menu\">"
	    "<summary>%s</summary><ul>",
	    msg(M_NAV_LOMPAT), msg(M_NAV_PEMDA), msg(M_NAV_LABEL),
	    msg(M_NAV_MENU));
	nav_modules(r);
	if (r->user != NULL) {
		html_printf(b,
		    "<li><a href=\"/akun\">%s<span class=\"akun-nama\">"
		    " (%s)</span></a></li>",
		    msg(M_NAV_AKUN), r->who.username);
		html_lit(b,
		    "<li><form method=\"post\" action=\"/keluar\""
		    " class=\"sebaris\">");
		form_csrf(r);
		html_printf(b,
		    "<button type=\"submit\" class=\"tautan\">%s"
		    "</button></form></li>",
		    msg(M_NAV_KELUAR));
	}
	html_lit(b,
	    "</ul></details></nav></div></header>"
	    "<main id=\"isi\" class=\"bungkus\" tabindex=\"-1\">");
}

void
layout_end(struct req *r)
{
	html_printf(&r->out,
	    "</main><footer class=\"kaki\"><div class=\"bungkus\">"
	    "<nav aria-label=\"%s\"><ul class=\"kaki-tautan\">",
	    msg(M_NAV_KAKI));
	nav_place(r, NAV_FOOT);
	html_lit(&r->out,
	    "</ul></nav>"
	    "<p>Pamong — Sistem Pemerintahan Berbasis Elektronik Pemerintah"
	    " Kabupaten Siak, Provinsi Riau.</p>"
	    "<p>Data wilayah: Kepmendagri 2025. Pengaduan pelayanan publik:"
	    " SP4N-LAPOR! (<a href=\"https://www.lapor.go.id\">lapor.go.id</a>)."
	    "</p></div></footer></body></html>\n");
}

void
form_errors(struct req *r, const struct field_errs *fe)
{
	int i;

	if (fe == NULL || fe->n == 0)
		return;
	html_lit(&r->out,
	    "<div class=\"kotak galat\" role=\"alert\">"
	    "<h2>Periksa kembali isian berikut</h2><ul>");
	for (i = 0; i < fe->n; i++)
		html_printf(&r->out, "<li><a href=\"#f-%s\">%s</a></li>",
		    fe->e[i].field, fe->e[i].msg);
	html_lit(&r->out, "</ul></div>");
}

void
form_field(struct req *r, const char *name, const char *label, const char *type,
    const char *value, const struct field_errs *fe, const char *hint)
{
	struct buf *b = &r->out;
	const char *err = field_err_get(fe, name);
	int pw =
	    strcmp(type, "password") == 0 || strcmp(type, "new-password") == 0;

	html_printf(b, "<div class=\"isian%s\"><label for=\"f-%s\">%s</label>",
	    err ? " salah" : "", name, label);
	if (hint != NULL)
		html_printf(b, "<p class=\"petunjuk\" id=\"h-%s\">%s</p>", name,
		    hint);
	if (err != NULL)
		html_printf(b, "<p class=\"pesan-galat\" id=\"e-%s\">%s</p>",
		    name, err);
	if (strcmp(type, "textarea") == 0)
		html_printf(b, "<textarea id=\"f-%s\" name=\"%s\" rows=\"5\"",
		    name, name);
	else if (strcmp(type, "numeric") == 0) /* digits: the number pad */
		html_printf(b,
		    "<input id=\"f-%s\" name=\"%s\" type=\"text\""
		    " inputmode=\"numeric\" autocomplete=\"off\"",
		    name, name);
	else
		html_printf(b, "<input id=\"f-%s\" name=\"%s\" type=\"%s\"",
		    name, name, pw ? "password" : type);
	if (err != NULL || hint != NULL) {
		html_lit(b, " aria-describedby=\"");
		if (hint != NULL)
			html_printf(b, "h-%s ", name);
		if (err != NULL)
			html_printf(b, "e-%s", name);
		html_lit(b, "\"");
	}
	if (err != NULL)
		html_lit(b, " aria-invalid=\"true\"");
	if (strcmp(type, "textarea") == 0) {
		html_printf(b, ">%s</textarea></div>", value ? value : "");
		return;
	}
	if (!pw && value != NULL)
		html_printf(b, " value=\"%s\"", value);
	if (strcmp(type, "password") == 0)
		html_lit(b, " autocomplete=\"current-password\"");
	else if (strcmp(type, "new-password") == 0)
		html_lit(b, " autocomplete=\"new-password\"");
	html_lit(b, "></div>");
}

void
notice(struct req *r, const char *kind, const char *text)
{
	html_printf(&r->out,
	    "<div class=\"kotak %s\" role=\"status\"><p>%s</p>"
	    "</div>",
	    kind, text);
}
