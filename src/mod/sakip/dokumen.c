/*
 * dokumen.c: the Perjanjian Kinerja (PK) and the LKjIP of a unit and
 * year (issue 22), generated from the plan, rendered by the letter
 * renderer of the dokumen module (A4, QR to the public page), signed
 * PAdES B-T with the head's key from the regency PKI, stored in berkas
 * and recorded with its audit event.  Deadlines: PK one month after the
 * unit's DPA, LKjIP 31 March of the next year.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/buf.h"
#include "lib/when.h"
#include "lib/xalloc.h"
#include "mod/akun/account.h"
#include "mod/audit/audit.h"
#include "mod/berkas/berkas.h"
#include "mod/dokumen/pades.h"
#include "mod/dokumen/surat_pdf.h"
#include "mod/pki/pki.h"
#include "store/store.h"
#include "sakip.h"
#include "sql.h"

/* target or realisation as Indonesian text ("5,08") */
static void
teks(int64_t x, char out[32])
{
	char *p;

	sakip_angka_fmt(x, out);
	if ((p = strchr(out, '.')) != NULL)
		*p = ',';
}

static void
isi_pk(struct buf *b, const struct account *a, const char *jabatan,
    const struct sakip_ind *v, size_t n, int tahun)
{
	char t[32];
	size_t i;

	buf_addf(b,
	    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif,"
	    " transparan, dan akuntabel serta berorientasi pada hasil, yang"
	    " bertanda tangan di bawah ini:\n\nNama: %s\nJabatan: %s\n\n"
	    "berjanji akan mewujudkan target kinerja tahun %d sebagaimana"
	    " tercantum di bawah ini, sesuai dengan Rencana Strategis, dan"
	    " bertanggung jawab atas capaiannya kepada Bupati Siak.\n\n"
	    "Sasaran, indikator, dan target kinerja tahun %d:",
	    a->full_name, jabatan, tahun, tahun);
	for (i = 0; i < n; i++) {
		if (v[i].ada_target[0])
			teks(v[i].target[0], t);
		else
			snprintf(t, sizeof(t), "%s", "belum ditetapkan");
		buf_addf(b,
		    "\n\n%zu. Sasaran: %s\nIndikator %s: %s\nTarget: %s %s",
		    i + 1, v[i].sasaran, v[i].kode, v[i].nama, t, v[i].satuan);
	}
}

static void
isi_lkjip(struct buf *b, const char *unit, const struct sakip_ind *v, size_t n,
    int tahun)
{
	char t[32], r[32], c[32];
	int64_t cap;
	size_t i;
	int q, rc;

	buf_addf(b,
	    "BAB I PENDAHULUAN\nLaporan Kinerja Instansi Pemerintah (LKjIP)"
	    " %s tahun %d disusun sebagai pertanggungjawaban atas pelaksanaan"
	    " Perjanjian Kinerja tahun %d (Perpres 29/2014).\n\n"
	    "BAB II PERENCANAAN KINERJA\nPerjanjian Kinerja tahun %d memuat"
	    " %zu indikator kinerja.\n\nBAB III AKUNTABILITAS KINERJA\n"
	    "Capaian setiap indikator (realisasi terverifikasi Bappeda):",
	    unit, tahun, tahun, tahun, n);
	for (i = 0; i < n; i++) {
		for (q = 4; q > 0 && !v[i].ada_real[q - 1]; q--)
			;
		if (v[i].ada_target[0])
			teks(v[i].target[0], t);
		else
			snprintf(t, sizeof(t), "%s", "-");
		if (q == 0) {
			buf_addf(b,
			    "\n\n%zu. %s %s\nTarget: %s %s; realisasi: belum"
			    " ada",
			    i + 1, v[i].kode, v[i].nama, t, v[i].satuan);
			continue;
		}
		teks(v[i].real[q - 1], r);
		rc = sakip_capaian_periode(
		    sakip_polaritas_parse(v[i].polaritas), v[i].kumulatif,
		    v[i].target + 1, v[i].real, v[i].ada_real, q, &cap, NULL);
		if (rc == 0) {
			sakip_fmt2(cap, c);
			if (strchr(c, '.'))
				*strchr(c, '.') = ',';
		} else
			snprintf(c, sizeof(c), "%s", "tidak dapat dihitung");
		buf_addf(b,
		    "\n\n%zu. %s %s\nTarget: %s %s; realisasi triwulan %d:"
		    " %s; capaian s.d. triwulan %d: %s%%",
		    i + 1, v[i].kode, v[i].nama, t, v[i].satuan, q, r, q, c);
	}
	buf_adds(b,
	    "\n\nBAB IV PENUTUP\nDemikian laporan kinerja ini disusun"
	    " sebagai bahan evaluasi dan perbaikan kinerja tahun"
	    " berikutnya.");
}

