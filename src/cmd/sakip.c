/*
 * sakip.c: `pamong sakip capaian --target T --realisasi R --polaritas
 * positif|negatif` (the capaian of one indicator, in percent with two
 * decimals on the last line) and `pamong akip skor FILE.csv` (an AKIP
 * self-evaluation answer sheet: each component's score, last line
 * "Nilai AKIP X.XX PREDIKAT").  Issue 22; the rules are in mod/sakip.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "mod/berkas/berkas.h"
#include "mod/pki/pki.h"
#include "mod/sakip/sakip.h"
#include "lib/buf.h"
#include "lib/csv.h"
#include "store/store.h"
#include "cmd.h"

static int
capaian(int argc, char **argv)
{
	static const char *const opts[] = { "--target=", "--realisasi=",
		"--polaritas=", NULL };
	const char *ts, *rs, *ps;
	int64_t t, r, c, mentah;
	char a[32], b[32], x[32], y[32];
	int p, rc;

	opt_only(argc, argv, 2, opts);
	ts = opt_get(argc, argv, "--target");
	rs = opt_get(argc, argv, "--realisasi");
	ps = opt_get(argc, argv, "--polaritas");
	if (ts == NULL || rs == NULL || ps == NULL)
		usage_error("--target, --realisasi, dan --polaritas wajib");
	p = sakip_polaritas_parse(ps);
	if (p != SAKIP_POSITIF && p != SAKIP_NEGATIF)
		usage_error("--polaritas harus positif atau negatif, bukan %s",
		    ps);
	if (sakip_angka_parse(ts, &t) != 0)
		usage_error("--target bukan angka desimal (titik sebagai "
			    "pemisah desimal, misalnya 5.50): %s",
		    ts);
	if (sakip_angka_parse(rs, &r) != 0)
		usage_error("--realisasi bukan angka desimal (titik sebagai "
			    "pemisah desimal, misalnya 5.08): %s",
		    rs);
	rc = sakip_capaian(p, t, r, &c, &mentah);
	if (rc == -1)
		die("target 0: capaian tidak dapat dihitung "
		    "(TARGET_NOL); tetapkan target yang lebih dari 0");
	if (rc != 0)
		die("target negatif tidak didukung: %s", ts);
	sakip_angka_fmt(t, a);
	sakip_angka_fmt(r, b);
	if (p == SAKIP_POSITIF)
		printf("Polaritas positif: %s / %s x 100\n", b, a);
	else
		printf("Polaritas negatif: (%s - (%s - %s)) / %s x 100\n", a, b,
		    a, a);
	if (mentah < 0) {
		sakip_fmt2(mentah, x);
		printf("Hasil hitung %s; capaian tidak ditampilkan di bawah "
		       "0.00\n",
		    x);
	}
	sakip_fmt2(c, y);
	printf("%s\n", y);
	return 0;
}

/* --tahun as a year 2000-2100; a usage error otherwise */
static int
tahun_opt(int argc, char **argv)
{
	const char *t = opt_get(argc, argv, "--tahun");
	int y;

	if (t == NULL || strlen(t) != 4 || (y = atoi(t)) < 2000 || y > 2100)
		usage_error("--tahun YYYY wajib, antara 2000 dan 2100");
	return y;
}

static int64_t
unit_opt(struct store *s, int argc, char **argv)
{
	const char *u = opt_get(argc, argv, "--unit");
	int64_t id;

	if (u == NULL)
		usage_error("--unit KODE wajib");
	if ((id = sakip_unit(s, u)) == 0)
		die("unit %s tidak ditemukan", u);
	return id;
}

