/*
 * pg.c: the PostgreSQL backend of the store ops table (libpq).
 *
 * A connection is opened from a postgresql:// (or postgres://) URL.
 * Query text is rewritten once (pg_sql(), pg_sql.c): the few SQLite spellings of
 * dialect.h become PostgreSQL's and `?` placeholders become $1, $2, ...
 * The result is prepared on the server under a name and kept for the
 * connection's life, keyed by the original text, so a bad query fails at
 * prepare as with SQLite.  Parameters go as text (ints in decimal) with
 * types inferred by the server from their context (so `? + ?` alone does
 * not prepare: CAST(? AS INTEGER) gives one), blobs as binary bytea.  A
 * step of a statement runs it and buffers all its rows, so any number of
 * statements may be open at once (an inner loop over an outer one's
 * rows); later steps walk the buffered rows.
 *
 * SQLite undoes only the failed statement, PostgreSQL the whole
 * transaction: inside a transaction each statement runs under a
 * savepoint of its own (pamong_q, sent with it in one pipeline), so that
 * a constraint violation the caller handles (a retry, an idempotent
 * replay) leaves the transaction usable, as on SQLite.
 *
 * Errors: SQLSTATE class 23 is STORE_CONSTRAINT, serialization failure,
 * deadlock and lock not available are STORE_BUSY.
 */
#include <libpq-fe.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lib/buf.h"
#include "lib/xalloc.h"
#include "store.h"
#include "pg_sql.h"
#include "store_impl.h"

#define PG_CACHE 256 /* chains of prepared statements; 2^n */
#define BYTEAOID 17

/* A query prepared on the server, named "pq<n>". */
struct pg_prep {
	struct pg_prep *next;
	char *sql; /* as the caller wrote it */
	char name[16];
	int nparams;
};

struct pg_stmt {
	struct store_stmt base;
	struct pg_prep *prep;
	char **vals; /* parameters; NULL binds NULL */
	int *lens;
	int *fmts;	       /* 0 text, 1 binary */
	PGresult *res;	       /* the buffered rows once run */
	int row;	       /* the current one */
	unsigned char **blobs; /* decoded bytea of the current row */
	size_t *bloblens;
};

struct pg_store {
	struct store base;
	PGconn *conn;
	struct pg_prep *cache[PG_CACHE];
	int nprep;
	int changes;
	int64_t written; /* rows written through this connection */
	time_t tried;	 /* the last reconnect (pg_ready()) */
	char *err;	 /* the last error message */
};

#define PG(s) ((struct pg_store *)(s))
#define STMT(x) ((struct pg_stmt *)(x))

static void
pg_seterr(struct pg_store *q, const char *msg)
{
	size_t n;

	free(q->err);
	q->err = xstrdup(
	    msg != NULL && *msg != '\0' ? msg : PQerrorMessage(q->conn));
	n = strlen(q->err);
	while (n > 0 && q->err[n - 1] == '\n')
		q->err[--n] = '\0';
}

static const char *
pg_errmsg(struct store *s)
{
	return PG(s)->err != NULL ? PG(s)->err : "";
}

/* What a failed result means for the caller. */
static int
pg_code(const PGresult *r)
{
	const char *st = PQresultErrorField(r, PG_DIAG_SQLSTATE);

	if (st == NULL)
		return STORE_ERR;
	if (strncmp(st, "23", 2) == 0)
		return STORE_CONSTRAINT;
	if (strcmp(st, "40001") == 0 || strcmp(st, "40P01") == 0 ||
	    strcmp(st, "55P03") == 0)
		return STORE_BUSY;
	return STORE_ERR;
}

/* Run SQL without parameters; 0, or the STORE_* code of the failure. */
static int
pg_run(struct pg_store *q, const char *sql)
{
	PGresult *r = PQexec(q->conn, sql);
	int rc = 0;

	switch (PQresultStatus(r)) {
	case PGRES_COMMAND_OK:
	case PGRES_TUPLES_OK:
		break;
	default:
		pg_seterr(q, PQresultErrorMessage(r));
		rc = pg_code(r);
	}
	PQclear(r);
	return rc;
}

static int
pg_exec(struct store *s, const char *sql)
{
	if (pg_run(PG(s), sql) != 0) {
		fprintf(stderr, "pamong: postgresql: %s\n", PG(s)->err);
		return -1;
	}
	return 0;
}

