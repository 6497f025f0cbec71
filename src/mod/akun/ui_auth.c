/* auth.c: sign-in (/masuk), citizen sign-up (/daftar) and sign-out (/keluar). */
#include <stdlib.h>
#include <string.h>

#include "account.h"
#include "session.h"
#include "lib/msg.h"
#include "lib/xalloc.h"
#include "mod/wilayah/wilayah.h"
#include "http/layout.h"
#include "http/pages.h"
#include "ui.h"

/* Longest username and password worth hashing; longer ones simply fail. */
#define LOGIN_USER_MAX 64
#define LOGIN_PW_MAX 1024

/* Where to go after signing in: lanjut when it is a plain local path. */
static const char *
next_path(const char *lanjut)
{
	const unsigned char *p;

	if (lanjut == NULL || lanjut[0] != '/' || lanjut[1] == '/' ||
	    strlen(lanjut) > 512)
		return "/akun";
	for (p = (const unsigned char *)lanjut; *p != '\0'; p++)
		if (*p < 0x20 || *p == 0x7f || *p == '\\')
			return "/akun";
	return lanjut;
}

/*
 * Start a cookie session for account id, ending the session the browser
 * had before (session rotation: a token never survives a login).
 */
static int
login_as(struct req *r, int64_t id)
{
	char tok[TOKEN_LEN + 1];
	time_t expires;

	if (r->cookie_session != NULL && *r->cookie_session != '\0')
		(void)session_end(r->store, r->cookie_session);
	if (session_create(r->store, id, "cookie", r->addr, r->agent, r->now,
		tok, &expires) != 0)
		return -1;
	free(r->set_session);
	r->set_session = xstrdup(tok);
	return 0;
}

static void
login_form(struct req *r, const char *user, const char *lanjut,
    const char *error, const char *info)
{
	struct buf *b = &r->out;

	layout_begin(r, "Masuk");
	html_lit(b, "<h1>Masuk ke Pamong</h1>");
	if (info != NULL)
		notice(r, "info", info);
	if (error != NULL)
		html_printf(b,
		    "<div class=\"kotak galat\" role=\"alert\">"
		    "<p>%s</p></div>",
		    error);
	html_lit(b,
	    "<form method=\"post\" action=\"/masuk\" class=\"formulir\""
	    " novalidate>");
	form_csrf(r);
	if (lanjut != NULL && strcmp(next_path(lanjut), lanjut) == 0)
		html_printf(b,
		    "<input type=\"hidden\" name=\"lanjut\""
		    " value=\"%s\">",
		    lanjut);
	form_field(r, "pengguna", "Nama pengguna", "text", user, NULL, NULL);
	form_field(r, "sandi", "Kata sandi", "password", NULL, NULL, NULL);
	html_lit(b,
	    "<button type=\"submit\">Masuk</button></form>"
	    "<p>Belum mempunyai akun warga? <a href=\"/daftar\">Daftar"
	    " sekarang</a>.</p><p><a href=\"/lupa-sandi\">Lupa kata"
	    " sandi?</a></p><p class=\"meta\">Akun petugas dibuat oleh"
	    " admin unit masing-masing; tanpa kontak terverifikasi, hubungi"
	    " admin unit Anda untuk mengatur ulang kata sandi.</p>");
	layout_end(r);
}

void
page_login(struct req *r)
{
	const char *info = NULL;
	char *text = NULL;

	/* a signed-in visitor may still sign in as someone else */
	if (r->user != NULL)
		info = text =
		    xasprintf(msg(M_LOGIN_ALREADY), r->user->username);
	else if (req_param(r, "keluar") != NULL)
		info = msg(M_LOGOUT_ALL_DONE);
	else if (req_param(r, "sandi") != NULL)
		info = msg(M_LUPA_SELESAI); /* notifikasi's /lupa-sandi */
	login_form(r, NULL, req_param(r, "lanjut"), NULL, info);
	free(text);
}

/*
 * Whole minutes to tell someone held by a throttle that answers wait
 * seconds.  The throttles add one second so that Retry-After lands after
 * the window ends: 901 s is still "15 menit", never 16 (seen when every
 * attempt fell in the same second).  At least 1.
 */
static int
wait_minutes(int wait)
{
	int m = (wait - 1 + 59) / 60;

	return m < 1 ? 1 : m;
}