/* Copy the stored file sha to ke (--ke), or die. */
static void
salin(const char *dir, const char *sha, const char *ke)
{
	struct buf b = BUF_INIT;
	char *path = berkas_path(dir, sha);
	FILE *f;

	if ((f = fopen(ke, "wb")) == NULL)
		die("%s tidak dapat ditulis", ke);
	if (buf_read_file(&b, path, 64 * 1024 * 1024) != 0 ||
	    fwrite(b.s, 1, b.len, f) != b.len || fclose(f) != 0)
		die("%s tidak dapat ditulis", ke);
	buf_free(&b);
	free(path);
	printf("Disalin ke %s\n", ke);
}

static int
dokumen(int argc, char **argv)
{
	static const char *const opts[] = { "--data=", "--jenis=", "--unit=",
		"--tahun=", "--penandatangan=", "--passphrase-stdin",
		"--ke=", NULL };
	const char *dir, *jenis, *user, *ke;
	char pass[1024], sha[65], err[512];
	struct store *s;
	struct pki *pki;
	int64_t unit;
	int tahun, rc;

	opt_only(argc, argv, 2, opts);
	dir = opt_get(argc, argv, "--data");
	jenis = opt_get(argc, argv, "--jenis");
	user = opt_get(argc, argv, "--penandatangan");
	ke = opt_get(argc, argv, "--ke");
	if (dir == NULL || jenis == NULL || user == NULL ||
	    !opt_has(argc, argv, "--passphrase-stdin"))
		usage_error("--data, --jenis, --unit, --tahun, --penandatangan,"
			    " dan --passphrase-stdin wajib");
	if (strcmp(jenis, "pk") != 0 && strcmp(jenis, "lkjip") != 0)
		usage_error("--jenis harus pk atau lkjip, bukan %s", jenis);
	tahun = tahun_opt(argc, argv);
	if (fgets(pass, sizeof(pass), stdin) == NULL)
		die("frasa sandi tidak terbaca dari stdin");
	pass[strcspn(pass, "\r\n")] = '\0';
	s = cmd_open_store(dir);
	unit = unit_opt(s, argc, argv);
	if ((pki = pki_load(dir)) == NULL)
		die("PKI kabupaten tidak terbaca di %s/pki", dir);
	rc = sakip_dokumen_buat(s, dir, pki, jenis, unit, tahun, user, pass,
	    time(NULL), sha, err, sizeof(err));
	explicit_bzero(pass, sizeof(pass));
	if (rc != 0)
		die("%s", err);
	printf("%s %d ditandatangani: sha256 %s\n",
	    strcmp(jenis, "pk") == 0 ? "Perjanjian Kinerja" : "LKjIP", tahun,
	    sha);
	if (ke != NULL)
		salin(dir, sha, ke);
	pki_free(pki);
	store_close(s);
	return 0;
}

/*
 * `pamong sakip kontrasign`: the superior countersigns a unit's signed
 * Perjanjian Kinerja (a second PAdES signature, issue 22).
 */
static int
kontrasign(int argc, char **argv)
{
	static const char *const opts[] = { "--data=", "--unit=", "--tahun=",
		"--penandatangan=", "--passphrase-stdin", "--ke=", NULL };
	const char *dir, *user, *ke;
	char pass[1024], sha[65], err[512];
	struct store *s;
	struct pki *pki;
	int64_t unit;
	int tahun, rc;

	opt_only(argc, argv, 2, opts);
	dir = opt_get(argc, argv, "--data");
	user = opt_get(argc, argv, "--penandatangan");
	ke = opt_get(argc, argv, "--ke");
	if (dir == NULL || user == NULL ||
	    !opt_has(argc, argv, "--passphrase-stdin"))
		usage_error("--data, --unit, --tahun, --penandatangan, dan"
			    " --passphrase-stdin wajib");
	tahun = tahun_opt(argc, argv);
	if (fgets(pass, sizeof(pass), stdin) == NULL)
		die("frasa sandi tidak terbaca dari stdin");
	pass[strcspn(pass, "\r\n")] = '\0';
	s = cmd_open_store(dir);
	unit = unit_opt(s, argc, argv);
	if ((pki = pki_load(dir)) == NULL)
		die("PKI kabupaten tidak terbaca di %s/pki", dir);
	rc = sakip_pk_kontrasign(s, dir, pki, unit, tahun, user, pass,
	    time(NULL), sha, err, sizeof(err));
	explicit_bzero(pass, sizeof(pass));
	if (rc != 0)
		die("%s", err);
	printf("Perjanjian Kinerja %d ditandatangani atasan: sha256 %s\n",
	    tahun, sha);
	if (ke != NULL)
		salin(dir, sha, ke);
	pki_free(pki);
	store_close(s);
	return 0;
}

