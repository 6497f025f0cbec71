/*
 * kinerja_data.c: the open performance data: GET /data/kinerja.csv,
 * GET /api/v1/kinerja?unit=&periode= (JSON) and the data dictionary
 * GET /data/kamus.  One column table drives all three.  No personal data:
 * only counts per unit and service (no names, NIK, contacts, nor the
 * number of any single application).  See doc/kinerja.md.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <jansson.h>

#include "kinerja.h"
#include "lib/csv.h"
#include "lib/msg.h"
#include "lib/num.h"
#include "lib/when.h"
#include "lib/xalloc.h"
#include "http/api.h"
#include "kinerja_kolom.h"
#include "http/layout.h"
#include "http/pages.h"
#include "ui.h"

const struct kinerja_kolom kinerja_kolom[] = {
	{ "periode", KK_TEKS,
	    "Periode yang dihitung: satu tahun atau satu"
	    " bulan.",
	    "YYYY atau YYYY-MM",
	    "Dari parameter periode; tanggal menurut Waktu Indonesia Barat." },
	{ "unit_kode", KK_TEKS,
	    "Kode unit penanggung jawab layanan (OPD,"
	    " kecamatan, atau kampung/kelurahan).",
	    "kode",
	    "Layanan tingkat kabupaten: OPD pemilik layanan; layanan kampung"
	    " dan kecamatan: unit tempat permohonan didaftarkan. Kosong pada"
	    " baris jumlah Kabupaten Siak." },
	{ "unit_nama", KK_TEKS, "Nama unit.", "teks", "Dari daftar unit." },
	{ "unit_jenis", KK_TEKS, "Jenis unit.",
	    "opd, kecamatan, kampung,"
	    " kabupaten",
	    "Dari daftar unit; \"kabupaten\" untuk baris"
	    " jumlah." },
	{ "layanan_kode", KK_TEKS, "Kode layanan dalam katalog.", "kode",
	    "Kosong pada baris jumlah unit (semua layanan unit itu)." },
	{ "layanan_nama", KK_TEKS, "Nama layanan.", "teks",
	    "Dari katalog layanan." },
	{ "jangka_waktu_hari", KK_BILANGAN,
	    "Jangka waktu penyelesaian"
	    " menurut standar pelayanan.",
	    "hari kerja",
	    "Dari katalog"
	    " layanan saat dihitung; kosong pada baris jumlah." },
	{ "diterima", KK_BILANGAN, "Permohonan yang diajukan dalam periode.",
	    "permohonan",
	    "Jumlah permohonan (bukan draf) yang waktu"
	    " pengajuannya jatuh dalam periode." },
	{ "selesai", KK_BILANGAN, "Permohonan yang selesai dalam periode.",
	    "permohonan",
	    "Jumlah permohonan yang mencapai status akhir selain"
	    " ditolak dan dibatalkan dalam periode." },
	{ "ditolak", KK_BILANGAN, "Permohonan yang ditolak dalam periode.",
	    "permohonan",
	    "Jumlah permohonan yang mencapai status akhir"
	    " \"ditolak\" dalam periode." },
	{ "dicabut", KK_BILANGAN,
	    "Permohonan yang dibatalkan pemohon dalam"
	    " periode.",
	    "permohonan",
	    "Jumlah permohonan yang mencapai status"
	    " akhir \"dibatalkan\" dalam periode." },
	{ "dalam_proses", KK_BILANGAN,
	    "Permohonan yang masih diproses pada"
	    " akhir periode.",
	    "permohonan",
	    "Diajukan sebelum akhir periode"
	    " dan belum mencapai status akhir pada akhir periode (atau saat"
	    " ini bila periode belum berakhir)." },
	{ "median_hari_kerja", KK_BILANGAN, "Median waktu penyelesaian.",
	    "hari kerja",
	    "Waktu penyelesaian tiap permohonan selesai = jumlah"
	    " hari kerja dari tanggal pengajuan sampai tanggal selesai, kedua"
	    " tanggal dihitung, dikurangi satu (selesai di hari kerja yang"
	    " sama = 0). Median = persentil ke-50 metode peringkat terdekat"
	    " (nilai ke-⌈0,5·n⌉ setelah diurutkan). Kosong bila tidak ada yang"
	    " selesai." },
	{ "p90_hari_kerja", KK_BILANGAN,
	    "Persentil ke-90 waktu"
	    " penyelesaian.",
	    "hari kerja",
	    "Nilai ke-⌈0,9·n⌉ dari waktu"
	    " penyelesaian yang diurutkan naik (metode peringkat terdekat)." },
	{ "selesai_berstandar", KK_BILANGAN,
	    "Permohonan selesai yang memiliki"
	    " batas waktu.",
	    "permohonan",
	    "Permohonan selesai dalam periode"
	    " yang layanannya memiliki jangka waktu lebih dari 0 hari kerja"
	    " saat diajukan." },
	{ "selesai_tepat_waktu", KK_BILANGAN,
	    "Permohonan selesai paling"
	    " lambat pada batas waktunya.",
	    "permohonan",
	    "Dari"
	    " selesai_berstandar, yang tanggal selesainya tidak melewati batas"
	    " waktu yang ditetapkan saat pengajuan (tanggal pengajuan ditambah"
	    " jangka waktu dalam hari kerja)." },
	{ "tepat_waktu_persen", KK_PERSEN10,
	    "Persentase selesai tepat"
	    " waktu.",
	    "persen, satu desimal",
	    "selesai_tepat_waktu dibagi"
	    " selesai_berstandar dikali 100, dibulatkan setengah ke atas;"
	    " kosong bila selesai_berstandar 0." },
	{ "terlambat_kini", KK_BILANGAN,
	    "Permohonan yang masih diproses dan"
	    " sudah melewati batas waktu saat ini.",
	    "permohonan",
	    "Dihitung"
	    " pada saat data diambil (dihitung_pada), bukan pada akhir"
	    " periode: belum selesai dan batas waktunya sebelum hari ini." },
	{ "pengaduan_diterima", KK_BILANGAN,
	    "Pengaduan yang diterima dalam"
	    " periode.",
	    "pengaduan",
	    "Kosong selama data pengaduan belum"
	    " tersedia pada sistem ini." },
	{ "pengaduan_tepat_waktu", KK_BILANGAN,
	    "Pengaduan yang dijawab dalam"
	    " batas waktu.",
	    "pengaduan",
	    "Kosong selama data pengaduan belum"
	    " tersedia pada sistem ini." },
	{ "ikm", KK_X100, "Indeks Kepuasan Masyarakat (PermenPANRB 14/2017).",
	    "indeks 25-100, dua desimal",
	    "Dari kuesioner Survei Kepuasan"
	    " Masyarakat periode itu: 25 × rata-rata NRR sembilan unsur (bobot"
	    " sama 1/9), dibulatkan setengah ke atas. Kosong bila tidak ada"
	    " kuesioner atau ada unsur tanpa jawaban." },
	{ "ikm_responden", KK_BILANGAN, "Jumlah kuesioner SKM dalam periode.",
	    "kuesioner",
	    "Kuesioner daring dan kertas yang dicatat untuk"
	    " periode itu." },
	{ "dihitung_pada", KK_TEKS, "Waktu angka dihitung.", "ISO 8601 WIB",
	    "Angka selalu dihitung dari catatan saat diminta." },
};
const size_t kinerja_nkolom = sizeof(kinerja_kolom) / sizeof(kinerja_kolom[0]);

void
kinerja_baris_total(const struct kinerja_laporan *l, struct kinerja_baris *b)
{
	memset(b, 0, sizeof(*b));
	snprintf(b->unit_name, sizeof(b->unit_name), "Kabupaten Siak");
	snprintf(b->unit_kind, sizeof(b->unit_kind), "kabupaten");
	b->a = l->total;
}

void
kinerja_kolom_nilai(const struct kinerja_baris *b, const char *periode,
    time_t now, size_t i, const char **teks, int64_t *v, char tmp[32])
{
	const struct kinerja_angka *a = &b->a;

	*teks = "";
	*v = KINERJA_NA;
	switch (i) {
	case 0:
		*teks = periode;
		break;
	case 1:
		*teks = b->unit_code;
		break;
	case 2:
		*teks = b->unit_name;
		break;
	case 3:
		*teks = b->unit_kind;
		break;
	case 4:
		*teks = b->layanan_code;
		break;
	case 5:
		*teks = b->layanan_name;
		break;
	case 6:
		*v = b->layanan_id != 0 ? b->sla_days : KINERJA_NA;
		break;
	case 7:
		*v = a->diterima;
		break;
	case 8:
		*v = a->selesai;
		break;
	case 9:
		*v = a->ditolak;
		break;
	case 10:
		*v = a->dicabut;
		break;
	case 11:
		*v = a->dalam_proses;
		break;
	case 12:
		*v = a->median;
		break;
	case 13:
		*v = a->p90;
		break;
	case 14:
		*v = a->berstandar;
		break;
	case 15:
		*v = a->tepat_waktu;
		break;
	case 16:
		*v = kinerja_persen10(a->tepat_waktu, a->berstandar);
		break;
	case 17:
		*v = a->terlambat_kini;
		break;
	case 18:
		*v = a->pengaduan;
		break;
	case 19:
		*v = a->pengaduan_tepat;
		break;
	case 20:
		*v = a->ikm;
		break;
	case 21:
		*v = a->ikm_responden;
		break;
	case 22:
		when_wib_format(tmp, 32, "%Y-%m-%dT%H:%M:%S+07:00", now);
		*teks = tmp;
		break;
	default:
		BUG("kinerja column %zu", i);
	}
}

int
kinerja_req_periode(struct req *r, struct kinerja_periode *p)
{
	const char *s = req_param(r, "periode");

	if (s == NULL || *s == '\0') {
		kinerja_periode_now(r->now, p);
		p->bulan = 0;
		return 0;
	}
	return kinerja_periode_parse(s, p);
}

/* Parameters of the CSV and the API; 0, or -1 with the error sent. */
static int
data_params(struct req *r, struct kinerja_periode *p, const char **unit)
{
	*unit = req_param(r, "unit");
	if (kinerja_req_periode(r, p) != 0) {
		api_error(r, 400, "periode_tidak_sah",
		    msg(M_KINERJA_PERIODE_BAD));
		return -1;
	}
	if (*unit != NULL && **unit != '\0' &&
	    kinerja_unit_id(r->store, *unit) == 0) {
		api_error(r, 400, "unit_tidak_dikenal",
		    msg(M_KINERJA_UNIT_BAD));
		return -1;
	}
	return 0;
}

