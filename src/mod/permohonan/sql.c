/* sql.c: the permohonan module's statements (see sql.h). */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/buf.h"
#include "lib/str.h"
#include "lib/xalloc.h"
#include "store/store.h"
#include "mod/akun/account_data.h"
#include "permohonan_impl.h"
#include "permohonan_query_data.h"
#include "permohonan_data.h"
#include "sql.h"

/* eskalasi.c */

int64_t
permohonan_sql_still_in(struct store *s, int64_t id, const char *state,
    int64_t since)
{
	return store_scalar(s, 0,
	    "SELECT count(*) FROM permohonan WHERE id = ?"
	    " AND state = ? AND state_since = ? AND draft = 0",
	    "isi", id, state, since);
}

int
permohonan_sql_eskalasi_add(struct store *s, int64_t id, const char *state,
    int64_t since, const char *kind, int64_t at)
{
	return store_run(s,
	    "INSERT INTO eskalasi(permohonan_id, state,"
	    " state_since, kind, at) VALUES (?, ?, ?, ?, ?)",
	    "isisi", id, state, since, kind, at);
}

int
permohonan_sql_assign_role(struct store *s, int64_t id, const char *role)
{
	return store_run(s,
	    "UPDATE permohonan SET assigned_role = ? WHERE"
	    " id = ?",
	    "si", role, id);
}

static void
due_fill(struct store_stmt *st, void *elem)
{
	struct due *d = elem;

	d->id = store_int(st, 0);
	d->nomor = xstrdup(store_text(st, 1));
	snprintf(d->state, sizeof(d->state), "%s", store_text(st, 2));
	d->since = store_int(st, 3);
	snprintf(d->due, sizeof(d->due), "%s", store_text(st, 4));
	d->unit_id = store_int(st, 5);
	d->workflow_id = store_int(st, 6);
	d->overdue = store_int(st, 7) != 0;
}

int
permohonan_sql_due(struct store *s, const char *today, struct due **vp,
    size_t *np)
{
	struct due *v = NULL;
	size_t n = 0;

	if (store_rows(s, &v, sizeof(*v), &n, due_fill,
		"SELECT p.id, p.nomor,"
		" p.state, p.state_since,"
		" p.state_due, p.unit_id, l.workflow_id, p.state_due < ?"
		" FROM permohonan p JOIN layanan l ON l.id = p.layanan_id"
		" JOIN wf_state w ON w.workflow_id = l.workflow_id AND w.code ="
		" p.state WHERE p.state_due IS NOT NULL AND p.draft = 0 AND"
		" p.state_due <= ? AND p.nomor IS NOT NULL AND w.terminal = 0 AND"
		" w.sla_days > 0 AND (p.state_due = ? OR w.escalate != '') AND"
		" NOT EXISTS (SELECT 1 FROM eskalasi e WHERE e.permohonan_id = p.id"
		" AND e.state = p.state AND e.state_since = p.state_since AND"
		" e.kind = CASE WHEN p.state_due < ? THEN 'eskalasi' ELSE"
		" 'peringatan' END) ORDER BY p.state_due, p.id",
		"ssss", today, today, today, today) == STORE_NOSTMT)
		return -1;
	*vp = v;
	*np = n;
	return 0;
}

/* ui_apply.c, ui_permohonan_html.c */

int64_t
permohonan_sql_has_workflow(struct store *s, int64_t layanan_id)
{
	return store_scalar(s, 0,
	    "SELECT workflow_id IS NOT NULL FROM"
	    " layanan WHERE id = ?",
	    "i", layanan_id);
}

int64_t
permohonan_sql_draft_id(struct store *s, int64_t id)
{
	return store_scalar(s, 0,
	    "SELECT id FROM permohonan"
	    " WHERE id = ? AND draft = 1",
	    "i", id);
}

/* api_permohonan.c */

/*
 * The callback of permohonan_sql_each_isian() with its argument, called for
 * each row.
 */
struct isian_walk {
	int (*fn)(void *, const char *, const char *, const char *, int,
	    const char *);
	void *arg;
};

static int
isian_row(void *a, struct store_stmt *st)
{
	struct isian_walk *w = a;

	return w->fn(w->arg, store_text(st, 0), store_text(st, 1),
	    store_text(st, 2), (int)store_int(st, 3), store_text(st, 4));
}

int
permohonan_sql_each_isian(struct store *s, int64_t layanan_id,
    int (*fn)(void *, const char *, const char *, const char *, int,
	const char *),
    void *arg)
{
	struct isian_walk w = { fn, arg };

	return store_each(s, isian_row, &w,
		   "SELECT name, label, kind,"
		   " required, choices FROM layanan_isian WHERE layanan_id = ? ORDER"
		   " BY pos",
		   "i", layanan_id) == STORE_NOSTMT
	    ? -1
	    : 0;
}

/*
 * The callback of permohonan_sql_each_dokumen() with its argument, called for
 * each row.
 */
struct dokumen_walk {
	int (*fn)(void *, const char *, const char *, int);
	void *arg;
};

static int
dokumen_row(void *a, struct store_stmt *st)
{
	struct dokumen_walk *w = a;

	return w->fn(w->arg, store_text(st, 0), store_text(st, 1),
	    (int)store_int(st, 2));
}

int
permohonan_sql_each_dokumen(struct store *s, int64_t layanan_id,
    int (*fn)(void *, const char *, const char *, int), void *arg)
{
	struct dokumen_walk w = { fn, arg };

	return store_each(s, dokumen_row, &w,
		   "SELECT code, name, required FROM"
		   " layanan_dokumen WHERE layanan_id = ? ORDER BY pos",
		   "i", layanan_id) == STORE_NOSTMT
	    ? -1
	    : 0;
}

/* permohonan_query.c */

int64_t
permohonan_sql_layanan_id(struct store *s, const char *code)
{
	return store_scalar(s, 0, "SELECT id FROM layanan WHERE code = ?", "s",
	    code);
}

