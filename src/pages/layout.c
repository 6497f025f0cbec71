/* layout.c: the page frame every HTML page shares, and form helpers. */
#include <stdlib.h>
#include <string.h>

#include "../domain/notify.h"
#include "../lib/token.h"
#include "../lib/xalloc.h"
#include "layout.h"

int
user_has(const struct req *r, unsigned roles)
{
	return r->user != NULL && (r->user->roles & roles) != 0;
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
	r->personal = 1;	/* never cache a page that carries a token */
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

	if (r->cookie_session != NULL && *r->cookie_session != '\0') {
		csrf_compute(r, "s", r->cookie_session, want);
		if (ct_streq(want, tok))
			return 1;
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
	html_printf(&r->out, "<input type=\"hidden\" name=\"csrf\" value=\"%s\">",
	    csrf_token(r));
}

void
layout_begin(struct req *r, const char *title)
{
	struct buf *b = &r->out;

	if (r->status == 0)
		r->status = 200;
	html_lit(b, "<!doctype html>\n<html lang=\"id\"><head>"
	    "<meta charset=\"utf-8\">"
	    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
	    "<link rel=\"stylesheet\" href=\"/aset/pamong.css\">");
	html_printf(b, "<title>%s — Pamong Kabupaten Siak</title></head><body>",
	    title);
	html_lit(b, "<a class=\"lompat\" href=\"#isi\">Langsung ke isi</a>"
	    "<header class=\"kepala\"><div class=\"bungkus\">"
	    "<a class=\"merek\" href=\"/\">Pamong<span>Pemerintah Kabupaten Siak"
	    "</span></a><nav aria-label=\"Navigasi utama\"><ul>"
	    "<li><a href=\"/\">Beranda</a></li>"
	    "<li><a href=\"/layanan\">Katalog Layanan</a></li>"
	    "<li><a href=\"/wilayah\">Wilayah</a></li>");
	if (r->user == NULL) {
		html_lit(b, "<li><a href=\"/masuk\">Masuk</a></li>"
		    "<li><a href=\"/daftar\">Daftar</a></li>");
	} else {
		int unread = notify_unread(r->store, r->user->id);

		if (user_has(r, ROLE_WARGA))
			html_lit(b, "<li><a href=\"/permohonan\">Permohonan"
			    " Saya</a></li>");
		if (user_has(r, ROLE_STAFF))
			html_lit(b, "<li><a href=\"/petugas\">Kotak Masuk</a>"
			    "</li>");
		if (unread > 0)
			html_printf(b, "<li><a href=\"/notifikasi\">Notifikasi"
			    " <span class=\"hitung\">%d<span class=\"sr\">"
			    " belum dibaca</span></span></a></li>", unread);
		else
			html_lit(b, "<li><a href=\"/notifikasi\">Notifikasi</a>"
			    "</li>");
		if (user_has(r, ROLE_ADMINS))
			html_lit(b, "<li><a href=\"/admin\">Admin</a></li>");
		html_printf(b, "<li><a href=\"/akun\">Akun Saya (%s)</a></li>",
		    r->user->username);
		html_lit(b, "<li><form method=\"post\" action=\"/keluar\""
		    " class=\"sebaris\">");
		form_csrf(r);
		html_lit(b, "<button type=\"submit\" class=\"tautan\">Keluar"
		    "</button></form></li>");
	}
	html_lit(b, "</ul></nav></div></header>"
	    "<main id=\"isi\" class=\"bungkus\" tabindex=\"-1\">");
}

void
layout_end(struct req *r)
{
	html_lit(&r->out, "</main><footer class=\"kaki\"><div class=\"bungkus\">"
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
	html_lit(&r->out, "<div class=\"kotak galat\" role=\"alert\">"
	    "<h2>Periksa kembali isian berikut</h2><ul>");
	for (i = 0; i < fe->n; i++)
		html_printf(&r->out, "<li><a href=\"#f-%s\">%s</a></li>",
		    fe->e[i].field, fe->e[i].msg);
	html_lit(&r->out, "</ul></div>");
}

void
form_field(struct req *r, const char *name, const char *label,
    const char *type, const char *value, const struct field_errs *fe,
    const char *hint)
{
	struct buf *b = &r->out;
	const char *err = field_err_get(fe, name);
	int pw = strcmp(type, "password") == 0 ||
	    strcmp(type, "new-password") == 0;

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
	html_printf(&r->out, "<div class=\"kotak %s\" role=\"status\"><p>%s</p>"
	    "</div>", kind, text);
}
