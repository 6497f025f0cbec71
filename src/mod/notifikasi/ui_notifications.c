/*
 * notifications.c: in-app notifications of the signed-in account
 * (GET /notifikasi) and marking them all read (POST /notifikasi/baca).
 */
#include <stdlib.h>
#include <string.h>

#include "mod/permohonan/permohonan_query.h"
#include "lib/msg.h"
#include "mod/permohonan/permohonan_html.h"
#include "http/layout.h"
#include "http/pages.h"
#include "ui.h"

#define NOTIF_SHOWN 100

/* Only local links are followed, and staff open applications as staff. */
static void
notif_link(struct req *r, const char *link)
{
	struct buf *b = &r->out;

	if (link[0] != '/' || link[1] == '/' || link[1] == '\\')
		return;
	if (strncmp(link, "/permohonan/", 12) == 0 &&
	    !user_has(r, ROLE_WARGA) && user_has(r, ROLE_STAFF))
		html_printf(b, " <a href=\"/petugas%s\">Buka</a>", link);
	else
		html_printf(b, " <a href=\"%s\">Buka</a>", link);
}

void
page_notifications(struct req *r)
{
	struct buf *b = &r->out;
	struct permohonan_notif *v;
	int n, i, unread = 0;

	v = permohonan_notif_list(r->store, r->user->id, NOTIF_SHOWN, &n);
	if (v == NULL) {
		page_error(r, 500, NULL);
		return;
	}
	for (i = 0; i < n; i++)
		unread += v[i].unread;
	layout_begin(r, "Notifikasi");
	html_lit(b, "<h1>Notifikasi</h1>");
	if (req_param(r, "dibaca") != NULL)
		notice(r, "sukses", msg(M_NOTIF_READ_DONE));
	if (n == 0) {
		html_lit(b,
		    "<p class=\"kotak info\">Belum ada notifikasi."
		    "</p>");
		goto out;
	}
	if (unread > 0) {
		html_printf(b,
		    "<p>%d notifikasi belum dibaca.</p><form"
		    " method=\"post\" action=\"/notifikasi/baca\">",
		    unread);
		form_csrf(r);
		html_lit(b,
		    "<button type=\"submit\" class=\"kedua\">Tandai"
		    " semua sudah dibaca</button></form>");
	}
	html_lit(b, "<ul class=\"notifikasi\">");
	for (i = 0; i < n; i++) {
		html_printf(b, "<li class=\"%s\"><p class=\"waktu\">",
		    v[i].unread ? "baru" : "lama");
		permohonan_time_write(b, v[i].at);
		if (v[i].unread)
			html_lit(b, " <span class=\"lencana\">Baru</span>");
		html_printf(b, "</p><p>%s", v[i].text);
		notif_link(r, v[i].link);
		html_lit(b, "</p></li>");
	}
	html_lit(b, "</ul>");
	if (n == NOTIF_SHOWN)
		html_printf(b,
		    "<p class=\"meta\">%d notifikasi terbaru"
		    " ditampilkan.</p>",
		    NOTIF_SHOWN);
out:
	layout_end(r);
	free(v);
}

void
page_notifications_read(struct req *r)
{
	if (permohonan_notif_read_all(r->store, r->user->id, r->now) < 0) {
		page_error(r, 500, msg(M_SAVE_FAILED));
		return;
	}
	req_redirect(r, "/notifikasi?dibaca=1");
}
