/*
 * ui_inbox.c: the officers' inbox of their unit (issue 19 item 10).
 * GET /petugas: overdue first; search by the applicant's name, NIK, the
 * number or the tracking code; filters by state, service, deadline
 * (overdue, due within 2 working days), open or all, now or ever
 * handled; a "Diterima" column; 50 rows a page; ?cetak=1 the printable
 * list (up to 500 rows, no forms).  GET /petugas/permohonan.csv: the same
 * list as CSV.  POST /petugas/verifikasi: verify several applications at
 * once, each by its own workflow action (own transaction and audit
 * event), the outcome of each listed; a link to the walk-in desk form
 * (ui_loket.c).  A search by NIK is recorded in the
 * citizens' data-access log for every application it shows.
 * Inspektorat, pimpinan and superadmin see every application read-only.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "permohonan_query.h"
#include "permohonan.h"
#include "mod/akun/nik_verif.h"
#include "lib/csv.h"
#include "lib/msg.h"
#include "lib/str.h"
#include "lib/when.h"
#include "lib/xalloc.h"
#include "permohonan_html.h"
#include "http/layout.h"
#include "http/pages.h"
#include "ui.h"

#define PAGE_ROWS 50  /* rows a page */
#define PRINT_MAX 500 /* rows printed or exported */
#define COUNT_MAX 500 /* rows counted for the filters */
#define CARI_MAX 100  /* bytes of a search */
#define BATCH_MAX 50  /* applications verified at once */

/* Distinct services of rows, in order of first appearance. */
struct svc {
	const char *code;
	const char *name;
	int n;
};

static int
svc_add(struct svc *s, int ns, int max, const struct permohonan_row *a)
{
	int i;

	for (i = 0; i < ns; i++)
		if (strcmp(s[i].code, a->layanan_code) == 0) {
			s[i].n++;
			return ns;
		}
	if (ns == max)
		return ns;
	s[ns].code = a->layanan_code;
	s[ns].name = a->layanan_name;
	s[ns].n = 1;
	return ns + 1;
}

/* Is v empty (no filter) or one of the two values? */
static int
one_of(const char *v, const char *a, const char *b)
{
	return *v == '\0' || strcmp(v, a) == 0 || strcmp(v, b) == 0;
}

static void
select_open(struct buf *b, const char *id, const char *label)
{
	html_printf(b,
	    "<div class=\"isian\"><label for=\"f-%s\">%s</label>"
	    "<select id=\"f-%s\" name=\"%s\">",
	    id, label, id, id);
}

static void
option(struct buf *b, const char *value, const char *cur, const char *label,
    int count)
{
	html_printf(b, "<option value=\"%s\"%s>%s", value,
	    strcmp(value, cur) == 0 ? " selected" : "", label);
	if (count >= 0)
		html_printf(b, " (%d)", count);
	html_lit(b, "</option>");
}

/* The inbox's request, read once and checked. */
struct inbox_q {
	const char *status, *layanan, *keadaan, *cakupan, *tenggat;
	char cari[CARI_MAX + 1];
	char nik[17];
	char kode[13];
	int halaman; /* from 1 */
	int bad;     /* an unknown filter was left out */
	struct permohonan_filter f;
};