int
sakip_dokumen_buat(struct store *s, const char *data_dir, struct pki *pki,
    const char *jenis, int64_t unit_id, int tahun, const char *username,
    const char *passphrase, time_t now, char sha256[65], char *err,
    size_t errlen)
{
	struct account a;
	struct sakip_ind *v;
	struct letter l;
	struct pades_signer ps;
	struct audit ev = { 0 };
	struct buf body = BUF_INIT, pdf = BUF_INIT, out = BUF_INIT;
	char jabatan[200], judul[80], nomor[80], kode[80], tgl[40], obj[80];
	char *url = NULL, *kop2 = NULL;
	EVP_PKEY *key = NULL;
	X509 *cert = NULL;
	int64_t cert_id;
	size_t n = 0;
	int pk = strcmp(jenis, "pk") == 0, rc = -1;
	struct tm tm;

	if (!pk && strcmp(jenis, "lkjip") != 0) {
		snprintf(err, errlen, "jenis dokumen harus pk atau lkjip");
		return -1;
	}
	if (account_find(s, username, &a) != 0 || a.disabled) {
		snprintf(err, errlen, "akun %s tidak ditemukan", username);
		return -1;
	}
	if (a.unit_id != unit_id || !(a.roles & ROLE_KEPALA) ||
	    !(a.roles & ROLE_PENANDATANGAN)) {
		snprintf(err, errlen,
		    "%s bukan kepala unit ini yang berwenang menandatangani",
		    username);
		return -3;
	}
	if ((v = sakip_sql_list(s, unit_id, tahun, &n)) == NULL) {
		snprintf(err, errlen,
		    "unit ini tidak memiliki indikator tahun %d", tahun);
		return -1;
	}
	switch (pki_signer(s, a.id, passphrase, &key, &cert, &cert_id)) {
	case 0:
		break;
	case -2:
		snprintf(err, errlen, "frasa sandi penandatangan salah");
		goto out;
	default:
		snprintf(err, errlen, "%s tidak memiliki sertifikat aktif",
		    username);
		goto out;
	}
	pki_title(&a, jabatan, sizeof(jabatan));
	if (pk)
		isi_pk(&body, &a, jabatan, v, n, tahun);
	else
		isi_lkjip(&body, v[0].unit_nama, v, n, tahun);
	snprintf(judul, sizeof(judul), "%s TAHUN %d",
	    pk ? "PERJANJIAN KINERJA" : "LAPORAN KINERJA INSTANSI PEMERINTAH",
	    tahun);
	snprintf(nomor, sizeof(nomor), "%s/%s/%d", pk ? "PK" : "LKJIP",
	    v[0].unit_kode, tahun);
	snprintf(kode, sizeof(kode), "%s-%s-%d", jenis, v[0].unit_kode, tahun);
	url = xasprintf("%s/sakip/dokumen/%s.pdf", pki_base_url(pki), kode);
	kop2 = xstrdup(v[0].unit_nama);
	when_wib(now, &tm);
	snprintf(tgl, sizeof(tgl), "%d %s %d", tm.tm_mday,
	    when_bulan[tm.tm_mon], tm.tm_year + 1900);
	memset(&l, 0, sizeof(l));
	l.level = SURAT_PDF_KABUPATEN;
	l.kop[0] = "PEMERINTAH KABUPATEN SIAK";
	l.kop[1] = kop2;
	l.kop[2] = "Siak Sri Indrapura, Riau";
	l.title = judul;
	l.nomor_surat = nomor;
	buf_addc(&body, '\0');
	l.body = body.s;
	l.place = "Siak Sri Indrapura";
	l.date = tgl;
	l.signer_name = a.full_name;
	l.signer_position = jabatan;
	l.verify_url = url;
	l.kode = kode;
	if (surat_pdf_render(&l, &pdf, err, errlen) != 0)
		goto out;
	memset(&ps, 0, sizeof(ps));
	ps.key = key;
	ps.cert = cert;
	ps.chain = pki_chain(pki);
	ps.when = now;
	ps.name = a.full_name;
	ps.reason = judul;
	ps.location = "Siak Sri Indrapura";
	ps.tsa = pki_tsa_cb;
	ps.tsa_arg = pki;
	if (pades_sign(pdf.s, pdf.len, &ps, &out, err, errlen) != 0)
		goto out;
	if (berkas_write(data_dir, out.s, out.len, sha256) != 0) {
		snprintf(err, errlen, "berkas PDF tidak dapat disimpan");
		goto out;
	}
	snprintf(obj, sizeof(obj), "%s", kode);
	ev.actor_id = a.id;
	ev.role = "kepala";
	ev.unit_id = unit_id;
	ev.action = pk ? "sakip.pk_tandatangan" : "sakip.lkjip_tandatangan";
	ev.object_type = "sakip_dokumen";
	ev.object_id = obj;
	ev.to_state = "ditandatangani";
	ev.note = sha256;
	if (store_begin(s) != 0)
		goto db;
	if (berkas_record(s, sha256, out.len, "application/pdf", now) != 0 ||
	    sakip_sql_dokumen_simpan(s, jenis, unit_id, tahun, a.id, now,
		sha256, (int64_t)out.len) != 0 ||
	    audit_write(s, &ev) != 0 || store_commit(s) != 0) {
		store_rollback(s);
		goto db;
	}
	rc = 0;
	goto out;
db:
	snprintf(err, errlen, "dokumen gagal dicatat: %s", store_errmsg(s));
out:
	EVP_PKEY_free(key);
	X509_free(cert);
	free(v);
	free(url);
	free(kop2);
	buf_free(&body);
	buf_free(&pdf);
	buf_free(&out);
	return rc;
}

