/*
 * ui_loket.c: a walk-in application entered by the operator at the desk
 * for a citizen who came to the office (issue 19 item 10).  GET
 * /petugas/loket: the citizen's NIK and one of the services offered at the
 * operator's unit; with both, the citizen's account is looked up (the
 * lookup recorded in the data-access log) and the service's form shown.
 * POST /petugas/loket: the application is created for the citizen as
 * from their own form, with the audit event permohonan.loket naming the
 * operator in the same transaction; the page gives the number and the
 * tracking code to hand to the citizen.  A citizen without an account
 * signs up first (/daftar).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "permohonan_query.h"
#include "permohonan.h"
#include "mod/akses/akses.h"
#include "mod/akun/account.h"
#include "mod/layanan/catalog.h"
#include "lib/form.h"
#include "lib/msg.h"
#include "lib/xalloc.h"
#include "permohonan_html.h"
#include "http/layout.h"
#include "http/pages.h"
#include "ui.h"
#include "sql.h"

/* What the desk form needs. */
struct loket {
	struct layanan_list ll;	 /* services offered at the unit */
	const struct layanan *l; /* the chosen one, or NULL */
	char nik[17];		 /* "" unless 16 digits */
	struct account who;	 /* the citizen; id 0 if none */
	int64_t layanan_id;
	struct permohonan_view_field *f;
	int nf;
	struct permohonan_view_doc *d;
	int nd;
};

static void
loket_free(struct loket *k)
{
	catalog_list_free(&k->ll);
	permohonan_form_free(k->f, k->nf, k->d, k->nd);
}

void
permohonan_nik_norm(const char *in, char out[17])
{
	size_t n = 0;

	for (; *in != '\0'; in++) {
		if (*in == ' ' || *in == '.' || *in == '-')
			continue;
		if (*in < '0' || *in > '9' || n == 16) {
			out[0] = '\0';
			return;
		}
		out[n++] = *in;
	}
	out[n] = '\0';
	if (n != 16)
		out[0] = '\0';
}

/*
 * Read the request into k: the unit's services, the chosen one, the NIK
 * and the citizen.  0, or -1 after a 500 page.  *why: NULL when the
 * citizen and the service are known, else what is missing.
 */
static int
loket_load(struct req *r, struct loket *k, const char **why)
{
	struct catalog_query cq;
	const char *ly = req_str(r, "layanan");
	int64_t id;
	size_t i;

	memset(k, 0, sizeof(*k));
	memset(&cq, 0, sizeof(cq));
	cq.unit = r->user->unit_code;
	if (catalog_search(r->store, &cq, &k->ll) != 0) {
		page_error(r, 500, NULL);
		return -1;
	}
	for (i = 0; i < k->ll.n; i++)
		if (strcmp(k->ll.v[i].code, ly) == 0)
			k->l = &k->ll.v[i];
	permohonan_nik_norm(req_str(r, "nik"), k->nik);
	*why = NULL;
	if (k->nik[0] == '\0')
		*why = "Tulis NIK pemohon: 16 angka seperti pada KTP-el.";
	else if (k->l == NULL)
		*why = "Pilih layanan yang dimohon.";
	if (*why != NULL)
		return 0;
	id = permohonan_sql_warga_nik(r->store, k->nik);
	if (id <= 0 || account_load(r->store, id, &k->who) != 0) {
		memset(&k->who, 0, sizeof(k->who));
		*why = "Belum ada akun warga dengan NIK ini. Bantu warga"
		       " mendaftar di halaman Daftar (/daftar) terlebih dahulu,"
		       " lalu ulangi dari sini.";
		return 0;
	}
	if (permohonan_form_load(r->store, k->l->code, &k->layanan_id, &k->f,
		&k->nf, &k->d, &k->nd) != 0) {
		*why = msg(M_CAT_NOT_FOUND);
		return 0;
	}
	return 0;
}

/* Step 1: the NIK and the service. */
static void
step_one(struct req *r, const struct loket *k, const char *why)
{
	struct buf *b = &r->out;
	size_t i;

	layout_begin(r, "Permohonan di Loket");
	html_lit(b,
	    "<nav aria-label=\"Remah roti\"><a href=\"/petugas\">Kotak"
	    " Masuk</a> › Permohonan di loket</nav><h1>Permohonan di"
	    " Loket</h1><p>Catat permohonan warga yang datang ke kantor."
	    " Permohonan tercatat atas nama warga, dan nama Anda tercatat"
	    " sebagai petugas yang memasukkannya.</p>");
	if (why != NULL && (*req_str(r, "nik") || *req_str(r, "layanan")))
		html_printf(b,
		    "<div class=\"kotak galat\" role=\"alert\"><p>%s</p>"
		    "</div>",
		    why);
	html_printf(b,
	    "<form method=\"get\" action=\"/petugas/loket\""
	    " class=\"formulir\"><div class=\"isian\"><label"
	    " for=\"f-nik\">NIK pemohon</label><p class=\"petunjuk\""
	    " id=\"h-nik\">16 angka seperti pada KTP-el. Pencarian ini"
	    " dicatat dalam log akses data warga.</p><input id=\"f-nik\""
	    " name=\"nik\" type=\"text\" inputmode=\"numeric\""
	    " autocomplete=\"off\" maxlength=\"24\" value=\"%s\""
	    " aria-describedby=\"h-nik\"></div><div class=\"isian\"><label"
	    " for=\"f-layanan\">Layanan</label><select id=\"f-layanan\""
	    " name=\"layanan\"><option value=\"\">— Pilih —</option>",
	    req_str(r, "nik"));
	for (i = 0; i < k->ll.n; i++)
		html_printf(b, "<option value=\"%s\"%s>%s</option>",
		    k->ll.v[i].code, k->l == &k->ll.v[i] ? " selected" : "",
		    k->ll.v[i].name);
	html_lit(b,
	    "</select></div><button type=\"submit\">Lanjutkan</button>"
	    "</form>");
	layout_end(r);
}