static int
compute(struct req *r, const struct kinerja_periode *p, const char *unit,
    struct kinerja_laporan *l)
{
	if (kinerja_hitung(r->store, p, unit, r->now, l) != 0) {
		kinerja_free(l);
		api_error(r, 500, "galat_server", msg(M_ERR_500_TEXT));
		return -1;
	}
	return 0;
}

static void
csv_row(struct buf *b, const struct kinerja_baris *row, const char *periode,
    time_t now)
{
	const char *t;
	char tmp[32];
	int64_t v;
	size_t i;

	for (i = 0; i < kinerja_nkolom; i++) {
		if (i > 0)
			csv_sep(b);
		kinerja_kolom_nilai(row, periode, now, i, &t, &v, tmp);
		if (kinerja_kolom[i].jenis == KK_TEKS)
			csv_text(b, t);
		else if (v == KINERJA_NA)
			;
		else if (kinerja_kolom[i].jenis == KK_PERSEN10) {
			num_fixed(tmp, 32, v, 1, '.');
			csv_number(b, tmp);
		} else if (kinerja_kolom[i].jenis == KK_X100) {
			num_fixed(tmp, 32, v, 2, '.');
			csv_number(b, tmp);
		} else
			csv_int(b, v);
	}
	csv_eol(b);
}