int
sakip_pk_kontrasign(struct store *s, const char *data_dir, struct pki *pki,
    int64_t unit_id, int tahun, const char *username, const char *passphrase,
    time_t now, char sha256[65], char *err, size_t errlen)
{
	struct account a;
	struct pades_signer ps;
	struct audit ev = { 0 };
	struct buf pdf = BUF_INIT, out = BUF_INIT;
	char lama[65], obj[80], judul[80];
	char *path = NULL;
	EVP_PKEY *key = NULL;
	X509 *cert = NULL;
	int64_t cert_id, kepala, atasan, atasan_at, at;
	int rc = -1;

	if (account_find(s, username, &a) != 0 || a.disabled) {
		snprintf(err, errlen, "akun %s tidak ditemukan", username);
		return -1;
	}
	if (!(a.roles & ROLE_PIMPINAN) || !(a.roles & ROLE_PENANDATANGAN)) {
		snprintf(err, errlen,
		    "%s bukan atasan yang berwenang menandatangani (peran"
		    " pimpinan dan penandatangan)",
		    username);
		return -3;
	}
	if (sakip_sql_pk_penanda(s, unit_id, tahun, &kepala, &atasan,
		&atasan_at) != 1 ||
	    sakip_sql_dokumen(s, "pk", unit_id, tahun, lama, &at) != 1) {
		snprintf(err, errlen,
		    "Perjanjian Kinerja tahun %d belum ditandatangani kepala"
		    " unit",
		    tahun);
		return -1;
	}
	if (atasan != 0) {
		snprintf(err, errlen,
		    "Perjanjian Kinerja tahun %d sudah ditandatangani atasan",
		    tahun);
		return -1;
	}
	if (kepala == a.id) {
		snprintf(err, errlen,
		    "atasan harus orang lain dari kepala unit yang"
		    " menandatangani");
		return -3;
	}
	path = berkas_path(data_dir, lama);
	if (path == NULL || buf_read_file(&pdf, path, 64u << 20) != 0) {
		snprintf(err, errlen,
		    "berkas Perjanjian Kinerja tidak terbaca");
		goto out;
	}
	switch (pki_signer(s, a.id, passphrase, &key, &cert, &cert_id)) {
	case 0:
		break;
	case -2:
		snprintf(err, errlen, "frasa sandi penandatangan salah");
		goto out;
	default:
		snprintf(err, errlen, "%s tidak memiliki sertifikat aktif",
		    username);
		goto out;
	}
	snprintf(judul, sizeof(judul), "Perjanjian Kinerja %d (atasan)", tahun);
	memset(&ps, 0, sizeof(ps));
	ps.key = key;
	ps.cert = cert;
	ps.chain = pki_chain(pki);
	ps.when = now;
	ps.name = a.full_name;
	ps.reason = judul;
	ps.location = "Siak Sri Indrapura";
	ps.tsa = pki_tsa_cb;
	ps.tsa_arg = pki;
	if (pades_sign(pdf.s, pdf.len, &ps, &out, err, errlen) != 0)
		goto out;
	if (berkas_write(data_dir, out.s, out.len, sha256) != 0) {
		snprintf(err, errlen, "berkas PDF tidak dapat disimpan");
		goto out;
	}
	snprintf(obj, sizeof(obj), "pk-%lld-%d", (long long)unit_id, tahun);
	ev.actor_id = a.id;
	ev.role = "pimpinan";
	ev.unit_id = unit_id;
	ev.action = "sakip.pk_kontrasign";
	ev.object_type = "sakip_dokumen";
	ev.object_id = obj;
	ev.from_state = "ditandatangani";
	ev.to_state = "ditandatangani_atasan";
	ev.note = sha256;
	if (store_begin(s) != 0)
		goto db;
	if (berkas_record(s, sha256, out.len, "application/pdf", now) != 0 ||
	    sakip_sql_pk_kontrasign(s, unit_id, tahun, sha256, (int64_t)out.len,
		a.id, now) != 1 ||
	    audit_write(s, &ev) != 0 || store_commit(s) != 0) {
		store_rollback(s);
		goto db;
	}
	rc = 0;
	goto out;
db:
	snprintf(err, errlen, "tanda tangan atasan gagal dicatat: %s",
	    store_errmsg(s));
out:
	EVP_PKEY_free(key);
	X509_free(cert);
	free(path);
	buf_free(&pdf);
	buf_free(&out);
	return rc;
}

