/* permohonan_html.c: HTML pieces shared by the application pages (permohonan_html.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/msg.h"
#include "lib/num.h"
#include "lib/when.h"
#include "lib/xalloc.h"
#include "store/store.h"
#include "permohonan_html.h"
#include "http/layout.h"
#include "http/pages.h"
#include "sql.h"

char *
permohonan_seg(const struct permohonan_row *a)
{
	if (a->nomor[0] != '\0')
		return xstrdup(a->nomor);
	return xasprintf("draf-%lld", (long long)a->id);
}

char *
permohonan_path(const char *prefix, const struct permohonan_row *a,
    const char *suffix)
{
	struct buf b = BUF_INIT;
	char *seg = permohonan_seg(a);

	buf_adds(&b, prefix);
	html_url(&b, seg);
	buf_adds(&b, suffix);
	free(seg);
	return buf_detach(&b, NULL);
}

int64_t
permohonan_from_seg(struct req *r, const char *seg)
{
	const char *p;
	long long id;
	char *end;

	if (seg == NULL || *seg == '\0' || strlen(seg) > 63)
		return 0;
	if (strncmp(seg, "draf-", 5) == 0) {
		p = seg + 5;
		if (*p < '1' || *p > '9' || strlen(p) > 18)
			return 0;
		id = strtoll(p, &end, 10);
		if (*end != '\0')
			return 0;
		/* only drafts are addressed by id */
		return permohonan_sql_draft_id(r->store, (int64_t)id);
	}
	id = permohonan_id_nomor(r->store, seg);
	return id > 0 ? id : 0;
}

void
permohonan_time_write(struct buf *b, time_t t)
{
	struct tm tm;

	if (t <= 0 || when_wib(t, &tm) != 0) {
		html_lit(b, "—");
		return;
	}
	html_printf(b, "%d %s %d, %s%d.%s%d WIB", tm.tm_mday,
	    when_bulan[tm.tm_mon], tm.tm_year + 1900,
	    tm.tm_hour < 10 ? "0" : "", tm.tm_hour, tm.tm_min < 10 ? "0" : "",
	    tm.tm_min);
}

void
permohonan_date_write(struct buf *b, const char *ymd)
{
	int y, m, d;

	if (ymd == NULL || strlen(ymd) != 10 ||
	    sscanf(ymd, "%4d-%2d-%2d", &y, &m, &d) != 3 || m < 1 || m > 12) {
		html_lit(b, "—");
		return;
	}
	html_printf(b, "%d %s %d", d, when_bulan[m - 1], y);
}

void
permohonan_due_write(struct buf *b, const struct permohonan_row *a)
{
	if (a->state_due[0] != '\0' && !a->terminal) {
		html_lit(b, "<dt>Batas waktu tahap ini</dt><dd>");
		permohonan_date_write(b, a->state_due);
		html_lit(b, "</dd>");
	}
	html_lit(b, "<dt>Batas waktu penyelesaian</dt><dd>");
	permohonan_date_write(b, a->due_date);
	html_lit(b, " (hari kerja, sejak berkas lengkap)</dd>");
}

void
permohonan_state_write(struct buf *b, const struct permohonan_row *a)
{
	if (a->draft) {
		html_lit(b,
		    "<span class=\"lencana\">Draf</span> Belum"
		    " diajukan");
		return;
	}
	html_printf(b, "%s", a->state_label);
	if (a->overdue)
		html_lit(b,
		    " <span class=\"lencana terlambat\">Terlambat"
		    "</span>");
	else if (a->terminal)
		html_lit(b,
		    " <span class=\"lencana akhir\">Tahap akhir"
		    "</span>");
}

/* The label of an error's field, for the summary. */
static const char *
err_label(const char *field, const struct permohonan_view_field *f, int nf,
    const struct permohonan_view_doc *d, int nd)
{
	int i;

	if (strncmp(field, "isian.", 6) == 0) {
		for (i = 0; i < nf; i++)
			if (strcmp(f[i].name, field + 6) == 0)
				return f[i].label;
	} else if (strncmp(field, "berkas.", 7) == 0) {
		for (i = 0; i < nd; i++)
			if (strcmp(d[i].code, field + 7) == 0)
				return d[i].name;
	} else if (strcmp(field, "wilayah") == 0) {
		return "Kampung/kelurahan";
	} else if (strcmp(field, "berkas") == 0) {
		return "Dokumen persyaratan";
	} else if (strcmp(field, "layanan") == 0) {
		return "Layanan";
	}
	return NULL;
}

