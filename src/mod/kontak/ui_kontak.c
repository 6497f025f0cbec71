/*
 * ui_kontak.c: a unit's contact pages.  GET/POST /admin/kontak/<kode
 * unit> (the editor; the superadmin or an admin of the unit) and
 * kontak_write(), the public block the service and region pages show.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mod/akun/account.h"
#include "lib/msg.h"
#include "lib/str.h"
#include "lib/when.h"
#include "lib/xalloc.h"
#include "http/layout.h"
#include "http/pages.h"
#include "mod/alur/workday.h"
#include "kontak.h"
#include "ui.h"

/* ---------------------------------------------------------------------- */
/* the public block                                                       */

/* "(0764) 20123" as "+6276420123" for a tel: link. */
static void
tel_target(const char *s, char *out, size_t n)
{
	size_t k = 0;
	const char *p;
	int intl = *s == '+';

	for (p = s; *p != '\0'; p++)
		if (*p >= '0' && *p <= '9')
			break;
	if (!intl && *p == '0') { /* national prefix 0 -> +62 */
		k = (size_t)snprintf(out, n, "+62");
		p++;
	} else if (n > 1) {
		out[k++] = '+';
	}
	for (; *p != '\0' && k + 1 < n; p++)
		if (*p >= '0' && *p <= '9')
			out[k++] = *p;
	out[k < n ? k : n - 1] = '\0';
}

/* A WhatsApp number as the digits wa.me wants: "62812...". */
static void
wa_target(const char *s, char *out, size_t n)
{
	tel_target(s, out, n);
	if (out[0] == '+')
		memmove(out, out + 1, strlen(out));
}

static int
same_day(const struct kontak_hari *a, const struct kontak_hari *b)
{
	int i;

	if (a->n != b->n)
		return 0;
	for (i = 0; i < a->n; i++)
		if (a->s[i].buka != b->s[i].buka ||
		    a->s[i].tutup != b->s[i].tutup)
			return 0;
	return 1;
}

static void
day_hours_write(struct buf *b, const struct kontak_hari *h)
{
	char x[6], y[6];
	int i;

	if (h->n == 0) {
		html_lit(b, "Tutup");
		return;
	}
	for (i = 0; i < h->n; i++) {
		kontak_time_format(h->s[i].buka, x);
		kontak_time_format(h->s[i].tutup, y);
		html_printf(b, "%s%s–%s", i ? " dan " : "", x, y);
	}
}

/* The week as a table, consecutive days with the same hours together. */
static void
week_write(struct buf *b, const struct kontak *k)
{
	int d, e;

	html_lit(b,
	    "<table class=\"jam-layanan\"><caption>Jam layanan (WIB)"
	    "</caption><thead><tr><th scope=\"col\">Hari</th>"
	    "<th scope=\"col\">Jam</th></tr></thead><tbody>");
	for (d = 0; d < KONTAK_DAYS; d = e + 1) {
		for (e = d; e + 1 < KONTAK_DAYS &&
		     same_day(&k->hari[d], &k->hari[e + 1]);
		     e++)
			;
		if (e == d)
			html_printf(b, "<tr><th scope=\"row\">%s</th><td>",
			    kontak_day_names[d]);
		else
			html_printf(b, "<tr><th scope=\"row\">%s–%s</th><td>",
			    kontak_day_names[d], kontak_day_names[e]);
		day_hours_write(b, &k->hari[d]);
		html_lit(b, "</td></tr>");
	}
	html_lit(b, "</tbody></table>");
}

/* Is today (WIB) a weekday holiday of the working-day calendar? */
static int
holiday_today(struct req *r)
{
	char date[11];
	struct tm tm;

	when_wib(r->now, &tm);
	if (tm.tm_wday == 0 || tm.tm_wday == 6)
		return 0; /* weekends: the unit's own hours decide */
	workday_date(r->now, date);
	return workday_is(r->store, date) == 0;
}