static void
inbox_read(struct req *r, struct inbox_q *q)
{
	const char *cari = req_str(r, "cari"), *h = req_str(r, "halaman");
	size_t len;
	char *end;
	long page;

	memset(q, 0, sizeof(*q));
	q->status = req_str(r, "status");
	q->layanan = req_str(r, "layanan");
	q->keadaan = req_str(r, "keadaan");
	q->cakupan = req_str(r, "cakupan");
	q->tenggat = req_str(r, "tenggat");
	if (!one_of(q->keadaan, "terbuka", "semua")) {
		q->bad = 1;
		q->keadaan = "";
	}
	if (!one_of(q->cakupan, "sekarang", "pernah")) {
		q->bad = 1;
		q->cakupan = "";
	}
	if (!one_of(q->tenggat, "terlambat", "segera")) {
		q->bad = 1;
		q->tenggat = "";
	}
	if (strlen(q->layanan) > 20 ||
	    q->layanan[strspn(q->layanan,
		"ABCDEFGHIJKLMNOPQRSTUVWXYZ"
		"0123456789-")] != '\0') {
		q->bad = 1;
		q->layanan = "";
	}
	/* the search, trimmed; longer than CARI_MAX is cut */
	while (*cari == ' ')
		cari++;
	len = strlen(cari);
	if (len > CARI_MAX)
		len = CARI_MAX;
	while (len > 0 && cari[len - 1] == ' ')
		len--;
	memcpy(q->cari, cari, len);
	q->cari[len] = '\0';
	permohonan_nik_norm(q->cari, q->nik);
	if (permohonan_kode_norm(q->cari, q->kode) != 0)
		q->kode[0] = '\0';
	page = strtol(h, &end, 10);
	q->halaman = (*h == '\0' || *end != '\0' || page < 1 || page > 10000)
	    ? 1
	    : (int)page;
	q->f.open_only = strcmp(q->keadaan, "semua") != 0;
	q->f.all_visible = strcmp(q->cakupan, "pernah") == 0;
	q->f.tenggat = strcmp(q->tenggat, "terlambat") == 0 ? 1
	    : strcmp(q->tenggat, "segera") == 0		    ? 2
							    : 0;
	q->f.layanan = *q->layanan ? q->layanan : NULL;
	q->f.cari = q->cari;
	q->f.nik = q->nik;
	q->f.kode = q->kode;
}

/* A state filter must name a known state. */
static void
inbox_state(struct inbox_q *q, const struct permohonan_option *states,
    int nstates)
{
	int k;

	if (*q->status == '\0')
		return;
	for (k = 0; k < nstates && strcmp(states[k].code, q->status) != 0; k++)
		;
	if (k == nstates) {
		q->bad = 1;
		q->status = "";
	}
	q->f.state = *q->status ? q->status : NULL;
}

/* The separator before the (n+1)th parameter of a query in an attribute. */
static void
sep(struct buf *b, int n)
{
	if (n == 0)
		html_lit(b, "?");
	else
		html_lit(b, "&amp;");
}

/*
 * path with the query string of q's filters and then extra (a literal
 * "name=value" or NULL), as an attribute value.
 */
static void
inbox_href(struct buf *b, const char *path, const struct inbox_q *q,
    const char *extra, int page)
{
	static const char *names[] = { "cari", "status", "layanan", "tenggat",
		"keadaan", "cakupan" };
	const char *vals[6];
	int i, any = 0;

	vals[0] = q->cari;
	vals[1] = q->status;
	vals[2] = q->layanan;
	vals[3] = q->tenggat;
	vals[4] = q->keadaan;
	vals[5] = q->cakupan;
	html_printf(b, "%s", path);
	for (i = 0; i < 6; i++) {
		if (*vals[i] == '\0')
			continue;
		sep(b, any++);
		html_printf(b, "%s=%U", names[i], vals[i]);
	}
	if (extra != NULL) {
		sep(b, any++);
		html_printf(b, "%s", extra);
	}
	if (page > 0) {
		sep(b, any++);
		html_printf(b, "halaman=%d", page);
	}
}

/*
 * A search by NIK reads the citizen's data: every application it shows is
 * recorded in the data-access log.  0, or -1 when one could not be.
 */
static int
nik_reads_log(struct req *r, const struct inbox_q *q,
    const struct permohonan_row *v, int n)
{
	int i;

	if (q->nik[0] == '\0')
		return 0;
	for (i = 0; i < n; i++)
		if (permohonan_audit_read(r->store, r->user, v[i].id, r->addr,
			"Pencarian menurut NIK di kotak masuk") != 0)
			return -1;
	return 0;
}