void
page_kinerja_csv(struct req *r)
{
	struct kinerja_laporan l;
	struct kinerja_baris total;
	struct kinerja_periode p;
	const char *unit;
	char per[8];
	size_t i;

	if (data_params(r, &p, &unit) != 0 || compute(r, &p, unit, &l) != 0)
		return;
	kinerja_periode_fmt(&p, per);
	buf_reset(&r->out);
	for (i = 0; i < kinerja_nkolom; i++) {
		if (i > 0)
			csv_sep(&r->out);
		csv_text(&r->out, kinerja_kolom[i].nama);
	}
	csv_eol(&r->out);
	if (unit == NULL || *unit == '\0') {
		kinerja_baris_total(&l, &total);
		csv_row(&r->out, &total, per, r->now);
	}
	for (i = 0; i < l.n; i++)
		csv_row(&r->out, &l.v[i], per, r->now);
	kinerja_free(&l);
	r->status = 200;
	r->out_type = "text/csv; charset=utf-8";
	free(r->disposition);
	r->disposition = xasprintf("inline; filename=\"kinerja-%s.csv\"", per);
}

static json_t *
json_row(const struct kinerja_baris *row, const char *periode, time_t now)
{
	json_t *o = json_object();
	const char *t;
	char tmp[32];
	int64_t v;
	size_t i;

	for (i = 0; i < kinerja_nkolom; i++) {
		kinerja_kolom_nilai(row, periode, now, i, &t, &v, tmp);
		if (i == 0 || i == kinerja_nkolom - 1)
			continue; /* given once, at the top */
		if (kinerja_kolom[i].jenis == KK_TEKS)
			json_object_set_new(o, kinerja_kolom[i].nama,
			    *t != '\0' ? json_string(t) : json_null());
		else if (v == KINERJA_NA)
			json_object_set_new(o, kinerja_kolom[i].nama,
			    json_null());
		else if (kinerja_kolom[i].jenis == KK_PERSEN10)
			json_object_set_new(o, kinerja_kolom[i].nama,
			    json_real((double)v / 10.0));
		else if (kinerja_kolom[i].jenis == KK_X100)
			json_object_set_new(o, kinerja_kolom[i].nama,
			    json_real((double)v / 100.0));
		else
			json_object_set_new(o, kinerja_kolom[i].nama,
			    json_integer(v));
	}
	return o;
}

