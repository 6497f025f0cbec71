/* multipart.c: a strict multipart/form-data (RFC 7578) parser. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "multipart.h"
#include "utf8.h"
#include "xalloc.h"

#define BOUNDARY_MAX 70	      /* RFC 2046 */
#define HEADER_MAX 8192	      /* bytes of one part's header block */
#define NAME_MAX_LEN 200      /* bytes of a field name */
#define FILENAME_MAX_LEN 1024 /* bytes of a filename as sent */

/* RFC 2046 bchars, without the space (trailing spaces are not allowed). */
static int
bchar(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') ||
	    (c >= 'a' && c <= 'z') || strchr("'()+_,-./:=? ", c) != NULL;
}

/*
 * Find the boundary parameter of content_type into out (without quotes).
 * Returns its length, or 0 if the type is not multipart/form-data or the
 * boundary is missing or malformed.
 */
static size_t
boundary_get(const char *ct, char out[BOUNDARY_MAX + 1])
{
	const char *p, *v;
	size_t n = 0;

	if (strncasecmp(ct, "multipart/form-data", 19) != 0)
		return 0;
	p = ct + 19;
	while (*p != '\0') {
		while (*p == ' ' || *p == '\t')
			p++;
		if (*p != ';')
			return 0;
		p++;
		while (*p == ' ' || *p == '\t')
			p++;
		if (strncasecmp(p, "boundary=", 9) != 0) {
			/* some other parameter: skip it (token or quoted) */
			while (*p != '\0' && *p != ';' && *p != '"')
				p++;
			if (*p == '"') {
				if ((p = strchr(p + 1, '"')) == NULL)
					return 0;
				p++;
			}
			continue;
		}
		if (n != 0)
			return 0; /* two boundaries */
		v = p + 9;
		if (*v == '"') {
			for (v++; *v != '"'; v++) {
				if (*v == '\0' || n >= BOUNDARY_MAX ||
				    !bchar((unsigned char)*v))
					return 0;
				out[n++] = *v;
			}
			v++;
		} else {
			for (;
			     *v != '\0' && *v != ';' && *v != ' ' && *v != '\t';
			     v++) {
				if (n >= BOUNDARY_MAX || *v == '"' ||
				    !bchar((unsigned char)*v))
					return 0;
				out[n++] = *v;
			}
		}
		if (n == 0 || out[n - 1] == ' ')
			return 0;
		p = v;
	}
	out[n] = '\0';
	return n;
}

/*
 * Parse a Content-Disposition header value (hv, hl bytes): it must be
 * "form-data" with a name; filename is optional.  Quoted strings may hold
 * \" and \\.  Duplicate parameters are refused.  Returns 0 with *name (and
 * *filename when present) newly allocated, or -1.
 */
static int
disposition(const char *hv, size_t hl, char **name, char **filename)
{
	const char *p = hv, *end = hv + hl, *key, *q;
	size_t kl, n;
	char *v, **slot;

	*name = *filename = NULL;
	if (hl < 9 || strncasecmp(p, "form-data", 9) != 0)
		return -1;
	p += 9;
	for (;;) {
		while (p < end && (*p == ' ' || *p == '\t'))
			p++;
		if (p == end)
			break;
		if (*p != ';')
			goto bad;
		p++;
		while (p < end && (*p == ' ' || *p == '\t'))
			p++;
		key = p;
		while (p < end && *p != '=' && *p != ';' && *p != ' ' &&
		    *p != '\t' && *p != '"')
			p++;
		kl = (size_t)(p - key);
		if (kl == 0 || p == end || *p != '=')
			goto bad;
		p++;
		v = xmalloc((size_t)(end - p) + 1);
		n = 0;
		if (p < end && *p == '"') {
			for (q = p + 1; q < end && *q != '"'; q++) {
				if (*q == '\\' && q + 1 < end &&
				    (q[1] == '"' || q[1] == '\\'))
					q++;
				v[n++] = *q;
			}
			if (q == end) {
				free(v);
				goto bad;
			}
			p = q + 1;
		} else {
			for (q = p; q < end && *q != ';' && *q != ' ' &&
			     *q != '\t' && *q != '"';
			     q++)
				v[n++] = *q;
			if (q == p || (q < end && *q == '"')) {
				free(v);
				goto bad;
			}
			p = q;
		}
		v[n] = '\0';
		slot = NULL;
		if (kl == 4 && strncasecmp(key, "name", 4) == 0)
			slot = name;
		else if (kl == 8 && strncasecmp(key, "filename", 8) == 0)
			slot = filename;
		if (slot == NULL) {
			free(v); /* e.g. filename*: ignored */
			continue;
		}
		if (*slot != NULL || memchr(v, '\0', n) != NULL) {
			free(v);
			goto bad;
		}
		*slot = v;
	}
	if (*name == NULL || **name == '\0' || strlen(*name) > NAME_MAX_LEN ||
	    !utf8_valid(*name, strlen(*name)))
		goto bad;
	if (*filename != NULL &&
	    (strlen(*filename) > FILENAME_MAX_LEN ||
		!utf8_valid(*filename, strlen(*filename))))
		goto bad;
	return 0;
bad:
	free(*name);
	free(*filename);
	*name = *filename = NULL;
	return -1;
}

