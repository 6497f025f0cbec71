/*
 * admin_workflow.c: workflow definitions: GET /admin/alur (the list),
 * GET /admin/alur/<kode> (tables of states and actions and the JSON
 * definition) and POST /admin/alur/<kode> (save an edited definition:
 * superadmin only; admins may look).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mod/akun/account.h"
#include "workflow.h"
#include "lib/msg.h"
#include "lib/xalloc.h"
#include "store/store.h"
#include "http/layout.h"
#include "http/pages.h"
#include "ui.h"
#include "sql.h"

#define DEF_MAX (64 * 1024) /* bytes of a submitted definition */

void
page_admin_workflows(struct req *r)
{
	struct alur_wf_row *v;
	struct buf *b = &r->out;
	size_t n, i;

	v = alur_sql_workflows(r->store, &n);
	if (v == NULL) {
		page_error(r, 500, NULL);
		return;
	}
	layout_begin(r, "Alur Layanan");
	html_lit(b,
	    "<nav aria-label=\"Remah roti\"><a href=\"/admin\">"
	    "Administrasi</a> › Alur layanan</nav><h1>Alur Layanan</h1>"
	    "<p>Alur menentukan tahap (status) sebuah permohonan, unit yang"
	    " menanganinya pada setiap tahap, batas waktu dalam hari kerja,"
	    " eskalasi bila batas waktu terlampaui, dan tindakan yang boleh"
	    " diambil oleh setiap peran. Setiap layanan dalam katalog terikat"
	    " pada satu alur. Batas waktu dihitung dengan <a href=\"/admin/"
	    "libur\">kalender hari libur</a>.</p>");
	if (!user_has(r, ROLE_SUPERADMIN))
		notice(r, "info", msg(M_WF_SUPERADMIN_ONLY));
	html_lit(b,
	    "<div class=\"tabel-gulir\" tabindex=\"0\" role=\"region\" aria-label=\"Daftar alur\"><table><caption>Daftar alur"
	    "</caption><thead><tr><th scope=\"col\">Kode</th>"
	    "<th scope=\"col\">Nama alur</th><th scope=\"col\">Status</th>"
	    "<th scope=\"col\">Tindakan</th><th scope=\"col\">Layanan</th>"
	    "</tr></thead><tbody>");
	for (i = 0; i < n; i++)
		html_printf(b,
		    "<tr><td>%s</td><td><a href=\"/admin/alur/%U\">"
		    "%s</a></td><td>%I</td><td>%I</td><td>%I</td></tr>",
		    v[i].code, v[i].code, v[i].name, v[i].nstates,
		    v[i].nactions, v[i].nlayanan);
	free(v);
	html_lit(b, "</tbody></table></div>");
	if (n == 0)
		notice(r, "info", msg(M_WF_NONE));
	layout_end(r);
}

static const char *
scope_label(const char *scope)
{
	if (strcmp(scope, "kampung") == 0)
		return "Kampung/kelurahan pemohon";
	if (strcmp(scope, "kecamatan") == 0)
		return "Kecamatan pemohon";
	if (strcmp(scope, "layanan") == 0)
		return "Unit penyelenggara layanan";
	return "Tetap (unit tahap sebelumnya)";
}

static void
escalate_write(struct buf *b, const char *rule)
{
	const char *role;

	if (*rule == '\0') {
		html_lit(b, "—");
		return;
	}
	role = strchr(rule, ':') ? strchr(rule, ':') + 1 : rule;
	if (role_parse(role) != 0)
		role = role_label(role_parse(role));
	if (strncmp(rule, "move:", 5) == 0)
		html_printf(b, "Alihkan ke kotak masuk %s", role);
	else
		html_printf(b, "Beri tahu %s", role);
}

static void
roles_write(struct buf *b, unsigned roles)
{
	unsigned bit;
	int first = 1;

	for (bit = 1; bit <= ROLE_LAST; bit <<= 1) {
		if (!(roles & bit) || role_label(bit) == NULL)
			continue;
		html_printf(b, "%s%s", first ? "" : ", ", role_label(bit));
		first = 0;
	}
}

static void
state_label_write(struct buf *b, const struct workflow *wf, const char *code)
{
	const struct wf_state *st = workflow_state(wf, code);

	html_printf(b, "%s", st ? st->label : code);
}