void
api_kinerja(struct req *r)
{
	struct kinerja_laporan l;
	struct kinerja_baris total;
	struct kinerja_periode p;
	const char *unit, *t;
	json_t *o, *data;
	char per[8], tmp[32], *s;
	int64_t v;
	size_t i;

	if (data_params(r, &p, &unit) != 0 || compute(r, &p, unit, &l) != 0)
		return;
	kinerja_periode_fmt(&p, per);
	kinerja_baris_total(&l, &total);
	kinerja_kolom_nilai(&total, per, r->now, kinerja_nkolom - 1, &t, &v,
	    tmp);
	data = json_array();
	for (i = 0; i < l.n; i++)
		json_array_append_new(data, json_row(&l.v[i], per, r->now));
	o = json_pack("{s:s,s:s,s:o,s:o,s:o,s:b,s:s}", "periode", per,
	    "dihitung_pada", t, "unit",
	    unit != NULL && *unit != '\0' ? json_string(unit) : json_null(),
	    "total",
	    unit != NULL && *unit != '\0' ? json_null()
					  : json_row(&total, per, r->now),
	    "data", data, "pengaduan_tersedia", l.pengaduan_ada, "kamus",
	    "/data/kamus");
	kinerja_free(&l);
	/* api_send() prints reals with 17 digits; 55.6 must stay 55.6 */
	s = json_dumps(o,
	    JSON_COMPACT | JSON_ENSURE_ASCII | JSON_REAL_PRECISION(6));
	json_decref(o);
	buf_reset(&r->out);
	if (s != NULL)
		buf_adds(&r->out, s);
	free(s);
	buf_addc(&r->out, '\n');
	r->status = 200;
	r->out_type = "application/json; charset=utf-8";
}

void
page_kinerja_kamus(struct req *r)
{
	struct buf *b = &r->out;
	static const char *const jenis[] = { "teks", "bilangan bulat",
		"desimal (1 angka)", "desimal (2 angka)" };
	size_t i;

	layout_begin(r, "Kamus Data Kinerja Pelayanan");
	html_lit(b,
	    "<nav aria-label=\"Remah roti\"><a href=\"/kinerja\">"
	    "Kinerja</a> › Kamus data</nav>"
	    "<h1>Kamus Data Kinerja Pelayanan</h1>"
	    "<p>Kolom data terbuka kinerja pelayanan publik Kabupaten Siak,"
	    " sama untuk <a href=\"/data/kinerja.csv\">/data/kinerja.csv</a>"
	    " (CSV, pemisah koma, desimal titik, UTF-8) dan"
	    " <a href=\"/api/v1/kinerja\">/api/v1/kinerja</a> (JSON; kolom"
	    " periode dan dihitung_pada diberikan sekali di awal, nilai kosong"
	    " menjadi null). Parameter: <code>periode</code> (YYYY atau"
	    " YYYY-MM, bawaan tahun berjalan) dan <code>unit</code> (kode"
	    " unit, bawaan semua unit).</p>"
	    "<p>Semua angka dihitung dari catatan permohonan, survei dan"
	    " pengaduan saat diminta, tidak pernah diketik. Data ini tidak"
	    " memuat data pribadi: tidak ada nama, NIK, nomor telepon, alamat"
	    " surel, maupun nomor permohonan perorangan; yang ada hanya jumlah"
	    " per unit dan per layanan. Baris hanya ada untuk unit dan layanan"
	    " yang memiliki angka dalam periode itu. Hari kerja adalah Senin"
	    " sampai Jumat selain hari libur nasional, cuti bersama dan libur"
	    " daerah yang ditetapkan.</p>"
	    "<div class=\"tabel-gulir\" tabindex=\"0\" role=\"region\""
	    " aria-labelledby=\"kamus-judul\"><table><caption id=\"kamus-judul\">"
	    "Kolom data kinerja</caption><thead><tr><th scope=\"col\">Kolom"
	    "</th><th scope=\"col\">Arti</th><th scope=\"col\">Jenis</th>"
	    "<th scope=\"col\">Satuan</th><th scope=\"col\">Cara menghitung"
	    "</th></tr></thead><tbody>");
	for (i = 0; i < kinerja_nkolom; i++)
		html_printf(b,
		    "<tr id=\"k-%s\"><th scope=\"row\"><code>%s"
		    "</code></th><td>%s</td><td>%s</td><td>%s</td><td>%s</td>"
		    "</tr>",
		    kinerja_kolom[i].nama, kinerja_kolom[i].nama,
		    kinerja_kolom[i].arti, jenis[kinerja_kolom[i].jenis],
		    kinerja_kolom[i].satuan, kinerja_kolom[i].cara);
	html_lit(b, "</tbody></table></div>");
	layout_end(r);
}