void
kontak_write(struct req *r, const char *unit_code, int hlevel)
{
	struct buf *b = &r->out;
	struct kontak k;
	char name[STR_CHARS(160)], today[256], target[32];
	int64_t id;

	if (unit_code == NULL || hlevel < 2 || hlevel > 5)
		return;
	if ((id = kontak_unit(r->store, unit_code, name, sizeof(name))) == 0 ||
	    kontak_get(r->store, id, &k) != 0)
		return;
	r->personal = 1; /* "Hari ini" changes with the clock */
	html_printf(b,
	    "<section class=\"kontak\" aria-labelledby=\"h-kontak\">"
	    "<h%d id=\"h-kontak\">Kontak dan Jam Layanan</h%d><p class="
	    "\"meta\">%s</p>",
	    hlevel, hlevel, name);
	if (k.demo)
		html_printf(b,
		    "<p class=\"meta\"><span class=\"lencana\">%s"
		    "</span></p>",
		    msg(M_KONTAK_DEMO));
	html_printf(b, "<dl class=\"kontak\"><dt>Alamat</dt><dd>%s</dd>",
	    k.alamat);
	tel_target(k.telepon, target, sizeof(target));
	html_printf(b, "<dt>Telepon</dt><dd><a href=\"tel:%s\">%s</a></dd>",
	    target, k.telepon);
	if (k.whatsapp[0] != '\0') {
		wa_target(k.whatsapp, target, sizeof(target));
		html_printf(b,
		    "<dt>WhatsApp</dt><dd><a href=\"https://wa.me/"
		    "%s\" rel=\"noopener\">%s</a></dd>",
		    target, k.whatsapp);
	}
	if (k.email[0] != '\0')
		html_printf(b,
		    "<dt>Surel</dt><dd><a href=\"mailto:%s\">%s"
		    "</a></dd>",
		    k.email, k.email);
	html_lit(b, "</dl>");
	kontak_today_text(&k, r->now, holiday_today(r), today, sizeof(today));
	html_printf(b, "<p class=\"hari-ini\"><strong>%s</strong></p>", today);
	week_write(b, &k);
	if (k.catatan[0] != '\0')
		html_printf(b, "<p class=\"meta\">%s</p>", k.catatan);
	if (r->user != NULL && user_has(r, ROLE_ADMINS) &&
	    account_may_admin(r->user, id))
		html_printf(b,
		    "<p><a href=\"/admin/kontak/%U\">Ubah kontak dan"
		    " jam layanan</a></p>",
		    unit_code);
	html_lit(b, "</section>");
}

/* ---------------------------------------------------------------------- */
/* GET /admin/kontak                                                      */

struct list_state {
	struct buf *b;
	char kind[16]; /* the group being written */
	int n;
};

static void
list_row(void *arg, const char *code, const char *name, const char *kind,
    int has, int demo)
{
	struct list_state *ls = arg;
	struct buf *b = ls->b;

	if (strcmp(ls->kind, kind) != 0) {
		if (ls->n > 0)
			html_lit(b, "</tbody></table></div>");
		snprintf(ls->kind, sizeof(ls->kind), "%s", kind);
		html_printf(b,
		    "<h2 id=\"k-%s\">%s</h2><div class=\"tabel-gulir\""
		    " tabindex=\"0\" role=\"region\" aria-labelledby=\"k-%s\">"
		    "<table aria-labelledby=\"k-%s\"><thead><tr><th scope=\"col\">"
		    "Kode</th><th scope=\"col\">Unit</th><th scope=\"col\">"
		    "Kontak</th></tr></thead><tbody>",
		    kind,
		    strcmp(kind, "opd") == 0 ? "Perangkat daerah (OPD)"
			: strcmp(kind, "kecamatan") == 0
			? "Kecamatan"
			: "Kampung dan kelurahan",
		    kind, kind);
	}
	html_printf(b,
	    "<tr><td>%s</td><td><a href=\"/admin/kontak/%U\">%s"
	    "</a></td><td>%s</td></tr>",
	    code, code, name,
	    !has       ? "Belum diisi"
		: demo ? "Data contoh (demo)"
		       : "Tercatat");
	ls->n++;
}

void
page_admin_kontak_list(struct req *r)
{
	struct list_state ls;
	struct buf *b = &r->out;
	size_t mark;

	memset(&ls, 0, sizeof(ls));
	ls.b = b;
	layout_begin(r, "Kontak Unit");
	html_printf(b,
	    "<nav aria-label=\"Remah roti\"><a href=\"/admin\">"
	    "Administrasi</a> › Kontak unit</nav><h1>Kontak dan Jam Layanan"
	    " Unit</h1><p>%s</p>",
	    msg(M_KONTAK_INTRO));
	mark = b->len;
	if (kontak_units(r->store, r->user, list_row, &ls) != 0) {
		buf_truncate(b, mark); /* drop a half-written table */
		b->s[mark] = '\0';
		notice(r, "galat", msg(M_SAVE_FAILED));
	} else if (ls.n > 0)
		html_lit(b, "</tbody></table></div>");
	else
		notice(r, "info", msg(M_KONTAK_NO_UNIT));
	layout_end(r);
}

/* ---------------------------------------------------------------------- */
/* GET/POST /admin/kontak/<kode unit>                                     */