/* The caller's form fields permohonan_sql_form_fields() appends to. */
struct fields {
	struct permohonan_view_field *f;
	int n;
	int max;
};

/* Append one field; stop at max. */
static int
field_row(void *arg, struct store_stmt *st)
{
	struct fields *r = arg;
	struct permohonan_view_field *f;

	r->f = xrealloc(r->f, (size_t)(r->n + 1) * sizeof(*r->f));
	f = &r->f[r->n++];
	memset(f, 0, sizeof(*f));
	str_field(f->name, sizeof(f->name), store_text(st, 0));
	str_field(f->label, sizeof(f->label), store_text(st, 1));
	str_field(f->kind, sizeof(f->kind), store_text(st, 2));
	f->required = (int)store_int(st, 3);
	f->choices = xstrdup(store_text(st, 4));
	f->max_len = (int)store_int(st, 5);
	f->value = xstrdup("");
	return r->n >= r->max;
}

int
permohonan_sql_form_fields(struct store *s, int64_t layanan_id,
    struct permohonan_view_field **fp, int *nfp, int max)
{
	struct fields r = { *fp, *nfp, max };
	int rc;

	if (r.n >= max)
		return 0;
	rc = store_each(s, field_row, &r,
	    "SELECT name, label, kind, required,"
	    " choices, max_len FROM layanan_isian WHERE layanan_id = ? ORDER"
	    " BY pos",
	    "i", layanan_id);
	*fp = r.f;
	*nfp = r.n;
	return rc == STORE_ROW || rc == STORE_DONE ? 0 : -1;
}

/* The caller's documents permohonan_sql_form_docs() appends to. */
struct docs {
	struct permohonan_view_doc *d;
	int n;
	int max;
};

/* Append one required document; stop at max. */
static int
doc_row(void *arg, struct store_stmt *st)
{
	struct docs *r = arg;
	struct permohonan_view_doc *d;

	r->d = xrealloc(r->d, (size_t)(r->n + 1) * sizeof(*r->d));
	d = &r->d[r->n++];
	memset(d, 0, sizeof(*d));
	str_field(d->code, sizeof(d->code), store_text(st, 0));
	d->name = xstrdup(store_text(st, 1));
	d->required = (int)store_int(st, 2);
	return r->n >= r->max;
}

int
permohonan_sql_form_docs(struct store *s, int64_t layanan_id,
    struct permohonan_view_doc **dp, int *ndp, int max)
{
	struct docs r = { *dp, *ndp, max };
	int rc;

	if (r.n >= max)
		return 0;
	rc = store_each(s, doc_row, &r,
	    "SELECT code, name, required FROM"
	    " layanan_dokumen WHERE layanan_id = ? ORDER BY pos",
	    "i", layanan_id);
	*dp = r.d;
	*ndp = r.n;
	return rc == STORE_ROW || rc == STORE_DONE ? 0 : -1;
}

static void
kampung_fill(struct store_stmt *st, void *elem)
{
	struct permohonan_kampung *k = elem;

	str_field(k->code, sizeof(k->code), store_text(st, 0));
	str_field(k->name, sizeof(k->name), store_text(st, 1));
	k->kelurahan = (int)store_int(st, 2);
	str_field(k->kec_code, sizeof(k->kec_code), store_text(st, 3));
	str_field(k->kec_name, sizeof(k->kec_name), store_text(st, 4));
}

struct permohonan_kampung *
permohonan_sql_kampung(struct store *s, size_t *np)
{
	struct permohonan_kampung *v = NULL;
	size_t n = 0;

	*np = 0;
	if (store_rows(s, &v, sizeof(*v), &n, kampung_fill,
		"SELECT w.code,"
		" w.name, w.kelurahan, k.code, k.name FROM wilayah w JOIN wilayah"
		" k ON k.code = w.parent_code WHERE w.level = 'desa' AND k.level ="
		" 'kecamatan' AND k.parent_code = '14.08' ORDER BY k.name, k.code,"
		" w.name, w.code",
		"") != STORE_DONE) {
		free(v);
		return NULL;
	}
	*np = n;
	return v != NULL ? v : xcalloc(1, sizeof(*v));
}

void
permohonan_sql_last_wilayah(struct store *s, int64_t account_id, char out[14])
{
	struct store_stmt *st;

	out[0] = '\0';
	st = store_query(s,
	    "SELECT wilayah_code FROM permohonan WHERE"
	    " pemohon_id = ? ORDER BY created_at DESC, id DESC LIMIT 1",
	    "i", account_id);
	if (st == NULL)
		return;
	if (store_step(st) == STORE_ROW)
		str_field(out, 14, store_text(st, 0));
	store_done(st);
}

/* The options of permohonan_sql_state_options() so far. */
struct options {
	struct permohonan_option *v;
	int n;
};

/* Add a state code not seen before (at most 64). */
static int
option_row(void *arg, struct store_stmt *st)
{
	struct options *r = arg;
	int i;

	for (i = 0; i < r->n; i++)
		if (strcmp(r->v[i].code, store_text(st, 0)) == 0)
			return 0;
	if (r->n >= 64)
		return 0;
	r->v = xrealloc(r->v, (size_t)(r->n + 1) * sizeof(*r->v));
	str_field(r->v[r->n].code, sizeof(r->v[r->n].code), store_text(st, 0));
	str_field(r->v[r->n].label, sizeof(r->v[r->n].label),
	    store_text(st, 1));
	r->n++;
	return 0;
}

struct permohonan_option *
permohonan_sql_state_options(struct store *s, int *np)
{
	struct options r = { NULL, 0 };

	*np = 0;
	if (store_each(s, option_row, &r,
		"SELECT st.code, st.label FROM"
		" wf_state st JOIN workflow w ON w.id = st.workflow_id ORDER BY"
		" w.id, st.pos",
		"") != STORE_DONE) {
		free(r.v);
		return NULL;
	}
	*np = r.n;
	return r.v != NULL ? r.v : xcalloc(1, sizeof(*r.v));
}

