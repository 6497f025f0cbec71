/*
 * admin_catalog.c: the admin landing page, the catalog editor
 * (GET /admin/layanan, GET+POST /admin/layanan/<kode>) and the unit list
 * (GET /admin/unit).  The route table limits all of it to admins.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "lib/msg.h"
#include "lib/xalloc.h"
#include "http/layout.h"
#include "http/pages.h"
#include "ui.h"

void
page_admin(struct req *r)
{
	layout_begin(r, "Administrasi");
	html_lit(&r->out,
	    "<h1>Administrasi Pamong</h1><p>Pengelolaan katalog"
	    " layanan, unit kerja, akun, alur layanan, dan hari libur.</p><ul class=\"kartu\">"
	    "<li><a href=\"/admin/layanan\">Katalog layanan</a><p class=\"meta\">"
	    "Ubah standar pelayanan: persyaratan, prosedur, jangka waktu,"
	    " biaya.</p></li>"
	    "<li><a href=\"/admin/unit\">Unit kerja</a><p class=\"meta\">"
	    "Perangkat daerah, kecamatan, dan kampung/kelurahan beserta jumlah"
	    " layanan dan akunnya.</p></li>"
	    "<li><a href=\"/admin/akun\">Akun</a><p class=\"meta\">Akun petugas"
	    " dan warga: buat, nonaktifkan, atur ulang kata sandi.</p></li>"
	    "<li><a href=\"/admin/alur\">Alur layanan</a><p class=\"meta\">"
	    "Tahapan, peran, dan batas waktu setiap alur permohonan.</p></li>"
	    "<li><a href=\"/admin/libur\">Hari libur</a><p class=\"meta\">"
	    "Libur nasional, cuti bersama, dan libur daerah untuk perhitungan"
	    " hari kerja.</p></li>"
	    "<li><a href=\"/admin/penandatangan\">Penandatangan</a><p"
	    " class=\"meta\">Sertifikat tanda tangan elektronik petugas:"
	    " daftarkan dan cabut.</p></li>"
	    "</ul>");
	layout_end(r);
}

void
page_admin_catalog(struct req *r)
{
	struct catalog_query cq;
	struct layanan_list ll;
	struct layanan saved;
	struct buf *b = &r->out;
	const struct layanan *l;
	size_t i;

	memset(&cq, 0, sizeof(cq));
	cq.with_inactive = 1;
	if (catalog_search(r->store, &cq, &ll) != 0) {
		page_error(r, 500, NULL);
		return;
	}
	layout_begin(r, "Kelola Katalog Layanan");
	html_lit(b,
	    "<nav aria-label=\"Remah roti\"><a href=\"/admin\">"
	    "Administrasi</a> › Katalog layanan</nav>"
	    "<h1>Kelola Katalog Layanan</h1>");
	/* the notice names the service only if it really exists */
	if (catalog_get(r->store, req_param(r, "disimpan"), &saved) == 0) {
		html_printf(b,
		    "<div class=\"kotak sukses\" role=\"status\">"
		    "<p>%s</p><p>%s: <a href=\"/layanan/%U\">%s</a></p></div>",
		    msg(M_CAT_SAVED), saved.code, saved.code, saved.name);
		catalog_free(&saved);
	}
	html_printf(b,
	    "<p>%z layanan, termasuk yang nonaktif. Layanan tingkat"
	    " kampung dan kecamatan berlaku untuk seluruh kabupaten dan diubah"
	    " oleh superadmin; layanan perangkat daerah diubah oleh admin"
	    " perangkat daerah tersebut.</p>"
	    "<div class=\"tabel-gulir\" tabindex=\"0\" role=\"region\" aria-label=\"Daftar layanan\"><table><caption>Daftar layanan"
	    "</caption><thead><tr><th scope=\"col\">Kode</th>"
	    "<th scope=\"col\">Nama layanan</th><th scope=\"col\">Tingkat/unit"
	    "</th><th scope=\"col\">Jangka waktu</th><th scope=\"col\">Biaya"
	    "</th><th scope=\"col\">Status</th></tr></thead><tbody>",
	    ll.n);
	for (i = 0; i < ll.n; i++) {
		l = &ll.v[i];
		/* only what this admin may edit is a link (catalog_may_edit) */
		if (catalog_may_edit(r->user, l))
			html_printf(b,
			    "<tr><td>%s</td><td><a href=\"/admin/"
			    "layanan/%U\">%s</a></td><td>%s",
			    l->code, l->code, l->name,
			    layanan_level_label(l->level));
		else
			html_printf(b, "<tr><td>%s</td><td>%s</td><td>%s",
			    l->code, l->name, layanan_level_label(l->level));
		if (l->unit_name != NULL)
			html_printf(b, ": %s", l->unit_name);
		html_lit(b, "</td><td>");
		layanan_sla_write(b, l->sla_days);
		html_lit(b, "</td><td>");
		layanan_fee_write(b, l);
		html_printf(b, "</td><td>%s</td></tr>",
		    l->active ? "Aktif" : "Nonaktif");
	}
	html_lit(b, "</tbody></table></div>");
	catalog_list_free(&ll);
	layout_end(r);
}

