/*
 * ui_temuan.c: audit findings on the web (issue 22), GET /petugas/temuan.
 * The Inspektorat (role inspektorat, or staff of the unit INSPEKTORAT)
 * enters its annual programme (PKPT), LHPs of BPK or its own with their
 * findings and recommendations, reviews each follow-up into one of the
 * four outcomes and publishes selected findings on /sakip.  Any other
 * officer (head or operator of a unit) sees only the recommendations
 * addressed to that unit and submits their follow-up with an evidence
 * link.  Every change goes through temuan.c (the functions behind
 * `pamong temuan`), one transaction with its audit event.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/multipart.h"
#include "lib/xalloc.h"
#include "mod/akun/account.h"
#include "mod/berkas/berkas.h"
#include "mod/layanan/catalog.h"
#include "http/layout.h"
#include "http/pages.h"
#include "sakip.h"
#include "sql.h"
#include "ui.h"

static const char *const status_kode[] = { "belum_ditindaklanjuti",
	"belum_sesuai", "sesuai", "tidak_dapat_ditindaklanjuti", NULL };
static const char *const status_teks[] = { "Belum ditindaklanjuti",
	"Belum sesuai", "Sesuai", "Tidak dapat ditindaklanjuti", NULL };

static const char *
status_nama(const char *kode)
{
	int i;

	for (i = 0; status_kode[i]; i++)
		if (strcmp(kode, status_kode[i]) == 0)
			return status_teks[i];
	return kode;
}

/* The acting officer; inspektorat set for the Inspektorat's staff. */
static void
siapa(struct req *r, struct sakip_pelapor *p)
{
	const struct account *u = r->user;

	memset(p, 0, sizeof(*p));
	p->account_id = u->id;
	p->unit_id = u->unit_id;
	p->addr = r->addr;
	p->inspektorat = (u->roles & ROLE_INSPEKTORAT) != 0 ||
	    (strcmp(u->unit_code, "INSPEKTORAT") == 0 &&
		(u->roles & (ROLE_KEPALA | ROLE_OPERATOR | ROLE_VERIFIKATOR)) !=
		    0);
}

static void
pilih_unit(struct req *r, const char *id, const char *name)
{
	struct buf *b = &r->out;
	struct unit_list ul;
	size_t i;

	html_printf(b,
	    "<p><label for=\"%s\">Unit yang diperiksa</label><select"
	    " id=\"%s\" name=\"%s\" required>",
	    id, id, name);
	if (catalog_units(r->store, "opd", &ul) == 0) {
		for (i = 0; i < ul.n; i++)
			html_printf(b, "<option value=\"%s\">%s</option>",
			    ul.v[i].code, ul.v[i].name);
		catalog_units_free(&ul);
	}
	html_lit(b, "</select></p>");
}

