/*
 * ui_usaha.c: GET/POST /akun/usaha (issue 17): the business identities a
 * signed-in citizen acts for (NIB, NPWP, name, KBLI list), a form to
 * register or update one, and a form to let another account act for it.
 * POST is CSRF-checked by dispatch(); each change is audited (usaha.c).
 */
#include <stdlib.h>
#include <string.h>

#include "http/html.h"
#include "http/layout.h"
#include "http/req.h"
#include "lib/form.h"
#include "lib/msg.h"
#include "lib/str.h"
#include "ui.h"
#include "usaha.h"

static void
show(struct req *r, const struct field_errs *fe, const char *done)
{
	struct buf *b = &r->out;
	struct usaha *v = NULL;
	size_t i, n = 0;

	layout_begin(r, "Identitas Usaha");
	html_lit(b,
	    "<nav aria-label=\"Remah roti\"><a href=\"/akun\">Akun Saya</a> ›"
	    " Identitas usaha</nav><h1>Identitas Usaha</h1><p>Usaha yang Anda"
	    " wakili saat mengajukan izin: NIB dan NPWP badan usaha, nama, dan"
	    " daftar KBLI. Beberapa akun dapat bertindak untuk satu usaha."
	    " Permohonan izin yang sedang diproses ada pada halaman <a"
	    " href=\"/perizinan/saya\">Permohonan izin saya</a>.</p>");
	if (done != NULL)
		notice(r, "sukses", done);
	form_errors(r, fe);
	if (usaha_milik(r->store, r->who.id, 50, &v, &n) != 0)
		notice(r, "galat", msg(M_IZIN_STORE));
	else if (n == 0)
		notice(r, "info",
		    "Belum ada usaha yang terhubung dengan akun"
		    " Anda.");
	else {
		html_lit(b,
		    "<div class=\"tabel-gulir\" tabindex=\"0\""
		    " role=\"region\" aria-label=\"Usaha Anda\"><table>"
		    "<caption>Usaha yang Anda wakili</caption><thead>"
		    "<tr><th scope=\"col\">Nama</th><th scope=\"col\">"
		    "NIB</th><th scope=\"col\">NPWP</th><th"
		    " scope=\"col\">KBLI</th><th scope=\"col\">Jumlah"
		    " kuasa</th></tr></thead><tbody>");
		for (i = 0; i < n; i++)
			html_printf(b,
			    "<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td>"
			    "<td>%d</td></tr>",
			    v[i].nama, v[i].nib, v[i].npwp, v[i].kbli,
			    v[i].kuasa);
		html_lit(b, "</tbody></table></div>");
	}
	free(v);
	html_lit(b,
	    "<h2>Daftarkan atau ubah usaha</h2><form method=\"post\""
	    " action=\"/akun/usaha\" class=\"formulir\" novalidate>"
	    "<input type=\"hidden\" name=\"aksi\" value=\"simpan\">");
	form_csrf(r);
	form_field(r, "nib", "NIB", "numeric", req_param(r, "nib"), fe,
	    "13 angka dari OSS");
	form_field(r, "npwp", "NPWP", "text", req_param(r, "npwp"), fe,
	    "15 atau 16 angka");
	form_field(r, "nama", "Nama usaha", "text", req_param(r, "nama"), fe,
	    NULL);
	form_field(r, "kbli", "KBLI", "text", req_param(r, "kbli"), fe,
	    "kode 5 angka KBLI 2020, dipisah spasi, misalnya 47111 56101");
	html_lit(b,
	    "<button type=\"submit\">Simpan usaha</button></form>"
	    "<h2>Tambahkan kuasa</h2><form method=\"post\""
	    " action=\"/akun/usaha\" class=\"formulir\" novalidate>"
	    "<input type=\"hidden\" name=\"aksi\" value=\"kuasa\">");
	form_csrf(r);
	form_field(r, "usaha_nib", "NIB usaha", "numeric", NULL, fe, NULL);
	form_field(r, "pengguna", "Nama pengguna yang ditambahkan", "text",
	    NULL, fe, NULL);
	html_lit(b, "<button type=\"submit\">Tambahkan kuasa</button></form>");
	layout_end(r);
}

void
page_usaha(struct req *r)
{
	show(r, NULL,
	    req_param(r, "disimpan") != NULL	? msg(M_USAHA_SAVED)
		: req_param(r, "kuasa") != NULL ? msg(M_USAHA_KUASA_SAVED)
						: NULL);
}

/* The form field an error belongs to. */
static const char *
field_of(enum usaha_err e)
{
	switch (e) {
	case USAHA_BAD_NIB:
	case USAHA_NIB_TAKEN:
		return "nib";
	case USAHA_BAD_NPWP:
		return "npwp";
	case USAHA_BAD_NAMA:
		return "nama";
	case USAHA_BAD_KBLI:
	case USAHA_TOO_MANY_KBLI:
		return "kbli";
	case USAHA_NOT_KUASA:
		return "usaha_nib";
	case USAHA_UNKNOWN_ACCOUNT:
	case USAHA_ALREADY_KUASA:
		return "pengguna";
	default:
		return "nib";
	}
}

void
page_usaha_post(struct req *r)
{
	struct field_errs fe;
	struct usaha u;
	char bad[16];
	enum usaha_err e;

	memset(&fe, 0, sizeof(fe));
	if (strcmp(req_str(r, "aksi"), "kuasa") == 0) {
		e = usaha_kuasa_tambah(r->store, req_str(r, "usaha_nib"),
		    req_str(r, "pengguna"), r->who.id, r->addr, r->now);
		if (e == USAHA_OK) {
			req_redirect(r, "/akun/usaha?kuasa=1");
			return;
		}
	} else {
		memset(&u, 0, sizeof(u));
		if (str_copy(u.nib, sizeof(u.nib), req_str(r, "nib")) != 0)
			e = USAHA_BAD_NIB;
		else if (str_copy(u.npwp, sizeof(u.npwp), req_str(r, "npwp")) !=
		    0)
			e = USAHA_BAD_NPWP;
		else if (str_copy(u.nama, sizeof(u.nama), req_str(r, "nama")) !=
		    0)
			e = USAHA_BAD_NAMA;
		else if (str_copy(u.kbli, sizeof(u.kbli), req_str(r, "kbli")) !=
		    0)
			e = USAHA_TOO_MANY_KBLI;
		else
			e = usaha_simpan(r->store, &u, r->who.id, r->addr,
			    r->now, bad);
		if (e == USAHA_OK) {
			req_redirect(r, "/akun/usaha?disimpan=1");
			return;
		}
	}
	field_err_add(&fe, field_of(e), usaha_err_text(e));
	r->status = 422;
	show(r, &fe, NULL);
	r->status = 422;
}
