/*
 * copy.c: copy a SQLite installation into an empty PostgreSQL database
 * (`pamong db copy`, copy.h).
 *
 * The target's schema is its own: the PostgreSQL form of every migration,
 * applied in the copy's transaction (so a failed copy leaves the target as
 * it was: PostgreSQL's DDL is transactional).  The rows the migrations
 * seed are then emptied (TRUNCATE) and every table filled from the source
 * instead, schema_migrations included, so the target holds exactly what
 * the source held.  Which tables and columns there are is read from the
 * target's catalog; the source must have each of them, and every column
 * of the source must have its place in the target (nothing is dropped on
 * the way).  SQLite's virtual tables (fts5) are read through their own
 * columns and rowid; their shadow tables (name_data, ...) are SQLite's
 * and not copied.  Names are checked to be plain identifiers before they
 * are quoted into the SQL; values are only bound.
 */
#include <libpq-fe.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/buf.h"
#include "lib/xalloc.h"
#include "copy.h"
#include "migrate.h"
#include "store.h"
#include "store_impl.h"

/* One table of the target, as it is copied. */
struct ctab {
	char *name;
	char **cols; /* the columns written (the target's, less generated) */
	int *bytea;  /* the target's column is bytea */
	size_t ncols;
	char **pk; /* the primary key's columns, in order */
	size_t npk;
	int placed; /* copied (or next in line) */
};

/* A foreign key: child references parent. */
struct fk {
	char *child;
	char *parent;
};

static void
fail(struct store_copy *c, const char *fmt, ...)
{
	va_list ap;
	char *nl;

	va_start(ap, fmt);
	vsnprintf(c->err, sizeof(c->err), fmt, ap);
	va_end(ap);
	while ((nl = strchr(c->err, '\n')) != NULL)
		*nl = ' ';
}

/* The first line of msg into out, trimmed. */
static void
first_line(char *out, size_t size, const char *msg)
{
	size_t n = strcspn(msg, "\n");

	while (n > 0 && (msg[n - 1] == ' ' || msg[n - 1] == '\r'))
		n--;
	snprintf(out, size, "%.*s", (int)n, msg);
}

int
store_copy_probe(const char *url, char *msg, size_t size)
{
	PQconninfoOption *o;
	char *err = NULL;

	msg[0] = '\0';
	if ((o = PQconninfoParse(url, &err)) == NULL) {
		first_line(msg, size, err != NULL ? err : "bukan URL");
		PQfreemem(err);
		return -1;
	}
	PQconninfoFree(o);
	return 0;
}

/* A plain identifier: safe to quote into SQL as it is. */
static int
ident_ok(const char *s)
{
	size_t i;

	if (s[0] == '\0' || strlen(s) > 63 || (s[0] >= '0' && s[0] <= '9'))
		return 0;
	for (i = 0; s[i] != '\0'; i++)
		if (!(s[i] == '_' || (s[i] >= 'a' && s[i] <= 'z') ||
			(s[i] >= 'A' && s[i] <= 'Z') ||
			(s[i] >= '0' && s[i] <= '9')))
			return 0;
	return 1;
}

static void
fill_name(struct store_stmt *st, void *elem)
{
	*(char **)elem = xstrdup(store_text(st, 0));
}

static void
fill_fk(struct store_stmt *st, void *elem)
{
	struct fk *f = elem;

	f->child = xstrdup(store_text(st, 0));
	f->parent = xstrdup(store_text(st, 1));
}

static void
names_free(char **v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

static int
has(char **v, size_t n, const char *s)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(v[i], s) == 0)
			return 1;
	return 0;
}

/*
 * The first relation of to that is not PostgreSQL's own or an
 * extension's, as "schema.name" into out: 1, or 0 when there is none;
 * -1 on error.
 */
static int
first_table(struct store *to, char *out, size_t size)
{
	struct store_stmt *st;
	int rc;

	st = store_query(to,
	    "SELECT n.nspname || '.' || c.relname FROM pg_class c"
	    " JOIN pg_namespace n ON n.oid = c.relnamespace"
	    " WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f')"
	    " AND n.nspname NOT IN ('pg_catalog', 'information_schema')"
	    " AND n.nspname NOT LIKE 'pg\\_%'"
	    " AND NOT EXISTS (SELECT 1 FROM pg_depend d"
	    " WHERE d.classid = CAST('pg_class' AS regclass)"
	    " AND d.objid = c.oid AND d.deptype = 'e')"
	    " ORDER BY 1 LIMIT 1",
	    "");
	if (st == NULL)
		return -1;
	rc = store_step(st);
	if (rc == STORE_ROW)
		snprintf(out, size, "%s", store_text(st, 0));
	store_done(st);
	return rc == STORE_ROW ? 1 : rc == STORE_DONE ? 0 : -1;
}

