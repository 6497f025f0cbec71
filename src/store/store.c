/* store.c: backend-independent front of the storage ops table. */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "lib/xalloc.h"
#include "store.h"
#include "store_impl.h"

char *
store_name(const char *path)
{
	const char *p, *at, *colon;

	if (!store_is_url(path) || (p = strstr(path, "://")) == NULL)
		return xstrdup(path);
	p += 3;
	at = strchr(p, '@');
	colon = memchr(p, ':', at != NULL ? (size_t)(at - p) : 0);
	if (at == NULL || colon == NULL)
		return xstrdup(path);
	return xasprintf("%.*s:***%s", (int)(colon - path), path, at);
}

int
store_open(struct store **sp, const struct store_ops *ops, const char *path)
{
	if (ops == NULL)
		ops = store_is_url(path) ? &store_pg_ops : &store_sqlite_ops;
	store_open_failed("%s", "");
	return ops->open(sp, path);
}

void
store_close(struct store *s)
{
	if (s != NULL)
		s->ops->close(s);
}

int
store_is_pg(struct store *s)
{
	return s->ops == &store_pg_ops;
}

const char *
store_errmsg(struct store *s)
{
	return s->ops->errmsg(s);
}

int
store_ready(struct store *s)
{
	return s->ops->ready == NULL || s->ops->ready(s);
}

int
store_exec(struct store *s, const char *sql)
{
	return s->ops->exec(s, sql);
}

/* Learn once whether the database has the counter (not before migrate). */
static void
versi_check(struct store *s)
{
	int rc;

	if (s->counted != VERSI_UNKNOWN || s->in_tx)
		return;
	rc = s->ops->has_table(s, "store_versi");
	if (rc >= 0)
		s->counted = rc == 1 ? VERSI_ON : VERSI_ABSENT;
}

int
store_begin(struct store *s)
{
	if (s->in_tx)
		BUG("nested transaction");
	versi_check(s);
	if (s->ops->begin(s) != 0)
		return -1;
	s->in_tx = 1;
	s->written = s->ops->written(s);
	return 0;
}

/*
 * Bump the counter inside the open transaction if it wrote rows: the new
 * value, 0 when nothing was written, -1 on failure.
 */
static int64_t
versi_bump(struct store *s)
{
	int64_t n;

	if (s->counted != VERSI_ON || s->ops->written(s) == s->written)
		return 0;
	n = store_scalar(s, -1,
	    "UPDATE store_versi SET n = n + 1 WHERE id = 1 RETURNING n", "");
	if (n <= 0 ||
	    (s->ops->announce != NULL && s->ops->announce(s, (uint64_t)n) != 0))
		return -1;
	return n;
}

int
store_commit(struct store *s)
{
	int64_t n;

	if (!s->in_tx)
		BUG("commit without transaction");
	if ((n = versi_bump(s)) < 0 || s->ops->commit(s) != 0) {
		store_rollback(s);
		return -1;
	}
	s->in_tx = 0;
	if (n > 0) {
		if ((uint64_t)n > s->versi)
			s->versi = (uint64_t)n;
		if (s->watch != NULL)
			s->watch((uint64_t)n);
	}
	return 0;
}

void
store_rollback(struct store *s)
{
	if (!s->in_tx)
		return;
	(void)s->ops->exec(s, "ROLLBACK");
	s->in_tx = 0;
}

int
store_in_tx(struct store *s)
{
	return s->in_tx;
}

int
store_durable(struct store *s, int on)
{
	if (s->in_tx)
		BUG("store_durable inside a transaction");
	return s->ops->durable(s, on);
}

int
store_savepoint(struct store *s)
{
	if (!s->in_tx)
		BUG("savepoint outside a transaction");
	return s->ops->exec(s, "SAVEPOINT item") == 0 ? 0 : -1;
}

int
store_release(struct store *s)
{
	if (!s->in_tx)
		BUG("release outside a transaction");
	return s->ops->exec(s, "RELEASE item") == 0 ? 0 : -1;
}

