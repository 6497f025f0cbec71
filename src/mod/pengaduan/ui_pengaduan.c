/*
 * pengaduan.c: complaint pages.  Public: /pengaduan (non-rahasia
 * complaints, no identity), /pengaduan/lacak (by tracking code),
 * /pengaduan.csv.  Citizens: /pengaduan/baru, /pengaduan/saya.  Staff:
 * /pengaduan/kelola (the complaint admin's verification queue, or the
 * unit's inbox).  Everyone allowed: /pengaduan/{nomor} with its thread and
 * action forms, POST /pengaduan/{nomor}/tindakan.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "mod/akun/account.h"
#include "mod/berkas/berkas.h"
#include "pengaduan.h"
#include "lib/csv.h"
#include "lib/msg.h"
#include "lib/num.h"
#include "lib/when.h"
#include "lib/xalloc.h"
#include "store/store.h"
#include "http/layout.h"
#include "http/pages.h"
#include "ui.h"
#include "sql.h"

static const char *
peran_label(const char *p)
{
	if (strcmp(p, "pelapor") == 0)
		return "Pelapor";
	if (strcmp(p, "admin") == 0)
		return "Admin pengaduan";
	if (strcmp(p, "unit") == 0)
		return "Unit penanganan";
	return "Sistem";
}

static const char *
tindakan_label(const char *t)
{
	static const struct {
		const char *c, *l;
	} m[] = {
		{ "disposisi", "Disposisikan ke unit" },
		{ "bukan_wewenang", "Bukan wewenang (rujuk ke instansi lain)" },
		{ "arsipkan", "Arsipkan" },
		{ "rahasiakan", "Rahasiakan isi laporan" },
		{ "tanggapi", "Tanggapan" },
		{ "balas", "Balasan" },
		{ "nilai", "Penilaian" },
		{ "buka_kembali", "Buka kembali" },
		{ "tutup_otomatis", "Ditutup otomatis" },
	};
	size_t i;

	for (i = 0; i < sizeof(m) / sizeof(m[0]); i++)
		if (strcmp(m[i].c, t) == 0)
			return m[i].l;
	return t;
}

static void
date_write(struct buf *b, time_t t)
{
	char out[32];

	when_wib_format(out, sizeof(out), "%d-%m-%Y %H.%M WIB", t);
	html_printf(b, "%s", out);
}

struct opts {
	struct req *r;
	const char *selected;
};

static int
option(void *arg, const char *value, const char *label)
{
	struct opts *o = arg;

	html_printf(&o->r->out, "<option value=\"%s\"%s>%s</option>", value,
	    o->selected != NULL && strcmp(o->selected, value) == 0 ? " selected"
								   : "",
	    label);
	return 0;
}

/* Options of a <select> from a walk of (value, label) rows (sql.h). */
static void
options(struct req *r,
    int (*each)(struct store *, int (*)(void *, const char *, const char *),
	void *),
    const char *selected)
{
	struct opts o;

	o.r = r;
	o.selected = selected;
	each(r->store, option, &o);
}

static void
select_open(struct req *r, const char *name, const char *label,
    const struct field_errs *fe)
{
	const char *e = fe ? field_err_get(fe, name) : NULL;

	html_printf(&r->out,
	    "<div class=\"isian%s\"><label for=\"f-%s\">%s"
	    "</label>",
	    e ? " salah" : "", name, label);
	if (e != NULL)
		html_printf(&r->out,
		    "<p class=\"pesan-galat\" id=\"e-%s\">%s"
		    "</p><select id=\"f-%s\" name=\"%s\" aria-describedby="
		    "\"e-%s\" aria-invalid=\"true\">",
		    name, e, name, name, name);
	else
		html_printf(&r->out, "<select id=\"f-%s\" name=\"%s\">", name,
		    name);
}

/* The empty first choice of a required <select>: chosen while v is empty. */
static void
placeholder(struct req *r, const char *v)
{
	html_printf(&r->out, "<option value=\"\"%s>%s</option>",
	    v == NULL || *v == '\0' ? " selected" : "", msg(M_PENGADUAN_PILIH));
}