/* Every migration's PostgreSQL form, inside the open transaction. */
static int
migrate_all(struct store *to, struct store_copy *c)
{
	const struct migration *m;

	if (store_exec(to, store_own_tables) != 0) {
		fail(c, "schema_migrations, store_versi: %s", store_errmsg(to));
		return -1;
	}
	for (m = migrations; m->name != NULL; m++) {
		if (m->pg == NULL) {
			fail(c, "migrasi %s tidak punya bentuk PostgreSQL",
			    m->name);
			return -1;
		}
		if (store_exec(to, m->pg) != 0 ||
		    store_run(to,
			"INSERT INTO schema_migrations(version, name,"
			" applied_at) VALUES (?, ?, 0)",
			"ds", m->version, m->name) != 0) {
			fail(c, "migrasi %s gagal: %s", m->name,
			    store_errmsg(to));
			return -1;
		}
	}
	return 0;
}

struct colrow {
	char *name;
	int bytea;
};

static void
fill_col(struct store_stmt *st, void *elem)
{
	struct colrow *r = elem;

	r->name = xstrdup(store_text(st, 0));
	r->bytea = strcmp(store_text(st, 1), "bytea") == 0;
}

/* The target's tables with their columns and primary keys. */
static int
target_tables(struct store *to, struct ctab **tabsp, size_t *np,
    struct store_copy *c)
{
	struct ctab *tabs;
	struct colrow *cols;
	char **names = NULL;
	size_t n = 0, i, j, ncols;
	int rc;

	rc = store_rows(to, &names, sizeof(*names), &n, fill_name,
	    "SELECT c.relname FROM pg_class c"
	    " JOIN pg_namespace n ON n.oid = c.relnamespace"
	    " WHERE c.relkind = 'r' AND n.nspname = current_schema()"
	    " ORDER BY c.relname",
	    "");
	if (rc != STORE_DONE) {
		names_free(names, n);
		fail(c, "daftar tabel PostgreSQL: %s", store_errmsg(to));
		return -1;
	}
	tabs = xcalloc(n > 0 ? n : 1, sizeof(*tabs));
	*tabsp = tabs;
	*np = n;
	for (i = 0; i < n; i++) {
		tabs[i].name = names[i];
		if (!ident_ok(names[i])) {
			fail(c, "nama tabel tidak biasa: %s", names[i]);
			free(names);
			return -1;
		}
	}
	free(names);
	for (i = 0; i < n; i++) {
		cols = NULL;
		ncols = 0;
		rc = store_rows(to, &cols, sizeof(*cols), &ncols, fill_col,
		    "SELECT column_name, data_type"
		    " FROM information_schema.columns"
		    " WHERE table_schema = current_schema()"
		    " AND table_name = ? AND is_generated = 'NEVER'"
		    " ORDER BY ordinal_position",
		    "s", tabs[i].name);
		tabs[i].cols = xcalloc(ncols + 1, sizeof(char *));
		tabs[i].bytea = xcalloc(ncols + 1, sizeof(int));
		for (j = 0; j < ncols; j++) {
			tabs[i].cols[j] = cols[j].name;
			tabs[i].bytea[j] = cols[j].bytea;
		}
		tabs[i].ncols = ncols;
		free(cols);
		if (rc != STORE_DONE || ncols == 0) {
			fail(c, "kolom tabel %s: %s", tabs[i].name,
			    store_errmsg(to));
			return -1;
		}
		for (j = 0; j < ncols; j++)
			if (!ident_ok(tabs[i].cols[j])) {
				fail(c, "nama kolom tidak biasa: %s.%s",
				    tabs[i].name, tabs[i].cols[j]);
				return -1;
			}
		rc = store_rows(to, &tabs[i].pk, sizeof(char *), &tabs[i].npk,
		    fill_name,
		    "SELECT k.column_name"
		    " FROM information_schema.table_constraints t"
		    " JOIN information_schema.key_column_usage k"
		    " ON k.constraint_schema = t.constraint_schema"
		    " AND k.constraint_name = t.constraint_name"
		    " AND k.table_name = t.table_name"
		    " WHERE t.table_schema = current_schema()"
		    " AND t.table_name = ? AND t.constraint_type ="
		    " 'PRIMARY KEY' ORDER BY k.ordinal_position",
		    "s", tabs[i].name);
		if (rc != STORE_DONE) {
			fail(c, "kunci primer tabel %s: %s", tabs[i].name,
			    store_errmsg(to));
			return -1;
		}
		for (j = 0; j < tabs[i].npk; j++)
			if (!ident_ok(tabs[i].pk[j])) {
				fail(c, "nama kolom tidak biasa: %s.%s",
				    tabs[i].name, tabs[i].pk[j]);
				return -1;
			}
	}
	return 0;
}

