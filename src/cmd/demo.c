/*
 * demo.c: demo data and production (issue 12).
 *
 * `pamong init --demo` creates accounts whose password (DEMO_PASSWORD) and
 * signing passphrase (DEMO_TTE_PASS) are published in the README, and
 * marks the data directory with the file DEMO (demo_mark()).  `pamong
 * serve --prod` refuses such a directory (demo_check()) unless
 * --allow-demo is given, which warns at every start.  `pamong demo remove`
 * retires the demo accounts, revokes and wipes their keys and removes
 * the mark.
 */
#include <sys/stat.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <openssl/evp.h>
#include <openssl/x509.h>
#include <sodium.h>

#include "mod/akun/account.h"
#include "mod/notifikasi/notify.h"
#include "mod/kontak/kontak.h"
#include "mod/pki/pki.h"
#include "lib/token.h"
#include "lib/xalloc.h"
#include "store/store.h"
#include "cmd.h"

/* Demo staff: a few kampung, one kecamatan, three OPDs, and regency roles. */
static const struct demo_staff {
	const char *username, *roles, *unit, *name, *what;
} demo_staff[] = {
	{ "op.kampungdalam", "operator", "14.08.01.1001", "Rahmat Hidayat",
	    "Operator Kampung Dalam" },
	{ "penghulu.kampungdalam", "penandatangan,kepala", "14.08.01.1001",
	    "Syahrial", "Penghulu Kampung Dalam" },
	{ "op.kampungrempak", "operator", "14.08.01.1002", "Nurhayati",
	    "Operator Kampung Rempak" },
	{ "op.kecsiak", "operator,verifikator", "14.08.01", "Dedi Kurniawan",
	    "Operator Kecamatan Siak" },
	{ "camat.siak", "penandatangan,kepala", "14.08.01", "Zulkifli",
	    "Camat Siak" },
	{ "op.disdukcapil", "operator,verifikator", "DISDUKCAPIL",
	    "Siti Aminah", "Operator Disdukcapil" },
	{ "kadis.disdukcapil", "penandatangan,kepala", "DISDUKCAPIL",
	    "Hendra Saputra", "Kepala Disdukcapil" },
	{ "op.dpmptsp", "operator,verifikator", "DPMPTSP", "Rina Marlina",
	    "Operator DPMPTSP" },
	{ "kadis.dpmptsp", "penandatangan,kepala", "DPMPTSP", "Arif Budiman",
	    "Kepala DPMPTSP" },
	{ "op.bappeda", "operator,verifikator", "BAPPEDA", "Yulia Rahmawati",
	    "Verifikator SAKIP (Bappeda)" },
	{ "admin.kominfo", "admin,koordinator_spbe", "DISKOMINFO",
	    "Fitri Handayani", "Admin dan Koordinator SPBE (Diskominfo)" },
	{ "inspektur", "inspektorat", "INSPEKTORAT", "Bambang Sutrisno",
	    "Inspektorat Daerah" },
	{ "loket.disdukcapil", "petugas_loket", "DISDUKCAPIL", "Dewi Lestari",
	    "Petugas Loket MPP (Disdukcapil)" },
	{ "pimpinan", "pimpinan", NULL, "Bupati Siak (demo)", "Pimpinan" },
	{ "superadmin", "superadmin", NULL, "Superadmin Pamong", "Superadmin" },
};
static const size_t demo_nstaff = sizeof(demo_staff) / sizeof(demo_staff[0]);

