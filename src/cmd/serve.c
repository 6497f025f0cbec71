/*
 * serve.c: `pamong serve`: write the Kore configuration for a data
 * directory and run Kore in the foreground.  Kore itself handles SIGINT
 * and SIGTERM (workers finish, the parent exits).
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../lib/buf.h"
#include "../lib/xalloc.h"
#include "../pages/app.h"
#include "../pages/asset.h"
#include "../store/store.h"
#include "cmd.h"

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
			if (strlen(kv[i]) == n && strncmp(kv[i], at + 1, n) == 0)
				break;
		if (kv[i] == NULL)
			die("templat konfigurasi: kunci @%.*s@ tidak dikenal",
			    (int)n, at + 1);
		buf_adds(out, kv[i + 1]);
		p = end + 1;
	}
	buf_adds(out, p);
}

static const char *
template(const char *name)
{
	const struct asset *a;

	for (a = confs; a->name != NULL; a++)
		if (strcmp(a->name, name) == 0)
			return (const char *)a->data;
	die("templat %s tidak ada", name);
}

int
cmd_serve(int argc, char **argv)
{
	const char *dir = opt_get(argc, argv, "--data");
	const char *listen = opt_get(argc, argv, "--listen");
	const char *kv[32];
	char absdir[PATH_MAX], host[256], port[16], workers[24], *so, *conf;
	char *colon;
	struct buf out = BUF_INIT;
	FILE *f;
	long ncpu;

	if (dir == NULL)
		die("opsi --data DIR wajib");
	if (realpath(dir, absdir) == NULL)
		die("direktori data %s tidak ada; jalankan `pamong init`", dir);
	store_close(cmd_open_store(absdir));	/* migrate before workers start */
	if (listen == NULL)
		listen = "127.0.0.1:8080";
	colon = strrchr(listen, ':');
	if (colon == NULL || colon == listen || (size_t)(colon - listen) >=
	    sizeof(host) || strlen(colon + 1) >= sizeof(port) ||
	    atoi(colon + 1) <= 0 || atoi(colon + 1) > 65535)
		die("--listen harus berbentuk HOST:PORT");
	snprintf(host, sizeof(host), "%.*s", (int)(colon - listen), listen);
	snprintf(port, sizeof(port), "%s", colon + 1);
	ncpu = sysconf(_SC_NPROCESSORS_ONLN);
	snprintf(workers, sizeof(workers), "%ld", ncpu > 0 ? ncpu : 1);
	if (getenv("PAMONG_WORKERS") != NULL)
		snprintf(workers, sizeof(workers), "%s", getenv("PAMONG_WORKERS"));
	so = xasprintf("%s/pamong.so", exe_dir());
	if (access(so, R_OK) != 0)
		die("%s tidak ada; jalankan `make build`", so);

	kv[0] = "HOST"; kv[1] = host;
	kv[2] = "PORT"; kv[3] = port;
	kv[4] = "SO"; kv[5] = so;
	kv[6] = "WORKERS"; kv[7] = workers;
	kv[8] = "TRACING"; kv[9] = getenv("PAMONG_SECCOMP_TRACE") ? "yes" : "no";
	kv[10] = NULL;
	expand(&out, template("dev.conf.in"), kv);
	conf = xasprintf("%s/kore.conf", absdir);
	if ((f = fopen(conf, "w")) == NULL || fwrite(out.s, 1, out.len, f) !=
	    out.len || fclose(f) != 0)
		die("tidak dapat menulis %s", conf);
	buf_free(&out);

	setenv("PAMONG_DATA", absdir, 1);
	printf("Pamong melayani di http://%s:%s/ (Ctrl-C untuk berhenti)\n",
	    host, port);
	fflush(stdout);
	execlp("kore", "kore", "-c", conf, "-f", "-n", "-r", (char *)NULL);
	die("kore tidak dapat dijalankan (paket `kore` terpasang?)");
}
