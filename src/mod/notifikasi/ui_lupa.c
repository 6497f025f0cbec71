/*
 * ui_lupa.c: /lupa-sandi, the password reset by a one-time code for
 * citizens and staff (issue 15): GET the form; POST /lupa-sandi asks for
 * a code (the same answer for every name); POST /lupa-sandi/atur sets the
 * new password with the code.
 */
#include <string.h>

#include "http/layout.h"
#include "http/pages.h"
#include "lib/msg.h"
#include "sandi.h"
#include "ui.h"

#define LUPA_MAX 64

/* The second step: the code and the new password for user. */
static void
atur_form(struct req *r, const char *user, const char *error, const char *info)
{
	struct buf *b = &r->out;

	layout_begin(r, "Lupa kata sandi");
	html_lit(b, "<h1>Atur ulang kata sandi</h1>");
	if (info != NULL)
		notice(r, "info", info);
	if (error != NULL)
		notice(r, "galat", error);
	html_lit(b,
	    "<form method=\"post\" action=\"/lupa-sandi/atur\""
	    " class=\"formulir\" novalidate>");
	form_csrf(r);
	form_field(r, "pengguna", "Nama pengguna", "text", user, NULL, NULL);
	form_field(r, "kode", "Kode pemulihan (6 angka)", "text", NULL, NULL,
	    "Kode dikirim ke kontak Anda yang sudah terverifikasi dan"
	    " berlaku 15 menit.");
	form_field(r, "sandi", "Kata sandi baru", "new-password", NULL, NULL,
	    "Paling sedikit 10 karakter.");
	form_field(r, "sandi2", "Ulangi kata sandi baru", "new-password", NULL,
	    NULL, NULL);
	html_lit(b,
	    "<button type=\"submit\">Simpan kata sandi</button></form>");
	layout_end(r);
}

void
page_lupa(struct req *r)
{
	struct buf *b = &r->out;

	layout_begin(r, "Lupa kata sandi");
	html_lit(b,
	    "<h1>Lupa kata sandi</h1><p>Masukkan nama pengguna Anda. Kode"
	    " pemulihan dikirim ke e-mail atau nomor WhatsApp/SMS Anda yang"
	    " sudah terverifikasi.</p><form method=\"post\""
	    " action=\"/lupa-sandi\" class=\"formulir\" novalidate>");
	form_csrf(r);
	form_field(r, "pengguna", "Nama pengguna", "text", NULL, NULL, NULL);
	html_lit(b,
	    "<button type=\"submit\">Kirim kode</button></form><p>Sudah"
	    " mempunyai kode? <a href=\"/lupa-sandi?kode=1\">Masukkan"
	    " kode</a>.</p>");
	layout_end(r);
}

void
page_lupa_post(struct req *r)
{
	const char *user = req_str(r, "pengguna");

	if (*user == '\0' || strlen(user) > LUPA_MAX) {
		r->status = 422;
		atur_form(r, NULL, msg(M_LUPA_KOSONG), NULL);
		return;
	}
	/* a storage error is not told: the answer is the same for all */
	if (sandi_lupa(r->store, user, r->addr ? r->addr : "", r->now) == -2) {
		r->status = 429;
		r->retry_after = 15 * 60;
		atur_form(r, NULL, msg(M_SANDI_SERING), NULL);
		return;
	}
	atur_form(r, user, NULL, msg(M_LUPA_TERKIRIM));
}

void
page_lupa_atur(struct req *r)
{
	const char *user = req_str(r, "pengguna"), *kode = req_str(r, "kode");
	const char *pw = req_str(r, "sandi"), *pw2 = req_str(r, "sandi2");
	struct field_errs fe;
	int rc;

	if (*user == '\0' || *kode == '\0' || *pw == '\0') {
		r->status = 422;
		atur_form(r, user, msg(M_SANDI_ISIAN), NULL);
		return;
	}
	if (strcmp(pw, pw2) != 0) {
		r->status = 422;
		atur_form(r, user, msg(M_LUPA_SANDI_BEDA), NULL);
		return;
	}
	memset(&fe, 0, sizeof(fe));
	rc = sandi_atur(r->store, user, kode, pw, r->addr ? r->addr : "",
	    r->now, &fe);
	if (rc == 0) {
		req_redirect(r, "/masuk?sandi=1");
		return;
	}
	r->status = rc == -3 ? 500 : 400;
	atur_form(r, user,
	    rc == -1		       ? msg(M_SANDI_KODE_SALAH)
		: rc == -2 && fe.n > 0 ? fe.e[0].msg
				       : msg(M_SAVE_FAILED),
	    NULL);
}
