/*
 * ui_loket.c: the counter officer's pages.  GET /antrian/loket lists the
 * counters the officer may work at; GET /antrian/loket/{lokasi}/{nomor}
 * shows the counter (paused or open, the ticket called or in service,
 * how many wait) with one form per action; POST there does the action
 * named by "aksi" (panggil, ulang, mulai, selesai, tidak_hadir, batal,
 * alih with ke_loket, kait with permohonan, jeda with alasan, buka) and
 * answers 303 back, or
 * the page again with the refusal (409/422/403).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/msg.h"
#include "lib/xalloc.h"
#include "http/layout.h"
#include "http/pages.h"
#include "mod/akun/account.h"
#include "antrian.h"
#include "ui.h"

static void
milik_row(void *arg, const struct antrian_loket *l)
{
	struct req *r = arg;

	html_printf(&r->out,
	    "<li><a href=\"/antrian/loket/%U/%d\">%s – Loket %d (%s)</a></li>",
	    l->lokasi_kode, l->nomor, l->lokasi_kode, l->nomor, l->nama);
}

void
page_antrian_loket_list(struct req *r)
{
	size_t before;

	r->personal = 1;
	layout_begin(r, msg(M_ANTRIAN_LOKET_JUDUL));
	html_printf(&r->out, "<h1>%s</h1><ul>", msg(M_ANTRIAN_LOKET_JUDUL));
	before = r->out.len;
	if (antrian_loket_milik(r->store, r->user, milik_row, r) != 0)
		notice(r, "galat", msg(M_ANTRIAN_E_STORE));
	if (r->out.len == before)
		html_printf(&r->out, "<li>%s</li>",
		    msg(M_ANTRIAN_TIDAK_ADA_LOKET));
	html_lit(&r->out, "</ul>");
	layout_end(r);
}

/* One action button as its own form. */
static void
tombol(struct req *r, const char *base, const char *aksi, const char *nomor,
    const char *label)
{
	html_printf(&r->out,
	    "<form method=\"post\" action=\"%s\" class=\"antrian-aksi\">",
	    base);
	form_csrf(r);
	html_printf(&r->out,
	    "<input type=\"hidden\" name=\"aksi\" value=\"%s\">"
	    "<input type=\"hidden\" name=\"nomor\" value=\"%s\">"
	    "<button type=\"submit\" class=\"antrian-tombol\">%s</button>"
	    "</form>",
	    aksi, nomor != NULL ? nomor : "", label);
}

/* The counter of the path: 0, or an error page written. */
static int
loket_of_path(struct req *r, struct antrian_lokasi *lok,
    struct antrian_loket *l, int *nomor)
{
	char *end;
	long n;
	int rc;

	n = strtol(r->captures[1], &end, 10);
	*nomor = (int)n;
	if ((rc = antrian_lokasi_get(r->store, r->captures[0], lok)) != 0 ||
	    *end != '\0' || n < 1 || n > 999 ||
	    (rc = antrian_loket_get(r->store, lok->id, (int)n, l)) != 0) {
		page_error(r, rc < 0 ? 500 : 404, msg(M_ANTRIAN_E_LOKET));
		return -1;
	}
	if (!antrian_may_serve(r->store, r->user, l)) {
		page_error(r, 403, msg(M_ANTRIAN_E_WEWENANG));
		return -1;
	}
	return 0;
}

