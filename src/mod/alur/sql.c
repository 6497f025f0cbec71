/* sql.c: the alur module's statements (see sql.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/str.h"
#include "lib/xalloc.h"
#include "store/store.h"
#include "mod/akun/account.h"
#include "holiday_data.h"
#include "workflow.h"
#include "sql.h"

/* ---------------------------------------------------------------------- */
/* Holidays.                                                              */

static void
holiday_fill(struct store_stmt *st, void *elem)
{
	struct holiday *h = elem;

	snprintf(h->date, sizeof(h->date), "%s", store_text(st, 0));
	snprintf(h->name, sizeof(h->name), "%s", store_text(st, 1));
	snprintf(h->kind, sizeof(h->kind), "%s", store_text(st, 2));
	snprintf(h->basis, sizeof(h->basis), "%s", store_text(st, 3));
}

struct holiday *
alur_sql_holidays(struct store *s, const char *from, const char *to, size_t *np)
{
	struct holiday *v = NULL;
	size_t n = 0;

	if (store_rows(s, &v, sizeof(*v), &n, holiday_fill,
		"SELECT tanggal,"
		" nama, jenis, dasar FROM hari_libur WHERE tanggal BETWEEN ? AND ?"
		" ORDER BY tanggal",
		"ss", from, to) == STORE_NOSTMT)
		return NULL;
	if (v == NULL)
		v = xmalloc(sizeof(*v));
	*np = n;
	return v;
}

int
alur_sql_holiday_get(struct store *s, const char *date, struct holiday *h)
{
	struct store_stmt *st;
	int found = 0;

	st = store_query(s,
	    "SELECT tanggal, nama, jenis, dasar FROM hari_libur"
	    " WHERE tanggal = ?",
	    "s", date);
	if (st == NULL)
		return -1;
	if (store_step(st) == STORE_ROW) {
		holiday_fill(st, h);
		found = 1;
	}
	store_done(st);
	return found;
}

int
alur_sql_holiday_insert(struct store *s, const char *date, const char *name,
    const char *kind, const char *basis)
{
	return store_run(s,
	    "INSERT INTO hari_libur(tanggal, nama, jenis,"
	    " dasar) VALUES (?, ?, ?, ?)",
	    "ssss", date, name, kind, basis);
}

int
alur_sql_holiday_delete(struct store *s, const char *date)
{
	return store_run(s, "DELETE FROM hari_libur WHERE tanggal = ?", "s",
	    date);
}

int64_t
alur_sql_holiday_count(struct store *s, const char *date)
{
	return store_scalar(s, 0,
	    "SELECT count(*) FROM hari_libur WHERE"
	    " tanggal = ?",
	    "s", date);
}

struct store_stmt *
alur_sql_holidays_open(struct store *s, const char *date)
{
	return store_query(s,
	    "SELECT tanggal FROM hari_libur WHERE tanggal"
	    " >= ? ORDER BY tanggal",
	    "s", date);
}

const char *
alur_sql_holidays_next(struct store_stmt *st)
{
	if (st == NULL || store_step(st) != STORE_ROW)
		return NULL;
	return store_text(st, 0);
}

void
alur_sql_holidays_close(struct store_stmt *st)
{
	if (st != NULL)
		store_done(st);
}

/* ---------------------------------------------------------------------- */
/* Workflow definitions.                                                  */

/*
 * The callback of alur_sql_each_state_in_use() with its argument, called for
 * each row.
 */
struct state_in_use_walk {
	int (*fn)(void *, const char *, int64_t);
	void *arg;
};

static int
state_in_use_row(void *a, struct store_stmt *st)
{
	struct state_in_use_walk *w = a;

	return w->fn(w->arg, store_text(st, 0), store_int(st, 1));
}

int
alur_sql_each_state_in_use(struct store *s, int64_t id,
    int (*fn)(void *, const char *, int64_t), void *arg)
{
	struct state_in_use_walk w = { fn, arg };

	return store_each(s, state_in_use_row, &w,
		   "SELECT p.state, count(*)"
		   " FROM permohonan p JOIN layanan l ON l.id = p.layanan_id WHERE"
		   " l.workflow_id = ? GROUP BY p.state",
		   "i", id) == STORE_NOSTMT
	    ? -1
	    : 0;
}

