/*
 * arsip.h: the archive of a backup (cadangan): a gzip-compressed tar
 * (libarchive), optionally encrypted with age (the `age` program, Debian
 * `age`).  Private to the module.
 */
#ifndef PAMONG_CADANGAN_ARSIP_H
#define PAMONG_CADANGAN_ARSIP_H

#include <stddef.h>
#include <stdint.h>

struct arsip;

/*
 * Start writing the archive at path (which must not exist yet); with
 * penerima (an age recipient, "age1...") the stream is encrypted by
 * `age -r penerima`.  NULL with the reason in galat.
 */
struct arsip *arsip_tulis(const char *path, const char *penerima, char *galat,
    size_t n);
/* Add the file at path as nama; its size and SHA-256 (hex) out.  0 or -1. */
int arsip_tambah_berkas(struct arsip *, const char *nama, const char *path,
    int64_t *size, char sha[65]);
/* Add len bytes at p as nama.  0 or -1. */
int arsip_tambah_data(struct arsip *, const char *nama, const void *p,
    size_t len);
/*
 * Finish: the archive is complete and on disk (and age exited 0).  0, or
 * -1 with the reason in galat (the file at path is then removed).  Frees
 * the arsip either way.
 */
int arsip_tutup(struct arsip *, char *galat, size_t n);

/*
 * Start reading the archive at path; an age-encrypted one needs
 * identitas (a file of age identities).  NULL with the reason in galat.
 */
struct arsip *arsip_baca(const char *path, const char *identitas, char *galat,
    size_t n);
/*
 * The next member: 1 with its name and size (a regular file), 0 at the
 * end, -1 on damage or a member that is not a regular file (galat).
 */
int arsip_berikut(struct arsip *, const char **nama, int64_t *size, char *galat,
    size_t n);
/* Copy the current member's bytes to fd, its SHA-256 (hex) out.  0 or -1. */
int arsip_salin_ke(struct arsip *, int fd, int64_t *size, char sha[65]);
/* The current member (at most max bytes) into memory; NULL if larger. */
char *arsip_muat(struct arsip *, size_t max, size_t *len);
/* Stop reading; 0 when the whole stream was sound (age exited 0). */
int arsip_lepas(struct arsip *, char *galat, size_t n);

#endif