static void
tabs_free(struct ctab *tabs, size_t n)
{
	size_t i;

	for (i = 0; i < n && tabs != NULL; i++) {
		free(tabs[i].name);
		names_free(tabs[i].cols, tabs[i].ncols);
		free(tabs[i].bytea);
		names_free(tabs[i].pk, tabs[i].npk);
	}
	free(tabs);
}

/* The target's table called name, or NULL. */
static struct ctab *
find_tab(struct ctab *tabs, size_t n, const char *name)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(tabs[i].name, name) == 0)
			return &tabs[i];
	return NULL;
}

/*
 * The source has every table and column the target has (rowid of a
 * virtual table included), and nothing the target lacks but the shadow
 * tables of its virtual tables.
 */
static int
match_source(struct store *from, struct ctab *tabs, size_t n,
    struct store_copy *c)
{
	char **src = NULL, **virt = NULL, **cols;
	size_t nsrc = 0, nvirt = 0, ncols, i, j, k;
	struct ctab *t;
	int rc = -1, shadow;

	if (store_rows(from, &src, sizeof(*src), &nsrc, fill_name,
		"SELECT name FROM sqlite_master WHERE type = 'table'"
		" AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'",
		"") != STORE_DONE ||
	    store_rows(from, &virt, sizeof(*virt), &nvirt, fill_name,
		"SELECT name FROM sqlite_master WHERE type = 'table'"
		" AND sql LIKE 'CREATE VIRTUAL TABLE%'",
		"") != STORE_DONE) {
		fail(c, "daftar tabel SQLite: %s", store_errmsg(from));
		goto out;
	}
	for (i = 0; i < nsrc; i++) {
		if (find_tab(tabs, n, src[i]) != NULL)
			continue;
		for (shadow = 0, j = 0; j < nvirt && !shadow; j++)
			shadow =
			    strncmp(src[i], virt[j], strlen(virt[j])) == 0 &&
			    src[i][strlen(virt[j])] == '_';
		if (!shadow) {
			fail(c,
			    "tabel %s ada di SQLite tetapi tidak di skema"
			    " PostgreSQL",
			    src[i]);
			goto out;
		}
	}
	for (i = 0; i < n; i++) {
		t = &tabs[i];
		if (!has(src, nsrc, t->name)) {
			fail(c, "tabel %s tidak ada di SQLite", t->name);
			goto out;
		}
		cols = NULL;
		ncols = 0;
		if (store_rows(from, &cols, sizeof(*cols), &ncols, fill_name,
			"SELECT name FROM pragma_table_info(?)", "s",
			t->name) != STORE_DONE) {
			names_free(cols, ncols);
			fail(c, "kolom SQLite %s: %s", t->name,
			    store_errmsg(from));
			goto out;
		}
		for (k = 0; k < ncols; k++)
			if (!has(t->cols, t->ncols, cols[k])) {
				fail(c,
				    "kolom %s.%s ada di SQLite tetapi tidak"
				    " di PostgreSQL",
				    t->name, cols[k]);
				names_free(cols, ncols);
				goto out;
			}
		for (k = 0; k < t->ncols; k++)
			if (!has(cols, ncols, t->cols[k]) &&
			    (!has(virt, nvirt, t->name) ||
				strcmp(t->cols[k], "rowid") != 0)) {
				fail(c, "kolom %s.%s tidak ada di SQLite",
				    t->name, t->cols[k]);
				names_free(cols, ncols);
				goto out;
			}
		names_free(cols, ncols);
	}
	rc = 0;
out:
	names_free(src, nsrc);
	names_free(virt, nvirt);
	return rc;
}