/*
 * Parse the header block of one part (h, hl bytes, CRLF-separated lines,
 * without the final empty line).  Only Content-Disposition matters;
 * Content-Type is allowed and ignored (files are recognised by content).
 * Folded lines and lines without a colon are refused.
 */
static int
part_headers(const char *h, size_t hl, char **name, char **filename)
{
	const char *line = h, *end = h + hl, *eol, *colon, *v;
	int seen = 0;

	*name = *filename = NULL;
	while (line < end) {
		eol = memchr(line, '\r', (size_t)(end - line));
		if (eol == NULL)
			eol = end;
		else if (eol + 1 >= end || eol[1] != '\n')
			goto bad;
		if (eol == line || *line == ' ' || *line == '\t')
			goto bad;
		colon = memchr(line, ':', (size_t)(eol - line));
		if (colon == NULL || colon == line)
			goto bad;
		if (memchr(line, '\n', (size_t)(eol - line)) != NULL ||
		    memchr(line, '\0', (size_t)(eol - line)) != NULL)
			goto bad;
		v = colon + 1;
		while (v < eol && (*v == ' ' || *v == '\t'))
			v++;
		if (colon - line == 19 &&
		    strncasecmp(line, "Content-Disposition", 19) == 0) {
			if (seen++ ||
			    disposition(v, (size_t)(eol - v), name, filename) !=
				0)
				goto bad;
		}
		line = eol == end ? end : eol + 2;
	}
	if (!seen)
		goto bad;
	return 0;
bad:
	free(*name);
	free(*filename);
	*name = *filename = NULL;
	return -1;
}

int
multipart_parse(const char *content_type, const char *body, size_t len,
    struct param **params, size_t *nparams, struct mp_file **files,
    size_t *nfiles, size_t max_parts)
{
	char b[BOUNDARY_MAX + 1], delim[BOUNDARY_MAX + 5];
	size_t blen, dlen, np = *nparams, nf = *nfiles, parts = 0, hl;
	const char *p, *end = body + len, *hend, *next;
	char *name, *filename;

	if (content_type == NULL || (blen = boundary_get(content_type, b)) == 0)
		return -1;
	if (body == NULL)
		return -1;
	/* delim is "\r\n--boundary"; the body starts without the CRLF */
	dlen = (size_t)snprintf(delim, sizeof(delim), "\r\n--%s", b);
	if (len < dlen - 2 || memcmp(body, delim + 2, dlen - 2) != 0)
		return -1;
	p = body + dlen - 2;
	for (;;) {
		/* after a delimiter: "--" closes, else optional LWSP, CRLF */
		if (end - p >= 2 && p[0] == '-' && p[1] == '-')
			break; /* the epilogue is ignored */
		while (p < end && (*p == ' ' || *p == '\t'))
			p++;
		if (end - p < 2 || p[0] != '\r' || p[1] != '\n')
			goto bad;
		p += 2;
		if (parts >= max_parts)
			goto bad;
		parts++;
		/* headers end at the first empty line */
		if (end - p >= 2 && p[0] == '\r' && p[1] == '\n')
			goto bad; /* no Content-Disposition */
		hend = memmem(p,
		    (size_t)(end - p) < HEADER_MAX + 4 ? (size_t)(end - p)
						       : HEADER_MAX + 4,
		    "\r\n\r\n", 4);
		if (hend == NULL)
			goto bad;
		hl = (size_t)(hend - p);
		if (part_headers(p, hl, &name, &filename) != 0)
			goto bad;
		p = hend + 4;
		next = memmem(p, (size_t)(end - p), delim, dlen);
		if (next == NULL) {
			free(name);
			free(filename);
			goto bad;
		}
		if (filename != NULL) {
			if (*filename == '\0' && next == p) {
				/* a file input left empty: no file */
				free(name);
				free(filename);
			} else {
				*files = xrealloc(*files,
				    (nf + 1) * sizeof(**files));
				(*files)[nf].field = name;
				(*files)[nf].filename = filename;
				(*files)[nf].data = p;
				(*files)[nf].len = (size_t)(next - p);
				nf++;
			}
		} else {
			if (memchr(p, '\0', (size_t)(next - p)) != NULL ||
			    !utf8_valid(p, (size_t)(next - p))) {
				free(name);
				goto bad;
			}
			*params =
			    xrealloc(*params, (np + 1) * sizeof(**params));
			(*params)[np].name = name;
			(*params)[np].value = xstrndup(p, (size_t)(next - p));
			np++;
		}
		p = next + dlen;
	}
	*nparams = np;
	*nfiles = nf;
	return 0;
bad:
	while (np > *nparams) {
		np--;
		free((*params)[np].name);
		free((*params)[np].value);
	}
	while (nf > *nfiles) {
		nf--;
		free((*files)[nf].field);
		free((*files)[nf].filename);
	}
	return -1;
}

void
multipart_files_free(struct mp_file *f, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(f[i].field);
		free(f[i].filename);
	}
	free(f);
}
