/*
 * pki.c: `pamong pki init|root|enroll|revoke|list` (doc/pki.md), and the
 * PKI steps of `pamong init` (cmd_pki_on_init(), cmd_pki_demo()).
 */
#include <sys/stat.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <openssl/crypto.h>
#include <openssl/pem.h>

#include "mod/akun/account.h"
#include "mod/pki/pki.h"
#include "lib/msg.h"
#include "store/store.h"
#include "cmd.h"

/* One line from stdin into buf (newline removed); dies when none. */
static void
read_secret(char *buf, size_t len, const char *what)
{
	if (fgets(buf, (int)len, stdin) == NULL)
		die("%s tidak terbaca dari stdin", what);
	buf[strcspn(buf, "\r\n")] = '\0';
}

static struct pki *
need_pki(const char *dir)
{
	struct pki *p;

	if (dir == NULL)
		die("opsi --data DIR wajib");
	if ((p = pki_load(dir)) == NULL)
		die("%s", msg(M_PKI_ABSENT));
	return p;
}

static void
day(time_t t, char out[11])
{
	struct tm tm;

	gmtime_r(&t, &tm);
	strftime(out, 11, "%Y-%m-%d", &tm);
}

static int
pki_cmd_init(int argc, char **argv)
{
	static const char *const opts[] = { "--data=", "--rsa",
		"--base-url=", "--root-passphrase-stdin", NULL };
	const char *dir;
	struct pki_opts o;
	char pass[PKI_PASS_MAX + 2], err[256], *path;
	struct stat st;
	int rc;

	opt_only(argc, argv, 1, opts);
	dir = opt_get(argc, argv, "--data");
	if (dir == NULL)
		die("opsi --data DIR wajib");
	if (mkdir(dir, 0750) != 0 && errno != EEXIST)
		die("tidak dapat membuat %s", dir);
	path = malloc(strlen(dir) + 8);
	if (path == NULL)
		die("memori habis");
	snprintf(path, strlen(dir) + 8, "%s/pki", dir);
	if (stat(path, &st) == 0) {
		printf("PKI sudah ada di %s; tidak ada yang berubah.\n", path);
		free(path);
		return 0;
	}
	memset(&o, 0, sizeof(o));
	o.rsa = opt_has(argc, argv, "--rsa");
	o.base_url = opt_get(argc, argv, "--base-url");
	if (opt_has(argc, argv, "--root-passphrase-stdin")) {
		read_secret(pass, sizeof(pass), "frasa sandi root");
		o.root_passphrase = pass;
	}
	rc = pki_init(dir, &o, err, sizeof(err));
	OPENSSL_cleanse(pass, sizeof(pass));
	if (rc != 0)
		die("%s", err);
	printf("PKI dibuat di %s (%s): root CA, CA penerbit, TSA, CRL.\n", path,
	    o.rsa ? "RSA-3072" : "ECDSA P-256");
	free(path);
	return 0;
}

static int
pki_cmd_root(int argc, char **argv)
{
	static const char *const opts[] = { "--data=", NULL };
	struct pki *p;

	opt_only(argc, argv, 1, opts);
	p = need_pki(opt_get(argc, argv, "--data"));
	PEM_write_X509(stdout, pki_root(p));
	pki_free(p);
	return 0;
}

static int
pki_cmd_enroll(int argc, char **argv)
{
	static const char *const opts[] = { "--data=", "--username=",
		"--passphrase-stdin", NULL };
	const char *dir, *user;
	char pass[PKI_PASS_MAX + 2], err[512], d1[11], d2[11];
	struct pki_cert c;
	struct account a;
	struct store *s;
	struct pki *p;
	int64_t id;

	opt_only(argc, argv, 1, opts);
	dir = opt_get(argc, argv, "--data");
	user = opt_get(argc, argv, "--username");
	if (user == NULL || !opt_has(argc, argv, "--passphrase-stdin"))
		die("penggunaan: pamong pki enroll --data DIR --username NAMA"
		    " --passphrase-stdin");
	p = need_pki(dir);
	s = cmd_open_store(dir);
	if (account_find(s, user, &a) != 0)
		die("%s", msg(M_PKI_USER_UNKNOWN));
	read_secret(pass, sizeof(pass), "frasa sandi");
	id = pki_enroll(s, p, a.id, pass, 0, "cli", time(NULL), err,
	    sizeof(err));
	OPENSSL_cleanse(pass, sizeof(pass));
	if (id == 0)
		die("%s", err);
	if (pki_cert_get(s, id, &c) == 0) {
		day(c.not_before, d1);
		day(c.not_after, d2);
		printf("Sertifikat tanda tangan elektronik diterbitkan untuk"
		       " %s.\n  Nomor seri : %s\n  Subjek     : %s\n"
		       "  Berlaku    : %s s.d. %s\n",
		    a.username, c.serial, c.subject, d1, d2);
	}
	store_close(s);
	pki_free(p);
	return 0;
}

