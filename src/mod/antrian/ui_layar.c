/*
 * ui_layar.c: the hall display of a site (GET /antrian/layar/{lokasi}):
 * the ticket called at each counter and the last calls, complete
 * without JavaScript (a reload shows the current state); with it,
 * /aset/antrian-layar.js listens to the event stream
 * (GET /antrian/layar/{lokasi}/acara, text/event-stream) and reloads on
 * each call.  The stream sends the calls after Last-Event-ID (or
 * ?sejak=ID; without either, today's last calls), one event each, then
 * ends with "retry: 1000", so the browser reconnects a second later.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "lib/msg.h"
#include "lib/when.h"
#include "http/layout.h"
#include "http/pages.h"
#include "antrian.h"
#include "suara.h"
#include "ucap.h"
#include "ui.h"

#define LAYAR_TERAKHIR 10 /* last calls shown */

static void
loket_row(void *arg, const struct antrian_loket *l,
    const struct antrian_tiket *t)
{
	struct req *r = arg;

	html_printf(&r->out, "<tr><th scope=\"row\">Loket %d</th>", l->nomor);
	if (l->jeda[0] != '\0')
		html_printf(&r->out,
		    "<td class=\"nomor\">–</td><td>Jeda: %s</td>", l->jeda);
	else if (t != NULL)
		html_printf(&r->out,
		    "<td class=\"nomor\"><strong>%s</strong></td><td>%s%s</td>",
		    t->nomor, t->layanan_nama,
		    strcmp(t->status, "dilayani") == 0 ? " (sedang dilayani)"
						       : "");
	else
		html_printf(&r->out, "<td class=\"nomor\">–</td><td>%s</td>",
		    l->instansi);
	html_lit(&r->out, "</tr>");
}

/* The last calls, newest first: collected, then written in reverse. */
struct terakhir {
	struct antrian_panggilan p[LAYAR_TERAKHIR];
	int n;
};

static void
terakhir_add(void *arg, const struct antrian_panggilan *p)
{
	struct terakhir *t = arg;

	if (t->n < LAYAR_TERAKHIR)
		t->p[t->n++] = *p;
}

void
page_antrian_layar(struct req *r)
{
	struct antrian_lokasi lok;
	struct terakhir last;
	char tanggal[11], jam[8], title[STR_CHARS(200)];
	int rc, i;

	if ((rc = antrian_lokasi_get(r->store, r->captures[0], &lok)) != 0) {
		page_error(r, rc > 0 ? 404 : 500,
		    rc > 0 ? msg(M_ANTRIAN_E_LOKASI) : NULL);
		return;
	}
	r->personal = 1; /* changes with every call */
	antrian_tanggal(r->now, tanggal);
	snprintf(title, sizeof(title), "%s – %s", msg(M_ANTRIAN_LAYAR_JUDUL),
	    lok.nama);
	layout_begin(r, title);
	html_printf(&r->out,
	    "<h1>%s</h1><div id=\"layar\" class=\"antrian-layar\""
	    " data-acara=\"/antrian/layar/%U/acara\">"
	    "<table><caption>Nomor yang sedang dipanggil</caption><thead><tr>"
	    "<th scope=\"col\">Loket</th><th scope=\"col\">Nomor</th>"
	    "<th scope=\"col\">Layanan</th></tr></thead><tbody>",
	    lok.nama, lok.kode);
	if (antrian_loket_each(r->store, lok.id, tanggal, loket_row, r) != 0)
		notice(r, "galat", msg(M_ANTRIAN_E_STORE));
	html_lit(&r->out,
	    "</tbody></table><h2>Panggilan terakhir</h2>"
	    "<ol class=\"antrian-terakhir\" aria-live=\"polite\">");
	memset(&last, 0, sizeof(last));
	(void)antrian_panggilan_each(r->store, lok.id, -1, tanggal,
	    LAYAR_TERAKHIR, terakhir_add, &last);
	for (i = last.n - 1; i >= 0; i--) {
		when_wib_format(jam, sizeof(jam), "%H.%M", last.p[i].at);
		html_printf(&r->out,
		    "<li data-id=\"%I\"><strong>%s</strong> ke loket %d"
		    " <span class=\"meta\">%s WIB%s</span></li>",
		    last.p[i].id, last.p[i].nomor, last.p[i].loket_nomor, jam,
		    last.p[i].ulang ? ", panggilan ulang" : "");
	}
	if (last.n == 0)
		html_lit(&r->out, "<li>Belum ada panggilan hari ini.</li>");
	html_lit(&r->out,
	    "</ol><p class=\"meta\">Muat ulang halaman ini untuk melihat"
	    " keadaan terbaru bila layar tidak berubah sendiri.</p></div>"
	    "<script src=\"/aset/antrian-layar.js\" defer></script>");
	layout_end(r);
}

