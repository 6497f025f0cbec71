/*
 * buf.h: the one growable byte buffer of Pamong (after git's strbuf).
 *
 * Invariants: b->s is never NULL after buf_init(); b->s[b->len] == '\0';
 * b->len < b->cap.  Bytes may contain NUL; use len, not strlen().
 */
#ifndef PAMONG_BUF_H
#define PAMONG_BUF_H

#include <stdarg.h>
#include <stddef.h>

struct buf {
	char *s;
	size_t len;
	size_t cap;
};

#define BUF_INIT                                                               \
	{                                                                      \
		NULL, 0, 0                                                     \
	}

void buf_init(struct buf *, size_t hint);
void buf_grow(struct buf *, size_t extra);
void buf_add(struct buf *, const void *, size_t);
void buf_adds(struct buf *, const char *);
void buf_addc(struct buf *, char);
void buf_addf(struct buf *, const char *, ...)
    __attribute__((format(printf, 2, 3)));
void buf_vaddf(struct buf *, const char *, va_list);
/* Empty the buffer, keeping its memory. */
void buf_reset(struct buf *);
/* Shorten to its first len bytes (a mark taken earlier); no-op if longer. */
void buf_truncate(struct buf *, size_t len);
/* Free the memory; the buffer is BUF_INIT again. */
void buf_free(struct buf *);
/*
 * Append the whole regular file at path, at most max bytes.  Returns 0, or
 * -1 with errno set (EFBIG when larger than max, EINVAL when not a
 * regular file) and b as it was.
 */
int buf_read_file(struct buf *, const char *path, size_t max);
/* Hand the string to the caller (who frees it); the buffer is reset to empty. */
char *buf_detach(struct buf *, size_t *lenp);

#endif
