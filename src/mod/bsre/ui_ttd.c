/*
 * ui_ttd.c: the admin page of the signer backend (issue 18; doc/bsre.md):
 * GET /admin/ttd lists the units the admin may administer (a superadmin:
 * every unit) with their backend, each with a small form; POST
 * /admin/ttd/<kode unit> saves one (audited "ttd.backend").
 */
#include <stdio.h>
#include <string.h>

#include "lib/msg.h"
#include "lib/str.h"
#include "http/html.h"
#include "http/layout.h"
#include "http/pages.h"
#include "mod/akun/account.h"
#include "bsre.h"
#include "ui.h"

struct ttd_list {
	struct req *r;
	int n;
};

static void
ttd_row(void *arg, const char *code, const char *name, const char *backend)
{
	struct ttd_list *l = arg;
	struct buf *b = &l->r->out;
	int bsre = strcmp(backend, "bsre") == 0;

	if (l->n++ == 0)
		html_lit(b,
		    "<div class=\"tabel-gulir\" tabindex=\"0\" role=\"region\""
		    " aria-labelledby=\"h-ttd-unit\"><table aria-labelledby="
		    "\"h-ttd-unit\"><thead><tr><th scope=\"col\">Kode</th>"
		    "<th scope=\"col\">Unit</th><th scope=\"col\">Cara tanda"
		    " tangan</th></tr></thead><tbody>");
	html_printf(b,
	    "<tr><td>%s</td><td>%s</td><td><form method=\"post\""
	    " action=\"/admin/ttd/%U\" class=\"sebaris\">",
	    code, name, code);
	form_csrf(l->r);
	html_printf(b,
	    "<label for=\"b-%s\" class=\"sr\">Cara tanda tangan %s"
	    "</label><select id=\"b-%s\" name=\"backend\"><option value="
	    "\"lokal\"%s>Lokal (CA kabupaten)</option><option value=\"bsre\"%s>"
	    "BSrE (tersertifikasi)</option></select> <button type=\"submit\">"
	    "Simpan</button></form></td></tr>",
	    code, name, code, bsre ? "" : " selected", bsre ? " selected" : "");
}

void
page_admin_ttd(struct req *r)
{
	struct buf *b = &r->out;
	struct bsre_conf c;
	struct ttd_list l;
	char err[512];
	size_t mark;
	int rc;

	layout_begin(r, "Cara Tanda Tangan Unit");
	html_lit(b,
	    "<nav aria-label=\"Remah roti\"><a href=\"/admin\">Administrasi"
	    "</a> › Cara tanda tangan</nav><h1>Cara Tanda Tangan Unit</h1>"
	    "<p>Surat unit ditandatangani dengan sertifikat dari otoritas"
	    " sertifikat Pemerintah Kabupaten Siak (lokal, tidak"
	    " tersertifikasi) atau melalui Balai Sertifikasi Elektronik (BSrE)"
	    " BSSN (tersertifikasi menurut PP 71/2019 pasal 60). Penandatangan"
	    " tetap menyetujui dengan passphrase.</p>");
	if (req_param(r, "disimpan") != NULL)
		notice(r, "sukses", msg(M_BSRE_BACKEND_SAVED));
	rc = bsre_conf_read(r->app->data_dir, &c, err, sizeof(err));
	if (rc == 0)
		html_printf(b,
		    "<p>BSrE: %s (API versi %d, batas waktu %d detik).</p>",
		    c.url, c.versi, c.batas_waktu);
	else
		notice(r, rc == 1 ? "info" : "galat", err);
	html_lit(b, "<h2 id=\"h-ttd-unit\">Unit</h2>");
	memset(&l, 0, sizeof(l));
	l.r = r;
	mark = b->len;
	if (bsre_units(r->store, r->user, ttd_row, &l) != 0) {
		b->len = mark;
		b->s[mark] = '\0';
		notice(r, "galat", msg(M_SAVE_FAILED));
	} else if (l.n > 0) {
		html_lit(b, "</tbody></table></div>");
	} else {
		notice(r, "info", msg(M_BSRE_NO_UNIT));
	}
	layout_end(r);
}

void
page_admin_ttd_save(struct req *r)
{
	const char *code = r->captures[0];
	char err[512];
	int64_t id;
	int b, rc;

	b = bsre_backend_parse(req_str(r, "backend"));
	if ((id = bsre_unit_id(r->store, code)) <= 0) {
		page_error(r, 404, NULL);
		return;
	}
	if (b < 0) {
		page_error(r, 422, msg(M_BSRE_BACKEND_BAD));
		return;
	}
	rc = bsre_backend_set(r->store, r->app->data_dir, id,
	    (enum bsre_backend)b, r->user, r->addr, r->now, err, sizeof(err));
	if (rc == -2) {
		page_error(r, 403, err);
		return;
	}
	if (rc != 0) {
		page_error(r, 422, err);
		return;
	}
	req_redirect(r, "/admin/ttd?disimpan=1");
}