static void
list_select(struct req *r, const char *name, const char *label,
    const char *const *codes, const char *(*lab)(const char *), const char *v,
    const struct field_errs *fe)
{
	select_open(r, name, label, fe);
	placeholder(r, v);
	for (; *codes != NULL; codes++)
		html_printf(&r->out, "<option value=\"%s\"%s>%s</option>",
		    *codes,
		    v != NULL && strcmp(v, *codes) == 0 ? " selected" : "",
		    lab(*codes));
	html_lit(&r->out, "</select></div>");
}

static void
checkbox(struct req *r, const char *name, const char *label, const char *hint,
    int on)
{
	html_printf(&r->out,
	    "<div class=\"isian pilihan\"><label><input"
	    " type=\"checkbox\" name=\"%s\" value=\"1\"%s aria-describedby="
	    "\"h-%s\">%s</label><p class=\"petunjuk\" id=\"h-%s\">%s</p>"
	    "</div>",
	    name, on ? " checked" : "", name, label, name, hint);
}

static void
new_form(struct req *r, const struct pengaduan_input *in,
    const struct field_errs *fe)
{
	struct buf *b = &r->out;
	const char *e, *desa;
	char kampung[16];

	layout_begin(r, "Sampaikan Laporan");
	html_lit(b,
	    "<nav aria-label=\"Remah roti\"><a href=\"/pengaduan\">"
	    "Pengaduan</a> › Laporan baru</nav><h1>Sampaikan Laporan</h1>"
	    "<p>Sampaikan pengaduan, aspirasi, atau permintaan informasi."
	    " Admin pengaduan memverifikasi laporan paling lambat 3 hari kerja;"
	    " unit yang berwenang menanggapi paling lambat 5 hari kerja"
	    " setelah disposisi.</p>");
	form_errors(r, fe);
	html_lit(b,
	    "<form method=\"post\" action=\"/pengaduan/baru\""
	    " enctype=\"multipart/form-data\" class=\"formulir\">");
	form_csrf(r);
	list_select(r, "jenis", "Jenis laporan", pengaduan_jenis,
	    pengaduan_jenis_label, in ? in->jenis : NULL, fe);
	form_field(r, "judul", "Judul", "text", in ? in->judul : NULL, fe,
	    "5 sampai 200 karakter.");
	form_field(r, "isi", "Uraian", "textarea", in ? in->isi : NULL, fe,
	    "Apa yang terjadi, kapan, dan di mana (paling sedikit 20"
	    " karakter).");
	list_select(r, "kategori", "Kategori", pengaduan_kategori,
	    pengaduan_kategori_label, in ? in->kategori : NULL, fe);
	/* the citizen's own kampung where the account has named one */
	desa = in ? in->wilayah : NULL;
	if (in == NULL && r->user != NULL && r->user->kampung[0] != '\0')
		desa = r->user->kampung; /* named at sign-up */
	else if (in == NULL &&
	    pengaduan_sql_last_desa(r->store, r->who.id, kampung,
		sizeof(kampung)) == 1)
		desa = kampung;
	select_open(r, "wilayah", "Lokasi (kampung/kelurahan)", fe);
	placeholder(r, desa);
	options(r, pengaduan_sql_each_desa, desa);
	html_lit(b, "</select></div>");
	select_open(r, "unit", "Unit yang dilaporkan (tidak wajib)", fe);
	html_lit(b, "<option value=\"\">Tidak tahu / tidak ada</option>");
	options(r, pengaduan_sql_each_unit, in ? in->unit : NULL);
	html_lit(b, "</select></div>");
	checkbox(r, "anonim", "Anonim",
	    "Identitas Anda tidak ditampilkan"
	    " kepada petugas, terlapor, maupun publik. Anda tetap dapat"
	    " memantau laporan dari akun ini.",
	    in ? in->anonim == 1 : 0);
	checkbox(r, "rahasia", "Rahasia",
	    "Isi laporan tidak ditampilkan"
	    " kepada publik.",
	    in ? in->rahasia == 1 : 0);
	e = field_err_get(fe, "berkas");
	html_printf(b,
	    "<div class=\"isian%s\"><label for=\"f-berkas\">"
	    "Lampiran (tidak wajib)</label><p class=\"petunjuk\""
	    " id=\"h-berkas\">PDF, JPEG, atau PNG; paling banyak 5 berkas,"
	    " masing-masing paling besar 5 MB dan seluruhnya 20 MB.</p>",
	    e ? " salah" : "");
	if (e != NULL)
		html_printf(b,
		    "<p class=\"pesan-galat\" id=\"e-berkas\">%s"
		    "</p>",
		    e);
	html_printf(b,
	    "<input id=\"f-berkas\" name=\"berkas\" type=\"file\""
	    " multiple accept=\"application/pdf,image/jpeg,image/png\""
	    " aria-describedby=\"h-berkas%s\"></div>",
	    e ? " e-berkas" : "");
	html_lit(b, "<button type=\"submit\">Kirim laporan</button></form>");
	layout_end(r);
}

