/*
 * survei.c: the satisfaction survey (SKM) pages: the applicant's
 * invitations (GET /survei), the questionnaire (GET/POST /survei/<id>) and
 * paper questionnaires entered by a unit's officers (GET/POST
 * /petugas/survei).  The arithmetic is in domain/ikm.c, storage in
 * domain/survei.c; the public results are in pages/ikm.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ikm.h"
#include "survei.h"
#include "lib/msg.h"
#include "lib/xalloc.h"
#include "store/store.h"
#include "mod/permohonan/permohonan_html.h"
#include "http/layout.h"
#include "http/pages.h"
#include "ui.h"
#include "sql.h"

#define INTEGRITAS_TANYA                                                       \
	"Apakah ada pihak yang meminta imbalan di luar"                        \
	" biaya resmi?"

/* Positive decimal id from a path segment, or 0. */
static int64_t
seg_id(const char *s)
{
	char *end;
	long long v;

	if (s == NULL || *s < '1' || *s > '9' || strlen(s) > 18)
		return 0;
	v = strtoll(s, &end, 10);
	return *end == '\0' && v > 0 ? (int64_t)v : 0;
}

/* Answers u1..u9 from the form: 0 empty/"0", 1..4, -1 anything else. */
static void
answers_read(struct req *r, int u[IKM_UNSUR])
{
	char name[16];
	const char *v;
	int i;

	for (i = 0; i < IKM_UNSUR; i++) {
		snprintf(name, sizeof(name), "u%d", i + 1);
		v = req_str(r, name);
		if (*v == '\0' || strcmp(v, "0") == 0)
			u[i] = 0;
		else if (strlen(v) == 1 && *v >= '1' && *v <= '4')
			u[i] = *v - '0';
		else
			u[i] = -1;
	}
}

/* One radio input. */
static void
radio(struct buf *b, const char *name, const char *value, const char *label,
    int checked)
{
	html_printf(b,
	    "<label class=\"pilihan\"><input type=\"radio\""
	    " name=\"%s\" value=\"%s\"%s>%s</label>",
	    name, value, checked ? " checked" : "", label);
}

/* The fieldset of element i; paper adds a "not answered" choice. */
static void
element_write(struct req *r, int i, int value, int paper,
    const struct field_errs *fe)
{
	struct buf *b = &r->out;
	char name[16], v[16];
	const char *err;
	int k;

	snprintf(name, sizeof(name), "u%d", i + 1);
	err = field_err_get(fe, name);
	html_printf(b,
	    "<fieldset id=\"f-%s\" tabindex=\"-1\" class=\"isian%s\""
	    "%s><legend>%d. %s</legend><p>%s</p>",
	    name, err ? " salah" : "",
	    err ? " aria-describedby=\"e-survei\"" : "", i + 1,
	    ikm_unsur_nama(i), ikm_unsur_tanya(i));
	if (err != NULL)
		html_printf(b, "<p class=\"pesan-galat\">%s</p>", err);
	html_lit(b, "<div class=\"jawaban\">");
	for (k = 1; k <= 4; k++) {
		snprintf(v, sizeof(v), "%d", k);
		radio(b, name, v, ikm_jawaban(i, k), value == k);
	}
	if (paper)
		radio(b, name, "0", "Tidak diisi", value == 0);
	html_lit(b, "</div></fieldset>");
}

/* Who answers: the applicant (online), an officer entering a paper form,
 * or the holder of a queue ticket (no account, always anonymous). */
enum ragam { RAGAM_ONLINE, RAGAM_KERTAS, RAGAM_TIKET };

