/*
 * copy.h: copy a whole database into an empty PostgreSQL one
 * (`pamong db copy`, copy.c).
 */
#ifndef PAMONG_STORE_COPY_H
#define PAMONG_STORE_COPY_H

#include <stddef.h>
#include <stdint.h>

struct store;

/* What store_copy() did, or why it did not. */
struct store_copy {
	size_t tables;	  /* tables copied */
	int64_t rows;	  /* rows copied, all tables */
	size_t sequences; /* identity sequences set to their column's max */
	char err[512];	  /* one line, Indonesian, when it failed */
};

/*
 * Whether libpq parses url: 0, or -1 with the reason in msg (one line).
 * Nothing is printed.  Whether it connects is store_open()'s answer
 * (store_open_error()).
 */
int store_copy_probe(const char *url, char *msg, size_t size);

/*
 * Copy every row of from (a SQLite store, read inside a transaction the
 * caller opened, so that what it verifies afterwards is the same
 * snapshot) into to (PostgreSQL), which must hold no table at all:
 * in one transaction on to, the PostgreSQL form of every migration, then
 * each table's rows in primary-key order (parents before children along
 * the foreign keys), column by column with bound values (integer, text,
 * blob as bytea, NULL), with the tables' own triggers off while copying
 * (the rows were checked when first written; some triggers would add or
 * refuse rows), then every identity sequence set past its column's
 * largest value, then the row count of every table compared.
 *
 * Returns 0 with to's transaction still open: the caller verifies what
 * it knows (the audit chain, the log root) and commits, or rolls back.
 * 1 when to is not empty (c->err names a table; nothing done), -1 on any
 * failure (to rolled back, c->err says why).
 */
int store_copy(struct store *from, struct store *to, struct store_copy *c);

#endif
