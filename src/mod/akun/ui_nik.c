/*
 * nik.c: NIK verification at an office (issue 12 item 5).
 *
 * GET /petugas/nik?q=NIK-or-username: find an account, see its name,
 * NIK and status (every look-up of a citizen is in their data-access
 * log); POST /petugas/nik/verifikasi: mark the NIK verified after
 * checking the KTP-el in person; POST /petugas/nik/ambil-alih: the
 * owner takes a squatted NIK back (moved to a named or a new account,
 * the holder disabled, an Inspektorat case opened).  Only operators and
 * verifikators of kampung/kelurahan offices and Disdukcapil.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "account.h"
#include "mod/akses/akses.h"
#include "nik_verif.h"
#include "lib/msg.h"
#include "lib/xalloc.h"
#include "http/layout.h"
#include "http/pages.h"
#include "ui.h"

#define NIK_PURPOSE "Verifikasi NIK di kantor (pemeriksaan KTP-el)"

static const char *
via_label(const char *via)
{
	if (strcmp(via, "admin") == 0)
		return "dibuat oleh administrator dengan NIK";
	if (strcmp(via, "kantor") == 0)
		return "KTP-el diperiksa di kantor";
	if (strcmp(via, "permohonan") == 0)
		return "KTP-el dikonfirmasi pada verifikasi permohonan";
	if (strcmp(via, "dukcapil") == 0)
		return "dicocokkan dengan layanan Dukcapil";
	if (strcmp(via, "ambil_alih") == 0)
		return "diambil alih pemiliknya di kantor";
	if (strcmp(via, "migrasi") == 0)
		return "akun lama yang dibuat administrator";
	return via;
}

static void
takeover_form(struct req *r, const char *nik, const struct field_errs *fe)
{
	struct buf *b = &r->out;

	html_lit(b,
	    "<section aria-labelledby=\"ambil\"><h2 id=\"ambil\">Ambil"
	    " alih NIK</h2><p>Gunakan hanya bila pemilik NIK datang sendiri"
	    " dengan KTP-el asli dan NIK tersebut terdaftar pada akun orang"
	    " lain yang belum terverifikasi. Akun pemegang NIK saat ini"
	    " kehilangan NIK dan dinonaktifkan menunggu pemeriksaan, dan"
	    " kasus dibuka di Inspektorat.</p>");
	form_errors(r, fe);
	html_lit(b,
	    "<form method=\"post\" action=\"/petugas/nik/ambil-alih\""
	    " class=\"formulir\" novalidate>");
	form_csrf(r);
	form_field(r, "nik", "NIK pemilik (sesuai KTP-el)", "text", nik, fe,
	    NULL);
	form_field(r, "tujuan",
	    "Pindahkan ke akun yang sudah ada (nama"
	    " pengguna)",
	    "text", req_param(r, "tujuan"), fe,
	    "Akun milik"
	    " pemilik NIK yang belum memiliki NIK. Kosongkan untuk membuat akun"
	    " warga baru dengan isian di bawah.");
	html_lit(b, "<fieldset><legend>Akun warga baru untuk pemilik</legend>");
	form_field(r, "pengguna", "Nama pengguna", "text",
	    req_param(r, "pengguna"), fe, NULL);
	form_field(r, "nama", "Nama lengkap (sesuai KTP-el)", "text",
	    req_param(r, "nama"), fe, NULL);
	form_field(r, "telepon", "Nomor telepon seluler", "tel",
	    req_param(r, "telepon"), fe, NULL);
	form_field(r, "email", "Alamat surel (email)", "email",
	    req_param(r, "email"), fe, NULL);
	form_field(r, "sandi", "Kata sandi awal", "new-password", NULL, fe,
	    "Minimal 10 karakter; biarkan pemilik mengetiknya sendiri.");
	html_lit(b, "</fieldset>");
	form_field(r, "alasan", "Keterangan petugas", "text",
	    req_param(r, "alasan"), fe,
	    "Misalnya: KTP-el asli diperiksa,"
	    " foto dan tanda tangan cocok. 10 sampai 1000 karakter.");
	html_lit(b,
	    "<div class=\"isian\"><input type=\"checkbox\""
	    " id=\"f-konfirmasi-ambil\" name=\"konfirmasi\" value=\"1\"> <label"
	    " for=\"f-konfirmasi-ambil\">Saya telah memeriksa KTP-el asli dan"
	    " memastikan orang yang hadir adalah pemilik NIK ini.</label></div>"
	    "<button type=\"submit\" class=\"bahaya\">Ambil alih NIK</button>"
	    "</form></section>");
}

static void
nik_page(struct req *r, const char *error, const char *info,
    const struct field_errs *fe, const char *takeover_nik)
{
	struct buf *b = &r->out;
	const char *q = req_str(r, "q");
	struct account a;
	char via[24], by[121], when[32];
	time_t at;
	struct tm tm;

	layout_begin(r, "Verifikasi NIK");
	html_lit(b,
	    "<h1>Verifikasi NIK</h1><p>NIK pada akun yang didaftarkan"
	    " sendiri baru berstatus <em>diklaim</em>. Surat hanya"
	    " ditandatangani untuk NIK yang terverifikasi. Periksa KTP-el asli"
	    " pemilik akun, lalu tandai NIK-nya terverifikasi. Setiap pencarian"
	    " dicatat dan dapat dilihat oleh warga yang bersangkutan.</p>");
	if (info != NULL)
		notice(r, "sukses", info);
	if (error != NULL)
		html_printf(b,
		    "<div class=\"kotak galat\" role=\"alert\">"
		    "<p>%s</p></div>",
		    error);
	html_lit(b,
	    "<form method=\"get\" action=\"/petugas/nik\""
	    " class=\"formulir\" role=\"search\">");
	form_field(r, "q", "NIK atau nama pengguna", "search", q, NULL, NULL);
	html_lit(b, "<button type=\"submit\">Cari</button></form>");
	if (*q != '\0') {
		if (nikv_find(r->store, q, &a) != 0) {
			html_printf(b, "<p role=\"status\">%s</p>",
			    msg(M_NIKV_NOT_FOUND));
		} else {
			if ((a.roles & ROLE_WARGA) &&
			    akses_record(r->store, r->user, a.id, "akun",
				a.username, NIK_PURPOSE, r->addr,
				r->now) != 0) {
				html_printf(b, "<p>%s</p>", msg(M_SAVE_FAILED));
				goto end;
			}
			(void)nikv_info(r->store, a.id, via, sizeof(via), &at,
			    by, sizeof(by));
			html_printf(b,
			    "<section aria-labelledby=\"hasil\"><h2"
			    " id=\"hasil\">Akun %s</h2><dl class=\"ringkas\">"
			    "<dt>Nama lengkap</dt><dd>%s</dd><dt>NIK</dt><dd>%s"
			    "</dd><dt>Status NIK</dt><dd>",
			    a.username, a.full_name, a.nik[0] ? a.nik : "—");
			if (a.nik[0] == '\0')
				html_lit(b, "tidak ada NIK");
			else if (a.nik_verified) {
				localtime_r(&at, &tm);
				strftime(when, sizeof(when), "%d-%m-%Y %H:%M",
				    &tm);
				html_printf(b, "%s (%s, %s%s%s)",
				    msg(M_NIKV_STATUS_VERIFIED), via_label(via),
				    when, by[0] ? ", oleh " : "", by);
			} else
				html_printf(b, "%s",
				    msg(M_NIKV_STATUS_CLAIMED));
			html_printf(b, "</dd><dt>Akun</dt><dd>%s, dibuat ",
			    a.disabled ? "nonaktif" : "aktif");
			localtime_r(&a.created_at, &tm);
			strftime(when, sizeof(when), "%d-%m-%Y", &tm);
			html_printf(b, "%s</dd></dl>", when);
			if (a.nik[0] != '\0' && !a.nik_verified &&
			    a.id != r->user->id) {
				html_printf(b,
				    "<form method=\"post\""
				    " action=\"/petugas/nik/verifikasi\""
				    " class=\"formulir\" novalidate><input"
				    " type=\"hidden\" name=\"akun\" value=\"%s\">",
				    a.username);
				form_csrf(r);
				html_lit(b,
				    "<div class=\"isian\"><input"
				    " type=\"checkbox\" id=\"f-konfirmasi\""
				    " name=\"konfirmasi\" value=\"1\"> <label"
				    " for=\"f-konfirmasi\">Saya telah memeriksa"
				    " KTP-el asli: NIK, nama, dan foto sesuai"
				    " dengan orang yang hadir.</label></div>"
				    "<button type=\"submit\">Tandai NIK"
				    " terverifikasi</button></form>");
			}
			html_lit(b, "</section>");
			if (a.nik[0] != '\0' && !a.nik_verified &&
			    takeover_nik == NULL)
				takeover_nik = a.nik;
		}
	}
	takeover_form(r, takeover_nik, fe);
end:
	layout_end(r);
}

/* Refuse officers of other units before anything is read. */
static int
office_only(struct req *r)
{
	if (nikv_office(r->store, r->user))
		return 0;
	page_error(r, 403, msg(M_NIKV_OFFICE_ONLY));
	return -1;
}

