/*
 * izin.c: `pamong izin` (issue 17, the registry of issued permits).
 *
 *   pamong izin catat --data DIR --nomor NOMOR --jenis KODE
 *	--pemegang NAMA --kecamatan KODE --terbit YYYY-MM-DD
 *	[--berlaku-sampai YYYY-MM-DD] [--pemegang-akun PENGGUNA]
 *	records a permit issued outside Pamong (e.g. the register kept
 *	before it) in the public registry /izin, with its audit event;
 *	--pemegang-akun names the holder's account, which gets the expiry
 *	reminders (never published).
 *   pamong izin cabut --data DIR --nomor NOMOR --alasan TEKS
 *	revokes it (status "dicabut"), with its audit event.
 *
 * Exit 0; 1 on refused input or a storage error (the reason on stderr);
 * 2 on a usage error.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "lib/str.h"
#include "mod/akun/account.h"
#include "mod/perizinan/izin.h"
#include "store/store.h"
#include "cmd.h"

static int
catat(int argc, char **argv)
{
	static const char *const opts[] = { "--data=", "--nomor=", "--jenis=",
		"--pemegang=", "--kecamatan=", "--terbit=", "--berlaku-sampai=",
		"--pemegang-akun=", NULL };
	static const char *const need[] = { "--data", "--nomor", "--jenis",
		"--pemegang", "--kecamatan", "--terbit", NULL };
	const char *berlaku, *akun;
	struct account a;
	struct izin z;
	struct store *s;
	enum izin_err e;
	size_t i;

	opt_only(argc, argv, 2, opts);
	for (i = 0; need[i] != NULL; i++)
		if (opt_get(argc, argv, need[i]) == NULL)
			usage_error("opsi %s wajib", need[i]);
	memset(&z, 0, sizeof(z));
	if (str_copy(z.nomor, sizeof(z.nomor),
		opt_get(argc, argv, "--nomor")) != 0 ||
	    str_copy(z.jenis_kode, sizeof(z.jenis_kode),
		opt_get(argc, argv, "--jenis")) != 0 ||
	    str_copy(z.pemegang, sizeof(z.pemegang),
		opt_get(argc, argv, "--pemegang")) != 0 ||
	    str_copy(z.kecamatan_kode, sizeof(z.kecamatan_kode),
		opt_get(argc, argv, "--kecamatan")) != 0 ||
	    str_copy(z.terbit, sizeof(z.terbit),
		opt_get(argc, argv, "--terbit")) != 0)
		usage_error("nilai opsi terlalu panjang");
	berlaku = opt_get(argc, argv, "--berlaku-sampai");
	if (berlaku != NULL &&
	    str_copy(z.berlaku_sampai, sizeof(z.berlaku_sampai), berlaku) != 0)
		usage_error("--berlaku-sampai: tulis TTTT-BB-HH");
	s = cmd_open_store(opt_get(argc, argv, "--data"));
	akun = opt_get(argc, argv, "--pemegang-akun");
	if (akun != NULL) {
		if (account_find(s, akun, &a) != 0) {
			store_close(s);
			die("--pemegang-akun: akun %s tidak ditemukan", akun);
		}
		z.pemegang_id = a.id;
	}
	e = izin_catat(s, &z, 0, "cli", time(NULL));
	store_close(s);
	if (e != IZIN_OK)
		die("%s", izin_err_text(e));
	printf("Izin %s dicatat.\n", z.nomor);
	return 0;
}

static int
cabut(int argc, char **argv)
{
	static const char *const opts[] = { "--data=", "--nomor=", "--alasan=",
		NULL };
	const char *dir, *nomor, *alasan;
	struct store *s;
	enum izin_err e;

	opt_only(argc, argv, 2, opts);
	dir = opt_get(argc, argv, "--data");
	nomor = opt_get(argc, argv, "--nomor");
	alasan = opt_get(argc, argv, "--alasan");
	if (dir == NULL || nomor == NULL || alasan == NULL)
		usage_error("opsi --data DIR, --nomor NOMOR, dan --alasan TEKS"
			    " wajib");
	s = cmd_open_store(dir);
	e = izin_cabut(s, nomor, alasan, 0, "cli", time(NULL));
	store_close(s);
	if (e != IZIN_OK)
		die("%s", izin_err_text(e));
	printf("Izin %s dicabut.\n", nomor);
	return 0;
}

int
cmd_izin(int argc, char **argv)
{
	if (argc < 2)
		usage_error("subperintah wajib: catat atau cabut");
	if (strcmp(argv[1], "catat") == 0)
		return catat(argc, argv);
	if (strcmp(argv[1], "cabut") == 0)
		return cabut(argc, argv);
	usage_error("subperintah tidak dikenal: %s", argv[1]);
}