void
page_login_post(struct req *r)
{
	const char *user = req_str(r, "pengguna");
	const char *pw = req_str(r, "sandi");
	const char *lanjut = req_param(r, "lanjut");
	const char *addr = r->addr ? r->addr : "";
	struct account a;
	char *text;
	int64_t id = 0;
	int wait;

	if (*user == '\0' || *pw == '\0') {
		r->status = 422;
		login_form(r, user, lanjut, msg(M_LOGIN_EMPTY), NULL);
		return;
	}
	if ((wait = throttle_check(r->store, user, addr, r->now)) > 0) {
		r->status = 429;
		r->retry_after = wait;
		text = xasprintf(msg(M_LOGIN_THROTTLED), wait_minutes(wait));
		login_form(r, user, lanjut, text, NULL);
		free(text);
		return;
	}
	if (strlen(user) <= LOGIN_USER_MAX && strlen(pw) <= LOGIN_PW_MAX)
		id = account_authenticate(r->store, user, pw);
	throttle_record(r->store, user, addr, id != 0, r->now);
	if (id == 0) {
		/* one message for unknown, wrong and disabled: no enumeration */
		login_form(r, user, lanjut, msg(M_LOGIN_FAILED), NULL);
		return;
	}
	if (login_as(r, id) != 0) {
		page_error(r, 500, NULL);
		return;
	}
	/* no page asked for: a citizen lands on "Permohonan Saya" */
	if (strcmp(next_path(lanjut), "/akun") == 0 &&
	    (lanjut == NULL || strcmp(lanjut, "/akun") != 0) &&
	    account_load(r->store, id, &a) == 0 && (a.roles & ROLE_WARGA))
		req_redirect(r, "/permohonan");
	else
		req_redirect(r, next_path(lanjut));
}

/* The sign-up form, in the order its errors are listed. */
static const char *const signup_fields[] = { "nik", "nama", "telepon", "email",
	"kampung", "pengguna", "sandi", "sandi2", "peran", NULL };

/*
 * The kampung/kelurahan of residence (issue 19 item 8): a select of the
 * kampung and kelurahan of Kabupaten Siak grouped by kecamatan, starting
 * at "— Pilih —"; forms of applications and complaints preselect it.
 */
static void
kampung_select(struct req *r, const char *value, const struct field_errs *fe)
{
	struct buf *b = &r->out;
	struct wilayah_list kec, desa;
	const char *err = field_err_get(fe, "kampung");
	size_t i, j;

	html_printf(b,
	    "<div class=\"isian%s\"><label for=\"f-kampung\">Kampung/"
	    "kelurahan tempat tinggal</label><p class=\"petunjuk\""
	    " id=\"h-kampung\">Dipilih lebih dahulu pada formulir permohonan"
	    " dan pengaduan; dapat diganti setiap kali.</p>",
	    err ? " salah" : "");
	if (err != NULL)
		html_printf(b,
		    "<p class=\"pesan-galat\" id=\"e-kampung\">%s</p>", err);
	html_printf(b,
	    "<select id=\"f-kampung\" name=\"kampung\""
	    " aria-describedby=\"h-kampung%s\"",
	    err ? " e-kampung" : "");
	if (err != NULL)
		html_lit(b, " aria-invalid=\"true\"");
	html_lit(b, "><option value=\"\">— Pilih kampung/kelurahan —</option>");
	if (wilayah_children(r->store, "14.08", &kec) == 0) {
		for (i = 0; i < kec.n; i++) {
			if (wilayah_children(r->store, kec.v[i].code, &desa) !=
			    0)
				continue;
			html_printf(b, "<optgroup label=\"%s\">",
			    kec.v[i].label);
			for (j = 0; j < desa.n; j++)
				html_printf(b,
				    "<option value=\"%s\"%s>%s</option>",
				    desa.v[j].code,
				    value != NULL &&
					    strcmp(value, desa.v[j].code) == 0
					? " selected"
					: "",
				    desa.v[j].label);
			html_lit(b, "</optgroup>");
			wilayah_list_free(&desa);
		}
		wilayah_list_free(&kec);
	}
	html_lit(b, "</select></div>");
}