static void
notif_fill(struct store_stmt *st, void *elem)
{
	struct permohonan_notif *m = elem;

	m->id = store_int(st, 0);
	m->at = (time_t)store_int(st, 1);
	str_field(m->text, sizeof(m->text), store_text(st, 2));
	str_field(m->link, sizeof(m->link), store_text(st, 3));
	m->unread = (int)store_int(st, 4);
}

struct permohonan_notif *
permohonan_sql_notif_list(struct store *s, int64_t account_id, int limit,
    int *np)
{
	struct permohonan_notif *v = NULL;
	size_t n = 0;

	*np = 0;
	if (store_rows(s, &v, sizeof(*v), &n, notif_fill,
		"SELECT id, at, text,"
		" link, read_at IS NULL FROM notifikasi WHERE account_id = ? ORDER"
		" BY id DESC LIMIT ?",
		"id", account_id, limit) != STORE_DONE) {
		free(v);
		return NULL;
	}
	*np = (int)n;
	return v != NULL ? v : xcalloc(1, sizeof(*v));
}

int
permohonan_sql_notif_read_all(struct store *s, int64_t account_id, int64_t now)
{
	if (store_run(s,
		"UPDATE notifikasi SET read_at = ? WHERE"
		" account_id = ? AND read_at IS NULL",
		"ii", now, account_id) != 0)
		return -1;
	return store_changes(s);
}

/* permohonan_read.c */

/* The columns of struct permohonan_row, in load order; ? ? = today, today. */
#define ROW_COLS                                                               \
	"p.id, coalesce(p.nomor, ''), p.kode_lacak, l.code, l.name, p.state,"  \
	" coalesce(ws.label, p.state), coalesce(ws.terminal, 0), p.draft,"     \
	" a.full_name, p.wilayah_code, coalesce(w.name, ''), p.unit_id,"       \
	" u.code, u.name, p.assigned_role, p.created_at,"                      \
	" coalesce(p.submitted_at, 0), p.state_since,"                         \
	" coalesce(p.state_due, ''), coalesce(p.due_date, ''),"                \
	" CASE WHEN p.draft = 0 AND p.finished_at IS NULL AND"                 \
	" ((p.state_due IS NOT NULL AND p.state_due < ?) OR"                   \
	" (p.due_date IS NOT NULL AND p.due_date < ?)) THEN 1 ELSE 0 END"
#define ROW_FROM                                                               \
	" FROM permohonan p JOIN layanan l ON l.id = p.layanan_id"             \
	" JOIN account a ON a.id = p.pemohon_id"                               \
	" JOIN unit u ON u.id = p.unit_id"                                     \
	" LEFT JOIN wilayah w ON w.code = p.wilayah_code"                      \
	" LEFT JOIN wf_state ws ON ws.workflow_id = l.workflow_id AND"         \
	" ws.code = p.state"
#define NROW_COLS 22

static void
row_read(struct store_stmt *st, void *elem)
{
	struct permohonan_row *r = elem;

	memset(r, 0, sizeof(*r));
	r->id = store_int(st, 0);
	str_field(r->nomor, sizeof(r->nomor), store_text(st, 1));
	str_field(r->kode_lacak, sizeof(r->kode_lacak), store_text(st, 2));
	str_field(r->layanan_code, sizeof(r->layanan_code), store_text(st, 3));
	str_field(r->layanan_name, sizeof(r->layanan_name), store_text(st, 4));
	str_field(r->state, sizeof(r->state), store_text(st, 5));
	str_field(r->state_label, sizeof(r->state_label), store_text(st, 6));
	r->terminal = (int)store_int(st, 7);
	r->draft = (int)store_int(st, 8);
	str_field(r->pemohon_name, sizeof(r->pemohon_name), store_text(st, 9));
	str_field(r->wilayah_code, sizeof(r->wilayah_code), store_text(st, 10));
	str_field(r->wilayah_name, sizeof(r->wilayah_name), store_text(st, 11));
	r->unit_id = store_int(st, 12);
	str_field(r->unit_code, sizeof(r->unit_code), store_text(st, 13));
	str_field(r->unit_name, sizeof(r->unit_name), store_text(st, 14));
	str_field(r->assigned_role, sizeof(r->assigned_role),
	    store_text(st, 15));
	r->created_at = (time_t)store_int(st, 16);
	r->submitted_at = (time_t)store_int(st, 17);
	r->state_since = (time_t)store_int(st, 18);
	str_field(r->state_due, sizeof(r->state_due), store_text(st, 19));
	str_field(r->due_date, sizeof(r->due_date), store_text(st, 20));
	r->overdue = (int)store_int(st, 21);
}

int
permohonan_sql_access(struct store *s, int64_t id, int64_t *pemohon,
    int64_t *unit, int *draft)
{
	struct store_stmt *st;
	int found = 0;

	st = store_query(s,
	    "SELECT pemohon_id, unit_id, draft FROM permohonan"
	    " WHERE id = ?",
	    "i", id);
	if (st == NULL)
		return -1;
	if (store_step(st) == STORE_ROW) {
		found = 1;
		*pemohon = store_int(st, 0);
		*unit = store_int(st, 1);
		*draft = (int)store_int(st, 2);
	}
	store_done(st);
	return found;
}

int64_t
permohonan_sql_handled_by(struct store *s, int64_t id, int64_t unit_id)
{
	return store_scalar(s, 0,
	    "SELECT EXISTS (SELECT 1 FROM"
	    " permohonan_riwayat r JOIN account x ON x.id = r.actor_id WHERE"
	    " r.permohonan_id = ? AND x.unit_id = ? AND r.role <> 'warga')",
	    "ii", id, unit_id);
}

int64_t
permohonan_sql_warga_nik(struct store *s, const char *nik)
{
	return store_scalar(s, 0,
	    "SELECT a.id FROM account a JOIN account_role r ON r.account_id ="
	    " a.id AND r.role = 'warga' WHERE a.nik = ? AND a.disabled = 0",
	    "s", nik);
}