void
demo_accounts(struct store *s)
{
	struct account_new n;
	struct account a;
	struct field_errs fe;
	char nik[17];
	int64_t id;
	size_t i;

	printf("\nAkun demo (kata sandi semua akun: %s):\n", DEMO_PASSWORD);
	for (i = 0; i < demo_nstaff; i++) {
		if (account_find(s, demo_staff[i].username, &a) != 0) {
			memset(&n, 0, sizeof(n));
			memset(&fe, 0, sizeof(fe));
			n.username = demo_staff[i].username;
			n.password = DEMO_PASSWORD;
			n.roles = demo_staff[i].roles;
			n.unit_code = demo_staff[i].unit;
			n.full_name = demo_staff[i].name;
			/*
			 * Issue 12 item 5: staff act on applications only
			 * with a verified NIK (separation of duties); the
			 * CLI vouches for the demo NIKs.
			 */
			snprintf(nik, sizeof(nik), "1408010101800%03zu", i + 1);
			n.nik = nik;
			n.nik_verified = 1;
			if (account_create(s, &n, 0, "cli", &fe, &id) != 0)
				die("akun demo %s gagal: %s", n.username,
				    fe.n ? fe.e[0].msg : "?");
		}
		printf("  %-22s %s\n", demo_staff[i].username,
		    demo_staff[i].what);
	}
	if (account_find(s, DEMO_WARGA, &a) != 0) {
		memset(&n, 0, sizeof(n));
		memset(&fe, 0, sizeof(fe));
		n.username = DEMO_WARGA;
		n.password = DEMO_PASSWORD;
		n.roles = "warga";
		n.nik = "1408014507900001";
		n.full_name = "Siti Rahmawati";
		n.phone = "081234567890";
		n.nik_verified = 1; /* issue 12 item 5 */
		if (account_create(s, &n, 0, "cli", &fe, &id) != 0)
			die("akun demo warga gagal: %s",
			    fe.n ? fe.e[0].msg : "?");
		/* given by the administrator: verified (issue 15) */
		if (notify_contact_trust(s, id) != 0)
			die("kontak akun demo warga gagal dicatat");
	}
	printf("  %-22s %s\n", DEMO_WARGA, "Warga (Kampung Dalam)");
}

void
demo_mark(const char *dir)
{
	static const char text[] =
	    "Direktori data ini dibuat dengan `pamong init --demo`.\n"
	    "Akun demo memakai kata sandi dan frasa sandi tanda tangan yang\n"
	    "diumumkan di README. `pamong serve --prod` menolak berjalan\n"
	    "selama berkas ini ada; hapus data demo dengan\n"
	    "  pamong demo remove --data DIR\n";
	char *path = xasprintf("%s/%s", dir, DEMO_MARK);
	FILE *f = fopen(path, "w");

	if (f == NULL || fputs(text, f) == EOF || fclose(f) != 0)
		die("tidak dapat menulis %s: %s", path, strerror(errno));
	free(path);
}

/*
 * Accounts that accept DEMO_PASSWORD: every enabled staff account (any
 * role but warga) and every account named like a demo account.  Citizens
 * choose their own passwords and cannot administer or sign; checking each
 * costs an Argon2id verification, so they are left out.  What was found
 * clean is remembered by a stamp of its hash (demo_periksa).
 */
static int
demo_password_accounts(struct store *s, int quiet)
{
	struct account_hash *v;
	size_t n = 0, i;
	char stamp[65];
	int found = 0;

	if ((v = account_hashes(s, DEMO_WARGA, DEMO_ADMIN_ADU, &n)) == NULL)
		die("basis data tidak dapat dibaca");
	for (i = 0; i < n; i++) {
		sha256_hex(v[i].pw_hash, strlen(v[i].pw_hash), stamp);
		if (account_demo_clean(s, "akun", v[i].id, stamp))
			continue;
		if (crypto_pwhash_str_verify(v[i].pw_hash, DEMO_PASSWORD,
			strlen(DEMO_PASSWORD)) == 0) {
			if (!quiet)
				fprintf(stderr,
				    "  akun %s menerima kata sandi"
				    " demo\n",
				    v[i].username);
			found++;
		} else
			account_demo_clean_set(s, "akun", v[i].id, stamp);
	}
	account_hashes_free(v, n);
	return found;
}

/* Active signing keys that open with DEMO_TTE_PASS. */
static int
demo_keys(struct store *s, int quiet)
{
	struct pki_key *v;
	size_t n = 0, i;
	char stamp[65];
	EVP_PKEY *key;
	X509 *cert;
	int found = 0;

	if ((v = pki_keys_active(s, &n)) == NULL)
		die("basis data tidak dapat dibaca");
	for (i = 0; i < n; i++) {
		sha256_hex(v[i].key_pem, strlen(v[i].key_pem), stamp);
		if (account_demo_clean(s, "kunci", v[i].id, stamp))
			continue;
		key = NULL;
		cert = NULL;
		if (pki_signer(s, v[i].account_id, DEMO_TTE_PASS, &key, &cert,
			NULL) == 0) {
			if (!quiet)
				fprintf(stderr,
				    "  kunci tanda tangan %s"
				    " terbuka dengan frasa sandi demo\n",
				    v[i].username);
			found++;
		} else
			account_demo_clean_set(s, "kunci", v[i].id, stamp);
		EVP_PKEY_free(key);
		X509_free(cert);
	}
	pki_keys_free(v, n);
	return found;
}