/* The values the form shows: typed (in) or stored (k). */
struct form_values {
	const char *alamat, *telepon, *email, *whatsapp, *catatan;
	char jam[KONTAK_DAYS][4][16];
};

static void
values_from_kontak(struct form_values *v, const struct kontak *k)
{
	int d, i;

	memset(v, 0, sizeof(*v));
	v->alamat = k->alamat;
	v->telepon = k->telepon;
	v->email = k->email;
	v->whatsapp = k->whatsapp;
	v->catatan = k->catatan;
	for (d = 0; d < KONTAK_DAYS; d++)
		for (i = 0; i < k->hari[d].n; i++) {
			kontak_time_format(k->hari[d].s[i].buka,
			    v->jam[d][2 * i]);
			kontak_time_format(k->hari[d].s[i].tutup,
			    v->jam[d][2 * i + 1]);
		}
}

static const char *const jam_suffix[4] = { "buka1", "tutup1", "buka2",
	"tutup2" };
static const char *const jam_label[4] = { "sesi 1, jam buka",
	"sesi 1, jam tutup", "sesi 2, jam buka", "sesi 2, jam tutup" };

static void
hours_form(struct req *r, const struct form_values *v,
    const struct field_errs *fe)
{
	struct buf *b = &r->out;
	char field[24], id[40];
	const char *err;
	int d, i;

	html_lit(b,
	    "<fieldset><legend>Jam layanan (WIB)</legend><p class="
	    "\"petunjuk\" id=\"h-jam\">Tulis jam sebagai JJ.MM, misalnya 08.00."
	    " Kosongkan sesi yang tidak dipakai; kosongkan seluruh baris bila"
	    " kantor tutup.</p><div class=\"tabel-gulir\"><table><thead><tr>"
	    "<th scope=\"col\">Hari</th><th scope=\"col\">Sesi 1 buka</th>"
	    "<th scope=\"col\">Sesi 1 tutup</th><th scope=\"col\">Sesi 2 buka"
	    "</th><th scope=\"col\">Sesi 2 tutup</th></tr></thead><tbody>");
	for (d = 0; d < KONTAK_DAYS; d++) {
		snprintf(field, sizeof(field), "jam-%d", d + 1);
		err = field_err_get(fe, field);
		html_printf(b, "<tr%s><th scope=\"row\">%s",
		    err ? " class=\"salah\"" : "", kontak_day_names[d]);
		if (err != NULL)
			html_printf(b,
			    "<p class=\"pesan-galat\" id=\"e-jam-%d\">"
			    "%s</p>",
			    d + 1, err);
		html_lit(b, "</th>");
		for (i = 0; i < 4; i++) {
			/* the first one is the target of the error summary */
			snprintf(id, sizeof(id), "f-%s-%d",
			    i == 0 ? "jam" : jam_suffix[i], d + 1);
			html_printf(b,
			    "<td><input name=\"%s-%d\" id=\"%s\""
			    " type=\"text\" inputmode=\"decimal\" size=\"5\""
			    " maxlength=\"5\" placeholder=\"JJ.MM\" value=\"%s\""
			    " aria-label=\"%s, %s\" aria-describedby=\"h-jam%s",
			    jam_suffix[i], d + 1, id, v->jam[d][i],
			    kontak_day_names[d], jam_label[i], err ? " " : "");
			if (err != NULL)
				html_printf(b,
				    "e-jam-%d\" aria-invalid=\"true\"", d + 1);
			else
				html_lit(b, "\"");
			html_lit(b, "></td>");
		}
		html_lit(b, "</tr>");
	}
	html_lit(b, "</tbody></table></div></fieldset>");
}