void
page_pengaduan_new(struct req *r)
{
	new_form(r, NULL, NULL);
}

/* The answer to the complaint form once its batch is durable (req.h). */
static void
pengaduan_new_done(struct req *r)
{
	struct pengaduan_baru *q = (struct pengaduan_baru *)r->job;
	char *loc;

	if (q->rc == 0) {
		loc = xasprintf("/pengaduan/%s?baru=1", q->res.nomor);
		req_redirect(r, loc);
		free(loc);
		return;
	}
	if (q->rc != -1) {
		page_error(r, 500, msg(M_SAVE_FAILED));
		return;
	}
	r->status = 422;
	new_form(r, &q->in, &q->errs);
}

/* POST /pengaduan/baru: filed by group commit (req.h). */
void
page_pengaduan_new_post(struct req *r)
{
	struct pengaduan_baru *q = xcalloc(1, sizeof(*q));

	pengaduan_input_form(r, &q->in, &q->errs);
	if (q->errs.n > 0) {
		r->status = 422;
		new_form(r, &q->in, &q->errs);
		free(q);
		return;
	}
	q->reporter = r->user;
	q->addr = r->addr;
	q->now = r->now;
	pengaduan_create_job(q);
	r->job = &q->job;
	r->job_done = pengaduan_new_done;
}

/* A table of complaints; who: 0 public, 1 the reporter, 2 staff. */
static void
table(struct req *r, const struct pengaduan_row *rows, int n, int who,
    const char *caption)
{
	struct buf *b = &r->out;
	int i;

	html_printf(b,
	    "<div class=\"tabel-gulir\" tabindex=\"0\""
	    " role=\"region\" aria-label=\"%s\"><table><caption>%s</caption><thead><tr>"
	    "<th scope=\"col\">Nomor</th><th scope=\"col\">Judul</th>"
	    "<th scope=\"col\">Kategori</th><th scope=\"col\">Unit</th>"
	    "<th scope=\"col\">Status</th><th scope=\"col\">Hari kerja</th>",
	    caption, caption);
	if (who == 2)
		html_lit(b,
		    "<th scope=\"col\">Batas</th>"
		    "<th scope=\"col\">Pelapor</th>");
	html_lit(b, "</tr></thead><tbody>");
	for (i = 0; i < n; i++) {
		const struct pengaduan_row *w = &rows[i];

		if (who == 0)
			html_printf(b, "<tr><td>%s</td>", w->nomor);
		else
			html_printf(b,
			    "<tr><td><a href=\"/pengaduan/%U\">%s"
			    "</a></td>",
			    w->nomor, w->nomor);
		html_printf(b, "<td>%s</td><td>%s</td><td>%s</td><td>%s",
		    w->judul, pengaduan_kategori_label(w->kategori),
		    w->unit_id ? w->unit_name : "–",
		    pengaduan_status_label(w->status));
		if (w->overdue)
			html_lit(b,
			    " <span class=\"lencana terlambat\">"
			    "Terlambat</span>");
		html_printf(b, "</td><td>%d</td>", w->hari);
		if (who == 2)
			html_printf(b, "<td>%s</td><td>%s</td>",
			    w->batas[0] ? w->batas : "–",
			    w->pelapor_name[0] ? w->pelapor_name : "Anonim");
		html_lit(b, "</tr>");
	}
	html_lit(b, "</tbody></table></div>");
}