void
permohonan_errs_write(struct req *r, const struct field_errs *e,
    const struct permohonan_view_field *f, int nf,
    const struct permohonan_view_doc *d, int nd)
{
	struct buf *b = &r->out;
	const char *label;
	int i;

	if (e == NULL || e->n == 0)
		return;
	html_lit(b,
	    "<div class=\"kotak galat\" role=\"alert\" tabindex=\"-1\""
	    " id=\"galat\"><h2>Periksa kembali isian berikut</h2><ul>");
	for (i = 0; i < e->n; i++) {
		label = err_label(e->e[i].field, f, nf, d, nd);
		if (strcmp(e->e[i].field, "layanan") == 0 ||
		    strcmp(e->e[i].field, "berkas") == 0)
			html_printf(b, "<li>%s%s%s</li>", label ? label : "",
			    label ? ": " : "", e->e[i].msg);
		else
			html_printf(b, "<li><a href=\"#f-%s\">%s%s%s</a></li>",
			    e->e[i].field, label ? label : "",
			    label ? ": " : "", e->e[i].msg);
	}
	html_printf(b, "</ul><p>%s</p></div>", msg(M_APP_FILES_AGAIN));
}

/* Open an input's wrapper, label, hint and error; the control follows. */
static void
field_open(struct buf *b, const char *id, const char *label, int required,
    const char *hint, const char *err)
{
	html_printf(b,
	    "<div class=\"isian%s\"><label for=\"f-%s\">%s%s"
	    "</label>",
	    err ? " salah" : "", id, label, required ? " (wajib)" : "");
	if (hint != NULL)
		html_printf(b, "<p class=\"petunjuk\" id=\"h-%s\">%s</p>", id,
		    hint);
	if (err != NULL)
		html_printf(b, "<p class=\"pesan-galat\" id=\"e-%s\">%s</p>",
		    id, err);
}

/* id, name and the ARIA attributes of a control. */
static void
control_attrs(struct buf *b, const char *id, int required, int hint,
    const char *err)
{
	html_printf(b, " id=\"f-%s\" name=\"%s\"", id, id);
	if (hint || err != NULL) {
		html_lit(b, " aria-describedby=\"");
		if (hint)
			html_printf(b, "h-%s%s", id, err ? " " : "");
		if (err != NULL)
			html_printf(b, "e-%s", id);
		html_lit(b, "\"");
	}
	if (err != NULL)
		html_lit(b, " aria-invalid=\"true\"");
	if (required)
		html_lit(b, " required");
}

static void
field_input(struct req *r, const struct permohonan_view_field *f,
    const char *value, const char *err)
{
	struct buf *b = &r->out;
	char id[48], hint[96];
	const char *h = NULL, *p, *bar;
	size_t n;

	snprintf(id, sizeof(id), "isian.%s", f->name);
	if (value == NULL)
		value = "";
	if (strcmp(f->kind, "angka") == 0) {
		h = "Isi dengan angka saja, tanpa titik atau koma.";
	} else if (strcmp(f->kind, "teks_panjang") == 0) {
		snprintf(hint, sizeof(hint), "Paling banyak %d karakter.",
		    f->max_len);
		h = hint;
	} else if (strcmp(f->kind, "tanggal") == 0) {
		h = "Tanggal, bulan, dan tahun.";
	}
	field_open(b, id, f->label, f->required, h, err);
	if (strcmp(f->kind, "teks_panjang") == 0) {
		html_lit(b, "<textarea rows=\"4\"");
		control_attrs(b, id, f->required, h != NULL, err);
		html_printf(b, " maxlength=\"%d\">%s</textarea></div>",
		    f->max_len, value);
		return;
	}
	if (strcmp(f->kind, "pilihan") == 0) {
		html_lit(b, "<select");
		control_attrs(b, id, f->required, h != NULL, err);
		html_lit(b, "><option value=\"\">— Pilih —</option>");
		for (p = f->choices; p != NULL && *p != '\0'; p = bar + 1) {
			bar = strchrnul(p, '|');
			n = (size_t)(bar - p);
			if (n > 0) {
				char *c = xstrndup(p, n);

				html_printf(b, "<option%s>%s</option>",
				    strcmp(c, value) == 0 ? " selected" : "",
				    c);
				free(c);
			}
			if (*bar == '\0')
				break;
		}
		html_lit(b, "</select></div>");
		return;
	}
	if (strcmp(f->kind, "tanggal") == 0)
		html_lit(b, "<input type=\"date\"");
	else if (strcmp(f->kind, "angka") == 0)
		html_lit(b,
		    "<input type=\"text\" inputmode=\"numeric\""
		    " autocomplete=\"off\"");
	else
		html_lit(b, "<input type=\"text\"");
	control_attrs(b, id, f->required, h != NULL, err);
	html_printf(b, " maxlength=\"%d\" value=\"%s\"></div>",
	    f->max_len > 0 ? f->max_len : 200, value);
}