static void
kontak_page(struct req *r, const char *code, const char *name, int exists,
    const struct form_values *v, const struct field_errs *fe)
{
	struct buf *b = &r->out;
	char *title;

	title = xasprintf("Kontak %s", name);
	layout_begin(r, title);
	free(title);
	html_printf(b,
	    "<nav aria-label=\"Remah roti\"><a href=\"/admin\">"
	    "Administrasi</a> › <a href=\"/admin/kontak\">Kontak unit</a> › %s</nav><h1>Kontak dan Jam"
	    " Layanan</h1><p class=\"meta\">%s · kode unit %s</p><p>%s</p>",
	    name, name, code, msg(M_KONTAK_INTRO));
	if (req_param(r, "disimpan") != NULL && (fe == NULL || fe->n == 0))
		notice(r, "sukses", msg(M_KONTAK_SAVED));
	if (!exists)
		notice(r, "info", msg(M_KONTAK_NONE_YET));
	form_errors(r, fe);
	html_printf(b,
	    "<form method=\"post\" action=\"/admin/kontak/%U\""
	    " class=\"formulir\" novalidate>",
	    code);
	form_csrf(r);
	form_field(r, "alamat", "Alamat kantor", "text", v->alamat, fe,
	    "Nama jalan, kampung/kelurahan, kecamatan, dan kode pos.");
	form_field(r, "telepon", "Telepon", "tel", v->telepon, fe,
	    "Misalnya (0764) 20123.");
	form_field(r, "email", "Surel (boleh kosong)", "email", v->email, fe,
	    NULL);
	form_field(r, "whatsapp", "WhatsApp (boleh kosong)", "tel", v->whatsapp,
	    fe, "Nomor seluler, misalnya 0812-3456-7890.");
	hours_form(r, v, fe);
	form_field(r, "catatan", "Catatan (boleh kosong)", "text", v->catatan,
	    fe, "Misalnya: Istirahat 12.00–13.00.");
	html_lit(b, "<button type=\"submit\">Simpan kontak</button></form>");
	layout_end(r);
}

/* The unit of the path, checked against the visitor; 0 when answered. */
static int64_t
unit_of(struct req *r, char *name, size_t namelen)
{
	int64_t id;

	id = kontak_unit(r->store, r->captures[0], name, namelen);
	if (id == 0) {
		page_error(r, 404, msg(M_KONTAK_UNIT_NOT_FOUND));
		return 0;
	}
	if (!account_may_admin(r->user, id)) {
		page_error(r, 403, msg(M_KONTAK_FORBIDDEN));
		return 0;
	}
	return id;
}

void
page_admin_kontak(struct req *r)
{
	struct form_values v;
	struct kontak k;
	char name[STR_CHARS(160)];
	int64_t id;
	int rc;

	if ((id = unit_of(r, name, sizeof(name))) == 0)
		return;
	if ((rc = kontak_get(r->store, id, &k)) < 0) {
		page_error(r, 500, NULL);
		return;
	}
	if (rc != 0)
		memset(&k, 0, sizeof(k));
	values_from_kontak(&v, &k);
	kontak_page(r, r->captures[0], name, rc == 0, &v, NULL);
}

void
page_admin_kontak_save(struct req *r)
{
	struct kontak_input in;
	struct field_errs fe;
	struct form_values v;
	struct kontak old;
	char name[STR_CHARS(160)], field[40], daymsg[KONTAK_DAYS][400], *to;
	int64_t id;
	int d, i, rc;

	if ((id = unit_of(r, name, sizeof(name))) == 0)
		return;
	memset(&in, 0, sizeof(in));
	memset(&v, 0, sizeof(v));
	in.alamat = v.alamat = req_str(r, "alamat");
	in.telepon = v.telepon = req_str(r, "telepon");
	in.email = v.email = req_str(r, "email");
	in.whatsapp = v.whatsapp = req_str(r, "whatsapp");
	in.catatan = v.catatan = req_str(r, "catatan");
	for (d = 0; d < KONTAK_DAYS; d++)
		for (i = 0; i < 4; i++) {
			snprintf(field, sizeof(field), "%s-%d", jam_suffix[i],
			    d + 1);
			in.jam[d][i] = req_str(r, field);
			snprintf(v.jam[d][i], sizeof(v.jam[d][i]), "%s",
			    in.jam[d][i]);
		}
	memset(&fe, 0, sizeof(fe));
	rc = kontak_save(r->store, r->user, id, &in, r->addr, r->now, &fe);
	switch (rc) {
	case 0:
		to = xasprintf("/admin/kontak/%s?disimpan=1", r->captures[0]);
		req_redirect(r, to);
		free(to);
		return;
	case -1:
		/* name the day in the hours' messages */
		for (i = 0; i < fe.n; i++)
			if (strncmp(fe.e[i].field, "jam-", 4) == 0 &&
			    (d = atoi(fe.e[i].field + 4) - 1) >= 0 &&
			    d < KONTAK_DAYS) {
				snprintf(daymsg[d], sizeof(daymsg[d]), "%s: %s",
				    kontak_day_names[d], fe.e[i].msg);
				fe.e[i].msg = daymsg[d];
			}
		r->status = 422;
		kontak_page(r, r->captures[0], name,
		    kontak_get(r->store, id, &old) == 0, &v, &fe);
		return;
	case -3:
		page_error(r, 403, msg(M_KONTAK_FORBIDDEN));
		return;
	default:
		page_error(r, 500, msg(M_SAVE_FAILED));
		return;
	}
}
