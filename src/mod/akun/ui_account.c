/* account.c: Akun Saya: profile, password change and live sessions. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "account.h"
#include "session.h"
#include "lib/msg.h"
#include "lib/token.h"
#include "lib/when.h"
#include "lib/xalloc.h"
#include "http/layout.h"
#include "http/pages.h"
#include "ui.h"

#define SESSIONS_SHOWN 20

/* "28 Nov 2026, 17.00 WIB" */
static void
time_wib(struct buf *b, time_t t)
{
	struct tm tm;

	if (when_wib(t, &tm) != 0) {
		buf_adds(b, "-");
		return;
	}
	buf_addf(b, "%d %s %d, %02d.%02d WIB", tm.tm_mday, when_bln[tm.tm_mon],
	    tm.tm_year + 1900, tm.tm_hour, tm.tm_min);
}

/* A NIK shown to its owner on a possibly shared screen: 140801••••••0001. */
static void
nik_masked(struct buf *b, const char *nik)
{
	size_t n = strlen(nik), i;

	if (n != 16) {
		buf_adds(b, "-");
		return;
	}
	buf_add(b, nik, 6);
	for (i = 6; i < 12; i++)
		buf_adds(b, "\xe2\x80\xa2"); /* U+2022 BULLET */
	buf_add(b, nik + 12, 4);
}

static void
dl_row(struct req *r, const char *term, const char *value)
{
	html_printf(&r->out, "<dt>%s</dt><dd>%s</dd>", term,
	    value && *value ? value : "-");
}

static void
profile(struct req *r)
{
	const struct account *u = r->user;
	struct buf b = BUF_INIT;
	unsigned bit;
	int first = 1;

	html_lit(&r->out,
	    "<section aria-labelledby=\"profil\"><h2 id=\"profil\">"
	    "Profil</h2><dl class=\"standar\">");
	dl_row(r, "Nama pengguna", u->username);
	dl_row(r, "Nama lengkap", u->full_name);
	if (u->nik[0] != '\0') {
		nik_masked(&b, u->nik);
		dl_row(r, "NIK", b.s);
		buf_reset(&b);
		/* issue 12 item 5: claimed until verified */
		dl_row(r, "Status NIK",
		    u->nik_verified ? msg(M_NIKV_STATUS_VERIFIED)
				    : msg(M_NIKV_STATUS_CLAIMED_HINT));
	}
	dl_row(r, "Nomor telepon", u->phone);
	dl_row(r, "Alamat surel", u->email);
	if (u->unit_id != 0) {
		buf_addf(&b, "%s (%s)", u->unit_name, u->unit_code);
		dl_row(r, "Unit kerja", b.s);
		buf_reset(&b);
	}
	for (bit = 1; bit <= ROLE_LAST; bit <<= 1) {
		if (!(u->roles & bit))
			continue;
		if (!first)
			buf_adds(&b, ", ");
		buf_adds(&b, role_label(bit));
		first = 0;
	}
	dl_row(r, "Peran", b.s);
	buf_reset(&b);
	time_wib(&b, u->created_at);
	dl_row(r, "Terdaftar sejak", b.s);
	html_lit(&r->out, "</dl>");
	if (u->roles & ROLE_WARGA)
		html_lit(&r->out,
		    "<p><a href=\"/akun/identitas\">Data kependudukan</a>"
		    " (tempat dan tanggal lahir, agama, pekerjaan, alamat) yang"
		    " dicetak pada surat keterangan Anda</p>");
	html_lit(&r->out,
	    "<p><a href=\"/akun/notifikasi\">Kontak dan saluran"
	    " pemberitahuan</a> (verifikasi e-mail dan telepon, WhatsApp,"
	    " SMS, berhenti berlangganan)</p></section>");
	buf_free(&b);
}

static void
password_form(struct req *r, const struct field_errs *fe)
{
	html_lit(&r->out,
	    "<section aria-labelledby=\"ganti-sandi\">"
	    "<h2 id=\"ganti-sandi\">Ganti kata sandi</h2>");
	form_errors(r, fe);
	html_lit(&r->out,
	    "<form method=\"post\" action=\"/akun/sandi\""
	    " class=\"formulir\" novalidate>");
	form_csrf(r);
	form_field(r, "sandi_lama", "Kata sandi saat ini", "password", NULL, fe,
	    NULL);
	form_field(r, "sandi_baru", "Kata sandi baru", "new-password", NULL, fe,
	    "Minimal 10 karakter.");
	form_field(r, "sandi_baru2", "Ulangi kata sandi baru", "new-password",
	    NULL, fe, NULL);
	html_lit(&r->out,
	    "<p class=\"meta\">Setelah kata sandi diganti, sesi di"
	    " perangkat lain diakhiri.</p><button type=\"submit\">Ganti kata"
	    " sandi</button></form></section>");
}