static void
form_inspektorat(struct req *r)
{
	struct buf *b = &r->out;
	struct sakip_pkpt *p;
	size_t n, i;

	html_lit(b,
	    "<section aria-labelledby=\"h-pkpt\"><h2 id=\"h-pkpt\">Program"
	    " Kerja Pengawasan Tahunan (PKPT)</h2>");
	p = sakip_sql_pkpt(r->store, 0, &n);
	if (n > 0) {
		html_lit(b,
		    "<div class=\"tabel-gulir\" tabindex=\"0\" role=\"region\""
		    " aria-label=\"PKPT\"><table><thead><tr><th scope=\"col\">"
		    "Tahun</th><th scope=\"col\">Unit</th><th scope=\"col\">"
		    "Kegiatan</th></tr></thead><tbody>");
		for (i = 0; i < n; i++)
			html_printf(b,
			    "<tr><td>%d</td><td>%s</td><td>%s</td></tr>",
			    p[i].tahun, p[i].unit, p[i].kegiatan);
		html_lit(b, "</tbody></table></div>");
	}
	free(p);
	html_lit(b, "<form method=\"post\" action=\"/petugas/temuan/pkpt\">");
	form_csrf(r);
	html_lit(b,
	    "<p><label for=\"pk-tahun\">Tahun</label><input id=\"pk-tahun\""
	    " name=\"tahun\" inputmode=\"numeric\" pattern=\"[0-9]{4}\""
	    " required></p>");
	pilih_unit(r, "pk-unit", "unit");
	html_lit(b,
	    "<p><label for=\"pk-kegiatan\">Kegiatan pengawasan</label><input"
	    " id=\"pk-kegiatan\" name=\"kegiatan\" maxlength=\"300\""
	    " required></p><button type=\"submit\">Tambah kegiatan PKPT"
	    "</button></form></section>");

	html_lit(b,
	    "<section aria-labelledby=\"h-lhp\"><h2 id=\"h-lhp\">Laporan"
	    " hasil pemeriksaan (LHP) baru</h2><form method=\"post\""
	    " action=\"/petugas/temuan/lhp\">");
	form_csrf(r);
	html_lit(b,
	    "<p><label for=\"l-sumber\">Pemeriksa</label><select"
	    " id=\"l-sumber\" name=\"sumber\"><option value=\"inspektorat\">"
	    "Inspektorat</option><option value=\"bpk\">BPK (batas 60 hari)"
	    "</option></select></p><p><label for=\"l-nomor\">Nomor LHP"
	    "</label><input id=\"l-nomor\" name=\"nomor\" maxlength=\"80\""
	    " required></p><p><label for=\"l-judul\">Judul</label><input"
	    " id=\"l-judul\" name=\"judul\" maxlength=\"300\" required></p>");
	pilih_unit(r, "l-unit", "unit");
	html_lit(b,
	    "<p><label for=\"l-diterima\">Tanggal LHP diterima</label><input"
	    " id=\"l-diterima\" name=\"diterima\" type=\"date\" required></p>"
	    "<p><label for=\"l-hari\">Batas tindak lanjut (hari)</label>"
	    "<input id=\"l-hari\" name=\"hari\" inputmode=\"numeric\""
	    " value=\"60\" required></p><button type=\"submit\">Simpan LHP"
	    "</button></form></section>");

	html_lit(b,
	    "<section aria-labelledby=\"h-rek\"><h2 id=\"h-rek\">Temuan dan"
	    " rekomendasi baru</h2><form method=\"post\""
	    " action=\"/petugas/temuan/rekomendasi\">");
	form_csrf(r);
	html_lit(b,
	    "<p><label for=\"r-lhp\">Nomor LHP</label><input id=\"r-lhp\""
	    " name=\"lhp\" maxlength=\"80\" required></p><p><label"
	    " for=\"r-temuan\">Temuan</label><textarea id=\"r-temuan\""
	    " name=\"temuan\" maxlength=\"2000\" required></textarea></p><p>"
	    "<label for=\"r-rek\">Rekomendasi</label><textarea id=\"r-rek\""
	    " name=\"rekomendasi\" maxlength=\"2000\" required></textarea></p>"
	    "<button type=\"submit\">Simpan temuan</button></form></section>");
}

/* One recommendation; the Inspektorat's review and publish forms, or the
 * audited unit's follow-up form. */
