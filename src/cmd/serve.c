/*
 * serve.c: `pamong serve`: write the Kore configuration for a data
 * directory and run Kore in the foreground.  Kore itself handles SIGINT
 * and SIGTERM (workers finish, the parent exits).
 *
 * Development (default): plain HTTP, no chroot, no user change.
 * Production (--prod): TLS with Kore's key manager, workers chrooted into
 * the data directory as an unprivileged user, seccomp (doc/operations.md).
 */
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <limits.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include "lib/alamat.h"
#include "lib/buf.h"
#include "lib/xalloc.h"
#include "mod/pki/pki.h"
#include "http/app.h"
#include "http/asset.h"
#include "store/store.h"
#include "cmd.h"

/* RFC 7919 ffdhe2048.  Kore 4.1 insists on DH parameters even though the
 * production cipher list has no DHE suite; a standard group costs nothing. */
static const char ffdhe2048[] =
    "-----BEGIN DH PARAMETERS-----\n"
    "MIIBCAKCAQEA//////////+t+FRYortKmq/cViAnPTzx2LnFg84tNpWp4TZBFGQz\n"
    "+8yTnc4kmz75fS/jY2MMddj2gbICrsRhetPfHtXV/WVhJDP1H18GbtCFY2VVPe0a\n"
    "87VXE15/V8k1mE8McODmi3fipona8+/och3xWKE2rec1MKzKT0g6eXq8CrGCsyT7\n"
    "YdEIqUuyyOP7uWrat2DX9GgdT0Kj3jlN9K5W7edjcrsZCwenyO4KbXCeAvzhzffi\n"
    "7MA0BM0oNC9hkXL+nOmFg/+OTxIy7vKBg8P+OxtMb61zO7X8vC7CIAXFjvGDfRaD\n"
    "ssbzSibBsu/6iGtCOGEoXJf//////////wIBAg==\n"
    "-----END DH PARAMETERS-----\n";

/* Replace every @KEY@ in tmpl by its value. */
static void
expand(struct buf *out, const char *tmpl, const char **kv)
{
	const char *p = tmpl, *at, *end;
	size_t i, n;

	while ((at = strchr(p, '@')) != NULL) {
		buf_add(out, p, (size_t)(at - p));
		end = strchr(at + 1, '@');
		if (end == NULL)
			break;
		n = (size_t)(end - at - 1);
		for (i = 0; kv[i] != NULL; i += 2)
			if (strlen(kv[i]) == n &&
			    strncmp(kv[i], at + 1, n) == 0)
				break;
		if (kv[i] == NULL)
			die("templat konfigurasi: kunci @%.*s@ tidak dikenal",
			    (int)n, at + 1);
		buf_adds(out, kv[i + 1]);
		p = end + 1;
	}
	buf_adds(out, p);
}

static const char *template(const char *name)
{
	const struct asset *a;

	for (a = confs; a->name != NULL; a++)
		if (strcmp(a->name, name) == 0)
			return (const char *)a->data;
	die("templat %s tidak ada", name);
}

/* Split HOST:PORT (host may be [v6]) into host and port; dies if malformed. */
static void
split_listen(const char *listen, char *host, size_t hlen, char *port,
    size_t plen)
{
	const char *colon = strrchr(listen, ':');
	const char *h = listen;
	size_t n;

	if (colon == NULL || colon == listen || strlen(colon + 1) >= plen ||
	    strspn(colon + 1, "0123456789") != strlen(colon + 1) ||
	    atoi(colon + 1) <= 0 || atoi(colon + 1) > 65535)
		die("--listen harus berbentuk HOST:PORT");
	n = (size_t)(colon - listen);
	if (*h == '[' && n >= 2 && h[n - 1] == ']') {
		h++;
		n -= 2;
	}
	if (n == 0 || n >= hlen)
		die("--listen harus berbentuk HOST:PORT");
	snprintf(host, hlen, "%.*s", (int)n, h);
	snprintf(port, plen, "%s", colon + 1);
}