static void
integrity_write(struct req *r, const char *value, enum ragam ragam,
    const struct field_errs *fe)
{
	struct buf *b = &r->out;
	const char *err = field_err_get(fe, "integritas");
	int paper = ragam == RAGAM_KERTAS;

	html_printf(b,
	    "<fieldset id=\"f-integritas\" tabindex=\"-1\""
	    " class=\"isian%s\"><legend>Integritas</legend>",
	    err ? " salah" : "");
	/* said before the question is answered (issue 19 item 15) */
	if (paper)
		html_lit(b,
		    "<p class=\"petunjuk\">Jawaban \"Ya\" diteruskan"
		    " kepada Inspektorat Kabupaten Siak tanpa identitas"
		    " responden.</p>");
	else if (ragam == RAGAM_TIKET)
		html_lit(b,
		    "<p class=\"petunjuk\" id=\"h-integritas\">Sebelum"
		    " menjawab: jawaban \"Ya\" diteruskan kepada Inspektorat"
		    " Kabupaten Siak untuk ditindaklanjuti, bersama nama layanan"
		    " dan instansinya, tanpa identitas Anda (survei ini tidak"
		    " meminta nama atau NIK).</p>");
	else
		html_lit(b,
		    "<p class=\"petunjuk\" id=\"h-integritas\">Sebelum"
		    " menjawab: jawaban \"Ya\" diteruskan kepada Inspektorat"
		    " Kabupaten Siak untuk ditindaklanjuti, bersama nama, NIK,"
		    " kontak, dan nomor permohonan Anda agar Inspektorat dapat"
		    " meminta keterangan. Identitas itu hanya dapat dilihat"
		    " Inspektorat. Bila Anda ingin tetap tanpa nama, centang"
		    " pilihan di bawah pertanyaan.</p>");
	html_printf(b, "<p>%s</p>", INTEGRITAS_TANYA);
	if (err != NULL)
		html_printf(b, "<p class=\"pesan-galat\">%s</p>", err);
	html_lit(b, "<div class=\"jawaban\">");
	radio(b, "integritas", "tidak", "Tidak",
	    value && strcmp(value, "tidak") == 0);
	radio(b, "integritas", "ya", "Ya", value && strcmp(value, "ya") == 0);
	if (paper)
		radio(b, "integritas", "", "Tidak diisi",
		    value == NULL || *value == '\0');
	html_lit(b, "</div>");
	if (ragam == RAGAM_ONLINE)
		html_printf(b,
		    "<label class=\"pilihan\"><input type=\"checkbox\""
		    " name=\"tanpa_identitas\" value=\"1\"%s>Teruskan"
		    " jawaban \"Ya\" tanpa identitas saya</label>",
		    strcmp(req_str(r, "tanpa_identitas"), "1") == 0 ? " checked"
								    : "");
	html_lit(b, "</fieldset>");
}

void
survei_permohonan_notice(struct req *r, int64_t permohonan_id)
{
	int64_t id = 0, answered = 0;

	survei_sql_undangan_of(r->store, permohonan_id, r->user->id, &id,
	    &answered);
	if (id == 0)
		return;
	if (answered != 0)
		html_lit(&r->out,
		    "<p class=\"meta\">Survei kepuasan untuk"
		    " permohonan ini sudah Anda isi. Terima kasih.</p>");
	else
		html_printf(&r->out,
		    "<div class=\"kotak info\"><h2>Survei"
		    " Kepuasan Masyarakat</h2><p>Permohonan ini telah selesai."
		    " Bantu kami memperbaiki pelayanan dengan mengisi survei"
		    " singkat (sembilan pertanyaan, tanpa identitas).</p><p><a"
		    " href=\"/survei/%I\">Isi survei</a></p></div>",
		    id);
}

/* GET /survei: the signed-in citizen's invitations. */
void
page_survei_list(struct req *r)
{
	struct buf *b = &r->out;
	struct survei_undangan *v;
	size_t n, i;

	if ((v = survei_undangan_list(r->store, r->user->id, &n)) == NULL) {
		page_error(r, 500, NULL);
		return;
	}
	layout_begin(r, "Survei Kepuasan Masyarakat");
	html_lit(b,
	    "<h1>Survei Kepuasan Masyarakat</h1><p>Penilaian Anda atas"
	    " layanan yang telah selesai membantu perbaikan pelayanan publik"
	    " Kabupaten Siak. Jawaban disimpan tanpa identitas dan hasilnya"
	    " diumumkan pada halaman <a href=\"/ikm\">Indeks Kepuasan"
	    " Masyarakat</a>.</p>");
	if (n == 0)
		notice(r, "info", msg(M_IKM_NO_INVITES));
	else
		html_lit(b, "<ul class=\"daftar\">");
	for (i = 0; i < n; i++) {
		html_printf(b,
		    "<li><strong>%s</strong> — %s<br><span"
		    " class=\"meta\">Permohonan %s</span> ",
		    v[i].layanan, v[i].unit, v[i].nomor);
		if (v[i].answered_at != 0)
			html_lit(b,
			    "<span class=\"lencana\">Sudah diisi</span>");
		else
			html_printf(b, "<a href=\"/survei/%I\">Isi survei</a>",
			    v[i].id);
		html_lit(b, "</li>");
	}
	if (n > 0)
		html_lit(b, "</ul>");
	layout_end(r);
	free(v);
}

/*
 * The errors of a refused questionnaire in one box (issue 19 item 15):
 * the unanswered elements named once, as links to their questions, then
 * any other error with its question.
 */