/*
 * Write transactions are serialised, as SQLite's BEGIN IMMEDIATE does:
 * every read-modify-write of the modules (numbering, the audit chain,
 * the transparency log, throttles) was written for that.  A transaction
 * takes the advisory lock PG_WRITE_LOCK first; under READ COMMITTED its
 * later statements see every transaction committed before it got it.
 */
#define PG_WRITE_LOCK "1346456911" /* "PAMO" */

static int
pg_begin(struct store *s)
{
	return pg_exec(s,
	    "BEGIN; SELECT pg_advisory_xact_lock(" PG_WRITE_LOCK ")");
}

/* A COMMIT of a failed transaction answers ROLLBACK without an error. */
static int
pg_commit(struct store *s)
{
	PGresult *r = PQexec(PG(s)->conn, "COMMIT");
	int ok;

	ok = PQresultStatus(r) == PGRES_COMMAND_OK &&
	    strcmp(PQcmdStatus(r), "COMMIT") == 0;
	if (!ok)
		pg_seterr(PG(s),
		    PQresultStatus(r) == PGRES_COMMAND_OK
			? "transaction failed, rolled back"
			: PQresultErrorMessage(r));
	PQclear(r);
	return ok ? 0 : -1;
}

/*
 * The lazy mode of the group commit (store_batch()) counts on its next
 * sync of the data directory to make a commit durable.  That covers a
 * SQLite file, not a PostgreSQL server: there every commit, one per
 * batch, waits for its WAL flush (synchronous_commit = on), in both
 * modes.
 */
static int
pg_durable(struct store *s, int on)
{
	(void)s;
	(void)on;
	return 0;
}

/* Forget the statements prepared on this connection. */
static void
pg_forget(struct pg_store *q)
{
	struct pg_prep *p, *next;
	int i;

	for (i = 0; i < PG_CACHE; i++) {
		for (p = q->cache[i]; p != NULL; p = next) {
			next = p->next;
			free(p->sql);
			free(p);
		}
		q->cache[i] = NULL;
	}
	q->nprep = 0;
}

static void
pg_close(struct store *s)
{
	struct pg_store *q = PG(s);

	pg_forget(q);
	PQfinish(q->conn);
	free(q->err);
	free(q);
}

/* Notices ("does not exist, skipping" of DROP IF EXISTS) are dropped. */
static void
pg_notice(void *arg, const char *msg)
{
}

/* What every connection starts with (also after a reconnect). */
#define PG_SESSION                                                             \
	"SET client_encoding = 'UTF8'; SET TIME ZONE 'UTC';"                   \
	" LISTEN store_versi"

/*
 * Whether the connection works; if it broke (the server restarted, the
 * network went away) and no transaction is open, connect again, at most
 * once a second, so that a database that is down costs each request no
 * more than a failed check.  The statements prepared before are gone
 * with the old session; notifications missed meanwhile are covered by
 * reading the counter again (store_version_poll()).
 */
static int
pg_ready(struct store *s)
{
	struct pg_store *q = PG(s);
	time_t now;

	if (PQstatus(q->conn) == CONNECTION_OK)
		return 1;
	now = time(NULL);
	if (s->in_tx || now == q->tried)
		return 0;
	q->tried = now;
	PQreset(q->conn);
	if (PQstatus(q->conn) != CONNECTION_OK) {
		pg_seterr(q, NULL);
		return 0;
	}
	pg_forget(q);
	if (pg_run(q, PG_SESSION) != 0)
		return 0;
	s->versi = 0;
	return 1;
}

int
store_pg_snapshot(struct store *s, char *id, size_t size)
{
	struct pg_store *q = PG(s);
	PGresult *r;
	int ok;

	if (s->ops != &store_pg_ops || s->in_tx)
		return -1;
	r = PQexec(q->conn,
	    "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY;"
	    " SELECT pg_export_snapshot()");
	ok = PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1;
	if (ok)
		snprintf(id, size, "%s", PQgetvalue(r, 0, 0));
	else
		pg_seterr(q, PQresultErrorMessage(r));
	PQclear(r);
	if (!ok) {
		(void)pg_run(q, "ROLLBACK");
		return -1;
	}
	s->in_tx = 1;
	return 0;
}

