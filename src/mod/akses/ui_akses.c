/*
 * akses.c: the citizens' data-access log.  Why staff open a record
 * (permohonan_read_purpose(), the purpose form), "Akses Data Saya"
 * (GET /akun/akses-data), disputing an entry (POST
 * /akun/akses-data/{id}/sengketa) and GET /api/v1/akses-data.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "akses.h"
#include "mod/permohonan/permohonan.h"
#include "lib/msg.h"
#include "lib/utf8.h"
#include "lib/xalloc.h"
#include "http/api.h"
#include "mod/permohonan/permohonan_html.h"
#include "http/layout.h"
#include "http/pages.h"
#include "ui.h"

#define AKSES_SHOWN 500
#define ALASAN_MIN 10
#define ALASAN_MAX 2000

char *
permohonan_read_purpose(struct req *r, int64_t id, const char *what)
{
	char step[81];
	const char *label;

	if (permohonan_applicant(r->store, id) == r->user->id)
		return xstrdup(""); /* nothing is recorded */
	if (permohonan_in_queue(r->store, r->user, id, step, sizeof(step)))
		return xasprintf("Pemrosesan permohonan (%s): %s", what, step);
	label = akses_tujuan_label(req_param(r, "tujuan"));
	if (label == NULL)
		return NULL;
	return xasprintf("%s (%s)", label, what);
}

void
permohonan_purpose_required(struct req *r)
{
	struct buf *b = &r->out;
	int i;

	if (r->is_api) {
		struct buf l = BUF_INIT;

		buf_init(&l, 128);
		buf_adds(&l, msg(M_AKSES_TUJUAN_API));
		for (i = 0; akses_tujuan[i].code != NULL; i++)
			buf_addf(&l, "%s%s", i ? ", " : " ",
			    akses_tujuan[i].code);
		buf_adds(&l, ".");
		api_error(r, 400, "tujuan_wajib", l.s);
		buf_free(&l);
		return;
	}
	r->status = 200;
	layout_begin(r, "Tujuan Membuka Data");
	html_printf(b, "<h1>Tujuan Membuka Data</h1><p>%s</p>",
	    msg(M_AKSES_TUJUAN_INFO));
	html_printf(b,
	    "<form method=\"get\" action=\"%s\"><p><label"
	    " for=\"tujuan\">Tujuan</label><select id=\"tujuan\""
	    " name=\"tujuan\" required>",
	    r->path);
	for (i = 0; akses_tujuan[i].code != NULL; i++)
		html_printf(b, "<option value=\"%s\">%s</option>",
		    akses_tujuan[i].code, akses_tujuan[i].label);
	html_lit(b,
	    "</select></p><button type=\"submit\">Buka data</button>"
	    "</form>");
	layout_end(r);
}

void
page_akses(struct req *r)
{
	struct buf *b = &r->out;
	struct akses_row *v;
	int n, i;
	const char *k;

	n = akses_list(r->store, r->user->id, AKSES_SHOWN, &v);
	if (n < 0) {
		page_error(r, 500, NULL);
		return;
	}
	layout_begin(r, "Akses Data Saya");
	html_printf(b, "<h1>Akses Data Saya</h1><p>%s</p>", msg(M_AKSES_INTRO));
	if ((k = req_param(r, "kasus")) != NULL)
		html_printf(b,
		    "<p class=\"kotak sukses\" role=\"status\">%s"
		    " <strong>%s</strong>.</p>",
		    msg(M_AKSES_DISPUTED), k);
	if (n == 0) {
		html_printf(b, "<p class=\"kotak info\">%s</p>",
		    msg(M_AKSES_EMPTY));
		goto out;
	}
	html_lit(b,
	    "<div class=\"tabel-gulir\"><table><caption>Petugas yang"
	    " membuka data Anda</caption><thead><tr><th scope=\"col\">Waktu"
	    "</th><th scope=\"col\">Petugas</th><th scope=\"col\">Unit</th>"
	    "<th scope=\"col\">Data</th><th scope=\"col\">Tujuan</th>"
	    "<th scope=\"col\">Keberatan</th></tr></thead><tbody>");
	for (i = 0; i < n; i++) {
		html_lit(b, "<tr><td>");
		permohonan_time_write(b, v[i].at);
		html_printf(b,
		    "</td><td>%s</td><td>%s</td><td>%s %s</td>"
		    "<td>%s</td><td>",
		    v[i].pembaca, v[i].unit[0] ? v[i].unit : "—",
		    v[i].objek_type, v[i].objek_id, v[i].tujuan);
		if (v[i].kasus[0] != '\0') {
			html_printf(b, "Diajukan (kasus %s)", v[i].kasus);
		} else {
			html_printf(b,
			    "<form method=\"post\""
			    " action=\"/akun/akses-data/%I/sengketa\">",
			    v[i].id);
			form_csrf(r);
			html_printf(b,
			    "<label for=\"alasan-%I\">Alasan"
			    " keberatan</label><textarea id=\"alasan-%I\""
			    " name=\"alasan\" rows=\"2\" minlength=\"%d\""
			    " maxlength=\"%d\" required></textarea><button"
			    " type=\"submit\" class=\"kedua\">Ajukan"
			    " keberatan</button></form>",
			    v[i].id, v[i].id, ALASAN_MIN, ALASAN_MAX);
		}
		html_lit(b, "</td></tr>");
	}
	html_lit(b, "</tbody></table></div>");
out:
	layout_end(r);
	free(v);
}

void
page_akses_dispute(struct req *r)
{
	const char *alasan = req_str(r, "alasan");
	char kasus[32], *to;
	int64_t id = strtoll(r->captures[0], NULL, 10);
	int rc;

	if (id <= 0) {
		page_error(r, 404, msg(M_AKSES_NOT_FOUND));
		return;
	}
	if (text_check(alasan, ALASAN_MIN, ALASAN_MAX, 1) != NULL) {
		page_error(r, 422, msg(M_AKSES_ALASAN));
		return;
	}
	rc = akses_dispute(r->store, r->user, id, alasan, r->addr, r->now,
	    kasus, sizeof(kasus));
	if (rc == -1) {
		page_error(r, 404, msg(M_AKSES_NOT_FOUND));
		return;
	}
	if (rc == -2) {
		page_error(r, 409, msg(M_AKSES_ALREADY));
		return;
	}
	if (rc != 0) {
		page_error(r, 500, msg(M_SAVE_FAILED));
		return;
	}
	to = xasprintf("/akun/akses-data?kasus=%s", kasus);
	req_redirect(r, to);
	free(to);
}

void
api_akses(struct req *r)
{
	struct akses_row *v;
	json_t *arr, *o;
	int n, i;

	n = akses_list(r->store, r->user->id, AKSES_SHOWN, &v);
	if (n < 0) {
		api_error(r, 500, "galat_server", msg(M_SAVE_FAILED));
		return;
	}
	arr = json_array();
	for (i = 0; i < n; i++) {
		o = json_pack("{s:I, s:I, s:s, s:s, s:s, s:s, s:s}", "id",
		    (json_int_t)v[i].id, "waktu", (json_int_t)v[i].at,
		    "petugas", v[i].pembaca, "unit", v[i].unit, "jenis_data",
		    v[i].objek_type, "data", v[i].objek_id, "tujuan",
		    v[i].tujuan);
		if (v[i].kasus[0] != '\0')
			json_object_set_new(o, "kasus",
			    json_string(v[i].kasus));
		json_array_append_new(arr, o);
	}
	free(v);
	api_send(r, 200, json_pack("{s:o}", "data", arr));
}
