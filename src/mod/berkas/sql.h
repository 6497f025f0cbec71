/*
 * sql.h: the berkas module's SQL (issue 13), private to the module.
 * Each function runs one statement with bound parameters; the callers
 * keep the rules.
 */
#ifndef PAMONG_BERKAS_SQL_H
#define PAMONG_BERKAS_SQL_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

struct store;

/* Record a stored file (nothing if its sha256 is known).  0 or -1. */
int berkas_sql_insert(struct store *, const char *sha256, size_t len,
    const char *mime, time_t now);

/* The mime of stored file sha256 into out: 1 found, 0 not, -1 error. */
int berkas_sql_mime(struct store *, const char *sha256, char *out,
    size_t outlen);

#endif
