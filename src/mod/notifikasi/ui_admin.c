/*
 * ui_admin.c: /admin/notifikasi for the superadmin (issue 15): each
 * channel's state from DATA/kanal.conf (never its secrets), the queue,
 * the failures with the provider's reason and a resend button (POST
 * /admin/notifikasi/{id}/ulang, audited), messages per channel per WIB
 * day for the last 14 days.  Recipients are shown masked.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "http/layout.h"
#include "http/pages.h"
#include "lib/msg.h"
#include "lib/when.h"
#include "kanal.h"
#include "kirim.h"
#include "sql.h"
#include "ui.h"

#define ADMIN_DAYS 14
#define ADMIN_FAILURES 50

/* "08***7890", "a***@example.org": enough to recognise, not to copy. */
static void
mask(char *out, size_t n, const char *s)
{
	const char *at = strchr(s, '@');
	size_t len = strlen(s);

	if (at != NULL)
		snprintf(out, n, "%.1s***%s", s, at);
	else if (len > 6)
		snprintf(out, n, "%.2s***%s", s, s + len - 4);
	else
		snprintf(out, n, "***");
}

static void
when(struct buf *b, int64_t t)
{
	char s[32];

	when_wib_format(s, sizeof(s), "%Y-%m-%d %H:%M", (time_t)t);
	html_printf(b, "%s WIB", s);
}

static void
queue_line(void *arg, const char *channel, const char *state, int64_t n,
    int64_t oldest)
{
	struct req *r = arg;

	html_printf(&r->out, "<tr><td>%s</td><td>%s</td><td>%I</td><td>",
	    channel, state, n);
	when(&r->out, oldest);
	html_lit(&r->out, "</td></tr>");
}

static void
failure_line(void *arg, int64_t id, const char *channel, const char *to,
    int64_t attempts, const char *reason, int64_t at)
{
	struct req *r = arg;
	char m[300];

	mask(m, sizeof(m), to);
	html_printf(&r->out,
	    "<tr><td>%I</td><td>%s</td><td>%s</td><td>%I</td><td>%s</td><td>",
	    id, channel, m, attempts, reason);
	when(&r->out, at);
	html_printf(&r->out,
	    "</td><td><form method=\"post\""
	    " action=\"/admin/notifikasi/%I/ulang\">",
	    id);
	form_csrf(r);
	html_lit(&r->out,
	    "<button type=\"submit\" class=\"kedua\">Kirim ulang</button>"
	    "</form></td></tr>");
}

static void
count_line(void *arg, const char *day, const char *channel, const char *state,
    int64_t n)
{
	struct req *r = arg;

	html_printf(&r->out,
	    "<tr><td>%s</td><td>%s</td><td>%s</td><td>%I</td></tr>", day,
	    channel, state, n);
}

static void
channels(struct req *r)
{
	struct kanal_conf c;
	int k, broken = kanal_read(r->app->data_dir, &c) != 0;

	html_lit(&r->out,
	    "<h2>Saluran</h2><table><thead><tr><th>Saluran</th><th>Keadaan"
	    "</th><th>Batas per menit</th></tr></thead><tbody>");
	for (k = 0; k < KANAL_N; k++)
		html_printf(&r->out,
		    "<tr><td>%s</td><td>%s%s</td><td>%d</td></tr>",
		    kanal_name(k),
		    c.keadaan[k] == KANAL_AKTIF	     ? "aktif"
			: c.keadaan[k] == KANAL_MATI ? "mati (tanpa URL)"
						     : "salah: ",
		    c.keadaan[k] == KANAL_SALAH ? c.alasan[k] : "",
		    c.per_menit[k]);
	html_lit(&r->out, "</tbody></table>");
	if (broken)
		notice(r, "galat", c.galat);
}

void
page_admin_notifikasi(struct req *r)
{
	struct buf *b = &r->out;
	const char *ok = req_param(r, "ulang");

	layout_begin(r, "Notifikasi keluar");
	html_lit(b,
	    "<h1>Notifikasi keluar</h1><p><a"
	    " href=\"/admin/notifikasi/templat\">Templat pesan per peristiwa"
	    " dan saluran</a></p>");
	if (ok != NULL)
		notice(r, "sukses", msg(M_ADMIN_ULANG));
	channels(r);
	html_lit(b,
	    "<h2>Antrean</h2><table><thead><tr><th>Saluran</th><th>Status"
	    "</th><th>Jumlah</th><th>Tertua</th></tr></thead><tbody>");
	if (admin_sql_queue(r->store, queue_line, r) != 0)
		goto fail;
	html_lit(b,
	    "</tbody></table><h2>Gagal</h2><table><thead><tr><th>No.</th>"
	    "<th>Saluran</th><th>Penerima</th><th>Percobaan</th><th>Alasan"
	    "</th><th>Dibuat</th><th></th></tr></thead><tbody>");
	if (admin_sql_failures(r->store, ADMIN_FAILURES, failure_line, r) != 0)
		goto fail;
	html_printf(b,
	    "</tbody></table><h2>Jumlah per hari (%d hari terakhir)</h2>"
	    "<table><thead><tr><th>Tanggal</th><th>Saluran</th><th>Status</th>"
	    "<th>Jumlah</th></tr></thead><tbody>",
	    ADMIN_DAYS);
	if (admin_sql_counts(r->store, (int64_t)r->now - ADMIN_DAYS * 86400,
		count_line, r) != 0)
		goto fail;
	html_lit(b, "</tbody></table>");
	layout_end(r);
	return;
fail:
	buf_reset(b);
	page_error(r, 500, NULL);
}

void
page_admin_notifikasi_ulang(struct req *r)
{
	char *end;
	long long id = strtoll(r->captures[0] ? r->captures[0] : "", &end, 10);
	int rc;

	if (r->captures[0] == NULL || *r->captures[0] == '\0' || *end != '\0' ||
	    id <= 0) {
		page_error(r, 404, NULL);
		return;
	}
	rc = kirim_resend(r->store, (int64_t)id, r->who.id,
	    r->addr ? r->addr : "", r->now);
	if (rc < 0) {
		page_error(r, 500, msg(M_SAVE_FAILED));
		return;
	}
	if (rc == 0) {
		page_error(r, 409, msg(M_ADMIN_BUKAN_GAGAL));
		return;
	}
	req_redirect(r, "/admin/notifikasi?ulang=1");
}