static void
butir_rek(struct req *r, const struct sakip_rek *k, int inspektorat)
{
	struct buf *b = &r->out;
	int i;

	html_printf(b,
	    "<article class=\"kartu\" aria-labelledby=\"rek-%I\"><h3"
	    " id=\"rek-%I\">Rekomendasi %I: LHP %s</h3><dl><dt>Unit</dt>"
	    "<dd>%s</dd><dt>Pemeriksa</dt><dd>%s</dd><dt>Temuan</dt><dd>%s"
	    "</dd><dt>Rekomendasi</dt><dd>%s</dd><dt>Status</dt><dd>%s%s</dd>"
	    "<dt>Batas waktu</dt><dd>%s</dd>",
	    k->id, k->id, k->id, k->nomor, k->unit,
	    strcmp(k->sumber, "bpk") == 0 ? "BPK" : "Inspektorat", k->temuan,
	    k->rekomendasi, status_nama(k->status),
	    k->eskalasi_at ? " (lewat batas, dieskalasi)" : "", k->batas);
	if (*k->tindak_lanjut)
		html_printf(b, "<dt>Tindak lanjut</dt><dd>%s</dd>",
		    k->tindak_lanjut);
	if (*k->bukti)
		html_printf(b,
		    "<dt>Bukti</dt><dd><a href=\"%s\" rel=\"noopener"
		    " noreferrer\">%s</a></dd>",
		    k->bukti, k->bukti);
	if (*k->berkas)
		html_printf(b,
		    "<dt>Berkas bukti</dt><dd><a"
		    " href=\"/petugas/temuan/bukti/%I\">unduh berkas bukti"
		    " rekomendasi %I</a></dd>",
		    k->id, k->id);
	if (*k->telaah)
		html_printf(b, "<dt>Catatan Inspektorat</dt><dd>%s</dd>",
		    k->telaah);
	html_printf(b, "<dt>Diumumkan</dt><dd>%s</dd></dl>",
	    k->terbit ? "ya, di halaman publik" : "tidak (internal)");
	if (inspektorat) {
		html_lit(b,
		    "<form method=\"post\" action=\"/petugas/temuan/"
		    "telaah\">");
		form_csrf(r);
		html_printf(b,
		    "<input type=\"hidden\" name=\"id\" value=\"%I\"><p><label"
		    " for=\"st-%I\">Hasil penelaahan</label><select"
		    " id=\"st-%I\" name=\"status\">",
		    k->id, k->id, k->id);
		for (i = 0; status_kode[i]; i++)
			html_printf(b, "<option value=\"%s\"%s>%s</option>",
			    status_kode[i],
			    strcmp(k->status, status_kode[i]) == 0 ? " selected"
								   : "",
			    status_teks[i]);
		html_printf(b,
		    "</select></p><p><label for=\"ct-%I\">Catatan</label>"
		    "<textarea id=\"ct-%I\" name=\"catatan\""
		    " maxlength=\"2000\"></textarea></p><button"
		    " type=\"submit\">Simpan penelaahan %I</button></form>",
		    k->id, k->id, k->id);
		html_lit(b,
		    "<form method=\"post\" action=\"/petugas/temuan/"
		    "terbit\">");
		form_csrf(r);
		html_printf(b,
		    "<input type=\"hidden\" name=\"id\" value=\"%I\">"
		    "<input type=\"hidden\" name=\"terbit\" value=\"%d\">"
		    "<button type=\"submit\">%s %I</button></form>",
		    k->id, !k->terbit,
		    k->terbit ? "Tarik dari halaman publik" : "Umumkan temuan",
		    k->id);
	} else if (strcmp(k->status, "sesuai") != 0 &&
	    strcmp(k->status, "tidak_dapat_ditindaklanjuti") != 0) {
		html_lit(b,
		    "<form method=\"post\" enctype=\"multipart/form-data\""
		    " action=\"/petugas/temuan/tindak-lanjut\">");
		form_csrf(r);
		html_printf(b,
		    "<input type=\"hidden\" name=\"id\" value=\"%I\"><p><label"
		    " for=\"tl-%I\">Uraian tindak lanjut</label><textarea"
		    " id=\"tl-%I\" name=\"uraian\" maxlength=\"2000\" required>"
		    "%s</textarea></p><p><label for=\"bf-%I\">Berkas bukti (PDF,"
		    " PNG, atau JPEG, paling besar 5 MB)</label><input"
		    " id=\"bf-%I\" name=\"berkas\" type=\"file\""
		    " accept=\".pdf,.png,.jpg,.jpeg\"></p><p><label"
		    " for=\"bk-%I\">Tautan bukti (bila tidak mengunggah"
		    " berkas)</label><input id=\"bk-%I\" name=\"bukti\""
		    " type=\"url\" maxlength=\"500\""
		    " placeholder=\"https://\" value=\"%s\"></p><button"
		    " type=\"submit\">Kirim tindak lanjut %I</button></form>",
		    k->id, k->id, k->id, k->tindak_lanjut, k->id, k->id, k->id,
		    k->id, k->bukti, k->id);
	}
	html_lit(b, "</article>");
}