void
store_undo(struct store *s)
{
	if (!s->in_tx)
		BUG("undo outside a transaction");
	(void)s->ops->exec(s, "ROLLBACK TO item");
	(void)s->ops->exec(s, "RELEASE item");
}

static struct store_stmt *
vquery(struct store *s, const char *sql, const char *types, va_list ap)
{
	struct store_stmt *st;
	const char *t, *str;
	const void *p;
	size_t n;
	int i, rc = 0;

	if (s->ops->prepare(s, sql, &st) != 0) {
		fprintf(stderr, "pamong: prepare failed: %s: %s\n",
		    s->ops->errmsg(s), sql);
		return NULL;
	}
	for (t = types, i = 1; t != NULL && *t != '\0' && rc == 0; t++, i++) {
		switch (*t) {
		case 's':
			str = va_arg(ap, const char *);
			rc = str == NULL
			    ? s->ops->bind_null(st, i)
			    : s->ops->bind_text(st, i, str, strlen(str));
			break;
		case 'i':
			rc = s->ops->bind_int(st, i, va_arg(ap, int64_t));
			break;
		case 'd':
			rc = s->ops->bind_int(st, i, va_arg(ap, int));
			break;
		case 'b':
			p = va_arg(ap, const void *);
			n = va_arg(ap, size_t);
			rc = s->ops->bind_blob(st, i, p, n);
			break;
		default:
			BUG("store: bad type char '%c'", *t);
		}
	}
	if (rc != 0) {
		s->ops->finalize(st);
		return NULL;
	}
	return st;
}

struct store_stmt *
store_query(struct store *s, const char *sql, const char *types, ...)
{
	struct store_stmt *st;
	va_list ap;

	va_start(ap, types);
	st = vquery(s, sql, types, ap);
	va_end(ap);
	return st;
}

/* Step st to its end or until fn stops; finalize it.  See store_each(). */
static int
walk(struct store_stmt *st, int (*fn)(void *, struct store_stmt *), void *arg)
{
	int rc;

	if (st == NULL)
		return STORE_NOSTMT;
	while ((rc = st->s->ops->step(st)) == STORE_ROW)
		if (fn(arg, st) != 0)
			break;
	st->s->ops->finalize(st);
	return rc;
}

int
store_each(struct store *s, int (*fn)(void *, struct store_stmt *), void *arg,
    const char *sql, const char *types, ...)
{
	struct store_stmt *st;
	va_list ap;

	va_start(ap, types);
	st = vquery(s, sql, types, ap);
	va_end(ap);
	return walk(st, fn, arg);
}

/* The array being filled by store_rows(). */
struct rows {
	void **arrp;
	size_t size;
	size_t *np;
	void (*fill)(struct store_stmt *, void *);
};

/* Append the row of st; capacity 8, 16, 32, ... follows from *np. */
static int
rows_add(void *arg, struct store_stmt *st)
{
	struct rows *r = arg;
	size_t n = *r->np;
	char *elem;

	if (n == 0 || (n >= 8 && (n & (n - 1)) == 0)) {
		if (n > SIZE_MAX / 2 / r->size)
			BUG("store_rows: too many rows");
		*r->arrp = xrealloc(*r->arrp, (n == 0 ? 8 : 2 * n) * r->size);
	}
	elem = (char *)*r->arrp + n * r->size;
	memset(elem, 0, r->size);
	r->fill(st, elem);
	*r->np = n + 1;
	return 0;
}

int
store_rows(struct store *s, void *arrp, size_t size, size_t *np,
    void (*fill)(struct store_stmt *, void *), const char *sql,
    const char *types, ...)
{
	struct store_stmt *st;
	struct rows r;
	va_list ap;

	r.arrp = arrp;
	r.size = size;
	r.np = np;
	r.fill = fill;
	va_start(ap, types);
	st = vquery(s, sql, types, ap);
	va_end(ap);
	return walk(st, rows_add, &r);
}

int
store_step(struct store_stmt *st)
{
	return st->s->ops->step(st);
}