int64_t
permohonan_sql_id_nomor(struct store *s, const char *nomor)
{
	return store_scalar(s, 0, "SELECT id FROM permohonan WHERE nomor = ?",
	    "s", nomor);
}

int64_t
permohonan_sql_id_lacak(struct store *s, const char *kode)
{
	return store_scalar(s, 0,
	    "SELECT id FROM permohonan WHERE kode_lacak"
	    " = ? AND draft = 0",
	    "s", kode);
}

/*
 * The one list query: mode 0 is the citizen's own applications, mode 1
 * the officer's inbox (readall: every submitted application).
 */
/*
 * Who sees which applications: one WHERE text per case, so that each can
 * use its index (permohonan_pemohon, permohonan_unit) instead of one text
 * for all with the case as a bound parameter, which makes the database
 * read every application (issue 14, bench/p0005-kinerja: 33 s for an
 * officer's inbox at 1 000 000 applications).  Each takes two integers
 * (a and b of list_scope()); a constant test keeps the count the same.
 */
static const char *
list_scope(int mode, const struct account *who, int readall, int all_visible,
    int64_t *a, int64_t *b)
{
	if (mode == 0) {
		/* the citizen's own applications */
		*a = who->id;
		*b = 0;
		return " WHERE p.pemohon_id = ? AND CAST(? AS INTEGER) = 0";
	}
	*a = *b = who->unit_id;
	if (readall)
		/* every submitted one (*a, *b unused) */
		return " WHERE p.draft = 0 AND CAST(? AS INTEGER) IS NOT NULL"
		       " AND CAST(? AS INTEGER) IS NOT NULL";
	if (!all_visible)
		/* now with the officer's unit */
		return " WHERE p.draft = 0 AND p.unit_id = ? AND"
		       " CAST(? AS INTEGER) IS NOT NULL";
	/* now with the unit, or ever acted on by someone of it */
	return " WHERE p.draft = 0 AND p.id IN (SELECT id FROM permohonan"
	       " WHERE unit_id = ? UNION SELECT r.permohonan_id FROM"
	       " permohonan_riwayat r JOIN account x ON x.id = r.actor_id"
	       " WHERE x.unit_id = ? AND r.role <> 'warga')";
}

#define LIST_FILTER                                                            \
	" AND (? = '' OR p.state = ?) AND (? = '' OR l.code = ?)"              \
	" AND (? = 0 OR p.finished_at IS NULL)"                                \
	" AND (? = '' OR lower(a.full_name) LIKE ? ESCAPE '\\'"                \
	" OR lower(coalesce(p.nomor, '')) LIKE ? ESCAPE '\\'"                  \
	" OR p.kode_lacak = ? OR a.nik = ?)"                                   \
	" AND (? = 0 OR (p.finished_at IS NULL AND (CASE WHEN"                 \
	" (p.state_due IS NOT NULL AND p.state_due < ?) OR"                    \
	" (p.due_date IS NOT NULL AND p.due_date < ?) THEN 1 ELSE 2 END) = ?"  \
	" AND (? = 1 OR (p.state_due IS NOT NULL AND p.state_due <= ?) OR"     \
	" (p.due_date IS NOT NULL AND p.due_date <= ?))))"
/* the parameters of LIST_FILTER, after the scope's two */
#define LIST_ARGS "ssssdsssssdssddss"

/* "%text%" in lower case with LIKE's wildcards escaped; "" for "". */
static char *
like_pattern(const char *text)
{
	struct buf b = BUF_INIT;
	const char *p;

	if (text == NULL || *text == '\0')
		return xstrdup("");
	buf_addc(&b, '%');
	for (p = text; *p != '\0'; p++) {
		if (*p == '%' || *p == '_' || *p == '\\')
			buf_addc(&b, '\\');
		buf_addc(&b, (char)tolower((unsigned char)*p));
	}
	buf_addc(&b, '%');
	return buf_detach(&b, NULL);
}

struct permohonan_row *
permohonan_sql_list(struct store *s, int mode, const struct account *who,
    const struct permohonan_filter *f, int readall, const char *today,
    const char *soon, int limit, int *np, int64_t *totalp)
{
	const char *state = f->state ? f->state : "";
	const char *lay = f->layanan ? f->layanan : "";
	const char *cari = f->cari ? f->cari : "";
	const char *nik = f->nik ? f->nik : "";
	const char *kode = f->kode ? f->kode : "";
	struct permohonan_row *v = NULL;
	const char *order = mode == 0
	    ? "p.created_at DESC, p.id DESC"
	    : "22 DESC, (p.state_due IS NULL), p.state_due,"
	      " p.submitted_at, p.id";
	const char *scope;
	char *sql, *like = like_pattern(cari);
	int64_t a, b;
	size_t n = 0;
	int rc;

#define LIST_VALUES                                                            \
	state, state, lay, lay, f->open_only, cari, like, like, kode, nik,     \
	    f->tenggat, today, today, f->tenggat, f->tenggat, soon, soon
	scope = list_scope(mode, who, readall, f->all_visible, &a, &b);
	sql = xasprintf("SELECT " ROW_COLS ROW_FROM "%s" LIST_FILTER
			" ORDER BY %s LIMIT ? OFFSET ?",
	    scope, order);
	rc = store_rows(s, &v, sizeof(*v), &n, row_read, sql,
	    "ssii" LIST_ARGS "dd", today, today, a, b, LIST_VALUES, limit,
	    f->offset > 0 ? f->offset : 0);
	free(sql);
	if (rc != STORE_DONE) {
		free(like);
		free(v);
		return NULL;
	}
	if (v == NULL)
		v = xcalloc(1, sizeof(*v));
	if (totalp != NULL) {
		sql = xasprintf("SELECT count(*)" ROW_FROM "%s" LIST_FILTER,
		    scope);
		*totalp =
		    store_scalar(s, 0, sql, "ii" LIST_ARGS, a, b, LIST_VALUES);
		free(sql);
	}
#undef LIST_VALUES
	free(like);
	*np = (int)n;
	return v;
}