/* The readable tables of a stored definition. */
static void
tables_write(struct req *r, const struct workflow *wf)
{
	struct buf *b = &r->out;
	const struct wf_action *a;
	const struct wf_state *st;
	int i, j, k;

	html_lit(b,
	    "<h2 id=\"status\">Status</h2><div class=\"tabel-gulir\""
	    " tabindex=\"0\" role=\"region\" aria-labelledby=\"status\">"
	    "<table aria-labelledby=\"status\"><thead><tr>"
	    "<th scope=\"col\">Kode</th><th scope=\"col\">Label</th>"
	    "<th scope=\"col\">Batas waktu</th><th scope=\"col\">Unit yang"
	    " menangani</th><th scope=\"col\">Eskalasi</th>"
	    "<th scope=\"col\">Jenis</th></tr></thead><tbody>");
	for (i = 0; i < wf->nstates; i++) {
		st = &wf->states[i];
		html_printf(b, "<tr><td>%s</td><td>%s</td><td>", st->code,
		    st->label);
		if (st->sla_days > 0)
			html_printf(b, "%d hari kerja", st->sla_days);
		else
			html_lit(b, "—");
		html_printf(b, "</td><td>%s</td><td>", scope_label(st->scope));
		escalate_write(b, st->escalate);
		html_printf(b, "</td><td>%s</td></tr>",
		    strcmp(st->code, wf->initial) == 0 ? "Status awal"
			: st->terminal		       ? "Status akhir"
						       : "Tahap proses");
	}
	html_lit(b,
	    "</tbody></table></div>"
	    "<h2 id=\"tindakan\">Tindakan</h2><div class=\"tabel-gulir\""
	    " tabindex=\"0\" role=\"region\" aria-labelledby=\"tindakan\">"
	    "<table aria-labelledby=\"tindakan\"><thead><tr>"
	    "<th scope=\"col\">Kode</th><th scope=\"col\">Label</th>"
	    "<th scope=\"col\">Dari status</th><th scope=\"col\">Ke status</th>"
	    "<th scope=\"col\">Peran</th><th scope=\"col\">Ketentuan</th>"
	    "</tr></thead><tbody>");
	for (i = 0; i < wf->nactions; i++) {
		a = &wf->actions[i];
		html_printf(b, "<tr><td>%s</td><td>%s</td><td>", a->code,
		    a->label);
		for (j = 0; j < a->nfrom; j++) {
			if (j > 0)
				html_lit(b, "; ");
			state_label_write(b, wf, a->from[j]);
		}
		html_lit(b, "</td><td>");
		state_label_write(b, wf, a->to);
		html_lit(b, "</td><td>");
		roles_write(b, a->roles);
		html_lit(b, "</td><td>");
		k = 0;
#define FLAG(cond, text)                                                       \
	do {                                                                   \
		if (cond) {                                                    \
			html_printf(b, "%s%s", k++ ? "; " : "", text);         \
		}                                                              \
	} while (0)
		FLAG(a->note_required, "catatan wajib");
		FLAG(a->upload_required, "unggah berkas wajib");
		FLAG(a->signs_document, "menghasilkan dokumen bertanda tangan");
		FLAG(a->verifies, "mencatat verifikator");
		FLAG(a->decides, "keputusan (bukan oleh verifikator)");
#undef FLAG
		if (k == 0)
			html_lit(b, "—");
		html_lit(b, "</td></tr>");
	}
	html_lit(b, "</tbody></table></div>");
}

/* What workflow_page() lists the services with. */
struct layanan_of {
	struct buf *b;
	int n;
};

static void
layanan_of(void *arg, const char *code, const char *name)
{
	struct layanan_of *l = arg;

	if (l->n++ == 0)
		html_lit(l->b, "<p>");
	else
		html_lit(l->b, ", ");
	html_printf(l->b, "<a href=\"/admin/layanan/%U\">%s</a> (%s)", code,
	    name, code);
}

/*
 * The page of one workflow; text is the JSON in the editor (the stored
 * definition, or what was submitted), err the validation message.
 */
