/* buf.c: growable byte buffer. */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "xalloc.h"

void
buf_init(struct buf *b, size_t hint)
{
	b->cap = hint < 64 ? 64 : hint;
	b->s = xmalloc(b->cap);
	b->len = 0;
	b->s[0] = '\0';
}

void
buf_grow(struct buf *b, size_t extra)
{
	size_t need;

	if (b->s == NULL)
		buf_init(b, extra + 1);
	need = b->len + extra + 1;
	if (need < b->len)
		BUG("buf_grow overflow");
	if (need <= b->cap)
		return;
	while (b->cap < need)
		b->cap = b->cap * 2;
	b->s = xrealloc(b->s, b->cap);
}

void
buf_add(struct buf *b, const void *p, size_t n)
{
	buf_grow(b, n);
	memcpy(b->s + b->len, p, n);
	b->len += n;
	b->s[b->len] = '\0';
}

void
buf_adds(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

void
buf_addc(struct buf *b, char c)
{
	buf_grow(b, 1);
	b->s[b->len++] = c;
	b->s[b->len] = '\0';
}

void
buf_vaddf(struct buf *b, const char *fmt, va_list ap)
{
	va_list cp;
	int n;

	buf_grow(b, 64);
	va_copy(cp, ap);
	n = vsnprintf(b->s + b->len, b->cap - b->len, fmt, cp);
	va_end(cp);
	if (n < 0)
		BUG("vsnprintf failed");
	if ((size_t)n >= b->cap - b->len) {
		buf_grow(b, (size_t)n);
		n = vsnprintf(b->s + b->len, b->cap - b->len, fmt, ap);
	}
	b->len += (size_t)n;
}

void
buf_addf(struct buf *b, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	buf_vaddf(b, fmt, ap);
	va_end(ap);
}

void
buf_truncate(struct buf *b, size_t len)
{
	if (b->s == NULL || len >= b->len)
		return;
	b->len = len;
	b->s[len] = '\0';
}

void
buf_reset(struct buf *b)
{
	if (b->s == NULL)
		buf_init(b, 0);
	b->len = 0;
	b->s[0] = '\0';
}

void
buf_free(struct buf *b)
{
	free(b->s);
	b->s = NULL;
	b->len = b->cap = 0;
}

char *
buf_detach(struct buf *b, size_t *lenp)
{
	char *s;

	if (b->s == NULL)
		buf_init(b, 0);
	s = b->s;
	if (lenp != NULL)
		*lenp = b->len;
	b->s = NULL;
	b->len = b->cap = 0;
	return s;
}

int
buf_read_file(struct buf *b, const char *path, size_t max)
{
	struct stat sb;
	char chunk[65536];
	size_t start = b->len;
	ssize_t n;
	int fd, saved;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1)
		return -1;
	if (fstat(fd, &sb) == -1)
		goto fail;
	if (!S_ISREG(sb.st_mode)) {
		errno = EINVAL;
		goto fail;
	}
	if ((size_t)sb.st_size > max) {
		errno = EFBIG;
		goto fail;
	}
	buf_grow(b, (size_t)sb.st_size);
	for (;;) {
		n = read(fd, chunk, sizeof(chunk));
		if (n == -1 && errno == EINTR)
			continue;
		if (n == -1)
			goto fail;
		if (n == 0)
			break;
		buf_add(b, chunk, (size_t)n);
		if (b->len - start > max) { /* it grew meanwhile */
			errno = EFBIG;
			goto fail;
		}
	}
	close(fd);
	return 0;
fail:
	saved = errno;
	close(fd);
	b->len = start;
	if (b->s != NULL)
		b->s[start] = '\0';
	errno = saved;
	return -1;
}