static int
pg_open(struct store **sp, const char *url)
{
	struct pg_store *q = xcalloc(1, sizeof(*q));
	/*
	 * The URL's own settings come last and win.  A server that vanishes
	 * from the network without closing the connection (a cut-off
	 * leader, a dead machine) would leave a query waiting for TCP's
	 * retransmissions, about 15 minutes: unacknowledged data or 3 lost
	 * keepalives 5 s apart end it within 10 to 15 s instead, and the
	 * request gets its 503 (doc/operations.md, "High availability").
	 */
	static const char *const keys[] = { "connect_timeout",
		"application_name", "keepalives_idle", "keepalives_interval",
		"keepalives_count", "tcp_user_timeout", "dbname", NULL };
	const char *vals[] = { "3", "pamong", "5", "5", "3", "10000", url,
		NULL };

	q->base.ops = &store_pg_ops;
	q->conn = PQconnectdbParams(keys, vals, 1);
	if (PQstatus(q->conn) != CONNECTION_OK) {
		store_open_failed("%s", PQerrorMessage(q->conn));
		PQfinish(q->conn);
		free(q);
		return -1;
	}
	PQsetNoticeProcessor(q->conn, pg_notice, NULL);
	if (pg_exec(&q->base, PG_SESSION) != 0) {
		pg_close(&q->base);
		return -1;
	}
	*sp = &q->base;
	return 0;
}

/* FNV-1a of the SQL text: the cache chain. */
static uint32_t
pg_hash(const char *sql)
{
	uint32_t h = 2166136261u;

	while (*sql)
		h = (h ^ (unsigned char)*sql++) * 16777619u;
	return h;
}

/*
 * Prepare text with n parameters as name; a parameter whose type the
 * server cannot infer from its context (`? IS NULL`) is text, as SQLite's
 * parameters have no type.  Inside a transaction under the savepoint
 * pamong_p, which the caller set.  0 or -1.
 */
static int
pg_prepare_text(struct pg_store *q, const char *name, const char *text, int n,
    int tx)
{
	Oid *types = xcalloc((size_t)(n > 0 ? n : 1), sizeof(*types));
	const char *st, *msg, *dollar;
	PGresult *r;
	int i, k, ok = 0;

	for (i = 0; i <= n && !ok; i++) {
		r = PQprepare(q->conn, name, text, n, types);
		ok = PQresultStatus(r) == PGRES_COMMAND_OK;
		st = PQresultErrorField(r, PG_DIAG_SQLSTATE);
		msg = PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY);
		k = 0;
		if (!ok && st != NULL && strcmp(st, "42P18") == 0 &&
		    msg != NULL && (dollar = strrchr(msg, '$')) != NULL)
			k = atoi(dollar + 1);
		if (!ok)
			pg_seterr(q, PQresultErrorMessage(r));
		PQclear(r);
		if (!ok && tx)
			(void)pg_run(q, "ROLLBACK TO pamong_p");
		if (ok || k < 1 || k > n || types[k - 1] != 0)
			break;
		types[k - 1] = 25; /* TEXTOID */
	}
	free(types);
	return ok ? 0 : -1;
}

/*
 * The prepared form of sql on this connection, prepared on first use
 * (under a savepoint inside a transaction: a query that does not prepare
 * leaves the transaction usable, as on SQLite).
 */
static struct pg_prep *
pg_prep(struct pg_store *q, const char *sql)
{
	struct pg_prep **slot, *p;
	char *text;
	int n, ok, tx;

	slot = &q->cache[pg_hash(sql) & (PG_CACHE - 1)];
	for (p = *slot; p != NULL; p = p->next)
		if (strcmp(p->sql, sql) == 0)
			return p;
	tx = PQtransactionStatus(q->conn) == PQTRANS_INTRANS;
	if (tx && pg_run(q, "SAVEPOINT pamong_p") != 0)
		return NULL;
	text = pg_sql(sql, &n);
	p = xcalloc(1, sizeof(*p));
	snprintf(p->name, sizeof(p->name), "pq%d", q->nprep);
	ok = pg_prepare_text(q, p->name, text, n, tx) == 0;
	free(text);
	if (tx)
		(void)pg_run(q, "RELEASE pamong_p");
	if (!ok) {
		free(p);
		return NULL;
	}
	q->nprep++;
	p->sql = xstrdup(sql);
	p->nparams = n;
	p->next = *slot;
	*slot = p;
	return p;
}