/* Set the value of the declared field of view arg the row names. */
static int
field_value_row(void *arg, struct store_stmt *st)
{
	struct permohonan_view *v = arg;
	int i;

	for (i = 0; i < v->nfields; i++)
		if (strcmp(v->fields[i].name, store_text(st, 0)) == 0) {
			free(v->fields[i].value);
			v->fields[i].value = xstrdup(store_text(st, 1));
		}
	return 0;
}

int
permohonan_sql_view_values(struct store *s, struct permohonan_view *v)
{
	return store_each(s, field_value_row, v,
		   "SELECT name, value FROM"
		   " permohonan_isian WHERE permohonan_id = ?",
		   "i", v->row.id) == STORE_DONE
	    ? 0
	    : -1;
}

/* Attach an uploaded file to its document of view arg (or a new one). */
static int
view_upload_row(void *arg, struct store_stmt *st)
{
	struct permohonan_view *v = arg;
	struct permohonan_view_doc *d = NULL;
	int i;

	for (i = 0; i < v->ndocs; i++)
		if (strcmp(v->docs[i].code, store_text(st, 0)) == 0)
			d = &v->docs[i];
	if (d == NULL) {
		/* an officer's upload (e.g. a review): not declared */
		v->docs = xrealloc(v->docs,
		    (size_t)(v->ndocs + 1) * sizeof(*v->docs));
		d = &v->docs[v->ndocs++];
		memset(d, 0, sizeof(*d));
		str_field(d->code, sizeof(d->code), store_text(st, 0));
		d->name = xstrdup(store_text(st, 0));
	}
	str_field(d->sha256, sizeof(d->sha256), store_text(st, 1));
	str_field(d->filename, sizeof(d->filename), store_text(st, 2));
	str_field(d->mime, sizeof(d->mime), store_text(st, 3));
	d->size = store_int(st, 4);
	d->uploaded_at = (time_t)store_int(st, 5);
	return 0;
}

int
permohonan_sql_view_docs(struct store *s, struct permohonan_view *v)
{
	return store_each(s, view_upload_row, v,
		   "SELECT pb.doc_code,"
		   " pb.sha256, pb.filename, b.mime, b.size, pb.uploaded_at FROM"
		   " permohonan_berkas pb JOIN berkas b ON b.sha256 = pb.sha256 WHERE"
		   " pb.permohonan_id = ? ORDER BY pb.uploaded_at, pb.doc_code",
		   "i", v->row.id) == STORE_DONE
	    ? 0
	    : -1;
}

static void
hist_fill(struct store_stmt *st, void *elem)
{
	struct permohonan_view_hist *h = elem;

	h->at = (time_t)store_int(st, 0);
	str_field(h->actor_name, sizeof(h->actor_name), store_text(st, 1));
	str_field(h->role, sizeof(h->role), store_text(st, 2));
	str_field(h->action, sizeof(h->action), store_text(st, 3));
	str_field(h->action_label, sizeof(h->action_label), store_text(st, 4));
	str_field(h->from_state, sizeof(h->from_state), store_text(st, 5));
	str_field(h->to_state, sizeof(h->to_state), store_text(st, 6));
	str_field(h->to_label, sizeof(h->to_label), store_text(st, 7));
	h->note = xstrdup(store_text(st, 8));
}

int
permohonan_sql_view_hist(struct store *s, struct permohonan_view *v)
{
	size_t n = 0;
	int rc;

	rc = store_rows(s, &v->hist, sizeof(*v->hist), &n, hist_fill,
	    "SELECT"
	    " r.at, coalesce(a.full_name, ''), r.role,"
	    " r.action, coalesce(wa.label, r.action), r.from_state,"
	    " r.to_state, coalesce(ws.label, r.to_state), r.note FROM"
	    " permohonan_riwayat r LEFT JOIN account a ON a.id = r.actor_id"
	    " LEFT JOIN wf_action wa ON wa.workflow_id = ? AND wa.code ="
	    " r.action LEFT JOIN wf_state ws ON ws.workflow_id = ? AND"
	    " ws.code = r.to_state WHERE r.permohonan_id = ? ORDER BY r.id",
	    "iii", v->workflow_id, v->workflow_id, v->row.id);
	v->nhist = (int)n;
	return rc == STORE_DONE ? 0 : -1;
}

int
permohonan_sql_view_row(struct store *s, int64_t id, const char *today,
    struct permohonan_view *v)
{
	struct store_stmt *st;
	int found = 0;

	st = store_query(s,
	    "SELECT " ROW_COLS ", p.layanan_id,"
	    " coalesce(l.workflow_id, 0), p.pemohon_id, p.pemohon_nik,"
	    " a.phone, a.email, coalesce(p.verified_by, 0)" ROW_FROM
	    " WHERE p.id = ?",
	    "ssi", today, today, id);
	if (st == NULL)
		return -1;
	if (store_step(st) == STORE_ROW) {
		found = 1;
		row_read(st, &v->row);
		v->layanan_id = store_int(st, NROW_COLS);
		v->workflow_id = store_int(st, NROW_COLS + 1);
		v->pemohon_id = store_int(st, NROW_COLS + 2);
		str_field(v->pemohon_nik, sizeof(v->pemohon_nik),
		    store_text(st, NROW_COLS + 3));
		str_field(v->pemohon_phone, sizeof(v->pemohon_phone),
		    store_text(st, NROW_COLS + 4));
		str_field(v->pemohon_email, sizeof(v->pemohon_email),
		    store_text(st, NROW_COLS + 5));
		v->verified_by = store_int(st, NROW_COLS + 6);
	}
	store_done(st);
	return found;
}

