/*
 * apply.c: the online application form of a service, generated from its
 * declaration (GET /layanan/<kode>/ajukan), and its submission (POST, as
 * multipart/form-data with the documents).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "permohonan_query.h"
#include "permohonan.h"
#include "mod/layanan/catalog.h"
#include "lib/msg.h"
#include "lib/token.h"
#include "lib/xalloc.h"
#include "store/store.h"
#include "permohonan_html.h"
#include "http/layout.h"
#include "http/pages.h"
#include "mod/layanan/ui.h"
#include "ui.h"
#include "sql.h"

/* What the form needs besides the request. */
struct apply_ctx {
	struct layanan l;
	int64_t layanan_id;
	struct permohonan_view_field *f;
	int nf;
	struct permohonan_view_doc *d;
	int nd;
};

static void
ctx_free(struct apply_ctx *c)
{
	catalog_free(&c->l);
	permohonan_form_free(c->f, c->nf, c->d, c->nd);
}

/* Load the service and its form; sends 404 and returns -1 if unknown. */
static int
ctx_load(struct req *r, struct apply_ctx *c)
{
	memset(c, 0, sizeof(*c));
	if (catalog_get(r->store, r->captures[0], &c->l) != 0) {
		page_error(r, 404, msg(M_CAT_NOT_FOUND));
		return -1;
	}
	if (!c->l.active ||
	    permohonan_form_load(r->store, c->l.code, &c->layanan_id, &c->f,
		&c->nf, &c->d, &c->nd) != 0) {
		catalog_free(&c->l);
		page_error(r, 404, msg(M_CAT_NOT_FOUND));
		return -1;
	}
	return 0;
}

void
permohonan_kampung_select(struct req *r, const char *value, const char *err)
{
	struct buf *b = &r->out;
	struct permohonan_kampung *k;
	size_t n, i;

	k = permohonan_kampung_list(r->store, &n);
	html_printf(b,
	    "<div class=\"isian%s\"><label for=\"f-wilayah\">"
	    "Kampung/kelurahan tempat tinggal (wajib)</label><p"
	    " class=\"petunjuk\" id=\"h-wilayah\">Permohonan ditangani oleh"
	    " kantor kampung atau kelurahan ini, kecamatannya, atau perangkat"
	    " daerah penyelenggara layanan.</p>",
	    err ? " salah" : "");
	if (err != NULL)
		html_printf(b,
		    "<p class=\"pesan-galat\" id=\"e-wilayah\">%s"
		    "</p>",
		    err);
	html_printf(b,
	    "<select id=\"f-wilayah\" name=\"wilayah\" required"
	    " aria-describedby=\"h-wilayah%s\"",
	    err ? " e-wilayah" : "");
	if (err != NULL)
		html_lit(b, " aria-invalid=\"true\"");
	html_lit(b,
	    "><option value=\"\">— Pilih kampung/kelurahan —"
	    "</option>");
	for (i = 0; k != NULL && i < n; i++) {
		if (i == 0 || strcmp(k[i].kec_code, k[i - 1].kec_code) != 0) {
			if (i > 0)
				html_lit(b, "</optgroup>");
			html_printf(b, "<optgroup label=\"Kecamatan %s\">",
			    k[i].kec_name);
		}
		html_printf(b, "<option value=\"%s\"%s>%s %s</option>",
		    k[i].code,
		    value && strcmp(value, k[i].code) == 0 ? " selected" : "",
		    k[i].kelurahan ? "Kelurahan" : "Kampung", k[i].name);
	}
	if (k != NULL && n > 0)
		html_lit(b, "</optgroup>");
	html_lit(b, "</select></div>");
	free(k);
}