int
alur_sql_rows_clear(struct store *s, int64_t id)
{
	if (store_run(s, "DELETE FROM wf_state WHERE workflow_id = ?", "i",
		id) != 0 ||
	    store_run(s,
		"DELETE FROM wf_action WHERE"
		" workflow_id = ?",
		"i", id) != 0)
		return -1;
	return 0;
}

int
alur_sql_state_insert(struct store *s, int64_t id, const struct wf_state *ws,
    int pos)
{
	return store_run(s,
	    "INSERT INTO wf_state(workflow_id, code, label,"
	    " sla_days, terminal, scope, escalate, pos) VALUES (?, ?, ?,"
	    " ?, ?, ?, ?, ?)",
	    "issddssd", id, ws->code, ws->label, ws->sla_days,
	    ws->terminal != 0, ws->scope, ws->escalate, pos);
}

int
alur_sql_action_insert(struct store *s, int64_t id, const struct wf_action *a,
    const char *from, const char *roles, int pos)
{
	return store_run(s,
	    "INSERT INTO wf_action(workflow_id, code, label,"
	    " from_states, to_state, roles, note_required,"
	    " upload_required, signs_document, verifies, decides, pos)"
	    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
	    "isssssdddddd", id, a->code, a->label, from, a->to, roles,
	    a->note_required != 0, a->upload_required != 0,
	    a->signs_document != 0, a->verifies != 0, a->decides != 0, pos);
}

int64_t
alur_sql_workflow_id(struct store *s, const char *code)
{
	return store_scalar(s, 0, "SELECT id FROM workflow WHERE code = ?", "s",
	    code);
}

int64_t
alur_sql_workflow_count(struct store *s, const char *code)
{
	return store_scalar(s, 0,
	    "SELECT count(*) FROM workflow WHERE"
	    " code = ?",
	    "s", code);
}

int
alur_sql_workflow_update(struct store *s, int64_t id, const char *name,
    const char *initial, time_t now)
{
	return store_run(s,
	    "UPDATE workflow SET name = ?, initial_state ="
	    " ?, updated_at = ? WHERE id = ?",
	    "ssii", name, initial, (int64_t)now, id);
}

int
alur_sql_workflow_insert(struct store *s, const char *code, const char *name,
    const char *initial, time_t now, int64_t *id)
{
	int rc;

	rc = store_run(s,
	    "INSERT INTO workflow(code, name,"
	    " initial_state, updated_at) VALUES (?, ?, ?, ?)",
	    "sssi", code, name, initial, (int64_t)now);
	*id = store_last_id(s);
	return rc;
}

/* Read the head row of st into wf: 1 found, 0 not, -1 error. */
static int
workflow_head(struct store_stmt *st, struct workflow *wf)
{
	int found = 0;

	if (st == NULL)
		return -1;
	if (store_step(st) == STORE_ROW) {
		found = 1;
		wf->id = store_int(st, 0);
		str_field(wf->code, sizeof(wf->code), store_text(st, 1));
		str_field(wf->name, sizeof(wf->name), store_text(st, 2));
		str_field(wf->initial, sizeof(wf->initial), store_text(st, 3));
	}
	store_done(st);
	return found;
}

int
alur_sql_workflow_by_id(struct store *s, int64_t id, struct workflow *wf)
{
	return workflow_head(store_query(s,
				 "SELECT id, code, name,"
				 " initial_state FROM workflow WHERE id = ?",
				 "i", id),
	    wf);
}

int
alur_sql_workflow_by_code(struct store *s, const char *code,
    struct workflow *wf)
{
	return workflow_head(store_query(s,
				 "SELECT id, code, name,"
				 " initial_state FROM workflow WHERE code = ?",
				 "s", code),
	    wf);
}

/* Split "a,b,c" into the action's from-states. */
static void
from_split(struct wf_action *a, const char *list)
{
	const char *p, *comma;
	size_t n;

	a->nfrom = 0;
	for (p = list; *p != '\0' && a->nfrom < WF_MAX_STATES; p = comma + 1) {
		comma = strchr(p, ',');
		n = comma ? (size_t)(comma - p) : strlen(p);
		if (n > 0 && n < sizeof(a->from[0])) {
			memcpy(a->from[a->nfrom], p, n);
			a->from[a->nfrom++][n] = '\0';
		}
		if (comma == NULL)
			break;
	}
}