void
page_pengaduan_public(struct req *r)
{
	struct buf *b = &r->out;
	struct pengaduan_row *rows;
	struct pengaduan_view v;
	int n, i, j;

	rows =
	    pengaduan_list(r->store, NULL, PENGADUAN_PUBLIC, r->now, 100, &n);
	if (rows == NULL) {
		page_error(r, 500, NULL);
		return;
	}
	layout_begin(r, "Pengaduan Masyarakat");
	html_lit(b,
	    "<h1>Pengaduan Masyarakat</h1><p>Laporan warga kepada"
	    " Pemerintah Kabupaten Siak menurut ketentuan SP4N-LAPOR!, dengan"
	    " status, unit penanganan, lama penanganan dalam hari kerja, dan"
	    " tanggapannya. Identitas pelapor tidak pernah ditampilkan; laporan"
	    " rahasia tidak tercantum.</p><p><a class=\"tombol\""
	    " href=\"/pengaduan/baru\">Sampaikan laporan</a> · <a"
	    " href=\"/pengaduan/lacak\">Lacak laporan</a> · <a"
	    " href=\"/pengaduan/saya\">Laporan saya</a> · <a"
	    " href=\"/pengaduan.csv\">Unduh CSV</a></p>");
	if (n == 0)
		notice(r, "info", "Belum ada laporan publik.");
	else
		table(r, rows, n, 0, "Laporan publik");
	for (i = 0; i < n; i++) {
		if (pengaduan_load(r->store, rows[i].id, NULL, r->now, &v) != 0)
			continue;
		if (v.nmsgs > 0) {
			html_printf(b,
			    "<section aria-labelledby=\"t-%s\"><h2"
			    " id=\"t-%s\">%s: %s</h2><p>%s</p>",
			    v.row.nomor, v.row.nomor, v.row.nomor, v.row.judul,
			    v.isi);
			for (j = 0; j < v.nmsgs; j++) {
				html_lit(b,
				    "<blockquote class=\"tanggapan\">"
				    "<p class=\"meta\">Tanggapan unit, ");
				date_write(b, v.msgs[j].at);
				html_printf(b, "</p><p>%s</p></blockquote>",
				    v.msgs[j].isi);
			}
			html_lit(b, "</section>");
		}
		pengaduan_view_free(&v);
	}
	free(rows);
	layout_end(r);
}

void
page_pengaduan_csv(struct req *r)
{
	struct pengaduan_row *rows;
	struct buf *b = &r->out;
	int n, i;

	rows =
	    pengaduan_list(r->store, NULL, PENGADUAN_PUBLIC, r->now, 1000, &n);
	if (rows == NULL) {
		page_error(r, 500, NULL);
		return;
	}
	buf_adds(b,
	    "nomor,jenis,kategori,wilayah,unit,status,hari_kerja,"
	    "nilai,judul\r\n");
	for (i = 0; i < n; i++) {
		csv_text(b, rows[i].nomor);
		csv_sep(b);
		csv_text(b, rows[i].jenis);
		csv_sep(b);
		csv_text(b, rows[i].kategori);
		csv_sep(b);
		csv_text(b, rows[i].wilayah_code);
		csv_sep(b);
		csv_text(b, rows[i].unit_code);
		csv_sep(b);
		csv_text(b, rows[i].status);
		csv_sep(b);
		csv_int(b, rows[i].hari);
		csv_sep(b);
		csv_int(b, rows[i].nilai);
		csv_sep(b);
		csv_text(b, rows[i].judul);
		csv_eol(b);
	}
	free(rows);
	r->status = 200;
	r->out_type = "text/csv; charset=utf-8";
	free(r->disposition);
	r->disposition = xstrdup("attachment; filename=\"pengaduan.csv\"");
}

void
page_pengaduan_mine(struct req *r)
{
	struct pengaduan_row *rows;
	int n;

	rows =
	    pengaduan_list(r->store, r->user, PENGADUAN_MINE, r->now, 500, &n);
	if (rows == NULL) {
		page_error(r, 500, NULL);
		return;
	}
	layout_begin(r, "Laporan Saya");
	html_lit(&r->out,
	    "<nav aria-label=\"Remah roti\"><a href="
	    "\"/pengaduan\">Pengaduan</a> › Laporan saya</nav>"
	    "<h1>Laporan Saya</h1><p><a class=\"tombol\" href="
	    "\"/pengaduan/baru\">Sampaikan laporan</a></p>");
	if (n == 0)
		notice(r, "info", "Anda belum pernah menyampaikan laporan.");
	else
		table(r, rows, n, 1, "Laporan yang Anda sampaikan");
	free(rows);
	layout_end(r);
}

