/*
 * berkas.h: uploaded documents.  Files are recognised by content (PDF,
 * JPEG, PNG magic bytes and structure), limited in size, and stored
 * content-addressed under DATA/berkas/ab/<sha256> (written to a temporary
 * name, fsync'ed, then renamed, so a crash never leaves a partial file).
 */
#ifndef PAMONG_BERKAS_H
#define PAMONG_BERKAS_H

#include <stddef.h>
#include <time.h>

struct store;

#define BERKAS_MAX_FILE (5 * 1024 * 1024)
#define BERKAS_MAX_APP (20 * 1024 * 1024)

/* MIME type by content, or NULL if not an accepted PDF/JPEG/PNG. */
const char *berkas_sniff(const void *, size_t);

/*
 * Validate one upload without storing anything: not empty, at most
 * BERKAS_MAX_FILE bytes, a PDF, JPEG or PNG by content.  Returns 0 with
 * *mime set, or -1 with an Indonesian message in *why.
 */
int berkas_check(const void *, size_t, const char **mime, const char **why);

/*
 * Store the len bytes at p durably as DATA/berkas/ab/<sha256>: written to
 * a temporary file, fsync'ed, renamed, and the directory fsync'ed.  A file
 * already present is not written again.  Needs no transaction (an orphan
 * file is harmless: it is content-addressed).  Returns 0 with sha256 set,
 * or -1 (errno set).  Call berkas_check() first.
 */
int berkas_write(const char *data_dir, const void *p, size_t len,
    char sha256[65]);

/*
 * Group commit (issue 3): berkas_stage() is berkas_write() without any
 * fsync: the file is complete under its final name but not yet durable.
 * berkas_sync() then makes every staged file (data and directory entries)
 * durable with one store_sync() of the file system holding data_dir.  Both
 * return 0, or -1 (errno set).  Record nothing that names a staged file
 * before berkas_sync() returned 0.
 */
int berkas_stage(const char *data_dir, const void *p, size_t len,
    char sha256[65]);
int berkas_sync(const char *data_dir);

/* Insert the berkas row (if new) in the caller's transaction.  0 or -1. */
int berkas_record(struct store *, const char *sha256, size_t len,
    const char *mime, time_t now);

/*
 * Check and store one file: returns 0 and fills sha256 (hex) and mime, or
 * -1 with an Indonesian message in *why.  The berkas row is inserted (if
 * new) in the caller's transaction; the file is durable on disk first.
 */
int berkas_put(struct store *, const char *data_dir, const void *, size_t,
    char sha256[65], const char **mime, const char **why);

/*
 * The recorded mime of stored file sha256 into out (outlen bytes): 1
 * found, 0 unknown, -1 on a store error.
 */
int berkas_mime(struct store *, const char *sha256, char *out, size_t outlen);

/* Path of a stored file (caller frees). */
char *berkas_path(const char *data_dir, const char *sha256);

#endif