static int
dpa(int argc, char **argv)
{
	static const char *const opts[] = { "--data=", "--unit=", "--tahun=",
		"--tanggal=", NULL };
	const char *dir, *tgl, *why = NULL;
	struct store *s;
	int64_t unit;
	int tahun;

	opt_only(argc, argv, 2, opts);
	dir = opt_get(argc, argv, "--data");
	tgl = opt_get(argc, argv, "--tanggal");
	if (dir == NULL || tgl == NULL)
		usage_error("--data, --unit, --tahun, dan --tanggal wajib");
	tahun = tahun_opt(argc, argv);
	s = cmd_open_store(dir);
	unit = unit_opt(s, argc, argv);
	if (sakip_dpa_set(s, unit, tahun, tgl, &why) != 0)
		die("%s", why);
	printf("DPA %d: %s\n", tahun, tgl);
	store_close(s);
	return 0;
}

/*
 * `pamong sakip skor`: record an external score of a year (SAKIP, RB,
 * SPIP, APIP, SPBE) with its source document (issue 22).
 */
static int
skor_eksternal(int argc, char **argv)
{
	static const char *const opts[] = { "--data=", "--jenis=", "--tahun=",
		"--nilai=", "--dokumen=", "--tanggal=", "--tautan=",
		"--berkas=", NULL };
	const char *dir, *jn, *th, *nl, *dk, *tg, *tt, *bf, *why = NULL;
	struct buf file = BUF_INIT;
	char x[32], k[32];
	struct store *s;
	int v;

	opt_only(argc, argv, 2, opts);
	dir = opt_get(argc, argv, "--data");
	jn = opt_get(argc, argv, "--jenis");
	th = opt_get(argc, argv, "--tahun");
	nl = opt_get(argc, argv, "--nilai");
	dk = opt_get(argc, argv, "--dokumen");
	tg = opt_get(argc, argv, "--tanggal");
	tt = opt_get(argc, argv, "--tautan");
	bf = opt_get(argc, argv, "--berkas");
	if (dir == NULL || jn == NULL || th == NULL || nl == NULL ||
	    dk == NULL || tg == NULL || strlen(th) != 4 ||
	    strspn(th, "0123456789") != 4)
		usage_error("--data, --jenis, --tahun YYYY, --nilai, --dokumen,"
			    " dan --tanggal wajib");
	if (sakip_skor_jenis(jn) < 0)
		usage_error("--jenis harus sakip, rb, spip, apip, atau spbe");
	if (bf != NULL && buf_read_file(&file, bf, 64 * 1024 * 1024) != 0)
		die("%s tidak terbaca", bf);
	s = cmd_open_store(dir);
	if (sakip_skor_catat(s, dir, NULL, jn, atoi(th), nl, dk, tg,
		tt ? tt : "", file.s, file.len, time(NULL), &why) != 0)
		die("%s", why);
	buf_free(&file);
	(void)sakip_skor_nilai(sakip_skor_jenis(jn), nl, &v);
	sakip_fmt2(v, x);
	sakip_skor_keterangan(sakip_skor_jenis(jn), v, k);
	printf("%s %s: %s%s%s\n", sakip_skor_nama(sakip_skor_jenis(jn)), th, x,
	    *k ? " " : "", k);
	store_close(s);
	return 0;
}

