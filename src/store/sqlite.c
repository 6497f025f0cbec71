/*
 * sqlite.c: the SQLite backend of the store ops table.
 * WAL journal, synchronous=FULL, foreign keys on, 5 s busy wait.
 *
 * Prepared statements are kept for reuse: store_done() resets a statement
 * and parks it in a small per-connection cache keyed by its SQL text, and
 * the next store_query() of the same text takes it back instead of
 * parsing again (a statement in use is never shared: a second query of
 * the same text while the first is open gets a fresh one).
 */
#include <sys/stat.h>

#include <fcntl.h>
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "lib/xalloc.h"
#include "store.h"
#include "store_impl.h"

#define SQ_CACHE 256 /* parked statements per connection; 2^n */

struct sq_stmt {
	struct store_stmt base;
	sqlite3_stmt *st;
	uint32_t hash; /* of the SQL text */
};

struct sq_store {
	struct store base;
	sqlite3 *db;
	struct sq_stmt *cache[SQ_CACHE];
	struct timespec busy_since; /* start of the current lock wait */
};

#define DB(s) (((struct sq_store *)(s))->db)
#define ST(x) (((struct sq_stmt *)(x))->st)

static const char *
sq_errmsg(struct store *s)
{
	return sqlite3_errmsg(DB(s));
}

static int
sq_exec(struct store *s, const char *sql)
{
	char *err = NULL;

	if (sqlite3_exec(DB(s), sql, NULL, NULL, &err) != SQLITE_OK) {
		fprintf(stderr, "pamong: sqlite: %s\n", err ? err : "?");
		sqlite3_free(err);
		return -1;
	}
	return 0;
}

static void
sq_close(struct store *s)
{
	struct sq_store *q = (struct sq_store *)s;
	int i;

	for (i = 0; i < SQ_CACHE; i++)
		if (q->cache[i] != NULL) {
			sqlite3_finalize(q->cache[i]->st);
			free(q->cache[i]);
		}
	sqlite3_close_v2(q->db);
	free(q);
}

/*
 * Wait for another connection's write lock in steps of 0.2 ms, up to 5 s
 * by the monotonic clock (a count of steps overran: each sleep lasts
 * longer than asked on a busy machine, t2206).  SQLite's own busy
 * timeout backs off to 5, 10, ... 100 ms sleeps, which leaves the lock
 * idle long after the holder's short commit.
 */
static int
sq_busy(void *arg, int count)
{
	struct sq_store *q = arg;
	struct timespec ts = { 0, 200000 }, now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	if (count == 0)
		q->busy_since = now;
	else if ((now.tv_sec - q->busy_since.tv_sec) * 1000000000LL +
		(now.tv_nsec - q->busy_since.tv_nsec) >=
	    5000000000LL)
		return 0;
	nanosleep(&ts, NULL);
	return 1;
}

/* FNV-1a of the SQL text: the cache slot. */
static uint32_t
sql_hash(const char *sql)
{
	uint32_t h = 2166136261u;

	while (*sql)
		h = (h ^ (unsigned char)*sql++) * 16777619u;
	return h;
}

/*
 * The database holds personal data and password hashes: only its owner
 * may read it.  Create it 0600 ourselves (SQLite would make it 0644 less
 * the umask), and take group and other bits off an existing database and
 * its -wal and -shm files (an older install, or one copied with cp).
 * SQLite gives a new -wal or -shm file the database's mode.  Works on a
 * descriptor (fchmod), so also inside the workers' chroot and seccomp
 * filter; a file that is not ours is left alone (EPERM is ignored).
 */
static void
sq_private(const char *path)
{
	static const char *const sfx[] = { "", "-wal", "-shm" };
	struct stat st;
	char *p;
	size_t i;
	int fd;

	if (*path == '\0' || strcmp(path, ":memory:") == 0 ||
	    strncmp(path, "file:", 5) == 0)
		return;
	fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
	    0600);
	if (fd != -1)
		close(fd);
	for (i = 0; i < sizeof(sfx) / sizeof(sfx[0]); i++) {
		p = xasprintf("%s%s", path, sfx[i]);
		fd = open(p, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
		free(p);
		if (fd == -1)
			continue;
		if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) &&
		    (st.st_mode & 077) != 0)
			(void)fchmod(fd, st.st_mode & 0700);
		close(fd);
	}
}

static int
sq_open(struct store **sp, const char *path)
{
	struct sq_store *q = xcalloc(1, sizeof(*q));

	q->base.ops = &store_sqlite_ops;
	sq_private(path);
	if (sqlite3_open_v2(path, &q->db,
		SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE |
		    SQLITE_OPEN_NOMUTEX,
		NULL) != SQLITE_OK) {
		store_open_failed("%s",
		    q->db ? sqlite3_errmsg(q->db) : "out of memory");
		sqlite3_close_v2(q->db);
		free(q);
		return -1;
	}
	sqlite3_busy_handler(q->db, sq_busy, q);
	sqlite3_extended_result_codes(q->db, 1);
	if (sq_exec(&q->base,
		"PRAGMA journal_mode=WAL;"
		"PRAGMA synchronous=FULL;"
		"PRAGMA foreign_keys=ON;"
		"PRAGMA temp_store=MEMORY;") != 0) {
		sq_close(&q->base);
		return -1;
	}
	*sp = &q->base;
	return 0;
}

static int
sq_begin(struct store *s)
{
	return sq_exec(s, "BEGIN IMMEDIATE");
}

static int
sq_commit(struct store *s)
{
	return sq_exec(s, "COMMIT");
}

