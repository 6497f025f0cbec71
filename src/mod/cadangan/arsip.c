/*
 * arsip.c: writing and reading the backup archive (arsip.h) with
 * libarchive; encryption and decryption by an `age` child process
 * connected through a pipe, so that no clear copy is ever on disk.
 */
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>

#include <archive.h>
#include <archive_entry.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "lib/xalloc.h"
#include "arsip.h"

#define AGE_MAGIC "age-encryption.org/v1"

struct arsip {
	struct archive *a;
	char *path; /* being written: removed on failure */
	int fd;	    /* the file, or the pipe to/from age */
	pid_t age;  /* the age child, or 0 */
	int rusak;  /* a write failed */
	time_t waktu;
};

static void
galat_set(char *galat, size_t n, const char *fmt, const char *arg)
{
	snprintf(galat, n, fmt, arg != NULL ? arg : "");
}

/*
 * Run age with args; its stdin (menulis) or stdout (!menulis) is the
 * other end of the pipe returned in *fdp, the other stream is file fd.
 */
static pid_t
age_mulai(char *const argv[], int menulis, int file, int *fdp)
{
	int p[2];
	pid_t pid;

	if (pipe2(p, O_CLOEXEC) != 0)
		return -1;
	if ((pid = fork()) < 0) {
		close(p[0]);
		close(p[1]);
		return -1;
	}
	if (pid == 0) {
		if (menulis) {
			dup2(p[0], 0);
			dup2(file, 1);
		} else {
			dup2(file, 0);
			dup2(p[1], 1);
		}
		execvp("age", argv);
		_exit(127);
	}
	if (menulis) {
		close(p[0]);
		*fdp = p[1];
	} else {
		close(p[1]);
		*fdp = p[0];
	}
	return pid;
}

/* Wait for the age child: 0 when it exited 0. */
static int
age_tunggu(pid_t pid)
{
	int st;

	while (waitpid(pid, &st, 0) < 0)
		if (errno != EINTR)
			return -1;
	return WIFEXITED(st) && WEXITSTATUS(st) == 0 ? 0 : -1;
}

struct arsip *
arsip_tulis(const char *path, const char *penerima, char *galat, size_t n)
{
	struct arsip *z = xcalloc(1, sizeof(*z));
	char *argv[] = { "age", "-r", (char *)penerima, NULL };
	int file;

	signal(SIGPIPE, SIG_IGN); /* a dead age is a failed write */
	if ((file = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600)) <
	    0) {
		galat_set(galat, n, "tidak dapat membuat %s", path);
		free(z);
		return NULL;
	}
	z->path = xstrdup(path);
	z->fd = file;
	if (penerima != NULL) {
		if ((z->age = age_mulai(argv, 1, file, &z->fd)) < 0) {
			galat_set(galat, n,
			    "program age tidak dapat dijalankan%s", NULL);
			close(file);
			unlink(path);
			free(z->path);
			free(z);
			return NULL;
		}
		close(file); /* age has it */
	}
	z->a = archive_write_new();
	z->waktu = time(NULL);
	if (archive_write_set_format_pax_restricted(z->a) != ARCHIVE_OK ||
	    archive_write_add_filter_gzip(z->a) != ARCHIVE_OK ||
	    archive_write_open_fd(z->a, z->fd) != ARCHIVE_OK) {
		galat_set(galat, n, "arsip tidak dapat ditulis: %s",
		    archive_error_string(z->a));
		z->rusak = 1;
		(void)arsip_tutup(z, NULL, 0);
		return NULL;
	}
	return z;
}

static int
kepala(struct arsip *z, const char *nama, int64_t size)
{
	struct archive_entry *e = archive_entry_new();
	int rc;

	archive_entry_set_pathname(e, nama);
	archive_entry_set_size(e, size);
	archive_entry_set_filetype(e, AE_IFREG);
	archive_entry_set_perm(e, 0600);
	archive_entry_set_mtime(e, z->waktu, 0);
	rc = archive_write_header(z->a, e) == ARCHIVE_OK ? 0 : -1;
	archive_entry_free(e);
	if (rc != 0)
		z->rusak = 1;
	return rc;
}

int
arsip_tambah_berkas(struct arsip *z, const char *nama, const char *path,
    int64_t *size, char sha[65])
{
	crypto_hash_sha256_state h;
	unsigned char md[32], blk[65536];
	struct stat st;
	int64_t left;
	ssize_t got;
	int fd, i;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)) < 0)
		return -1;
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) ||
	    kepala(z, nama, st.st_size) != 0) {
		close(fd);
		return -1;
	}
	crypto_hash_sha256_init(&h);
	for (left = st.st_size; left > 0; left -= got) {
		got = read(fd, blk,
		    left < (int64_t)sizeof(blk) ? (size_t)left : sizeof(blk));
		if (got <= 0 ||
		    archive_write_data(z->a, blk, (size_t)got) != got) {
			z->rusak = 1;
			close(fd);
			return -1;
		}
		crypto_hash_sha256_update(&h, blk, (size_t)got);
	}
	close(fd);
	crypto_hash_sha256_final(&h, md);
	for (i = 0; i < 32; i++)
		snprintf(sha + 2 * i, 3, "%02x", md[i]);
	*size = st.st_size;
	return 0;
}

int
arsip_tambah_data(struct arsip *z, const char *nama, const void *p, size_t len)
{
	if (kepala(z, nama, (int64_t)len) != 0)
		return -1;
	if (len > 0 && archive_write_data(z->a, p, len) != (ssize_t)len) {
		z->rusak = 1;
		return -1;
	}
	return 0;
}

