/*
 * ui_templat.c: /admin/notifikasi/templat for the superadmin (issue 15):
 * the newest template of every event and channel, and a form that saves
 * a new version (audited; the older ones stay in notif_templat).
 */
#include <stdlib.h>
#include <string.h>

#include "http/layout.h"
#include "http/pages.h"
#include "lib/msg.h"
#include "kanal.h"
#include "templat.h"
#include "ui.h"

static void
templat_page(struct req *r, const struct field_errs *fe, const char *done)
{
	struct buf *b = &r->out;
	const struct templat_event *e;
	char *teks, *wa;
	int k, got;

	layout_begin(r, "Templat pesan");
	html_lit(b,
	    "<h1>Templat pesan</h1><p>{pesan} adalah teks pemberitahuan"
	    " (nomor, kode, status); {tautan} tautannya. Tanpa templat: teks"
	    " lalu tautan.</p>");
	if (done != NULL)
		notice(r, "sukses", done);
	form_errors(r, fe);
	html_lit(b,
	    "<table><thead><tr><th>Peristiwa</th><th>Saluran</th><th>Teks"
	    "</th><th>Templat WhatsApp</th></tr></thead><tbody>");
	for (e = templat_events; e->name != NULL; e++)
		for (k = 0; k < KANAL_N; k++) {
			got = templat_get(r->store, e->name, kanal_name(k),
			    &teks, &wa);
			if (got < 0) {
				buf_reset(b);
				page_error(r, 500, NULL);
				return;
			}
			if (got == 0)
				continue;
			html_printf(b,
			    "<tr><td>%s<br><code>%s</code></td><td>%s</td>"
			    "<td><pre>%s</pre></td><td>%s</td></tr>",
			    e->label, e->name, kanal_name(k), teks, wa);
			free(teks);
			free(wa);
		}
	html_lit(b,
	    "</tbody></table><h2>Simpan versi baru</h2><form method=\"post\""
	    " action=\"/admin/notifikasi/templat\" class=\"formulir\""
	    " novalidate>");
	form_csrf(r);
	html_lit(b,
	    "<p><label for=\"event\">Peristiwa</label><select id=\"event\""
	    " name=\"event\">");
	for (e = templat_events; e->name != NULL; e++)
		html_printf(b, "<option value=\"%s\">%s</option>", e->name,
		    e->label);
	html_lit(b,
	    "</select></p><p><label for=\"saluran\">Saluran</label><select"
	    " id=\"saluran\" name=\"saluran\">");
	for (k = 0; k < KANAL_N; k++)
		html_printf(b, "<option>%s</option>", kanal_name(k));
	html_lit(b, "</select></p>");
	form_field(r, "teks", "Teks", "textarea", NULL, fe,
	    "Wajib memuat {pesan}; paling banyak 1000 karakter.");
	form_field(r, "wa_template", "Nama templat WhatsApp Cloud API", "text",
	    NULL, fe, "Huruf kecil, angka, garis bawah; boleh kosong.");
	html_lit(b, "<button type=\"submit\">Simpan</button></form>");
	layout_end(r);
}

void
page_admin_templat(struct req *r)
{
	templat_page(r, NULL,
	    req_param(r, "disimpan") != NULL ? msg(M_TEMPLAT_DISIMPAN) : NULL);
}

void
page_admin_templat_post(struct req *r)
{
	struct field_errs fe;
	int rc;

	memset(&fe, 0, sizeof(fe));
	rc = templat_save(r->store, req_str(r, "event"), req_str(r, "saluran"),
	    req_str(r, "teks"), req_str(r, "wa_template"), r->who.id,
	    r->addr ? r->addr : "", r->now, &fe);
	if (rc == 0) {
		req_redirect(r, "/admin/notifikasi/templat?disimpan=1");
		return;
	}
	if (rc == -2) {
		page_error(r, 500, msg(M_SAVE_FAILED));
		return;
	}
	r->status = 422;
	templat_page(r, &fe, NULL);
}
