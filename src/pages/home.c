/* home.c: Beranda and the static assets. */
#include <string.h>

#include "asset.h"
#include "layout.h"
#include "pages.h"

void
page_home(struct req *r)
{
	struct buf *b = &r->out;

	layout_begin(r, "Beranda");
	html_lit(b, "<section class=\"sambutan\">"
	    "<h1>Mal Pelayanan Publik Digital Kabupaten Siak</h1>"
	    "<p>Temukan layanan pemerintah kabupaten, kecamatan, dan kampung,"
	    " lengkap dengan persyaratan, prosedur, jangka waktu, dan biayanya."
	    "</p><form method=\"get\" action=\"/layanan\" role=\"search\""
	    " class=\"cari\"><label for=\"q\">Cari layanan</label>"
	    "<input id=\"q\" name=\"q\" type=\"search\" maxlength=\"100\""
	    " placeholder=\"contoh: domisili, akta kelahiran, PBG\">"
	    "<button type=\"submit\">Cari</button></form></section>"
	    "<section><h2>Layanan menurut tingkat pemerintahan</h2><ul class=\"kartu\">"
	    "<li><a href=\"/layanan?tingkat=kabupaten\">Perangkat Daerah (OPD)"
	    "</a></li><li><a href=\"/layanan?tingkat=kecamatan\">Kecamatan</a>"
	    "</li><li><a href=\"/layanan?tingkat=kampung\">Kampung dan"
	    " Kelurahan</a></li></ul></section>");
	layout_end(r);
}

void
page_asset(struct req *r)
{
	const struct asset *a;

	for (a = assets; a->name != NULL; a++) {
		if (strcmp(a->name, r->captures[0]) == 0) {
			buf_reset(&r->out);
			buf_add(&r->out, a->data, a->len);
			r->status = 200;
			r->out_type = a->type;
			return;
		}
	}
	page_error(r, 404, NULL);
}