/* Step 2: the service's form for the citizen. */
static void
step_two(struct req *r, const struct loket *k, const struct field_errs *e)
{
	struct buf *b = &r->out;
	const char *wil = req_param(r, "wilayah");

	layout_begin(r, "Permohonan di Loket");
	html_printf(b,
	    "<nav aria-label=\"Remah roti\"><a href=\"/petugas\">Kotak"
	    " Masuk</a> › <a href=\"/petugas/loket\">Permohonan di"
	    " loket</a> › %s</nav><h1>%s</h1>",
	    k->l->name, k->l->name);
	permohonan_errs_write(r, e, k->f, k->nf, k->d, k->nd);
	html_lit(b,
	    "<form method=\"post\" action=\"/petugas/loket\""
	    " enctype=\"multipart/form-data\" class=\"formulir lebar\""
	    " novalidate>");
	form_csrf(r);
	html_printf(b,
	    "<input type=\"hidden\" name=\"nik\" value=\"%s\"><input"
	    " type=\"hidden\" name=\"layanan\" value=\"%s\"><fieldset>"
	    "<legend>Pemohon</legend><p>%s<br><span class=\"meta\">NIK %s"
	    "</span></p><p class=\"meta\">Periksa KTP-el warga: nama dan NIK"
	    " harus sama.</p>",
	    k->nik, k->l->code, k->who.full_name, k->nik);
	permohonan_kampung_select(r, wil ? wil : k->who.kampung,
	    field_err_get(e, "wilayah"));
	html_lit(b, "</fieldset>");
	permohonan_form_inputs(r, k->f, k->nf, k->d, k->nd, e, e != NULL, 0);
	html_lit(b,
	    "<p class=\"meta\">Pindai atau foto dokumen yang dibawa warga,"
	    " lalu unggah di sini.</p><button type=\"submit\">Ajukan atas"
	    " nama pemohon</button></form>");
	layout_end(r);
}

void
page_loket(struct req *r)
{
	struct loket k;
	const char *why;
	char obj[24];

	if (loket_load(r, &k, &why) != 0)
		return;
	if (why != NULL) {
		step_one(r, &k, why);
		loket_free(&k);
		return;
	}
	snprintf(obj, sizeof(obj), "%lld", (long long)k.who.id);
	if (akses_record(r->store, r->user, k.who.id, "akun", obj,
		"Pencatatan permohonan di loket", r->addr, r->now) != 0) {
		loket_free(&k);
		page_error(r, 500, msg(M_APP_READ_FAILED));
		return;
	}
	step_two(r, &k, NULL);
	loket_free(&k);
}

void
page_loket_post(struct req *r)
{
	struct buf *b = &r->out;
	struct loket k;
	struct permohonan_input in;
	struct permohonan_result res;
	struct permohonan_row row;
	struct field_errs e;
	const char *why;
	char *seg;
	int rc;

	if (loket_load(r, &k, &why) != 0)
		return;
	if (why != NULL) {
		r->status = 422;
		step_one(r, &k, why);
		loket_free(&k);
		return;
	}
	memset(&in, 0, sizeof(in));
	memset(&res, 0, sizeof(res));
	memset(&e, 0, sizeof(e));
	in.layanan = k.l->code;
	in.wilayah = req_str(r, "wilayah");
	in.loket = r->user;
	permohonan_input_fill(r, &in, k.f, k.nf, k.d, k.nd, r->files,
	    r->nfiles);
	rc = permohonan_create(r->store, r->app->data_dir, &k.who, &in, r->addr,
	    r->now, &res, &e);
	if (rc == -1) {
		r->status = 422;
		step_two(r, &k, &e);
		loket_free(&k);
		return;
	}
	if (rc != 0) {
		loket_free(&k);
		page_error(r, 500, msg(M_SAVE_FAILED));
		return;
	}
	memset(&row, 0, sizeof(row));
	row.id = res.id;
	snprintf(row.nomor, sizeof(row.nomor), "%s", res.nomor);
	seg = permohonan_seg(&row);
	layout_begin(r, "Permohonan tercatat");
	html_printf(b,
	    "<nav aria-label=\"Remah roti\"><a href=\"/petugas\">Kotak"
	    " Masuk</a> › Permohonan di loket</nav><h1>Permohonan"
	    " tercatat</h1><div class=\"kotak sukses\" role=\"status\"><p>"
	    "Permohonan %s atas nama %s telah diajukan.</p></div><dl"
	    " class=\"ringkas\"><dt>Nomor registrasi</dt><dd>%s</dd><dt>Kode"
	    " lacak</dt><dd><strong>%s</strong></dd></dl><p>Berikan nomor"
	    " dan kode lacak ini kepada warga. Warga dapat melihat"
	    " permohonannya di akunnya atau di halaman Lacak"
	    " Permohonan.</p>",
	    k.l->name, k.who.full_name, res.nomor, res.kode_lacak);
	if (permohonan_visible(r->store, r->user, res.id))
		html_printf(b,
		    "<p><a href=\"/petugas/permohonan/%U\">Buka"
		    " permohonan ini</a></p>",
		    seg);
	html_lit(b,
	    "<p><a href=\"/petugas/loket\">Catat permohonan lain</a></p>");
	layout_end(r);
	free(seg);
	loket_free(&k);
}