void
page_pengaduan_inbox(struct req *r)
{
	struct pengaduan_row *rows;
	int admin = user_has(r, PENGADUAN_ADMIN_ROLES | PENGADUAN_READ_ROLES),
	    n, i, q = 0;

	rows = pengaduan_list(r->store, r->user,
	    admin ? PENGADUAN_ADMIN : PENGADUAN_UNIT, r->now, 500, &n);
	if (rows == NULL) {
		page_error(r, 500, NULL);
		return;
	}
	for (i = 0; i < n; i++)
		q += strcmp(rows[i].status, "baru") == 0;
	layout_begin(r, "Kelola Pengaduan");
	html_printf(&r->out, "<h1>Kelola Pengaduan</h1><p>%s</p>",
	    admin
		? "Semua laporan; yang melewati batas waktu di atas. Laporan baru"
		  " diverifikasi paling lambat 3 hari kerja."
		: "Laporan yang didisposisikan ke unit Anda; tanggapi paling lambat"
		  " 5 hari kerja.");
	if (admin)
		html_printf(&r->out,
		    "<p>Menunggu verifikasi: <strong>%d"
		    "</strong></p>",
		    q);
	if (n == 0)
		notice(r, "info", "Tidak ada laporan.");
	else
		table(r, rows, n, 2,
		    admin ? "Antrean verifikasi dan semua"
			    " laporan"
			  : "Laporan unit Anda");
	free(rows);
	layout_end(r);
}

static void
note_field(struct req *r, const char *t, const char *label, int required)
{
	html_printf(&r->out,
	    "<div class=\"isian\"><label for=\"c-%s\">%s"
	    "</label><textarea id=\"c-%s\" name=\"catatan\" rows=\"3\"%s>"
	    "</textarea></div>",
	    t, label, t, required ? " required" : "");
}

static void
action_form(struct req *r, const struct pengaduan_view *v, const char *t)
{
	struct buf *b = &r->out;
	int i;

	html_printf(b,
	    "<form method=\"post\" action=\"/pengaduan/%U/tindakan\""
	    " class=\"formulir\"><h3>%s</h3><input type=\"hidden\""
	    " name=\"tindakan\" value=\"%s\">",
	    v->row.nomor, tindakan_label(t), t);
	form_csrf(r);
	if (strcmp(t, "disposisi") == 0) {
		html_lit(b,
		    "<div class=\"isian\"><label for=\"u-disposisi\">"
		    "Unit tujuan</label><select id=\"u-disposisi\""
		    " name=\"unit\" required>");
		options(r, pengaduan_sql_each_unit, v->row.unit_code);
		html_lit(b, "</select></div>");
		note_field(r, t, "Catatan (tidak wajib)", 0);
	} else if (strcmp(t, "bukan_wewenang") == 0) {
		note_field(r, t, "Instansi yang berwenang dan alasannya", 1);
	} else if (strcmp(t, "arsipkan") == 0) {
		note_field(r, t, "Alasan pengarsipan", 1);
	} else if (strcmp(t, "tanggapi") == 0) {
		note_field(r, t, "Tanggapan", 1);
	} else if (strcmp(t, "balas") == 0) {
		note_field(r, t, "Balasan atau pertanyaan lanjutan", 1);
	} else if (strcmp(t, "buka_kembali") == 0) {
		note_field(r, t, "Alasan membuka kembali (hanya sekali)", 1);
	} else if (strcmp(t, "nilai") == 0) {
		html_lit(b,
		    "<fieldset class=\"isian pilihan\"><legend>Nilai"
		    " tanggapan (1 sangat buruk, 5 sangat baik)</legend>"
		    "<div class=\"jawaban skala\">");
		for (i = 1; i <= 5; i++)
			html_printf(b,
			    "<label class=\"pilihan\"><input type=\"radio\""
			    " name=\"nilai\" value=\"%d\"%s>%d</label>",
			    i, i == 1 ? " required" : "", i);
		html_lit(b, "</div></fieldset>");
		note_field(r, t, "Komentar (tidak wajib)", 0);
	}
	html_printf(b, "<button type=\"submit\">%s</button></form>",
	    tindakan_label(t));
}