/* Kore's configuration is whitespace-separated: refuse values it would split. */
static void
conf_word(const char *what, const char *v)
{
	if (*v == '\0' || strpbrk(v, " \t\n\r#") != NULL)
		die("%s \"%s\" tidak boleh kosong atau memuat spasi atau #",
		    what, v);
}

/* Write len bytes to path (0644), never through a symlink; dies on error. */
static void
write_file(const char *path, const char *data, size_t len)
{
	int fd;

	fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC,
	    0644);
	if (fd == -1 || write(fd, data, len) != (ssize_t)len || close(fd) != 0)
		die("tidak dapat menulis %s: %s", path, strerror(errno));
}

/*
 * The advice printed when the data directory is not the workers' own: the
 * workers run as pw in a chroot of dir and SQLite writes pamong.db-wal and
 * pamong.db-shm beside the database.
 */
static void __attribute__((noreturn))
die_owner(const char *dir, const struct passwd *pw, const char *why)
{
	die("%s\n"
	    "Dalam mode produksi pekerja Kore berjalan sebagai pengguna %s di\n"
	    "dalam chroot direktori data; mereka harus dapat menulis pamong.db\n"
	    "beserta berkas -wal dan -shm SQLite, dan hanya mereka yang boleh\n"
	    "membaca secret.key.  Perbaiki sebagai root dengan:\n"
	    "  chown -R %s: %s\n"
	    "  chmod 700 %s\n"
	    "  chmod 600 %s/secret.key",
	    why, pw->pw_name, pw->pw_name, dir, dir, dir);
}

/* Check that dir and everything directly in it belongs to pw. */
static void
check_data_dir(const char *dir, const struct passwd *pw)
{
	struct stat st;
	struct dirent *de;
	DIR *d;
	char *path, why[PATH_MAX + 128];

	if (strcmp(dir, "/") == 0)
		die("direktori data tidak boleh / (pekerja di-chroot ke sana)");
	if (lstat(dir, &st) != 0 || !S_ISDIR(st.st_mode))
		die("direktori data %s tidak ada", dir);
	if (st.st_uid != pw->pw_uid) {
		snprintf(why, sizeof(why),
		    "direktori data %s dimiliki uid %d,"
		    " bukan pengguna %s.",
		    dir, (int)st.st_uid, pw->pw_name);
		die_owner(dir, pw, why);
	}
	if ((st.st_mode & S_IRWXU) != S_IRWXU || (st.st_mode & S_IWOTH)) {
		snprintf(why, sizeof(why),
		    "izin direktori data %s (%03o)"
		    " salah.",
		    dir, (unsigned)(st.st_mode & 0777));
		die_owner(dir, pw, why);
	}
	if ((d = opendir(dir)) == NULL)
		die("tidak dapat membaca direktori data %s", dir);
	while ((de = readdir(d)) != NULL) {
		/* The development server's files stay root's; Kore ignores them. */
		if (strcmp(de->d_name, ".") == 0 ||
		    strcmp(de->d_name, "..") == 0 ||
		    strcmp(de->d_name, "kore.conf") == 0 ||
		    strcmp(de->d_name, "kore.pid") == 0)
			continue;
		path = xasprintf("%s/%s", dir, de->d_name);
		if (lstat(path, &st) == 0 && st.st_uid != pw->pw_uid) {
			snprintf(why, sizeof(why),
			    "%s dimiliki uid %d, bukan"
			    " pengguna %s.",
			    path, (int)st.st_uid, pw->pw_name);
			die_owner(dir, pw, why);
		}
		free(path);
	}
	closedir(d);
	path = xasprintf("%s/%s", dir, APP_SECRET);
	if (lstat(path, &st) != 0 || !S_ISREG(st.st_mode))
		die("%s tidak ada; jalankan `pamong init --data %s`", path,
		    dir);
	if (st.st_mode & (S_IRWXG | S_IRWXO)) {
		snprintf(why, sizeof(why),
		    "%s dapat dibaca pengguna lain"
		    " (%03o).",
		    path, (unsigned)(st.st_mode & 0777));
		die_owner(dir, pw, why);
	}
	free(path);
}