/* Run one statement built in b on to; 0 or -1 (c->err). */
static int
run_built(struct store *to, struct buf *b, struct store_copy *c)
{
	if (store_exec(to, b->s) != 0) {
		fail(c, "%.200s: %s", b->s, store_errmsg(to));
		return -1;
	}
	return 0;
}

/* TRUNCATE every table; their user triggers off (on = 0) or on again. */
static int
prepare_tables(struct store *to, struct ctab *tabs, size_t n, int trunc, int on,
    struct store_copy *c)
{
	struct buf b = BUF_INIT;
	size_t i;
	int rc = 0;

	buf_init(&b, 256);
	if (trunc) {
		buf_adds(&b, "TRUNCATE");
		for (i = 0; i < n; i++)
			buf_addf(&b, "%s \"%s\"", i > 0 ? "," : "",
			    tabs[i].name);
		rc = run_built(to, &b, c);
	}
	for (i = 0; i < n && rc == 0; i++) {
		buf_reset(&b);
		buf_addf(&b, "ALTER TABLE \"%s\" %s TRIGGER USER", tabs[i].name,
		    on ? "ENABLE" : "DISABLE");
		rc = run_built(to, &b, c);
	}
	buf_free(&b);
	return rc;
}

/* Bind column i of the source row st to parameter k of ins. */
static int
bind_value(struct store *to, struct store_stmt *ins, struct store_stmt *st,
    const struct ctab *t, size_t i, int k)
{
	const char *type = store_text(st, (int)(2 * i + 1));
	const void *p;
	size_t len;

	if (strcmp(type, "null") == 0)
		return to->ops->bind_null(ins, k);
	if (!t->bytea[i] && strcmp(type, "integer") == 0)
		return to->ops->bind_int(ins, k, store_int(st, (int)(2 * i)));
	p = store_blob(st, (int)(2 * i), &len);
	if (p == NULL)
		p = "";
	if (t->bytea[i] || strcmp(type, "blob") == 0)
		return to->ops->bind_blob(ins, k, p, len);
	return to->ops->bind_text(ins, k, p, len);
}

/* Rows per INSERT: one round trip to the server for each batch. */
#define COPY_BATCH 200
#define COPY_PARAMS 30000 /* PostgreSQL takes at most 65535 */

/* The INSERT of n rows into t, prepared on to; NULL on error. */
static struct store_stmt *
prepare_insert(struct store *to, const struct ctab *t, int64_t n)
{
	struct store_stmt *x = NULL;
	struct buf b = BUF_INIT;
	int64_t r;
	size_t i;

	buf_init(&b, 256);
	buf_addf(&b, "INSERT INTO \"%s\"(", t->name);
	for (i = 0; i < t->ncols; i++)
		buf_addf(&b, "%s\"%s\"", i > 0 ? ", " : "", t->cols[i]);
	buf_adds(&b, ") OVERRIDING SYSTEM VALUE VALUES ");
	for (r = 0; r < n; r++) {
		buf_adds(&b, r > 0 ? ", (" : "(");
		for (i = 0; i < t->ncols; i++)
			buf_adds(&b, i > 0 ? ", ?" : "?");
		buf_addc(&b, ')');
	}
	if (to->ops->prepare(to, b.s, &x) != 0)
		x = NULL;
	buf_free(&b);
	return x;
}

/*
 * Every row of t, in primary-key order, in INSERTs of up to COPY_BATCH
 * rows (the last one of the rows left); the count into *rows.
 */