/* Without durability a WAL commit is not synced (synchronous=NORMAL). */
static int
sq_durable(struct store *s, int on)
{
	return sq_exec(s,
	    on ? "PRAGMA synchronous=FULL" : "PRAGMA synchronous=NORMAL");
}

static int
sq_prepare(struct store *s, const char *sql, struct store_stmt **out)
{
	struct sq_store *q = (struct sq_store *)s;
	uint32_t h = sql_hash(sql);
	struct sq_stmt *x = q->cache[h & (SQ_CACHE - 1)];

	if (x != NULL && x->hash == h && strcmp(sqlite3_sql(x->st), sql) == 0) {
		q->cache[h & (SQ_CACHE - 1)] = NULL;
		*out = &x->base;
		return 0;
	}
	x = xcalloc(1, sizeof(*x));
	x->base.s = s;
	x->hash = h;
	if (sqlite3_prepare_v2(q->db, sql, -1, &x->st, NULL) != SQLITE_OK) {
		free(x);
		return -1;
	}
	*out = &x->base;
	return 0;
}

/* Park the statement for reuse; the one it displaces is finalized. */
static void
sq_finalize(struct store_stmt *xs)
{
	struct sq_store *q = (struct sq_store *)xs->s;
	struct sq_stmt *x = (struct sq_stmt *)xs, **slot;

	slot = &q->cache[x->hash & (SQ_CACHE - 1)];
	if (x->st == NULL || sqlite3_reset(x->st) != SQLITE_OK ||
	    sqlite3_clear_bindings(x->st) != SQLITE_OK) {
		sqlite3_finalize(x->st);
		free(x);
		return;
	}
	if (*slot != NULL) {
		sqlite3_finalize((*slot)->st);
		free(*slot);
	}
	*slot = x;
}

static int
sq_bind_text(struct store_stmt *x, int i, const char *p, size_t n)
{
	return sqlite3_bind_text(ST(x), i, p, (int)n, SQLITE_TRANSIENT) ==
		SQLITE_OK
	    ? 0
	    : -1;
}

static int
sq_bind_int(struct store_stmt *x, int i, int64_t v)
{
	return sqlite3_bind_int64(ST(x), i, v) == SQLITE_OK ? 0 : -1;
}

static int
sq_bind_null(struct store_stmt *x, int i)
{
	return sqlite3_bind_null(ST(x), i) == SQLITE_OK ? 0 : -1;
}

static int
sq_bind_blob(struct store_stmt *x, int i, const void *p, size_t n)
{
	return sqlite3_bind_blob(ST(x), i, p, (int)n, SQLITE_TRANSIENT) ==
		SQLITE_OK
	    ? 0
	    : -1;
}

static int
sq_step(struct store_stmt *x)
{
	int rc = sqlite3_step(ST(x));

	switch (rc & 0xff) {
	case SQLITE_ROW:
		return STORE_ROW;
	case SQLITE_DONE:
		return STORE_DONE;
	case SQLITE_CONSTRAINT:
		return STORE_CONSTRAINT;
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		return STORE_BUSY;
	default:
		return STORE_ERR;
	}
}

static int
sq_reset(struct store_stmt *x)
{
	return sqlite3_reset(ST(x)) == SQLITE_OK ? 0 : -1;
}

static const char *
sq_col_text(struct store_stmt *x, int c)
{
	return (const char *)sqlite3_column_text(ST(x), c);
}

static int64_t
sq_col_int(struct store_stmt *x, int c)
{
	return sqlite3_column_int64(ST(x), c);
}

static const void *
sq_col_blob(struct store_stmt *x, int c, size_t *lenp)
{
	const void *p = sqlite3_column_blob(ST(x), c);

	*lenp = (size_t)sqlite3_column_bytes(ST(x), c);
	return p;
}

static int
sq_col_isnull(struct store_stmt *x, int c)
{
	return sqlite3_column_type(ST(x), c) == SQLITE_NULL;
}

static int64_t
sq_last_id(struct store *s)
{
	return sqlite3_last_insert_rowid(DB(s));
}

static int
sq_changes(struct store *s)
{
	return sqlite3_changes(DB(s));
}

static int64_t
sq_written(struct store *s)
{
	return sqlite3_total_changes64(DB(s));
}

static int
sq_has_table(struct store *s, const char *name)
{
	sqlite3_stmt *st;
	int rc;

	if (sqlite3_prepare_v2(DB(s),
		"SELECT count(*) FROM sqlite_master WHERE type = 'table'"
		" AND name = ?",
		-1, &st, NULL) != SQLITE_OK)
		return -1;
	sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
	rc =
	    sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) > 0 : -1;
	sqlite3_finalize(st);
	return rc;
}

const struct store_ops store_sqlite_ops = {
	.name = "sqlite",
	.open = sq_open,
	.close = sq_close,
	.exec = sq_exec,
	.begin = sq_begin,
	.commit = sq_commit,
	.durable = sq_durable,
	.prepare = sq_prepare,
	.finalize = sq_finalize,
	.bind_text = sq_bind_text,
	.bind_int = sq_bind_int,
	.bind_null = sq_bind_null,
	.bind_blob = sq_bind_blob,
	.step = sq_step,
	.reset = sq_reset,
	.col_text = sq_col_text,
	.col_int = sq_col_int,
	.col_blob = sq_col_blob,
	.col_isnull = sq_col_isnull,
	.last_id = sq_last_id,
	.changes = sq_changes,
	.errmsg = sq_errmsg,
	.written = sq_written,
	.has_table = sq_has_table,
};
