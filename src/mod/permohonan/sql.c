/* sql.c: the permohonan module's statements (see sql.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/xalloc.h"
#include "store/store.h"
#include "app_query.h"
#include "sql.h"

static void
copy(char *dst, size_t n, const char *src)
{
	snprintf(dst, n, "%s", src);
}

/* escalate.c */

int64_t
permohonan_sql_still_in(struct store *s, int64_t id, const char *state,
    int64_t since)
{
	return store_scalar(s, 0, "SELECT count(*) FROM permohonan WHERE id = ?"
	    " AND state = ? AND state_since = ? AND draft = 0", "isi", id,
	    state, since);
}

int
permohonan_sql_eskalasi_add(struct store *s, int64_t id, const char *state,
    int64_t since, const char *kind, int64_t at)
{
	return store_run(s, "INSERT INTO eskalasi(permohonan_id, state,"
	    " state_since, kind, at) VALUES (?, ?, ?, ?, ?)", "isisi", id,
	    state, since, kind, at);
}

int
permohonan_sql_assign_role(struct store *s, int64_t id, const char *role)
{
	return store_run(s, "UPDATE permohonan SET assigned_role = ? WHERE"
	    " id = ?", "si", role, id);
}

int
permohonan_sql_due(struct store *s, const char *today, struct due **vp,
    size_t *np)
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

/* ui_apply.c, ui_app_html.c */

int64_t
permohonan_sql_has_workflow(struct store *s, int64_t layanan_id)
{
	return store_scalar(s, 0, "SELECT workflow_id IS NOT NULL FROM"
	    " layanan WHERE id = ?", "i", layanan_id);
}

int64_t
permohonan_sql_draft_id(struct store *s, int64_t id)
{
	return store_scalar(s, 0, "SELECT id FROM permohonan"
	    " WHERE id = ? AND draft = 1", "i", id);
}

/* api_application.c */

int
permohonan_sql_each_isian(struct store *s, int64_t layanan_id,
    int (*fn)(void *, const char *, const char *, const char *, int,
    const char *), void *arg)
{
	struct store_stmt *st;

	st = store_query(s, "SELECT name, label, kind, required, choices FROM"
	    " layanan_isian WHERE layanan_id = ? ORDER BY pos", "i",
	    layanan_id);
	if (st == NULL)
		return -1;
	while (store_step(st) == STORE_ROW)
		if (fn(arg, store_text(st, 0), store_text(st, 1),
		    store_text(st, 2), (int)store_int(st, 3),
		    store_text(st, 4)) != 0)
			break;
	store_done(st);
	return 0;
}

int
permohonan_sql_each_dokumen(struct store *s, int64_t layanan_id,
    int (*fn)(void *, const char *, const char *, int), void *arg)
{
	struct store_stmt *st;

	st = store_query(s, "SELECT code, name, required FROM layanan_dokumen"
	    " WHERE layanan_id = ? ORDER BY pos", "i", layanan_id);
	if (st == NULL)
		return -1;
	while (store_step(st) == STORE_ROW)
		if (fn(arg, store_text(st, 0), store_text(st, 1),
		    (int)store_int(st, 2)) != 0)
			break;
	store_done(st);
	return 0;
}

/* app_query.c */

int64_t
permohonan_sql_layanan_id(struct store *s, const char *code)
{
	return store_scalar(s, 0, "SELECT id FROM layanan WHERE code = ?", "s",
	    code);
}

int
permohonan_sql_form_fields(struct store *s, int64_t layanan_id,
    struct app_view_field **fp, int *nfp, int max)
{
	struct store_stmt *st;
	struct app_view_field *f = *fp;
	int nf = *nfp, rc;

	st = store_query(s, "SELECT name, label, kind, required, choices,"
	    " max_len FROM layanan_isian WHERE layanan_id = ? ORDER BY pos",
	    "i", layanan_id);
	if (st == NULL)
		return -1;
	while ((rc = store_step(st)) == STORE_ROW && nf < max) {
		f = xrealloc(f, (size_t)(nf + 1) * sizeof(*f));
		memset(&f[nf], 0, sizeof(f[nf]));
		copy(f[nf].name, sizeof(f[nf].name), store_text(st, 0));
		copy(f[nf].label, sizeof(f[nf].label), store_text(st, 1));
		copy(f[nf].kind, sizeof(f[nf].kind), store_text(st, 2));
		f[nf].required = (int)store_int(st, 3);
		f[nf].choices = xstrdup(store_text(st, 4));
		f[nf].max_len = (int)store_int(st, 5);
		f[nf].value = xstrdup("");
		nf++;
	}
	store_done(st);
	*fp = f;
	*nfp = nf;
	if (rc != STORE_ROW && rc != STORE_DONE)
		return -1;
	return 0;
}

int
permohonan_sql_form_docs(struct store *s, int64_t layanan_id,
    struct app_view_doc **dp, int *ndp, int max)
{
	struct store_stmt *st;
	struct app_view_doc *d = *dp;
	int nd = *ndp, rc;