int
arsip_tutup(struct arsip *z, char *galat, size_t n)
{
	int ok = !z->rusak, fd;

	if (archive_write_close(z->a) != ARCHIVE_OK) {
		if (ok && galat != NULL)
			galat_set(galat, n, "arsip tidak dapat ditulis: %s",
			    archive_error_string(z->a));
		ok = 0;
	}
	archive_write_free(z->a);
	if (z->age > 0) {
		close(z->fd);
		if (age_tunggu(z->age) != 0) {
			if (ok && galat != NULL)
				galat_set(galat, n,
				    "enkripsi dengan age gagal (periksa"
				    " --penerima)%s",
				    NULL);
			ok = 0;
		}
		z->fd = -1;
	}
	/* durable before it is announced */
	if (ok && (fd = open(z->path, O_RDONLY | O_CLOEXEC)) >= 0) {
		if (fsync(fd) != 0)
			ok = 0;
		close(fd);
	}
	if (z->fd >= 0)
		close(z->fd);
	if (!ok) {
		if (galat != NULL && *galat == '\0')
			galat_set(galat, n, "arsip tidak dapat ditulis ke %s",
			    z->path);
		unlink(z->path);
	}
	free(z->path);
	free(z);
	return ok ? 0 : -1;
}

struct arsip *
arsip_baca(const char *path, const char *identitas, char *galat, size_t n)
{
	struct arsip *z;
	char head[sizeof(AGE_MAGIC)] = "";
	char *argv[] = { "age", "-d", "-i", (char *)identitas, NULL };
	int file, enc;
	ssize_t got;

	if ((file = open(path, O_RDONLY | O_CLOEXEC)) < 0) {
		galat_set(galat, n, "arsip %s tidak dapat dibuka", path);
		return NULL;
	}
	got = read(file, head, sizeof(head) - 1);
	enc = got == (ssize_t)sizeof(head) - 1 &&
	    memcmp(head, AGE_MAGIC, sizeof(head) - 1) == 0;
	if (lseek(file, 0, SEEK_SET) != 0) {
		close(file);
		galat_set(galat, n, "arsip %s tidak dapat dibaca", path);
		return NULL;
	}
	if (enc && identitas == NULL) {
		close(file);
		galat_set(galat, n,
		    "arsip %s terenkripsi: berikan --identitas FILE", path);
		return NULL;
	}
	z = xcalloc(1, sizeof(*z));
	z->fd = file;
	if (enc) {
		if ((z->age = age_mulai(argv, 0, file, &z->fd)) < 0) {
			close(file);
			free(z);
			galat_set(galat, n,
			    "program age tidak dapat dijalankan%s", NULL);
			return NULL;
		}
		close(file);
	}
	z->a = archive_read_new();
	archive_read_support_filter_gzip(z->a);
	archive_read_support_format_tar(z->a);
	if (archive_read_open_fd(z->a, z->fd, 65536) != ARCHIVE_OK) {
		galat_set(galat, n, "arsip rusak atau bukan arsip cadangan: %s",
		    archive_error_string(z->a));
		(void)arsip_lepas(z, galat, n); /* age's failure says more */
		return NULL;
	}
	return z;
}

int
arsip_berikut(struct arsip *z, const char **nama, int64_t *size, char *galat,
    size_t n)
{
	struct archive_entry *e;
	int rc = archive_read_next_header(z->a, &e);

	if (rc == ARCHIVE_EOF)
		return 0;
	if (rc != ARCHIVE_OK) {
		galat_set(galat, n, "arsip rusak atau terpotong: %s",
		    archive_error_string(z->a));
		return -1;
	}
	*nama = archive_entry_pathname(e);
	*size = archive_entry_size(e);
	if (*nama == NULL || archive_entry_filetype(e) != AE_IFREG ||
	    !archive_entry_size_is_set(e) || *size < 0) {
		galat_set(galat, n,
		    "arsip memuat anggota yang bukan berkas"
		    " biasa: %s",
		    *nama);
		return -1;
	}
	return 1;
}

int
arsip_salin_ke(struct arsip *z, int fd, int64_t *size, char sha[65])
{
	crypto_hash_sha256_state h;
	unsigned char md[32], blk[65536];
	ssize_t got;
	int i;

	crypto_hash_sha256_init(&h);
	*size = 0;
	while ((got = archive_read_data(z->a, blk, sizeof(blk))) > 0) {
		if (write(fd, blk, (size_t)got) != got)
			return -1;
		crypto_hash_sha256_update(&h, blk, (size_t)got);
		*size += got;
	}
	if (got < 0)
		return -1;
	crypto_hash_sha256_final(&h, md);
	for (i = 0; i < 32; i++)
		snprintf(sha + 2 * i, 3, "%02x", md[i]);
	return 0;
}

char *
arsip_muat(struct arsip *z, size_t max, size_t *len)
{
	char *p = xmalloc(max + 1);
	size_t have = 0;
	ssize_t got;

	while ((got = archive_read_data(z->a, p + have, max + 1 - have)) > 0)
		if ((have += (size_t)got) > max)
			break;
	if (got < 0 || have > max) {
		free(p);
		return NULL;
	}
	p[have] = '\0';
	*len = have;
	return p;
}

int
arsip_lepas(struct arsip *z, char *galat, size_t n)
{
	char blk[65536];
	int ok = 1;

	archive_read_free(z->a);
	/* age authenticates the stream to its last byte: let it finish */
	if (z->age > 0)
		while (read(z->fd, blk, sizeof(blk)) > 0)
			;
	if (z->fd >= 0)
		close(z->fd);
	if (z->age > 0 && age_tunggu(z->age) != 0) {
		if (galat != NULL)
			galat_set(galat, n,
			    "arsip tidak dapat dibuka dengan identitas yang"
			    " diberikan, atau arsip rusak%s",
			    NULL);
		ok = 0;
	}
	free(z);
	return ok ? 0 : -1;
}