/* The inbox's table of n applications v, the late ones marked. */
static void
inbox_table(struct req *r, const struct permohonan_row *v, int n, int pick)
{
	struct buf *b = &r->out;
	char *seg;
	int i;

	html_lit(b,
	    "<div class=\"tabel-gulir kotak-masuk\" tabindex=\"0\""
	    " role=\"region\" aria-label=\"Daftar permohonan\"><table>"
	    "<caption class=\"sr\">Daftar permohonan</caption><thead><tr>");
	if (pick)
		html_lit(b,
		    "<th scope=\"col\"><span class=\"sr\">Pilih"
		    "</span></th>");
	html_lit(b,
	    "<th scope=\"col\">Nomor registrasi</th><th scope=\"col\">"
	    "Layanan</th><th scope=\"col\">Pemohon</th><th scope=\"col\">"
	    "Diterima</th><th scope=\"col\">Status</th><th scope=\"col\">"
	    "Batas waktu tahap</th></tr></thead><tbody>");
	for (i = 0; i < n; i++) {
		seg = permohonan_seg(&v[i]);
		html_printf(b, "<tr class=\"%s\">",
		    v[i].overdue ? "terlambat" : "");
		if (pick)
			html_printf(b,
			    "<td class=\"pilih\"><input type=\"checkbox\""
			    " name=\"nomor\" value=\"%s\" id=\"p-%I\"><label"
			    " for=\"p-%I\"><span class=\"sr\">Pilih %s"
			    "</span></label></td>",
			    v[i].nomor, v[i].id, v[i].id, v[i].nomor);
		html_printf(b,
		    "<td data-label=\"Nomor\"><a"
		    " href=\"/petugas/permohonan/%U\">%s</a></td>"
		    "<td data-label=\"Layanan\">%s</td>"
		    "<td data-label=\"Pemohon\">%s<br><span class=\"meta\">%s"
		    "</span></td><td data-label=\"Diterima\">",
		    seg, v[i].nomor, v[i].layanan_name, v[i].pemohon_name,
		    v[i].wilayah_name);
		free(seg);
		permohonan_time_write(b, v[i].submitted_at);
		html_lit(b, "</td><td data-label=\"Status\">");
		permohonan_state_write(b, &v[i]);
		if (v[i].assigned_role[0] != '\0') {
			unsigned bit = role_parse(v[i].assigned_role);

			html_printf(b,
			    "<br><span class=\"meta\">Dialihkan"
			    " ke %s</span>",
			    bit ? role_label(bit) : v[i].assigned_role);
		}
		if (permohonan_overseer(r))
			html_printf(b, "<br><span class=\"meta\">%s</span>",
			    v[i].unit_name);
		html_lit(b, "</td><td data-label=\"Batas waktu\">");
		if (v[i].state_due[0] != '\0' && !v[i].terminal)
			permohonan_date_write(b, v[i].state_due);
		else
			html_lit(b, "—");
		if (v[i].overdue)
			html_lit(b,
			    "<br><strong class=\"teks-terlambat\">Terlambat"
			    "</strong>");
		html_lit(b, "</td></tr>");
	}
	html_lit(b, "</tbody></table></div>");
}

/* May the signed-in user verify from the inbox? */
static int
may_verify(const struct req *r)
{
	return (r->user->roles & (ROLE_OPERATOR | ROLE_VERIFIKATOR)) != 0 &&
	    r->user->unit_id != 0;
}

