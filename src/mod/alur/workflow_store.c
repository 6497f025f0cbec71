/* workflow_store.c: workflow definitions in the workflow, wf_state and wf_action tables. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lib/buf.h"
#include "lib/msg.h"
#include "store/store.h"
#include "mod/akun/account.h"
#include "mod/audit/audit.h"
#include "workflow.h"

#define ERR(...) (snprintf(err, errlen, __VA_ARGS__), -1)

/* Comma-separated role names of bits (into b, reset first). */
static void
roles_join(struct buf *b, unsigned bits)
{
	unsigned bit;

	buf_reset(b);
	for (bit = 1; bit <= ROLE_LAST; bit <<= 1) {
		if (!(bits & bit) || role_name(bit) == NULL)
			continue;
		if (b->len > 0)
			buf_addc(b, ',');
		buf_adds(b, role_name(bit));
	}
}

/* Refuse a definition that drops a state some application still sits in. */
static int
states_in_use(struct store *s, int64_t id, const struct workflow *wf,
    char *err, size_t errlen)
{
	struct store_stmt *st;
	int rc = 0;

	st = store_query(s, "SELECT p.state, count(*) FROM permohonan p JOIN"
	    " layanan l ON l.id = p.layanan_id WHERE l.workflow_id = ?"
	    " GROUP BY p.state", "i", id);
	if (st == NULL)
		return ERR("%s", msg(M_SAVE_FAILED));
	while (store_step(st) == STORE_ROW) {
		if (workflow_state(wf, store_text(st, 0)) == NULL) {
			snprintf(err, errlen, msg(M_WF_STATE_IN_USE),
			    store_text(st, 0), (int)store_int(st, 1));
			rc = -1;
			break;
		}
	}
	store_done(st);
	return rc;
}

static int
save_rows(struct store *s, int64_t id, const struct workflow *wf)
{
	struct buf from = BUF_INIT, roles = BUF_INIT;
	const struct wf_action *a;
	int i, j, rc = 0;

	buf_init(&from, 64);
	buf_init(&roles, 64);
	if (store_run(s, "DELETE FROM wf_state WHERE workflow_id = ?", "i",
	    id) != 0 || store_run(s, "DELETE FROM wf_action WHERE"
	    " workflow_id = ?", "i", id) != 0)
		rc = -1;
	for (i = 0; rc == 0 && i < wf->nstates; i++)
		rc = store_run(s, "INSERT INTO wf_state(workflow_id, code, label,"
		    " sla_days, terminal, scope, escalate, pos) VALUES (?, ?, ?,"
		    " ?, ?, ?, ?, ?)", "issddssd", id, wf->states[i].code,
		    wf->states[i].label, wf->states[i].sla_days,
		    wf->states[i].terminal != 0, wf->states[i].scope,
		    wf->states[i].escalate, i);
	for (i = 0; rc == 0 && i < wf->nactions; i++) {
		a = &wf->actions[i];
		buf_reset(&from);
		for (j = 0; j < a->nfrom; j++) {
			if (j > 0)
				buf_addc(&from, ',');
			buf_adds(&from, a->from[j]);
		}
		roles_join(&roles, a->roles);
		rc = store_run(s, "INSERT INTO wf_action(workflow_id, code, label,"
		    " from_states, to_state, roles, note_required,"
		    " upload_required, signs_document, verifies, decides, pos)"
		    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", "isssssdddddd",
		    id, a->code, a->label, from.s, a->to, roles.s,
		    a->note_required != 0, a->upload_required != 0,
		    a->signs_document != 0, a->verifies != 0, a->decides != 0, i);
	}
	buf_free(&from);
	buf_free(&roles);
	return rc == 0 ? 0 : -1;
}

