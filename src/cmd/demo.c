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
#include "mod/kontak/kontak.h"
#include "mod/audit/audit.h"
#include "mod/pki/pki.h"
#include "lib/token.h"
#include "lib/xalloc.h"
#include "store/store.h"
#include "cmd.h"

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

/* Has the stamp of (kind, ref) been found clean before? */
static int
known_clean(struct store *s, const char *kind, int64_t ref,
    const char *stamp)
{
	return store_scalar(s, 0, "SELECT count(*) FROM demo_periksa WHERE"
	    " kind = ? AND ref = ? AND stamp = ?", "sis", kind, ref, stamp) > 0;
}

static void
remember_clean(struct store *s, const char *kind, int64_t ref,
    const char *stamp)
{
	/* a cache only: a failed write means a check again next start */
	(void)store_run(s, "INSERT INTO demo_periksa(kind, ref, stamp) VALUES"
	    " (?, ?, ?) ON CONFLICT(kind, ref) DO UPDATE SET stamp ="
	    " excluded.stamp", "sis", kind, ref, stamp);
}

/*
 * Accounts that accept DEMO_PASSWORD: every enabled staff account (any
 * role but warga) and every account named like a demo account.  Citizens
 * choose their own passwords and cannot administer or sign; checking each
 * costs an Argon2id verification, so they are left out.  What was found
 * clean is remembered by a stamp of its hash (demo_periksa).
 */
static int
demo_accounts(struct store *s, int quiet)
{
	struct store_stmt *st;
	struct { int64_t id; char *user, *hash; } *v = NULL;
	size_t n = 0, i;
	char stamp[65];
	int found = 0;

	st = store_query(s, "SELECT a.id, a.username, a.pw_hash FROM account a"
	    " WHERE a.disabled = 0 AND (EXISTS (SELECT 1 FROM account_role r"
	    " WHERE r.account_id = a.id AND r.role <> 'warga') OR a.username"
	    " IN (?, ?)) ORDER BY a.id", "ss", DEMO_WARGA, DEMO_ADMIN_ADU);
	if (st == NULL)
		die("basis data tidak dapat dibaca");
	while (store_step(st) == STORE_ROW) {
		v = xrealloc(v, (n + 1) * sizeof(*v));
		v[n].id = store_int(st, 0);
		v[n].user = xstrdup(store_text(st, 1));
		v[n].hash = xstrdup(store_text(st, 2));
		n++;
	}
	store_done(st);
	for (i = 0; i < n; i++) {
		sha256_hex(v[i].hash, strlen(v[i].hash), stamp);
		if (!known_clean(s, "akun", v[i].id, stamp)) {
			if (crypto_pwhash_str_verify(v[i].hash, DEMO_PASSWORD,
			    strlen(DEMO_PASSWORD)) == 0) {
				if (!quiet)
					fprintf(stderr, "  akun %s menerima kata"
					    " sandi demo\n", v[i].user);
				found++;
			} else
				remember_clean(s, "akun", v[i].id, stamp);
		}
		free(v[i].user);
		free(v[i].hash);
	}
	free(v);
	return found;
}

/* Active signing keys that open with DEMO_TTE_PASS. */
static int
demo_keys(struct store *s, int quiet)
{
	struct store_stmt *st;
	struct { int64_t id, account; char *user, *pem; } *v = NULL;
	size_t n = 0, i;
	char stamp[65];
	EVP_PKEY *key;
	X509 *cert;
	int found = 0;

	st = store_query(s, "SELECT c.id, c.account_id, a.username, c.key_pem"
	    " FROM signer_cert c JOIN account a ON a.id = c.account_id WHERE"
	    " c.status = 'aktif' ORDER BY c.id", "");
	if (st == NULL)
		die("basis data tidak dapat dibaca");
	while (store_step(st) == STORE_ROW) {
		v = xrealloc(v, (n + 1) * sizeof(*v));
		v[n].id = store_int(st, 0);
		v[n].account = store_int(st, 1);
		v[n].user = xstrdup(store_text(st, 2));
		v[n].pem = xstrdup(store_text(st, 3));
		n++;
	}
	store_done(st);
	for (i = 0; i < n; i++) {
		sha256_hex(v[i].pem, strlen(v[i].pem), stamp);
		if (!known_clean(s, "kunci", v[i].id, stamp)) {
			key = NULL;
			cert = NULL;
			if (pki_signer(s, v[i].account, DEMO_TTE_PASS, &key,
			    &cert, NULL) == 0) {
				if (!quiet)
					fprintf(stderr, "  kunci tanda tangan %s"
					    " terbuka dengan frasa sandi demo\n",
					    v[i].user);
				found++;
			} else
				remember_clean(s, "kunci", v[i].id, stamp);
			EVP_PKEY_free(key);
			X509_free(cert);
		}
		free(v[i].user);
		free(v[i].pem);
	}
	free(v);
	return found;
}

