/*
 * store.h: storage behind one ops table (after OpenSMTPD's queue backends).
 *
 * Domain code speaks only this interface.  SQL is written once, with `?`
 * placeholders and portable syntax (what has none is a macro of
 * dialect.h); a backend may rewrite placeholders (PostgreSQL: $1, $2,
 * ...).  Values are only ever bound, never spliced.
 *
 * Errors: functions returning int return 0 on success and -1 on failure;
 * store_errmsg() then describes the failure (for logs, never for users).
 */
#ifndef PAMONG_STORE_H
#define PAMONG_STORE_H

#include <stddef.h>
#include <stdint.h>

struct store;
struct store_stmt;

enum store_step {
	STORE_ROW = 1,
	STORE_DONE = 0,
	STORE_ERR = -1,
	STORE_CONSTRAINT = -2, /* unique / foreign key / check violated */
	STORE_BUSY = -3,       /* database locked beyond the busy timeout */
	STORE_NOSTMT = -4      /* not prepared (store_each(), store_rows()) */
};

struct store_ops {
	const char *name;
	int (*open)(struct store **, const char *path);
	void (*close)(struct store *);
	int (*exec)(struct store *, const char *sql);
	int (*begin)(struct store *); /* a write transaction */
	int (*commit)(struct store *);
	int (*durable)(struct store *, int on); /* store_durable() */
	int (*prepare)(struct store *, const char *sql, struct store_stmt **);
	void (*finalize)(struct store_stmt *);
	int (*bind_text)(struct store_stmt *, int, const char *, size_t);
	int (*bind_int)(struct store_stmt *, int, int64_t);
	int (*bind_null)(struct store_stmt *, int);
	int (*bind_blob)(struct store_stmt *, int, const void *, size_t);
	int (*step)(struct store_stmt *);
	int (*reset)(struct store_stmt *);
	const char *(*col_text)(struct store_stmt *, int);
	int64_t (*col_int)(struct store_stmt *, int);
	const void *(*col_blob)(struct store_stmt *, int, size_t *);
	int (*col_isnull)(struct store_stmt *, int);
	int64_t (*last_id)(struct store *);
	int (*changes)(struct store *);
	const char *(*errmsg)(struct store *);
	/* rows written through this connection so far (never decreases) */
	int64_t (*written)(struct store *);
	/* whether the table exists: 1, 0, -1 on error; outside a tx */
	int (*has_table)(struct store *, const char *);
	/* optional: tell the other connections counter n at commit (inside
	 * the tx), and collect what they told (1 and the highest n heard,
	 * 0 nothing new, -1 error); without them store_version_poll()
	 * reads the counter */
	int (*announce)(struct store *, uint64_t n);
	int (*heard)(struct store *, uint64_t *n);
	/* optional: whether the connection works, reconnecting if it
	 * broke (store_ready()) */
	int (*ready)(struct store *);
};

extern const struct store_ops store_sqlite_ops;
extern const struct store_ops store_pg_ops;

/*
 * Open the database at path with the given backend; NULL picks it from
 * path: a "postgresql://" or "postgres://" URL is PostgreSQL (pg.c),
 * anything else the file of a SQLite database.
 * On success *sp is a connection owned by the caller (store_close()).
 */
int store_open(struct store **sp, const struct store_ops *, const char *path);
/* Whether path is a PostgreSQL URL (postgresql:// or postgres://). */
int store_is_url(const char *path);
/*
 * Why the last failed store_open() of this process failed: one line (the
 * first of libpq's or SQLite's message), "" if none failed.  For the one
 * line a command prints: "pamong: tidak dapat membuka basis data NAME:
 * REASON", with NAME from store_name().
 */
const char *store_open_error(void);
/* path for messages: a URL's password replaced by "***".  Caller frees. */
char *store_name(const char *path);

/*
 * The database of data directory dir (locate.c): the URL in dir/db.conf
 * when that file exists, else dir/file (SQLite).  The caller frees it;
 * NULL, with a message on stderr, when db.conf is unreadable or holds no
 * URL.  store_locate_set() writes url to dir/db.conf, mode 0600: 0 or -1.
 */
char *store_locate(const char *dir, const char *file);
int store_locate_set(const char *dir, const char *url);
/*
 * Run one of PostgreSQL's client programs (pg_tool.c): args is its
 * argv (args[0] the program, found on PATH, NULL-terminated), to which
 * "-d" and url's connection settings are appended; url's password goes
 * in the child's PGPASSWORD, never on a command line.  The program's
 * exit status, or -1 when it could not be run.
 */
int store_pg_tool(const char *url, const char *const *args);
/*
 * PostgreSQL: begin a read-only REPEATABLE READ transaction and export
 * its snapshot, whose name (for pg_dump --snapshot) goes into id; every
 * query until store_rollback() reads that snapshot.  0, or -1 (also on
 * SQLite).
 */
int store_pg_snapshot(struct store *, char *id, size_t size);
void store_close(struct store *);
const char *store_errmsg(struct store *);
/*
 * Whether the database can be reached: 1, or 0 when a PostgreSQL
 * connection broke and connecting again failed (tried at most once a
 * second, never inside a transaction).  The server answers 503 then.
 */
int store_ready(struct store *);
/* Whether s is a PostgreSQL connection (else SQLite). */
int store_is_pg(struct store *);
/* Run SQL without parameters (schema, pragmas).  Never with user data. */
int store_exec(struct store *, const char *sql);

