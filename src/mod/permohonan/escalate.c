/*
 * escalate.c: the SLA timer (application_tick): warn the handling unit on
 * the due date of a state, and apply the state's escalation rule once the
 * due date has passed.  Each action is recorded in eskalasi first, so a
 * second run (or a second process) does nothing twice.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/buf.h"
#include "lib/msg.h"
#include "lib/xalloc.h"
#include "store/store.h"
#include "mod/akun/account.h"
#include "application.h"
#include "mod/audit/audit.h"
#include "mod/notifikasi/notify.h"
#include "mod/alur/workday.h"
#include "mod/alur/workflow.h"
#include "mod/alur/workflow_impl.h"

/* One open case whose state is due today or overdue. */
struct due {
	int64_t	 id;
	char	*nomor;
	char	 state[41];
	int64_t	 since;
	char	 due[11];
	int64_t	 unit_id;
	int64_t	 workflow_id;
	int	 overdue;	/* 1: past due (escalate); 0: due today (warn) */
};

/* Workflows loaded during one tick, by id. */
struct wf_cache {
	struct workflow	**v;
	size_t		  n;
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
	static const char *const months[] = { "Januari", "Februari", "Maret",
	    "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
	    "November", "Desember" };
	int y, m, d;

	if (date_parse(date, &y, &m, &d) != 0)
		snprintf(out, len, "%s", date);
	else
		snprintf(out, len, "%d %s %d", d, months[m - 1], y);
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
	if (d->overdue && (st->escalate[0] == '\0' ||
	    wf_escalate_parse(st->escalate, &move, &role) != 0))
		return 0;
	if (store_begin(s) != 0)
		return -1;
	/* still in that state, since that moment? */
	if (store_scalar(s, 0, "SELECT count(*) FROM permohonan WHERE id = ?"
	    " AND state = ? AND state_since = ? AND draft = 0", "isi", d->id,
	    d->state, d->since) == 0) {
		store_rollback(s);
		return 0;
	}
	rc = store_run(s, "INSERT INTO eskalasi(permohonan_id, state,"
	    " state_since, kind, at) VALUES (?, ?, ?, ?, ?)", "isisi", d->id,
	    d->state, d->since, kind, (int64_t)now);
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
		if (store_run(s, "UPDATE permohonan SET assigned_role = ? WHERE"
		    " id = ?", "si", role_name(role), d->id) != 0)
			goto fail;
	} else {
		roles = role;
		snprintf(text, sizeof(text), msg(M_NOTIF_OVERDUE), d->nomor,
		    st->label, when);
		snprintf(note, sizeof(note), "%s; jatuh tempo %s", st->escalate,
		    d->due);
	}
	link = case_link(d->nomor);
	rc = notify_unit(s, d->unit_id, roles, text, link);
	free(link);
	if (rc != 0)
		goto fail;
	memset(&ev, 0, sizeof(ev));
	ev.role = "sistem";
	ev.unit_id = d->unit_id;
	ev.action = d->overdue ? "permohonan.eskalasi" :
	    "permohonan.peringatan";
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

/*
 * Open cases due today (not yet warned) or overdue with an escalation rule
 * (not yet escalated), in their current state.
 */
static int
collect(struct store *s, const char *today, struct due **vp, size_t *np)
{
	struct store_stmt *st;
	struct due *v = NULL, *d;
	size_t n = 0, cap = 0;

	st = store_query(s, "SELECT p.id, p.nomor, p.state, p.state_since,"
	    " p.state_due, p.unit_id, l.workflow_id, p.state_due < ?"
	    " FROM permohonan p JOIN layanan l ON l.id = p.layanan_id"
	    " JOIN wf_state w ON w.workflow_id = l.workflow_id AND w.code ="
	    " p.state WHERE p.state_due IS NOT NULL AND p.draft = 0 AND"
	    " p.state_due <= ? AND p.nomor IS NOT NULL AND w.terminal = 0 AND"
	    " w.sla_days > 0 AND (p.state_due = ? OR w.escalate != '') AND"
	    " NOT EXISTS (SELECT 1 FROM eskalasi e WHERE e.permohonan_id = p.id"
	    " AND e.state = p.state AND e.state_since = p.state_since AND"
	    " e.kind = CASE WHEN p.state_due < ? THEN 'eskalasi' ELSE"
	    " 'peringatan' END) ORDER BY p.state_due, p.id", "ssss", today,
	    today, today, today);
	if (st == NULL)
		return -1;
	while (store_step(st) == STORE_ROW) {
		if (n == cap) {
			cap = cap ? cap * 2 : 16;
			v = xrealloc(v, cap * sizeof(*v));
		}
		d = &v[n++];
		memset(d, 0, sizeof(*d));
		d->id = store_int(st, 0);
		d->nomor = xstrdup(store_text(st, 1));
		snprintf(d->state, sizeof(d->state), "%s", store_text(st, 2));
		d->since = store_int(st, 3);
		snprintf(d->due, sizeof(d->due), "%s", store_text(st, 4));
		d->unit_id = store_int(st, 5);
		d->workflow_id = store_int(st, 6);
		d->overdue = store_int(st, 7) != 0;
	}
	store_done(st);
	*vp = v;
	*np = n;
	return 0;
}

int
application_tick(struct store *s, time_t now)
{
	struct wf_cache cache = { NULL, 0 };
	const struct workflow *wf;
	struct due *v = NULL;
	char today[11];
	size_t n = 0, i;
	int done = 0, rc = 0, r;

	workday_date(now, today);
	if (collect(s, today, &v, &n) != 0)
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