/*
 * Resolve a certificate or key argument into its real directory and file
 * name.  The keymgr is chrooted into that directory, so the file must be a
 * regular file there, not a symlink pointing out of it.
 */
static void
tls_path(const char *arg, const char *what, char *dir, char **name)
{
	char *copy = xstrdup(arg), *slash = strrchr(copy, '/'), *path;
	struct stat st;

	if (slash == copy) {
		*name = xstrdup(slash + 1);
		strcpy(copy, "/");
	} else if (slash != NULL) {
		*slash = '\0';
		*name = xstrdup(slash + 1);
	} else {
		*name = xstrdup(copy);
		strcpy(copy, ".");
	}
	if (realpath(copy, dir) == NULL)
		die("direktori %s %s tidak ada", what, arg);
	free(copy);
	path = xasprintf("%s/%s", dir, *name);
	if (lstat(path, &st) != 0)
		die("%s %s tidak ada", what, path);
	if (!S_ISREG(st.st_mode))
		die("%s %s bukan berkas biasa (tautan simbolik?).  Key manager"
		    " Kore di-chroot ke direktori berkas itu sehingga tautan ke"
		    " luar tidak dapat diikuti; salin sertifikat dan kunci ke"
		    " satu direktori, mis. /etc/pamong/tls (doc/operations.md).",
		    what, path);
	free(path);
}

/* Check the key's permissions and that it matches the certificate. */
static void
check_tls(const char *dir, const char *cert, const char *key,
    const struct passwd *pw)
{
	char *cpath = xasprintf("%s/%s", dir, cert);
	char *kpath = xasprintf("%s/%s", dir, key);
	struct stat st;
	X509 *x = NULL;
	EVP_PKEY *k = NULL;
	FILE *f;
	char until[64] = "?";
	struct tm tm;

	if (lstat(kpath, &st) != 0)
		die("kunci privat %s tidak ada", kpath);
	if (st.st_uid == pw->pw_uid || (st.st_mode & S_IRWXO) ||
	    ((st.st_mode & S_IRGRP) && st.st_gid == pw->pw_gid))
		die("kunci privat %s (%03o, uid %d) tidak boleh dapat dibaca"
		    " pengguna %s atau pengguna lain; hanya key manager (root)"
		    " yang membacanya.  Perbaiki dengan:\n"
		    "  chown root:root %s && chmod 600 %s",
		    kpath, (unsigned)(st.st_mode & 0777), (int)st.st_uid,
		    pw->pw_name, kpath, kpath);
	if ((f = fopen(cpath, "r")) != NULL) {
		x = PEM_read_X509(f, NULL, NULL, NULL);
		fclose(f);
	}
	if (x == NULL)
		die("sertifikat %s tidak dapat dibaca (PEM)", cpath);
	if ((f = fopen(kpath, "r")) != NULL) {
		k = PEM_read_PrivateKey(f, NULL, NULL, NULL);
		fclose(f);
	}
	if (k == NULL)
		die("kunci privat %s tidak dapat dibaca (PEM tanpa sandi)",
		    kpath);
	if (EVP_PKEY_get_base_id(k) != EVP_PKEY_EC &&
	    EVP_PKEY_get_base_id(k) != EVP_PKEY_RSA)
		die("kunci privat %s harus ECDSA atau RSA", kpath);
	if (X509_check_private_key(x, k) != 1)
		die("kunci privat %s bukan pasangan sertifikat %s", kpath,
		    cpath);
	if (X509_cmp_current_time(X509_get0_notAfter(x)) <= 0)
		fprintf(stderr,
		    "pamong: PERINGATAN: sertifikat %s sudah"
		    " kedaluwarsa\n",
		    cpath);
	if (ASN1_TIME_to_tm(X509_get0_notAfter(x), &tm) == 1)
		strftime(until, sizeof(until), "%Y-%m-%d %H:%M UTC", &tm);
	printf("Sertifikat %s berlaku hingga %s\n", cpath, until);
	X509_free(x);
	EVP_PKEY_free(k);
	free(cpath);
	free(kpath);
}

