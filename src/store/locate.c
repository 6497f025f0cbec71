/*
 * locate.c: which database a data directory uses.  SQLite's file lives
 * in the directory; a PostgreSQL database is named by its URL in
 * DIR/db.conf (`pamong init --db URL`, issue 14), one line, mode 0600.
 */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lib/buf.h"
#include "lib/xalloc.h"
#include "store.h"

#define DB_CONF "db.conf"
#define DB_CONF_MAX 4096

int
store_is_url(const char *path)
{
	return strncmp(path, "postgresql://", 13) == 0 ||
	    strncmp(path, "postgres://", 11) == 0;
}

char *
store_locate(const char *dir, const char *file)
{
	struct buf b = BUF_INIT;
	char *conf = xasprintf("%s/%s", dir, DB_CONF), *url;
	size_t n;

	buf_init(&b, 128);
	if (buf_read_file(&b, conf, DB_CONF_MAX) != 0) {
		buf_free(&b);
		if (errno != ENOENT) {
			fprintf(stderr, "pamong: cannot read %s\n", conf);
			free(conf);
			return NULL;
		}
		free(conf);
		return xasprintf("%s/%s", dir, file);
	}
	while (b.len > 0 && (b.s[b.len - 1] == '\n' || b.s[b.len - 1] == '\r'))
		b.s[--b.len] = '\0';
	url = buf_detach(&b, &n);
	if (strlen(url) != n || !store_is_url(url)) {
		fprintf(stderr, "pamong: %s: not a postgresql:// URL\n", conf);
		free(url);
		url = NULL;
	}
	free(conf);
	return url;
}

int
store_locate_set(const char *dir, const char *url)
{
	char *conf = xasprintf("%s/%s", dir, DB_CONF);
	size_t n = strlen(url);
	int fd, rc = 0;

	if (!store_is_url(url) || strchr(url, '\n') != NULL) {
		fprintf(stderr, "pamong: not a postgresql:// URL: %s\n", url);
		free(conf);
		return -1;
	}
	fd = open(conf, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC,
	    0600);
	if (fd == -1 || fchmod(fd, 0600) != 0 ||
	    write(fd, url, n) != (ssize_t)n || write(fd, "\n", 1) != 1 ||
	    fsync(fd) != 0)
		rc = -1;
	if (fd != -1 && close(fd) != 0)
		rc = -1;
	if (rc != 0)
		fprintf(stderr, "pamong: cannot write %s\n", conf);
	free(conf);
	return rc;
}