int
permohonan_sql_doc(struct store *s, int64_t id, const char *code,
    char sha256[65], char filename[STR_CHARS(200)], char mime[24])
{
	struct store_stmt *st;
	int found = 0;

	st = store_query(s,
	    "SELECT pb.sha256, pb.filename, b.mime FROM"
	    " permohonan_berkas pb JOIN berkas b ON b.sha256 = pb.sha256 WHERE"
	    " pb.permohonan_id = ? AND pb.doc_code = ?",
	    "is", id, code);
	if (st == NULL)
		return -1;
	if (store_step(st) == STORE_ROW) {
		found = 1;
		str_field(sha256, 65, store_text(st, 0));
		str_field(filename, STR_CHARS(200), store_text(st, 1));
		str_field(mime, 24, store_text(st, 2));
	}
	store_done(st);
	return found ? 0 : -1;
}

int64_t
permohonan_sql_applicant(struct store *s, int64_t id)
{
	return store_scalar(s, 0,
	    "SELECT pemohon_id FROM permohonan WHERE"
	    " id = ?",
	    "i", id);
}

int
permohonan_sql_queue_step(struct store *s, int64_t id, int64_t unit_id,
    char *step, size_t steplen)
{
	struct store_stmt *st;
	int yes = 0;

	st = store_query(s,
	    "SELECT coalesce(ws.label, p.state) FROM"
	    " permohonan p JOIN layanan l ON l.id = p.layanan_id"
	    " LEFT JOIN wf_state ws ON ws.workflow_id = l.workflow_id"
	    " AND ws.code = p.state WHERE p.id = ? AND p.unit_id = ?"
	    " AND p.draft = 0",
	    "ii", id, unit_id);
	if (st == NULL)
		return 0;
	if (store_step(st) == STORE_ROW) {
		yes = 1;
		str_field(step, steplen, store_text(st, 0));
	}
	store_done(st);
	return yes;
}

int
permohonan_sql_read_object(struct store *s, int64_t id, char *object,
    size_t objlen, int64_t *pemohon)
{
	struct store_stmt *st;

	st = store_query(s,
	    "SELECT coalesce(nomor, 'draf-' || id), pemohon_id"
	    " FROM permohonan WHERE id = ?",
	    "i", id);
	if (st == NULL)
		return -1;
	if (store_step(st) == STORE_ROW) {
		str_field(object, objlen, store_text(st, 0));
		*pemohon = store_int(st, 1);
	}
	store_done(st);
	return 0;
}

/* permohonan.c */

int
permohonan_sql_svc(struct store *s, const char *code, struct svc *v)
{
	struct store_stmt *st;
	int found = 0;

	st = store_query(s,
	    "SELECT id, code, name, level, coalesce(unit_id,"
	    " 0), sla_days, coalesce(workflow_id, 0) FROM layanan WHERE code"
	    " = ? AND active = 1",
	    "s", code);
	if (st == NULL)
		return -1;
	if (store_step(st) == STORE_ROW) {
		found = 1;
		v->id = store_int(st, 0);
		str_field(v->code, sizeof(v->code), store_text(st, 1));
		str_field(v->name, sizeof(v->name), store_text(st, 2));
		str_field(v->level, sizeof(v->level), store_text(st, 3));
		v->unit_id = store_int(st, 4);
		v->sla_days = (int)store_int(st, 5);
		v->workflow_id = store_int(st, 6);
	}
	store_done(st);
	return found;
}

int
permohonan_sql_place(struct store *s, const char *wilayah, struct place *pl)
{
	struct store_stmt *st;
	int found = 0;

	st = store_query(s,
	    "SELECT u.id, coalesce(u.parent_id, 0) FROM unit u"
	    " JOIN wilayah w ON w.code = u.code WHERE u.code = ? AND u.kind ="
	    " 'kampung' AND u.active = 1 AND w.level = 'desa'",
	    "s", wilayah);
	if (st == NULL)
		return -1;
	if (store_step(st) == STORE_ROW) {
		found = 1;
		pl->kampung = store_int(st, 0);
		pl->kecamatan = store_int(st, 1);
	}
	store_done(st);
	return found;
}

int
permohonan_sql_berkas_put(struct store *s, int64_t id, const char *code,
    const char *sha256, const char *filename, int64_t at, int64_t by)
{
	return store_run(s,
	    "INSERT INTO permohonan_berkas(permohonan_id,"
	    " doc_code, sha256, filename, uploaded_at, uploaded_by)"
	    " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (permohonan_id,"
	    " doc_code) DO UPDATE SET sha256 = excluded.sha256,"
	    " filename = excluded.filename, uploaded_at ="
	    " excluded.uploaded_at, uploaded_by = excluded.uploaded_by",
	    "isssii", id, code, sha256, filename, at, by);
}

int
permohonan_sql_nomor_bump(struct store *s, int64_t unit_id, int64_t year)
{
	if (store_run(s,
		"UPDATE nomor_urut SET terakhir = terakhir + 1 WHERE"
		" unit_id = ? AND tahun = ?",
		"ii", unit_id, year) != 0)
		return -1;
	if (store_changes(s) == 0 &&
	    store_run(s,
		"INSERT INTO nomor_urut"
		"(unit_id, tahun, terakhir) VALUES (?, ?, 1)",
		"ii", unit_id, year) != 0)
		return -1;
	return 0;
}

int64_t
permohonan_sql_nomor_last(struct store *s, int64_t unit_id, int64_t year)
{
	return store_scalar(s, 0,
	    "SELECT terakhir FROM nomor_urut WHERE"
	    " unit_id = ? AND tahun = ?",
	    "ii", unit_id, year);
}

int
permohonan_sql_unit_code(struct store *s, int64_t id, char **code)
{
	struct store_stmt *st;

	*code = NULL;
	st = store_query(s, "SELECT code FROM unit WHERE id = ?", "i", id);
	if (st == NULL)
		return -1;
	if (store_step(st) == STORE_ROW)
		*code = xstrdup(store_text(st, 0));
	store_done(st);
	return 0;
}