static int
copy_table(struct store *from, struct store *to, const struct ctab *t,
    int64_t *rows, struct store_copy *c)
{
	struct buf sel = BUF_INIT;
	struct store_stmt *st = NULL, *x = NULL;
	int64_t total, left, batch, want, size = 0, k = 0;
	size_t i;
	int rc = -1, step;

	buf_init(&sel, 256);
	buf_addf(&sel, "SELECT count(*) FROM \"%s\"", t->name);
	total = store_scalar(from, -1, sel.s, "");
	buf_reset(&sel);
	buf_adds(&sel, "SELECT ");
	for (i = 0; i < t->ncols; i++)
		buf_addf(&sel, "%s\"%s\", typeof(\"%s\")", i > 0 ? ", " : "",
		    t->cols[i], t->cols[i]);
	buf_addf(&sel, " FROM \"%s\" ORDER BY ", t->name);
	if (t->npk == 0)
		buf_adds(&sel, "rowid");
	for (i = 0; i < t->npk; i++)
		buf_addf(&sel, "%s\"%s\"", i > 0 ? ", " : "", t->pk[i]);
	batch = COPY_PARAMS / (int64_t)t->ncols;
	batch = batch > COPY_BATCH ? COPY_BATCH : batch < 1 ? 1 : batch;

	if (total < 0 || (st = store_query(from, sel.s, "")) == NULL) {
		fail(c, "membaca %s dari SQLite: %s", t->name,
		    store_errmsg(from));
		goto out;
	}
	*rows = 0;
	left = total;
	while ((step = store_step(st)) == STORE_ROW) {
		if (left-- == 0) {
			fail(c, "%s berubah selama penyalinan", t->name);
			goto out;
		}
		want = left + 1 < batch ? left + 1 : batch;
		if (k == 0 && (x == NULL || size != want)) {
			if (x != NULL)
				to->ops->finalize(x);
			size = want;
			if ((x = prepare_insert(to, t, size)) == NULL) {
				fail(c, "menyiapkan salinan %s: %s", t->name,
				    store_errmsg(to));
				goto out;
			}
		}
		for (i = 0; i < t->ncols; i++)
			if (bind_value(to, x, st, t, i,
				(int)(k * (int64_t)t->ncols + (int64_t)i +
				    1)) != 0) {
				fail(c,
				    "%s, kolom %s: nilai tidak dapat diikat",
				    t->name, t->cols[i]);
				goto out;
			}
		if (++k < size)
			continue;
		if (to->ops->step(x) != STORE_DONE) {
			fail(c, "menyalin baris %lld sampai %lld tabel %s: %s",
			    (long long)*rows + 1, (long long)(*rows + k),
			    t->name, store_errmsg(to));
			goto out;
		}
		to->ops->reset(x);
		*rows += k;
		k = 0;
	}
	if (step != STORE_DONE || k != 0) {
		fail(c, "membaca %s dari SQLite: %s", t->name,
		    store_errmsg(from));
		goto out;
	}
	rc = 0;
out:
	if (x != NULL)
		to->ops->finalize(x);
	store_done(st);
	buf_free(&sel);
	return rc;
}

/*
 * Copy the tables parents first along the target's foreign keys (a
 * table's references to itself are met by the primary-key order); a
 * cycle, which the schema does not have, is copied in name order.
 */
static int
copy_all(struct store *from, struct store *to, struct ctab *tabs, size_t n,
    struct store_copy *c)
{
	struct fk *fks = NULL;
	size_t nfk = 0, i, j, left = n;
	struct ctab *p;
	int64_t rows;
	int ready, progress = 1, force, rc = 0;

	if (store_rows(to, &fks, sizeof(*fks), &nfk, fill_fk,
		"SELECT a.relname, b.relname FROM pg_constraint k"
		" JOIN pg_class a ON a.oid = k.conrelid"
		" JOIN pg_class b ON b.oid = k.confrelid"
		" JOIN pg_namespace n ON n.oid = a.relnamespace"
		" WHERE k.contype = 'f' AND n.nspname = current_schema()",
		"") != STORE_DONE) {
		fail(c, "kunci asing PostgreSQL: %s", store_errmsg(to));
		rc = -1;
	}
	while (rc == 0 && left > 0) {
		force = !progress;
		progress = 0;
		for (i = 0; i < n && rc == 0; i++) {
			if (tabs[i].placed)
				continue;
			for (ready = 1, j = 0; j < nfk && ready; j++) {
				p = find_tab(tabs, n, fks[j].parent);
				if (strcmp(fks[j].child, tabs[i].name) == 0 &&
				    p != NULL && p != &tabs[i] && !p->placed)
					ready = 0;
			}
			/* a cycle: the first table left goes anyway */
			if (!ready && !force)
				continue;
			force = 0;
			tabs[i].placed = 1;
			progress = 1;
			left--;
			rows = 0;
			rc = copy_table(from, to, &tabs[i], &rows, c);
			c->tables++;
			c->rows += rows;
		}
	}
	for (i = 0; i < nfk; i++) {
		free(fks[i].child);
		free(fks[i].parent);
	}
	free(fks);
	return rc;
}

struct seq {
	char *table;
	char *column;
	char *name;
};

static void
fill_seq(struct store_stmt *st, void *elem)
{
	struct seq *q = elem;

	q->table = xstrdup(store_text(st, 0));
	q->column = xstrdup(store_text(st, 1));
	q->name = xstrdup(store_text(st, 2));
}