int
demo_check(struct store *s, const char *dir, int allow)
{
	char *path;
	int found = 0;

	if (allow) {
		/* allowed anyway: say so at every start, spend no time */
		fprintf(stderr, "PERINGATAN: mode produksi berjalan dengan"
		    " --allow-demo: data demo diizinkan. Kata sandi dan frasa"
		    " sandi demo diumumkan di README: siapa pun dapat masuk dan"
		    " menandatangani surat dengan akun demo. Jangan gunakan"
		    " untuk layanan sungguhan; hapus data demo dengan `pamong"
		    " demo remove --data %s`.\n", dir);
		return 0;
	}
	path = xasprintf("%s/%s", dir, DEMO_MARK);
	if (access(path, F_OK) == 0) {
		fprintf(stderr, "  direktori data ditandai sebagai data demo"
		    " (%s)\n", path);
		found++;
	}
	free(path);
	found += demo_accounts(s, 0);
	found += demo_keys(s, 0);
	if (found == 0)
		return 0;
	fprintf(stderr, "pamong: mode produksi menolak data demo (%d temuan di"
	    " atas). Hapus data demo dengan `pamong demo remove --data %s` dan"
	    " ganti kata sandi akun yang disebut, atau jalankan dengan"
	    " --allow-demo hanya untuk uji coba.\n", found, dir);
	return -1;
}

/*
 * Retire one demo account in one transaction: disabled, a password hash
 * no password matches, no sessions, audit event "demo.hapus".  Rows that
 * name it (applications, audit events, documents) stay, so history stays
 * whole.  0, or -1.
 */
static int
retire(struct store *s, int64_t id, const char *user)
{
	struct audit au;
	char obj[24];

	snprintf(obj, sizeof(obj), "%lld", (long long)id);
	memset(&au, 0, sizeof(au));
	au.role = "cli";
	au.action = "demo.hapus";
	au.object_type = "akun";
	au.object_id = obj;
	au.note = user;
	au.addr = "cli";
	if (store_begin(s) != 0)
		return -1;
	if (store_run(s, "UPDATE account SET disabled = 1, pw_hash ="
	    " '!dihapus-demo' WHERE id = ?", "i", id) != 0 ||
	    store_run(s, "DELETE FROM session WHERE account_id = ?", "i",
	    id) != 0 || audit_write(s, &au) != 0 || store_commit(s) != 0) {
		store_rollback(s);
		return -1;
	}
	return 0;
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
	struct store_stmt *st;
	int64_t certs[64];
	char err[512], *path;
	const char *user;
	size_t i;
	int nc, k, nk, accounts = 0, keys = 0;

	opt_only(argc, argv, 1, opts);
	dir = opt_get(argc, argv, "--data");
	s = cmd_open_store(dir);
	p = pki_load(dir);
	for (i = 0; i < demo_nstaff + 2; i++) {
		user = i < demo_nstaff ? demo_staff[i].username :
		    i == demo_nstaff ? DEMO_WARGA : DEMO_ADMIN_ADU;
		if (account_find(s, user, &a) != 0)
			continue;
		/* keys first: revoked (CRL re-issued) and wiped */
		nc = 0;
		st = store_query(s, "SELECT id FROM signer_cert WHERE"
		    " account_id = ? AND status = 'aktif'", "i", a.id);
		if (st == NULL)
			die("basis data tidak dapat dibaca");
		while (store_step(st) == STORE_ROW && nc < 64)
			certs[nc++] = store_int(st, 0);
		store_done(st);
		for (k = 0; k < nc; k++) {
			if (p == NULL)
				die("sertifikat demo %s tidak dapat dicabut:"
				    " direktori PKI tidak ada", a.username);
			/* 1 = keyCompromise: the passphrase is public */
			if (pki_revoke(s, p, certs[k], 1, "Kunci demo: frasa"
			    " sandinya diumumkan (pamong demo remove)", 0,
			    "cli", time(NULL), err, sizeof(err)) != 0)
				die("sertifikat demo %s gagal dicabut: %s",
				    a.username, err);
			keys++;
		}
		if (a.disabled && store_scalar(s, 0, "SELECT pw_hash ="
		    " '!dihapus-demo' FROM account WHERE id = ?", "i",
		    a.id) == 1)
			continue;
		if (retire(s, a.id, a.username) != 0)
			die("akun demo %s gagal dihapus; tidak ada yang berubah"
			    " pada akun itu", a.username);
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
	    " kontak demo dihapus, tanda demo dihapus.\n", accounts, keys, nk);
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