/*
 * Migrate the database as pw, so that every file SQLite creates is its,
 * then refuse demo data unless allow_demo (demo_check()).  Exits on
 * failure (the child said why).
 */
static void
migrate_as(const char *dir, const struct passwd *pw, int allow_demo)
{
	struct store *s;
	int rc;

	pid_t pid;
	int status;

	fflush(NULL);
	if ((pid = fork()) == -1)
		die("fork: %s", strerror(errno));
	if (pid == 0) {
		if (setgroups(1, &pw->pw_gid) != 0 ||
		    setresgid(pw->pw_gid, pw->pw_gid, pw->pw_gid) != 0 ||
		    setresuid(pw->pw_uid, pw->pw_uid, pw->pw_uid) != 0)
			die("tidak dapat berganti ke pengguna %s", pw->pw_name);
		if (access(dir, R_OK | W_OK | X_OK) != 0)
			die("pengguna %s tidak dapat menjangkau %s (%s); periksa"
			    " izin direktori induknya",
			    pw->pw_name, dir, strerror(errno));
		s = cmd_open_store(dir);
		rc = demo_check(s, dir, allow_demo);
		store_close(s);
		exit(rc == 0 ? 0 : 3);
	}
	if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status) ||
	    WEXITSTATUS(status) != 0)
		exit(1); /* the child said why */
}