static int
pg_prepare(struct store *s, const char *sql, struct store_stmt **out)
{
	struct pg_prep *p;
	struct pg_stmt *x;
	int n;

	if ((p = pg_prep(PG(s), sql)) == NULL)
		return -1;
	x = xcalloc(1, sizeof(*x));
	x->base.s = s;
	x->prep = p;
	n = p->nparams > 0 ? p->nparams : 1;
	x->vals = xcalloc((size_t)n, sizeof(*x->vals));
	x->lens = xcalloc((size_t)n, sizeof(*x->lens));
	x->fmts = xcalloc((size_t)n, sizeof(*x->fmts));
	x->row = -1;
	*out = &x->base;
	return 0;
}

/* Forget the decoded blobs of the current row. */
static void
pg_blobs_free(struct pg_stmt *x)
{
	int i;

	if (x->blobs == NULL)
		return;
	for (i = 0; i < PQnfields(x->res); i++)
		PQfreemem(x->blobs[i]);
	free(x->blobs);
	free(x->bloblens);
	x->blobs = NULL;
	x->bloblens = NULL;
}

static int
pg_reset(struct store_stmt *xs)
{
	struct pg_stmt *x = STMT(xs);

	pg_blobs_free(x);
	PQclear(x->res);
	x->res = NULL;
	x->row = -1;
	return 0;
}

static void
pg_finalize(struct store_stmt *xs)
{
	struct pg_stmt *x = STMT(xs);
	int i;

	pg_reset(xs);
	for (i = 0; i < x->prep->nparams; i++)
		free(x->vals[i]);
	free(x->vals);
	free(x->lens);
	free(x->fmts);
	free(x);
}

/* Bind parameter i (1-based) to n bytes at p in format fmt. */
static int
pg_bind(struct store_stmt *xs, int i, const void *p, size_t n, int fmt)
{
	struct pg_stmt *x = STMT(xs);

	if (i < 1 || i > x->prep->nparams || n > INT32_MAX)
		return -1;
	free(x->vals[i - 1]);
	x->vals[i - 1] = NULL;
	if (p != NULL) {
		x->vals[i - 1] = xcalloc(1, n + 1);
		memcpy(x->vals[i - 1], p, n);
	}
	x->lens[i - 1] = (int)n;
	x->fmts[i - 1] = fmt;
	return 0;
}

static int
pg_bind_text(struct store_stmt *x, int i, const char *p, size_t n)
{
	return pg_bind(x, i, p, n, 0);
}

static int
pg_bind_int(struct store_stmt *x, int i, int64_t v)
{
	char num[24];

	snprintf(num, sizeof(num), "%lld", (long long)v);
	return pg_bind(x, i, num, strlen(num), 0);
}

static int
pg_bind_null(struct store_stmt *x, int i)
{
	return pg_bind(x, i, NULL, 0, 0);
}

static int
pg_bind_blob(struct store_stmt *x, int i, const void *p, size_t n)
{
	return pg_bind(x, i, n > 0 ? p : "", n, 1);
}

/* Whether a statement of this status wrote rows (SQLite's changes()). */
static int
pg_writes(const char *status)
{
	return strncmp(status, "INSERT ", 7) == 0 ||
	    strncmp(status, "UPDATE ", 7) == 0 ||
	    strncmp(status, "DELETE ", 7) == 0 ||
	    strncmp(status, "MERGE ", 6) == 0;
}

/*
 * Send SAVEPOINT, the statement and RELEASE at once (one round trip, a
 * pipeline) and take their results: the statement's is x->res.  0 or -1
 * when the connection failed.
 */
