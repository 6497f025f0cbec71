/*
 * ui_identitas.c: "Data kependudukan" (GET/POST /akun/identitas): the
 * signed-in citizen enters the data of their KTP/KK that a letter issued
 * to them prints in its identity block (issue 18).  The rules are in
 * identitas.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "account.h"
#include "lib/msg.h"
#include "http/layout.h"
#include "http/pages.h"
#include "ui.h"

/* A select of choices (values are their labels); "" is "— Pilih —". */
static void
pilih(struct req *r, const char *name, const char *label,
    const char *const *values, const char *const *labels, const char *cur,
    const struct field_errs *fe)
{
	const char *err = field_err_get(fe, name);
	int i;

	html_printf(&r->out,
	    "<div class=\"isian%s\"><label for=\"f-%s\">%s</label>",
	    err ? " salah" : "", name, label);
	if (err != NULL)
		html_printf(&r->out,
		    "<p class=\"pesan-galat\" id=\"e-%s\">%s</p>", name, err);
	html_printf(&r->out, "<select id=\"f-%s\" name=\"%s\"%s>", name, name,
	    err ? " aria-invalid=\"true\"" : "");
	html_printf(&r->out, "<option value=\"\"%s>— Pilih —</option>",
	    *cur == '\0' ? " selected" : "");
	for (i = 0; values[i] != NULL; i++)
		html_printf(&r->out, "<option value=\"%s\"%s>%s</option>",
		    values[i], strcmp(cur, values[i]) == 0 ? " selected" : "",
		    labels ? labels[i] : values[i]);
	html_lit(&r->out, "</select></div>");
}

/* The form with v's values, or the request's after a refusal (fe). */
static void
identitas_page(struct req *r, const struct identitas *v,
    const struct field_errs *fe)
{
	static const char *const jk[] = { "L", "P", NULL };
	static const char *const jk_label[] = { "Laki-laki", "Perempuan",
		NULL };
	static const char *const wn[] = { "WNI", "WNA", NULL };
	static const char *const wn_label[] = { "Warga Negara Indonesia (WNI)",
		"Warga Negara Asing (WNA)", NULL };
	char rt[16] = "", rw[16] = "";

#define NILAI(f) (fe ? req_str(r, #f) : v->f)
	if (v->rt >= 0)
		snprintf(rt, sizeof(rt), "%03d", v->rt);
	if (v->rw >= 0)
		snprintf(rw, sizeof(rw), "%03d", v->rw);
	layout_begin(r, "Data Kependudukan");
	html_lit(&r->out,
	    "<nav aria-label=\"Remah roti\"><a href=\"/akun\">Akun Saya</a> ›"
	    " Data kependudukan</nav><h1>Data Kependudukan</h1><p>Isi sesuai"
	    " KTP-el dan Kartu Keluarga Anda. Data ini dicetak pada surat"
	    " keterangan yang terbit untuk Anda (misalnya tempat dan tanggal"
	    " lahir, agama, pekerjaan, alamat), bila formulir permohonan tidak"
	    " memintanya. Petugas tetap memeriksa dokumen Anda. Semua isian"
	    " boleh dikosongkan; yang kosong tercetak \"-\".</p>");
	if (req_param(r, "disimpan") != NULL && fe == NULL)
		notice(r, "sukses", msg(M_IDT_DISIMPAN));
	form_errors(r, fe);
	html_lit(&r->out,
	    "<form method=\"post\" action=\"/akun/identitas\""
	    " class=\"formulir\" novalidate>");
	form_csrf(r);
	form_field(r, "tempat_lahir", "Tempat lahir", "text",
	    NILAI(tempat_lahir), fe, NULL);
	form_field(r, "tanggal_lahir", "Tanggal lahir", "date",
	    NILAI(tanggal_lahir), fe, NULL);
	pilih(r, "jenis_kelamin", "Jenis kelamin", jk, jk_label,
	    NILAI(jenis_kelamin), fe);
	pilih(r, "agama", "Agama", identitas_agama, NULL, NILAI(agama), fe);
	form_field(r, "pekerjaan", "Pekerjaan", "text", NILAI(pekerjaan), fe,
	    "Seperti tertulis pada KTP-el, misalnya Wiraswasta.");
	pilih(r, "status_perkawinan", "Status perkawinan", identitas_perkawinan,
	    NULL, NILAI(status_perkawinan), fe);
	pilih(r, "kewarganegaraan", "Kewarganegaraan", wn, wn_label,
	    NILAI(kewarganegaraan), fe);
	form_field(r, "alamat", "Alamat (jalan dan nomor rumah)", "text",
	    NILAI(alamat), fe,
	    "Kampung dan kecamatan diambil dari permohonan.");
	form_field(r, "rt", "RT", "numeric", fe ? req_str(r, "rt") : rt, fe,
	    NULL);
	form_field(r, "rw", "RW", "numeric", fe ? req_str(r, "rw") : rw, fe,
	    NULL);
#undef NILAI
	html_lit(&r->out,
	    "<button type=\"submit\">Simpan data kependudukan</button>"
	    "</form>");
	layout_end(r);
}

void
page_account_identitas(struct req *r)
{
	struct identitas v;

	if (identitas_get(r->store, r->user->id, &v) < 0) {
		page_error(r, 500, NULL);
		return;
	}
	r->personal = 1;
	identitas_page(r, &v, NULL);
}

void
page_account_identitas_post(struct req *r)
{
	struct identitas_isian in = {
		.tempat_lahir = req_str(r, "tempat_lahir"),
		.tanggal_lahir = req_str(r, "tanggal_lahir"),
		.jenis_kelamin = req_str(r, "jenis_kelamin"),
		.agama = req_str(r, "agama"),
		.pekerjaan = req_str(r, "pekerjaan"),
		.status_perkawinan = req_str(r, "status_perkawinan"),
		.kewarganegaraan = req_str(r, "kewarganegaraan"),
		.alamat = req_str(r, "alamat"),
		.rt = req_str(r, "rt"),
		.rw = req_str(r, "rw"),
	};
	struct field_errs fe;
	struct identitas v;

	memset(&fe, 0, sizeof(fe));
	r->personal = 1;
	switch (
	    identitas_simpan(r->store, r->user, r->addr, &in, r->now, &fe)) {
	case 0:
		req_redirect(r, "/akun/identitas?disimpan=1");
		return;
	case -1:
		memset(&v, 0, sizeof(v));
		r->status = 422;
		identitas_page(r, &v, &fe);
		return;
	default:
		page_error(r, 500, msg(M_SAVE_FAILED));
	}
}