static void
apply_form(struct req *r, struct apply_ctx *c, const struct field_errs *e,
    const char *error)
{
	struct buf *b = &r->out;
	char key[TOKEN_LEN + 1], last[14];
	const char *wil, *k;
	char *title;

	title = xasprintf("Ajukan Permohonan: %s", c->l.name);
	layout_begin(r, title);
	free(title);
	html_printf(b,
	    "<nav aria-label=\"Remah roti\"><a href=\"/layanan\">"
	    "Katalog Layanan</a> › <a href=\"/layanan/%U\">%s</a> › Ajukan"
	    "</nav><h1>Ajukan Permohonan</h1><p class=\"meta\">%s"
	    " · Jangka waktu ",
	    c->l.code, c->l.name, c->l.name);
	layanan_sla_write(b, c->l.sla_days);
	html_lit(b, "</p>");
	if (error != NULL)
		html_printf(b,
		    "<div class=\"kotak galat\" role=\"alert\"><p>%s"
		    "</p></div>",
		    error);
	permohonan_errs_write(r, e, c->f, c->nf, c->d, c->nd);
	if (permohonan_sql_has_workflow(r->store, c->layanan_id) == 0) {
		notice(r, "info", msg(M_APP_NO_WORKFLOW));
		html_printf(b,
		    "<p><a href=\"/layanan/%U\">Kembali ke halaman"
		    " layanan</a></p>",
		    c->l.code);
		layout_end(r);
		return;
	}
	html_printf(b,
	    "<p>Isian bertanda (wajib) harus diisi. Anda dapat"
	    " menyimpan permohonan sebagai draf dan mengajukannya nanti."
	    "</p><form method=\"post\" action=\"/layanan/%U/ajukan\""
	    " enctype=\"multipart/form-data\" class=\"formulir lebar\""
	    " novalidate>",
	    c->l.code);
	form_csrf(r);
	/* a refresh or double click sends the same key: same application */
	k = req_param(r, "kunci_idempoten");
	if (k == NULL || strlen(k) != TOKEN_LEN) {
		token_random(key);
		k = key;
	}
	html_printf(b,
	    "<input type=\"hidden\" name=\"kunci_idempoten\""
	    " value=\"%s\">",
	    k);
	html_printf(b,
	    "<fieldset><legend>Pemohon</legend><p>%s<br><span"
	    " class=\"meta\">NIK %s",
	    r->user->full_name, r->user->nik);
	if (r->user->phone[0] != '\0')
		html_printf(b, " · Telepon %s", r->user->phone);
	html_lit(b,
	    "</span></p><p class=\"meta\">Data pemohon diambil dari"
	    " akun Anda; ubah melalui <a href=\"/akun\">Akun Saya</a>.</p>");
	wil = req_param(r, "wilayah");
	if (wil == NULL && r->user->kampung[0] != '\0')
		wil = r->user->kampung; /* named at sign-up */
	else if (wil == NULL) {
		permohonan_last_wilayah(r->store, r->user->id, last);
		wil = last;
	}
	permohonan_kampung_select(r, wil, field_err_get(e, "wilayah"));
	html_lit(b, "</fieldset>");
	permohonan_form_inputs(r, c->f, c->nf, c->d, c->nd, e,
	    e != NULL || error != NULL, 0);
	html_lit(b,
	    "<p class=\"meta\">Dengan mengajukan permohonan, Anda"
	    " menyatakan bahwa isian dan dokumen yang dikirim benar. Data"
	    " pribadi hanya dipakai untuk pelayanan ini sesuai Undang-Undang"
	    " Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi.</p>"
	    "<div class=\"tombol-baris\"><button type=\"submit\""
	    " name=\"simpan\" value=\"ajukan\">Ajukan permohonan</button>"
	    "<button type=\"submit\" name=\"simpan\" value=\"draf\""
	    " class=\"kedua\">Simpan sebagai draf</button></div></form>");
	layout_end(r);
}

void
page_apply(struct req *r)
{
	struct apply_ctx c;

	if (ctx_load(r, &c) != 0)
		return;
	apply_form(r, &c, NULL, NULL);
	ctx_free(&c);
}

/* An application of the form, with its service code kept for the batch. */
struct apply_item {
	struct permohonan_batch_item it; /* first: r->job is freed as this */
	char code[21];
};

/* The answer to the form once its batch is committed (req.h). */
static void
apply_done(struct req *r)
{
	const struct permohonan_batch_item *it =
	    (struct permohonan_batch_item *)r->job;
	struct apply_ctx c;
	struct permohonan_row row;
	char *to;

	if (it->rc != 0) {
		if (ctx_load(r, &c) != 0)
			return;
		r->status = it->rc == -1 ? 422 : 503;
		if (it->rc != -1)
			r->retry_after = 5; /* storage failed: send again */
		apply_form(r, &c, it->rc == -1 ? &it->errs : NULL,
		    it->rc == -1 ? NULL : msg(M_SAVE_FAILED));
		ctx_free(&c);
		return;
	}
	if (it->errs.n > 0 && it->res.nomor[0] == '\0') {
		/* refused, kept as a draft with its files (issue 19) */
		permohonan_page_kept(r, it->res.id, &it->errs);
		return;
	}
	memset(&row, 0, sizeof(row));
	row.id = it->res.id;
	snprintf(row.nomor, sizeof(row.nomor), "%s", it->res.nomor);
	to = permohonan_path("/permohonan/", &row,
	    it->res.existing		   ? "?ulang=1"
		: it->res.nomor[0] != '\0' ? "?baru=1"
					   : "?draf=1");
	req_redirect(r, to);
	free(to);
}

/*
 * POST /layanan/{kode}/ajukan: submit or save a draft.  Created by group
 * commit like the API's (req.h); apply_done() answers.
 */
void
page_apply_post(struct req *r)
{
	struct apply_ctx c;
	struct apply_item *a;
	struct permohonan_input *in;

	if (ctx_load(r, &c) != 0)
		return;
	a = xcalloc(1, sizeof(*a));
	snprintf(a->code, sizeof(a->code), "%s", c.l.code);
	in = &a->it.in;
	in->layanan = a->code;
	in->wilayah = req_str(r, "wilayah");
	in->idem_key = req_param(r, "kunci_idempoten");
	if (in->idem_key != NULL && *in->idem_key == '\0')
		in->idem_key = NULL;
	in->draft = strcmp(req_str(r, "simpan"), "draf") == 0;
	in->draft_on_error = 1;
	permohonan_input_fill(r, in, c.f, c.nf, c.d, c.nd, r->files, r->nfiles);
	ctx_free(&c);
	a->it.applicant = r->user;
	a->it.addr = r->addr;
	a->it.now = r->now;
	permohonan_create_job(&a->it);
	r->job = &a->it.job;
	r->job_done = apply_done;
}