static void
item_page(struct req *r, int64_t id, const char *err)
{
	struct buf *b = &r->out;
	struct pengaduan_view v;
	const char *codes[8];
	char size[NUM_SIZE_LEN];
	int i, n;

	if (pengaduan_load(r->store, id, r->user, r->now, &v) != 0) {
		pengaduan_view_free(&v);
		page_error(r, 404, msg(M_PENGADUAN_NOT_FOUND));
		return;
	}
	layout_begin(r, v.row.judul);
	html_printf(b,
	    "<nav aria-label=\"Remah roti\"><a href=\"%s\">%s</a> ›"
	    " %s</nav><h1>%s</h1>",
	    v.mine ? "/pengaduan/saya" : "/pengaduan/kelola",
	    v.mine ? "Laporan saya" : "Kelola pengaduan", v.row.nomor,
	    v.row.judul);
	if (err != NULL)
		notice(r, "galat", err);
	else if (req_param(r, "baru") != NULL && v.mine)
		notice(r, "sukses", msg(M_PENGADUAN_FILED_OK));
	else if (req_param(r, "ok") != NULL)
		notice(r, "sukses", msg(M_PENGADUAN_ACT_OK));
	html_printf(b, "<dl class=\"standar\"><dt>Nomor</dt><dd>%s</dd>",
	    v.row.nomor);
	if (v.mine)
		html_printf(b,
		    "<dt>Kode lacak</dt><dd><strong>%s</strong>"
		    "</dd>",
		    v.row.kode_lacak);
	html_printf(b,
	    "<dt>Jenis</dt><dd>%s</dd><dt>Kategori</dt><dd>%s</dd>"
	    "<dt>Lokasi</dt><dd>%s (%s)</dd><dt>Status</dt><dd>%s",
	    pengaduan_jenis_label(v.row.jenis),
	    pengaduan_kategori_label(v.row.kategori), v.row.wilayah_name,
	    v.row.wilayah_code, pengaduan_status_label(v.row.status));
	if (v.row.overdue)
		html_lit(b,
		    " <span class=\"lencana terlambat\">Melewati batas"
		    " waktu</span>");
	html_lit(b, "</dd>");
	if (v.row.batas[0])
		html_printf(b, "<dt>%s</dt><dd>%s</dd>",
		    strcmp(v.row.status, "ditanggapi") == 0
			? "Ditutup otomatis setelah"
			: "Batas waktu tahap ini",
		    v.row.batas);
	html_printf(b, "<dt>Unit penanganan</dt><dd>%s</dd>",
	    v.row.unit_id ? v.row.unit_name : "Belum didisposisikan");
	if (v.unit_tujuan[0])
		html_printf(b, "<dt>Unit yang dilaporkan</dt><dd>%s</dd>",
		    v.unit_tujuan);
	html_printf(b, "<dt>Pelapor</dt><dd>%s</dd>",
	    v.row.pelapor_name[0] ? v.row.pelapor_name
				  : "Anonim (identitas dirahasiakan)");
	html_printf(b, "<dt>Privasi</dt><dd>%s%s</dd>",
	    v.row.anonim ? "Anonim. " : "",
	    v.row.rahasia ? "Rahasia: isi tidak ditampilkan"
			    " kepada publik."
			  : "Isi dapat dilihat publik.");
	if (v.instansi_rujukan[0])
		html_printf(b, "<dt>Dirujuk ke</dt><dd>%s</dd>",
		    v.instansi_rujukan);
	if (v.alasan_arsip[0])
		html_printf(b, "<dt>Alasan pengarsipan</dt><dd>%s</dd>",
		    v.alasan_arsip);
	if (v.kasus_nomor[0] && v.staff)
		html_printf(b, "<dt>Kasus Inspektorat</dt><dd>%s</dd>",
		    v.kasus_nomor);
	if (v.row.nilai)
		html_printf(b, "<dt>Nilai</dt><dd>%d dari 5</dd>", v.row.nilai);
	html_printf(b, "<dt>Diajukan</dt><dd>");
	date_write(b, v.row.created_at);
	html_printf(b,
	    " (%d hari kerja)</dd></dl><h2>Uraian</h2><p"
	    " class=\"uraian\">%s</p>",
	    v.row.hari, v.isi);
	if (v.nfiles > 0) {
		html_lit(b, "<h2>Lampiran</h2><ul>");
		for (i = 0; i < v.nfiles; i++) {
			num_size(size, v.files[i].size);
			html_printf(b,
			    "<li><a href=\"/pengaduan/%U/berkas/%d\">"
			    "%s</a> (%s, %s)</li>",
			    v.row.nomor, v.files[i].pos,
			    v.files[i].filename[0] ? v.files[i].filename
						   : "lampiran",
			    v.files[i].mime, size);
		}
		html_lit(b, "</ul>");
	}
	html_lit(b, "<h2>Tindak lanjut</h2>");
	if (v.nmsgs == 0)
		html_lit(b, "<p>Belum ada tindak lanjut.</p>");
	else
		html_lit(b, "<ol class=\"utas\">");
	for (i = 0; i < v.nmsgs; i++) {
		html_printf(b, "<li><p class=\"meta\">%s · %s · ",
		    peran_label(v.msgs[i].peran),
		    tindakan_label(v.msgs[i].tindakan));
		date_write(b, v.msgs[i].at);
		html_printf(b, "</p><p>%s</p></li>", v.msgs[i].isi);
	}
	if (v.nmsgs > 0)
		html_lit(b, "</ol>");
	n = pengaduan_actions(r->user, &v, codes, 8);
	if (n > 0)
		html_lit(b, "<h2>Tindakan</h2>");
	for (i = 0; i < n; i++)
		action_form(r, &v, codes[i]);
	pengaduan_view_free(&v);
	layout_end(r);
}

