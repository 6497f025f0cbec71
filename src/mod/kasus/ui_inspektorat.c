/*
 * inspektorat.c: the Inspektorat's cases (GET /inspektorat, GET
 * /inspektorat/kasus/{nomor}, POST .../ambil, .../catatan, .../tutup).
 * Cases come from disputed data accesses, survey integrity answers,
 * complaint categories and missed deadlines (kasus_open()).  Only the
 * Inspektorat and superadmin see this, including reporters named in a
 * case's summary.
 */
#include <stdlib.h>
#include <string.h>

#include "kasus.h"
#include "lib/msg.h"
#include "lib/utf8.h"
#include "lib/xalloc.h"
#include "mod/permohonan/permohonan_html.h"
#include "http/layout.h"
#include "http/pages.h"
#include "ui.h"

#define KASUS_SHOWN 300

static const struct {
	const char *code;
	const char *label;
} sumber_labels[] = {
	{ "sengketa_akses", "Keberatan warga atas akses data" },
	{ "survei_integritas", "Survei kepuasan: ada permintaan imbalan" },
	{ "pengaduan", "Pengaduan (pungli/penyalahgunaan wewenang)" },
	{ "eskalasi", "Batas waktu terlewati" },
	{ "sampel_audit", "Sampel audit acak" },
	{ "lainnya", "Lainnya" },
};

static const char *
sumber_label(const char *code)
{
	size_t i;

	for (i = 0; i < sizeof(sumber_labels) / sizeof(sumber_labels[0]); i++)
		if (strcmp(sumber_labels[i].code, code) == 0)
			return sumber_labels[i].label;
	return code;
}

static const char *
status_label(const char *s)
{
	if (strcmp(s, "baru") == 0)
		return "Baru";
	if (strcmp(s, "diproses") == 0)
		return "Diproses";
	return "Selesai";
}

void
page_inspektorat(struct req *r)
{
	struct buf *b = &r->out;
	struct kasus_row *v;
	const char *st = req_str(r, "status");
	int n, i;

	if (st[0] != '\0' && strcmp(st, "baru") != 0 &&
	    strcmp(st, "diproses") != 0 && strcmp(st, "selesai") != 0)
		st = "";
	n = kasus_list(r->store, st, KASUS_SHOWN, &v);
	if (n < 0) {
		page_error(r, 500, NULL);
		return;
	}
	layout_begin(r, "Inspektorat: Kasus");
	html_printf(b, "<h1>Kasus Pengawasan</h1><p>%s</p>",
	    msg(M_KASUS_INTRO));
	html_lit(b,
	    "<form method=\"get\" action=\"/inspektorat\"><p><label"
	    " for=\"status\">Status</label><select id=\"status\""
	    " name=\"status\">");
	html_printf(b,
	    "<option value=\"\">Semua</option><option"
	    " value=\"baru\"%s>Baru</option><option value=\"diproses\"%s>"
	    "Diproses</option><option value=\"selesai\"%s>Selesai</option>",
	    strcmp(st, "baru") == 0 ? " selected" : "",
	    strcmp(st, "diproses") == 0 ? " selected" : "",
	    strcmp(st, "selesai") == 0 ? " selected" : "");
	html_lit(b,
	    "</select> <button type=\"submit\" class=\"kedua\">"
	    "Saring</button></p></form>");
	if (n == 0) {
		html_printf(b, "<p class=\"kotak info\">%s</p>",
		    msg(M_KASUS_EMPTY));
		goto out;
	}
	html_lit(b,
	    "<div class=\"tabel-gulir\"><table><caption>Daftar kasus"
	    "</caption><thead><tr><th scope=\"col\">Nomor</th><th"
	    " scope=\"col\">Dibuka</th><th scope=\"col\">Sumber</th><th"
	    " scope=\"col\">Perihal</th><th scope=\"col\">Unit</th><th"
	    " scope=\"col\">Status</th><th scope=\"col\">Pemeriksa</th>"
	    "</tr></thead><tbody>");
	for (i = 0; i < n; i++) {
		html_printf(b,
		    "<tr><td><a href=\"/inspektorat/kasus/%U\">%s"
		    "</a></td><td>",
		    v[i].nomor, v[i].nomor);
		permohonan_time_write(b, v[i].created_at);
		html_printf(b,
		    "</td><td>%s</td><td>%s</td><td>%s</td><td>%s"
		    "</td><td>%s</td></tr>",
		    sumber_label(v[i].sumber), v[i].judul,
		    v[i].unit[0] ? v[i].unit : "—", status_label(v[i].status),
		    v[i].petugas[0] ? v[i].petugas : "—");
	}
	html_lit(b, "</tbody></table></div>");
out:
	layout_end(r);
	free(v);
}