	st = store_query(s, "SELECT code, name, required FROM layanan_dokumen"
	    " WHERE layanan_id = ? ORDER BY pos", "i", layanan_id);
	if (st == NULL)
		return -1;
	while ((rc = store_step(st)) == STORE_ROW && nd < max) {
		d = xrealloc(d, (size_t)(nd + 1) * sizeof(*d));
		memset(&d[nd], 0, sizeof(d[nd]));
		copy(d[nd].code, sizeof(d[nd].code), store_text(st, 0));
		d[nd].name = xstrdup(store_text(st, 1));
		d[nd].required = (int)store_int(st, 2);
		nd++;
	}
	store_done(st);
	*dp = d;
	*ndp = nd;
	if (rc != STORE_ROW && rc != STORE_DONE)
		return -1;
	return 0;
}

struct app_kampung *
permohonan_sql_kampung(struct store *s, size_t *np)
{
	struct store_stmt *st;
	struct app_kampung *v = NULL;
	size_t n = 0, cap = 0;
	int rc;

	*np = 0;
	st = store_query(s, "SELECT w.code, w.name, w.kelurahan, k.code,"
	    " k.name FROM wilayah w JOIN wilayah k ON k.code = w.parent_code"
	    " WHERE w.level = 'desa' AND k.level = 'kecamatan' AND"
	    " k.parent_code = '14.08' ORDER BY k.name, k.code, w.name, w.code",
	    "");
	if (st == NULL)
		return NULL;
	while ((rc = store_step(st)) == STORE_ROW) {
		if (n == cap) {
			cap = cap ? cap * 2 : 128;
			v = xrealloc(v, cap * sizeof(*v));
		}
		memset(&v[n], 0, sizeof(v[n]));
		copy(v[n].code, sizeof(v[n].code), store_text(st, 0));
		copy(v[n].name, sizeof(v[n].name), store_text(st, 1));
		v[n].kelurahan = (int)store_int(st, 2);
		copy(v[n].kec_code, sizeof(v[n].kec_code), store_text(st, 3));
		copy(v[n].kec_name, sizeof(v[n].kec_name), store_text(st, 4));
		n++;
	}
	store_done(st);
	if (rc != STORE_DONE) {
		free(v);
		return NULL;
	}
	*np = n;
	return v != NULL ? v : xcalloc(1, sizeof(*v));
}

void
permohonan_sql_last_wilayah(struct store *s, int64_t account_id,
    char out[14])
{
	struct store_stmt *st;

	out[0] = '\0';
	st = store_query(s, "SELECT wilayah_code FROM permohonan WHERE"
	    " pemohon_id = ? ORDER BY created_at DESC, id DESC LIMIT 1", "i",
	    account_id);
	if (st == NULL)
		return;
	if (store_step(st) == STORE_ROW)
		copy(out, 14, store_text(st, 0));
	store_done(st);
}

struct app_option *
permohonan_sql_state_options(struct store *s, int *np)
{
	struct store_stmt *st;
	struct app_option *v = NULL;
	int n = 0, rc, i;

	*np = 0;
	st = store_query(s, "SELECT st.code, st.label FROM wf_state st JOIN"
	    " workflow w ON w.id = st.workflow_id ORDER BY w.id, st.pos", "");
	if (st == NULL)
		return NULL;
	while ((rc = store_step(st)) == STORE_ROW) {
		for (i = 0; i < n; i++)
			if (strcmp(v[i].code, store_text(st, 0)) == 0)
				break;
		if (i < n || n >= 64)
			continue;
		v = xrealloc(v, (size_t)(n + 1) * sizeof(*v));
		copy(v[n].code, sizeof(v[n].code), store_text(st, 0));
		copy(v[n].label, sizeof(v[n].label), store_text(st, 1));
		n++;
	}
	store_done(st);
	if (rc != STORE_DONE) {
		free(v);
		return NULL;
	}
	*np = n;
	return v != NULL ? v : xcalloc(1, sizeof(*v));
}

struct app_notif *
permohonan_sql_notif_list(struct store *s, int64_t account_id, int limit,
    int *np)
{
	struct store_stmt *st;
	struct app_notif *v;
	int n = 0, rc;

	*np = 0;
	st = store_query(s, "SELECT id, at, text, link, read_at IS NULL FROM"
	    " notifikasi WHERE account_id = ? ORDER BY id DESC LIMIT ?", "id",
	    account_id, limit);
	if (st == NULL)
		return NULL;
	v = xcalloc((size_t)limit, sizeof(*v));
	while ((rc = store_step(st)) == STORE_ROW) {
		v[n].id = store_int(st, 0);
		v[n].at = (time_t)store_int(st, 1);
		copy(v[n].text, sizeof(v[n].text), store_text(st, 2));
		copy(v[n].link, sizeof(v[n].link), store_text(st, 3));
		v[n].unread = (int)store_int(st, 4);
		n++;
	}
	store_done(st);
	if (rc != STORE_DONE) {
		free(v);
		return NULL;
	}
	*np = n;
	return v;
}

int
permohonan_sql_notif_read_all(struct store *s, int64_t account_id,
    int64_t now)
{
	if (store_run(s, "UPDATE notifikasi SET read_at = ? WHERE"
	    " account_id = ? AND read_at IS NULL", "ii", now,
	    account_id) != 0)
		return -1;
	return store_changes(s);
}