static void
inbox_form(struct req *r, const struct inbox_q *q,
    const struct permohonan_row *all, int nall,
    const struct permohonan_option *states, int nstates, const struct svc *svcs,
    int nsvc)
{
	struct buf *b = &r->out;
	int i, k, counted;

	html_lit(b,
	    "<form method=\"get\" action=\"/petugas\" class=\"filter"
	    " tanpa-cetak\" role=\"search\" aria-label=\"Cari dan saring"
	    " kotak masuk\"><div class=\"isian cari\"><label"
	    " for=\"f-cari\">Cari</label><p class=\"petunjuk\""
	    " id=\"h-cari\">Nama pemohon, NIK, nomor registrasi, atau kode"
	    " lacak.</p>");
	html_printf(b,
	    "<input type=\"search\" id=\"f-cari\" name=\"cari\""
	    " value=\"%s\" maxlength=\"100\" aria-describedby=\"h-cari\">"
	    "</div>",
	    q->cari);
	select_open(b, "status", "Status");
	option(b, "", q->status, "Semua status", -1);
	for (k = 0; k < nstates; k++) {
		counted = 0;
		for (i = 0; i < nall; i++)
			counted += strcmp(all[i].state, states[k].code) == 0;
		option(b, states[k].code, q->status, states[k].label, counted);
	}
	html_lit(b, "</select></div>");
	select_open(b, "layanan", "Layanan");
	option(b, "", q->layanan, "Semua layanan", -1);
	for (k = 0; k < nsvc; k++)
		option(b, svcs[k].code, q->layanan, svcs[k].name, svcs[k].n);
	html_lit(b, "</select></div>");
	select_open(b, "tenggat", "Batas waktu");
	option(b, "", q->tenggat, "Semua", -1);
	option(b, "terlambat", q->tenggat, "Terlambat", -1);
	option(b, "segera", q->tenggat, "Jatuh tempo dalam 2 hari kerja", -1);
	html_lit(b, "</select></div>");
	select_open(b, "keadaan", "Keadaan");
	option(b, "terbuka", q->f.open_only ? "terbuka" : "semua",
	    "Belum selesai", -1);
	option(b, "semua", q->f.open_only ? "terbuka" : "semua",
	    "Semua, termasuk yang selesai", -1);
	html_lit(b, "</select></div>");
	if (!permohonan_overseer(r)) {
		select_open(b, "cakupan", "Cakupan");
		option(b, "sekarang", q->f.all_visible ? "pernah" : "sekarang",
		    "Sedang ditangani unit ini", -1);
		option(b, "pernah", q->f.all_visible ? "pernah" : "sekarang",
		    "Termasuk yang pernah ditangani unit ini", -1);
		html_lit(b, "</select></div>");
	}
	html_lit(b, "<button type=\"submit\">Terapkan</button></form>");
}

/* Links to the other pages of the list, to print and to export. */
static void
inbox_links(struct req *r, const struct inbox_q *q, int64_t total)
{
	struct buf *b = &r->out;
	int64_t pages = (total + PAGE_ROWS - 1) / PAGE_ROWS;

	if (pages > 1) {
		html_printf(b,
		    "<nav class=\"halaman tanpa-cetak\" aria-label=\"Halaman"
		    " daftar\"><p>Halaman %d dari %I.</p><p>",
		    q->halaman, pages);
		if (q->halaman > 1) {
			html_lit(b, "<a href=\"");
			inbox_href(b, "/petugas", q, NULL, q->halaman - 1);
			html_lit(b, "\" rel=\"prev\">Halaman sebelumnya</a> ");
		}
		if (q->halaman < pages) {
			html_lit(b, "<a href=\"");
			inbox_href(b, "/petugas", q, NULL, q->halaman + 1);
			html_lit(b, "\" rel=\"next\">Halaman berikutnya</a>");
		}
		html_lit(b, "</p></nav>");
	}
	html_lit(b, "<p class=\"tanpa-cetak\"><a href=\"");
	inbox_href(b, "/petugas", q, "cetak=1", 0);
	html_lit(b, "\">Cetak daftar ini</a> · <a href=\"");
	inbox_href(b, "/petugas/permohonan.csv", q, NULL, 0);
	html_lit(b, "\">Unduh daftar ini (CSV)</a></p>");
}

