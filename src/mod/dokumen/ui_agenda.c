/*
 * ui_agenda.c: the register of outgoing letters of a unit (buku agenda
 * surat keluar, issue 19 item 11): every letter the unit signed in a
 * month, oldest first, with its number, date, subject, addressee (the
 * applicant), signer and status; 100 a page; ?cetak=1 the printable
 * register (up to 1,000); GET /petugas/agenda.csv the same month as CSV,
 * GET /petugas/agenda.xlsx as a spreadsheet (libxlsxwriter, written to a
 * temporary file in the data directory, read back and removed).
 * Staff read their own unit's register; administrators, inspektorat and
 * pimpinan may name another unit (?unit=CODE).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dokumen.h"
#include <unistd.h>
#include <xlsxwriter.h>

#include "lib/csv.h"
#include "lib/token.h"
#include "lib/when.h"
#include "lib/xalloc.h"
#include "mod/permohonan/permohonan_html.h"
#include "http/layout.h"
#include "http/pages.h"
#include "sql.h"
#include "ui.h"
#include "verifikasi.h"

#define PAGE_ROWS 100
#define PRINT_MAX 1000
#define ANY_UNIT                                                               \
	(ROLE_ADMIN | ROLE_SUPERADMIN | ROLE_INSPEKTORAT | ROLE_PIMPINAN)

static const char *const bulan[] = { "Januari", "Februari", "Maret", "April",
	"Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November",
	"Desember" };

/* The register's request, read once and checked. */
struct agenda_q {
	int64_t unit_id;
	char unit_code[33];
	int y, m; /* the month */
	int64_t from, to;
	int halaman;
	int bad; /* a month or unit that is not one: the default used */
};

/* 0 with q filled; -1 after a page (no unit to show). */
static int
agenda_read(struct req *r, struct agenda_q *q)
{
	const char *bln = req_str(r, "bulan"), *u = req_str(r, "unit");
	const char *h = req_str(r, "halaman");
	char *end;
	long page;
	struct tm tm;
	int y, m;

	memset(q, 0, sizeof(*q));
	q->unit_id = r->user->unit_id;
	snprintf(q->unit_code, sizeof(q->unit_code), "%s", r->user->unit_code);
	if (*u != '\0' && user_has(r, ANY_UNIT) && strlen(u) < 33) {
		int64_t id = dokumen_sql_unit_id(r->store, u);

		if (id > 0) {
			q->unit_id = id;
			snprintf(q->unit_code, sizeof(q->unit_code), "%s", u);
		} else {
			q->bad = 1;
		}
	}
	if (q->unit_id == 0) {
		page_error(r, 404,
		    "Akun Anda tidak terikat pada unit. Pilih unit dengan"
		    " ?unit=KODE.");
		return -1;
	}
	when_wib(r->now, &tm);
	q->y = tm.tm_year + 1900;
	q->m = tm.tm_mon + 1;
	if (*bln != '\0') {
		if (strlen(bln) == 7 && sscanf(bln, "%4d-%2d", &y, &m) == 2 &&
		    bln[4] == '-' && y >= 2000 && y <= 2100 && m >= 1 &&
		    m <= 12) {
			q->y = y;
			q->m = m;
		} else {
			q->bad = 1;
		}
	}
	q->from = when_wib_day_start(when_days_from_civil(q->y, q->m, 1));
	q->to = when_wib_day_start(when_days_from_civil(
	    q->m == 12 ? q->y + 1 : q->y, q->m == 12 ? 1 : q->m + 1, 1));
	page = strtol(h, &end, 10);
	q->halaman = (*h == '\0' || *end != '\0' || page < 1 || page > 10000)
	    ? 1
	    : (int)page;
	return 0;
}

/* "bulan=YYYY-MM" and the unit when named, for links. */
static void
agenda_href(struct req *r, const char *path, const struct agenda_q *q,
    const char *extra)
{
	char bln[16];

	snprintf(bln, sizeof(bln), "%04d-%02d", q->y, q->m);
	html_printf(&r->out, "%s?bulan=%s", path, bln);
	if (strcmp(q->unit_code, r->user->unit_code) != 0)
		html_printf(&r->out, "&amp;unit=%U", q->unit_code);
	if (extra != NULL) {
		html_lit(&r->out, "&amp;");
		html_printf(&r->out, "%s", extra);
	}
}