static void
workflow_page(struct req *r, const struct workflow *wf, const char *text,
    const char *err)
{
	struct field_errs fe;
	struct buf *b = &r->out;
	struct layanan_of lo = { b, 0 };
	int editor = user_has(r, ROLE_SUPERADMIN);

	memset(&fe, 0, sizeof(fe));
	if (err != NULL)
		field_err_add(&fe, "definisi", err);
	layout_begin(r, wf->name);
	html_printf(b,
	    "<nav aria-label=\"Remah roti\"><a href=\"/admin\">"
	    "Administrasi</a> › <a href=\"/admin/alur\">Alur layanan</a> › %s"
	    "</nav><h1>%s</h1><p class=\"meta\">Kode %s · status awal: ",
	    wf->code, wf->name, wf->code);
	state_label_write(b, wf, wf->initial);
	html_lit(b, "</p>");
	if (err == NULL && req_param(r, "disimpan") != NULL)
		notice(r, "sukses", msg(M_WF_SAVED));
	html_lit(b, "<h2 id=\"layanan\">Layanan yang memakai alur ini</h2>");
	alur_sql_each_layanan_of(r->store, wf->id, layanan_of, &lo);
	if (lo.n > 0)
		html_lit(b, "</p>");
	else
		html_lit(b, "<p>Belum ada layanan.</p>");
	tables_write(r, wf);
	html_lit(b,
	    "<h2 id=\"json\">Definisi (JSON)</h2>"
	    "<p>Format definisi dijelaskan dalam dokumentasi alur"
	    " (doc/workflow.md): kunci <code>status</code> berisi kode, label,"
	    " <code>sla_hari</code>, <code>akhir</code>, <code>unit</code>, dan"
	    " <code>eskalasi</code>; kunci <code>tindakan</code> berisi kode,"
	    " label, <code>dari</code>, <code>ke</code>, <code>peran</code>,"
	    " dan ketentuannya.</p>");
	if (!editor) {
		notice(r, "info", msg(M_WF_SUPERADMIN_ONLY));
		html_printf(b,
		    "<div class=\"isian\"><label for=\"f-definisi\">"
		    "Definisi alur (JSON, hanya baca)</label><textarea"
		    " id=\"f-definisi\" class=\"kode\" rows=\"24\" readonly"
		    " spellcheck=\"false\">%s</textarea></div>",
		    text);
		layout_end(r);
		return;
	}
	form_errors(r, &fe);
	html_printf(b,
	    "<form method=\"post\" action=\"/admin/alur/%U\""
	    " class=\"formulir penuh\" novalidate>",
	    wf->code);
	form_csrf(r);
	html_printf(b,
	    "<div class=\"isian%s\"><label for=\"f-definisi\">"
	    "Definisi alur (JSON)</label><p class=\"petunjuk\" id=\"h-definisi\">"
	    "Kode alur tidak dapat diubah. Definisi diperiksa sebelum disimpan:"
	    " status yang dirujuk harus ada, setiap status harus dapat dicapai"
	    " dari status awal, dan setiap tindakan harus memiliki peran.</p>",
	    err ? " salah" : "");
	if (err != NULL)
		html_printf(b,
		    "<p class=\"pesan-galat\" id=\"e-definisi\">%s</p>", err);
	html_lit(b,
	    "<textarea id=\"f-definisi\" name=\"definisi\""
	    " class=\"kode\" rows=\"24\" spellcheck=\"false\"");
	if (err != NULL)
		html_lit(b,
		    " aria-describedby=\"h-definisi e-definisi\""
		    " aria-invalid=\"true\"");
	else
		html_lit(b, " aria-describedby=\"h-definisi\"");
	html_printf(b, ">%s</textarea></div>", text);
	html_lit(b,
	    "<button type=\"submit\">Simpan definisi</button> "
	    "<a href=\"/admin/alur\">Batal</a></form>");
	layout_end(r);
}

void
page_admin_workflow(struct req *r)
{
	struct workflow *wf = xmalloc(sizeof(*wf));
	char *text;

	if (workflow_load_code(r->store, r->captures[0], wf) != 0) {
		free(wf);
		page_error(r, 404, msg(M_WF_NOT_FOUND));
		return;
	}
	text = workflow_to_json(wf);
	workflow_page(r, wf, text, NULL);
	free(text);
	free(wf);
}

void
page_admin_workflow_save(struct req *r)
{
	struct workflow *cur, *wf;
	const char *text = req_str(r, "definisi");
	char err[512];

	if (!user_has(r, ROLE_SUPERADMIN)) {
		page_error(r, 403, msg(M_WF_SUPERADMIN_ONLY));
		return;
	}
	cur = xmalloc(sizeof(*cur));
	wf = xmalloc(sizeof(*wf));
	if (workflow_load_code(r->store, r->captures[0], cur) != 0) {
		page_error(r, 404, msg(M_WF_NOT_FOUND));
		goto out;
	}
	err[0] = '\0';
	if (strlen(text) > DEF_MAX)
		snprintf(err, sizeof(err), msg(M_WF_TOO_LONG), "definisi",
		    "formulir", DEF_MAX);
	else if (workflow_parse(text, strlen(text), wf, err, sizeof(err)) != 0)
		; /* err says why */
	else if (strcmp(wf->code, cur->code) != 0)
		snprintf(err, sizeof(err), msg(M_WF_CODE_MISMATCH), wf->code,
		    cur->code);
	else if (workflow_save(r->store, wf, r->user->id, r->addr, err,
		     sizeof(err)) == 0) {
		char *loc = xasprintf("/admin/alur/%s?disimpan=1", cur->code);

		req_redirect(r, loc);
		free(loc);
		goto out;
	}
	r->status = 422;
	workflow_page(r, cur, text, err);
out:
	free(cur);
	free(wf);
}