void
page_inbox(struct req *r)
{
	struct buf *b = &r->out;
	struct inbox_q q;
	struct permohonan_filter base;
	struct permohonan_row *all = NULL, *v = NULL;
	struct permohonan_option *states = NULL;
	struct svc svcs[64];
	int cetak = req_param(r, "cetak") != NULL;
	int64_t total_all = 0, total = 0;
	int nall = 0, n = 0, nstates = 0, nsvc = 0, late = 0, i, pick;

	inbox_read(r, &q);
	base = q.f;
	base.state = NULL;
	base.layanan = NULL;
	base.cari = NULL;
	base.nik = NULL;
	base.kode = NULL;
	base.tenggat = 0;
	base.limit = COUNT_MAX;
	all = permohonan_inbox(r->store, r->user, &base, r->now, &nall,
	    &total_all);
	states = permohonan_state_options(r->store, &nstates);
	if (all == NULL || states == NULL)
		goto fail;
	for (i = 0; i < nall; i++) {
		late += all[i].overdue;
		nsvc = svc_add(svcs, nsvc, 64, &all[i]);
	}
	inbox_state(&q, states, nstates);
	q.f.limit = cetak ? PRINT_MAX : PAGE_ROWS;
	q.f.offset = cetak ? 0 : (q.halaman - 1) * PAGE_ROWS;
	v = permohonan_inbox(r->store, r->user, &q.f, r->now, &n, &total);
	if (v == NULL || nik_reads_log(r, &q, v, n) != 0)
		goto fail;

	layout_begin(r, "Kotak Masuk");
	if (permohonan_overseer(r))
		html_lit(b,
		    "<h1>Kotak Masuk: Semua Permohonan</h1><p>Anda"
		    " melihat permohonan seluruh unit untuk pengawasan (hanya"
		    " baca). Setiap permohonan yang Anda buka dicatat dalam"
		    " jejak audit.</p>");
	else
		html_printf(b,
		    "<h1>Kotak Masuk</h1><p>Permohonan yang"
		    " ditangani %s. Permohonan yang melewati batas waktu"
		    " ditampilkan paling atas.</p>",
		    r->user->unit_name);
	if (cetak) {
		html_lit(b, "<p class=\"meta\">Dicetak ");
		permohonan_time_write(b, r->now);
		html_lit(b,
		    ". <span class=\"tanpa-cetak\">Gunakan menu cetak"
		    " peramban (misalnya Ctrl+P). <a href=\"");
		inbox_href(b, "/petugas", &q, NULL, 0);
		html_lit(b, "\">Kembali ke kotak masuk</a></span></p>");
	}
	if (q.bad)
		notice(r, "info", msg(M_INBOX_FILTER_BAD));
	if (!cetak && nikv_office(r->store, r->user)) /* issue 12 item 5 */
		html_lit(b,
		    "<p><a href=\"/petugas/nik\">Verifikasi NIK warga"
		    " (pemeriksaan KTP-el)</a></p>");
	if (!cetak && user_has(r, ROLE_OPERATOR) && r->user->unit_id != 0)
		html_lit(b,
		    "<p><a href=\"/petugas/loket\">Catat permohonan warga"
		    " yang datang ke kantor</a></p>");
	if (!cetak && r->user->unit_id != 0)
		html_lit(b,
		    "<p><a href=\"/petugas/agenda\">Buku agenda surat keluar"
		    "</a></p>");
	html_printf(b,
	    "<p class=\"ringkasan\"><strong>%I</strong> permohonan"
	    " %s",
	    total_all, base.open_only ? "belum selesai" : "");
	if (late > 0)
		html_printf(b,
		    ", <strong class=\"teks-terlambat\">%d"
		    " terlambat</strong>",
		    late);
	html_lit(b, ".</p>");
	if (!cetak)
		inbox_form(r, &q, all, nall, states, nstates, svcs, nsvc);
	if (q.nik[0] != '\0')
		html_lit(b,
		    "<p class=\"meta\">Pencarian menurut NIK dicatat dalam"
		    " log akses data warga untuk setiap permohonan yang"
		    " ditampilkan.</p>");
	if (n == 0) {
		html_lit(b,
		    "<p class=\"kotak info\">Tidak ada permohonan yang"
		    " cocok dengan pencarian atau filter ini.</p>");
		goto out;
	}
	html_printf(b, "<p class=\"meta\">%I permohonan cocok.</p>", total);
	pick = !cetak && may_verify(r);
	if (pick) {
		html_lit(b,
		    "<form method=\"post\" action=\"/petugas/verifikasi\""
		    " class=\"verifikasi-massal\">");
		form_csrf(r);
	}
	inbox_table(r, v, n, pick);
	if (pick)
		html_lit(b,
		    "<p class=\"petunjuk\">Centang permohonan yang berkasnya"
		    " sudah Anda periksa, lalu verifikasi sekaligus. Setiap"
		    " permohonan diproses dan dicatat sendiri-sendiri.</p>"
		    "<button type=\"submit\">Verifikasi yang dipilih</button>"
		    "</form>");
	if (!cetak)
		inbox_links(r, &q, total);
	else if (total > n)
		html_printf(b,
		    "<p class=\"meta\">%d dari %I permohonan dicetak;"
		    " persempit dengan filter.</p>",
		    n, total);
out:
	layout_end(r);
	free(all);
	free(v);
	free(states);
	return;
fail:
	free(all);
	free(v);
	free(states);
	page_error(r, 500, NULL);
}