static int
pki_cmd_revoke(int argc, char **argv)
{
	static const char *const opts[] = { "--data=", "--serial=", "--reason=",
		"--why=", NULL };
	const char *dir, *serial, *reason, *why;
	struct store *s;
	struct pki *p;
	char err[256];
	int64_t id;
	int code;

	opt_only(argc, argv, 1, opts);
	dir = opt_get(argc, argv, "--data");
	serial = opt_get(argc, argv, "--serial");
	reason = opt_get(argc, argv, "--reason");
	why = opt_get(argc, argv, "--why");
	if (serial == NULL || reason == NULL)
		die("penggunaan: pamong pki revoke --data DIR --serial HEX"
		    " --reason KODE [--why TEKS]");
	if ((code = pki_reason_parse(reason)) < 0)
		die("alasan tidak dikenal: gunakan 0 (unspecified), 1"
		    " (keyCompromise), 3 (affiliationChanged), 4 (superseded),"
		    " 5 (cessationOfOperation) atau 9 (privilegeWithdrawn)");
	p = need_pki(dir);
	s = cmd_open_store(dir);
	if ((id = pki_cert_by_serial(s, serial)) == 0)
		die("%s", msg(M_PKI_CERT_UNKNOWN));
	if (pki_revoke(s, p, id, code, why ? why : "", 0, "cli", time(NULL),
		err, sizeof(err)) != 0)
		die("%s", err);
	printf("Sertifikat %s dicabut (%s); CRL diterbitkan ulang.\n", serial,
	    pki_reason_label(code));
	store_close(s);
	pki_free(p);
	return 0;
}

static int
pki_cmd_list(int argc, char **argv)
{
	static const char *const opts[] = { "--data=", NULL };
	struct store *s;
	struct pki_cert *v;
	char d[11];
	size_t i, n;

	opt_only(argc, argv, 1, opts);
	s = cmd_open_store(opt_get(argc, argv, "--data"));
	if ((v = pki_list(s, 0, &n)) == NULL)
		die("%s", msg(M_PKI_LIST_FAILED));
	printf("%-34s %-11s %-24s %-10s %s\n", "NOMOR SERI", "STATUS",
	    "PENGGUNA", "BERLAKU", "SUBJEK");
	for (i = 0; i < n; i++) {
		day(v[i].not_after, d);
		printf("%-34s %-11s %-24s %-10s %s\n", v[i].serial, v[i].status,
		    v[i].username, d, v[i].subject);
	}
	free(v);
	store_close(s);
	return 0;
}

int
cmd_pki(int argc, char **argv)
{
	static const struct {
		const char *name;
		int (*fn)(int, char **);
	} sub[] = {
		{ "init", pki_cmd_init },
		{ "root", pki_cmd_root },
		{ "enroll", pki_cmd_enroll },
		{ "revoke", pki_cmd_revoke },
		{ "list", pki_cmd_list },
	};
	size_t i;

	if (argc < 2)
		usage_error("subperintah wajib");
	for (i = 0; i < sizeof(sub) / sizeof(sub[0]); i++)
		if (strcmp(argv[1], sub[i].name) == 0)
			return sub[i].fn(argc - 1, argv + 1);
	usage_error("subperintah tidak dikenal: %s", argv[1]);
}

void
cmd_pki_on_init(const char *dir, int argc, char **argv)
{
	struct pki_opts o;
	char err[256];

	memset(&o, 0, sizeof(o));
	o.rsa = opt_has(argc, argv, "--rsa");
	o.base_url = opt_get(argc, argv, "--base-url");
	if (pki_init(dir, &o, err, sizeof(err)) != 0)
		die("PKI: %s", err);
}

void
cmd_pki_demo(struct store *s, const char *dir)
{
	static const char *const signers[] = { "penghulu.kampungdalam",
		"camat.siak", "kadis.disdukcapil", "kadis.dpmptsp" };
	struct pki *p = pki_load(dir);
	struct account a;
	char err[512];
	size_t i;

	if (p == NULL)
		die("%s", msg(M_PKI_ABSENT));
	for (i = 0; i < sizeof(signers) / sizeof(signers[0]); i++) {
		if (account_find(s, signers[i], &a) != 0)
			continue;
		if (pki_active_cert(s, a.id) != 0)
			continue;
		if (pki_enroll(s, p, a.id, DEMO_TTE_PASS, 0, "cli", time(NULL),
			err, sizeof(err)) == 0)
			die("sertifikat demo %s gagal: %s", signers[i], err);
	}
	pki_free(p);
	printf("\nFrasa sandi tanda tangan elektronik (TTE) akun penandatangan"
	       " demo\n(penghulu.kampungdalam, camat.siak, kadis.disdukcapil,"
	       " kadis.dpmptsp): %s\n",
	    DEMO_TTE_PASS);
}
