/*
 * spbe_export.c: an assessment as CSV (/spbe/penilaian/<id>.csv) and as
 * a simple PDF table report (/spbe/penilaian/<id>.pdf, libharu).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <hpdf.h>

#include "spbe.h"
#include "spbe_store.h"
#include "lib/csv.h"
#include "lib/xalloc.h"
#include "http/layout.h"
#include "http/pages.h"
#include "spbe_pages.h"

/* One text cell and its separator (src/lib/csv.h). */
static void
csv_field(struct buf *b, const char *s, int last)
{
	csv_text(b, s);
	if (last)
		csv_eol(b);
	else
		csv_sep(b);
}

/* One numeric cell (never neutralised) and its separator. */
static void
csv_num(struct buf *b, const char *s, int last)
{
	csv_number(b, s);
	if (last)
		csv_eol(b);
	else
		csv_sep(b);
}

void
spbe_csv_write(struct req *r, const struct spbe_framework *fw,
    const struct spbe_penilaian *p)
{
	struct spbe_isian *e = spbe_entries(r->store, fw, p->id);
	const struct spbe_level *lv;
	struct buf *b = &r->out;
	char num[32], w[16];
	size_t i;

	buf_reset(b);
	buf_adds(b,
	    "indikator,level,nama_indikator,aspek,domain,bobot,"
	    "nama_tingkat,unit_penanggung_jawab,penjelasan,jumlah_bukti\r\n");
	for (i = 0; i < fw->nind; i++) {
		snprintf(num, sizeof(num), "%d", fw->ind[i].nomor);
		csv_num(b, num, 0);
		snprintf(num, sizeof(num), "%d", e[i].level);
		csv_num(b, num, 0);
		csv_field(b, fw->ind[i].nama, 0);
		csv_field(b, fw->aspek[fw->ind[i].aspek].kode, 0);
		csv_field(b,
		    fw->domain[fw->aspek[fw->ind[i].aspek].domain].kode, 0);
		spbe_fmt(fw->ind[i].bobot, w);
		csv_num(b, w, 0);
		lv = spbe_ind_level(fw, i, e[i].level);
		csv_field(b, lv ? lv->nama : "", 0);
		csv_field(b, e[i].unit_nama, 0);
		csv_field(b, e[i].penjelasan, 0);
		snprintf(num, sizeof(num), "%d", e[i].nbukti);
		csv_num(b, num, 1);
	}
	spbe_isian_free(e, fw->nind);
	r->status = 200;
	r->out_type = "text/csv; charset=utf-8";
	free(r->disposition);
	r->disposition = xasprintf("attachment; filename=\"penilaian-spbe-%d"
				   "-revisi-%d.csv\"",
	    p->tahun, p->revisi);
}

static void
pdf_error(HPDF_STATUS e, HPDF_STATUS d, void *u)
{
	*(int *)u = 1;
}

/* s as printable ASCII (the base-14 fonts), at most max characters. */
static void
ascii(char *out, size_t outsz, const char *s, size_t max)
{
	size_t n = 0;

	for (; *s && n + 1 < outsz && n < max; s++) {
		if ((unsigned char)*s >= 0x80) {
			while (((unsigned char)s[1] & 0xc0) == 0x80)
				s++;
			out[n++] = '?';
		} else
			out[n++] = *s >= 0x20 ? *s : ' ';
	}
	out[n] = '\0';
}

static void
text(HPDF_Page pg, HPDF_Font f, float size, float x, float y, const char *s)
{
	char t[256];

	ascii(t, sizeof(t), s, 95);
	HPDF_Page_BeginText(pg);
	HPDF_Page_SetFontAndSize(pg, f, size);
	HPDF_Page_TextOut(pg, x, y, t);
	HPDF_Page_EndText(pg);
}