char *
permohonan_sql_unit_name(struct store *s, int64_t id)
{
	struct store_stmt *st;
	char *n = NULL;

	st = store_query(s, "SELECT name FROM unit WHERE id = ?", "i", id);
	if (st != NULL && store_step(st) == STORE_ROW)
		n = xstrdup(store_text(st, 0));
	store_done(st);
	return n;
}

int
permohonan_sql_submit(struct store *s, int64_t id, const char *nomor,
    int64_t unit, const char *state, int64_t at, const char *state_due,
    const char *due)
{
	return store_run(s,
	    "UPDATE permohonan SET nomor = ?, unit_id = ?,"
	    " penerbit_id = ?, state = ?, draft = 0, submitted_at = ?,"
	    " state_since = ?, state_due = nullif(?, ''), due_date ="
	    " nullif(?, ''), assigned_role = '' WHERE id = ?",
	    "siisiissi", nomor, unit, unit, state, at, at, state_due, due, id);
}

int
permohonan_sql_history_submit(struct store *s, int64_t id, int64_t at,
    int64_t actor_id, const char *state)
{
	return store_run(s,
	    "INSERT INTO permohonan_riwayat(permohonan_id, at,"
	    " actor_id, role, action, from_state, to_state) VALUES (?, ?, ?,"
	    " 'warga', 'ajukan', '', ?)",
	    "iiis", id, at, actor_id, state);
}

int
permohonan_sql_idem(struct store *s, int64_t pemohon, const char *key,
    struct permohonan_result *res)
{
	struct store_stmt *st;
	int found = 0;

	st = store_query(s,
	    "SELECT id, coalesce(nomor, ''), kode_lacak, state"
	    " FROM permohonan WHERE pemohon_id = ? AND idem_key = ?",
	    "is", pemohon, key);
	if (st == NULL)
		return -1;
	if (store_step(st) == STORE_ROW) {
		found = 1;
		res->id = store_int(st, 0);
		str_field(res->nomor, sizeof(res->nomor), store_text(st, 1));
		str_field(res->kode_lacak, sizeof(res->kode_lacak),
		    store_text(st, 2));
		str_field(res->state, sizeof(res->state), store_text(st, 3));
		res->existing = 1;
	}
	store_done(st);
	return found;
}

int
permohonan_sql_create(struct store *s, const char *kode, int64_t layanan_id,
    int64_t pemohon_id, const char *nik, const char *wilayah, int64_t unit,
    const char *state, const char *key, int64_t at, int64_t *id)
{
	int rc;

	rc = store_run(s,
	    "INSERT INTO permohonan(kode_lacak, layanan_id,"
	    " pemohon_id, pemohon_nik, wilayah_code, unit_id,"
	    " penerbit_id, state, draft, idem_key, created_at,"
	    " state_since) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)",
	    "siissiissii", kode, layanan_id, pemohon_id, nik, wilayah, unit,
	    unit, state, key, at, at);
	if (rc == 0)
		*id = store_last_id(s);
	return rc;
}

int
permohonan_sql_value_add(struct store *s, int64_t id, const char *name,
    const char *value)
{
	return store_run(s,
	    "INSERT INTO permohonan_isian(permohonan_id,"
	    " name, value) VALUES (?, ?, ?)",
	    "iss", id, name, value);
}

int
permohonan_sql_value_clear(struct store *s, int64_t id, const char *name)
{
	return store_run(s,
	    "DELETE FROM permohonan_isian WHERE"
	    " permohonan_id = ? AND name = ?",
	    "is", id, name);
}

/*
 * The callback of permohonan_sql_each_value() with its argument, called for
 * each row.
 */
struct value_walk {
	int (*fn)(void *, const char *, const char *);
	void *arg;
};

static int
value_row(void *a, struct store_stmt *st)
{
	struct value_walk *w = a;

	return w->fn(w->arg, store_text(st, 0), store_text(st, 1));
}

int
permohonan_sql_each_value(struct store *s, int64_t id,
    int (*fn)(void *, const char *, const char *), void *arg)
{
	struct value_walk w = { fn, arg };

	return store_each(s, value_row, &w,
		   "SELECT name, value FROM"
		   " permohonan_isian WHERE permohonan_id = ?",
		   "i", id) == STORE_NOSTMT
	    ? -1
	    : 0;
}

/*
 * The callback of permohonan_sql_each_upload() with its argument, called for
 * each row.
 */
struct upload_walk {
	int (*fn)(void *, const char *, int64_t);
	void *arg;
};

static int
upload_row(void *a, struct store_stmt *st)
{
	struct upload_walk *w = a;

	return w->fn(w->arg, store_text(st, 0), store_int(st, 1));
}

int
permohonan_sql_each_upload(struct store *s, int64_t id,
    int (*fn)(void *, const char *, int64_t), void *arg)
{
	struct upload_walk w = { fn, arg };

	return store_each(s, upload_row, &w,
		   "SELECT pb.doc_code, b.size FROM"
		   " permohonan_berkas pb JOIN berkas b ON b.sha256 = pb.sha256 WHERE"
		   " pb.permohonan_id = ?",
		   "i", id) == STORE_NOSTMT
	    ? -1
	    : 0;
}

int
permohonan_sql_edit_base(struct store *s, int64_t id, int64_t *pemohon,
    char code[21], char wil[14], char state[41], int *draft, char kode[24],
    char nomor[64])
{
	struct store_stmt *st;

	st = store_query(s,
	    "SELECT p.pemohon_id, l.code, p.wilayah_code,"
	    " p.state, p.draft, p.kode_lacak, coalesce(p.nomor, '') FROM"
	    " permohonan p JOIN layanan l ON l.id = p.layanan_id WHERE p.id"
	    " = ?",
	    "i", id);
	if (st == NULL)
		return -1;
	if (store_step(st) == STORE_ROW) {
		*pemohon = store_int(st, 0);
		str_field(code, 21, store_text(st, 1));
		str_field(wil, 14, store_text(st, 2));
		str_field(state, 41, store_text(st, 3));
		*draft = (int)store_int(st, 4);
		str_field(kode, 24, store_text(st, 5));
		str_field(nomor, 64, store_text(st, 6));
	}
	store_done(st);
	return 0;
}

