/* suara.c: the spoken call as audio (see suara.h). */
#include <sys/stat.h>
#include <sys/wait.h>

#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lib/token.h"
#include "lib/xalloc.h"
#include "suara.h"
#include "ucap.h"

extern char **environ;

const char *const antrian_suara_kata[] = { "nomor", "antrean", "silakan",
	"menuju", "loket", "a", "be", "ce", "de", "e", "ef", "ge", "ha", "i",
	"je", "ka", "el", "em", "en", "o", "pe", "ki", "er", "es", "te", "u",
	"fe", "we", "eks", "ye", "zet", "nol", "satu", "dua", "tiga", "empat",
	"lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas",
	"belas", "puluh", "ratus", "seratus", NULL };

int
antrian_suara_n(void)
{
	int n = 0;

	while (antrian_suara_kata[n] != NULL)
		n++;
	return n;
}

static uint32_t
le32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
	    (uint32_t)p[3] << 24;
}

static void
put32(unsigned char *p, uint32_t v)
{
	p[0] = v & 0xff;
	p[1] = (v >> 8) & 0xff;
	p[2] = (v >> 16) & 0xff;
	p[3] = (v >> 24) & 0xff;
}

/*
 * The fmt chunk (16 bytes) and the PCM data of WAV b: 0, or -1 when it
 * is not a RIFF/WAVE with PCM fmt and data chunks.
 */
static int
wav_parse(const struct buf *b, const unsigned char **fmt,
    const unsigned char **data, size_t *len)
{
	const unsigned char *p = (const unsigned char *)b->s;
	size_t off = 12, n;

	*fmt = *data = NULL;
	if (b->len < 12 || memcmp(p, "RIFF", 4) != 0 ||
	    memcmp(p + 8, "WAVE", 4) != 0)
		return -1;
	while (off + 8 <= b->len) {
		n = le32(p + off + 4);
		if (memcmp(p + off, "fmt ", 4) == 0 && n >= 16 &&
		    off + 8 + 16 <= b->len)
			*fmt = p + off + 8;
		if (memcmp(p + off, "data", 4) == 0) {
			*data = p + off + 8;
			*len = n < b->len - off - 8 ? n : b->len - off - 8;
			break;
		}
		if (n > b->len - off - 8)
			return -1;
		off += 8 + n + (n & 1);
	}
	/* PCM (format 1) only */
	if (*fmt == NULL || *data == NULL || (*fmt)[0] != 1 || (*fmt)[1] != 0)
		return -1;
	return 0;
}

int
antrian_wav_join(const struct buf *const *parts, size_t n, struct buf *out)
{
	const unsigned char *fmt0 = NULL, *fmt, *data;
	unsigned char hdr[44];
	struct buf pcm = BUF_INIT;
	size_t i, len, pause;
	uint32_t rate, align;

	for (i = 0; i < n; i++) {
		if (parts[i] == NULL)
			continue;
		if (wav_parse(parts[i], &fmt, &data, &len) != 0 ||
		    (fmt0 != NULL && memcmp(fmt0, fmt, 16) != 0)) {
			buf_free(&pcm);
			return -1;
		}
		fmt0 = fmt;
	}
	if (fmt0 == NULL)
		return -1;
	rate = le32(fmt0 + 4);
	align = (uint32_t)(fmt0[12] | fmt0[13] << 8);
	pause = (size_t)(rate / 5) * (align ? align : 1); /* 200 ms */
	for (i = 0; i < n; i++) {
		if (parts[i] == NULL) {
			buf_grow(&pcm, pause);
			memset(pcm.s + pcm.len, 0, pause);
			pcm.len += pause;
			continue;
		}
		(void)wav_parse(parts[i], &fmt, &data, &len);
		buf_add(&pcm, data, len);
	}
	memcpy(hdr, "RIFF", 4);
	put32(hdr + 4, (uint32_t)(36 + pcm.len));
	memcpy(hdr + 8, "WAVEfmt ", 8);
	put32(hdr + 16, 16);
	memcpy(hdr + 20, fmt0, 16);
	memcpy(hdr + 36, "data", 4);
	put32(hdr + 40, (uint32_t)pcm.len);
	buf_add(out, hdr, sizeof(hdr));
	buf_add(out, pcm.s, pcm.len);
	buf_free(&pcm);
	return 0;
}

/* Read file path into b: 0, 1 missing, -1 error. */
static int
slurp(const char *path, struct buf *b)
{
	char chunk[8192];
	ssize_t n;
	int fd;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0)
		return errno == ENOENT ? 1 : -1;
	while ((n = read(fd, chunk, sizeof(chunk))) > 0)
		buf_add(b, chunk, (size_t)n);
	close(fd);
	return n < 0 ? -1 : 0;
}

