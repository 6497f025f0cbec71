/*
 * berkas.h: uploaded documents.  Files are recognised by content (PDF,
 * JPEG, PNG magic bytes and structure), limited in size, and stored
 * content-addressed under DATA/berkas/ab/<sha256> (written to a temporary
 * name, fsync'ed, then renamed, so a crash never leaves a partial file).
 */
#ifndef PAMONG_BERKAS_H
#define PAMONG_BERKAS_H

#include <stddef.h>

struct store;

#define BERKAS_MAX_FILE	(5 * 1024 * 1024)
#define BERKAS_MAX_APP	(20 * 1024 * 1024)

/* MIME type by content, or NULL if not an accepted PDF/JPEG/PNG. */
const char *berkas_sniff(const void *, size_t);

/*
 * Check and store one file: returns 0 and fills sha256 (hex) and mime, or
 * -1 with an Indonesian message in *why.  The berkas row is inserted (if
 * new) in the caller's transaction; the file is durable on disk first.
 */
int	berkas_put(struct store *, const char *data_dir, const void *, size_t,
	    char sha256[65], const char **mime, const char **why);

/* Path of a stored file (caller frees). */
char	*berkas_path(const char *data_dir, const char *sha256);

#endif
