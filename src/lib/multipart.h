/*
 * multipart.h: a strict multipart/form-data parser over a memory buffer.
 * Parts with a filename are files; the others are fields (UTF-8 text).
 */
#ifndef PAMONG_MULTIPART_H
#define PAMONG_MULTIPART_H

#include <stddef.h>

#include "form.h"

struct mp_file {
	char *field;	  /* form field name, e.g. "berkas.ktp_el" */
	char *filename;	  /* as sent by the client (untrusted) */
	const char *data; /* points into the body */
	size_t len;
};

struct multipart {
	struct param *fields;
	size_t nfields;
	struct mp_file *files;
	size_t nfiles;
};

/*
 * Parse body according to content_type ("multipart/form-data;
 * boundary=..."), appending text fields to *params and *nparams (the same
 * array form_parse() fills) and files to *files and *nfiles.  At most
 * max_parts parts.  Returns 0, or -1 on any malformation (bad boundary,
 * truncated body, missing name, invalid UTF-8 or NUL in a field); on -1
 * nothing appended by this call remains.  A file input left empty
 * (filename "" and no content) is skipped.  File data is not copied: it
 * points into body, which must outlive the files.
 */
int multipart_parse(const char *content_type, const char *body, size_t len,
    struct param **params, size_t *nparams, struct mp_file **files,
    size_t *nfiles, size_t max_parts);
void multipart_files_free(struct mp_file *, size_t);

#endif