static int
agenda_html_row(void *arg, const struct dokumen_agenda *g)
{
	struct req *r = arg;
	struct buf *b = &r->out;

	html_printf(b,
	    "<tr><td data-label=\"Nomor surat\">%s</td><td"
	    " data-label=\"Tanggal\">",
	    g->nomor_surat);
	permohonan_time_write(b, (time_t)g->signed_at);
	html_printf(b,
	    "</td><td data-label=\"Perihal\">%s</td><td"
	    " data-label=\"Kepada\">%s</td><td data-label=\"Penanda"
	    " tangan\">%s<br><span class=\"meta\">%s</span></td><td"
	    " data-label=\"Status\">%s</td></tr>",
	    g->judul, g->kepada, g->signer, g->signer_position,
	    verif_status_label(g->status));
	return 0;
}

void
page_agenda(struct req *r)
{
	struct buf *b = &r->out;
	struct agenda_q q;
	int cetak = req_param(r, "cetak") != NULL;
	int64_t total, pages;
	struct tm tm;
	char bln[16];
	int y, m, k, now;

	if (agenda_read(r, &q) != 0)
		return;
	total = dokumen_sql_agenda_count(r->store, q.unit_id, q.from, q.to);
	if (total < 0) {
		page_error(r, 500, NULL);
		return;
	}
	layout_begin(r, "Buku Agenda Surat Keluar");
	html_printf(b,
	    "<h1>Buku Agenda Surat Keluar</h1><p>Surat yang ditandatangani"
	    " secara elektronik atas nama unit <strong>%s</strong> pada"
	    " bulan <strong>%s %d</strong>, urut tanggal.</p>",
	    q.unit_code, bulan[q.m - 1], q.y);
	if (q.bad)
		notice(r, "info",
		    "Bulan atau unit yang diminta tidak dikenal; yang"
		    " ditampilkan bulan atau unit bawaan.");
	if (!cetak) {
		html_lit(b,
		    "<form method=\"get\" action=\"/petugas/agenda\""
		    " class=\"filter tanpa-cetak\"><div class=\"isian\"><label"
		    " for=\"f-bulan\">Bulan</label><select id=\"f-bulan\""
		    " name=\"bulan\">");
		/* the 24 months up to this one */
		when_wib(r->now, &tm);
		now = (tm.tm_year + 1900) * 12 + tm.tm_mon;
		for (k = 0; k < 24; k++) {
			y = (now - k) / 12;
			m = (now - k) % 12 + 1;
			snprintf(bln, sizeof(bln), "%04d-%02d", y, m);
			html_printf(b, "<option value=\"%s\"%s>%s %d</option>",
			    bln, y == q.y && m == q.m ? " selected" : "",
			    bulan[m - 1], y);
		}
		html_lit(b, "</select></div>");
		if (strcmp(q.unit_code, r->user->unit_code) != 0)
			html_printf(b,
			    "<input type=\"hidden\" name=\"unit\""
			    " value=\"%s\">",
			    q.unit_code);
		html_lit(b,
		    "<button type=\"submit\">Tampilkan</button></form>");
	} else {
		html_lit(b, "<p class=\"meta\">Dicetak ");
		permohonan_time_write(b, r->now);
		html_lit(b,
		    ". <span class=\"tanpa-cetak\">Gunakan menu cetak"
		    " peramban (misalnya Ctrl+P).</span></p>");
	}
	html_printf(b, "<p class=\"ringkasan\"><strong>%I</strong> surat.</p>",
	    total);
	if (total == 0) {
		html_lit(b,
		    "<p class=\"kotak info\">Belum ada surat keluar pada"
		    " bulan ini.</p>");
		goto links;
	}
	html_lit(b,
	    "<div class=\"tabel-gulir kotak-masuk\" tabindex=\"0\""
	    " role=\"region\" aria-label=\"Buku agenda\"><table><caption"
	    " class=\"sr\">Buku agenda surat keluar</caption><thead><tr><th"
	    " scope=\"col\">Nomor surat</th><th scope=\"col\">Tanggal</th>"
	    "<th scope=\"col\">Perihal</th><th scope=\"col\">Kepada</th><th"
	    " scope=\"col\">Penanda tangan</th><th scope=\"col\">Status</th>"
	    "</tr></thead><tbody>");
	if (dokumen_sql_agenda(r->store, q.unit_id, q.from, q.to,
		cetak ? PRINT_MAX : PAGE_ROWS,
		cetak ? 0 : (q.halaman - 1) * PAGE_ROWS, agenda_html_row,
		r) != 0) {
		buf_reset(b);
		page_error(r, 500, NULL);
		return;
	}
	html_lit(b, "</tbody></table></div>");
	pages = (total + PAGE_ROWS - 1) / PAGE_ROWS;
	if (!cetak && pages > 1) {
		char extra[32];

		html_printf(b,
		    "<nav class=\"halaman tanpa-cetak\" aria-label=\"Halaman"
		    " daftar\"><p>Halaman %d dari %I.</p><p>",
		    q.halaman, pages);
		if (q.halaman > 1) {
			snprintf(extra, sizeof(extra), "halaman=%d",
			    q.halaman - 1);
			html_lit(b, "<a href=\"");
			agenda_href(r, "/petugas/agenda", &q, extra);
			html_lit(b, "\" rel=\"prev\">Halaman sebelumnya</a> ");
		}
		if (q.halaman < pages) {
			snprintf(extra, sizeof(extra), "halaman=%d",
			    q.halaman + 1);
			html_lit(b, "<a href=\"");
			agenda_href(r, "/petugas/agenda", &q, extra);
			html_lit(b, "\" rel=\"next\">Halaman berikutnya</a>");
		}
		html_lit(b, "</p></nav>");
	}
links:
	if (!cetak) {
		html_lit(b, "<p class=\"tanpa-cetak\"><a href=\"");
		agenda_href(r, "/petugas/agenda", &q, "cetak=1");
		html_lit(b, "\">Cetak buku agenda bulan ini</a> · <a href=\"");
		agenda_href(r, "/petugas/agenda.csv", &q, NULL);
		html_lit(b, "\">Unduh (CSV)</a> · <a href=\"");
		agenda_href(r, "/petugas/agenda.xlsx", &q, NULL);
		html_lit(b, "\">Unduh (Excel)</a></p>");
	}
	layout_end(r);
}

