/*
 * eskalasi.c: the SLA timer (permohonan_tick): warn the handling unit on
 * the due date of a state, and apply the state's escalation rule once the
 * due date has passed.  Each action is recorded in eskalasi first, so a
 * second run (or a second process) does nothing twice.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/buf.h"
#include "lib/msg.h"
#include "lib/when.h"
#include "lib/xalloc.h"
#include "store/store.h"
#include "mod/akun/account.h"
#include "permohonan.h"
#include "mod/audit/audit.h"
#include "mod/notifikasi/notify.h"
#include "mod/alur/workday.h"
#include "mod/alur/workflow.h"
#include "mod/alur/workflow_impl.h"
#include "sql.h"

/* Workflows loaded during one tick, by id. */
struct wf_cache {
	struct workflow **v;
	size_t n;
};

static const struct workflow *
cache_get(struct store *s, struct wf_cache *c, int64_t id)
{
	struct workflow *wf;
	size_t i;

	for (i = 0; i < c->n; i++)
		if (c->v[i]->id == id)
			return c->v[i];
	wf = xmalloc(sizeof(*wf));
	if (workflow_load(s, id, wf) != 0) {
		free(wf);
		return NULL;
	}
	c->v = xrealloc(c->v, (c->n + 1) * sizeof(*c->v));
	c->v[c->n++] = wf;
	return wf;
}

static void
cache_free(struct wf_cache *c)
{
	size_t i;

	for (i = 0; i < c->n; i++)
		free(c->v[i]);
	free(c->v);
}

/* "2026-03-16" as "16 Maret 2026". */
static void
date_long(const char *date, char *out, size_t len)
{
	int y, m, d;

	if (date_parse(date, &y, &m, &d) != 0)
		snprintf(out, len, "%s", date);
	else
		snprintf(out, len, "%d %s %d", d, when_bulan[m - 1], y);
}

/* The officer's page of a case: /permohonan/<nomor, percent-encoded>. */
static char *
case_link(const char *nomor)
{
	static const char hex[] = "0123456789ABCDEF";
	struct buf b = BUF_INIT;
	const unsigned char *p;

	buf_init(&b, 64);
	buf_adds(&b, "/permohonan/");
	for (p = (const unsigned char *)nomor; *p != '\0'; p++) {
		if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') ||
		    (*p >= '0' && *p <= '9') || *p == '-' || *p == '.' ||
		    *p == '_')
			buf_addc(&b, (char)*p);
		else {
			buf_addc(&b, '%');
			buf_addc(&b, hex[*p >> 4]);
			buf_addc(&b, hex[*p & 15]);
		}
	}
	return buf_detach(&b, NULL);
}

/* Staff roles that may act on a case in state (plus the assigned one). */
static unsigned
acting_roles(const struct workflow *wf, const char *state)
{
	unsigned roles = 0;
	int i;

	for (i = 0; i < wf->nactions; i++)
		if (workflow_action_from(&wf->actions[i], state))
			roles |= wf->actions[i].roles;
	roles &= ~(unsigned)ROLE_WARGA;
	return roles != 0 ? roles : ROLE_OPERATOR;
}

/*
 * Apply one warning or escalation in its own transaction.  Returns 1 when
 * applied, 0 when it was already done (or the case moved on), -1 on a
 * storage error.
 */
static int
apply(struct store *s, const struct due *d, const struct workflow *wf,
    time_t now)
{
	const struct wf_state *st = workflow_state(wf, d->state);
	struct audit ev;
	char text[512], when[32], note[96], *link;
	const char *kind = d->overdue ? "eskalasi" : "peringatan";
	unsigned role = 0, roles;
	int move = 0, rc;

	if (st == NULL || st->terminal || st->sla_days == 0)
		return 0;
	if (d->overdue &&
	    (st->escalate[0] == '\0' ||
		wf_escalate_parse(st->escalate, &move, &role) != 0))
		return 0;
	if (store_begin(s) != 0)
		return -1;
	/* still in that state, since that moment? */
	if (permohonan_sql_still_in(s, d->id, d->state, d->since) == 0) {
		store_rollback(s);
		return 0;
	}
	rc = permohonan_sql_eskalasi_add(s, d->id, d->state, d->since, kind,
	    (int64_t)now);
	if (rc == STORE_CONSTRAINT) {
		store_rollback(s);
		return 0;
	}
	if (rc != 0)
		goto fail;
	date_long(d->due, when, sizeof(when));
	if (!d->overdue) {
		roles = acting_roles(wf, d->state);
		snprintf(text, sizeof(text), msg(M_NOTIF_NEAR), d->nomor,
		    st->label, when);
		snprintf(note, sizeof(note), "jatuh tempo %s", d->due);
	} else if (move) {
		roles = role;
		snprintf(text, sizeof(text), msg(M_NOTIF_MOVED), d->nomor,
		    st->label, when, role_label(role));
		snprintf(note, sizeof(note), "%s; jatuh tempo %s", st->escalate,
		    d->due);
		if (permohonan_sql_assign_role(s, d->id, role_name(role)) != 0)
			goto fail;
	} else {
		roles = role;
		snprintf(text, sizeof(text), msg(M_NOTIF_OVERDUE), d->nomor,
		    st->label, when);
		snprintf(note, sizeof(note), "%s; jatuh tempo %s", st->escalate,
		    d->due);
	}
	link = case_link(d->nomor);
	rc = notify_unit_event(s, d->unit_id, roles, "permohonan.sla", text,
	    link);
	free(link);
	if (rc != 0)
		goto fail;
	memset(&ev, 0, sizeof(ev));
	ev.role = "sistem";
	ev.unit_id = d->unit_id;
	ev.action =
	    d->overdue ? "permohonan.eskalasi" : "permohonan.peringatan";
	ev.object_type = "permohonan";
	ev.object_id = d->nomor;
	ev.from_state = d->state;
	ev.to_state = d->state;
	ev.note = note;
	ev.addr = "sistem";
	if (audit_write(s, &ev) != 0 || store_commit(s) != 0)
		goto fail;
	return 1;
fail:
	store_rollback(s);
	return -1;
}

int
permohonan_tick(struct store *s, time_t now)
{
	struct wf_cache cache = { NULL, 0 };
	const struct workflow *wf;
	struct due *v = NULL;
	char today[11];
	size_t n = 0, i;
	int done = 0, rc = 0, r;

	workday_date(now, today);
	if (permohonan_sql_due(s, today, &v, &n) != 0)
		return -1;
	for (i = 0; i < n; i++) {
		wf = cache_get(s, &cache, v[i].workflow_id);
		if (wf == NULL)
			continue;
		r = apply(s, &v[i], wf, now);
		if (r < 0)
			rc = -1;
		else
			done += r;
	}
	for (i = 0; i < n; i++)
		free(v[i].nomor);
	free(v);
	cache_free(&cache);
	return rc < 0 && done == 0 ? -1 : done;
}
