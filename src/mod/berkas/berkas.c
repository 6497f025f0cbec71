/* berkas.c: uploaded documents, recognised by content, stored by SHA-256. */
#include <sys/stat.h>
#include <sys/types.h>

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sodium.h>

#include "lib/msg.h"
#include "lib/token.h"
#include "lib/xalloc.h"
#include "store/batch.h"
#include "store/store.h"
#include "berkas.h"
#include "sql.h"

#define PDF_TAIL 1024 /* "%%EOF" must be within this many end bytes */

static uint32_t
be32(const unsigned char *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 |
	    (uint32_t)p[2] << 8 | p[3];
}

/* "%PDF-d.d" at the start and an "%%EOF" marker near the end. */
static int
is_pdf(const unsigned char *p, size_t len)
{
	size_t from;

	if (len < 16 || memcmp(p, "%PDF-", 5) != 0 || p[5] < '1' ||
	    p[5] > '2' || p[6] != '.' || p[7] < '0' || p[7] > '9')
		return 0;
	from = len > PDF_TAIL ? len - PDF_TAIL : 8;
	return memmem(p + from, len - from, "%%EOF", 5) != NULL;
}

/*
 * SOI, then well-formed marker segments up to a start of scan, and an end
 * of image marker after it (trailing bytes after EOI are tolerated: some
 * cameras append data).
 */
static int
is_jpeg(const unsigned char *p, size_t len)
{
	size_t i = 2, seglen, j;
	int frame = 0;

	if (len < 64 || p[0] != 0xFF || p[1] != 0xD8 || p[2] != 0xFF)
		return 0;
	for (;;) {
		if (i + 4 > len || p[i] != 0xFF)
			return 0;
		while (i < len && p[i] == 0xFF) /* fill bytes */
			i++;
		if (i + 3 > len)
			return 0;
		if (p[i] == 0xD8 || p[i] == 0xD9 || p[i] == 0x00 ||
		    (p[i] >= 0xD0 && p[i] <= 0xD7) || p[i] == 0x01)
			return 0; /* no standalone markers before SOS */
		if (p[i] >= 0xC0 && p[i] <= 0xCF && p[i] != 0xC4 &&
		    p[i] != 0xC8 && p[i] != 0xCC)
			frame = 1; /* a start of frame */
		seglen = (size_t)p[i + 1] << 8 | p[i + 2];
		if (seglen < 2 || i + 1 + seglen > len)
			return 0;
		if (p[i] == 0xDA)
			break;
		i += 1 + seglen;
	}
	if (!frame)
		return 0;
	i += 1 + seglen;
	for (j = len - 1; j > i; j--)
		if (p[j - 1] == 0xFF && p[j] == 0xD9)
			return 1;
	return 0;
}

/* Signature, IHDR first, chunks that fit, and IEND. */
static int
is_png(const unsigned char *p, size_t len)
{
	static const unsigned char sig[8] = { 0x89, 'P', 'N', 'G', '\r', '\n',
		0x1A, '\n' };
	size_t i = 8, clen, k;
	int first = 1;

	if (len < 8 + 25 + 12 || memcmp(p, sig, 8) != 0)
		return 0;
	for (;;) {
		if (i + 12 > len)
			return 0;
		clen = be32(p + i);
		if (clen > len - i - 12)
			return 0;
		for (k = 4; k < 8; k++)
			if (!((p[i + k] >= 'A' && p[i + k] <= 'Z') ||
				(p[i + k] >= 'a' && p[i + k] <= 'z')))
				return 0;
		if (first) {
			if (memcmp(p + i + 4, "IHDR", 4) != 0 || clen != 13 ||
			    be32(p + i + 8) == 0 || be32(p + i + 12) == 0)
				return 0;
			first = 0;
		}
		if (memcmp(p + i + 4, "IEND", 4) == 0)
			return clen == 0;
		i += 12 + clen;
	}
}

const char *
berkas_sniff(const void *data, size_t len)
{
	const unsigned char *p = data;

	if (p == NULL)
		return NULL;
	if (is_pdf(p, len))
		return "application/pdf";
	if (is_jpeg(p, len))
		return "image/jpeg";
	if (is_png(p, len))
		return "image/png";
	return NULL;
}

