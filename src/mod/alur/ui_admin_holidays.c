/*
 * admin_holidays.c: the working-day calendar editor: GET /admin/libur
 * (holidays of a year), POST /admin/libur (add one) and
 * POST /admin/libur/<tanggal>/hapus (delete one).  Admins only.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "mod/akun/account.h"
#include "holiday.h"
#include "workday.h"
#include "lib/msg.h"
#include "lib/when.h"
#include "lib/xalloc.h"
#include "http/layout.h"
#include "http/pages.h"
#include "ui.h"

/* "2026-08-17" as "Senin, 17 Agustus 2026". */
static void
date_write(struct buf *b, const char *date)
{
	static const char *const days[] = { "Minggu", "Senin", "Selasa", "Rabu",
		"Kamis", "Jumat", "Sabtu" };
	struct tm tm;
	time_t t;
	int y, m, d;

	if (date_parse(date, &y, &m, &d) != 0) {
		html_printf(b, "%s", date);
		return;
	}
	memset(&tm, 0, sizeof(tm));
	tm.tm_year = y - 1900;
	tm.tm_mon = m - 1;
	tm.tm_mday = d;
	tm.tm_hour = 12;
	t = timegm(&tm);
	gmtime_r(&t, &tm);
	html_printf(b, "%s, %d %s %d", days[tm.tm_wday], d, when_bulan[m - 1],
	    y);
}

/* The year to show: ?tahun=, else the year of the date given, else now. */
static int
year_of(struct req *r, const char *date, int *bad)
{
	const char *p = req_param(r, "tahun");
	char today[11], *end;
	long y;
	int dy;

	*bad = 0;
	if (p != NULL && *p != '\0') {
		y = strtol(p, &end, 10);
		if (*end == '\0' && strlen(p) == 4 && y >= 2000 && y <= 2100)
			return (int)y;
		*bad = 1;
	}
	if (date != NULL && date_parse(date, &dy, NULL, NULL) == 0 &&
	    dy >= 2000 && dy <= 2100)
		return dy;
	workday_date(r->now, today);
	return atoi(today);
}