/* A date and time as "YYYY-MM-DD HH:MM" (WIB) for a CSV cell; "" if none. */
static void
csv_time(struct buf *b, time_t t)
{
	char s[32];

	if (t <= 0 || when_wib_format(s, sizeof(s), "%Y-%m-%d %H:%M", t) == 0)
		s[0] = '\0';
	csv_text(b, s);
}

void
page_inbox_csv(struct req *r)
{
	struct buf *b = &r->out;
	struct inbox_q q;
	struct permohonan_row *v;
	struct permohonan_option *states;
	int64_t total = 0;
	int n = 0, nstates = 0, i;

	inbox_read(r, &q);
	if ((states = permohonan_state_options(r->store, &nstates)) == NULL) {
		page_error(r, 500, NULL);
		return;
	}
	inbox_state(&q, states, nstates);
	q.f.limit = PRINT_MAX;
	v = permohonan_inbox(r->store, r->user, &q.f, r->now, &n, &total);
	if (v == NULL || nik_reads_log(r, &q, v, n) != 0) {
		free(v);
		free(states);
		page_error(r, 500, NULL);
		return;
	}
	buf_adds(b,
	    "nomor,layanan_kode,layanan,pemohon,kampung,unit,status,"
	    "diterima,batas_waktu_tahap,batas_waktu,terlambat\r\n");
	for (i = 0; i < n; i++) {
		csv_text(b, v[i].nomor);
		csv_sep(b);
		csv_text(b, v[i].layanan_code);
		csv_sep(b);
		csv_text(b, v[i].layanan_name);
		csv_sep(b);
		csv_text(b, v[i].pemohon_name);
		csv_sep(b);
		csv_text(b, v[i].wilayah_name);
		csv_sep(b);
		csv_text(b, v[i].unit_name);
		csv_sep(b);
		csv_text(b, v[i].state_label);
		csv_sep(b);
		csv_time(b, v[i].submitted_at);
		csv_sep(b);
		csv_text(b, v[i].terminal ? "" : v[i].state_due);
		csv_sep(b);
		csv_text(b, v[i].due_date);
		csv_sep(b);
		csv_int(b, v[i].overdue);
		csv_eol(b);
	}
	free(v);
	free(states);
	r->status = 200;
	r->out_type = "text/csv; charset=utf-8";
	free(r->disposition);
	r->disposition = xstrdup("attachment; filename=\"kotak-masuk.csv\"");
}

/* What verifying one application from the inbox came to. */
struct hasil {
	const char *nomor;
	int ok;
	char why[STR_CHARS(400)];
};

/* Verify application nomor as r->user by its workflow's verifying
 * action; h says how it went. */