static void
action_form(struct req *r, const char *nomor, const char *what,
    const char *label, const char *field, const char *field_label, int rows)
{
	struct buf *b = &r->out;

	html_printf(b,
	    "<form method=\"post\" action=\"/inspektorat/kasus/%U/"
	    "%s\">",
	    nomor, what);
	form_csrf(r);
	if (field != NULL)
		html_printf(b,
		    "<p><label for=\"f-%s\">%s</label><textarea"
		    " id=\"f-%s\" name=\"%s\" rows=\"%d\" required></textarea>"
		    "</p>",
		    field, field_label, field, field, rows);
	html_printf(b, "<button type=\"submit\">%s</button></form>", label);
}

void
page_inspektorat_kasus(struct req *r)
{
	struct buf *b = &r->out;
	struct kasus_row k;
	struct kasus_note *notes;
	char *ringkasan, *temuan;
	const char *ok = req_param(r, "ok");
	int n, i;

	if (kasus_get(r->store, r->captures[0], &k, &ringkasan, &temuan, &notes,
		&n) != 0) {
		page_error(r, 404, msg(M_KASUS_NOT_FOUND));
		return;
	}
	layout_begin(r, k.nomor);
	html_printf(b,
	    "<p><a href=\"/inspektorat\">Kembali ke daftar kasus"
	    "</a></p><h1>Kasus %s</h1>",
	    k.nomor);
	if (ok != NULL)
		notice(r, "sukses", msg(M_KASUS_SAVED));
	html_printf(b,
	    "<dl class=\"ringkas\"><dt>Perihal</dt><dd>%s</dd>"
	    "<dt>Sumber</dt><dd>%s</dd><dt>Rujukan</dt><dd>%s %s</dd>"
	    "<dt>Unit</dt><dd>%s</dd><dt>Status</dt><dd>%s</dd>"
	    "<dt>Pemeriksa</dt><dd>%s</dd><dt>Dibuka</dt><dd>",
	    k.judul, sumber_label(k.sumber), k.ref_type, k.ref_id,
	    k.unit[0] ? k.unit : "—", status_label(k.status),
	    k.petugas[0] ? k.petugas : "—");
	permohonan_time_write(b, k.created_at);
	html_lit(b, "</dd></dl><h2>Ringkasan</h2>");
	html_printf(b, "<p class=\"pra\">%s</p>", ringkasan);
	html_lit(b, "<h2>Catatan pemeriksaan</h2>");
	if (n == 0)
		html_lit(b, "<p>Belum ada catatan.</p>");
	else {
		html_lit(b, "<ol class=\"riwayat\">");
		for (i = 0; i < n; i++) {
			html_lit(b, "<li><p class=\"waktu\">");
			permohonan_time_write(b, notes[i].at);
			html_printf(b, " — %s</p><p class=\"pra\">%s</p></li>",
			    notes[i].who, notes[i].text);
		}
		html_lit(b, "</ol>");
	}
	if (strcmp(k.status, "selesai") == 0) {
		html_printf(b,
		    "<h2>Temuan dan kesimpulan</h2><p"
		    " class=\"pra\">%s</p>",
		    temuan);
	} else {
		if (strcmp(k.status, "baru") == 0)
			action_form(r, k.nomor, "ambil", "Tangani kasus ini",
			    NULL, NULL, 0);
		html_lit(b, "<h2>Tambah catatan</h2>");
		action_form(r, k.nomor, "catatan", "Simpan catatan", "catatan",
		    "Catatan", 3);
		html_lit(b, "<h2>Tutup kasus</h2>");
		action_form(r, k.nomor, "tutup", "Tutup kasus", "temuan",
		    "Temuan dan kesimpulan", 5);
	}
	layout_end(r);
	free(ringkasan);
	free(temuan);
	free(notes);
}

/* Finish a POST: redirect back to the case, or an error page. */
static void
done(struct req *r, int rc)
{
	char *to;

	switch (rc) {
	case 0:
		to = xasprintf("/inspektorat/kasus/%s?ok=1", r->captures[0]);
		req_redirect(r, to);
		free(to);
		return;
	case -1:
		page_error(r, 404, msg(M_KASUS_NOT_FOUND));
		return;
	case -2:
		page_error(r, 409, msg(M_KASUS_CLOSED));
		return;
	default:
		page_error(r, 500, msg(M_SAVE_FAILED));
	}
}

void
page_inspektorat_take(struct req *r)
{
	done(r,
	    kasus_take(r->store, r->captures[0], r->user->id, r->addr, r->now));
}

void
page_inspektorat_note(struct req *r)
{
	const char *t = req_str(r, "catatan");

	if (text_check(t, 1, 2000, 1) != NULL) {
		page_error(r, 422, msg(M_KASUS_NOTE_BAD));
		return;
	}
	done(r,
	    kasus_add_note(r->store, r->captures[0], r->user->id, t, r->addr,
		r->now));
}

void
page_inspektorat_close(struct req *r)
{
	const char *t = req_str(r, "temuan");

	if (text_check(t, 10, 4000, 1) != NULL) {
		page_error(r, 422, msg(M_KASUS_TEMUAN_BAD));
		return;
	}
	done(r,
	    kasus_close(r->store, r->captures[0], r->user->id, t, r->addr,
		r->now));
}