static void size_write(struct buf *, int64_t);

static void
doc_input(struct req *r, const struct permohonan_view_doc *d, const char *err,
    int replacing)
{
	struct buf *b = &r->out;
	struct buf hint = BUF_INIT;
	char id[48];

	snprintf(id, sizeof(id), "berkas.%s", d->code);
	buf_adds(&hint, d->required ? "Wajib. " : "Jika ada. ");
	if (replacing && d->sha256[0] != '\0') {
		buf_adds(&hint, "Terlampir: ");
		buf_adds(&hint, d->filename);
		buf_adds(&hint, " (");
		size_write(&hint, d->size);
		buf_adds(&hint,
		    "). Pilih berkas lain hanya untuk menggantinya. ");
	}
	buf_adds(&hint, "PDF, JPG, atau PNG, paling besar 5 MB.");
	html_printf(b,
	    "<div class=\"isian%s\"><label for=\"f-%s\">%s</label>"
	    "<p class=\"petunjuk\" id=\"h-%s\">%s</p>",
	    err ? " salah" : "", id, d->name, id, hint.s);
	if (err != NULL)
		html_printf(b, "<p class=\"pesan-galat\" id=\"e-%s\">%s</p>",
		    id, err);
	html_lit(b,
	    "<input type=\"file\" accept=\".pdf,.jpg,.jpeg,.png,"
	    "application/pdf,image/jpeg,image/png\"");
	control_attrs(b, id,
	    d->required && !(replacing && d->sha256[0] != '\0'), 1, err);
	html_lit(b, "></div>");
	buf_free(&hint);
}

void
permohonan_form_inputs(struct req *r, const struct permohonan_view_field *f,
    int nf, const struct permohonan_view_doc *d, int nd,
    const struct field_errs *e, int from_request, int replacing)
{
	struct buf *b = &r->out;
	char name[48];
	const char *v;
	int i;

	if (nf > 0) {
		html_lit(b, "<fieldset><legend>Isian permohonan</legend>");
		for (i = 0; i < nf; i++) {
			snprintf(name, sizeof(name), "isian.%s", f[i].name);
			v = from_request ? req_param(r, name) : f[i].value;
			field_input(r, &f[i], v, field_err_get(e, name));
		}
		html_lit(b, "</fieldset>");
	}
	if (nd > 0) {
		html_lit(b,
		    "<fieldset id=\"f-berkas\"><legend>Dokumen"
		    " persyaratan</legend><p class=\"petunjuk\">Unggah hasil"
		    " pindaian atau foto yang jelas. Jenis berkas dikenali"
		    " dari isinya: PDF, JPG, atau PNG; paling besar 5 MB per"
		    " berkas dan 20 MB seluruhnya.</p>");
		if ((v = field_err_get(e, "berkas")) != NULL)
			html_printf(b, "<p class=\"pesan-galat\">%s</p>", v);
		for (i = 0; i < nd; i++) {
			snprintf(name, sizeof(name), "berkas.%s", d[i].code);
			doc_input(r, &d[i], field_err_get(e, name), replacing);
		}
		html_lit(b, "</fieldset>");
	}
}