static int
agenda_csv_row(void *arg, const struct dokumen_agenda *g)
{
	struct buf *b = arg;
	char t[32];

	if (when_wib_format(t, sizeof(t), "%Y-%m-%d %H:%M",
		(time_t)g->signed_at) == 0)
		t[0] = '\0';
	csv_text(b, g->nomor_surat);
	csv_sep(b);
	csv_text(b, t);
	csv_sep(b);
	csv_text(b, g->judul);
	csv_sep(b);
	csv_text(b, g->kepada);
	csv_sep(b);
	csv_text(b, g->signer);
	csv_sep(b);
	csv_text(b, g->signer_position);
	csv_sep(b);
	csv_text(b, g->status);
	csv_sep(b);
	csv_text(b, g->kode);
	csv_eol(b);
	return 0;
}

void
page_agenda_csv(struct req *r)
{
	struct agenda_q q;

	if (agenda_read(r, &q) != 0)
		return;
	buf_adds(&r->out,
	    "nomor_surat,tanggal,perihal,kepada,penanda_tangan,jabatan,"
	    "status,kode_verifikasi\r\n");
	if (dokumen_sql_agenda(r->store, q.unit_id, q.from, q.to, 100000, 0,
		agenda_csv_row, &r->out) != 0) {
		buf_reset(&r->out);
		page_error(r, 500, NULL);
		return;
	}
	r->status = 200;
	r->out_type = "text/csv; charset=utf-8";
	free(r->disposition);
	r->disposition = xasprintf(
	    "attachment; filename=\"agenda-%04d-%02d.csv\"", q.y, q.m);
}