/* The edit form, filled from v (the stored or the submitted values). */
static void
edit_form(struct req *r, const struct layanan *l, const struct layanan_edit *v,
    const struct field_errs *fe)
{
	struct buf *b = &r->out;
	const char *act = v->active ? v->active : "";

	layout_begin(r, "Ubah Layanan");
	html_printf(b,
	    "<nav aria-label=\"Remah roti\"><a href=\"/admin\">"
	    "Administrasi</a> › <a href=\"/admin/layanan\">Katalog layanan</a>"
	    " › %s</nav><h1>Ubah Standar Pelayanan</h1><p class=\"meta\">"
	    "<span class=\"lencana\">%s</span> Kode %s",
	    l->code, layanan_level_label(l->level), l->code);
	if (l->unit_name != NULL)
		html_printf(b, " · %s", l->unit_name);
	html_printf(b,
	    " · <a href=\"/layanan/%U\">Lihat halaman publik</a>"
	    "</p>",
	    l->code);
	form_errors(r, fe);
	html_printf(b,
	    "<form method=\"post\" action=\"/admin/layanan/%U\""
	    " class=\"formulir\" novalidate>",
	    l->code);
	form_csrf(r);
	form_field(r, "name", "Nama layanan", "text", v->name, fe,
	    "3–200 karakter.");
	form_field(r, "product", "Produk pelayanan", "text", v->product, fe,
	    NULL);
	form_field(r, "sla_days", "Jangka waktu penyelesaian (hari kerja)",
	    "number", v->sla_days, fe,
	    "Bilangan bulat 0–365; 0 berarti"
	    " selesai pada hari yang sama.");
	form_field(r, "fee_idr", "Biaya (rupiah)", "text", v->fee_idr, fe,
	    "Angka tanpa desimal, misalnya 0 untuk gratis atau 15.000."
	    " Kosongkan bila biaya berupa retribusi sesuai Perda.");
	form_field(r, "fee_note", "Keterangan biaya", "textarea", v->fee_note,
	    fe, "Boleh kosong; paling banyak 500 karakter.");
	form_field(r, "requirements", "Persyaratan", "textarea",
	    v->requirements, fe,
	    "Satu persyaratan per baris; paling banyak"
	    " 30 persyaratan.");
	form_field(r, "procedure", "Sistem, mekanisme, dan prosedur",
	    "textarea", v->procedure, fe, NULL);
	form_field(r, "complaints", "Penanganan pengaduan, saran, dan masukan",
	    "textarea", v->complaints, fe, NULL);
	form_field(r, "legal_basis", "Dasar hukum", "textarea", v->legal_basis,
	    fe,
	    "Pisahkan beberapa peraturan dengan baris baru atau titik"
	    " koma.");
	html_printf(b,
	    "<div class=\"isian%s\"><input type=\"hidden\""
	    " name=\"active\" value=\"0\">",
	    field_err_get(fe, "active") ? " salah" : "");
	if (field_err_get(fe, "active") != NULL)
		html_printf(b,
		    "<p class=\"pesan-galat\" id=\"e-active\">%s</p>",
		    field_err_get(fe, "active"));
	html_printf(b,
	    "<label><input id=\"f-active\" type=\"checkbox\""
	    " name=\"active\" value=\"1\"%s> Layanan aktif (tampil di katalog"
	    " publik)</label></div>",
	    strcmp(act, "1") == 0 ? " checked" : "");
	html_lit(b,
	    "<button type=\"submit\">Simpan perubahan</button> "
	    "<a href=\"/admin/layanan\">Batal</a></form>");
	layout_end(r);
}

