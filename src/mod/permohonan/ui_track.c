/*
 * track.c: public tracking of an application by its tracking code
 * (GET /lacak, GET /lacak/<kode>): the service, the status, the due date,
 * whether it is late, and the timeline of statuses.  Nothing personal is
 * shown: no name, NIK, kampung, registration number, officer or note.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "permohonan.h"
#include "lib/msg.h"
#include "lib/xalloc.h"
#include "permohonan_html.h"
#include "http/layout.h"
#include "http/pages.h"
#include "ui.h"

#define KODE_LEN 12

/* Crockford base32 leaves out I, L, O and U: read as 1, 1, 0 (ui.h). */
int
permohonan_kode_norm(const char *in, char out[KODE_LEN + 1])
{
	static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
	size_t n = 0;
	int c;

	if (in == NULL || strlen(in) > 40)
		return -1;
	for (; *in != '\0'; in++) {
		c = toupper((unsigned char)*in);
		if (c == ' ' || c == '-')
			continue;
		if (c == 'O')
			c = '0';
		else if (c == 'I' || c == 'L')
			c = '1';
		if (c == '\0' || strchr(alphabet, c) == NULL || n == KODE_LEN)
			return -1;
		out[n++] = (char)c;
	}
	out[n] = '\0';
	return n == KODE_LEN ? 0 : -1;
}

static void
track_form(struct req *r, const char *value, const char *error)
{
	struct buf *b = &r->out;

	html_lit(b,
	    "<form method=\"get\" action=\"/lacak\" class=\"cari\""
	    " role=\"search\"><label for=\"f-kode\">Kode lacak</label>"
	    "<p class=\"petunjuk\" id=\"h-kode\">12 huruf dan angka yang"
	    " tertera pada Bukti Permohonan (di halaman permohonan Anda pada"
	    " menu Permohonan Saya) dan pada pemberitahuan pengajuan,"
	    " misalnya 7K3M9Q2X4B8N.</p>");
	if (error != NULL)
		html_printf(b, "<p class=\"pesan-galat\" id=\"e-kode\">%s</p>",
		    error);
	html_lit(b,
	    "<input id=\"f-kode\" name=\"kode\" type=\"text\""
	    " maxlength=\"40\" autocomplete=\"off\""
	    " autocapitalize=\"characters\" spellcheck=\"false\"");
	if (error != NULL)
		html_lit(b,
		    " aria-describedby=\"h-kode e-kode\""
		    " aria-invalid=\"true\"");
	else
		html_lit(b, " aria-describedby=\"h-kode\"");
	html_printf(b,
	    " value=\"%s\"><button type=\"submit\">Lacak</button>"
	    "</form>",
	    value ? value : "");
}

void
page_track(struct req *r)
{
	const char *kode = req_param(r, "kode");
	char norm[KODE_LEN + 1], *to;
	const char *error = NULL;

	if (kode != NULL) {
		if (permohonan_kode_norm(kode, norm) == 0) {
			to = xasprintf("/lacak/%s", norm);
			req_redirect(r, to);
			free(to);
			return;
		}
		error = msg(M_TRACK_BAD);
		r->status = 422;
	}
	layout_begin(r, "Lacak Permohonan");
	html_lit(&r->out,
	    "<h1>Lacak Permohonan</h1><p>Pantau status"
	    " permohonan layanan tanpa masuk akun, dengan kode lacak dari Bukti"
	    " Permohonan. Halaman ini tidak menampilkan data pribadi.</p>");
	track_form(r, kode, error);
	layout_end(r);
}

void
page_track_item(struct req *r)
{
	struct buf *b = &r->out;
	struct permohonan_view v;
	char norm[KODE_LEN + 1];
	int64_t id = 0;

	memset(&v, 0, sizeof(v));
	if (permohonan_kode_norm(r->captures[0], norm) == 0)
		id = permohonan_id_lacak(r->store, norm);
	if (id == 0 || permohonan_load(r->store, id, &v) != 0 || v.row.draft) {
		permohonan_view_free(&v);
		r->status = 404;
		layout_begin(r, "Lacak Permohonan");
		html_lit(b, "<h1>Lacak Permohonan</h1>");
		html_printf(b,
		    "<div class=\"kotak galat\" role=\"alert\"><p>%s"
		    "</p></div>",
		    msg(M_TRACK_NOT_FOUND));
		track_form(r, r->captures[0], NULL);
		layout_end(r);
		return;
	}
	if (strcmp(norm, r->captures[0]) != 0) {
		char *to = xasprintf("/lacak/%s", norm);

		permohonan_view_free(&v);
		req_redirect(r, to);
		free(to);
		return;
	}
	layout_begin(r, "Status Permohonan");
	html_printf(b,
	    "<nav aria-label=\"Remah roti\"><a href=\"/lacak\">Lacak"
	    " Permohonan</a> › %s</nav><h1>Status Permohonan</h1>"
	    "<dl class=\"ringkas\"><dt>Kode lacak</dt><dd>%s</dd>"
	    "<dt>Layanan</dt><dd>%s</dd><dt>Status</dt><dd>%s</dd>"
	    "<dt>Diajukan</dt><dd>",
	    norm, norm, v.row.layanan_name, v.row.state_label);
	permohonan_time_write(b, v.row.submitted_at);
	html_lit(b, "</dd><dt>Batas waktu penyelesaian</dt><dd>");
	permohonan_date_write(b, v.row.due_date);
	html_lit(b, "</dd><dt>Ketepatan waktu</dt><dd>");
	if (v.row.overdue)
		html_lit(b,
		    "<span class=\"lencana terlambat\">Terlambat</span>"
		    " Melewati batas waktu.");
	else if (v.row.terminal)
		html_lit(b, "Proses telah berakhir.");
	else
		html_lit(b, "Dalam batas waktu.");
	html_lit(b, "</dd></dl>");
	permohonan_history_write(b, &v, 0);
	html_lit(b,
	    "<p class=\"meta\">Untuk rincian permohonan, pemohon dapat"
	    " masuk ke akun lalu membuka Permohonan Saya.</p>");
	layout_end(r);
	permohonan_view_free(&v);
}
