/*
 * opt.c: what every subcommand shares: its usage on error, option
 * parsing, die(), the executable's directory and the data directory's
 * store.  The command table itself is in pamong.c, which calls down
 * into this file and never the other way round.
 */
#include <sys/stat.h>

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "lib/xalloc.h"
#include "http/app.h"
#include "mod/cadangan/cadangan.h"
#include "store/store.h"
#include "cmd.h"

void
die(const char *fmt, ...)
{
	va_list ap;

	fputs("pamong: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(1);
}

/* The usage lines of the command being run (opt_command()). */
static const char *cur_usage;

void
opt_command(const char *usage)
{
	cur_usage = usage;
}

void
opt_print_usage(FILE *f, const char *u, const char *indent)
{
	size_t n;

	fprintf(f, "%spamong ", indent);
	for (;;) {
		n = strcspn(u, "\n");
		fprintf(f, "%.*s\n", (int)n, u);
		if (u[n] == '\0')
			break;
		u += n + 1;
		u += strspn(u, " ");
		fputs(indent, f);
	}
}

void
opt_usage(int rc)
{
	FILE *f = rc == 0 ? stdout : stderr;

	fputs("Penggunaan:\n", f);
	if (cur_usage != NULL)
		opt_print_usage(f, cur_usage, "  ");
	exit(rc);
}

void
usage_error(const char *fmt, ...)
{
	va_list ap;

	fputs("pamong: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	opt_usage(2);
}

/* Is a an option's value?  Not when it looks like an option itself. */
static int
is_value(const char *a)
{
	return a != NULL && strncmp(a, "--", 2) != 0;
}

const char *
opt_get(int argc, char **argv, const char *name)
{
	int i;

	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], name) == 0) {
			if (i + 1 >= argc || !is_value(argv[i + 1]))
				usage_error("opsi %s memerlukan nilai", name);
			return argv[i + 1];
		}
	}
	return NULL;
}

int
opt_args(int argc, char **argv, int first, const char *const *opts,
    const char **pos, int maxpos)
{
	const char *const *o;
	size_t n;
	int i, j, np = 0, val;

	for (i = first; i < argc; i++) {
		if (strcmp(argv[i], "--help") == 0 ||
		    strcmp(argv[i], "-h") == 0)
			opt_usage(0);
		if (argv[i][0] != '-' || argv[i][1] == '\0') {
			if (np >= maxpos)
				usage_error("argumen tidak dikenal: %s",
				    argv[i]);
			pos[np++] = argv[i];
			continue;
		}
		val = 0;
		for (o = opts; *o != NULL; o++) {
			n = strlen(*o);
			if ((*o)[n - 1] == '=' &&
			    strncmp(argv[i], *o, n - 1) == 0 &&
			    argv[i][n - 1] == '\0') {
				val = 1;
				break;
			}
			if (strcmp(argv[i], *o) == 0)
				break;
		}
		if (*o == NULL)
			usage_error("opsi tidak dikenal: %s", argv[i]);
		for (j = first; j < i; j++)
			if (strcmp(argv[j], argv[i]) == 0)
				usage_error("opsi %s diberikan lebih dari"
					    " sekali",
				    argv[i]);
		if (val) {
			if (i + 1 >= argc || !is_value(argv[i + 1]))
				usage_error("opsi %s memerlukan nilai",
				    argv[i]);
			i++;
		}
	}
	return np;
}

void
opt_only(int argc, char **argv, int first, const char *const *opts)
{
	opt_args(argc, argv, first, opts, NULL, 0);
}

int
opt_has(int argc, char **argv, const char *name)
{
	int i;

	for (i = 1; i < argc; i++)
		if (strcmp(argv[i], name) == 0)
			return 1;
	return 0;
}

const char *
exe_dir(void)
{
	static char dir[4096];
	ssize_t n;
	char *slash;

	if (dir[0] != '\0')
		return dir;
	n = readlink("/proc/self/exe", dir, sizeof(dir) - 1);
	if (n <= 0)
		die("tidak dapat menemukan lokasi program");
	dir[n] = '\0';
	if ((slash = strrchr(dir, '/')) != NULL)
		*slash = '\0';
	return dir;
}

/*
 * The first of exe_dir()/rel[i] that exists, else the first candidate;
 * caller frees.  The build tree (build/, build/san/) and the installed
 * layout of the Debian package (/usr/bin, /usr/lib/pamong,
 * /usr/share/pamong: deploy/deb/) differ only in these relative paths.
 */
static char *
beside_exe(const char *const *rel)
{
	char *p, real[PATH_MAX];
	size_t i;

	for (i = 0; rel[i] != NULL; i++) {
		p = xasprintf("%s/%s", exe_dir(), rel[i]);
		if (realpath(p, real) != NULL) {
			free(p);
			return xstrdup(real);
		}
		free(p);
	}
	return xasprintf("%s/%s", exe_dir(), rel[0]);
}

char *
module_file(void)
{
	static const char *const rel[] = { "pamong.so",
		"../lib/pamong/pamong.so", NULL };

	return beside_exe(rel);
}

char *
share_dir(void)
{
	const char *seed = getenv("PAMONG_SEED_DIR");
	static const char *const rel[] = { "../data", "../../data",
		"../share/pamong/data", NULL };

	if (seed != NULL && *seed != '\0')
		return xstrdup(seed);
	return beside_exe(rel);
}

void
cmd_backup_before_migrate(struct store *s, const char *dir)
{
	struct cadangan_hasil h;
	char when[32], *sub, *ke = NULL;
	time_t now = time(NULL);
	int pending, i;

	if ((pending = store_migrate_pending(s, NULL)) <= 0)
		return; /* a new database, nothing pending, or unreadable */
	sub = xasprintf("%s/%s", dir, CADANGAN_DIR);
	if (mkdir(sub, 0700) != 0 && errno != EEXIST)
		die("direktori %s tidak dapat dibuat; migrasi tidak dijalankan",
		    sub);
	strftime(when, sizeof(when), "%Y%m%dT%H%M%SZ", gmtime(&now));
	for (i = 1; ke == NULL || access(ke, F_OK) == 0; i++) {
		free(ke);
		ke = i == 1
		    ? xasprintf("%s/sebelum-migrasi-%s.tar.gz", sub, when)
		    : xasprintf("%s/sebelum-migrasi-%s-%d.tar.gz", sub, when,
			  i);
	}
	if (cadangan_buat(s, dir, ke, NULL, CADANGAN_TANPA_BERKAS, &h) != 0)
		die("cadangan otomatis sebelum migrasi gagal: %s; migrasi tidak"
		    " dijalankan",
		    h.galat);
	fprintf(stderr,
	    "pamong: %d migrasi menunggu; cadangan otomatis"
	    " sebelumnya: %s\n",
	    pending, ke);
	free(ke);
	free(sub);
}

struct store *
cmd_open_store(const char *dir)
{
	struct store *s;
	char *path, *name;

	if (dir == NULL)
		die("opsi --data DIR wajib");
	if ((path = store_locate(dir, APP_DB)) == NULL)
		die("tidak dapat membuka basis data %s", dir);
	if (!store_is_url(path) && access(path, F_OK) != 0)
		die("%s belum ada; jalankan `pamong init --data %s`", path,
		    dir);
	if (store_open(&s, NULL, path) != 0) {
		name = store_name(path);
		die("tidak dapat membuka basis data %s: %s", name,
		    store_open_error());
	}
	cmd_backup_before_migrate(s, dir);
	if (store_migrate(s, 0) != 0) {
		name = store_name(path);
		die("tidak dapat membuka basis data %s", name);
	}
	free(path);
	return s;
}
