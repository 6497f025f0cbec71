/* home.c: Beranda and the static assets. */
#include <string.h>

#include "catalog.h"
#include "http/asset.h"
#include "http/layout.h"
#include "http/pages.h"
#include "ui.h"
#include "mod/pengumuman/ui.h"

void
page_home(struct req *r)
{
	struct catalog_stats cs;
	struct buf *b = &r->out;

	if (catalog_stats(r->store, &cs) != 0) {
		page_error(r, 500, NULL);
		return;
	}
	layout_begin(r, "Beranda");
	html_lit(b,
	    "<section class=\"sambutan\">"
	    "<h1>Mal Pelayanan Publik Digital Kabupaten Siak</h1>"
	    "<p>Temukan layanan pemerintah kabupaten, kecamatan, dan kampung,"
	    " lengkap dengan persyaratan, prosedur, jangka waktu, dan biayanya."
	    "</p><form method=\"get\" action=\"/layanan\" role=\"search\""
	    " class=\"cari\"><label for=\"q\">Cari layanan</label>"
	    "<input id=\"q\" name=\"q\" type=\"search\" maxlength=\"100\""
	    " placeholder=\"contoh: domisili, akta kelahiran, PBG\">"
	    "<button type=\"submit\">Cari</button></form></section>");
	html_printf(b,
	    "<section aria-labelledby=\"h-angka\"><h2 id=\"h-angka\">"
	    "Pamong dalam angka</h2><ul class=\"kartu angka\">"
	    "<li><a href=\"/layanan\"><strong>%d</strong> layanan</a></li>"
	    "<li><a href=\"/layanan?tingkat=kabupaten\"><strong>%d</strong>"
	    " perangkat daerah (OPD)</a></li>"
	    "<li><a href=\"/wilayah\"><strong>%d</strong> kecamatan</a></li>"
	    "<li><a href=\"/wilayah\"><strong>%d</strong> kampung dan"
	    " <strong>%d</strong> kelurahan</a></li></ul></section>",
	    cs.layanan, cs.opd, cs.kecamatan, cs.kampung, cs.kelurahan);
	html_lit(b,
	    "<section aria-labelledby=\"h-sudah\"><h2 id=\"h-sudah\">"
	    "Sudah mengajukan atau menerima surat?</h2><ul class=\"kartu\">"
	    "<li><a href=\"/lacak\">Lacak permohonan</a><p class=\"meta\">"
	    "Pantau status permohonan dengan kode lacak, tanpa masuk akun."
	    "</p></li><li><a href=\"/verifikasi\">Verifikasi dokumen</a>"
	    "<p class=\"meta\">Periksa keaslian surat bertanda tangan"
	    " elektronik dengan kode pada surat atau berkas PDF-nya.</p></li>"
	    "</ul></section>");
	pengumuman_section(r, NULL, 5); /* H6: latest announcements */
	html_lit(b,
	    "<section><h2>Layanan menurut tingkat pemerintahan</h2>"
	    "<ul class=\"kartu\">"
	    "<li><a href=\"/layanan?tingkat=kabupaten\">Perangkat Daerah (OPD)"
	    "</a><p class=\"meta\">Kependudukan, perizinan, kesehatan, sosial,"
	    " dan lainnya.</p></li>"
	    "<li><a href=\"/layanan?tingkat=kecamatan\">Kecamatan</a>"
	    "<p class=\"meta\">Legalisasi dan rekomendasi oleh camat.</p></li>"
	    "<li><a href=\"/layanan?tingkat=kampung\">Kampung dan Kelurahan"
	    "</a><p class=\"meta\">Surat keterangan dan surat pengantar.</p>"
	    "</li></ul></section>"
	    "<section><h2>Layanan di kampung Anda</h2><p>Pilih kecamatan dan"
	    " kampung/kelurahan tempat tinggal Anda pada halaman <a"
	    " href=\"/wilayah\">Wilayah</a> untuk melihat layanan yang dapat"
	    " Anda gunakan.</p></section>");
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