static void
survei_errors(struct req *r, const struct field_errs *fe)
{
	struct buf *b = &r->out;
	const char *m = msg(M_IKM_ANSWER_REQUIRED);
	char name[16];
	int i, k, missing = 0;

	if (fe == NULL || fe->n == 0)
		return;
	html_lit(b,
	    "<div class=\"kotak galat\" role=\"alert\" id=\"e-survei\">"
	    "<h2>Periksa kembali jawaban Anda</h2>");
	for (i = 0; i < IKM_UNSUR; i++) {
		snprintf(name, sizeof(name), "u%d", i + 1);
		if (field_err_get(fe, name) == NULL ||
		    strcmp(field_err_get(fe, name), m) != 0)
			continue;
		if (missing++ == 0)
			html_lit(b,
			    "<p>Pertanyaan berikut belum dijawab:</p><ul>");
		html_printf(b, "<li><a href=\"#f-%s\">%d. %s</a></li>", name,
		    i + 1, ikm_unsur_nama(i));
	}
	if (missing > 0)
		html_lit(b, "</ul>");
	for (k = 0, i = 0; i < fe->n; i++) {
		if (strcmp(fe->e[i].msg, m) == 0)
			continue;
		if (k++ == 0)
			html_lit(b, "<ul>");
		html_printf(b, "<li><a href=\"#f-%s\">%s</a></li>",
		    fe->e[i].field, fe->e[i].msg);
	}
	if (k > 0)
		html_lit(b, "</ul>");
	html_lit(b, "</div>");
}

/* The questionnaire of invitation inv (values from a failed POST). */
static void
survei_form(struct req *r, const struct survei_undangan *inv,
    const int u[IKM_UNSUR], const struct field_errs *fe)
{
	struct buf *b = &r->out;
	int i;

	int tiket = inv->kode[0] != '\0';

	layout_begin(r, "Isi Survei Kepuasan Masyarakat");
	if (tiket)
		html_printf(b,
		    "<nav aria-label=\"Remah roti\"><a"
		    " href=\"/antrian/tiket/%U\">Antrean %s</a> › Survei</nav>"
		    "<h1>Survei Kepuasan Masyarakat</h1><p>Layanan"
		    " <strong>%s</strong> oleh %s (antrean %s).</p>",
		    inv->kode, inv->nomor, inv->layanan, inv->unit, inv->nomor);
	else
		html_printf(b,
		    "<nav aria-label=\"Remah roti\"><a href=\"/survei\">"
		    "Survei</a> › %s</nav><h1>Survei Kepuasan Masyarakat</h1>"
		    "<p>Layanan <strong>%s</strong> oleh %s (permohonan"
		    " %s).</p>",
		    inv->nomor, inv->layanan, inv->unit, inv->nomor);
	html_printf(b,
	    "<p>Pilih satu jawaban untuk setiap unsur pelayanan menurut"
	    " Peraturan Menteri PANRB Nomor 14 Tahun 2017. Jawaban Anda"
	    " disimpan tanpa nama, NIK, atau nomor %s.</p>",
	    tiket ? "antrean" : "permohonan");
	survei_errors(r, fe);
	if (tiket)
		html_printf(b,
		    "<form method=\"post\" action=\"/survei/tiket/%U\""
		    " class=\"formulir survei\" novalidate>",
		    inv->kode);
	else
		html_printf(b,
		    "<form method=\"post\" action=\"/survei/%I\""
		    " class=\"formulir survei\" novalidate>",
		    inv->id);
	form_csrf(r);
	for (i = 0; i < IKM_UNSUR; i++)
		element_write(r, i, u ? u[i] : 0, 0, fe);
	integrity_write(r, req_param(r, "integritas"),
	    tiket ? RAGAM_TIKET : RAGAM_ONLINE, fe);
	form_field(r, "saran", "Saran dan masukan (boleh dikosongkan)",
	    "textarea", req_param(r, "saran"), fe,
	    "Paling banyak 2.000 karakter. Mohon tidak menuliskan nama atau"
	    " data pribadi.");
	html_lit(b, "<button type=\"submit\">Kirim jawaban</button></form>");
	layout_end(r);
}

/*
 * The invitation of the path, or an error page: a queue ticket's by its
 * code (tiket), else the signed-in account's by its id.
 */