/* The counter page, with a notice (kind, text) when text is not NULL. */
static void
loket_page(struct req *r, const char *kind, const char *text)
{
	struct antrian_lokasi lok;
	struct antrian_loket l;
	struct antrian_tiket t;
	char tanggal[11], title[64], *base;
	int nomor, rc, n;

	if (loket_of_path(r, &lok, &l, &nomor) != 0)
		return;
	r->personal = 1;
	antrian_tanggal(r->now, tanggal);
	base = xasprintf("/antrian/loket/%s/%d", lok.kode, l.nomor);
	snprintf(title, sizeof(title), "Loket %d – %s", l.nomor, lok.kode);
	if (r->status == 0)
		r->status = 200;
	layout_begin(r, title);
	html_printf(&r->out, "<h1>%s</h1><p>%s · %s</p>", title, l.nama,
	    l.instansi);
	if (text != NULL)
		notice(r, kind, text);
	n = antrian_menunggu(r->store, lok.id, 0, tanggal);
	html_printf(&r->out,
	    "<p>Menunggu di lokasi ini: <strong>%d</strong>"
	    " orang.</p>",
	    n < 0 ? 0 : n);
	if (l.jeda[0] != '\0') {
		html_printf(&r->out,
		    "<p class=\"notice galat\">Loket dijeda: %s</p>", l.jeda);
		tombol(r, base, "buka", NULL, "Buka kembali loket");
		goto end;
	}
	rc = antrian_loket_tiket(r->store, l.id, tanggal, &t);
	if (rc == 0) {
		html_printf(&r->out,
		    "<h2>Tiket <strong>%s</strong> – %s</h2><p>Status: %s;"
		    " dipanggil %d kali.</p>",
		    t.nomor, t.layanan_nama, t.status, t.panggil_n);
		if (t.permohonan_id)
			html_printf(&r->out,
			    "<p>Permohonan: <a href=\"/petugas/permohonan/%U\">"
			    "<strong>%s</strong></a> (buka berkasnya)</p>",
			    t.permohonan_nomor, t.permohonan_nomor);
		if (strcmp(t.status, "dipanggil") == 0) {
			tombol(r, base, "ulang", t.nomor, "Panggil ulang");
			tombol(r, base, "mulai", t.nomor, "Mulai layani");
			tombol(r, base, "tidak_hadir", t.nomor, "Tidak hadir");
		} else {
			tombol(r, base, "selesai", t.nomor, "Selesai");
		}
		html_printf(&r->out,
		    "<form method=\"post\" action=\"%s\" class=\"antrian-aksi\">",
		    base);
		form_csrf(r);
		html_printf(&r->out,
		    "<input type=\"hidden\" name=\"aksi\" value=\"alih\">"
		    "<input type=\"hidden\" name=\"nomor\" value=\"%s\">",
		    t.nomor);
		form_field(r, "ke_loket", "Alihkan ke loket nomor", "number",
		    "", NULL,
		    "Tiket kembali menunggu di loket tujuan"
		    " tanpa kehilangan urutannya.");
		html_lit(&r->out,
		    "<button type=\"submit\" class=\"antrian-"
		    "tombol\">Alihkan</button></form>");
		html_printf(&r->out,
		    "<form method=\"post\" action=\"%s\" class=\"antrian-aksi\">",
		    base);
		form_csrf(r);
		html_printf(&r->out,
		    "<input type=\"hidden\" name=\"aksi\" value=\"kait\">"
		    "<input type=\"hidden\" name=\"nomor\" value=\"%s\">",
		    t.nomor);
		form_field(r, "permohonan",
		    t.permohonan_id ? "Ganti nomor permohonan"
				    : "Kaitkan dengan nomor permohonan",
		    "text", "", NULL,
		    "Permohonan layanan yang sama, misalnya yang baru didaftarkan"
		    " untuk warga yang datang langsung.");
		html_lit(&r->out,
		    "<button type=\"submit\" class=\"antrian-"
		    "tombol\">Kaitkan</button></form>");
	} else {
		tombol(r, base, "panggil", NULL, "Panggil berikutnya");
		html_printf(&r->out,
		    "<form method=\"post\" action=\"%s\" class=\"antrian-aksi\">",
		    base);
		form_csrf(r);
		html_lit(&r->out,
		    "<input type=\"hidden\" name=\"aksi\" value=\"jeda\">");
		form_field(r, "alasan", "Alasan jeda", "text", "", NULL,
		    "Misalnya istirahat, salat, atau gangguan jaringan.");
		html_lit(&r->out,
		    "<button type=\"submit\" class=\"antrian-"
		    "tombol\">Jeda loket</button></form>");
	}
end:
	html_printf(&r->out,
	    "<p><a href=\"/antrian/layar/%U\">Lihat layar antrean</a></p>",
	    lok.kode);
	free(base);
	layout_end(r);
}

void
page_antrian_loket(struct req *r)
{
	loket_page(r, "sukses",
	    req_param(r, "ok") != NULL ? msg(M_ANTRIAN_SIMPAN_OK) : NULL);
}

void
page_antrian_loket_aksi(struct req *r)
{
	struct antrian_lokasi lok;
	struct antrian_loket l;
	struct antrian_tiket t;
	const char *aksi = req_str(r, "aksi"), *ke = req_str(r, "ke_loket");
	enum antrian_err e;
	char *to;
	int nomor, ke_loket = 0;

	if (loket_of_path(r, &lok, &l, &nomor) != 0)
		return;
	if (*ke != '\0' && (strlen(ke) > 3 || (ke_loket = atoi(ke)) < 1))
		ke_loket = -1;
	if (strcmp(aksi, "panggil") == 0)
		e = antrian_panggil(r->store, r->user, r->addr, lok.kode, nomor,
		    r->now, &t);
	else if (strcmp(aksi, "jeda") == 0 || strcmp(aksi, "buka") == 0)
		e = *aksi == 'j' && *req_str(r, "alasan") == '\0'
		    ? ANTRIAN_E_INPUT
		    : antrian_jeda(r->store, r->user, r->addr, lok.kode, nomor,
			  *aksi == 'j' ? req_str(r, "alasan") : "", r->now);
	else if (strcmp(aksi, "kait") == 0)
		e = antrian_kait(r->store, r->user, r->addr, lok.kode, nomor,
		    req_str(r, "nomor"), req_str(r, "permohonan"), r->now, &t);
	else if (antrian_aksi_parse(aksi) == 0 || ke_loket < 0)
		e = ANTRIAN_E_INPUT;
	else
		e = antrian_act(r->store, r->user, r->addr, lok.kode, nomor,
		    req_str(r, "nomor"), antrian_aksi_parse(aksi), ke_loket,
		    NULL, r->now, &t);
	if (e == ANTRIAN_OK) {
		to = xasprintf("/antrian/loket/%s/%d?ok=1", lok.kode, nomor);
		req_redirect(r, to);
		free(to);
		return;
	}
	if (e == ANTRIAN_E_INPUT && strcmp(aksi, "jeda") == 0) {
		r->status = 422;
		loket_page(r, "galat", msg(M_ANTRIAN_JEDA_ALASAN));
		return;
	}
	r->status = antrian_err_status(e);
	loket_page(r, "galat", antrian_err_pesan(e));
}
