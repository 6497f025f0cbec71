/* app_query.c: queries (and two small writes) for the application pages. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/xalloc.h"
#include "store/store.h"
#include "mod/akun/account.h"
#include "app_query.h"
#include "mod/audit/audit.h"

static void
copy(char *dst, size_t n, const char *src)
{
	snprintf(dst, n, "%s", src);
}

void
app_form_free(struct app_view_field *f, int nf, struct app_view_doc *d,
    int nd)
{
	int i;

	for (i = 0; f != NULL && i < nf; i++) {
		free(f[i].choices);
		free(f[i].value);
	}
	free(f);
	for (i = 0; d != NULL && i < nd; i++)
		free(d[i].name);
	free(d);
}

int
app_form_load(struct store *s, const char *code, int64_t *layanan_id,
    struct app_view_field **fields, int *nfields, struct app_view_doc **docs,
    int *ndocs)
{
	struct store_stmt *st;
	struct app_view_field *f = NULL;
	struct app_view_doc *d = NULL;
	int64_t id;
	int nf = 0, nd = 0, rc;

	*fields = NULL;
	*docs = NULL;
	*nfields = *ndocs = 0;
	id = store_scalar(s, 0, "SELECT id FROM layanan WHERE code = ?", "s",
	    code);
	if (id == 0)
		return -1;
	st = store_query(s, "SELECT name, label, kind, required, choices,"
	    " max_len FROM layanan_isian WHERE layanan_id = ? ORDER BY pos",
	    "i", id);
	if (st == NULL)
		return -1;
	while ((rc = store_step(st)) == STORE_ROW && nf < APP_MAX_FIELDS) {
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
	if (rc != STORE_ROW && rc != STORE_DONE)
		goto fail;
	st = store_query(s, "SELECT code, name, required FROM layanan_dokumen"
	    " WHERE layanan_id = ? ORDER BY pos", "i", id);
	if (st == NULL)
		goto fail;
	while ((rc = store_step(st)) == STORE_ROW && nd < APP_MAX_DOCS) {
		d = xrealloc(d, (size_t)(nd + 1) * sizeof(*d));
		memset(&d[nd], 0, sizeof(d[nd]));
		copy(d[nd].code, sizeof(d[nd].code), store_text(st, 0));
		d[nd].name = xstrdup(store_text(st, 1));
		d[nd].required = (int)store_int(st, 2);
		nd++;
	}
	store_done(st);
	if (rc != STORE_ROW && rc != STORE_DONE)
		goto fail;
	*layanan_id = id;
	*fields = f;
	*nfields = nf;
	*docs = d;
	*ndocs = nd;
	return 0;
fail:
	app_form_free(f, nf, d, nd);
	return -1;
}

struct app_kampung *
app_kampung_list(struct store *s, size_t *np)
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
app_last_wilayah(struct store *s, int64_t account_id, char out[14])
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
app_state_options(struct store *s, int *np)
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
app_notif_list(struct store *s, int64_t account_id, int limit, int *np)
{
	struct store_stmt *st;
	struct app_notif *v;
	int n = 0, rc;

	*np = 0;
	if (limit < 1 || limit > 500)
		limit = 50;
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
app_notif_read_all(struct store *s, int64_t account_id, time_t now)
{
	int n;

	if (store_run(s, "UPDATE notifikasi SET read_at = ? WHERE"
	    " account_id = ? AND read_at IS NULL", "ii", (int64_t)now,
	    account_id) != 0)
		return -1;
	n = store_changes(s);
	return n;
}