int
berkas_check(const void *data, size_t len, const char **mime, const char **why)
{
	*mime = NULL;
	if (len == 0) {
		*why = msg(M_BK_EMPTY);
		return -1;
	}
	if (len > BERKAS_MAX_FILE) {
		*why = msg(M_BK_TOO_BIG);
		return -1;
	}
	if ((*mime = berkas_sniff(data, len)) == NULL) {
		*why = msg(M_BK_BAD_TYPE);
		return -1;
	}
	*why = NULL;
	return 0;
}

char *
berkas_path(const char *data_dir, const char *sha256)
{
	return xasprintf("%s/berkas/%.2s/%s", data_dir, sha256, sha256);
}

/* mkdir path; *created is set when it did not exist.  0 or -1. */
static int
dir_make(const char *path, int *created)
{
	*created = 0;
	if (mkdir(path, 0750) == 0) {
		*created = 1;
		return 0;
	}
	return errno == EEXIST ? 0 : -1;
}

/* fsync a directory so that a new entry in it is durable. */
static int
dir_sync(const char *path)
{
	int fd, rc;

	if ((fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) == -1)
		return -1;
	rc = fsync(fd);
	close(fd);
	return rc;
}

static int
write_all(int fd, const unsigned char *p, size_t len)
{
	ssize_t n;

	while (len > 0) {
		n = write(fd, p, len > (1u << 20) ? (1u << 20) : len);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

/* Write one file under its content address; fsync it and its
 * directories only when sync is set. */
static int
write_file(const char *data_dir, const void *data, size_t len, char sha256[65],
    int sync)
{
	char *top, *sub, *path, *tmp = NULL;
	unsigned char rnd[8];
	char rhex[17];
	struct stat st;
	int fd = -1, new_top, new_sub, rc = -1, saved;

	sha256_hex(data, len, sha256);
	path = berkas_path(data_dir, sha256);
	top = xasprintf("%s/berkas", data_dir);
	sub = xasprintf("%s/berkas/%.2s", data_dir, sha256);
	if (stat(path, &st) == 0 && S_ISREG(st.st_mode) &&
	    (size_t)st.st_size == len) {
		rc = 0; /* same content, already durable */
		goto done;
	}
	if (dir_make(top, &new_top) != 0 || dir_make(sub, &new_sub) != 0)
		goto done;
	randombytes_buf(rnd, sizeof(rnd));
	sodium_bin2hex(rhex, sizeof(rhex), rnd, sizeof(rnd));
	tmp = xasprintf("%s/.tmp-%s", sub, rhex);
	fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0640);
	if (fd == -1)
		goto done;
	if (write_all(fd, data, len) != 0 || (sync && fsync(fd) != 0))
		goto done;
	if (close(fd) != 0) {
		fd = -1;
		goto done;
	}
	fd = -1;
	if (rename(tmp, path) != 0)
		goto done;
	free(tmp);
	tmp = NULL;
	if (sync &&
	    (dir_sync(sub) != 0 || (new_sub && dir_sync(top) != 0) ||
		(new_top && dir_sync(data_dir) != 0)))
		goto done;
	rc = 0;
done:
	saved = errno;
	if (fd != -1)
		close(fd);
	if (tmp != NULL)
		unlink(tmp);
	free(tmp);
	free(path);
	free(top);
	free(sub);
	errno = saved;
	return rc;
}

int
berkas_write(const char *data_dir, const void *data, size_t len,
    char sha256[65])
{
	return write_file(data_dir, data, len, sha256, 1);
}

int
berkas_stage(const char *data_dir, const void *data, size_t len,
    char sha256[65])
{
	return write_file(data_dir, data, len, sha256, 0);
}

int
berkas_sync(const char *data_dir)
{
	return store_sync(data_dir);
}

int
berkas_record(struct store *s, const char *sha256, size_t len, const char *mime,
    time_t now)
{
	if (!store_in_tx(s))
		BUG("berkas_record outside a transaction");
	return berkas_sql_insert(s, sha256, len, mime, now);
}

int
berkas_mime(struct store *s, const char *sha256, char *out, size_t outlen)
{
	return berkas_sql_mime(s, sha256, out, outlen);
}

int
berkas_put(struct store *s, const char *data_dir, const void *data, size_t len,
    char sha256[65], const char **mime, const char **why)
{
	if (berkas_check(data, len, mime, why) != 0)
		return -1;
	if (berkas_write(data_dir, data, len, sha256) != 0 ||
	    berkas_record(s, sha256, len, *mime, time(NULL)) != 0) {
		*why = msg(M_BK_STORE_FAILED);
		return -1;
	}
	return 0;
}
