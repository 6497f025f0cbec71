/* error.c: error pages in Bahasa Indonesia, HTML or JSON. */
#include "lib/msg.h"
#include "api.h"
#include "layout.h"
#include "pages.h"

static const struct {
	int status;
	const char *kode;
	enum msg_id title;
	enum msg_id text;
} errors[] = {
	{ 400, "permintaan_tidak_sah", M_ERR_400_TITLE, M_ERR_400_TEXT },
	{ 401, "belum_masuk", M_ERR_401_TITLE, M_ERR_401_TEXT },
	{ 403, "ditolak", M_ERR_403_TITLE, M_ERR_403_TEXT },
	{ 404, "tidak_ditemukan", M_ERR_404_TITLE, M_ERR_404_TEXT },
	{ 405, "metode_tidak_diizinkan", M_ERR_405_TITLE, M_ERR_405_TEXT },
	{ 409, "konflik", M_ERR_409_TITLE, M_ERR_409_TEXT },
	{ 413, "terlalu_besar", M_ERR_413_TITLE, M_ERR_413_TEXT },
	{ 415, "jenis_konten", M_ERR_415_TITLE, M_ERR_415_TEXT },
	{ 422, "isian_tidak_sah", M_ERR_422_TITLE, M_ERR_422_TEXT },
	{ 429, "terlalu_banyak", M_ERR_429_TITLE, M_ERR_429_TEXT },
	{ 503, "tidak_tersedia", M_ERR_503_TITLE, M_ERR_503_TEXT },
	{ 500, "galat_server", M_ERR_500_TITLE, M_ERR_500_TEXT },
};

void
page_error(struct req *r, int status, const char *message)
{
	size_t i, n = sizeof(errors) / sizeof(errors[0]);

	for (i = 0; i < n - 1 && errors[i].status != status; i++)
		;
	if (errors[i].status != status)
		status = 500;
	if (message == NULL)
		message = msg(errors[i].text);
	if (r->is_api) {
		api_error(r, status, errors[i].kode, message);
		return;
	}
	buf_reset(&r->out);
	r->status = status;
	layout_begin(r, msg(errors[i].title));
	html_printf(&r->out, "<h1>%s</h1><p>%s</p>", msg(errors[i].title),
	    message);
	html_lit(&r->out,
	    "<p><a href=\"/\">Kembali ke Beranda</a> · "
	    "<a href=\"/layanan\">Katalog Layanan</a></p>");
	layout_end(r);
}
