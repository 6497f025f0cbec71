/*
 * spbe_unit.c: evidence requests seen by units: GET /spbe/permintaan (a
 * unit's officers see the requests for their unit; the SPBE coordinator
 * sees all), POST /spbe/permintaan/<id> (the unit uploads a document or
 * a link for the requested indicator), and GET /spbe/berkas/<sha256>
 * (an evidence document, to those who may read it; 404 otherwise).
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mod/berkas/berkas.h"
#include "spbe.h"
#include "spbe_store.h"
#include "lib/multipart.h"
#include "lib/msg.h"
#include "lib/xalloc.h"
#include "store/store.h"
#include "http/layout.h"
#include "http/pages.h"
#include "ui.h"
#include "spbe_pages.h"

static void
requests_page(struct req *r, const char *err)
{
	struct buf *b = &r->out;
	struct spbe_permintaan *v;
	size_t i, n;
	int all = user_has(r, ROLE_SPBE);

	v = spbe_requests(r->store, all ? 0 : r->user->unit_id, &n);
	if (!all && r->user->unit_id == 0) { /* no unit: no requests */
		spbe_requests_free(v, n);
		v = NULL;
		n = 0;
	}
	if (err != NULL)
		r->status = 422;
	layout_begin(r, "Permintaan Bukti SPBE");
	html_lit(b, "<h1>Permintaan Bukti SPBE</h1>");
	if (all)
		html_lit(b, "<p>Seluruh permintaan bukti kepada unit.</p>");
	else
		html_printf(b,
		    "<p>Permintaan bukti dukung penilaian SPBE untuk"
		    " unit %s.</p>",
		    r->user->unit_name);
	if (err != NULL)
		notice(r, "galat", err);
	if (req_param(r, "pesan") != NULL)
		notice(r, "sukses", msg(M_SPBE_BUKTI_ADDED));
	if (n == 0)
		notice(r, "info", msg(M_SPBE_REQ_NONE));
	for (i = 0; i < n; i++) {
		html_printf(b,
		    "<section class=\"kartu\" aria-labelledby=\"h-r%I\">"
		    "<h2 id=\"h-r%I\">Penilaian %d, indikator %d</h2><p>Unit: %s"
		    " · Status: %s</p><p>%s</p>",
		    v[i].id, v[i].id, v[i].tahun, v[i].indikator,
		    v[i].unit_nama,
		    strcmp(v[i].status, "terbuka") == 0 ? "menunggu bukti"
							: "dipenuhi",
		    v[i].pesan[0] ? v[i].pesan : "(tanpa pesan)");
		if (strcmp(v[i].status, "terbuka") != 0 ||
		    strcmp(v[i].status_penilaian, "draft") != 0 ||
		    v[i].unit_id != r->user->unit_id) {
			html_lit(b, "</section>");
			continue;
		}
		html_printf(b,
		    "<form method=\"post\" enctype=\"multipart/"
		    "form-data\" action=\"/spbe/permintaan/%I\">",
		    v[i].id);
		form_csrf(r);
		html_printf(b,
		    "<div class=\"isian\"><label for=\"f-j%I\">Judul"
		    " bukti</label><input id=\"f-j%I\" name=\"judul\""
		    " maxlength=\"200\" required></div><div class=\"isian\">"
		    "<label for=\"f-b%I\">Berkas (PDF, JPEG atau PNG)</label>"
		    "<input id=\"f-b%I\" name=\"berkas\" type=\"file\""
		    " accept=\"application/pdf,image/jpeg,image/png\"></div>"
		    "<div class=\"isian\"><label for=\"f-u%I\">atau alamat"
		    " tautan</label><input id=\"f-u%I\" name=\"url\""
		    " type=\"url\" maxlength=\"500\"></div><button"
		    " type=\"submit\">Kirim bukti</button></form></section>",
		    v[i].id, v[i].id, v[i].id, v[i].id, v[i].id, v[i].id);
	}
	layout_end(r);
	spbe_requests_free(v, n);
}

void
page_spbe_requests(struct req *r)
{
	requests_page(r, NULL);
}

void
page_spbe_request_upload(struct req *r)
{
	struct spbe_permintaan q;
	struct spbe_framework *fw;
	struct spbe_penilaian p;
	const struct mp_file *f = NULL;
	const char *why, *url = req_param(r, "url");
	char *end;
	long long rid = strtoll(r->captures[0], &end, 10);
	size_t i;
	int rc;

	/* only the requested unit; everyone else learns nothing */
	if (*end != '\0' || rid <= 0 ||
	    spbe_request_get(r->store, rid, &q) != 0) {
		page_error(r, 404, msg(M_SPBE_REQ_BAD));
		return;
	}
	free(q.pesan);
	if (q.unit_id != r->user->unit_id) {
		page_error(r, 404, msg(M_SPBE_REQ_BAD));
		return;
	}
	if (spbe_get(r->store, q.penilaian_id, &p) != 0 ||
	    (fw = spbe_kerangka_get(r->store, p.kerangka)) == NULL) {
		page_error(r, 404, msg(M_SPBE_REQ_BAD));
		return;
	}
	for (i = 0; i < r->nfiles; i++)
		if (strcmp(r->files[i].field, "berkas") == 0 &&
		    r->files[i].len > 0)
			f = &r->files[i];
	if (f != NULL)
		rc = spbe_bukti_add_file(r->store, r->app->data_dir, fw, p.id,
		    q.indikator, req_str(r, "judul"), f->data, f->len, r->user,
		    r->addr, r->now, &why);
	else if (url != NULL && *url != '\0')
		rc = spbe_bukti_add_link(r->store, fw, p.id, q.indikator,
		    req_str(r, "judul"), url, r->user, r->addr, r->now, &why);
	else {
		rc = -1;
		why = msg(M_SPBE_FILE_NONE);
	}
	spbe_framework_free(fw);
	if (rc != 0) {
		requests_page(r, why);
		return;
	}
	req_redirect(r, "/spbe/permintaan?pesan=bukti");
}

static const char *
mime_of(struct store *s, const char *sha)
{
	char m[128];

	if (berkas_mime(s, sha, m, sizeof(m)) != 1)
		return NULL;
	if (strcmp(m, "application/pdf") == 0)
		return "application/pdf";
	if (strcmp(m, "image/png") == 0)
		return "image/png";
	if (strcmp(m, "image/jpeg") == 0)
		return "image/jpeg";
	return NULL;
}

void
page_spbe_file(struct req *r)
{
	const char *sha = r->captures[0], *mime, *p;
	char *path;

	for (p = sha; *p; p++)
		if (!((*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'f')))
			break;
	if (*p != '\0' || p - sha != 64 ||
	    !spbe_bukti_readable(r->store, sha, r->user) ||
	    (mime = mime_of(r->store, sha)) == NULL) {
		page_error(r, 404, msg(M_SPBE_NOT_FOUND));
		return;
	}
	path = berkas_path(r->app->data_dir, sha);
	buf_reset(&r->out);
	if (buf_read_file(&r->out, path, BERKAS_MAX_FILE) != 0) {
		free(path);
		page_error(r, 500, NULL);
		return;
	}
	free(path);
	r->status = 200;
	r->out_type = mime;
	free(r->disposition);
	r->disposition = xasprintf("attachment;"
				   " filename=\"bukti-spbe-%.12s.%s\"",
	    sha,
	    strcmp(mime, "application/pdf") == 0 ? "pdf"
		: strcmp(mime, "image/png") == 0 ? "png"
						 : "jpg");
}
