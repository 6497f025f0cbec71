/*
 * admin_surat.c: letter templates and nomor surat formats for admins
 * (issue 4): GET /admin/surat (services and their templates, nomor
 * formats of units), GET/POST /admin/surat/<kode layanan> (edit a
 * template with placeholder checks and an HTML preview marked CONTOH),
 * POST /admin/surat-format (a unit's nomor format).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mod/akun/account.h"
#include "dokumen.h"
#include "mod/layanan/catalog.h"
#include "sql.h"
#include "lib/msg.h"
#include "lib/xalloc.h"
#include "store/store.h"
#include "http/layout.h"
#include "http/pages.h"
#include "ui.h"

/* Sample values for the preview: a placeholder shows its own name. */
static const char *
sample(void *arg, const char *name)
{
	static _Thread_local char out[96];

	(void)arg;
	if (strcmp(name, "nama") == 0)
		return "Siti Contoh";
	if (strcmp(name, "nik") == 0)
		return "1408010000000000";
	if (strcmp(name, "tanggal") == 0)
		return "28 November 2026";
	snprintf(out, sizeof(out), "[%s]", name);
	return out;
}

static void
preview(struct req *r, const char *judul, const char *isi)
{
	struct buf *b = &r->out, t = BUF_INIT;
	char err[256];
	const char *p, *q;

	buf_init(&t, 1024);
	if (surat_fill(isi, sample, NULL, &t, err, sizeof(err)) != 0) {
		buf_free(&t);
		return;
	}
	buf_addc(&t, '\0');
	html_printf(b,
	    "<section class=\"pratinjau-surat\" aria-labelledby="
	    "\"h-pratinjau\"><h2 id=\"h-pratinjau\">Pratinjau (CONTOH, tidak"
	    " sah)</h2><div class=\"surat-contoh\"><p class=\"cap-contoh\">"
	    "CONTOH</p><p class=\"judul-surat\">%s</p><p>Nomor: [nomor surat]"
	    "</p>",
	    judul);
	for (p = t.s; *p != '\0'; p = q) {
		if ((q = strstr(p, "\n\n")) == NULL)
			q = p + strlen(p);
		buf_adds(b, "<p>");
		{
			char *para = xstrndup(p, (size_t)(q - p)), *l, *nx;

			for (l = para; l != NULL; l = nx) {
				if ((nx = strchr(l, '\n')) != NULL)
					*nx++ = '\0';
				html_printf(b, "%s", l);
				if (nx != NULL)
					html_lit(b, "<br>");
			}
			free(para);
		}
		buf_adds(b, "</p>");
		while (*q == '\n')
			q++;
	}
	html_lit(b, "</div></section>");
	buf_free(&t);
}

static void
edit_page(struct req *r, const struct dokumen_templat *t, const char *judul,
    const char *isi, const char *klas, const char *error, int saved)
{
	struct buf *b = &r->out;
	int i;

	layout_begin(r, "Templat Surat");
	html_printf(b,
	    "<nav aria-label=\"Remah roti\"><a href=\"/admin/surat\">"
	    "Templat Surat</a> › %s</nav><h1>Templat surat: %s</h1>",
	    t->layanan_code, t->layanan_name);
	if (saved)
		notice(r, "sukses", msg(M_DOKUMEN_TEMPLAT_SAVED));
	if (error != NULL)
		html_printf(b,
		    "<div class=\"kotak galat\" role=\"alert\"><p>%s"
		    "</p></div>",
		    error);
	if (t->is_default)
		html_lit(b,
		    "<p class=\"kotak info\">Layanan ini memakai templat"
		    " bawaan yang dibuat dari formulirnya.</p>");
	html_lit(b, "<p>Penanda isian yang tersedia: ");
	for (i = 0; surat_fixed_names[i] != NULL; i++)
		html_printf(b, "<code>{{%s}}</code> ", surat_fixed_names[i]);
	for (i = 0; i < t->nfields; i++)
		html_printf(b, "<code>{{isian.%s}}</code> ", t->fields[i]);
	html_lit(b, "</p>");
	html_printf(b,
	    "<form method=\"post\" action=\"/admin/surat/%U\""
	    " class=\"formulir lebar\">",
	    t->layanan_code);
	form_csrf(r);
	form_field(r, "judul", "Judul surat", "text", judul, NULL,
	    "3 sampai 160 karakter, misalnya SURAT KETERANGAN DOMISILI.");
	form_field(r, "klasifikasi", "Kode klasifikasi", "text", klas, NULL,
	    "Dipakai penanda {klasifikasi} pada format nomor surat, misalnya"
	    " 470.");
	form_field(r, "isi", "Isi surat", "textarea", isi, NULL,
	    "Paragraf dipisahkan satu baris kosong. Kop, nomor, tempat dan"
	    " tanggal, blok tanda tangan, kode QR dan catatan UU ITE"
	    " ditambahkan otomatis.");
	html_lit(b,
	    "<div class=\"tombol-baris\"><button type=\"submit\""
	    " name=\"aksi\" value=\"pratinjau\" class=\"kedua\">Pratinjau"
	    "</button><button type=\"submit\" name=\"aksi\" value=\"simpan\""
	    " class=\"utama\">Simpan</button></div></form>");
	if (error == NULL)
		preview(r, judul, isi);
	layout_end(r);
}