void
page_admin_catalog_edit(struct req *r)
{
	struct layanan l;
	struct layanan_edit v;
	struct field_errs fe;
	struct buf req = BUF_INIT, fee = BUF_INIT;
	char sla[16];
	size_t i;

	if (catalog_get(r->store, r->captures[0], &l) != 0) {
		page_error(r, 404, msg(M_CAT_NOT_FOUND));
		return;
	}
	if (!catalog_may_edit(r->user, &l)) {
		catalog_free(&l);
		page_error(r, 403, msg(M_ADMIN_NOT_OWNER));
		return;
	}
	memset(&fe, 0, sizeof(fe));
	buf_init(&req, 256);
	buf_init(&fee, 16);
	for (i = 0; i < l.nsyarat; i++) {
		buf_adds(&req, l.syarat[i]);
		buf_addc(&req, '\n');
	}
	if (l.fee_set)
		buf_addf(&fee, "%lld", (long long)l.fee_idr);
	snprintf(sla, sizeof(sla), "%d", l.sla_days);
	memset(&v, 0, sizeof(v));
	v.name = l.name;
	v.product = l.product;
	v.sla_days = sla;
	v.fee_idr = fee.s;
	v.fee_note = l.fee_note;
	v.procedure = l.procedure;
	v.complaints = l.complaints;
	v.legal_basis = l.legal_basis;
	v.requirements = req.s;
	v.active = l.active ? "1" : "0";
	edit_form(r, &l, &v, &fe);
	buf_free(&req);
	buf_free(&fee);
	catalog_free(&l);
}

/* The checkbox sends "0" (hidden) and then "1" when ticked: take the last. */
static const char *
last_param(const struct req *r, const char *name)
{
	const char *v = NULL;
	size_t i;

	for (i = 0; i < r->nparams; i++)
		if (strcmp(r->params[i].name, name) == 0)
			v = r->params[i].value;
	return v;
}

void
page_admin_catalog_save(struct req *r)
{
	struct layanan l;
	struct layanan_edit v;
	struct field_errs fe;
	struct buf to = BUF_INIT;
	char *loc;
	int rc;

	if (catalog_get(r->store, r->captures[0], &l) != 0) {
		page_error(r, 404, msg(M_CAT_NOT_FOUND));
		return;
	}
	if (!catalog_may_edit(r->user, &l)) {
		catalog_free(&l);
		page_error(r, 403, msg(M_ADMIN_NOT_OWNER));
		return;
	}
	memset(&fe, 0, sizeof(fe));
	memset(&v, 0, sizeof(v));
	v.name = req_str(r, "name");
	v.product = req_str(r, "product");
	v.sla_days = req_str(r, "sla_days");
	v.fee_idr = req_str(r, "fee_idr");
	v.fee_note = req_str(r, "fee_note");
	v.procedure = req_str(r, "procedure");
	v.complaints = req_str(r, "complaints");
	v.legal_basis = req_str(r, "legal_basis");
	v.requirements = req_str(r, "requirements");
	v.active = last_param(r, "active");
	if ((rc = catalog_update(r->store, l.code, &v, r->user, r->addr,
		 &fe)) != 0) {
		if (rc == -2) {
			catalog_free(&l);
			page_error(r, 403, msg(M_ADMIN_NOT_OWNER));
			return;
		}
		r->status = 422;
		edit_form(r, &l, &v, &fe);
		catalog_free(&l);
		return;
	}
	buf_adds(&to, "/admin/layanan?disimpan=");
	html_url(&to, l.code);
	loc = buf_detach(&to, NULL);
	req_redirect(r, loc);
	free(loc);
	catalog_free(&l);
}

