/*
 * ui_akun_notif.c: /akun/notifikasi, a person's contacts and channels
 * (issue 15): each contact verified or not, a code to verify it, the
 * channels chosen (in-app only when none: the opt-out every message
 * links to).  Only the signed-in account's own data.
 */
#include <string.h>

#include "http/layout.h"
#include "http/pages.h"
#include "lib/msg.h"
#include "ui.h"
#include "verif.h"

static void
contact(struct req *r, const char *label, const char *kind, const char *val,
    int ok)
{
	struct buf *b = &r->out;

	html_printf(b, "<tr><th scope=\"row\">%s</th><td>%s</td><td>", label,
	    *val ? val : "(kosong)");
	if (*val == '\0')
		html_lit(b, "-");
	else if (ok)
		html_lit(b, "Terverifikasi");
	else {
		html_lit(b,
		    "Belum terverifikasi <form method=\"post\""
		    " action=\"/akun/notifikasi/kode\" class=\"sebaris\">");
		form_csrf(r);
		html_printf(b,
		    "<input type=\"hidden\" name=\"jenis\" value=\"%s\">"
		    "<button type=\"submit\" class=\"kedua\">Kirim kode"
		    " verifikasi</button></form>",
		    kind);
	}
	html_lit(b, "</td></tr>");
}

static void
box(struct req *r, const char *name, const char *label, int on)
{
	html_printf(&r->out,
	    "<p><label><input type=\"checkbox\" name=\"%s\" value=\"1\"", name);
	if (on)
		html_lit(&r->out, " checked");
	html_printf(&r->out, "> %s</label></p>", label);
}

static void
akun_notif_page(struct req *r, const char *kind, const char *text)
{
	struct buf *b = &r->out;
	struct verif_state v;

	if (verif_state(r->store, r->user == NULL ? 0 : r->who.id, &v) != 0) {
		page_error(r, 500, NULL);
		return;
	}
	layout_begin(r, "Pemberitahuan");
	html_lit(b, "<h1>Kontak dan saluran pemberitahuan</h1>");
	if (text != NULL)
		notice(r, kind, text);
	html_lit(b,
	    "<p>Pemberitahuan di luar aplikasi hanya dikirim ke kontak yang"
	    " sudah terverifikasi.</p><table><thead><tr><th>Kontak</th>"
	    "<th>Alamat</th><th>Status</th></tr></thead><tbody>");
	contact(r, "E-mail", "email", v.email, v.email_ok);
	contact(r, "Telepon", "phone", v.phone, v.phone_ok);
	html_lit(b,
	    "</tbody></table><h2>Masukkan kode verifikasi</h2><form"
	    " method=\"post\" action=\"/akun/notifikasi/verifikasi\""
	    " class=\"formulir\" novalidate>");
	form_csrf(r);
	html_lit(b,
	    "<p><label for=\"jenis\">Kontak</label><select id=\"jenis\""
	    " name=\"jenis\"><option value=\"email\">E-mail</option><option"
	    " value=\"phone\">Telepon</option></select></p>");
	form_field(r, "kode", "Kode (6 angka)", "text", NULL, NULL, NULL);
	html_lit(b,
	    "<button type=\"submit\">Verifikasi</button></form>"
	    "<h2>Saluran</h2><form method=\"post\""
	    " action=\"/akun/notifikasi/pilihan\" class=\"formulir\">");
	form_csrf(r);
	box(r, "email", "E-mail", v.email_on);
	box(r, "whatsapp", "WhatsApp", v.wa_on);
	box(r, "sms", "SMS", v.sms_on);
	html_lit(b,
	    "<p class=\"meta\">Tanpa pilihan: pemberitahuan hanya di"
	    " aplikasi (berhenti berlangganan).</p><button"
	    " type=\"submit\">Simpan pilihan</button></form>");
	layout_end(r);
}

void
page_akun_notif(struct req *r)
{
	const char *ok = req_param(r, "ok");

	if (ok != NULL && strcmp(ok, "kode") == 0)
		akun_notif_page(r, "info", msg(M_VERIF_TERKIRIM));
	else if (ok != NULL && strcmp(ok, "verif") == 0)
		akun_notif_page(r, "sukses", msg(M_VERIF_SELESAI));
	else if (ok != NULL && strcmp(ok, "kanal") == 0)
		akun_notif_page(r, "sukses", msg(M_KANAL_DISIMPAN));
	else
		akun_notif_page(r, NULL, NULL);
}

void
page_akun_notif_kode(struct req *r)
{
	int rc = verif_send(r->store, r->who.id, req_str(r, "jenis"),
	    r->addr ? r->addr : "", r->now);

	if (rc == 1) {
		req_redirect(r, "/akun/notifikasi?ok=kode");
		return;
	}
	r->status = rc == -2 ? 429 : rc == 0 ? 422 : 500;
	if (rc == -2)
		r->retry_after = 15 * 60;
	akun_notif_page(r, "galat",
	    rc == -2	  ? msg(M_VERIF_BATAS)
		: rc == 0 ? msg(M_VERIF_KOSONG)
			  : msg(M_SAVE_FAILED));
}

void
page_akun_notif_verif(struct req *r)
{
	int rc = verif_check(r->store, r->who.id, req_str(r, "jenis"),
	    req_str(r, "kode"), r->addr ? r->addr : "", r->now);

	if (rc == 1) {
		req_redirect(r, "/akun/notifikasi?ok=verif");
		return;
	}
	r->status = rc == 0 ? 400 : 500;
	akun_notif_page(r, "galat",
	    rc == 0 ? msg(M_VERIF_SALAH) : msg(M_SAVE_FAILED));
}

void
page_akun_notif_pilihan(struct req *r)
{
	if (verif_choose(r->store, r->who.id, req_param(r, "email") != NULL,
		req_param(r, "whatsapp") != NULL, req_param(r, "sms") != NULL,
		r->addr ? r->addr : "", r->now) != 0) {
		r->status = 500;
		akun_notif_page(r, "galat", msg(M_SAVE_FAILED));
		return;
	}
	req_redirect(r, "/akun/notifikasi?ok=kanal");
}