static void
sessions(struct req *r)
{
	struct session_info si[SESSIONS_SHOWN];
	struct buf b = BUF_INIT;
	char mine[65] = "";
	int n, i;

	if (r->cookie_session != NULL && *r->cookie_session != '\0')
		sha256_hex(r->cookie_session, strlen(r->cookie_session), mine);
	n = session_list(r->store, r->user->id, r->now, si, SESSIONS_SHOWN);
	html_lit(&r->out,
	    "<section aria-labelledby=\"sesi\"><h2 id=\"sesi\">"
	    "Sesi aktif</h2><p>Daftar perangkat dan aplikasi yang sedang masuk"
	    " dengan akun Anda. Bila ada yang tidak Anda kenali, keluarlah dari"
	    " semua perangkat lalu ganti kata sandi.</p><div class=\"tabel-gulir\" tabindex=\"0\" role=\"region\" aria-label=\"Tabel sesi aktif\">"
	    "<table><caption class=\"meta\">Sesi terbaru di atas</caption><thead>"
	    "<tr><th scope=\"col\">Jenis</th><th scope=\"col\">Mulai</th>"
	    "<th scope=\"col\">Terakhir aktif</th><th scope=\"col\">Alamat IP"
	    "</th><th scope=\"col\">Perangkat</th></tr></thead><tbody>");
	for (i = 0; i < n; i++) {
		html_printf(&r->out, "<tr><td>%s",
		    strcmp(si[i].kind, "api") == 0 ? "Aplikasi (API)"
						   : "Peramban");
		if (mine[0] != '\0' && strcmp(si[i].token_hash, mine) == 0)
			html_lit(&r->out,
			    " <span class=\"lencana\">sesi ini"
			    "</span>");
		buf_reset(&b);
		time_wib(&b, si[i].created_at);
		html_printf(&r->out, "</td><td>%s</td>", b.s);
		buf_reset(&b);
		time_wib(&b, si[i].last_seen);
		html_printf(&r->out, "<td>%s</td><td>%s</td><td>%s</td></tr>",
		    b.s, si[i].addr[0] ? si[i].addr : "-",
		    si[i].agent[0] ? si[i].agent : "-");
	}
	html_lit(&r->out,
	    "</tbody></table></div><form method=\"post\""
	    " action=\"/akun/keluar-semua\">");
	form_csrf(r);
	html_lit(&r->out,
	    "<button type=\"submit\" class=\"bahaya\">Keluar dari"
	    " semua perangkat</button></form></section>");
	buf_free(&b);
}

static void
account_page(struct req *r, const struct field_errs *fe)
{
	layout_begin(r, "Akun Saya");
	html_lit(&r->out, "<h1>Akun Saya</h1>");
	if (req_param(r, "selamat") != NULL)
		notice(r, "sukses", msg(M_SIGNUP_WELCOME));
	if (req_param(r, "sandi") != NULL && r->method == REQ_GET)
		notice(r, "sukses", msg(M_PW_CHANGED));
	profile(r);
	password_form(r, fe);
	sessions(r);
	layout_end(r);
}

void
page_account(struct req *r)
{
	account_page(r, NULL);
}

void
page_account_password(struct req *r)
{
	struct field_errs fe;
	const char *new_pw = req_str(r, "sandi_baru");
	char keep[65] = "";
	char *text;
	int wait;

	memset(&fe, 0, sizeof(fe));
	/* guessing the current password is a login attempt: throttle it */
	wait = throttle_check(r->store, r->user->username,
	    r->addr ? r->addr : "", r->now);
	if (wait > 0) {
		r->status = 429;
		r->retry_after = wait;
		text = xasprintf(msg(M_LOGIN_THROTTLED), (wait + 59) / 60);
		field_err_add(&fe, "sandi_lama", text);
		account_page(r, &fe);
		free(text);
		return;
	}
	if (*new_pw != '\0' && strcmp(new_pw, req_str(r, "sandi_baru2")) != 0)
		field_err_add(&fe, "sandi_baru2", msg(M_PW_NEW_MISMATCH));
	if (r->cookie_session != NULL)
		sha256_hex(r->cookie_session, strlen(r->cookie_session), keep);
	if (account_change_password(r->store, r->user->id,
		req_str(r, "sandi_lama"), new_pw, keep, &fe) != 0) {
		if (fe.n == 0) {
			page_error(r, 500, msg(M_SAVE_FAILED));
			return;
		}
		if (field_err_get(&fe, "sandi_lama") != NULL)
			throttle_record(r->store, r->user->username,
			    r->addr ? r->addr : "", 0, r->now);
		r->status = 422;
		account_page(r, &fe);
		return;
	}
	req_redirect(r, "/akun?sandi=1");
}

void
page_account_logout_all(struct req *r)
{
	if (session_end_all(r->store, r->user->id) != 0) {
		page_error(r, 500, msg(M_SAVE_FAILED));
		return;
	}
	free(r->set_session);
	r->set_session = xstrdup("");
	req_redirect(r, "/masuk?keluar=semua");
}
