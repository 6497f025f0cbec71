/*
 * spbe_chart.c: server-rendered SVG charts for the SPBE pages and the
 * helpers they share.  Values are hundredths on the 0-5 scale; widths are
 * integer arithmetic, no floating point.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "spbe.h"
#include "spbe_store.h"
#include "lib/msg.h"
#include "http/layout.h"
#include "http/pages.h"
#include "spbe_pages.h"

#define BAR_W 300 /* pixels for 5.00 */
#define LABEL_W 230
#define ROW_H 26

void
spbe_svg_bars(struct buf *b, const char *title_id, const char *const *labels,
    const int64_t *vals, size_t n)
{
	char x[16];
	size_t i;
	int64_t w;
	int l;

	html_printf(b,
	    "<svg class=\"spbe-grafik\" role=\"img\""
	    " aria-labelledby=\"%s\" viewBox=\"0 0 %d %z\""
	    " xmlns=\"http://www.w3.org/2000/svg\">",
	    title_id, LABEL_W + BAR_W + 50, n * ROW_H + 24);
	for (l = 0; l <= 5; l++)
		html_printf(b,
		    "<line x1=\"%d\" x2=\"%d\" y1=\"0\" y2=\"%z\""
		    " class=\"garis\"/><text x=\"%d\" y=\"%z\" class=\"skala\">"
		    "%d</text>",
		    LABEL_W + l * BAR_W / 5, LABEL_W + l * BAR_W / 5, n * ROW_H,
		    LABEL_W + l * BAR_W / 5 - 3, n * ROW_H + 16, l);
	for (i = 0; i < n; i++) {
		w = vals[i] < 0 ? 0 : vals[i] > 500 ? 500 : vals[i];
		spbe_fmt(vals[i], x);
		html_printf(b,
		    "<text x=\"%d\" y=\"%z\" class=\"label\""
		    " text-anchor=\"end\">%s</text><rect x=\"%d\" y=\"%z\""
		    " width=\"%I\" height=\"%d\" class=\"batang\"/><text x=\"%I\""
		    " y=\"%z\" class=\"nilai\">%s</text>",
		    LABEL_W - 6, i * ROW_H + 17, labels[i], LABEL_W,
		    i * ROW_H + 4, w * BAR_W / 500, ROW_H - 8,
		    LABEL_W + w * BAR_W / 500 + 4, i * ROW_H + 17, x);
	}
	html_lit(b, "</svg>");
}

void
spbe_svg_years(struct buf *b, const char *title_id, const int *years,
    const int64_t *vals, size_t n)
{
	const int H = 150, COL = 60;
	char x[16];
	size_t i;
	int64_t h;

	html_printf(b,
	    "<svg class=\"spbe-grafik\" role=\"img\""
	    " aria-labelledby=\"%s\" viewBox=\"0 0 %z %d\""
	    " xmlns=\"http://www.w3.org/2000/svg\">",
	    title_id, n * COL + 20, H + 40);
	html_printf(b,
	    "<line x1=\"0\" x2=\"%z\" y1=\"%d\" y2=\"%d\""
	    " class=\"garis\"/>",
	    n * COL + 20, H + 10, H + 10);
	for (i = 0; i < n; i++) {
		h = vals[i] < 0 ? 0 : vals[i] > 500 ? 500 : vals[i];
		spbe_fmt(vals[i], x);
		html_printf(b,
		    "<rect x=\"%z\" y=\"%I\" width=\"%d\""
		    " height=\"%I\" class=\"batang\"/><text x=\"%z\" y=\"%I\""
		    " class=\"nilai\">%s</text><text x=\"%z\" y=\"%d\""
		    " class=\"label\">%d</text>",
		    i * COL + 20, H + 10 - h * H / 500, COL - 20, h * H / 500,
		    i * COL + 20, H + 4 - h * H / 500, x, i * COL + 20, H + 28,
		    years[i]);
	}
	html_lit(b, "</svg>");
}

int
spbe_page_load(struct req *r, const char *idstr, struct spbe_penilaian *p,
    struct spbe_framework **fw)
{
	char *end;
	long long id;

	*fw = NULL;
	id = strtoll(idstr ? idstr : "", &end, 10);
	if (idstr == NULL || *idstr == '\0' || *end != '\0' || id <= 0 ||
	    spbe_get(r->store, id, p) != 0) {
		page_error(r, 404, msg(M_SPBE_NOT_FOUND));
		return -1;
	}
	if ((*fw = spbe_kerangka_get(r->store, p->kerangka)) == NULL) {
		page_error(r, 500, msg(M_SPBE_KERANGKA_NONE));
		return -1;
	}
	return 0;
}

void
spbe_domain_chart(struct req *r, const struct spbe_framework *fw,
    const struct spbe_skor *sk, const char *id)
{
	struct buf *b = &r->out;
	const char **labels;
	char x[16], w[16];
	size_t i;

	labels = calloc(fw->ndomain ? fw->ndomain : 1, sizeof(*labels));
	if (labels == NULL)
		return;
	for (i = 0; i < fw->ndomain; i++)
		labels[i] = fw->domain[i].nama;
	html_printf(b,
	    "<div class=\"spbe-duo\"><figure><figcaption id=\"%s\">"
	    "Indeks per domain (skala 1 sampai 5)</figcaption>",
	    id);
	spbe_svg_bars(b, id, labels, sk->domain, fw->ndomain);
	html_printf(b,
	    "</figure><table aria-describedby=\"%s\"><thead><tr>"
	    "<th scope=\"col\">Domain</th><th scope=\"col\">Bobot</th>"
	    "<th scope=\"col\">Indeks</th></tr></thead><tbody>",
	    id);
	for (i = 0; i < fw->ndomain; i++) {
		spbe_fmt(sk->domain[i], x);
		spbe_fmt(fw->domain[i].bobot, w);
		html_printf(b,
		    "<tr><th scope=\"row\">%s</th><td>%s%%</td>"
		    "<td>%s</td></tr>",
		    fw->domain[i].nama, w, x);
	}
	html_lit(b, "</tbody></table></div>");
	free(labels);
}

void
spbe_index_block(struct req *r, const struct spbe_framework *fw, int64_t indeks,
    size_t kosong)
{
	const char *pred = spbe_predikat(fw, indeks);
	char x[16];

	spbe_fmt(indeks, x);
	html_printf(&r->out,
	    "<p class=\"spbe-indeks\"><span>Indeks SPBE"
	    "</span> <strong>%s</strong> <span class=\"predikat\">%s</span>"
	    "</p>",
	    x, pred ? pred : "belum berpredikat");
	if (kosong > 0)
		html_printf(&r->out,
		    "<p class=\"catatan\">Sementara: %z"
		    " indikator belum dinilai dan dihitung 0.</p>",
		    kosong);
}