void
permohonan_note_field(struct req *r, const char *code, const char *label,
    const char *hint, const char *value, const char *err)
{
	struct buf *b = &r->out;
	char id[56];

	snprintf(id, sizeof(id), "catatan-%s", code);
	html_printf(b, "<div class=\"isian%s\"><label for=\"f-%s\">%s</label>",
	    err ? " salah" : "", id, label);
	if (hint != NULL)
		html_printf(b, "<p class=\"petunjuk\" id=\"h-%s\">%s</p>", id,
		    hint);
	if (err != NULL)
		html_printf(b, "<p class=\"pesan-galat\" id=\"e-%s\">%s</p>",
		    id, err);
	html_printf(b,
	    "<textarea id=\"f-%s\" name=\"catatan\" rows=\"3\""
	    " maxlength=\"2000\"",
	    id);
	if (hint != NULL || err != NULL)
		html_printf(b, " aria-describedby=\"%s%s%s%s%s\"",
		    hint ? "h-" : "", hint ? id : "", hint && err ? " " : "",
		    err ? "e-" : "", err ? id : "");
	if (err != NULL)
		html_lit(b, " aria-invalid=\"true\"");
	html_printf(b, ">%s</textarea></div>", value ? value : "");
}

void
permohonan_input_fill(struct req *r, struct permohonan_input *in,
    const struct permohonan_view_field *f, int nf,
    const struct permohonan_view_doc *d, int nd, const struct mp_file *files,
    size_t nfiles)
{
	char name[48];
	size_t k;
	int i;

	for (i = 0; i < nf && in->nfields < PERMOHONAN_MAX_FIELDS; i++) {
		snprintf(name, sizeof(name), "isian.%s", f[i].name);
		for (k = 0; k < r->nparams; k++) /* the first, as req_param */
			if (strcmp(r->params[k].name, name) == 0)
				break;
		if (k == r->nparams)
			continue;
		in->fields[in->nfields].name = r->params[k].name + 6;
		in->fields[in->nfields].value = r->params[k].value;
		in->nfields++;
	}
	for (i = 0; i < nd && in->ndocs < PERMOHONAN_MAX_DOCS; i++) {
		snprintf(name, sizeof(name), "berkas.%s", d[i].code);
		for (k = 0; k < nfiles; k++) {
			/* a file input left empty sends an empty part */
			if (strcmp(files[k].field, name) != 0 ||
			    files[k].len == 0)
				continue;
			in->docs[in->ndocs].code = files[k].field + 7;
			in->docs[in->ndocs].filename = files[k].filename;
			in->docs[in->ndocs].data = files[k].data;
			in->docs[in->ndocs].len = files[k].len;
			in->ndocs++;
			break;
		}
	}
}

void
permohonan_fields_write(struct buf *b, const struct permohonan_view *v)
{
	int i;

	if (v->nfields == 0)
		return;
	html_lit(b, "<h2>Isian permohonan</h2><dl class=\"standar\">");
	for (i = 0; i < v->nfields; i++) {
		html_printf(b, "<dt>%s</dt><dd>", v->fields[i].label);
		if (v->fields[i].value == NULL || *v->fields[i].value == '\0')
			html_lit(b,
			    "<span class=\"meta\">(tidak diisi)"
			    "</span>");
		else if (strcmp(v->fields[i].kind, "tanggal") == 0)
			permohonan_date_write(b, v->fields[i].value);
		else
			html_printf(b, "%s", v->fields[i].value);
		html_lit(b, "</dd>");
	}
	html_lit(b, "</dl>");
}

static const char *
mime_word(const char *mime)
{
	if (strcmp(mime, "application/pdf") == 0)
		return "PDF";
	if (strcmp(mime, "image/jpeg") == 0)
		return "JPG";
	if (strcmp(mime, "image/png") == 0)
		return "PNG";
	return "berkas";
}

/* "1,2 MB" or "34 KB" (num_size()). */
static void
size_write(struct buf *b, int64_t size)
{
	char t[NUM_SIZE_LEN];

	num_size(t, size);
	buf_adds(b, t);
}

/*
 * The upload d opened in the page (issue 19 item 10), folded until asked
 * for so that nothing is fetched (and no staff read recorded) unasked: a
 * PDF in a frame, a photo as an image; "Buka" shows it alone (a phone's
 * browser may not show a PDF inside a page).
 */