static int
invitation(struct req *r, struct survei_undangan *inv, int tiket)
{
	int64_t id = tiket ? 0 : seg_id(r->captures[0]);
	int rc;

	if (tiket)
		rc = survei_tiket_get(r->store, r->captures[0], inv);
	else
		rc = id ? survei_undangan_get(r->store, id, r->user->id, inv)
			: SURVEI_TIDAK_ADA;
	switch (rc) {
	case 0:
		return 0;
	case SURVEI_TIDAK_ADA:
		page_error(r, 404,
		    msg(tiket ? M_IKM_TIKET_NOT_FOUND : M_IKM_NOT_FOUND));
		return -1;
	default:
		page_error(r, 500, NULL);
		return -1;
	}
}

/* A done page: thanks, or "already answered"; kode: a ticket's. */
static void
done_page(struct req *r, const char *kind, const char *text, const char *kode)
{
	layout_begin(r, "Survei Kepuasan Masyarakat");
	html_lit(&r->out, "<h1>Survei Kepuasan Masyarakat</h1>");
	notice(r, kind, text);
	if (kode != NULL && *kode != '\0')
		html_printf(&r->out,
		    "<p><a href=\"/antrian/tiket/%U\">Kembali ke halaman"
		    " antrean</a>",
		    kode);
	else
		html_lit(&r->out,
		    "<p><a href=\"/survei\">Kembali ke daftar survei</a>");
	html_lit(&r->out,
	    " · <a href=\"/ikm\">Lihat Indeks Kepuasan Masyarakat</a></p>");
	layout_end(r);
}

/* GET /survei/{id} and /survei/tiket/{kode}: the questionnaire. */
static void
survei_get(struct req *r, int tiket)
{
	struct survei_undangan inv;

	if (invitation(r, &inv, tiket) != 0)
		return;
	if (tiket)
		r->personal = 1; /* the code is the holder's: never cached */
	if (inv.answered_at != 0) {
		done_page(r, "info",
		    msg(tiket ? M_IKM_TIKET_ALREADY : M_IKM_ALREADY), inv.kode);
		return;
	}
	survei_form(r, &inv, NULL, NULL);
}

void
page_survei(struct req *r)
{
	survei_get(r, 0);
}

void
page_survei_tiket(struct req *r)
{
	survei_get(r, 1);
}

/* The answer to the questionnaire once its batch is durable (req.h). */
static void
survei_done(struct req *r)
{
	struct survei_isi *q = (struct survei_isi *)r->job;
	char *text;

	switch (q->rc) {
	case 0:
		break;
	case -1:
		r->status = 422;
		survei_form(r, &q->inv, q->u, &q->errs);
		return;
	case SURVEI_SUDAH:
		r->status = 409;
		done_page(r, "galat",
		    msg(q->kode ? M_IKM_TIKET_ALREADY : M_IKM_ALREADY),
		    q->kode);
		return;
	case SURVEI_TIDAK_ADA:
		page_error(r, 404,
		    msg(q->kode ? M_IKM_TIKET_NOT_FOUND : M_IKM_NOT_FOUND));
		return;
	default:
		page_error(r, 500, msg(M_SAVE_FAILED));
		return;
	}
	if (*q->kasus != '\0') {
		text =
		    xasprintf(msg(q->tanpa_identitas ? M_IKM_THANKS_KASUS_ANONIM
						     : M_IKM_THANKS_KASUS),
			q->kasus);
		done_page(r, "sukses", text, q->kode);
		free(text);
	} else
		done_page(r, "sukses", msg(M_IKM_THANKS), q->kode);
}

/*
 * POST /survei/{id} and /survei/tiket/{kode}: the answer is written by
 * group commit (req.h); a ticket's holder has no account and stays
 * anonymous.
 */
static void
survei_post(struct req *r, int tiket)
{
	struct survei_undangan inv;
	struct survei_isi *q;

	if (invitation(r, &inv, tiket) != 0)
		return;
	q = xcalloc(1, sizeof(*q));
	if (tiket) {
		r->personal = 1;
		q->kode = r->captures[0];
		q->tanpa_identitas = 1;
	} else {
		q->id = inv.id;
		q->who = r->user;
		q->tanpa_identitas =
		    strcmp(req_str(r, "tanpa_identitas"), "1") == 0;
	}
	answers_read(r, q->u);
	q->integritas = req_param(r, "integritas");
	q->saran = req_str(r, "saran");
	q->addr = r->addr;
	q->now = r->now;
	survei_isi_job(q);
	r->job = &q->job;
	r->job_done = survei_done;
}

void
page_survei_post(struct req *r)
{
	survei_post(r, 0);
}

void
page_survei_tiket_post(struct req *r)
{
	survei_post(r, 1);
}