static void
kind_select(struct req *r, const char *value, const struct field_errs *fe)
{
	static const char *const kinds[] = { "libur_nasional", "cuti_bersama",
		"libur_daerah" };
	const char *err = field_err_get(fe, "jenis");
	struct buf *b = &r->out;
	size_t i;

	html_printf(b,
	    "<div class=\"isian%s\"><label for=\"f-jenis\">Jenis"
	    "</label>",
	    err ? " salah" : "");
	if (err != NULL)
		html_printf(b,
		    "<p class=\"pesan-galat\" id=\"e-jenis\">%s</p>"
		    "<select id=\"f-jenis\" name=\"jenis\" aria-describedby="
		    "\"e-jenis\" aria-invalid=\"true\">",
		    err);
	else
		html_lit(b, "<select id=\"f-jenis\" name=\"jenis\">");
	for (i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
		html_printf(b, "<option value=\"%s\"%s>%s</option>", kinds[i],
		    value != NULL && strcmp(value, kinds[i]) == 0 ? " selected"
								  : "",
		    holiday_kind_label(kinds[i]));
	html_lit(b, "</select></div>");
}

/* The whole page for year; v holds the add form's values (may be NULL). */
static void
holidays_page(struct req *r, int year, int bad_year, const struct holiday *v,
    const struct field_errs *fe)
{
	struct buf *b = &r->out;
	struct holiday *list, h;
	char text[600];
	size_t i, n;
	int editor = account_may_admin(r->user, 0);

	list = holiday_list(r->store, year, &n);
	if (list == NULL) {
		page_error(r, 500, NULL);
		return;
	}
	layout_begin(r, "Hari Libur dan Cuti Bersama");
	html_lit(b,
	    "<nav aria-label=\"Remah roti\"><a href=\"/admin\">"
	    "Administrasi</a> › Hari libur</nav>"
	    "<h1>Hari Libur dan Cuti Bersama</h1>"
	    "<p>Hari kerja adalah Senin sampai Jumat selain tanggal pada daftar"
	    " ini. Batas waktu tahap permohonan dan jangka waktu layanan"
	    " dihitung dalam hari kerja, menurut Waktu Indonesia Barat.</p>");
	if (bad_year)
		notice(r, "galat", msg(M_HOL_YEAR_BAD));
	if (holiday_get(r->store, req_param(r, "ditambah"), &h) == 0)
		notice(r, "sukses", msg(M_HOL_ADDED));
	if (req_param(r, "dihapus") != NULL &&
	    date_parse(req_param(r, "dihapus"), NULL, NULL, NULL) == 0 &&
	    holiday_get(r->store, req_param(r, "dihapus"), &h) != 0)
		notice(r, "sukses", msg(M_HOL_DELETED));
	html_printf(b,
	    "<form method=\"get\" action=\"/admin/libur\""
	    " class=\"cari\"><label for=\"f-tahun\">Tahun</label>"
	    "<input id=\"f-tahun\" name=\"tahun\" type=\"number\" min=\"2000\""
	    " max=\"2100\" value=\"%d\"><button type=\"submit\">Tampilkan"
	    "</button></form><p><a href=\"/admin/libur?tahun=%d\">‹ Tahun %d"
	    "</a> · <a href=\"/admin/libur?tahun=%d\">Tahun %d ›</a></p>",
	    year, year - 1, year - 1, year + 1, year + 1);
	html_printf(b, "<h2 id=\"daftar\">Tahun %d (%z tanggal)</h2>", year, n);
	if (n == 0) {
		snprintf(text, sizeof(text), msg(M_HOL_EMPTY_YEAR), year);
		notice(r, "info", text);
	} else {
		html_lit(b,
		    "<div class=\"tabel-gulir\" tabindex=\"0\""
		    " role=\"region\" aria-labelledby=\"daftar\"><table"
		    " aria-labelledby=\"daftar\"><thead><tr>"
		    "<th scope=\"col\">Tanggal</th><th scope=\"col\">Nama</th>"
		    "<th scope=\"col\">Jenis</th><th scope=\"col\">Dasar</th>"
		    "<th scope=\"col\">Tindakan</th></tr></thead><tbody>");
		for (i = 0; i < n; i++) {
			html_lit(b, "<tr><td>");
			date_write(b, list[i].date);
			html_printf(b,
			    "</td><td>%s</td><td>%s</td><td>%s</td>"
			    "<td>",
			    list[i].name, holiday_kind_label(list[i].kind),
			    list[i].basis);
			if (!editor) {
				html_lit(b, "—</td></tr>");
				continue;
			}
			html_printf(b,
			    "<form method=\"post\" action=\""
			    "/admin/libur/%U/hapus\" class=\"sebaris\">",
			    list[i].date);
			form_csrf(r);
			html_printf(b,
			    "<button type=\"submit\" class=\"bahaya\""
			    " aria-label=\"Hapus hari libur %s (%s)\">Hapus"
			    "</button></form></td></tr>",
			    list[i].date, list[i].name);
		}
		html_lit(b, "</tbody></table></div>");
	}
	free(list);
	if (!editor) {
		html_lit(b,
		    "<p class=\"kotak info\">Kalender hari libur berlaku"
		    " untuk seluruh kabupaten (semua tenggat layanan dihitung"
		    " darinya) dan hanya diubah oleh superadmin.</p>");
		layout_end(r);
		return;
	}
	html_lit(b, "<h2 id=\"tambah\">Tambah hari libur</h2>");
	form_errors(r, fe);
	html_lit(b,
	    "<form method=\"post\" action=\"/admin/libur\""
	    " class=\"formulir\" novalidate aria-labelledby=\"tambah\">");
	form_csrf(r);
	form_field(r, "tanggal", "Tanggal", "date", v ? v->date : "", fe,
	    "Format TTTT-BB-HH, misalnya 2027-01-01.");
	form_field(r, "nama", "Nama hari libur", "text", v ? v->name : "", fe,
	    "Misalnya: Tahun Baru 2027 Masehi.");
	kind_select(r, v ? v->kind : "libur_nasional", fe);
	form_field(r, "dasar", "Dasar penetapan", "text", v ? v->basis : "", fe,
	    "Boleh kosong; misalnya nomor SKB atau keputusan bupati.");
	html_lit(b, "<button type=\"submit\">Tambahkan</button></form>");
	layout_end(r);
}

void
page_admin_holidays(struct req *r)
{
	int bad, year = year_of(r, NULL, &bad);

	holidays_page(r, year, bad, NULL, NULL);
}

void
page_admin_holiday_add(struct req *r)
{
	struct field_errs fe;
	struct holiday v;
	const char *date = req_str(r, "tanggal");
	char *loc;
	int bad, year;

	/* the calendar is regency-wide: every deadline counts on it */
	if (!account_may_admin(r->user, 0)) {
		page_error(r, 403, msg(M_ADMIN_NOT_OWNER));
		return;
	}
	memset(&fe, 0, sizeof(fe));
	if (holiday_add(r->store, date, req_str(r, "nama"), req_str(r, "jenis"),
		req_str(r, "dasar"), r->user, r->addr, &fe) != 0) {
		memset(&v, 0, sizeof(v));
		snprintf(v.date, sizeof(v.date), "%s", date);
		snprintf(v.name, sizeof(v.name), "%s", req_str(r, "nama"));
		snprintf(v.kind, sizeof(v.kind), "%s", req_str(r, "jenis"));
		snprintf(v.basis, sizeof(v.basis), "%s", req_str(r, "dasar"));
		year = year_of(r, date, &bad);
		r->status = 422;
		holidays_page(r, year, 0, &v, &fe);
		return;
	}
	loc =
	    xasprintf("/admin/libur?tahun=%.4s&ditambah=%s#daftar", date, date);
	req_redirect(r, loc);
	free(loc);
}

void
page_admin_holiday_delete(struct req *r)
{
	const char *date = r->captures[0];
	char *loc;

	if (!account_may_admin(r->user, 0)) {
		page_error(r, 403, msg(M_ADMIN_NOT_OWNER));
		return;
	}
	if (date == NULL || date_parse(date, NULL, NULL, NULL) != 0) {
		page_error(r, 404, msg(M_HOL_NOT_FOUND));
		return;
	}
	switch (holiday_delete(r->store, date, r->user, r->addr)) {
	case 0:
		break;
	case -1:
		page_error(r, 404, msg(M_HOL_NOT_FOUND));
		return;
	default:
		page_error(r, 500, msg(M_SAVE_FAILED));
		return;
	}
	loc =
	    xasprintf("/admin/libur?tahun=%.4s&dihapus=%s#daftar", date, date);
	req_redirect(r, loc);
	free(loc);
}
