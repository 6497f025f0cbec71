/* error.c: error pages in Bahasa Indonesia, HTML or JSON. */
#include "api.h"
#include "layout.h"
#include "pages.h"

static const struct {
	int		 status;
	const char	*kode;
	const char	*title;
	const char	*text;
} errors[] = {
	{ 400, "permintaan_tidak_sah", "Permintaan tidak sah",
	    "Permintaan tidak dapat diproses karena isinya tidak sah." },
	{ 401, "belum_masuk", "Perlu masuk",
	    "Silakan masuk terlebih dahulu untuk membuka halaman ini." },
	{ 403, "ditolak", "Akses ditolak",
	    "Anda tidak memiliki hak akses untuk halaman atau tindakan ini." },
	{ 404, "tidak_ditemukan", "Halaman tidak ditemukan",
	    "Halaman atau data yang Anda cari tidak ditemukan." },
	{ 405, "metode_tidak_diizinkan", "Metode tidak diizinkan",
	    "Metode permintaan ini tidak didukung untuk alamat tersebut." },
	{ 413, "terlalu_besar", "Permintaan terlalu besar",
	    "Ukuran data yang dikirim melebihi batas." },
	{ 415, "jenis_konten", "Jenis konten tidak didukung",
	    "Jenis konten permintaan tidak didukung." },
	{ 422, "isian_tidak_sah", "Isian tidak sah",
	    "Sebagian isian tidak sah." },
	{ 429, "terlalu_banyak", "Terlalu banyak percobaan",
	    "Terlalu banyak percobaan dalam waktu singkat. Silakan tunggu"
	    " beberapa saat lalu coba lagi." },
	{ 500, "galat_server", "Terjadi gangguan",
	    "Terjadi gangguan pada sistem. Data Anda tidak berubah. Silakan"
	    " coba lagi beberapa saat lagi." },
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
		message = errors[i].text;
	if (r->is_api) {
		api_error(r, status, errors[i].kode, message);
		return;
	}
	buf_reset(&r->out);
	r->status = status;
	layout_begin(r, errors[i].title);
	html_printf(&r->out, "<h1>%s</h1><p>%s</p>", errors[i].title, message);
	html_lit(&r->out, "<p><a href=\"/\">Kembali ke Beranda</a> · "
	    "<a href=\"/layanan\">Katalog Layanan</a></p>");
	layout_end(r);
}