/* The officer's paper form. */
static void
paper_form(struct req *r, const int u[IKM_UNSUR], const struct field_errs *fe,
    int saved)
{
	struct buf *b = &r->out;
	struct survei_layanan *ls;
	const char *cur = req_str(r, "layanan"), *err;
	char periode[8];
	size_t n, i;
	int k;

	if ((ls = survei_layanan_unit(r->store, r->user->unit_id, &n)) ==
	    NULL) {
		page_error(r, 500, NULL);
		return;
	}
	layout_begin(r, "Kuesioner Kertas SKM");
	html_printf(b,
	    "<nav aria-label=\"Remah roti\"><a href=\"/petugas\">"
	    "Kotak Masuk</a> › Kuesioner kertas</nav><h1>Kuesioner Kertas"
	    " Survei Kepuasan Masyarakat</h1><p>Masukkan satu kuesioner kertas"
	    " yang diisi pengguna layanan di %s. Identitas responden tidak"
	    " dicatat. Hasil: <a href=\"/ikm?unit=%U\">IKM unit ini</a>.</p>",
	    r->user->unit_name, r->user->unit_code);
	if (saved)
		notice(r, "sukses", msg(M_IKM_PAPER_SAVED));
	form_errors(r, fe);
	html_lit(b,
	    "<form method=\"post\" action=\"/petugas/survei\""
	    " class=\"formulir survei\" novalidate>");
	form_csrf(r);
	err = field_err_get(fe, "layanan");
	html_printf(b,
	    "<div class=\"isian%s\"><label for=\"f-layanan\">Layanan"
	    "</label>",
	    err ? " salah" : "");
	if (err != NULL)
		html_printf(b,
		    "<p class=\"pesan-galat\" id=\"e-layanan\">%s</p>", err);
	html_lit(b, "<select id=\"f-layanan\" name=\"layanan\">");
	for (i = 0; i < n; i++)
		html_printf(b, "<option value=\"%s\"%s>%s — %s</option>",
		    ls[i].code, strcmp(cur, ls[i].code) == 0 ? " selected" : "",
		    ls[i].code, ls[i].name);
	html_lit(b, "</select></div>");
	free(ls);
	survei_periode(r->now, periode);
	form_field(r, "periode", "Periode (bulan pengisian)", "text",
	    req_param(r, "periode") ? req_param(r, "periode") : periode, fe,
	    "Format TTTT-BB, misalnya 2026-11.");
	for (k = 0; k < IKM_UNSUR; k++)
		element_write(r, k, u ? u[k] : 0, 1, fe);
	integrity_write(r, u ? req_param(r, "integritas") : "", RAGAM_KERTAS,
	    fe);
	form_field(r, "saran", "Saran dan masukan yang ditulis responden",
	    "textarea", u ? req_param(r, "saran") : "", fe,
	    "Boleh dikosongkan; jangan menyalin nama atau data pribadi.");
	html_lit(b, "<button type=\"submit\">Simpan kuesioner</button></form>");
	layout_end(r);
}

void
page_survei_paper(struct req *r)
{
	if (r->user->unit_id == 0) {
		page_error(r, 403, msg(M_IKM_NO_UNIT));
		return;
	}
	paper_form(r, NULL, NULL, req_param(r, "disimpan") != NULL);
}

/* The answer to the paper form once its batch is durable (req.h). */
static void
paper_done(struct req *r)
{
	struct survei_kertas *q = (struct survei_kertas *)r->job;

	switch (q->rc) {
	case 0:
		req_redirect(r, "/petugas/survei?disimpan=1");
		return;
	case -1:
		r->status = 422;
		paper_form(r, q->u, &q->errs, 0);
		return;
	default:
		page_error(r, 500, msg(M_SAVE_FAILED));
		return;
	}
}

/* POST /petugas/survei: written by group commit (req.h). */
void
page_survei_paper_post(struct req *r)
{
	struct survei_kertas *q;

	if (r->user->unit_id == 0) {
		page_error(r, 403, msg(M_IKM_NO_UNIT));
		return;
	}
	q = xcalloc(1, sizeof(*q));
	q->officer = r->user;
	q->layanan_code = req_str(r, "layanan");
	q->periode = req_str(r, "periode");
	answers_read(r, q->u);
	q->integritas = req_str(r, "integritas");
	q->saran = req_str(r, "saran");
	q->addr = r->addr;
	q->now = r->now;
	survei_kertas_job(q);
	r->job = &q->job;
	r->job_done = paper_done;
}
