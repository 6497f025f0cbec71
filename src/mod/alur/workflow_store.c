/* workflow_store.c: workflow definitions in the workflow, wf_state and wf_action tables. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lib/buf.h"
#include "lib/msg.h"
#include "lib/str.h"
#include "store/store.h"
#include "mod/akun/account.h"
#include "mod/audit/audit.h"
#include "workflow.h"
#include "sql.h"

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

/* What states_in_use() walks with. */
struct in_use {
	const struct workflow *wf;
	char *err;
	size_t errlen;
	int rc;
};

static int
state_in_use(void *arg, const char *state, int64_t n)
{
	struct in_use *u = arg;

	if (workflow_state(u->wf, state) == NULL) {
		snprintf(u->err, u->errlen, msg(M_WF_STATE_IN_USE), state,
		    (int)n);
		u->rc = -1;
		return 1;
	}
	return 0;
}

/* Refuse a definition that drops a state some application still sits in. */
static int
states_in_use(struct store *s, int64_t id, const struct workflow *wf, char *err,
    size_t errlen)
{
	struct in_use u = { wf, err, errlen, 0 };

	if (alur_sql_each_state_in_use(s, id, state_in_use, &u) != 0)
		return ERR("%s", msg(M_SAVE_FAILED));
	return u.rc;
}

static int
save_rows(struct store *s, int64_t id, const struct workflow *wf)
{
	struct buf from = BUF_INIT, roles = BUF_INIT;
	const struct wf_action *a;
	int i, j, rc = 0;

	buf_init(&from, 64);
	buf_init(&roles, 64);
	if (alur_sql_rows_clear(s, id) != 0)
		rc = -1;
	for (i = 0; rc == 0 && i < wf->nstates; i++)
		rc = alur_sql_state_insert(s, id, &wf->states[i], i);
	for (i = 0; rc == 0 && i < wf->nactions; i++) {
		a = &wf->actions[i];
		buf_reset(&from);
		for (j = 0; j < a->nfrom; j++) {
			if (j > 0)
				buf_addc(&from, ',');
			buf_adds(&from, a->from[j]);
		}
		roles_join(&roles, a->roles);
		rc = alur_sql_action_insert(s, id, a, from.s, roles.s, i);
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
	id = alur_sql_workflow_id(s, wf->code);
	if (id != 0) {
		if (states_in_use(s, id, wf, err, errlen) != 0)
			goto fail;
		rc = alur_sql_workflow_update(s, id, wf->name, wf->initial,
		    time(NULL));
	} else {
		rc = alur_sql_workflow_insert(s, wf->code, wf->name,
		    wf->initial, time(NULL), &id);
	}
	if (rc != 0 || save_rows(s, id, wf) != 0) {
		str_field(err, errlen, msg(M_SAVE_FAILED));
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
		str_field(err, errlen, msg(M_SAVE_FAILED));
		goto fail;
	}
	return 0;
fail:
	if (own)
		store_rollback(s);
	return -1;
}

static int
load_where(struct store *s, struct workflow *wf, int64_t id, const char *code)
{
	int found;

	memset(wf, 0, sizeof(*wf));
	found = code ? alur_sql_workflow_by_code(s, code, wf)
		     : alur_sql_workflow_by_id(s, id, wf);
	if (found != 1 || alur_sql_rows_load(s, wf) != 0)
		return -1;
	return 0;
}

int
workflow_load(struct store *s, int64_t id, struct workflow *wf)
{
	return load_where(s, wf, id, NULL);
}

int
workflow_load_code(struct store *s, const char *code, struct workflow *wf)
{
	if (code == NULL)
		return -1;
	return load_where(s, wf, 0, code);
}