int
sakip_tenggat(const char *jenis, const char *dpa, int tahun, char out[11])
{
	int y, m, d, last;

	if (strcmp(jenis, "lkjip") == 0) {
		snprintf(out, 11, "%04u-03-31", (unsigned)(tahun + 1) % 10000u);
		return 0;
	}
	if (dpa == NULL || sscanf(dpa, "%4d-%2d-%2d", &y, &m, &d) != 3 ||
	    m < 1 || m > 12 || d < 1 || d > 31)
		return -1;
	if (++m > 12) {
		m = 1;
		y++;
	}
	/* the same day a month later, or that month's last day */
	last = (int)(when_days_from_civil(m == 12 ? y + 1 : y,
			 m == 12 ? 1 : m + 1, 1) -
	    when_days_from_civil(y, m, 1));
	if (d > last)
		d = last;
	snprintf(out, 11, "%04u-%02u-%02u", (unsigned)y % 10000u,
	    (unsigned)m % 100u, (unsigned)d % 100u);
	return 0;
}

int64_t
sakip_unit(struct store *s, const char *kode)
{
	return sakip_sql_unit(s, kode);
}

int
sakip_dpa_set(struct store *s, int64_t unit_id, int tahun, const char *tgl,
    const char **why)
{
	struct audit ev = { 0 };
	int y, m, d;
	char obj[40];

	if (strlen(tgl) != 10 || sscanf(tgl, "%4d-%2d-%2d", &y, &m, &d) != 3 ||
	    m < 1 || m > 12 || d < 1 || d > 31 || y < 2000 || y > 2100 ||
	    tgl[4] != '-' || tgl[7] != '-') {
		*why = "tanggal DPA harus YYYY-MM-DD";
		return -1;
	}
	snprintf(obj, sizeof(obj), "%lld/%d", (long long)unit_id, tahun);
	ev.role = "cli";
	ev.unit_id = unit_id;
	ev.action = "sakip.dpa";
	ev.object_type = "sakip_dpa";
	ev.object_id = obj;
	ev.note = tgl;
	if (store_begin(s) != 0)
		goto db;
	if (sakip_sql_dpa_simpan(s, unit_id, tahun, tgl) != 0 ||
	    audit_write(s, &ev) != 0 || store_commit(s) != 0) {
		store_rollback(s);
		goto db;
	}
	return 0;
db:
	*why = "tanggal DPA gagal disimpan";
	return -1;
}