/* Read one state into workflow arg; stop when its states are full. */
static int
state_row(void *arg, struct store_stmt *st)
{
	struct workflow *wf = arg;
	struct wf_state *ws = &wf->states[wf->nstates++];

	str_field(ws->code, sizeof(ws->code), store_text(st, 0));
	str_field(ws->label, sizeof(ws->label), store_text(st, 1));
	ws->sla_days = (int)store_int(st, 2);
	ws->terminal = (int)store_int(st, 3);
	str_field(ws->scope, sizeof(ws->scope), store_text(st, 4));
	str_field(ws->escalate, sizeof(ws->escalate), store_text(st, 5));
	return wf->nstates >= WF_MAX_STATES;
}

/* Read one action into workflow arg; stop when its actions are full. */
static int
action_row(void *arg, struct store_stmt *st)
{
	struct workflow *wf = arg;
	struct wf_action *a = &wf->actions[wf->nactions++];

	str_field(a->code, sizeof(a->code), store_text(st, 0));
	str_field(a->label, sizeof(a->label), store_text(st, 1));
	from_split(a, store_text(st, 2));
	str_field(a->to, sizeof(a->to), store_text(st, 3));
	a->roles = role_parse_list(store_text(st, 4));
	a->note_required = (int)store_int(st, 5);
	a->upload_required = (int)store_int(st, 6);
	a->signs_document = (int)store_int(st, 7);
	a->verifies = (int)store_int(st, 8);
	a->decides = (int)store_int(st, 9);
	return wf->nactions >= WF_MAX_ACTIONS;
}

int
alur_sql_rows_load(struct store *s, struct workflow *wf)
{
	if (wf->nstates < WF_MAX_STATES &&
	    store_each(s, state_row, wf,
		"SELECT code, label, sla_days, terminal, scope, escalate FROM"
		" wf_state WHERE workflow_id = ? ORDER BY pos, code",
		"i", wf->id) == STORE_NOSTMT)
		return -1;
	if (wf->nactions < WF_MAX_ACTIONS &&
	    store_each(s, action_row, wf,
		"SELECT code, label, from_states, to_state, roles, note_required,"
		" upload_required, signs_document, verifies, decides FROM"
		" wf_action WHERE workflow_id = ? ORDER BY pos, code",
		"i", wf->id) == STORE_NOSTMT)
		return -1;
	return 0;
}

/* ---------------------------------------------------------------------- */
/* The shipped defaults: bindings, form fields, required documents.       */

int64_t
alur_sql_layanan_count(struct store *s, const char *code)
{
	return store_scalar(s, 0, "SELECT count(*) FROM layanan WHERE code = ?",
	    "s", code);
}

/*
 * The callback of alur_sql_each_unbound() with its argument, called for each
 * row.
 */
struct unbound_walk {
	int (*fn)(void *, const char *, const char *);
	void *arg;
};

static int
unbound_row(void *a, struct store_stmt *st)
{
	struct unbound_walk *w = a;

	return w->fn(w->arg, store_text(st, 0), store_text(st, 1));
}

int
alur_sql_each_unbound(struct store *s,
    int (*fn)(void *, const char *, const char *), void *arg)
{
	struct unbound_walk w = { fn, arg };

	return store_each(s, unbound_row, &w,
		   "SELECT code, level FROM layanan"
		   " WHERE workflow_id IS NULL ORDER BY code",
		   "") == STORE_NOSTMT
	    ? -1
	    : 0;
}

int
alur_sql_layanan_bind(struct store *s, const char *code, int64_t wid)
{
	return store_run(s,
	    "UPDATE layanan SET workflow_id = ? WHERE code"
	    " = ?",
	    "is", wid, code);
}

/*
 * The callback of alur_sql_each_layanan() and alur_sql_each_syarat() with its
 * argument, called for each row.
 */
struct layanan_walk {
	int (*fn)(void *, int64_t, const char *);
	void *arg;
};

static int
layanan_row(void *a, struct store_stmt *st)
{
	struct layanan_walk *w = a;

	return w->fn(w->arg, store_int(st, 0), store_text(st, 1));
}