int
cmd_sakip(int argc, char **argv)
{
	if (argc < 2)
		usage_error("subperintah wajib");
	if (strcmp(argv[1], "capaian") == 0)
		return capaian(argc, argv);
	if (strcmp(argv[1], "dokumen") == 0)
		return dokumen(argc, argv);
	if (strcmp(argv[1], "dpa") == 0)
		return dpa(argc, argv);
	if (strcmp(argv[1], "skor") == 0)
		return skor_eksternal(argc, argv);
	if (strcmp(argv[1], "kontrasign") == 0)
		return kontrasign(argc, argv);
	usage_error("subperintah tidak dikenal: %s", argv[1]);
}

static int
skor(int argc, char **argv)
{
	const char *file = NULL;
	struct sakip_akip a;
	char err[512], x[32], w[32];
	char *data;
	size_t len;
	int k;

	if (opt_args(argc, argv, 2, (const char *const[]){ NULL }, &file, 1) !=
	    1)
		usage_error("berkas FILE.csv wajib");
	if (csv_load_file(file, &data, &len) != 0)
		die("%s: berkas tidak dapat dibaca", file);
	if (sakip_akip_csv(data, len, &a, err, sizeof(err)) != 0) {
		free(data);
		die("%s: %s", file, err);
	}
	free(data);
	for (k = 0; k < SAKIP_AKIP_NKOMP; k++) {
		sakip_fmt2(a.komponen[k], x);
		sakip_fmt2((int64_t)sakip_akip_komponen_bobot(k) * 100, w);
		printf("Komponen %s (%s): %s dari %s\n",
		    sakip_akip_komponen_kode(k), sakip_akip_komponen_nama(k), x,
		    w);
	}
	sakip_fmt2(a.nilai, x);
	printf("Nilai AKIP %s %s\n", x, sakip_akip_predikat(a.nilai));
	return 0;
}

int
cmd_akip(int argc, char **argv)
{
	if (argc < 2)
		usage_error("subperintah wajib");
	if (strcmp(argv[1], "skor") == 0)
		return skor(argc, argv);
	usage_error("subperintah tidak dikenal: %s", argv[1]);
}

/*
 * `pamong temuan lhp|rekomendasi|status`: the Inspektorat records audit
 * reports, their recommendations and the reviewed follow-up (issue 22).
 */
static int
temuan_lhp(int argc, char **argv)
{
	static const char *const opts[] = { "--data=", "--sumber=", "--nomor=",
		"--judul=", "--unit=", "--diterima=", "--hari=", NULL };
	const char *dir, *sumber, *nomor, *judul, *tgl, *h, *why = NULL;
	struct store *s;
	int64_t unit;
	int hari = 60;

	opt_only(argc, argv, 2, opts);
	dir = opt_get(argc, argv, "--data");
	sumber = opt_get(argc, argv, "--sumber");
	nomor = opt_get(argc, argv, "--nomor");
	judul = opt_get(argc, argv, "--judul");
	tgl = opt_get(argc, argv, "--diterima");
	if (dir == NULL || sumber == NULL || nomor == NULL || judul == NULL ||
	    tgl == NULL)
		usage_error("--data, --sumber, --nomor, --judul, --unit, dan"
			    " --diterima wajib");
	if ((h = opt_get(argc, argv, "--hari")) != NULL &&
	    (strspn(h, "0123456789") != strlen(h) || strlen(h) > 3 ||
		(hari = atoi(h)) < 1))
		usage_error("--hari harus bilangan 1 sampai 365");
	s = cmd_open_store(dir);
	unit = unit_opt(s, argc, argv);
	if (sakip_lhp_tambah(s, NULL, sumber, nomor, judul, unit, tgl, hari,
		&why) != 0)
		die("%s", why);
	printf("LHP %s dicatat; batas tindak lanjut %d hari sejak %s\n", nomor,
	    hari, tgl);
	store_close(s);
	return 0;
}

