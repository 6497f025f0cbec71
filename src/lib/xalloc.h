/* xalloc.h: allocators that never return NULL; they abort on out-of-memory. */
#ifndef PAMONG_XALLOC_H
#define PAMONG_XALLOC_H

#include <stddef.h>

void *xmalloc(size_t);
void *xcalloc(size_t, size_t);
void *xrealloc(void *, size_t);
char *xstrdup(const char *);
char *xstrndup(const char *, size_t);
/* Return a newly allocated formatted string; never NULL. */
char *xasprintf(const char *, ...) __attribute__((format(printf, 1, 2)));

/* Report a programming error (an invariant broken) and abort. */
#define BUG(...) bug_at(__FILE__, __LINE__, __VA_ARGS__)
void bug_at(const char *, int, const char *, ...)
    __attribute__((noreturn, format(printf, 3, 4)));

#endif
