/* csv.c: RFC 4180 CSV reader over a memory buffer, and the CSV writer. */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "csv.h"
#include "utf8.h"
#include "xalloc.h"

struct csv {
	const char *p; /* next byte to read */
	const char *end;
	size_t line;	 /* line of p */
	size_t row_line; /* line where the last row started */
	const char *err; /* sticky error message */
	struct buf data; /* the row's fields, each NUL-ended */
	size_t off[CSV_MAX_FIELDS];
	char *fields[CSV_MAX_FIELDS];
};

struct csv *
csv_open(const char *data, size_t len)
{
	struct csv *c = xcalloc(1, sizeof(*c));

	if (data == NULL)
		data = "";
	if (len >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0) {
		data += 3;
		len -= 3;
	}
	c->p = data;
	c->end = data + len;
	c->line = c->row_line = 1;
	buf_init(&c->data, 256);
	return c;
}

static int
fail(struct csv *c, const char *msg)
{
	c->err = msg;
	return -1;
}

/* At a line break?  Return its length (1 or 2), else 0. */
static size_t
newline(const struct csv *c)
{
	if (c->p < c->end && *c->p == '\n')
		return 1;
	if (c->end - c->p >= 2 && c->p[0] == '\r' && c->p[1] == '\n')
		return 2;
	return 0;
}

/* Read a quoted field; c->p is just past the opening quote. */
static int
quoted(struct csv *c)
{
	for (;;) {
		if (c->p == c->end)
			return fail(c, "Tanda kutip tidak ditutup.");
		if (*c->p == '"') {
			if (c->end - c->p < 2 || c->p[1] != '"')
				break;
			c->p++;
		} else if (*c->p == '\n')
			c->line++;
		buf_addc(&c->data, *c->p++);
	}
	c->p++;
	if (c->p < c->end && *c->p != ',' && newline(c) == 0)
		return fail(c, "Ada karakter setelah tanda kutip penutup.");
	return 0;
}

/* Read an unquoted field, up to ',', a line break or the end. */
static int
unquoted(struct csv *c)
{
	while (c->p < c->end && *c->p != ',' && newline(c) == 0) {
		if (*c->p == '"')
			return fail(c,
			    "Tanda kutip di tengah isian tanpa kutip.");
		buf_addc(&c->data, *c->p++);
	}
	return 0;
}

int
csv_next(struct csv *c, char ***fields, size_t *nfields)
{
	size_t n = 0, nl, i, start;

	if (c->err != NULL)
		return -1;
	while ((nl = newline(c)) > 0) { /* skip empty lines */
		c->p += nl;
		c->line++;
	}
	if (c->p == c->end)
		return 0;
	c->row_line = c->line;
	buf_reset(&c->data);
	for (;;) {
		if (n == CSV_MAX_FIELDS)
			return fail(c, "Baris memiliki terlalu banyak kolom.");
		start = c->data.len;
		c->off[n] = start;
		if (c->p < c->end && *c->p == '"') {
			c->p++;
			if (quoted(c) == -1)
				return -1;
		} else if (unquoted(c) == -1)
			return -1;
		if (memchr(c->data.s + start, '\0', c->data.len - start) ||
		    !utf8_valid(c->data.s + start, c->data.len - start))
			return fail(c,
			    "Berkas mengandung karakter yang tidak sah.");
		buf_addc(&c->data, '\0');
		n++;
		if (c->p < c->end && *c->p == ',') {
			c->p++;
			continue;
		}
		if ((nl = newline(c)) > 0) {
			c->p += nl;
			c->line++;
		}
		break;
	}
	for (i = 0; i < n; i++)
		c->fields[i] = c->data.s + c->off[i];
	*fields = c->fields;
	*nfields = n;
	return 1;
}

size_t
csv_line(const struct csv *c)
{
	return c->row_line;
}

const char *
csv_error(const struct csv *c)
{
	return c->err;
}

void
csv_close(struct csv *c)
{
	if (c == NULL)
		return;
	buf_free(&c->data);
	free(c);
}

int
csv_load_file(const char *path, char **data, size_t *len)
{
	struct buf b = BUF_INIT;
	ssize_t n;
	int fd, saved;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1)
		return -1;
	buf_init(&b, 64 * 1024);
	for (;;) {
		buf_grow(&b, 64 * 1024);
		n = read(fd, b.s + b.len, b.cap - b.len - 1);
		if (n == -1 && errno == EINTR)
			continue;
		if (n == -1)
			goto bad;
		if (n == 0)
			break;
		b.len += (size_t)n;
		if (b.len > CSV_MAX_FILE) {
			errno = EFBIG;
			goto bad;
		}
	}
	close(fd);
	b.s[b.len] = '\0';
	*data = buf_detach(&b, len);
	return 0;
bad:
	saved = errno;
	close(fd);
	buf_free(&b);
	errno = saved;
	return -1;
}

/* Writer (csv.h). */

void
csv_text(struct buf *b, const char *s)
{
	int formula;

	if (s == NULL)
		s = "";
	formula = *s != '\0' && strchr("=+-@\t\r", *s) != NULL;
	if (!formula && strpbrk(s, ",\"\r\n") == NULL) {
		buf_adds(b, s);
		return;
	}
	buf_addc(b, '"');
	if (formula)
		buf_addc(b, '\'');
	for (; *s != '\0'; s++) {
		if (*s == '"')
			buf_addc(b, '"');
		buf_addc(b, *s);
	}
	buf_addc(b, '"');
}

/* -?[0-9]+(.[0-9]+)? */
static int
is_number(const char *s)
{
	const char *p = s;

	if (*p == '-')
		p++;
	if (*p < '0' || *p > '9')
		return 0;
	while (*p >= '0' && *p <= '9')
		p++;
	if (*p == '.') {
		p++;
		if (*p < '0' || *p > '9')
			return 0;
		while (*p >= '0' && *p <= '9')
			p++;
	}
	return *p == '\0';
}

void
csv_number(struct buf *b, const char *s)
{
	if (s == NULL || *s == '\0')
		return;
	if (is_number(s))
		buf_adds(b, s);
	else
		csv_text(b, s);
}

void
csv_int(struct buf *b, int64_t v)
{
	buf_addf(b, "%" PRId64, v);
}

void
csv_sep(struct buf *b)
{
	buf_addc(b, ',');
}

void
csv_eol(struct buf *b)
{
	buf_adds(b, "\r\n");
}