static int
temuan_rekomendasi(int argc, char **argv)
{
	static const char *const opts[] = { "--data=", "--lhp=", "--temuan=",
		"--rekomendasi=", NULL };
	const char *dir, *lhp, *tm, *rk, *why = NULL;
	struct store *s;
	int64_t id;

	opt_only(argc, argv, 2, opts);
	dir = opt_get(argc, argv, "--data");
	lhp = opt_get(argc, argv, "--lhp");
	tm = opt_get(argc, argv, "--temuan");
	rk = opt_get(argc, argv, "--rekomendasi");
	if (dir == NULL || lhp == NULL || tm == NULL || rk == NULL)
		usage_error("--data, --lhp, --temuan, dan --rekomendasi wajib");
	s = cmd_open_store(dir);
	if ((id = sakip_rekomendasi_tambah(s, NULL, lhp, tm, rk, time(NULL),
		 &why)) <= 0)
		die("%s", why);
	printf("%lld\n", (long long)id);
	store_close(s);
	return 0;
}

static int
temuan_status(int argc, char **argv)
{
	static const char *const opts[] = { "--data=", "--id=", "--status=",
		"--uraian=", "--bukti=", "--catatan=", NULL };
	const char *dir, *id, *st, *ur, *bk, *ct, *why = NULL;
	struct store *s;

	opt_only(argc, argv, 2, opts);
	dir = opt_get(argc, argv, "--data");
	id = opt_get(argc, argv, "--id");
	st = opt_get(argc, argv, "--status");
	ur = opt_get(argc, argv, "--uraian");
	bk = opt_get(argc, argv, "--bukti");
	ct = opt_get(argc, argv, "--catatan");
	if (dir == NULL || id == NULL || st == NULL ||
	    strspn(id, "0123456789") != strlen(id) || strlen(id) > 18)
		usage_error("--data, --id ANGKA, dan --status wajib");
	s = cmd_open_store(dir);
	if (sakip_rekomendasi_status(s, NULL, atoll(id), st, ur ? ur : "",
		bk ? bk : "", ct ? ct : "", time(NULL), &why) != 0)
		die("%s", why);
	printf("Rekomendasi %s: %s\n", id, st);
	store_close(s);
	return 0;
}

static int
temuan_pkpt(int argc, char **argv)
{
	static const char *const opts[] = { "--data=", "--tahun=", "--unit=",
		"--kegiatan=", NULL };
	const char *dir, *th, *un, *kg, *why = NULL;
	struct store *s;
	int64_t id;

	opt_only(argc, argv, 2, opts);
	dir = opt_get(argc, argv, "--data");
	th = opt_get(argc, argv, "--tahun");
	un = opt_get(argc, argv, "--unit");
	kg = opt_get(argc, argv, "--kegiatan");
	if (dir == NULL || th == NULL || un == NULL || kg == NULL ||
	    strlen(th) != 4 || strspn(th, "0123456789") != 4)
		usage_error(
		    "--data, --tahun YYYY, --unit, dan --kegiatan wajib");
	s = cmd_open_store(dir);
	if ((id = sakip_pkpt_tambah(s, NULL, atoi(th), sakip_unit(s, un), kg,
		 &why)) <= 0)
		die("%s", why);
	printf("%lld\n", (long long)id);
	store_close(s);
	return 0;
}

int
cmd_temuan(int argc, char **argv)
{
	if (argc < 2)
		usage_error("subperintah wajib");
	if (strcmp(argv[1], "lhp") == 0)
		return temuan_lhp(argc, argv);
	if (strcmp(argv[1], "rekomendasi") == 0)
		return temuan_rekomendasi(argc, argv);
	if (strcmp(argv[1], "status") == 0)
		return temuan_status(argc, argv);
	if (strcmp(argv[1], "pkpt") == 0)
		return temuan_pkpt(argc, argv);
	usage_error("subperintah tidak dikenal: %s", argv[1]);
}