/* Every identity (or serial) sequence past its column's largest value. */
static int
reset_sequences(struct store *to, struct store_copy *c)
{
	struct seq *seqs = NULL;
	struct buf b = BUF_INIT;
	size_t n = 0, i;
	int64_t max, got;
	int rc = 0;

	if (store_rows(to, &seqs, sizeof(*seqs), &n, fill_seq,
		"SELECT table_name, column_name,"
		" pg_get_serial_sequence(quote_ident(table_name), column_name)"
		" FROM information_schema.columns"
		" WHERE table_schema = current_schema() AND"
		" pg_get_serial_sequence(quote_ident(table_name), column_name)"
		" IS NOT NULL",
		"") != STORE_DONE) {
		fail(c, "daftar sequence: %s", store_errmsg(to));
		rc = -1;
	}
	buf_init(&b, 128);
	for (i = 0; i < n && rc == 0; i++) {
		if (!ident_ok(seqs[i].table) || !ident_ok(seqs[i].column)) {
			fail(c, "nama tidak biasa: %s.%s", seqs[i].table,
			    seqs[i].column);
			rc = -1;
			break;
		}
		buf_reset(&b);
		buf_addf(&b, "SELECT coalesce(max(\"%s\"), 0) FROM \"%s\"",
		    seqs[i].column, seqs[i].table);
		max = store_scalar(to, -1, b.s, "");
		got = max < 0 ? -2
			      : store_scalar(to, -1,
				    "SELECT setval(CAST(? AS regclass),"
				    " CAST(? AS bigint), CAST(? AS boolean))",
				    "sis", seqs[i].name, max > 0 ? max : 1,
				    max > 0 ? "true" : "false");
		if (got != (max > 0 ? max : 1)) {
			fail(c, "sequence %s: %s", seqs[i].name,
			    store_errmsg(to));
			rc = -1;
		}
		c->sequences++;
	}
	for (i = 0; i < n; i++) {
		free(seqs[i].table);
		free(seqs[i].column);
		free(seqs[i].name);
	}
	free(seqs);
	buf_free(&b);
	return rc;
}

/* The row count of every table, the same on both sides. */
static int
compare_counts(struct store *from, struct store *to, struct ctab *tabs,
    size_t n, struct store_copy *c)
{
	struct buf b = BUF_INIT;
	int64_t a, z;
	size_t i;
	int rc = 0;

	buf_init(&b, 128);
	for (i = 0; i < n && rc == 0; i++) {
		buf_reset(&b);
		buf_addf(&b, "SELECT count(*) FROM \"%s\"", tabs[i].name);
		a = store_scalar(from, -1, b.s, "");
		z = store_scalar(to, -2, b.s, "");
		if (a != z) {
			fail(c,
			    "jumlah baris %s berbeda: SQLite %lld,"
			    " PostgreSQL %lld",
			    tabs[i].name, (long long)a, (long long)z);
			rc = -1;
		}
	}
	buf_free(&b);
	return rc;
}

int
store_copy(struct store *from, struct store *to, struct store_copy *c)
{
	struct ctab *tabs = NULL;
	size_t n = 0;
	char what[200];
	int rc;

	memset(c, 0, sizeof(*c));
	if (store_is_pg(from) || !store_is_pg(to)) {
		fail(c, "sumber harus SQLite dan tujuan PostgreSQL");
		return -1;
	}
	if (store_begin(to) != 0) {
		fail(c, "BEGIN: %s", store_errmsg(to));
		return -1;
	}
	if ((rc = first_table(to, what, sizeof(what))) != 0) {
		store_rollback(to);
		if (rc > 0)
			fail(c, "basis data tujuan tidak kosong (ada tabel %s)",
			    what);
		else
			fail(c, "katalog PostgreSQL tidak terbaca: %s",
			    store_errmsg(to));
		return rc > 0 ? 1 : -1;
	}
	rc = -1;
	if (migrate_all(to, c) == 0 && target_tables(to, &tabs, &n, c) == 0 &&
	    match_source(from, tabs, n, c) == 0 &&
	    prepare_tables(to, tabs, n, 1, 0, c) == 0 &&
	    copy_all(from, to, tabs, n, c) == 0 &&
	    prepare_tables(to, tabs, n, 0, 1, c) == 0 &&
	    reset_sequences(to, c) == 0 &&
	    compare_counts(from, to, tabs, n, c) == 0)
		rc = 0;
	tabs_free(tabs, n);
	if (rc != 0)
		store_rollback(to);
	return rc;
}