static void
verify_one(struct req *r, const char *nomor, struct hasil *h)
{
	struct permohonan_action acts[16];
	struct permohonan_view v;
	const char *why = NULL, *blocked = NULL, *code = NULL;
	char state[41];
	enum act_result rc;
	int64_t id;
	int n, i;

	h->nomor = nomor;
	id = permohonan_id_nomor(r->store, nomor);
	if (id == 0 || !permohonan_visible(r->store, r->user, id)) {
		snprintf(h->why, sizeof(h->why), "%s", msg(M_APP_NOT_FOUND));
		return;
	}
	if (permohonan_load(r->store, id, &v) != 0) {
		permohonan_view_free(&v);
		snprintf(h->why, sizeof(h->why), "%s", msg(M_APP_NOT_FOUND));
		return;
	}
	n = permohonan_actions(r->store, r->user, &v, acts, 16);
	for (i = 0; i < n && code == NULL; i++) {
		if (!acts[i].verifies || acts[i].signs_document ||
		    acts[i].note_required || acts[i].upload_required)
			continue;
		if (acts[i].blocked != NULL)
			blocked = acts[i].blocked;
		else
			code = acts[i].code;
	}
	if (code == NULL) {
		snprintf(h->why, sizeof(h->why), "%s",
		    blocked ? blocked
			    : "Tidak dapat diverifikasi oleh Anda pada tahap"
			      " ini (status: sudah lewat tahap verifikasi atau"
			      " bukan tugas Anda).");
		permohonan_view_free(&v);
		return;
	}
	rc = permohonan_act(r->store, r->app->data_dir, r->user, nomor, code,
	    "", NULL, 0, r->addr, r->now, state, sizeof(state), &why);
	if (rc == ACT_OK) {
		h->ok = 1;
		snprintf(h->why, sizeof(h->why), "Terverifikasi.");
	} else {
		snprintf(h->why, sizeof(h->why), "%s",
		    why ? why : msg(M_SAVE_FAILED));
	}
	permohonan_view_free(&v);
}

/* POST /petugas/verifikasi: nomor (repeated) */
void
page_inbox_verify(struct req *r)
{
	struct buf *b = &r->out;
	struct hasil h[BATCH_MAX];
	size_t k;
	int n = 0, ok = 0, i, more = 0;

	if (!may_verify(r)) {
		page_error(r, 403,
		    "Verifikasi hanya dapat dilakukan operator atau"
		    " verifikator unit.");
		return;
	}
	memset(h, 0, sizeof(h));
	for (k = 0; k < r->nparams; k++) {
		if (strcmp(r->params[k].name, "nomor") != 0)
			continue;
		if (n == BATCH_MAX) {
			more = 1;
			break;
		}
		for (i = 0; i < n; i++) /* the same one twice: once */
			if (strcmp(h[i].nomor, r->params[k].value) == 0)
				break;
		if (i < n)
			continue;
		if (strlen(r->params[k].value) > 63) {
			h[n].nomor = "";
			snprintf(h[n].why, sizeof(h[n].why), "%s",
			    msg(M_APP_NOT_FOUND));
			n++;
			continue;
		}
		verify_one(r, r->params[k].value, &h[n]);
		ok += h[n].ok;
		n++;
	}
	if (n == 0) {
		page_error(r, 422,
		    "Tidak ada permohonan yang dipilih. Centang paling sedikit"
		    " satu permohonan di kotak masuk.");
		return;
	}
	layout_begin(r, "Hasil verifikasi");
	html_printf(b,
	    "<nav aria-label=\"Remah roti\"><a href=\"/petugas\">Kotak"
	    " Masuk</a> › Hasil verifikasi</nav><h1>Hasil verifikasi</h1>"
	    "<p class=\"ringkasan\"><strong>%d</strong> dari %d permohonan"
	    " terverifikasi.</p>",
	    ok, n);
	if (more)
		html_printf(b,
		    "<p class=\"kotak info\">Paling banyak %d permohonan"
		    " sekaligus; sisanya tidak diproses.</p>",
		    BATCH_MAX);
	html_lit(b,
	    "<div class=\"tabel-gulir\" tabindex=\"0\" role=\"region\""
	    " aria-label=\"Hasil verifikasi\"><table><caption class=\"sr\">"
	    "Hasil verifikasi</caption><thead><tr><th scope=\"col\">Nomor"
	    " registrasi</th><th scope=\"col\">Hasil</th></tr></thead>"
	    "<tbody>");
	for (i = 0; i < n; i++)
		html_printf(b, "<tr><td>%s</td><td class=\"%s\">%s</td></tr>",
		    h[i].nomor, h[i].ok ? "hasil-ok" : "hasil-gagal", h[i].why);
	html_lit(b,
	    "</tbody></table></div><p><a href=\"/petugas\">Kembali ke"
	    " Kotak Masuk</a></p>");
	layout_end(r);
}
