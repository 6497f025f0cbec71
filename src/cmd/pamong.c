/* pamong.c: the command-line entry point and its subcommand table. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"

static const struct {
	const char *name;
	int (*fn)(int, char **);
	const char *usage;
} cmds[] = {
	{ "init", cmd_init,
	    "init --data DIR [--demo] [--db postgresql://USER@HOST:PORT/DB]"
	    " [--log-origin NAME]"
	    " [--rsa] [--base-url URL]" },
	{ "serve", cmd_serve,
	    "serve --data DIR [--listen HOST:PORT]\n"
	    "       pamong serve --prod --data DIR --cert FILE --key FILE"
	    " [--user USER] [--listen HOST:PORT] [--run-dir DIR]"
	    " [--allow-demo]" },
	{ "migrate", cmd_migrate, "migrate --data DIR" },
	{ "db", cmd_db,
	    "db copy --data DIR --to postgresql://USER@HOST:PORT/DB" },
	{ "user", cmd_user,
	    "user add --data DIR --username NAME --role ROLE"
	    " [--unit CODE] [--nik NIK --name NAMA] [--warga AKUN_WARGA]"
	    " [--phone NOMOR] [--email ALAMAT] --password-stdin\n"
	    "       pamong user list --data DIR" },
	{ "wilayah", cmd_wilayah, "wilayah import --data DIR FILE.csv" },
	{ "demo", cmd_demo, "demo remove --data DIR" },
	{ "tick", cmd_tick, "tick --data DIR [--now YYYY-MM-DD]" },
	{ "cadangkan", cmd_cadangkan,
	    "cadangkan --data DIR --ke ARSIP [--penerima AGE_RECIPIENT]" },
	{ "pulihkan", cmd_pulihkan,
	    "pulihkan --dari ARSIP --data DIR [--identitas AGE_IDENTITY_FILE]"
	    " [--db postgresql://USER@HOST:PORT/DB]" },
	{ "kirim", cmd_kirim, "kirim --data DIR" },
	{ "audit", cmd_audit,
	    "audit verify --data DIR [--head ID:HASH]\n"
	    "       pamong audit head --data DIR" },
	{ "pki", cmd_pki,
	    "pki init --data DIR [--rsa] [--base-url URL]"
	    " [--root-passphrase-stdin]\n"
	    "       pamong pki root --data DIR\n"
	    "       pamong pki enroll --data DIR --username NAME"
	    " --passphrase-stdin\n"
	    "       pamong pki revoke --data DIR --serial HEX --reason CODE"
	    " [--why TEXT]\n"
	    "       pamong pki list --data DIR" },
	{ "verify", cmd_verify, "verify FILE.pdf [--data DIR]" },
	{ "spbe", cmd_spbe, "spbe skor FILE.csv [--kerangka FILE]" },
	{ "sakip", cmd_sakip,
	    "sakip capaian --target T --realisasi R"
	    " --polaritas positif|negatif\n"
	    "       pamong sakip dpa --data DIR --unit KODE --tahun YYYY"
	    " --tanggal YYYY-MM-DD\n"
	    "       pamong sakip dokumen --data DIR --jenis pk|lkjip"
	    " --unit KODE --tahun YYYY --penandatangan NAMA"
	    " --passphrase-stdin [--ke FILE.pdf]\n"
	    "       pamong sakip kontrasign --data DIR --unit KODE --tahun YYYY"
	    " --penandatangan NAMA --passphrase-stdin [--ke FILE.pdf]\n"
	    "       pamong sakip skor --data DIR --jenis sakip|rb|spip|apip|spbe"
	    " --tahun YYYY --nilai N --dokumen NOMOR --tanggal YYYY-MM-DD"
	    " [--tautan URL] [--berkas FILE]" },
	{ "akip", cmd_akip, "akip skor FILE.csv" },
	{ "temuan", cmd_temuan,
	    "temuan lhp --data DIR --sumber bpk|inspektorat --nomor NOMOR"
	    " --judul JUDUL --unit KODE --diterima YYYY-MM-DD [--hari N]\n"
	    "       pamong temuan rekomendasi --data DIR --lhp NOMOR"
	    " --temuan TEKS --rekomendasi TEKS\n"
	    "       pamong temuan status --data DIR --id ID --status"
	    " sesuai|belum_sesuai|belum_ditindaklanjuti|"
	    "tidak_dapat_ditindaklanjuti [--uraian TEKS] [--bukti URL]"
	    " [--catatan TEKS]\n"
	    "       pamong temuan pkpt --data DIR --tahun YYYY --unit KODE"
	    " --kegiatan TEKS" },
	{ "ikm", cmd_ikm, "ikm --csv FILE [--bobot 0.11]" },
	{ "log", cmd_log,
	    "log verify --data DIR [--checkpoint FILE]\n"
	    "       pamong log verify --url URL [--checkpoint FILE]\n"
	    "       pamong log checkpoint --data DIR" },
	{ "sampel", cmd_sampel,
	    "sampel --seed HEX --periode YYYY-MM --data DIR"
	    " [--jumlah K]" },
	{ "antrian", cmd_antrian,
	    "antrian kios add --data DIR --lokasi KODE [--nama NAMA]\n"
	    "       pamong antrian suara siapkan --data DIR [--espeak PROGRAM]\n"
	    "       pamong antrian ucap NOMOR LOKET" },
	{ "izin", cmd_izin,
	    "izin catat --data DIR --nomor NOMOR --jenis KODE --pemegang NAMA"
	    " --kecamatan KODE --terbit YYYY-MM-DD"
	    " [--berlaku-sampai YYYY-MM-DD] [--pemegang-akun PENGGUNA]\n"
	    "       pamong izin cabut --data DIR --nomor NOMOR --alasan TEKS" },
	{ "nik", cmd_nik,
	    "nik periksa --data DIR --petugas NAMA --akun NAMA"
	    " --lahir YYYY-MM-DD" },
	{ "ttd", cmd_ttd,
	    "ttd backend --data DIR --unit CODE [--layanan KODE] lokal|bsre|unit" },
};
#define NCMDS (sizeof(cmds) / sizeof(cmds[0]))

/* The whole table: to stdout for `pamong help` (exit 0), else stderr. */
static void __attribute__((noreturn)) usage(int rc)
{
	FILE *f = rc == 0 ? stdout : stderr;
	size_t i;

	fputs("Penggunaan:\n", f);
	for (i = 0; i < NCMDS; i++)
		opt_print_usage(f, cmds[i].usage, "  ");
	exit(rc);
}

int
main(int argc, char **argv)
{
	size_t i;

	if (argc < 2)
		usage(2);
	if (strcmp(argv[1], "help") == 0 || strcmp(argv[1], "--help") == 0 ||
	    strcmp(argv[1], "-h") == 0)
		usage(0);
	for (i = 0; i < NCMDS; i++)
		if (strcmp(argv[1], cmds[i].name) == 0) {
			opt_command(cmds[i].usage);
			if (argc > 2 &&
			    (strcmp(argv[2], "--help") == 0 ||
				strcmp(argv[2], "-h") == 0))
				opt_usage(0);
			return cmds[i].fn(argc - 1, argv + 1);
		}
	fprintf(stderr, "pamong: perintah tidak dikenal: %s\n", argv[1]);
	usage(2);
}