int64_t
permohonan_sql_unmoved(struct store *s, int64_t id, const char *state,
    int draft)
{
	return store_scalar(s, 0,
	    "SELECT count(*) FROM permohonan WHERE id = ?"
	    " AND state = ? AND draft = ?",
	    "isd", id, state, draft);
}

int
permohonan_sql_case(struct store *s, const char *nomor, struct act_case *c)
{
	struct store_stmt *st;
	int found = 0;

	st = store_query(s,
	    "SELECT p.id, p.nomor, l.code, l.name,"
	    " p.pemohon_id, p.pemohon_nik, p.wilayah_code, p.unit_id, p.state,"
	    " p.draft, coalesce(p.verified_by, 0), p.assigned_role,"
	    " coalesce(l.workflow_id, 0) FROM permohonan p JOIN layanan l ON"
	    " l.id = p.layanan_id WHERE p.nomor = ?",
	    "s", nomor);
	if (st == NULL)
		return -1;
	if (store_step(st) == STORE_ROW) {
		found = 1;
		c->id = store_int(st, 0);
		str_field(c->nomor, sizeof(c->nomor), store_text(st, 1));
		str_field(c->layanan, sizeof(c->layanan), store_text(st, 2));
		str_field(c->layanan_name, sizeof(c->layanan_name),
		    store_text(st, 3));
		c->pemohon_id = store_int(st, 4);
		str_field(c->pemohon_nik, sizeof(c->pemohon_nik),
		    store_text(st, 5));
		str_field(c->wilayah, sizeof(c->wilayah), store_text(st, 6));
		c->unit_id = store_int(st, 7);
		str_field(c->state, sizeof(c->state), store_text(st, 8));
		c->draft = (int)store_int(st, 9);
		c->verified_by = store_int(st, 10);
		str_field(c->assigned_role, sizeof(c->assigned_role),
		    store_text(st, 11));
		c->workflow_id = store_int(st, 12);
	}
	store_done(st);
	return found;
}

int64_t
permohonan_sql_doc_bytes(struct store *s, int64_t id)
{
	return store_scalar(s, 0,
	    "SELECT coalesce(sum(b.size),"
	    " 0) FROM permohonan_berkas pb JOIN berkas b ON b.sha256 ="
	    " pb.sha256 WHERE pb.permohonan_id = ?",
	    "i", id);
}

int
permohonan_sql_move(struct store *s, int64_t id, const char *from,
    const char *to, int64_t unit, int64_t at, const char *state_due,
    int verifies, int64_t actor_id, int terminal)
{
	if (store_run(s,
		"UPDATE permohonan SET state = ?, unit_id = ?,"
		" state_since = ?, state_due = nullif(?, ''), verified_by = CASE"
		" WHEN ? <> 0 THEN CAST(? AS BIGINT) ELSE verified_by END,"
		" finished_at = CASE WHEN ? <> 0 THEN CAST(? AS BIGINT) ELSE"
		" NULL END, assigned_role = '' WHERE id = ? AND state"
		" = ?",
		"siisdidiis", to, unit, at, state_due, verifies, actor_id,
		terminal, at, id, from) != 0 ||
	    store_changes(s) != 1)
		return -1;
	return 0;
}

int
permohonan_sql_history_add(struct store *s, int64_t id, int64_t at,
    int64_t actor_id, const char *role, const char *action, const char *from,
    const char *to, const char *note)
{
	return store_run(s,
	    "INSERT INTO permohonan_riwayat(permohonan_id, at,"
	    " actor_id, role, action, from_state, to_state, note) VALUES"
	    " (?, ?, ?, ?, ?, ?, ?, ?)",
	    "iiisssss", id, at, actor_id, role, action, from, to, note);
}

int64_t
permohonan_sql_nik_is(struct store *s, int64_t account_id, const char *nik)
{
	return store_scalar(s, 0,
	    "SELECT count(*) FROM account WHERE"
	    " id = ? AND nik = ?",
	    "is", account_id, nik);
}

int
permohonan_sql_tahan_set(struct store *s, int64_t id, const char *sumber,
    const char *alasan, int64_t now)
{
	return store_run(s,
	    "INSERT INTO permohonan_tahan(permohonan_id, sumber, alasan,"
	    " dibuat_at) VALUES (?, ?, ?, ?) ON CONFLICT (permohonan_id,"
	    " sumber) DO UPDATE SET alasan = excluded.alasan, dibuat_at ="
	    " excluded.dibuat_at, dilepas_at = NULL",
	    "issi", id, sumber, alasan, now);
}

int
permohonan_sql_tahan_lepas(struct store *s, int64_t id, const char *sumber,
    int64_t now)
{
	return store_run(s,
	    "UPDATE permohonan_tahan SET dilepas_at = ? WHERE permohonan_id = ?"
	    " AND sumber = ? AND dilepas_at IS NULL",
	    "iis", now, id, sumber);
}

int
permohonan_sql_tahan_alasan(struct store *s, int64_t id, char *out, size_t len)
{
	struct store_stmt *st;
	int rc;

	st = store_query(s,
	    "SELECT alasan FROM permohonan_tahan WHERE permohonan_id = ? AND"
	    " dilepas_at IS NULL ORDER BY dibuat_at, sumber LIMIT 1",
	    "i", id);
	if (st == NULL)
		return -1;
	rc = store_step(st);
	if (rc == STORE_ROW)
		snprintf(out, len, "%s", store_text(st, 0));
	store_done(st);
	return rc == STORE_ROW ? 1 : rc == STORE_DONE ? 0 : -1;
}
