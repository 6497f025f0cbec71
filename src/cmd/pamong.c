/* pamong.c: the command-line entry point and its subcommand table. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lib/xalloc.h"
#include "http/app.h"
#include "store/store.h"
#include "cmd.h"

static const struct {
	const char	*name;
	int		(*fn)(int, char **);
	const char	*usage;
} cmds[] = {
	{ "init", cmd_init, "init --data DIR [--demo] [--log-origin NAME]"
	    " [--rsa] [--base-url URL]" },
	{ "serve", cmd_serve, "serve --data DIR [--listen HOST:PORT]\n"
	    "       pamong serve --prod --data DIR --cert FILE --key FILE"
	    " [--user USER] [--listen HOST:PORT] [--run-dir DIR]"
	    " [--allow-demo]" },
	{ "migrate", cmd_migrate, "migrate --data DIR" },
	{ "user", cmd_user, "user add --data DIR --username NAME --role ROLE"
	    " [--unit CODE] [--nik NIK --name NAMA] [--warga AKUN_WARGA]"
	    " [--phone NOMOR] [--email ALAMAT] --password-stdin\n"
	    "       pamong user list --data DIR" },
	{ "wilayah", cmd_wilayah, "wilayah import --data DIR FILE.csv" },
	{ "demo", cmd_demo, "demo remove --data DIR" },
	{ "tick", cmd_tick, "tick --data DIR [--now YYYY-MM-DD]" },
	{ "audit", cmd_audit, "audit verify --data DIR [--head ID:HASH]\n"
	    "       pamong audit head --data DIR" },
	/* === H1 pki === */
	{ "pki", cmd_pki, "pki init --data DIR [--rsa] [--base-url URL]"
	    " [--root-passphrase-stdin]\n"
	    "       pamong pki root --data DIR\n"
	    "       pamong pki enroll --data DIR --username NAME"
	    " --passphrase-stdin\n"
	    "       pamong pki revoke --data DIR --serial HEX --reason CODE"
	    " [--why TEXT]\n"
	    "       pamong pki list --data DIR" },
	/* === end H1 === */
	/* === H2 pades === */
	/* === end H2 === */
	/* === H3 dokumen === */
	{ "verify", cmd_verify, "verify FILE.pdf [--data DIR]" },
	/* === end H3 === */
	/* === H4 spbe === */
	{ "spbe", cmd_spbe, "spbe skor FILE.csv [--kerangka FILE]" },
	/* === end H4 === */
	/* === H5 pengaduan === */
	/* === end H5 === */
	/* === H6 ikm === */
	{ "ikm", cmd_ikm, "ikm --csv FILE [--bobot 0.11]" },
	/* === end H6 === */
	/* === H7 log === */
	{ "log", cmd_log, "log verify --data DIR [--checkpoint FILE]\n"
	    "       pamong log verify --url URL [--checkpoint FILE]\n"
	    "       pamong log checkpoint --data DIR" },
	{ "sampel", cmd_sampel, "sampel --seed HEX --periode YYYY-MM --data DIR"
	    " [--jumlah K]" },
	/* === end H7 === */
	/* === H8 kinerja === */
	/* === end H8 === */
	/* === H9 audit === */
	/* === end H9 === */
	/* --- NIK verification (issue 12 item 5) --- */
	{ "nik", cmd_nik, "nik periksa --data DIR --petugas NAMA --akun NAMA"
	    " --lahir YYYY-MM-DD" },
};
#define NCMDS (sizeof(cmds) / sizeof(cmds[0]))

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

/* The command being run (index into cmds), for its usage lines. */
static size_t cur_cmd = NCMDS;

/* Print "pamong USAGE" lines, each after indent. */
static void
print_usage(FILE *f, const char *u, const char *indent)
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

/* The whole table: to stdout for `pamong help` (exit 0), else stderr. */
static void __attribute__((noreturn))
usage(int rc)
{
	FILE *f = rc == 0 ? stdout : stderr;
	size_t i;

	fputs("Penggunaan:\n", f);
	for (i = 0; i < NCMDS; i++)
		print_usage(f, cmds[i].usage, "  ");
	exit(rc);
}

/* The current command's usage lines (or the whole table); exit rc. */
static void __attribute__((noreturn))
cmd_usage(int rc)
{
	FILE *f = rc == 0 ? stdout : stderr;

	if (cur_cmd >= NCMDS)
		usage(rc);
	fputs("Penggunaan:\n", f);
	print_usage(f, cmds[cur_cmd].usage, "  ");
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
	cmd_usage(2);
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
			cmd_usage(0);
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
			if ((*o)[n - 1] == '=' && strncmp(argv[i], *o, n - 1) ==
			    0 && argv[i][n - 1] == '\0') {
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
				    " sekali", argv[i]);
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

struct store *
cmd_open_store(const char *dir)
{
	struct store *s;
	char *path;

	if (dir == NULL)
		die("opsi --data DIR wajib");
	path = xasprintf("%s/%s", dir, APP_DB);
	if (access(path, F_OK) != 0)
		die("%s belum ada; jalankan `pamong init --data %s`", path, dir);
	if (store_open(&s, NULL, path) != 0 || store_migrate(s, 0) != 0)
		die("tidak dapat membuka basis data %s", path);
	free(path);
	return s;
}

int
main(int argc, char **argv)
{
	size_t i;

	if (argc < 2)
		usage(2);
	if (strcmp(argv[1], "help") == 0 || strcmp(argv[1], "--help") == 0 ||
	    strcmp(argv[1], "-h") == 0)
		usage(0);
	for (i = 0; i < NCMDS; i++)
		if (strcmp(argv[1], cmds[i].name) == 0) {
			cur_cmd = i;
			if (argc > 2 && (strcmp(argv[2], "--help") == 0 ||
			    strcmp(argv[2], "-h") == 0))
				cmd_usage(0);
			return cmds[i].fn(argc - 1, argv + 1);
		}
	fprintf(stderr, "pamong: perintah tidak dikenal: %s\n", argv[1]);
	usage(2);
}
