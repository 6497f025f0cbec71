/* app.c: the application context: store connection and CSRF secret. */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lib/xalloc.h"
#include "store/store.h"
#include "app.h"
#include "cache.h"
#include "versi.h"
#include "hooks.h"

int
app_make_secret(const char *dir)
{
	unsigned char key[32];
	char *path = xasprintf("%s/%s", dir, APP_SECRET);
	int fd, rc = -1;

	if (sodium_init() < 0)
		goto out;
	fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0600);
	if (fd == -1) {
		rc = errno == EEXIST ? 0 : -1;
		goto out;
	}
	randombytes_buf(key, sizeof(key));
	if (write(fd, key, sizeof(key)) == (ssize_t)sizeof(key) &&
	    fsync(fd) == 0)
		rc = 0;
	close(fd);
	sodium_memzero(key, sizeof(key));
out:
	if (rc != 0)
		fprintf(stderr, "pamong: cannot create %s\n", path);
	free(path);
	return rc;
}

int
app_open(struct app *a, const char *dir)
{
	char *path;
	int fd;
	ssize_t n;

	memset(a, 0, sizeof(*a));
	a->data_dir = dir;
	path = xasprintf("%s/%s", dir, APP_SECRET);
	fd = open(path, O_RDONLY);
	n = fd == -1 ? -1 : read(fd, a->secret, sizeof(a->secret));
	if (fd != -1)
		close(fd);
	if (n != (ssize_t)sizeof(a->secret)) {
		fprintf(stderr, "pamong: cannot read %s\n", path);
		free(path);
		return -1;
	}
	free(path);
	if ((path = store_locate(dir, APP_DB)) == NULL)
		return -1;
	if (store_open(&a->store, NULL, path) != 0) {
		free(path);
		return -1;
	}
	free(path);
	if (store_migrate(a->store, 0) != 0) {
		store_close(a->store);
		a->store = NULL;
		return -1;
	}
	store_watch(a->store, versi_seen);
	versi_seen(store_version_poll(a->store));
	/* DATA/pki; stays NULL when absent */
	if (hooks()->pki_load != NULL)
		a->pki = hooks()->pki_load(dir);
	return 0;
}

void
app_close(struct app *a)
{
	cache_free(a->cache);
	a->cache = NULL;
	if (a->pki != NULL)
		hooks()->pki_free(a->pki);
	a->pki = NULL;
	store_close(a->store);
	sodium_memzero(a->secret, sizeof(a->secret));
	a->store = NULL;
}