static void
preview_write(struct buf *b, const char *seg,
    const struct permohonan_view_doc *d)
{
	int pdf = strcmp(d->mime, "application/pdf") == 0;

	if (!pdf && strcmp(d->mime, "image/jpeg") != 0 &&
	    strcmp(d->mime, "image/png") != 0)
		return;
	html_printf(b,
	    "<details class=\"pratinjau\"><summary>Lihat %s</summary><p><a"
	    " href=\"/berkas/%U/%U?lihat=1\">Buka %s saja</a></p>",
	    d->filename, seg, d->code, d->filename);
	if (pdf)
		html_printf(b,
		    "<iframe src=\"/berkas/%U/%U?lihat=1\" title=\"Isi %s\""
		    " loading=\"lazy\"></iframe>",
		    seg, d->code, d->filename);
	else
		html_printf(b,
		    "<img src=\"/berkas/%U/%U?lihat=1\" alt=\"Isi %s: %s\""
		    " loading=\"lazy\">",
		    seg, d->code, d->name, d->filename);
	html_lit(b, "</details>");
}

void
permohonan_docs_write(struct buf *b, const struct permohonan_view *v)
{
	char *seg;
	int i;

	if (v->ndocs == 0)
		return;
	seg = permohonan_seg(&v->row);
	html_lit(b, "<h2>Dokumen persyaratan</h2><ul class=\"berkas\">");
	for (i = 0; i < v->ndocs; i++) {
		const struct permohonan_view_doc *d = &v->docs[i];

		html_printf(b,
		    "<li><strong>%s</strong> <span"
		    " class=\"meta\">(%s)</span><br>",
		    d->name, d->required ? "wajib" : "jika ada");
		if (d->sha256[0] == '\0') {
			html_lit(b,
			    "<span class=\"meta\">Belum diunggah."
			    "</span>");
		} else {
			html_printf(b,
			    "<a href=\"/berkas/%U/%U\">Unduh %s</a>"
			    " <span class=\"meta\">(%s, ",
			    seg, d->code, d->filename, mime_word(d->mime));
			size_write(b, d->size);
			html_lit(b, ")</span>");
			preview_write(b, seg, d);
		}
		html_lit(b, "</li>");
	}
	html_lit(b, "</ul>");
	free(seg);
}

/* An action's label; the pseudo-actions outside workflows in words. */
static const char *
action_words(const struct permohonan_view_hist *h)
{
	if (strcmp(h->action_label, h->action) != 0)
		return h->action_label;
	if (strcmp(h->action, "ajukan") == 0)
		return "Permohonan diajukan";
	if (strcmp(h->action, "draf") == 0)
		return "Draf disimpan";
	if (strncmp(h->action, "eskalasi", 8) == 0)
		return "Eskalasi karena melewati batas waktu";
	return h->action_label;
}

void
permohonan_history_write(struct buf *b, const struct permohonan_view *v,
    int with_people)
{
	const struct permohonan_view_hist *h;
	const char *rl;
	unsigned bit;
	int i;

	html_lit(b, "<h2>Riwayat</h2><ol class=\"riwayat\">");
	for (i = 0; i < v->nhist; i++) {
		h = &v->hist[i];
		html_lit(b, "<li><p class=\"waktu\">");
		permohonan_time_write(b, h->at);
		html_printf(b, "</p><p><strong>%s</strong>", h->to_label);
		if (with_people) {
			html_printf(b, "<br>%s", action_words(h));
			bit = role_parse(h->role);
			rl = bit ? role_label(bit) : NULL;
			if (h->actor_name[0] != '\0')
				html_printf(b, " oleh %s%s%s%s", h->actor_name,
				    rl ? " (" : "", rl ? rl : "",
				    rl ? ")" : "");
			else
				html_lit(b, " oleh sistem");
		}
		html_lit(b, "</p>");
		if (with_people && h->note != NULL && *h->note != '\0')
			html_printf(b, "<p class=\"catatan\">Catatan: %s</p>",
			    h->note);
		html_lit(b, "</li>");
	}
	html_lit(b, "</ol>");
}