static int
pg_pipeline(struct pg_store *q, struct pg_stmt *x)
{
	PGresult *r;
	int i, ok;

	if (PQenterPipelineMode(q->conn) != 1)
		return -1;
	ok = PQsendQueryParams(q->conn, "SAVEPOINT pamong_q", 0, NULL, NULL,
		 NULL, NULL, 0) == 1 &&
	    PQsendQueryPrepared(q->conn, x->prep->name, x->prep->nparams,
		(const char *const *)x->vals, x->lens, x->fmts, 0) == 1 &&
	    PQsendQueryParams(q->conn, "RELEASE pamong_q", 0, NULL, NULL, NULL,
		NULL, 0) == 1 &&
	    PQpipelineSync(q->conn) == 1;
	for (i = 0; ok && i < 3; i++) {
		if ((r = PQgetResult(q->conn)) == NULL)
			ok = 0;
		else if (i == 1)
			x->res = r;
		else
			PQclear(r);
		while (ok && (r = PQgetResult(q->conn)) != NULL)
			PQclear(r);
	}
	r = ok ? PQgetResult(q->conn) : NULL;
	ok = ok && PQresultStatus(r) == PGRES_PIPELINE_SYNC;
	PQclear(r);
	if (PQexitPipelineMode(q->conn) != 1)
		ok = 0;
	return ok ? 0 : -1;
}

/*
 * Run the statement; inside a transaction under a savepoint, rolled back
 * to when the statement fails.
 */
static int
pg_run_stmt(struct pg_stmt *x)
{
	struct pg_store *q = PG(x->base.s);
	int tx = PQtransactionStatus(q->conn) == PQTRANS_INTRANS, rc;

	if (!tx)
		x->res =
		    PQexecPrepared(q->conn, x->prep->name, x->prep->nparams,
			(const char *const *)x->vals, x->lens, x->fmts, 0);
	else if (pg_pipeline(q, x) != 0) {
		pg_seterr(q, NULL);
		PQclear(x->res);
		x->res = NULL;
		return STORE_ERR;
	}
	switch (PQresultStatus(x->res)) {
	case PGRES_COMMAND_OK:
	case PGRES_TUPLES_OK:
		if (pg_writes(PQcmdStatus(x->res))) {
			q->changes = atoi(PQcmdTuples(x->res));
			q->written += q->changes;
		}
		return 0;
	default:
		pg_seterr(q, PQresultErrorMessage(x->res));
		rc = pg_code(x->res);
		PQclear(x->res);
		x->res = NULL;
		if (tx)
			(void)pg_run(q,
			    "ROLLBACK TO pamong_q; RELEASE pamong_q");
		return rc;
	}
}

static int
pg_step(struct store_stmt *xs)
{
	struct pg_stmt *x = STMT(xs);
	int rc;

	if (x->res == NULL && (rc = pg_run_stmt(x)) != 0)
		return rc;
	pg_blobs_free(x);
	if (x->row + 1 >= PQntuples(x->res)) {
		x->row = PQntuples(x->res);
		return STORE_DONE;
	}
	x->row++;
	return STORE_ROW;
}

static int
pg_cell(struct pg_stmt *x, int c)
{
	return x->res != NULL && x->row >= 0 && x->row < PQntuples(x->res) &&
	    c >= 0 && c < PQnfields(x->res) && !PQgetisnull(x->res, x->row, c);
}

static const char *
pg_col_text(struct store_stmt *xs, int c)
{
	struct pg_stmt *x = STMT(xs);

	return pg_cell(x, c) ? PQgetvalue(x->res, x->row, c) : NULL;
}

/* Integers, and booleans as 1 and 0 (SQLite has no other kind). */
static int64_t
pg_col_int(struct store_stmt *xs, int c)
{
	const char *v = pg_col_text(xs, c);

	if (v == NULL)
		return 0;
	if (strcmp(v, "t") == 0)
		return 1;
	return strtoll(v, NULL, 10);
}

static const void *
pg_col_blob(struct store_stmt *xs, int c, size_t *lenp)
{
	struct pg_stmt *x = STMT(xs);
	const char *v = pg_col_text(xs, c);

	*lenp = 0;
	if (v == NULL)
		return NULL;
	if (PQftype(x->res, c) != BYTEAOID) {
		*lenp = (size_t)PQgetlength(x->res, x->row, c);
		return v;
	}
	if (x->blobs == NULL) {
		x->blobs =
		    xcalloc((size_t)PQnfields(x->res), sizeof(*x->blobs));
		x->bloblens =
		    xcalloc((size_t)PQnfields(x->res), sizeof(*x->bloblens));
	}
	if (x->blobs[c] == NULL &&
	    (x->blobs[c] = PQunescapeBytea((const unsigned char *)v,
		 &x->bloblens[c])) == NULL)
		return NULL;
	*lenp = x->bloblens[c];
	return x->blobs[c];
}