/* Write b to path through a temporary name: 0 or -1. */
static int
spill(const char *path, const struct buf *b)
{
	char *tmp = xasprintf("%s.tmp%ld", path, (long)getpid());
	int fd, rc = -1;

	fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0640);
	if (fd >= 0) {
		if (write(fd, b->s, b->len) == (ssize_t)b->len &&
		    close(fd) == 0 && rename(tmp, path) == 0)
			rc = 0;
		else
			(void)unlink(tmp);
	}
	free(tmp);
	return rc;
}

int
antrian_suara(const char *data_dir, const char *nomor, int loket, int simpan,
    struct buf *out)
{
	char kalimat[256], hash[65], *cache, *path, *w, *save = NULL;
	struct buf *parts[64], words[64];
	size_t n = 0, i;
	int rc;

	memset(parts, 0, sizeof(parts));
	if (antrian_kalimat(nomor, loket, kalimat, sizeof(kalimat)) < 0)
		return 1;
	sha256_hex(kalimat, strlen(kalimat), hash);
	cache = xasprintf("%s/suara/%s.wav", data_dir, hash);
	if (simpan && (rc = slurp(cache, out)) != 1) {
		free(cache);
		return rc;
	}
	/* the words, lower case; the comma is a pause */
	for (w = strtok_r(kalimat, " ", &save); w != NULL && n + 1 < 64;
	     w = strtok_r(NULL, " ", &save)) {
		size_t k = strlen(w);
		int pause = k > 0 && w[k - 1] == ',';

		if (pause)
			w[--k] = '\0';
		for (i = 0; i < k; i++)
			if (w[i] >= 'A' && w[i] <= 'Z')
				w[i] = (char)(w[i] - 'A' + 'a');
		words[n] = (struct buf)BUF_INIT;
		path = xasprintf("%s/suara/kata/%s.wav", data_dir, w);
		rc = slurp(path, &words[n]);
		free(path);
		parts[n] = &words[n];
		n++;
		if (rc != 0) {
			rc = rc > 0 ? 2 : -1;
			goto out;
		}
		if (pause)
			parts[n++] = NULL;
	}
	rc = antrian_wav_join((const struct buf *const *)parts, n, out);
	if (rc == 0 && simpan)
		(void)spill(cache, out); /* the next display reads it */
out:
	for (i = 0; i < n; i++)
		if (parts[i] != NULL)
			buf_free(parts[i]);
	free(cache);
	return rc;
}

/* Run espeak -v id -w file word: 0 or -1. */
static int
rekam(const char *espeak, const char *file, const char *word)
{
	char *argv[] = { (char *)espeak, "-v", "id", "-w", (char *)file,
		(char *)word, NULL };
	pid_t pid;
	int st;

	if (posix_spawnp(&pid, espeak, NULL, NULL, argv, environ) != 0)
		return -1;
	if (waitpid(pid, &st, 0) < 0 || !WIFEXITED(st) || WEXITSTATUS(st))
		return -1;
	return 0;
}

int
antrian_suara_siapkan(const char *data_dir, const char *espeak)
{
	struct stat sb;
	char *dir, *path, *tmp;
	size_t i;
	int n = 0;

	dir = xasprintf("%s/suara", data_dir);
	(void)mkdir(dir, 0750);
	free(dir);
	dir = xasprintf("%s/suara/kata", data_dir);
	if (mkdir(dir, 0750) != 0 && errno != EEXIST) {
		fprintf(stderr, "pamong: tidak dapat membuat %s\n", dir);
		free(dir);
		return -1;
	}
	for (i = 0; antrian_suara_kata[i] != NULL; i++) {
		path = xasprintf("%s/%s.wav", dir, antrian_suara_kata[i]);
		if (stat(path, &sb) == 0) {
			free(path);
			continue;
		}
		tmp = xasprintf("%s.tmp", path);
		if (rekam(espeak, tmp, antrian_suara_kata[i]) != 0 ||
		    rename(tmp, path) != 0) {
			fprintf(stderr,
			    "pamong: %s gagal merekam \"%s\" (apakah"
			    " espeak-ng terpasang?)\n",
			    espeak, antrian_suara_kata[i]);
			(void)unlink(tmp);
			free(tmp);
			free(path);
			free(dir);
			return -1;
		}
		free(tmp);
		free(path);
		n++;
	}
	free(dir);
	return n;
}