int
alur_sql_each_layanan(struct store *s, int (*fn)(void *, int64_t, const char *),
    void *arg)
{
	struct layanan_walk w = { fn, arg };

	return store_each(s, layanan_row, &w,
		   "SELECT id, code FROM layanan"
		   " ORDER BY id",
		   "") == STORE_NOSTMT
	    ? -1
	    : 0;
}

int
alur_sql_isian_clear(struct store *s, int64_t lid)
{
	return store_run(s,
	    "DELETE FROM layanan_isian WHERE layanan_id ="
	    " ?",
	    "i", lid);
}

int
alur_sql_isian_insert(struct store *s, int64_t lid, int pos, const char *name,
    const char *label, const char *kind, int required, const char *choices,
    int max_len)
{
	return store_run(s,
	    "INSERT INTO layanan_isian(layanan_id, pos, name,"
	    " label, kind, required, choices, max_len) VALUES (?, ?, ?, ?, ?,"
	    " ?, ?, ?)",
	    "idsssdsd", lid, pos, name, label, kind, required, choices,
	    max_len);
}

int
alur_sql_dokumen_clear(struct store *s)
{
	return store_run(s, "DELETE FROM layanan_dokumen", "");
}

int
alur_sql_each_syarat(struct store *s, int (*fn)(void *, int64_t, const char *),
    void *arg)
{
	struct layanan_walk w = { fn, arg };

	return store_each(s, layanan_row, &w,
		   "SELECT layanan_id, text FROM"
		   " layanan_syarat ORDER BY layanan_id, pos",
		   "") == STORE_NOSTMT
	    ? -1
	    : 0;
}

int64_t
alur_sql_dokumen_count(struct store *s, int64_t lid, const char *code)
{
	return store_scalar(s, 0,
	    "SELECT count(*) FROM"
	    " layanan_dokumen WHERE layanan_id = ? AND code = ?",
	    "is", lid, code);
}

int
alur_sql_dokumen_insert(struct store *s, int64_t lid, int pos, const char *code,
    const char *name, int required)
{
	return store_run(s,
	    "INSERT INTO layanan_dokumen(layanan_id, pos,"
	    " code, name, required) VALUES (?, ?, ?, ?, ?)",
	    "idssd", lid, pos, code, name, required);
}

/* ---------------------------------------------------------------------- */
/* Admin pages.                                                           */

static void
wf_row_fill(struct store_stmt *st, void *elem)
{
	struct alur_wf_row *w = elem;

	str_field(w->code, sizeof(w->code), store_text(st, 0));
	str_field(w->name, sizeof(w->name), store_text(st, 1));
	w->nstates = store_int(st, 2);
	w->nactions = store_int(st, 3);
	w->nlayanan = store_int(st, 4);
}

struct alur_wf_row *
alur_sql_workflows(struct store *s, size_t *np)
{
	struct alur_wf_row *v = NULL;
	size_t n = 0;

	*np = 0;
	if (store_rows(s, &v, sizeof(*v), &n, wf_row_fill,
		"SELECT w.code,"
		" w.name, (SELECT count(*) FROM wf_state s WHERE s.workflow_id ="
		" w.id), (SELECT count(*) FROM wf_action a WHERE a.workflow_id ="
		" w.id), (SELECT count(*) FROM layanan l WHERE l.workflow_id ="
		" w.id) FROM workflow w ORDER BY w.id",
		"") == STORE_NOSTMT)
		return NULL;
	if (v == NULL)
		v = xmalloc(sizeof(*v));
	*np = n;
	return v;
}

/*
 * The callback of alur_sql_each_layanan_of() with its argument, called for
 * each row.
 */
struct layanan_of_walk {
	void (*fn)(void *, const char *, const char *);
	void *arg;
};

static int
layanan_of_row(void *a, struct store_stmt *st)
{
	struct layanan_of_walk *w = a;

	w->fn(w->arg, store_text(st, 0), store_text(st, 1));
	return 0;
}

int
alur_sql_each_layanan_of(struct store *s, int64_t wid,
    void (*fn)(void *, const char *, const char *), void *arg)
{
	struct layanan_of_walk w = { fn, arg };

	return store_each(s, layanan_of_row, &w,
		   "SELECT code, name FROM"
		   " layanan WHERE workflow_id = ? ORDER BY code",
		   "i", wid) == STORE_NOSTMT
	    ? -1
	    : 0;
}