void
page_pengaduan_item(struct req *r)
{
	int64_t id = pengaduan_id(r->store, r->captures[0]);

	if (id == 0 || !pengaduan_visible(r->store, r->user, id)) {
		page_error(r, 404, msg(M_PENGADUAN_NOT_FOUND));
		return;
	}
	r->personal = 1;
	if (pengaduan_audit_read(r->store, r->user, id, r->addr, r->now) != 0) {
		page_error(r, 500, NULL);
		return;
	}
	item_page(r, id, NULL);
}

/* The answer to an action once its batch is durable (req.h). */
static void
pengaduan_act_done(struct req *r)
{
	struct pengaduan_tindakan *q = (struct pengaduan_tindakan *)r->job;
	char *loc;

	if (q->rc == ACT_OK) {
		loc = xasprintf("/pengaduan/%s?ok=1", r->captures[0]);
		req_redirect(r, loc);
		free(loc);
		return;
	}
	if (q->rc == ACT_NOT_FOUND) {
		page_error(r, 404, msg(M_PENGADUAN_NOT_FOUND));
		return;
	}
	r->status = q->rc == ACT_FORBIDDEN ? 403
	    : q->rc == ACT_CONFLICT	   ? 409
	    : q->rc == ACT_INVALID	   ? 422
					   : 500;
	r->personal = 1;
	item_page(r, pengaduan_id(r->store, r->captures[0]),
	    q->why ? q->why : msg(M_SAVE_FAILED));
}

/* POST /pengaduan/{nomor}/tindakan: by group commit (req.h). */
void
page_pengaduan_act(struct req *r)
{
	const char *nv = req_param(r, "nilai");
	struct pengaduan_tindakan *q;
	char *end;
	int64_t id = pengaduan_id(r->store, r->captures[0]);
	long nilai = 0;

	if (id == 0 || !pengaduan_visible(r->store, r->user, id)) {
		page_error(r, 404, msg(M_PENGADUAN_NOT_FOUND));
		return;
	}
	if (nv != NULL && *nv != '\0') {
		nilai = strtol(nv, &end, 10);
		if (*end != '\0' || nilai < 1 || nilai > 5)
			nilai = -1;
	}
	q = xcalloc(1, sizeof(*q));
	q->actor = r->user;
	q->nomor = r->captures[0];
	q->tindakan = req_param(r, "tindakan");
	q->catatan = req_param(r, "catatan");
	q->unit = req_param(r, "unit");
	q->nilai = (int)nilai;
	q->addr = r->addr;
	q->now = r->now;
	pengaduan_act_job(q);
	r->job = &q->job;
	r->job_done = pengaduan_act_done;
}