static void
halaman(struct req *r, const char *pesan, const char *jenis)
{
	struct buf *b = &r->out;
	struct sakip_pelapor p;
	struct sakip_rek *v;
	size_t n, i;

	siapa(r, &p);
	layout_begin(r, "Tindak Lanjut Hasil Pemeriksaan");
	html_lit(b, "<h1>Tindak Lanjut Hasil Pemeriksaan</h1>");
	if (pesan != NULL)
		notice(r, jenis, pesan);
	if (p.inspektorat) {
		html_lit(b,
		    "<p>Inspektorat mencatat PKPT, laporan hasil pemeriksaan"
		    " (LHP) BPK dan Inspektorat beserta temuan dan"
		    " rekomendasinya, lalu menelaah tindak lanjut dari unit"
		    " yang diperiksa. Uraian temuan hanya tampil di halaman"
		    " publik bila diumumkan.</p>");
		form_inspektorat(r);
	} else
		html_lit(b,
		    "<p>Rekomendasi hasil pemeriksaan untuk unit Anda. Kirim"
		    " uraian tindak lanjut dengan tautan bukti; Inspektorat"
		    " menelaahnya.</p>");
	v = sakip_sql_rek(r->store, p.inspektorat ? 0 : p.unit_id, 0, &n);
	html_lit(b,
	    "<section aria-labelledby=\"h-daftar\"><h2 id=\"h-daftar\">"
	    "Rekomendasi</h2>");
	if (n == 0)
		notice(r, "info", "Belum ada rekomendasi.");
	for (i = 0; i < n; i++)
		butir_rek(r, &v[i], p.inspektorat);
	html_lit(b, "</section>");
	free(v);
	layout_end(r);
}

void
page_petugas_temuan(struct req *r)
{
	halaman(r, req_param(r, "ok") ? "Tersimpan." : NULL, "sukses");
}

static void
jawab(struct req *r, int rc, const char *why)
{
	if (rc >= 0) {
		req_redirect(r, "/petugas/temuan?ok=1");
		return;
	}
	r->status = rc == -3 ? 403 : rc == -2 ? 500 : 422;
	halaman(r, why, "galat");
}

/* Only the Inspektorat enters and reviews; 0 when it may, else answered
 * with 403. */
static int
hanya_inspektorat(struct req *r, struct sakip_pelapor *p)
{
	siapa(r, p);
	if (p->inspektorat)
		return 0;
	jawab(r, -3, "Hanya Inspektorat yang dapat melakukan ini.");
	return -1;
}

static int64_t
angka_id(struct req *r)
{
	const char *s = req_str(r, "id");

	if (*s == '\0' || strlen(s) > 18 ||
	    strspn(s, "0123456789") != strlen(s))
		return 0;
	return atoll(s);
}

void
page_petugas_temuan_pkpt(struct req *r)
{
	struct sakip_pelapor p;
	const char *why = NULL;
	int64_t rc;

	if (hanya_inspektorat(r, &p) != 0)
		return;
	rc = sakip_pkpt_tambah(r->store, &p, atoi(req_str(r, "tahun")),
		 sakip_unit(r->store, req_str(r, "unit")),
		 req_str(r, "kegiatan"), &why) > 0
	    ? 0
	    : -1;
	jawab(r, (int)rc, why);
}

void
page_petugas_temuan_lhp(struct req *r)
{
	struct sakip_pelapor p;
	const char *why = NULL, *h = req_str(r, "hari");
	int64_t unit, rc;

	if (hanya_inspektorat(r, &p) != 0)
		return;
	if ((unit = sakip_unit(r->store, req_str(r, "unit"))) <= 0) {
		jawab(r, -1, "Unit tidak dikenal.");
		return;
	}
	if (*h == '\0' || strlen(h) > 3 ||
	    strspn(h, "0123456789") != strlen(h)) {
		jawab(r, -1, "Batas hari harus angka 1 sampai 365.");
		return;
	}
	rc = sakip_lhp_tambah(r->store, &p, req_str(r, "sumber"),
	    req_str(r, "nomor"), req_str(r, "judul"), unit,
	    req_str(r, "diterima"), atoi(h), &why);
	jawab(r, (int)rc, why);
}

void
page_petugas_temuan_rekomendasi(struct req *r)
{
	struct sakip_pelapor p;
	const char *why = NULL;
	int64_t rc;

	if (hanya_inspektorat(r, &p) != 0)
		return;
	rc = sakip_rekomendasi_tambah(r->store, &p, req_str(r, "lhp"),
		 req_str(r, "temuan"), req_str(r, "rekomendasi"), r->now,
		 &why) > 0
	    ? 0
	    : -1;
	jawab(r, (int)rc, why);
}

