/*
 * cadangan.c: `pamong cadangkan` and `pamong pulihkan`, backup and
 * restore in one command each (mod/cadangan/cadangan.h).
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mod/cadangan/cadangan.h"
#include "store/store.h"
#include "cmd.h"

static void
cetak(const char *judul, const struct cadangan_hasil *h)
{
	printf("%s\n", judul);
	printf("  berkas      %" PRId64 " (%" PRId64 " bait)\n", h->berkas,
	    h->bait);
	printf("  tabel       %" PRId64 " (%" PRId64 " baris)\n", h->tabel,
	    h->baris);
	printf("  migrasi     %" PRId64 "\n", h->migrasi);
	printf("  audit       %" PRId64 ":%s\n", h->audit_id,
	    *h->audit_hash ? h->audit_hash : "-");
	printf("  log         %" PRId64 " %s\n", h->log_ukuran, h->log_akar);
}

/* An age recipient: "age1" and 58 bech32 characters, or an SSH key. */
static int
penerima_sah(const char *p)
{
	size_t i;

	if (strncmp(p, "ssh-ed25519 ", 12) == 0 ||
	    strncmp(p, "ssh-rsa ", 8) == 0)
		return 1;
	if (strlen(p) != 62 || strncmp(p, "age1", 4) != 0)
		return 0;
	for (i = 4; p[i]; i++)
		if (strchr("qpzry9x8gf2tvdw0s3jn54khce6mua7l", p[i]) == NULL)
			return 0;
	return 1;
}

/*
 * pamong cadangkan --data DIR --ke PATH [--penerima AGE_RECIPIENT]:
 * exit 0 with the archive written, 1 when it could not be (nothing left
 * at PATH), 2 on a usage error.
 */
int
cmd_cadangkan(int argc, char **argv)
{
	static const char *const opts[] = { "--data=", "--ke=", "--penerima=",
		NULL };
	struct cadangan_hasil h;
	const char *dir, *ke, *penerima;
	struct store *s;
	int rc;

	opt_only(argc, argv, 1, opts);
	dir = opt_get(argc, argv, "--data");
	if ((ke = opt_get(argc, argv, "--ke")) == NULL)
		usage_error("opsi --ke PATH wajib");
	penerima = opt_get(argc, argv, "--penerima");
	if (penerima != NULL && !penerima_sah(penerima))
		usage_error("--penerima bukan penerima age (age1... atau kunci"
			    " publik ssh-ed25519/ssh-rsa)");
	s = cmd_open_store(dir);
	rc = cadangan_buat(s, dir, ke, penerima, 0, &h);
	store_close(s);
	if (rc != 0) {
		fprintf(stderr, "pamong: cadangan gagal: %s\n", h.galat);
		return 1;
	}
	cetak("Cadangan selesai:", &h);
	printf("  arsip       %s\n", ke);
	return 0;
}

/*
 * pamong pulihkan --dari ARSIP --data DIR [--identitas FILE]
 * [--db postgresql://...]: exit 0
 * when DIR holds the verified restore, 1 when refused (nothing left
 * behind), 2 on a usage error.
 */
int
cmd_pulihkan(int argc, char **argv)
{
	static const char *const opts[] = { "--dari=", "--data=",
		"--identitas=", "--db=", NULL };
	struct cadangan_hasil h;
	const char *dari, *dir, *db;

	opt_only(argc, argv, 1, opts);
	if ((dari = opt_get(argc, argv, "--dari")) == NULL)
		usage_error("opsi --dari ARSIP wajib");
	if ((dir = opt_get(argc, argv, "--data")) == NULL)
		usage_error("opsi --data DIR wajib");
	db = opt_get(argc, argv, "--db");
	if (db != NULL && !store_is_url(db))
		usage_error("--db harus berupa URL postgresql://...");
	if (cadangan_pulihkan(dari, dir, opt_get(argc, argv, "--identitas"), db,
		&h) != 0) {
		fprintf(stderr, "pamong: pemulihan ditolak: %s\n", h.galat);
		return 1;
	}
	cetak("Pemulihan selesai dan terverifikasi:", &h);
	printf("  direktori   %s\n", dir);
	return 0;
}
