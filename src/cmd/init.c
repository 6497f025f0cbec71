/* init.c: `pamong init` and `pamong migrate`: create and seed a data directory. */
#include <sys/stat.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "mod/akun/account.h"
#include "mod/wilayah/seed.h"
#include "mod/tlog/tlog.h"	 /* H7 */
#include "mod/dokumen/dokumen.h" /* H3 */
#include "mod/kontak/kontak.h"
#include "mod/antrian/antrian.h"
#include "mod/pki/pki.h"
#include "lib/msg.h"
#include "lib/xalloc.h"
#include "http/app.h"
#include "store/store.h"
#include "mod/sakip/sakip.h"
#include "cmd.h"

static void
mkdir_p(const char *dir)
{
	char *p, *tmp = xstrdup(dir);

	for (p = tmp + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(tmp, 0750) != 0 && errno != EEXIST)
			die("tidak dapat membuat %s", tmp);
		*p = '/';
	}
	if (mkdir(tmp, 0750) != 0 && errno != EEXIST)
		die("tidak dapat membuat %s", tmp);
	free(tmp);
}

int
cmd_init(int argc, char **argv)
{
	static const char *const opts[] = { "--data=", "--demo",
		"--log-origin=", "--rsa", "--base-url=", "--db=", NULL };
	const char *dir, *db;
	struct store *s;
	char err[256], *path, *sd;

	opt_only(argc, argv, 1, opts);
	dir = opt_get(argc, argv, "--data");
	if (dir == NULL)
		die("opsi --data DIR wajib");
	db = opt_get(argc, argv, "--db");
	if (db != NULL && (!store_is_url(db) || strchr(db, '\n') != NULL))
		usage_error(
		    "opsi --db harus URL postgresql://USER@HOST:PORT/DB: %s",
		    db);
	/* a bad --base-url is refused before anything is made in DIR
	 * (pki_init() would refuse it after the database) */
	if (opt_get(argc, argv, "--base-url") != NULL &&
	    !pki_url_ok(opt_get(argc, argv, "--base-url")))
		usage_error("%s", msg(M_PKI_URL_BAD));
	/* the database answers before anything is made in DIR */
	if (db != NULL && store_open(&s, NULL, db) != 0) {
		path = store_name(db);
		die("tidak dapat terhubung ke basis data %s: %s", path,
		    store_open_error());
	}
	if (db != NULL)
		store_close(s);
	mkdir_p(dir);
	if (app_make_secret(dir) != 0)
		exit(1);
	if (db != NULL && store_locate_set(dir, db) != 0)
		die("tidak dapat menyimpan alamat basis data di %s", dir);
	if ((path = store_locate(dir, APP_DB)) == NULL)
		die("tidak dapat menyiapkan basis data di %s", dir);
	if (store_open(&s, NULL, path) != 0) {
		path = store_name(path);
		die("tidak dapat membuka basis data %s: %s", path,
		    store_open_error());
	}
	if (store_migrate(s, 1) != 0) {
		path = store_name(path);
		die("tidak dapat menyiapkan basis data %s", path);
	}
	free(path);
	sd = share_dir();
	if (seed_siak(s, sd, err, sizeof(err)) != 0)
		die("data awal gagal dimuat: %s", err);
	printf("Data awal Kabupaten Siak dimuat dari %s\n", sd);
	free(sd);
	/* === H1 pki (after seeding) === */
	cmd_pki_on_init(dir, argc, argv);
	/* === end H1 === */
	/* === H3 dokumen (after seeding) === */
	{
		int nt = dokumen_templat_seed(s, time(NULL));

		if (nt < 0)
			die("templat surat gagal dimuat");
		if (nt > 0)
			printf("Templat surat bawaan: %d layanan\n", nt);
	}
	/* === end H3 === */
	/* === H4 spbe (after seeding) === */
	spbe_init_seed(s, 0);
	/* === end H4 === */
	/* === H5 pengaduan (after seeding) === */
	/* === end H5 === */
	/* === H6 ikm (after seeding) === */
	/* === end H6 === */
	/* === H7 log (after seeding) === */
	{
		const char *origin = opt_get(argc, argv, "--log-origin");
		int made = tlog_key_create(dir, origin ? origin : TLOG_ORIGIN);

		if (made < 0)
			die("kunci log transparansi tidak dapat dibuat");
		if (made > 0)
			printf("Kunci log transparansi dibuat: %s/%s\n", dir,
			    TLOG_KEY_FILE);
	}
	/* === end H7 === */
	/* === H9 audit (after seeding) === */
	/* === end H9 === */
	if (opt_has(argc, argv, "--demo")) {
		demo_mark(dir);
		demo_accounts(s);
		/* === H1 pki (demo data) === */
		cmd_pki_demo(s, dir);
		/* === end H1 === */
		/* === H3 dokumen (demo data) === */
		/* === end H3 === */
		/* === H4 spbe (demo data) === */
		spbe_init_seed(s, 1);
		/* === end H4 === */
		/* === H5 pengaduan (demo data) === */
		{
			struct account_new an;
			struct account aa;
			struct field_errs afe;
			int64_t aid;

			if (account_find(s, DEMO_ADMIN_ADU, &aa) != 0) {
				memset(&an, 0, sizeof(an));
				memset(&afe, 0, sizeof(afe));
				an.username = DEMO_ADMIN_ADU;
				an.password = DEMO_PASSWORD;
				an.roles = "admin_pengaduan";
				an.unit_code = "DISKOMINFO";
				an.full_name = "Yusuf Maulana";
				if (account_create(s, &an, 0, "cli", &afe,
					&aid) != 0)
					die("akun demo admin.pengaduan gagal: %s",
					    afe.n ? afe.e[0].msg : "?");
			}
			printf("  %-22s %s\n", DEMO_ADMIN_ADU,
			    "Admin Pengaduan (Diskominfo)");
		}
		/* === end H5 === */
		/* === H6 ikm (demo data) === */
		/* === end H6 === */
		/* === H7 log (demo data) === */
		/* === end H7 === */
		/* === H9 audit (demo data) === */
		/* === end H9 === */
		/* kontak (issue 13): demo contacts, shown as "data contoh" */
		if (kontak_demo_seed(s, time(NULL)) < 0)
			die("kontak demo gagal");
		/* antrian (issue 16): the demo Mal Pelayanan Publik */
		if (antrian_demo_seed(s, time(NULL)) < 0)
			die("antrean MPP demo gagal");
		/* sakip (issue 22): demo plans and indicators */
		{
			char *p = spbe_data_path("sakip-demo.csv"), e[512];

			if (sakip_demo_seed(s, p, time(NULL), e, sizeof(e)) < 0)
				die("SAKIP demo gagal: %s", e);
			free(p);
		}
	}
	store_close(s);
	printf("\nDirektori data siap: %s\n", dir);
	return 0;
}