/*
 * The template r->captures[0] names, for an admin who may edit it: the
 * superadmin, or an admin of the OPD offering a kabupaten-level service
 * (catalog_owner()).  Sends 404 or 403 and returns -1 otherwise.
 */
static int
load(struct req *r, struct dokumen_templat *t)
{
	int64_t id = dokumen_sql_layanan_id(r->store, r->captures[0]);

	if (id == 0 || dokumen_templat_load(r->store, id, t) != 0) {
		page_error(r, 404, msg(M_DOKUMEN_NOT_FOUND));
		return -1;
	}
	if (!account_may_admin(r->user, catalog_owner(r->store, id))) {
		dokumen_templat_free(t);
		page_error(r, 403, msg(M_ADMIN_NOT_OWNER));
		return -1;
	}
	return 0;
}

void
page_admin_surat_edit(struct req *r)
{
	struct dokumen_templat t;

	if (load(r, &t) != 0)
		return;
	edit_page(r, &t, t.judul, t.isi, t.klasifikasi, NULL,
	    req_param(r, "ok") != NULL);
	dokumen_templat_free(&t);
}

void
page_admin_surat_save(struct req *r)
{
	struct dokumen_templat t;
	const char *judul = req_str(r, "judul"), *isi = req_str(r, "isi");
	const char *klas = req_str(r, "klasifikasi");
	char err[256], *to;
	int rc;

	if (load(r, &t) != 0)
		return;
	if (strcmp(req_str(r, "aksi"), "simpan") != 0) {
		/* preview only: checked, nothing saved */
		if (surat_check(isi, (const char *const *)t.fields, t.nfields,
			err, sizeof(err)) != 0) {
			r->status = 422;
			edit_page(r, &t, judul, isi, klas, err, 0);
		} else
			edit_page(r, &t, judul, isi, klas, NULL, 0);
		dokumen_templat_free(&t);
		return;
	}
	if ((rc = dokumen_templat_save(r->store, t.layanan_id, judul, isi, klas,
		 r->user, r->addr, r->now, err, sizeof(err))) != 0) {
		if (rc == -2) {
			page_error(r, 403, err);
			dokumen_templat_free(&t);
			return;
		}
		r->status = 422;
		edit_page(r, &t, judul, isi, klas, err, 0);
		dokumen_templat_free(&t);
		return;
	}
	to = xasprintf("/admin/surat/%s?ok=1", t.layanan_code);
	req_redirect(r, to);
	free(to);
	dokumen_templat_free(&t);
}

/* What list_page() writes the formats with: the page, the rows so far. */
struct format_list {
	struct buf *b;
	int n;
};

static int
format_item(void *arg, const char *code, const char *name, const char *format,
    const char *kode_unit)
{
	struct format_list *fl = arg;

	if (fl->n++ == 0)
		html_lit(fl->b, "<ul>");
	html_printf(fl->b,
	    "<li>%s (%s): <code>%s</code>, kode unit"
	    " <code>%s</code></li>",
	    name, code, format, kode_unit);
	return 0;
}