/* The spreadsheet being written: its sheet, the next row, a date format. */
struct agenda_xlsx {
	lxw_worksheet *ws;
	lxw_format *bold;
	lxw_row_t row;
	int err;
};

static int
agenda_xlsx_row(void *arg, const struct dokumen_agenda *g)
{
	struct agenda_xlsx *x = arg;
	char t[32];
	lxw_row_t y = x->row++;

	if (when_wib_format(t, sizeof(t), "%Y-%m-%d %H:%M",
		(time_t)g->signed_at) == 0)
		t[0] = '\0';
	x->err |= worksheet_write_number(x->ws, y, 0, (double)y, NULL) !=
	    LXW_NO_ERROR;
	x->err |= worksheet_write_string(x->ws, y, 1, g->nomor_surat, NULL) !=
	    LXW_NO_ERROR;
	x->err |= worksheet_write_string(x->ws, y, 2, t, NULL) != LXW_NO_ERROR;
	x->err |=
	    worksheet_write_string(x->ws, y, 3, g->judul, NULL) != LXW_NO_ERROR;
	x->err |= worksheet_write_string(x->ws, y, 4, g->kepada, NULL) !=
	    LXW_NO_ERROR;
	x->err |= worksheet_write_string(x->ws, y, 5, g->signer, NULL) !=
	    LXW_NO_ERROR;
	x->err |= worksheet_write_string(x->ws, y, 6, g->signer_position,
		      NULL) != LXW_NO_ERROR;
	x->err |= worksheet_write_string(x->ws, y, 7,
		      verif_status_label(g->status), NULL) != LXW_NO_ERROR;
	x->err |=
	    worksheet_write_string(x->ws, y, 8, g->kode, NULL) != LXW_NO_ERROR;
	return x->err;
}

void
page_agenda_xlsx(struct req *r)
{
	static const char *const head[] = { "No.", "Nomor surat", "Tanggal",
		"Perihal", "Kepada", "Penanda tangan", "Jabatan", "Status",
		"Kode verifikasi" };
	lxw_workbook_options opt = { 0 };
	struct agenda_xlsx x;
	struct agenda_q q;
	lxw_workbook *wb;
	char tok[TOKEN_LEN + 1], *path, sheet[32];
	int i, rc;

	if (agenda_read(r, &q) != 0)
		return;
	token_random(tok);
	path = xasprintf("%s/agenda-%s.xlsx", r->app->data_dir, tok);
	opt.tmpdir = (char *)r->app->data_dir;
	if ((wb = workbook_new_opt(path, &opt)) == NULL) {
		free(path);
		page_error(r, 500, NULL);
		return;
	}
	memset(&x, 0, sizeof(x));
	snprintf(sheet, sizeof(sheet), "%s %d", bulan[q.m - 1], q.y);
	x.ws = workbook_add_worksheet(wb, sheet);
	x.bold = workbook_add_format(wb);
	format_set_bold(x.bold);
	for (i = 0; i < 9; i++)
		worksheet_write_string(x.ws, 0, (lxw_col_t)i, head[i], x.bold);
	worksheet_set_column(x.ws, 1, 1, 30, NULL);
	worksheet_set_column(x.ws, 2, 2, 17, NULL);
	worksheet_set_column(x.ws, 3, 7, 28, NULL);
	x.row = 1;
	rc = dokumen_sql_agenda(r->store, q.unit_id, q.from, q.to, 100000, 0,
	    agenda_xlsx_row, &x);
	if (workbook_close(wb) != LXW_NO_ERROR || rc != 0 || x.err ||
	    buf_read_file(&r->out, path, 64u * 1024 * 1024) != 0) {
		unlink(path);
		free(path);
		buf_reset(&r->out);
		page_error(r, 500, NULL);
		return;
	}
	unlink(path);
	free(path);
	r->status = 200;
	r->out_type = "application/"
		      "vnd.openxmlformats-officedocument.spreadsheetml.sheet";
	free(r->disposition);
	r->disposition = xasprintf(
	    "attachment; filename=\"agenda-%04d-%02d.xlsx\"", q.y, q.m);
}