void
page_pengaduan_file(struct req *r)
{
	char sha[65] = "", mime[24] = "", *path, *end;
	int64_t id = pengaduan_id(r->store, r->captures[0]);
	long pos = strtol(r->captures[1], &end, 10);
	FILE *f;
	size_t got;
	char chunk[8192];

	if (id == 0 || *end != '\0' ||
	    !pengaduan_visible(r->store, r->user, id)) {
		page_error(r, 404, NULL);
		return;
	}
	pengaduan_sql_file(r->store, id, (int64_t)pos, sha, mime, sizeof(mime));
	if (sha[0] == '\0') {
		page_error(r, 404, NULL);
		return;
	}
	path = berkas_path(r->app->data_dir, sha);
	f = fopen(path, "rb");
	free(path);
	if (f == NULL) {
		page_error(r, 404, NULL);
		return;
	}
	buf_reset(&r->out);
	while ((got = fread(chunk, 1, sizeof(chunk), f)) > 0)
		buf_add(&r->out, chunk, got);
	fclose(f);
	r->status = 200;
	r->personal = 1;
	r->out_type = strcmp(mime, "application/pdf") == 0 ? "application/pdf"
	    : strcmp(mime, "image/png") == 0		   ? "image/png"
							   : "image/jpeg";
	free(r->disposition);
	r->disposition =
	    xasprintf("attachment; filename=\"lampiran-%ld\"", pos);
}

void
page_pengaduan_track(struct req *r)
{
	struct buf *b = &r->out;
	const char *kode = req_param(r, "kode");
	struct pengaduan_view v;
	int64_t id = 0;
	int i;

	if (kode != NULL && *kode != '\0')
		id = pengaduan_id_lacak(r->store, kode);
	layout_begin(r, "Lacak Laporan");
	html_lit(b,
	    "<nav aria-label=\"Remah roti\"><a href=\"/pengaduan\">"
	    "Pengaduan</a> › Lacak</nav><h1>Lacak Laporan</h1><form"
	    " method=\"get\" action=\"/pengaduan/lacak\" class=\"cari\"><label"
	    " for=\"f-kode\">Kode lacak</label>");
	html_printf(b,
	    "<input id=\"f-kode\" name=\"kode\" autocomplete=\"off\""
	    " value=\"%s\"><button type=\"submit\">Lacak</button></form>",
	    kode ? kode : "");
	if (kode != NULL && *kode != '\0' && id == 0)
		notice(r, "galat", msg(M_PENGADUAN_LACAK_NONE));
	if (id != 0 && pengaduan_load(r->store, id, NULL, r->now, &v) == 0) {
		html_printf(b,
		    "<h2>%s</h2><dl class=\"standar\"><dt>Status"
		    "</dt><dd>%s</dd><dt>Unit penanganan</dt><dd>%s</dd><dt>"
		    "Lama penanganan</dt><dd>%d hari kerja</dd>",
		    v.row.nomor, pengaduan_status_label(v.row.status),
		    v.row.unit_id ? v.row.unit_name : "Belum didisposisikan",
		    v.row.hari);
		if (v.row.batas[0] && strcmp(v.row.status, "ditanggapi") != 0)
			html_printf(b,
			    "<dt>Batas waktu tahap ini</dt><dd>%s"
			    "</dd>",
			    v.row.batas);
		html_lit(b, "</dl>");
		if (v.row.rahasia)
			notice(r, "info", msg(M_PENGADUAN_RAHASIA_HIDDEN));
		else
			html_printf(b, "<h3>%s</h3><p>%s</p>", v.row.judul,
			    v.isi);
		for (i = 0; i < v.nmsgs; i++) {
			html_lit(b,
			    "<blockquote class=\"tanggapan\"><p"
			    " class=\"meta\">Tanggapan unit, ");
			date_write(b, v.msgs[i].at);
			html_printf(b, "</p><p>%s</p></blockquote>",
			    v.msgs[i].isi);
		}
		html_lit(b,
		    "<p>Untuk membalas atau menilai tanggapan, masuk ke"
		    " akun Anda dan buka <a href=\"/pengaduan/saya\">Laporan"
		    " saya</a>.</p>");
		pengaduan_view_free(&v);
	}
	layout_end(r);
}