static void
signup_form(struct req *r, const struct field_errs *fe, const char *error)
{
	struct buf *b = &r->out;

	layout_begin(r, "Daftar Akun Warga");
	html_lit(b,
	    "<h1>Daftar Akun Warga</h1><p>Akun warga dipakai untuk"
	    " mengajukan permohonan layanan dan memantau prosesnya. Isian"
	    " bertanda wajib harus diisi.</p>");
	if (error != NULL) /* issue 12 item 5: throttled */
		html_printf(b,
		    "<div class=\"kotak galat\" role=\"alert\">"
		    "<p>%s</p></div>",
		    error);
	form_errors(r, fe);
	html_lit(b,
	    "<form method=\"post\" action=\"/daftar\" class=\"formulir\""
	    " novalidate>");
	form_csrf(r);
	form_field(r, "nik", "NIK (wajib)", "numeric", req_param(r, "nik"), fe,
	    "16 angka sesuai KTP-el atau Kartu Keluarga.");
	form_field(r, "nama", "Nama lengkap (wajib)", "text",
	    req_param(r, "nama"), fe, "Sesuai KTP-el.");
	form_field(r, "telepon", "Nomor telepon seluler", "tel",
	    req_param(r, "telepon"), fe,
	    "Contoh: 081234567890. Isi nomor"
	    " telepon, alamat surel, atau keduanya.");
	form_field(r, "email", "Alamat surel (email)", "email",
	    req_param(r, "email"), fe, NULL);
	kampung_select(r, req_param(r, "kampung"), fe);
	form_field(r, "pengguna", "Nama pengguna (wajib)", "text",
	    req_param(r, "pengguna"), fe,
	    "3–64 karakter: huruf, angka, titik,"
	    " garis bawah, atau tanda hubung.");
	form_field(r, "sandi", "Kata sandi (wajib)", "new-password", NULL, fe,
	    "Minimal 10 karakter. Gunakan kalimat yang mudah Anda ingat"
	    " tetapi sulit ditebak orang lain.");
	form_field(r, "sandi2", "Ulangi kata sandi (wajib)", "new-password",
	    NULL, fe, NULL);
	html_lit(b,
	    "<p class=\"meta\">Data pribadi Anda hanya dipakai untuk"
	    " keperluan pelayanan publik dan dilindungi sesuai Undang-Undang"
	    " Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi.</p>"
	    "<button type=\"submit\">Daftar</button></form>"
	    "<p>Sudah mempunyai akun? <a href=\"/masuk\">Masuk</a>.</p>");
	layout_end(r);
}

void
page_signup(struct req *r)
{
	if (r->user != NULL) {
		req_redirect(r, "/akun");
		return;
	}
	signup_form(r, NULL, NULL);
}

/*
 * src without the characters of drop, into dst of size bytes (what does
 * not fit is cut; the checks then refuse it): "1408 0145 0790 0001" and
 * "0812-3456-7890" as people write them.
 */
static void
squeeze(char *dst, size_t size, const char *src, const char *drop)
{
	size_t n = 0;

	for (; *src != '\0' && n + 1 < size; src++)
		if (strchr(drop, *src) == NULL)
			dst[n++] = *src;
	dst[n] = '\0';
}

void
page_signup_post(struct req *r)
{
	struct account_new n;
	struct field_errs fe, sorted;
	const char *pw = req_str(r, "sandi"), *m;
	const char *addr = r->addr ? r->addr : "";
	char *text, nik[64], phone[64];
	int64_t id;
	int i, wait;

	/* issue 12 item 5: at most 5 sign-ups an hour from one address */
	if ((wait = signup_throttle_check(r->store, addr, r->now)) > 0) {
		r->status = 429;
		r->retry_after = wait;
		text =
		    xasprintf(msg(M_NIKV_SIGNUP_THROTTLED), wait_minutes(wait));
		signup_form(r, NULL, text);
		free(text);
		return;
	}
	memset(&n, 0, sizeof(n));
	memset(&fe, 0, sizeof(fe));
	n.username = req_str(r, "pengguna");
	n.password = pw;
	n.roles = "warga";
	/* spaces, dots and dashes as written on a card are no error */
	squeeze(nik, sizeof(nik), req_str(r, "nik"), " \t.-");
	squeeze(phone, sizeof(phone), req_str(r, "telepon"), " \t.-()");
	n.nik = nik;
	n.full_name = req_str(r, "nama");
	n.phone = phone;
	n.email = req_str(r, "email");
	n.kampung = req_str(r, "kampung");
	/* an error found here keeps account_create() from writing */
	if (*pw != '\0' && strcmp(pw, req_str(r, "sandi2")) != 0)
		field_err_add(&fe, "sandi2", msg(M_SIGNUP_PW_MISMATCH));
	i = account_create(r->store, &n, 0, r->addr, &fe, &id);
	if (i == 0 || field_err_get(&fe, "nik") == msg(M_NIKV_TAKEN) ||
	    field_err_get(&fe, "pengguna") == msg(M_ACC_USERNAME_TAKEN))
		signup_throttle_record(r->store, addr, r->now);
	if (i != 0) {
		memset(&sorted, 0, sizeof(sorted));
		for (i = 0; signup_fields[i] != NULL; i++)
			if ((m = field_err_get(&fe, signup_fields[i])) != NULL)
				field_err_add(&sorted, signup_fields[i], m);
		for (i = 0; i < fe.n; i++) /* any field not listed above */
			field_err_add(&sorted, fe.e[i].field, fe.e[i].msg);
		r->status = 422;
		signup_form(r, &sorted, NULL);
		return;
	}
	if (login_as(r, id) != 0) {
		/* the account exists; the citizen can sign in by hand */
		req_redirect(r, "/masuk");
		return;
	}
	req_redirect(r, "/akun?selamat=1");
}

void
page_logout(struct req *r)
{
	if (r->cookie_session != NULL && *r->cookie_session != '\0')
		(void)session_end(r->store, r->cookie_session);
	free(r->set_session);
	r->set_session = xstrdup("");
	req_redirect(r, "/");
}