static int
pg_col_isnull(struct store_stmt *xs, int c)
{
	return !pg_cell(STMT(xs), c);
}

/*
 * The id the last INSERT gave its identity column: lastval(), asked under
 * a savepoint inside a transaction (with no sequence used yet it fails,
 * which would end the transaction).  0 when there is none.
 */
static int64_t
pg_last_id(struct store *s)
{
	struct pg_store *q = PG(s);
	int tx = PQtransactionStatus(q->conn) == PQTRANS_INTRANS;
	int64_t id = 0;
	PGresult *r;

	if (tx && pg_run(q, "SAVEPOINT pamong_id") != 0)
		return 0;
	r = PQexec(q->conn, "SELECT lastval()");
	if (PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1)
		id = strtoll(PQgetvalue(r, 0, 0), NULL, 10);
	else
		pg_seterr(q, PQresultErrorMessage(r));
	PQclear(r);
	if (tx && id == 0)
		(void)pg_run(q, "ROLLBACK TO pamong_id");
	if (tx)
		(void)pg_run(q, "RELEASE pamong_id");
	return id;
}

static int
pg_changes(struct store *s)
{
	return PG(s)->changes;
}

static int64_t
pg_written(struct store *s)
{
	return PG(s)->written;
}

/* One parameterised statement outside the prepared cache: 0 or -1. */
static int
pg_param(struct pg_store *q, const char *sql, const char *arg, PGresult **rp)
{
	PGresult *r = PQexecParams(q->conn, sql, 1, NULL, &arg, NULL, NULL, 0);

	if (PQresultStatus(r) != PGRES_TUPLES_OK &&
	    PQresultStatus(r) != PGRES_COMMAND_OK) {
		pg_seterr(q, PQresultErrorMessage(r));
		PQclear(r);
		return -1;
	}
	if (rp != NULL)
		*rp = r;
	else
		PQclear(r);
	return 0;
}

static int
pg_has_table(struct store *s, const char *name)
{
	PGresult *r;
	int rc;

	if (pg_param(PG(s), "SELECT to_regclass($1) IS NOT NULL", name, &r) !=
	    0)
		return -1;
	rc = PQntuples(r) == 1 && strcmp(PQgetvalue(r, 0, 0), "t") == 0;
	PQclear(r);
	return rc;
}

/* The other app servers hear n at COMMIT (they LISTEN, see pg_open). */
static int
pg_announce(struct store *s, uint64_t n)
{
	char v[24];

	snprintf(v, sizeof(v), "%llu", (unsigned long long)n);
	return pg_param(PG(s), "SELECT pg_notify('store_versi', $1)", v, NULL);
}

/* What arrived on the socket already: no round trip. */
static int
pg_heard(struct store *s, uint64_t *np)
{
	PGconn *c = PG(s)->conn;
	PGnotify *m;
	uint64_t v;
	int got = 0;

	if (PQconsumeInput(c) != 1)
		return -1;
	while ((m = PQnotifies(c)) != NULL) {
		if (strcmp(m->relname, "store_versi") == 0) {
			v = strtoull(m->extra, NULL, 10);
			if (!got || v > *np)
				*np = v;
			got = 1;
		}
		PQfreemem(m);
	}
	return got;
}

const struct store_ops store_pg_ops = {
	.name = "postgresql",
	.open = pg_open,
	.close = pg_close,
	.exec = pg_exec,
	.begin = pg_begin,
	.commit = pg_commit,
	.durable = pg_durable,
	.prepare = pg_prepare,
	.finalize = pg_finalize,
	.bind_text = pg_bind_text,
	.bind_int = pg_bind_int,
	.bind_null = pg_bind_null,
	.bind_blob = pg_bind_blob,
	.step = pg_step,
	.reset = pg_reset,
	.col_text = pg_col_text,
	.col_int = pg_col_int,
	.col_blob = pg_col_blob,
	.col_isnull = pg_col_isnull,
	.last_id = pg_last_id,
	.changes = pg_changes,
	.errmsg = pg_errmsg,
	.written = pg_written,
	.has_table = pg_has_table,
	.announce = pg_announce,
	.heard = pg_heard,
	.ready = pg_ready,
};