void
store_done(struct store_stmt *st)
{
	if (st != NULL)
		st->s->ops->finalize(st);
}

const char *
store_text(struct store_stmt *st, int col)
{
	const char *p = st->s->ops->col_text(st, col);

	return p == NULL ? "" : p;
}

int64_t
store_int(struct store_stmt *st, int col)
{
	return st->s->ops->col_int(st, col);
}

int
store_isnull(struct store_stmt *st, int col)
{
	return st->s->ops->col_isnull(st, col);
}

const void *
store_blob(struct store_stmt *st, int col, size_t *lenp)
{
	return st->s->ops->col_blob(st, col, lenp);
}

/* Whether sql changes rows (its first word). */
static int
is_write(const char *sql)
{
	static const char *const w[] = { "INSERT", "UPDATE", "DELETE",
		"REPLACE", NULL };
	size_t i, n;

	while (*sql == ' ' || *sql == '\n' || *sql == '\t')
		sql++;
	for (i = 0; w[i] != NULL; i++) {
		n = strlen(w[i]);
		if (strncasecmp(sql, w[i], n) == 0 &&
		    (sql[n] == ' ' || sql[n] == '\n'))
			return 1;
	}
	return 0;
}

static int
vrun(struct store *s, const char *sql, const char *types, va_list ap)
{
	struct store_stmt *st;
	int rc;

	st = vquery(s, sql, types, ap);
	if (st == NULL)
		return STORE_ERR;
	rc = s->ops->step(st);
	s->ops->finalize(st);
	s->changes =
	    rc == STORE_ROW || rc == STORE_DONE ? s->ops->changes(s) : 0;
	if (rc == STORE_ROW || rc == STORE_DONE)
		return 0;
	if (rc != STORE_CONSTRAINT)
		fprintf(stderr, "pamong: store: %s: %s\n", s->ops->errmsg(s),
		    sql);
	return rc;
}

/*
 * A write outside a transaction runs in one of its own, so that it bumps
 * the change counter atomically with it.
 */
int
store_run(struct store *s, const char *sql, const char *types, ...)
{
	va_list ap;
	int rc, own = 0;

	if (!s->in_tx && is_write(sql)) {
		versi_check(s);
		if (s->counted == VERSI_ON) {
			if (store_begin(s) != 0)
				return STORE_BUSY;
			own = 1;
		}
	}
	va_start(ap, types);
	rc = vrun(s, sql, types, ap);
	va_end(ap);
	if (own) {
		if (rc != 0)
			store_rollback(s);
		else if (store_commit(s) != 0)
			rc = STORE_ERR;
	}
	return rc;
}

int64_t
store_scalar(struct store *s, int64_t dflt, const char *sql, const char *types,
    ...)
{
	struct store_stmt *st;
	va_list ap;
	int64_t v = dflt;

	va_start(ap, types);
	st = vquery(s, sql, types, ap);
	va_end(ap);
	if (st == NULL)
		return dflt;
	if (s->ops->step(st) == STORE_ROW && !s->ops->col_isnull(st, 0))
		v = s->ops->col_int(st, 0);
	s->ops->finalize(st);
	return v;
}

int64_t
store_last_id(struct store *s)
{
	return s->ops->last_id(s);
}

uint64_t
store_version(struct store *s)
{
	return s->versi;
}

uint64_t
store_version_poll(struct store *s)
{
	uint64_t n;
	int64_t v;

	if (s->ops->heard != NULL && s->versi > 0) {
		if (s->ops->heard(s, &n) == 1 && n > s->versi)
			s->versi = n;
		return s->versi;
	}
	versi_check(s);
	if (s->counted != VERSI_ON || s->in_tx)
		return s->versi;
	v = store_scalar(s, -1, "SELECT n FROM store_versi WHERE id = 1", "");
	if (v > 0 && (uint64_t)v > s->versi)
		s->versi = (uint64_t)v;
	return s->versi;
}

void
store_watch(struct store *s, void (*fn)(uint64_t))
{
	s->watch = fn;
}

int
store_changes(struct store *s)
{
	return s->changes;
}