int
workflow_save(struct store *s, const struct workflow *wf, int64_t actor_id,
    const char *addr, char *err, size_t errlen)
{
	struct audit ev;
	char note[64];
	int64_t id;
	int own = !store_in_tx(s), rc;

	if (workflow_validate(wf, err, errlen) != 0)
		return -1;
	if (own && store_begin(s) != 0)
		return ERR("%s", msg(M_SAVE_FAILED));
	id = store_scalar(s, 0, "SELECT id FROM workflow WHERE code = ?", "s",
	    wf->code);
	if (id != 0) {
		if (states_in_use(s, id, wf, err, errlen) != 0)
			goto fail;
		rc = store_run(s, "UPDATE workflow SET name = ?, initial_state ="
		    " ?, updated_at = ? WHERE id = ?", "ssii", wf->name,
		    wf->initial, (int64_t)time(NULL), id);
	} else {
		rc = store_run(s, "INSERT INTO workflow(code, name,"
		    " initial_state, updated_at) VALUES (?, ?, ?, ?)", "sssi",
		    wf->code, wf->name, wf->initial, (int64_t)time(NULL));
		id = store_last_id(s);
	}
	if (rc != 0 || save_rows(s, id, wf) != 0) {
		snprintf(err, errlen, "%s", msg(M_SAVE_FAILED));
		goto fail;
	}
	snprintf(note, sizeof(note), "%d status, %d tindakan", wf->nstates,
	    wf->nactions);
	memset(&ev, 0, sizeof(ev));
	ev.actor_id = actor_id;
	ev.role = actor_id ? "superadmin" : "sistem";
	ev.action = "alur.simpan";
	ev.object_type = "alur";
	ev.object_id = wf->code;
	ev.note = note;
	ev.addr = addr;
	if (audit_write(s, &ev) != 0 || (own && store_commit(s) != 0)) {
		snprintf(err, errlen, "%s", msg(M_SAVE_FAILED));
		goto fail;
	}
	return 0;
fail:
	if (own)
		store_rollback(s);
	return -1;
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

static void
copy(char *dst, size_t n, const char *src)
{
	snprintf(dst, n, "%s", src);
}

static int
load_rows(struct store *s, struct workflow *wf)
{
	struct store_stmt *st;
	struct wf_state *ws;
	struct wf_action *a;

	st = store_query(s, "SELECT code, label, sla_days, terminal, scope,"
	    " escalate FROM wf_state WHERE workflow_id = ? ORDER BY pos, code",
	    "i", wf->id);
	if (st == NULL)
		return -1;
	while (wf->nstates < WF_MAX_STATES && store_step(st) == STORE_ROW) {
		ws = &wf->states[wf->nstates++];
		copy(ws->code, sizeof(ws->code), store_text(st, 0));
		copy(ws->label, sizeof(ws->label), store_text(st, 1));
		ws->sla_days = (int)store_int(st, 2);
		ws->terminal = (int)store_int(st, 3);
		copy(ws->scope, sizeof(ws->scope), store_text(st, 4));
		copy(ws->escalate, sizeof(ws->escalate), store_text(st, 5));
	}
	store_done(st);
	st = store_query(s, "SELECT code, label, from_states, to_state, roles,"
	    " note_required, upload_required, signs_document, verifies,"
	    " decides FROM wf_action WHERE workflow_id = ? ORDER BY pos, code",
	    "i", wf->id);
	if (st == NULL)
		return -1;
	while (wf->nactions < WF_MAX_ACTIONS && store_step(st) == STORE_ROW) {
		a = &wf->actions[wf->nactions++];
		copy(a->code, sizeof(a->code), store_text(st, 0));
		copy(a->label, sizeof(a->label), store_text(st, 1));
		from_split(a, store_text(st, 2));
		copy(a->to, sizeof(a->to), store_text(st, 3));
		a->roles = role_parse_list(store_text(st, 4));
		a->note_required = (int)store_int(st, 5);
		a->upload_required = (int)store_int(st, 6);
		a->signs_document = (int)store_int(st, 7);
		a->verifies = (int)store_int(st, 8);
		a->decides = (int)store_int(st, 9);
	}
	store_done(st);
	return 0;
}

static int
load_where(struct store *s, struct workflow *wf, const char *sql,
    const char *types, int64_t id, const char *code)
{
	struct store_stmt *st;
	int found = 0;

	memset(wf, 0, sizeof(*wf));
	st = code ? store_query(s, sql, types, code) :
	    store_query(s, sql, types, id);
	if (st == NULL)
		return -1;
	if (store_step(st) == STORE_ROW) {
		found = 1;
		wf->id = store_int(st, 0);
		copy(wf->code, sizeof(wf->code), store_text(st, 1));
		copy(wf->name, sizeof(wf->name), store_text(st, 2));
		copy(wf->initial, sizeof(wf->initial), store_text(st, 3));
	}
	store_done(st);
	if (!found || load_rows(s, wf) != 0)
		return -1;
	return 0;
}

int
workflow_load(struct store *s, int64_t id, struct workflow *wf)
{
	return load_where(s, wf, "SELECT id, code, name, initial_state FROM"
	    " workflow WHERE id = ?", "i", id, NULL);
}

int
workflow_load_code(struct store *s, const char *code, struct workflow *wf)
{
	if (code == NULL)
		return -1;
	return load_where(s, wf, "SELECT id, code, name, initial_state FROM"
	    " workflow WHERE code = ?", "s", 0, code);
}
