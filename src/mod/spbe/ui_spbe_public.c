/*
 * spbe_public.c: GET /spbe, the public SPBE summary: the newest FINAL
 * assessment (index, predikat, domain indices, chart) and the index
 * history across years.  Never reads a draft or submitted assessment.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "spbe.h"
#include "spbe_store.h"
#include "lib/msg.h"
#include "lib/xalloc.h"
#include "http/layout.h"
#include "http/pages.h"
#include "ui.h"
#include "spbe_pages.h"

static void
history(struct req *r, const struct spbe_penilaian *v, size_t n)
{
	struct buf *b = &r->out;
	int64_t *vals;
	int *years;
	char x[16];
	size_t i, k;

	years = xcalloc(n, sizeof(*years));
	vals = xcalloc(n, sizeof(*vals));
	for (i = 0; i < n; i++) { /* oldest first */
		k = n - 1 - i;
		years[i] = v[k].tahun;
		vals[i] = v[k].indeks;
	}
	html_lit(b,
	    "<section aria-labelledby=\"h-riwayat\"><h2 id=\"h-riwayat\">"
	    "Riwayat Indeks SPBE</h2><div class=\"spbe-duo\"><figure>"
	    "<figcaption id=\"g-riwayat\">Indeks SPBE per tahun penilaian"
	    "</figcaption>");
	spbe_svg_years(b, "g-riwayat", years, vals, n);
	html_lit(b,
	    "</figure><table aria-describedby=\"g-riwayat\"><thead><tr>"
	    "<th scope=\"col\">Tahun</th><th scope=\"col\">Indeks</th>"
	    "<th scope=\"col\">Predikat</th><th scope=\"col\">Keterangan</th>"
	    "</tr></thead><tbody>");
	for (i = 0; i < n; i++) {
		spbe_fmt(v[i].indeks, x);
		html_printf(b,
		    "<tr><th scope=\"row\">%d</th><td>%s</td>"
		    "<td>%s</td><td>%s%s</td></tr>",
		    v[i].tahun, x, v[i].predikat,
		    v[i].revisi > 1 ? "revisi " : "",
		    v[i].demo ? "data demo" : "");
	}
	html_lit(b, "</tbody></table></div></section>");
	free(years);
	free(vals);
}

void
page_spbe_public(struct req *r)
{
	struct buf *b = &r->out;
	struct spbe_penilaian *v;
	struct spbe_framework *fw;
	struct spbe_skor sk;
	size_t n;
	int *lv;

	v = spbe_list_final(r->store, &n);
	layout_begin(r, "Indeks SPBE Kabupaten Siak");
	html_lit(b,
	    "<h1>Indeks SPBE Kabupaten Siak</h1><p>Hasil evaluasi"
	    " mandiri Sistem Pemerintahan Berbasis Elektronik (SPBE) yang telah"
	    " difinalkan oleh Koordinator SPBE. Halaman ini hanya menampilkan"
	    " penilaian final.</p>");
	if (n == 0) {
		notice(r, "info", msg(M_SPBE_NONE_FINAL));
		layout_end(r);
		free(v);
		return;
	}
	fw = spbe_kerangka_get(r->store, v[0].kerangka);
	html_printf(b,
	    "<section aria-labelledby=\"h-terbaru\"><h2"
	    " id=\"h-terbaru\">Penilaian tahun %d</h2>",
	    v[0].tahun);
	if (v[0].demo)
		notice(r, "info", msg(M_SPBE_DEMO_PUBLIC));
	if (fw != NULL) {
		spbe_index_block(r, fw, v[0].indeks, 0);
		html_printf(b, "<p>Kerangka: %s.</p>", fw->nama);
		lv = spbe_levels(r->store, fw, v[0].id);
		if (spbe_score(fw, lv, &sk) == 0) {
			spbe_domain_chart(r, fw, &sk, "g-domain");
			spbe_skor_free(&sk);
		}
		free(lv);
		spbe_framework_free(fw);
	}
	html_lit(b, "</section>");
	history(r, v, n);
	layout_end(r);
	free(v);
}