static const char *const kinds[][2] = {
	{ "opd", "Perangkat daerah (OPD)" },
	{ "kecamatan", "Kecamatan" },
	{ "kampung", "Kampung dan kelurahan" },
};

static const char *
unit_name(const struct unit_list *ul, const char *code)
{
	size_t i;

	for (i = 0; i < ul->n; i++)
		if (strcmp(ul->v[i].code, code) == 0)
			return ul->v[i].name;
	return code;
}

void
page_admin_units(struct req *r)
{
	struct unit_list ul;
	struct buf *b = &r->out;
	const struct unit_row *u;
	size_t i, k, n;

	if (catalog_units(r->store, NULL, &ul) != 0) {
		page_error(r, 500, NULL);
		return;
	}
	layout_begin(r, "Unit Kerja");
	html_lit(b,
	    "<nav aria-label=\"Remah roti\"><a href=\"/admin\">"
	    "Administrasi</a> › Unit kerja</nav><h1>Unit Kerja</h1><p>Jumlah"
	    " layanan menghitung layanan aktif yang diselenggarakan unit;"
	    " jumlah akun menghitung akun petugas unit.</p>");
	for (k = 0; k < sizeof(kinds) / sizeof(kinds[0]); k++) {
		for (i = n = 0; i < ul.n; i++)
			n += strcmp(ul.v[i].kind, kinds[k][0]) == 0;
		html_printf(b,
		    "<h2 id=\"u-%s\">%s (%z)</h2><div class=\""
		    "tabel-gulir\" tabindex=\"0\" role=\"region\""
		    " aria-labelledby=\"u-%s\"><table aria-labelledby=\"u-%s\"><thead><tr>"
		    "<th scope=\"col\">Kode</th><th scope=\"col\">Nama</th>"
		    "<th scope=\"col\">%s</th><th scope=\"col\">Layanan</th>"
		    "<th scope=\"col\">Akun</th><th scope=\"col\">Status</th>"
		    "</tr></thead><tbody>",
		    kinds[k][0], kinds[k][1], n, kinds[k][0], kinds[k][0],
		    strcmp(kinds[k][0], "kampung") == 0 ? "Kecamatan"
							: "Kategori");
		for (i = 0; i < ul.n; i++) {
			u = &ul.v[i];
			if (strcmp(u->kind, kinds[k][0]) != 0)
				continue;
			html_printf(b,
			    "<tr><td>%s</td><td>%s</td><td>%s</td>"
			    "<td>",
			    u->code, u->name,
			    *u->parent_code ? unit_name(&ul, u->parent_code)
					    : u->category);
			if (strcmp(u->kind, "opd") == 0)
				html_printf(b,
				    "<a href=\"/layanan?unit=%U\">"
				    "%d</a>",
				    u->code, u->nlayanan);
			else
				html_printf(b, "%d", u->nlayanan);
			html_printf(b, "</td><td>%d</td><td>%s</td></tr>",
			    u->nakun, u->active ? "Aktif" : "Nonaktif");
		}
		html_lit(b, "</tbody></table></div>");
	}
	catalog_units_free(&ul);
	layout_end(r);
}