/* Write one call as an SSE event: id, event name, JSON data. */
static void
acara_add(void *arg, const struct antrian_panggilan *p)
{
	struct req *r = arg;
	char kalimat[256], id[24], suara[64];
	json_t *v;
	char *s;

	if (antrian_kalimat(p->nomor, p->loket_nomor, kalimat,
		sizeof(kalimat)) < 0)
		kalimat[0] = '\0';
	snprintf(suara, sizeof(suara), "/antrian/suara/%s/%d", p->nomor,
	    p->loket_nomor);
	v = json_pack("{s:I,s:s,s:i,s:b,s:s,s:s,s:s}", "id", (json_int_t)p->id,
	    "nomor", p->nomor, "loket", p->loket_nomor, "ulang", p->ulang,
	    "layanan", p->layanan_nama, "kalimat", kalimat, "suara", suara);
	s = v != NULL ? json_dumps(v, JSON_COMPACT | JSON_ENSURE_ASCII) : NULL;
	json_decref(v);
	if (s == NULL)
		return;
	snprintf(id, sizeof(id), "%lld", (long long)p->id);
	buf_adds(&r->out, "id: ");
	buf_adds(&r->out, id);
	buf_adds(&r->out, "\nevent: panggilan\ndata: ");
	buf_adds(&r->out, s); /* one line: JSON_COMPACT escapes newlines */
	buf_adds(&r->out, "\n\n");
	free(s);
}

/* A non-negative event id from s, or -1. */
static int64_t
event_id(const char *s)
{
	int64_t n = 0;
	size_t i;

	if (s == NULL || *s == '\0' || strlen(s) > 18)
		return -1;
	for (i = 0; s[i] != '\0'; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		n = n * 10 + (s[i] - '0');
	}
	return n;
}

void
page_antrian_acara(struct req *r)
{
	struct antrian_lokasi lok;
	char tanggal[11];
	int64_t sejak;
	int rc;

	if ((rc = antrian_lokasi_get(r->store, r->captures[0], &lok)) != 0) {
		page_error(r, rc > 0 ? 404 : 500,
		    rc > 0 ? msg(M_ANTRIAN_E_LOKASI) : NULL);
		return;
	}
	r->personal = 1;
	sejak = event_id(r->last_event_id);
	if (sejak < 0)
		sejak = event_id(req_param(r, "sejak"));
	antrian_tanggal(r->now, tanggal);
	buf_reset(&r->out);
	buf_adds(&r->out, "retry: 1000\n\n");
	if (antrian_panggilan_each(r->store, lok.id, sejak, tanggal, 100,
		acara_add, r) != 0) {
		page_error(r, 500, NULL);
		return;
	}
	r->status = 200;
	r->out_type = "text/event-stream; charset=utf-8";
}

/*
 * GET /antrian/suara/{nomor}/{loket}: the spoken call as audio/wav,
 * joined from the recorded words (suara.h), cached only for a call that
 * happened in the last 24 hours; 404 for a bad call, 503 when the words
 * are not recorded yet.
 */
void
page_antrian_suara(struct req *r)
{
	char *end;
	long loket = strtol(r->captures[1], &end, 10);
	int rc;

	if (*end != '\0' || loket < 1 || loket > 999) {
		page_error(r, 404, NULL);
		return;
	}
	buf_reset(&r->out);
	rc = antrian_suara(r->app->data_dir, r->captures[0], (int)loket,
	    antrian_dipanggil(r->store, r->captures[0], (int)loket, r->now) ==
		1,
	    &r->out);
	if (rc != 0) {
		buf_reset(&r->out);
		page_error(r, rc == 1 ? 404 : 503,
		    rc == 2 ? msg(M_ANTRIAN_SUARA_BELUM) : NULL);
		return;
	}
	r->status = 200;
	r->out_type = "audio/wav";
}