int
cmd_migrate(int argc, char **argv)
{
	static const char *const opts[] = { "--data=", NULL };
	const char *dir;
	struct store *s;
	char *path;

	opt_only(argc, argv, 1, opts);
	dir = opt_get(argc, argv, "--data");
	if (dir == NULL)
		die("opsi --data DIR wajib");
	if ((path = store_locate(dir, APP_DB)) == NULL)
		die("migrasi gagal: basis data %s tidak dapat ditemukan", dir);
	if (store_open(&s, NULL, path) != 0) {
		path = store_name(path);
		die("migrasi gagal: tidak dapat membuka basis data %s: %s",
		    path, store_open_error());
	}
	cmd_backup_before_migrate(s, dir);
	if (store_migrate(s, 1) != 0)
		die("migrasi gagal");
	free(path);
	store_close(s);
	puts("Skema basis data mutakhir.");
	return 0;
}

int
cmd_wilayah(int argc, char **argv)
{
	static const char *const opts[] = { "--data=", NULL };
	const char *dir, *file;
	struct store *s;
	char err[256];
	int n;

	if (argc < 2)
		usage_error("subperintah wajib");
	if (strcmp(argv[1], "import") != 0)
		usage_error("subperintah tidak dikenal: %s", argv[1]);
	if (opt_args(argc, argv, 2, opts, &file, 1) != 1)
		usage_error("berkas FILE.csv wajib");
	dir = opt_get(argc, argv, "--data");
	s = cmd_open_store(dir);
	n = wilayah_import(s, file, err, sizeof(err));
	store_close(s);
	if (n < 0)
		die("impor wilayah gagal: %s", err);
	printf("%d baris wilayah diimpor.\n", n);
	return 0;
}