static int
nikv_status(int rc)
{
	switch (rc) {
	case NIKV_NOT_FOUND:
		return 404;
	case NIKV_FORBIDDEN:
		return 403;
	case NIKV_CONFLICT:
		return 409;
	case NIKV_INVALID:
		return 422;
	default:
		return 500;
	}
}

void
page_nik(struct req *r)
{
	const char *ok = req_param(r, "ok");
	char *info = NULL;

	if (office_only(r) != 0)
		return;
	if (ok != NULL && strcmp(ok, "verifikasi") == 0)
		info = xstrdup(msg(M_NIKV_DONE));
	else if (ok != NULL && strncmp(ok, "KAS-", 4) == 0 && strlen(ok) < 40)
		info = xasprintf("%s %s.", msg(M_NIKV_TAKEOVER_DONE), ok);
	nik_page(r, NULL, info, NULL, NULL);
	free(info);
}

void
page_nik_verify(struct req *r)
{
	struct account a;
	const char *why;
	char *to;
	int rc;

	if (office_only(r) != 0)
		return;
	if (account_find(r->store, req_str(r, "akun"), &a) != 0) {
		page_error(r, 404, msg(M_NIKV_NOT_FOUND));
		return;
	}
	if (req_param(r, "konfirmasi") == NULL) {
		rc = NIKV_INVALID;
		why = msg(M_NIKV_CONFIRM);
	} else
		rc =
		    nikv_verify(r->store, r->user, a.id, r->addr, r->now, &why);
	if (rc == NIKV_OK) {
		to = xasprintf("/petugas/nik?ok=verifikasi&q=%s", a.username);
		req_redirect(r, to);
		free(to);
		return;
	}
	r->status = nikv_status(rc);
	nik_page(r, why, NULL, NULL, NULL);
}

void
page_nik_takeover(struct req *r)
{
	struct account_new n;
	struct field_errs fe;
	const char *why, *nik = req_str(r, "nik");
	char kasus[32], *to;
	int64_t id;
	int rc;

	if (office_only(r) != 0)
		return;
	memset(&fe, 0, sizeof(fe));
	memset(&n, 0, sizeof(n));
	n.username = req_str(r, "pengguna");
	n.full_name = req_str(r, "nama");
	n.phone = req_str(r, "telepon");
	n.email = req_str(r, "email");
	n.password = req_str(r, "sandi");
	if (req_param(r, "konfirmasi") == NULL) {
		rc = NIKV_INVALID;
		why = msg(M_NIKV_CONFIRM);
	} else
		rc = nikv_takeover(r->store, r->user, nik, req_str(r, "tujuan"),
		    &n, req_str(r, "alasan"), r->addr, r->now, kasus,
		    sizeof(kasus), &id, &fe, &why);
	if (rc == NIKV_OK) {
		to = xasprintf("/petugas/nik?ok=%s", kasus);
		req_redirect(r, to);
		free(to);
		return;
	}
	r->status = nikv_status(rc);
	nik_page(r, why, NULL, fe.n > 0 ? &fe : NULL, nik);
}