/* The root-owned directory for the generated configuration; returns it. */
static const char *
run_dir(int argc, char **argv)
{
	const char *dir = opt_get(argc, argv, "--run-dir");
	struct stat st;

	if (dir == NULL)
		dir = getenv("RUNTIME_DIRECTORY"); /* systemd */
	if (dir == NULL || *dir == '\0')
		dir = "/run/pamong";
	if (mkdir(dir, 0755) != 0 && errno != EEXIST)
		die("tidak dapat membuat %s: %s", dir, strerror(errno));
	if (lstat(dir, &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != 0 ||
	    (st.st_mode & (S_IWGRP | S_IWOTH)))
		die("%s harus direktori milik root yang hanya dapat ditulis"
		    " root",
		    dir);
	return dir;
}

/* Kore workers: one per CPU unless PAMONG_WORKERS says otherwise. */
static void
worker_count(char *out, size_t len)
{
	long ncpu = sysconf(_SC_NPROCESSORS_ONLN);

	snprintf(out, len, "%ld", ncpu > 0 ? ncpu : 1);
	if (getenv("PAMONG_WORKERS") != NULL)
		snprintf(out, len, "%s", getenv("PAMONG_WORKERS"));
}

/* pamong.so (module_file()); dies if it was not built. */
static char *
module_path(void)
{
	char *so = module_file();

	if (access(so, R_OK) != 0)
		die("%s tidak ada; jalankan `make build`", so);
	return so;
}

/*
 * Production: pamong.so is loaded into the Kore parent, which stays root
 * (and preloaded into the keymgr).  Whoever can change the file, or
 * rename anything on its path, runs code as root.  So the file and every
 * directory up to / must belong to root and be writable by root alone.
 * A directory writable by others is accepted only with the sticky bit
 * (as /tmp): there nobody but root may rename or remove root's entries.
 * Returns the resolved path, which is what Kore is given.
 */
static char *
check_module(const char *so)
{
	char real[PATH_MAX], *p, *slash;
	struct stat st;
	int top;

	if (realpath(so, real) == NULL)
		die("%s tidak dapat diperiksa: %s", so, strerror(errno));
	p = xstrdup(real);
	for (top = 1;; top = 0) {
		if (lstat(p, &st) != 0)
			die("%s tidak dapat diperiksa: %s", p, strerror(errno));
		if (top && !S_ISREG(st.st_mode))
			die("%s bukan berkas biasa", p);
		if (st.st_uid != 0 ||
		    ((st.st_mode & (S_IWGRP | S_IWOTH)) &&
			!(S_ISDIR(st.st_mode) && (st.st_mode & S_ISVTX))))
			die("%s %s dimiliki uid %d dengan izin %04o: dalam mode"
			    " produksi pamong.so dimuat ke proses induk Kore yang"
			    " berjalan sebagai root, maka berkas itu dan setiap"
			    " direktori di atasnya sampai / harus milik root dan"
			    " hanya dapat ditulis root.  Perbaiki dengan:\n"
			    "  chown root:root %s && chmod go-w %s\n"
			    "(lihat doc/operations.md, \"Production checks\").",
			    top ? "Modul" : "Direktori", p, (int)st.st_uid,
			    (unsigned)(st.st_mode & 07777), p, p);
		if (strcmp(p, "/") == 0)
			break;
		slash = strrchr(p, '/');
		if (slash == p)
			slash[1] = '\0';
		else
			*slash = '\0';
	}
	free(p);
	return xstrdup(real);
}

/*
 * The root CA key must not stay in the data directory: it is the
 * workers' chroot, so a compromised worker could read it (encrypted, but
 * then open to an offline guessing attack on its passphrase).  Refused,
 * not merely warned about: doc/pki.md says to take it offline before the
 * server faces the network.
 */
static void
check_root_key(const char *dir, const struct passwd *pw)
{
	char *path = xasprintf("%s/pki/root.key", dir);
	struct stat st;

	if (lstat(path, &st) == 0)
		die("kunci root CA %s masih berada di direktori data.  Pekerja"
		    " (pengguna %s, chroot %s) dapat membacanya.  Sebelum"
		    " layanan produksi dijalankan, salin kunci itu ke dua media"
		    " luring, periksa salinannya (openssl pkey -in"
		    " /media/.../root.key -noout), lalu hapus dari server:\n"
		    "  shred -u %s\n"
		    "(lihat doc/pki.md, \"Keeping the root offline\").",
		    path, pw->pw_name, dir, path);
	free(path);
}

/*
 * Letters carry a verification URL made from DATA/pki/base_url (issue
 * 18): a loopback or private one cannot be opened by citizens, so the
 * workers refuse to sign (dokumen_may_sign_here()); say so at the start.
 */
static void
check_base_url(const char *absdir)
{
	struct pki *p = pki_load(absdir);
	const char *u = p != NULL ? pki_base_url(p) : NULL;

	if (u != NULL && !alamat_publik(u))
		fprintf(stderr,
		    "pamong: alamat publik %s (berkas %s/pki/base_url) adalah"
		    " alamat loopback atau jaringan privat; surat tidak akan"
		    " ditandatangani dalam mode produksi sampai alamat publik"
		    " ditetapkan (tulis alamat seperti"
		    " https://layanan.siakkab.go.id ke berkas itu, lalu mulai"
		    " ulang).\n",
		    u, absdir);
	pki_free(p);
}

/* `pamong serve --prod`: check, write the TLS configuration, exec Kore. */
static int
serve_prod(int argc, char **argv, const char *absdir)
{
	const char *listen = opt_get(argc, argv, "--listen");
	const char *cert = opt_get(argc, argv, "--cert");
	const char *key = opt_get(argc, argv, "--key");
	const char *user = opt_get(argc, argv, "--user");
	const char *rdir, *pre, *kv[40];
	char host[256], port[16], cdir[PATH_MAX], kdir[PATH_MAX];
	char workers[24], *so, *cname, *kname, *conf, *pidf, *dh, *preload;
	struct passwd *pw;
	struct buf out = BUF_INIT;

	if (cert == NULL || key == NULL)
		die("mode produksi memerlukan --cert BERKAS dan --key BERKAS");
	if (getuid() != 0 || geteuid() != 0)
		die("mode produksi harus dijalankan sebagai root: Kore memerlukan"
		    " root untuk chroot dan berganti pengguna; pekerjanya tetap"
		    " berjalan sebagai pengguna tanpa hak istimewa (--user)");
	if (user == NULL)
		user = "pamong";
	if ((pw = getpwnam(user)) == NULL)
		die("pengguna %s tidak ada.  Buat sebagai root dengan:\n"
		    "  useradd --system --user-group --home-dir /var/lib/pamong"
		    " --shell /usr/sbin/nologin %s",
		    user, user);
	if (pw->pw_uid == 0)
		die("--user %s: pekerja tidak boleh berjalan sebagai root",
		    user);
	worker_count(workers, sizeof(workers));
	so = module_path();
	{
		char *real = check_module(so);

		free(so);
		so = real;
	}
	if (strchr(so, ':') != NULL)
		die("%s: LD_PRELOAD tidak menerima path yang memuat ':'", so);
	if (listen == NULL)
		listen = "0.0.0.0:443";
	split_listen(listen, host, sizeof(host), port, sizeof(port));

	check_data_dir(absdir, pw);
	check_root_key(absdir, pw);
	tls_path(cert, "sertifikat", cdir, &cname);
	tls_path(key, "kunci privat", kdir, &kname);
	if (strcmp(cdir, kdir) != 0)
		die("sertifikat dan kunci privat harus berada di direktori yang"
		    " sama (key manager Kore di-chroot ke sana): %s berbeda dari"
		    " %s",
		    cdir, kdir);
	if (strncmp(cdir, absdir, strlen(absdir)) == 0 &&
	    (cdir[strlen(absdir)] == '\0' || cdir[strlen(absdir)] == '/'))
		die("sertifikat dan kunci tidak boleh berada di dalam direktori"
		    " data (pekerja di-chroot ke sana)");
	check_tls(cdir, cname, kname, pw);
	migrate_as(absdir, pw, opt_has(argc, argv, "--allow-demo"));
	check_base_url(absdir);

	rdir = run_dir(argc, argv);
	conf = xasprintf("%s/kore-%s.conf", rdir, port);
	pidf = xasprintf("%s/kore-%s.pid", rdir, port);
	dh = xasprintf("%s/ffdhe2048.pem", rdir);
	conf_word("--listen", host);
	conf_word("PAMONG_WORKERS", workers);
	conf_word("direktori data", absdir);
	conf_word("direktori sertifikat", cdir);
	conf_word("sertifikat", cname);
	conf_word("kunci privat", kname);
	conf_word("pengguna", user);
	conf_word("direktori run", rdir);
	conf_word("pamong.so", so);
	write_file(dh, ffdhe2048, sizeof(ffdhe2048) - 1);

	kv[0] = "HOST";
	kv[1] = host;
	kv[2] = "PORT";
	kv[3] = port;
	kv[4] = "SO";
	kv[5] = so;
	kv[6] = "WORKERS";
	kv[7] = workers;
	kv[8] = "TRACING";
	kv[9] = getenv("PAMONG_SECCOMP_TRACE") ? "yes" : "no";
	kv[10] = "USER";
	kv[11] = user;
	kv[12] = "DATA";
	kv[13] = absdir;
	kv[14] = "TLSDIR";
	kv[15] = cdir;
	kv[16] = "CERT";
	kv[17] = cname;
	kv[18] = "KEY";
	kv[19] = kname;
	kv[20] = "DHPARAM";
	kv[21] = dh;
	kv[22] = "PIDFILE";
	kv[23] = pidf;
	kv[24] = NULL;
	expand(&out, template("prod.conf.in"), kv);
	write_file(conf, out.s, out.len);
	buf_free(&out);

	/* Workers see the data directory as their root. */
	setenv("PAMONG_DATA", "/", 1);
	setenv("PAMONG_SECURE_COOKIES", "1", 1);
	/* Preloaded so that its OpenSSL 3 repair reaches the keymgr
	 * (src/web/tls_key.c); after any preload the caller set. */
	pre = getenv("LD_PRELOAD");
	preload = pre != NULL && *pre != '\0' ? xasprintf("%s %s", pre, so)
					      : xstrdup(so);
	setenv("LD_PRELOAD", preload, 1);
	printf("Pamong (produksi) melayani di https://%s%s%s:%s/\n"
	       "  pekerja: pengguna %s, chroot %s, seccomp\n"
	       "  kunci TLS: key manager (root), chroot %s\n"
	       "  konfigurasi Kore: %s\n",
	    strchr(host, ':') ? "[" : "", host, strchr(host, ':') ? "]" : "",
	    port, user, absdir, cdir, conf);
	fflush(stdout);
	execlp("kore", "kore", "-c", conf, "-f", (char *)NULL);
	die("kore tidak dapat dijalankan (paket `kore` terpasang?)");
}

int
cmd_serve(int argc, char **argv)
{
	const char *dir, *listen;
	const char *kv[32];
	char absdir[PATH_MAX], host[256], port[16], workers[24], *so, *conf;
	char *colon;
	struct buf out = BUF_INIT;
	FILE *f;
	static const char *const opts[] = { "--data=", "--listen=", "--prod",
		"--cert=", "--key=", "--user=", "--run-dir=", "--allow-demo",
		NULL };

	opt_only(argc, argv, 1, opts);
	dir = opt_get(argc, argv, "--data");
	listen = opt_get(argc, argv, "--listen");
	if (dir == NULL)
		die("opsi --data DIR wajib");
	if (realpath(dir, absdir) == NULL)
		die("direktori data %s tidak ada; jalankan `pamong init`", dir);
	if (!opt_has(argc, argv, "--prod") &&
	    (opt_has(argc, argv, "--cert") || opt_has(argc, argv, "--key") ||
		opt_has(argc, argv, "--user") ||
		opt_has(argc, argv, "--run-dir") ||
		opt_has(argc, argv, "--allow-demo")))
		die("--cert, --key, --user, --run-dir dan --allow-demo hanya"
		    " berlaku bersama --prod");
	if (opt_has(argc, argv, "--prod"))
		return serve_prod(argc, argv, absdir);
	store_close(cmd_open_store(absdir)); /* migrate before workers start */
	if (listen == NULL)
		listen = "127.0.0.1:8080";
	colon = strrchr(listen, ':');
	if (colon == NULL || colon == listen ||
	    (size_t)(colon - listen) >= sizeof(host) ||
	    strlen(colon + 1) >= sizeof(port) || atoi(colon + 1) <= 0 ||
	    atoi(colon + 1) > 65535)
		die("--listen harus berbentuk HOST:PORT");
	snprintf(host, sizeof(host), "%.*s", (int)(colon - listen), listen);
	snprintf(port, sizeof(port), "%s", colon + 1);
	worker_count(workers, sizeof(workers));
	so = module_path();

	kv[0] = "HOST";
	kv[1] = host;
	kv[2] = "PORT";
	kv[3] = port;
	kv[4] = "SO";
	kv[5] = so;
	kv[6] = "WORKERS";
	kv[7] = workers;
	kv[8] = "TRACING";
	kv[9] = getenv("PAMONG_SECCOMP_TRACE") ? "yes" : "no";
	kv[10] = NULL;
	expand(&out, template("dev.conf.in"), kv);
	conf = xasprintf("%s/kore.conf", absdir);
	if ((f = fopen(conf, "w")) == NULL ||
	    fwrite(out.s, 1, out.len, f) != out.len || fclose(f) != 0)
		die("tidak dapat menulis %s", conf);
	buf_free(&out);

	setenv("PAMONG_DATA", absdir, 1);
	printf("Pamong melayani di http://%s:%s/ (Ctrl-C untuk berhenti)\n",
	    host, port);
	fflush(stdout);
	execlp("kore", "kore", "-c", conf, "-f", "-n", "-r", (char *)NULL);
	die("kore tidak dapat dijalankan (paket `kore` terpasang?)");
}