void
page_petugas_temuan_telaah(struct req *r)
{
	struct sakip_pelapor p;
	const char *why = NULL;
	int64_t rc;

	if (hanya_inspektorat(r, &p) != 0)
		return;
	rc = sakip_rekomendasi_status(r->store, &p, angka_id(r),
	    req_str(r, "status"), "", "", req_str(r, "catatan"), r->now, &why);
	jawab(r, (int)rc, why);
}

void
page_petugas_temuan_terbit(struct req *r)
{
	struct sakip_pelapor p;
	const char *why = NULL, *t = req_str(r, "terbit");
	int64_t rc;

	if (hanya_inspektorat(r, &p) != 0)
		return;
	if (strcmp(t, "0") != 0 && strcmp(t, "1") != 0) {
		jawab(r, -1, "Pilihan umumkan harus 0 atau 1.");
		return;
	}
	rc = sakip_terbit(r->store, &p, angka_id(r), *t == '1', &why);
	jawab(r, (int)rc, why);
}

void
page_petugas_temuan_tl(struct req *r)
{
	struct sakip_pelapor p;
	const char *why = NULL;
	int64_t rc;
	const struct mp_file *f = NULL;
	size_t i;

	siapa(r, &p);
	for (i = 0; i < r->nfiles; i++)
		if (strcmp(r->files[i].field, "berkas") == 0 &&
		    r->files[i].len > 0)
			f = &r->files[i];
	rc = sakip_tindak_lanjut(r->store, r->app->data_dir, &p, angka_id(r),
	    req_str(r, "uraian"), req_str(r, "bukti"), f ? f->data : NULL,
	    f ? f->len : 0, r->now, &why);
	jawab(r, (int)rc, why);
}

void
page_petugas_temuan_bukti(struct req *r)
{
	struct sakip_pelapor p;
	const char *s = r->captures[0];
	char sha[65], mime[128];
	int64_t unit;
	char *path;

	siapa(r, &p);
	if (*s == '\0' || strlen(s) > 18 ||
	    strspn(s, "0123456789") != strlen(s) ||
	    sakip_tl_berkas(r->store, atoll(s), sha, &unit) != 1 ||
	    (!p.inspektorat && unit != p.unit_id) ||
	    berkas_mime(r->store, sha, mime, sizeof(mime)) != 1) {
		page_error(r, 404, "Berkas bukti tidak ditemukan.");
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
	r->out_type = strcmp(mime, "application/pdf") == 0 ? "application/pdf"
	    : strcmp(mime, "image/png") == 0		   ? "image/png"
							   : "image/jpeg";
	free(r->disposition);
	r->disposition = xasprintf("attachment; filename=\"bukti-tl-%s.%s\"", s,
	    strcmp(mime, "application/pdf") == 0 ? "pdf"
		: strcmp(mime, "image/png") == 0 ? "png"
						 : "jpg");
}

/* The findings the Inspektorat published, on /sakip; nothing when none. */
void
sakip_temuan_terbit_bagian(struct req *r)
{
	struct buf *b = &r->out;
	struct sakip_rek *v;
	size_t n, i;

	if ((v = sakip_sql_rek(r->store, 0, 1, &n)) == NULL)
		return;
	html_lit(b,
	    "<section aria-labelledby=\"h-temuan-terbit\"><h2"
	    " id=\"h-temuan-terbit\">Temuan hasil pemeriksaan yang"
	    " diumumkan</h2><div class=\"tabel-gulir\" tabindex=\"0\""
	    " role=\"region\" aria-label=\"Temuan yang diumumkan\"><table>"
	    "<thead><tr><th scope=\"col\">LHP</th><th scope=\"col\">Unit</th>"
	    "<th scope=\"col\">Temuan</th><th scope=\"col\">Rekomendasi</th>"
	    "<th scope=\"col\">Status</th><th scope=\"col\">Batas waktu</th>"
	    "</tr></thead><tbody>");
	for (i = 0; i < n; i++)
		html_printf(b,
		    "<tr><td>%s (%s)</td><td>%s</td><td>%s</td><td>%s</td>"
		    "<td>%s</td><td>%s</td></tr>",
		    v[i].nomor,
		    strcmp(v[i].sumber, "bpk") == 0 ? "BPK" : "Inspektorat",
		    v[i].unit, v[i].temuan, v[i].rekomendasi,
		    status_nama(v[i].status), v[i].batas);
	html_lit(b, "</tbody></table></div></section>");
	free(v);
}