/*
 * Transactions.  store_begin() starts an immediate (write) transaction.
 * Nested begin is a BUG.  store_rollback() is safe when none is open.
 */
int store_begin(struct store *);
int store_commit(struct store *);
void store_rollback(struct store *);
int store_in_tx(struct store *);

/*
 * store_durable(s, 0): the following commits return without waiting for
 * the disk (they stay atomic and consistent; a crash of the machine may
 * lose them until something syncs the file system); store_durable(s, 1):
 * back to waiting, the default.  Outside a transaction only.  0 or -1.
 * On PostgreSQL every commit waits for its WAL flush in both modes: a
 * sync of the data directory does not make a PostgreSQL commit durable.
 */
int store_durable(struct store *, int on);

/*
 * One savepoint inside the open transaction, for work that may fail on
 * its own (an application of a group commit): store_savepoint() marks,
 * store_release() keeps what followed, store_undo() discards it and
 * keeps the transaction open.  Not nestable; outside a transaction a BUG.
 */
int store_savepoint(struct store *);
int store_release(struct store *);
void store_undo(struct store *);

/*
 * Prepare sql and bind its parameters from a type string: one char per
 * parameter: 's' const char * (NULL binds NULL), 'i' int64_t,
 * 'd' int, 'b' blob (const void *, size_t).  Returns NULL on error.
 */
struct store_stmt *store_query(struct store *, const char *sql,
    const char *types, ...);
int store_step(struct store_stmt *);
void store_done(struct store_stmt *);
const char *store_text(struct store_stmt *, int col); /* "" for NULL */
int64_t store_int(struct store_stmt *, int col);
int store_isnull(struct store_stmt *, int col);
const void *store_blob(struct store_stmt *, int col, size_t *lenp);

/*
 * The one loop over the rows of a query (issue 13).  store_each()
 * prepares sql with its parameters (as store_query()) and calls
 * fn(arg, st) for each row, which reads the row's columns from st, until
 * fn returns nonzero or the rows end.  store_rows() appends every row
 * to the array *arrp (a T ** passed as void *) of *np elements of size
 * bytes: it grows the array (doubling), zeroes the new element, calls
 * fill(st, elem) and counts it in *np.  The array must be NULL with *np
 * 0, or one grown by store_rows() alone (its capacity follows from *np);
 * it stays NULL when no row was read, and the caller frees it, also
 * after an error (the rows read before it are kept).
 *
 * Both return how the walk ended: STORE_DONE when the rows ended,
 * STORE_ROW when fn stopped it, STORE_NOSTMT when the statement could
 * not be prepared (no row read), or the failed step's error (STORE_ERR,
 * STORE_BUSY, ...).  The statement is finalized in every case.
 */
int store_each(struct store *, int (*fn)(void *, struct store_stmt *),
    void *arg, const char *sql, const char *types, ...);
int store_rows(struct store *, void *arrp, size_t size, size_t *np,
    void (*fill)(struct store_stmt *, void *elem), const char *sql,
    const char *types, ...);

/*
 * Convenience: run a statement that returns no rows.  Returns 0, or
 * STORE_CONSTRAINT / STORE_ERR.  store_run_id() also gives the new row id.
 */
int store_run(struct store *, const char *sql, const char *types, ...);
int64_t store_last_id(struct store *);
int store_changes(struct store *);
/* Run a query returning one integer in its first column; dflt if no row. */
int64_t store_scalar(struct store *, int64_t dflt, const char *sql,
    const char *types, ...);

/*
 * The change counter (issue 14): one integer per database, in the table
 * store_versi that store_migrate() makes, incremented in the same
 * transaction as any write.  store_begin() and store_commit() do it: a
 * transaction that wrote rows bumps it just before COMMIT, and a write
 * by store_run() outside a transaction is run in one of its own.  Write
 * transactions are serialised on every backend (SQLite: BEGIN
 * IMMEDIATE; PostgreSQL: a transaction-scoped advisory lock), so
 * counters are taken in commit order.
 *
 * store_version(): the highest counter this connection has seen (its
 * own commits and store_version_poll()), with no query.
 * store_version_poll(): learn what other connections committed:
 * PostgreSQL reads the LISTEN/NOTIFY messages already received (no
 * round trip), SQLite reads the row.  Returns store_version() after.
 * store_watch(s, fn): fn(n) is called after each commit of s that
 * bumped the counter to n, before store_commit() returns (the server
 * publishes n to its workers there, before it answers).
 */
uint64_t store_version(struct store *);
uint64_t store_version_poll(struct store *);
void store_watch(struct store *, void (*fn)(uint64_t));

/*
 * Migrations (migrate.c).  store_migrate(): apply every numbered
 * migration not yet applied, all of them in one transaction, so that a
 * failing one leaves the database exactly as it was (issue 21); refuses
 * (-1, a line on stderr) a database that has a migration this program
 * does not know: it was made by a newer Pamong.  0 or -1.
 * store_migrate_pending(): how many known migrations a database lacks
 * (0 for a new, empty one: nothing to keep), -1 when unreadable;
 * *applied (may be NULL) gets how many it has.
 */
int store_migrate(struct store *, int verbose);
int store_migrate_pending(struct store *, int *applied);

#endif
