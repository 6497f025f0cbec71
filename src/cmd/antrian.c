/*
 * antrian.c: `pamong antrian` (issue 16, the MPP queue).
 *
 *   pamong antrian kios add --data DIR --lokasi KODE [--nama NAMA]
 *	registers a kiosk device of site KODE and prints its token (one
 *	line; only its SHA-256 is stored, so it is shown this once).
 *   pamong antrian suara siapkan --data DIR [--espeak PROGRAM]
 *	records the words of the spoken calls with espeak-ng (Indonesian
 *	voice) under DIR/suara/kata, once; the server joins them per call.
 *   pamong antrian ucap NOMOR LOKET
 *	prints the Indonesian sentence spoken for the call of ticket NOMOR
 *	to counter LOKET, e.g. "Nomor antrean A nol nol tujuh, silakan
 *	menuju loket tiga".
 *
 * Exit 0; 1 on a storage error or unknown site; 2 on a usage error.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lib/token.h"
#include "mod/antrian/antrian.h"
#include "mod/antrian/suara.h"
#include "mod/antrian/ucap.h"
#include "store/store.h"
#include "cmd.h"

/* LOKET as 1..999, else a usage error. */
static int
loket_arg(const char *s)
{
	size_t i, n = strlen(s);

	if (n == 0 || n > 3)
		usage_error("LOKET harus angka 1 sampai 999: %s", s);
	for (i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			usage_error("LOKET harus angka 1 sampai 999: %s", s);
	if (atoi(s) < 1)
		usage_error("LOKET harus angka 1 sampai 999: %s", s);
	return atoi(s);
}

static int
ucap(int argc, char **argv)
{
	static const char *const opts[] = { NULL };
	const char *pos[2];
	char out[256];

	if (opt_args(argc, argv, 2, opts, pos, 2) != 2)
		usage_error("NOMOR dan LOKET wajib");
	if (antrian_kalimat(pos[0], loket_arg(pos[1]), out, sizeof(out)) < 0)
		usage_error("NOMOR antrean tidak sah (huruf dan angka, boleh"
			    " dengan tanda hubung, paling banyak 8): %s",
		    pos[0]);
	puts(out);
	return 0;
}

static int
kios(int argc, char **argv)
{
	static const char *const opts[] = { "--data=", "--lokasi=", "--nama=",
		NULL };
	const char *dir, *lokasi, *nama;
	char token[TOKEN_LEN + 1];
	enum antrian_err e;
	struct store *s;

	if (argc < 3 || strcmp(argv[2], "add") != 0)
		usage_error("subperintah kios yang dikenal: add");
	opt_only(argc, argv, 3, opts);
	dir = opt_get(argc, argv, "--data");
	lokasi = opt_get(argc, argv, "--lokasi");
	nama = opt_get(argc, argv, "--nama");
	if (dir == NULL || lokasi == NULL)
		usage_error("opsi --data DIR dan --lokasi KODE wajib");
	if (nama != NULL && strlen(nama) > 100)
		usage_error("--nama paling banyak 100 karakter");
	s = cmd_open_store(dir);
	e = antrian_kios_add(s, lokasi, nama, time(NULL), token);
	store_close(s);
	if (e != ANTRIAN_OK)
		die("%s", antrian_err_pesan(e));
	puts(token);
	return 0;
}

static int
suara(int argc, char **argv)
{
	static const char *const opts[] = { "--data=", "--espeak=", NULL };
	const char *dir, *espeak;
	struct store *s;
	int n;

	if (argc < 3 || strcmp(argv[2], "siapkan") != 0)
		usage_error("subperintah suara yang dikenal: siapkan");
	opt_only(argc, argv, 3, opts);
	if ((dir = opt_get(argc, argv, "--data")) == NULL)
		usage_error("opsi --data DIR wajib");
	espeak = opt_get(argc, argv, "--espeak");
	s = cmd_open_store(dir); /* a data directory, not any folder */
	store_close(s);
	n = antrian_suara_siapkan(dir, espeak != NULL ? espeak : "espeak-ng");
	if (n < 0)
		exit(1);
	printf("Kata suara antrean direkam: %d baru, %d seluruhnya (%s/suara/"
	       "kata)\n",
	    n, antrian_suara_n(), dir);
	return 0;
}

int
cmd_antrian(int argc, char **argv)
{
	if (argc < 2)
		usage_error("subperintah wajib: kios, suara, atau ucap");
	if (strcmp(argv[1], "ucap") == 0)
		return ucap(argc, argv);
	if (strcmp(argv[1], "kios") == 0)
		return kios(argc, argv);
	if (strcmp(argv[1], "suara") == 0)
		return suara(argc, argv);
	usage_error("subperintah tidak dikenal: %s", argv[1]);
}
