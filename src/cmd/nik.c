/*
 * nik.c: `pamong nik periksa` (issue 12 item 5): check an account's
 * claimed NIK with the external verifier configured in DATA/dukcapil.conf
 * (off when the file is missing), on behalf of an office officer.  The
 * web workers run sandboxed and never start programs, so the external
 * verifier is called from here.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "mod/akun/account.h"
#include "mod/akun/nik_verif.h"
#include "store/store.h"
#include "cmd.h"

int
cmd_nik(int argc, char **argv)
{
	static const char *const opts[] = { "--data=", "--petugas=", "--akun=",
		"--lahir=", NULL };
	const char *dir, *petugas, *akun, *lahir, *why;
	struct account off, a;
	struct store *s;
	int rc, score, verified;

	if (argc < 2)
		usage_error("subperintah wajib");
	if (strcmp(argv[1], "periksa") != 0)
		usage_error("subperintah tidak dikenal: %s", argv[1]);
	opt_only(argc, argv, 2, opts);
	dir = opt_get(argc, argv, "--data");
	petugas = opt_get(argc, argv, "--petugas");
	akun = opt_get(argc, argv, "--akun");
	lahir = opt_get(argc, argv, "--lahir");
	if (dir == NULL || petugas == NULL || akun == NULL || lahir == NULL)
		die("opsi --data, --petugas, --akun dan --lahir wajib");
	s = cmd_open_store(dir);
	if (account_find(s, petugas, &off) != 0)
		die("petugas %s tidak ditemukan", petugas);
	if (account_find(s, akun, &a) != 0)
		die("akun %s tidak ditemukan", akun);
	rc = nikv_ext_check(s, dir, &off, a.id, lahir, "cli", time(NULL),
	    &score, &verified, &why);
	store_close(s);
	if (rc != NIKV_OK) {
		fprintf(stderr, "pamong: %s\n", why ? why : "gagal");
		return rc == NIKV_STORAGE ? 2 : 1;
	}
	printf("Skor kecocokan %d: NIK akun %s %s.\n", score, akun,
	    verified ? "kini terverifikasi" : "tetap belum terverifikasi");
	return verified ? 0 : 3;
}