static int
templat_item(void *arg, const char *code, const char *name, const char *judul,
    int64_t versi)
{
	html_printf(arg,
	    "<li><a href=\"/admin/surat/%U\">%s</a>"
	    " — %s: %s (versi %d)</li>",
	    code, code, name, judul, (int)versi);
	return 0;
}

static void
list_page(struct req *r, const char *error, const char *unit, const char *fmt,
    const char *kode)
{
	struct buf *b = &r->out;
	struct format_list fl;

	layout_begin(r, "Templat Surat");
	html_lit(b, "<h1>Templat Surat dan Nomor Surat</h1>");
	if (req_param(r, "ok") != NULL)
		notice(r, "sukses", msg(M_DOKUMEN_FORMAT_SAVED));
	html_lit(b,
	    "<h2>Format nomor surat per unit</h2><p>Penanda: "
	    "<code>{klasifikasi}</code> <code>{seq}</code> (nomor urut per unit"
	    " per tahun) <code>{kode_unit}</code> <code>{bulan}</code> (angka"
	    " Romawi) <code>{tahun}</code>. Bawaan: <code>" SURAT_FORMAT_DEFAULT
	    "</code> dengan kode unit = kode unit.</p>");
	if (error != NULL)
		html_printf(b,
		    "<div class=\"kotak galat\" role=\"alert\"><p>%s"
		    "</p></div>",
		    error);
	fl.b = b;
	fl.n = 0;
	if (dokumen_sql_each_format_set(r->store, format_item, &fl) == 0) {
		if (fl.n == 0)
			html_lit(b, "<ul>");
		html_lit(b, "</ul>");
	}
	html_lit(b,
	    "<form method=\"post\" action=\"/admin/surat-format\""
	    " class=\"formulir\">");
	form_csrf(r);
	form_field(r, "unit", "Kode unit", "text", unit, NULL,
	    "Misalnya 14.08.01.1001 atau DISDUKCAPIL.");
	form_field(r, "format", "Format nomor surat", "text", fmt, NULL, NULL);
	form_field(r, "kode_unit", "Kode unit pada nomor surat", "text", kode,
	    NULL, "Misalnya KD atau DUKCAPIL.");
	html_lit(b,
	    "<div class=\"tombol-baris\"><button type=\"submit\""
	    " class=\"utama\">Simpan format</button></div></form>");
	html_lit(b,
	    "<h2>Templat per layanan</h2><p>Templat layanan tingkat"
	    " kampung dan kecamatan berlaku untuk seluruh kabupaten dan diubah"
	    " oleh superadmin; templat layanan perangkat daerah diubah oleh"
	    " admin perangkat daerah tersebut. Yang tercantum di bawah adalah"
	    " templat yang dapat Anda ubah.</p><ul>");
	/* the superadmin sees all; an admin the kabupaten-level services of
	 * their own unit (catalog_owner()) */
	(void)dokumen_sql_each_templat_of(r->store,
	    user_has(r, ROLE_SUPERADMIN), r->user->unit_id, templat_item, b);
	html_lit(b, "</ul>");
	layout_end(r);
}

void
page_admin_surat(struct req *r)
{
	list_page(r, NULL,
	    user_has(r, ROLE_SUPERADMIN) ? "" : r->user->unit_code,
	    SURAT_FORMAT_DEFAULT, "");
}

void
page_admin_surat_format(struct req *r)
{
	const char *unit = req_str(r, "unit"), *fmt = req_str(r, "format");
	const char *kode = req_str(r, "kode_unit");
	char err[256];
	int64_t id;
	int rc;

	id = dokumen_sql_unit_id(r->store, unit);
	if (id == 0) {
		r->status = 422;
		list_page(r, msg(M_DOKUMEN_UNIT_UNKNOWN), unit, fmt, kode);
		return;
	}
	if ((rc = dokumen_format_save(r->store, id, fmt, kode, r->user, r->addr,
		 r->now, err, sizeof(err))) != 0) {
		if (rc == -2) {
			page_error(r, 403, err);
			return;
		}
		r->status = 422;
		list_page(r, err, unit, fmt, kode);
		return;
	}
	req_redirect(r, "/admin/surat?ok=1");
}