void
spbe_pdf_write(struct req *r, const struct spbe_framework *fw,
    const struct spbe_penilaian *p)
{
	struct spbe_isian *e = spbe_entries(r->store, fw, p->id);
	struct spbe_skor sk;
	HPDF_Doc pdf;
	HPDF_Page pg = NULL;
	HPDF_Font f, fb;
	HPDF_UINT32 len;
	const char *pred;
	char line[300], x[16], w[16];
	float y = 0;
	size_t i;
	int failed = 0, *lv;

	lv = xcalloc(fw->nind, sizeof(*lv));
	for (i = 0; i < fw->nind; i++)
		lv[i] = e[i].level;
	spbe_score(fw, lv, &sk);
	free(lv);
	if ((pdf = HPDF_New(pdf_error, &failed)) == NULL) {
		spbe_isian_free(e, fw->nind);
		spbe_skor_free(&sk);
		page_error(r, 500, NULL);
		return;
	}
	HPDF_SetCompressionMode(pdf, HPDF_COMP_ALL);
	f = HPDF_GetFont(pdf, "Helvetica", NULL);
	fb = HPDF_GetFont(pdf, "Helvetica-Bold", NULL);
	for (i = 0; i <= fw->nind && !failed; i++) {
		if (pg == NULL || y < 60) {
			pg = HPDF_AddPage(pdf);
			HPDF_Page_SetSize(pg, HPDF_PAGE_SIZE_A4,
			    HPDF_PAGE_PORTRAIT);
			y = 800;
			if (i == 0) {
				snprintf(line, sizeof(line),
				    "Penilaian Mandiri"
				    " SPBE Kabupaten Siak %d (revisi %d, %s)%s",
				    p->tahun, p->revisi,
				    spbe_status_label(p->status),
				    p->demo ? " - DATA DEMO" : "");
				text(pg, fb, 13, 40, y, line);
				y -= 18;
				text(pg, f, 9, 40, y, fw->nama);
				y -= 16;
				spbe_fmt(strcmp(p->status, "final") == 0
					? p->indeks
					: sk.indeks,
				    x);
				pred = spbe_predikat(fw,
				    strcmp(p->status, "final") == 0
					? p->indeks
					: sk.indeks);
				snprintf(line, sizeof(line),
				    "Indeks SPBE %s %s", x, pred ? pred : "");
				text(pg, fb, 12, 40, y, line);
				y -= 16;
				for (size_t d = 0; d < fw->ndomain; d++) {
					spbe_fmt(sk.domain[d], x);
					snprintf(line, sizeof(line),
					    "Domain %s"
					    " %s: %s",
					    fw->domain[d].kode,
					    fw->domain[d].nama, x);
					text(pg, f, 9, 50, y, line);
					y -= 12;
				}
				y -= 8;
			}
			text(pg, fb, 8, 40, y, "No");
			text(pg, fb, 8, 62, y, "Indikator");
			text(pg, fb, 8, 430, y, "Bobot");
			text(pg, fb, 8, 465, y, "Tingkat");
			y -= 12;
		}
		if (i == fw->nind)
			break;
		snprintf(line, sizeof(line), "%d", fw->ind[i].nomor);
		text(pg, f, 8, 40, y, line);
		ascii(line, sizeof(line), fw->ind[i].nama, 78);
		text(pg, f, 8, 62, y, line);
		spbe_fmt(fw->ind[i].bobot, w);
		text(pg, f, 8, 430, y, w);
		snprintf(line, sizeof(line), "%d %s", e[i].level,
		    spbe_ind_level(fw, i, e[i].level)
			? spbe_ind_level(fw, i, e[i].level)->nama
			: "(belum)");
		text(pg, f, 8, 465, y, line);
		y -= 12;
	}
	spbe_isian_free(e, fw->nind);
	spbe_skor_free(&sk);
	if (!failed && HPDF_SaveToStream(pdf) == HPDF_OK) {
		len = HPDF_GetStreamSize(pdf);
		buf_reset(&r->out);
		buf_grow(&r->out, len);
		if (HPDF_ReadFromStream(pdf, (HPDF_BYTE *)r->out.s, &len) ==
			HPDF_OK ||
		    len > 0)
			r->out.len = len;
		else
			failed = 1;
	} else
		failed = 1;
	HPDF_Free(pdf);
	if (failed) {
		buf_reset(&r->out);
		page_error(r, 500, NULL);
		return;
	}
	r->status = 200;
	r->out_type = "application/pdf";
	free(r->disposition);
	r->disposition = xasprintf("attachment; filename=\"penilaian-spbe-%d"
				   "-revisi-%d.pdf\"",
	    p->tahun, p->revisi);
}