int
demo_check(struct store *s, const char *dir, int allow)
{
	char *path;
	int found = 0;

	if (allow) {
		/* allowed anyway: say so at every start, spend no time */
		fprintf(stderr,
		    "PERINGATAN: mode produksi berjalan dengan"
		    " --allow-demo: data demo diizinkan. Kata sandi dan frasa"
		    " sandi demo diumumkan di README: siapa pun dapat masuk dan"
		    " menandatangani surat dengan akun demo. Jangan gunakan"
		    " untuk layanan sungguhan; hapus data demo dengan `pamong"
		    " demo remove --data %s`.\n",
		    dir);
		return 0;
	}
	path = xasprintf("%s/%s", dir, DEMO_MARK);
	if (access(path, F_OK) == 0) {
		fprintf(stderr,
		    "  direktori data ditandai sebagai data demo"
		    " (%s)\n",
		    path);
		found++;
	}
	free(path);
	found += demo_password_accounts(s, 0);
	found += demo_keys(s, 0);
	if (found == 0)
		return 0;
	fprintf(stderr,
	    "pamong: mode produksi menolak data demo (%d temuan di"
	    " atas). Hapus data demo dengan `pamong demo remove --data %s` dan"
	    " ganti kata sandi akun yang disebut, atau jalankan dengan"
	    " --allow-demo hanya untuk uji coba.\n",
	    found, dir);
	return -1;
}

/* `pamong demo remove --data DIR` */
static int
demo_remove(int argc, char **argv)
{
	static const char *const opts[] = { "--data=", NULL };
	const char *dir;
	struct store *s;
	struct pki *p;
	struct account a;
	int64_t cert;
	char err[512], *path;
	const char *user;
	size_t i;
	int nk, accounts = 0, keys = 0;

	opt_only(argc, argv, 1, opts);
	dir = opt_get(argc, argv, "--data");
	s = cmd_open_store(dir);
	p = pki_load(dir);
	for (i = 0; i < demo_nstaff + 2; i++) {
		user = i < demo_nstaff ? demo_staff[i].username
		    : i == demo_nstaff ? DEMO_WARGA
				       : DEMO_ADMIN_ADU;
		if (account_find(s, user, &a) != 0)
			continue;
		/* keys first: revoked (CRL re-issued) and wiped */
		while ((cert = pki_active_cert(s, a.id)) != 0) {
			if (p == NULL)
				die("sertifikat demo %s tidak dapat dicabut:"
				    " direktori PKI tidak ada",
				    a.username);
			/* 1 = keyCompromise: the passphrase is public */
			if (pki_revoke(s, p, cert, 1,
				"Kunci demo: frasa"
				" sandinya diumumkan (pamong demo remove)",
				0, "cli", time(NULL), err, sizeof(err)) != 0)
				die("sertifikat demo %s gagal dicabut: %s",
				    a.username, err);
			keys++;
		}
		if (a.disabled && account_demo_retired(s, a.id))
			continue;
		if (account_demo_retire(s, a.id, a.username) != 0)
			die("akun demo %s gagal dihapus; tidak ada yang berubah"
			    " pada akun itu",
			    a.username);
		accounts++;
	}
	if ((nk = kontak_demo_remove(s)) < 0)
		die("kontak demo gagal dihapus");
	path = xasprintf("%s/%s", dir, DEMO_MARK);
	if (unlink(path) != 0 && errno != ENOENT)
		die("tidak dapat menghapus %s: %s", path, strerror(errno));
	free(path);
	pki_free(p);
	store_close(s);
	printf("Data demo dihapus: %d akun dinonaktifkan (kata sandi tidak"
	       " berlaku lagi), %d sertifikat dicabut dan kuncinya dihapus, %d"
	       " kontak demo dihapus, tanda demo dihapus.\n",
	    accounts, keys, nk);
	return 0;
}

int
cmd_demo(int argc, char **argv)
{
	if (argc < 2)
		usage_error("subperintah wajib");
	if (strcmp(argv[1], "remove") == 0)
		return demo_remove(argc - 1, argv + 1);
	usage_error("subperintah tidak dikenal: %s", argv[1]);
}
