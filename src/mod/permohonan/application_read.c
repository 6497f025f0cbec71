/*
 * application_read.c: who may see an application, the citizen's list, the
 * officer inbox, one application with its fields, documents and history,
 * and the actions its viewer may take.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/msg.h"
#include "lib/xalloc.h"
#include "store/store.h"
#include "mod/akses/akses.h"
#include "app_impl.h"
#include "app_query.h"
#include "application.h"
#include "mod/audit/audit.h"
#include "mod/akun/nik_verif.h"
#include "mod/alur/workday.h"
#include "mod/alur/workflow.h"

/* The columns of struct app_row, in load order; ? ? = today, today. */
#define ROW_COLS \
	"p.id, coalesce(p.nomor, ''), p.kode_lacak, l.code, l.name, p.state," \
	" coalesce(ws.label, p.state), coalesce(ws.terminal, 0), p.draft," \
	" a.full_name, p.wilayah_code, coalesce(w.name, ''), p.unit_id," \
	" u.code, u.name, p.assigned_role, p.created_at," \
	" coalesce(p.submitted_at, 0), p.state_since," \
	" coalesce(p.state_due, ''), coalesce(p.due_date, '')," \
	" CASE WHEN p.draft = 0 AND p.finished_at IS NULL AND" \
	" ((p.state_due IS NOT NULL AND p.state_due < ?) OR" \
	" (p.due_date IS NOT NULL AND p.due_date < ?)) THEN 1 ELSE 0 END"
#define ROW_FROM \
	" FROM permohonan p JOIN layanan l ON l.id = p.layanan_id" \
	" JOIN account a ON a.id = p.pemohon_id" \
	" JOIN unit u ON u.id = p.unit_id" \
	" LEFT JOIN wilayah w ON w.code = p.wilayah_code" \
	" LEFT JOIN wf_state ws ON ws.workflow_id = l.workflow_id AND" \
	" ws.code = p.state"
#define NROW_COLS 22

static void
row_read(struct store_stmt *st, struct app_row *r)
{
	memset(r, 0, sizeof(*r));
	r->id = store_int(st, 0);
	app_copy(r->nomor, sizeof(r->nomor), store_text(st, 1));
	app_copy(r->kode_lacak, sizeof(r->kode_lacak), store_text(st, 2));
	app_copy(r->layanan_code, sizeof(r->layanan_code), store_text(st, 3));
	app_copy(r->layanan_name, sizeof(r->layanan_name), store_text(st, 4));
	app_copy(r->state, sizeof(r->state), store_text(st, 5));
	app_copy(r->state_label, sizeof(r->state_label), store_text(st, 6));
	r->terminal = (int)store_int(st, 7);
	r->draft = (int)store_int(st, 8);
	app_copy(r->pemohon_name, sizeof(r->pemohon_name), store_text(st, 9));
	app_copy(r->wilayah_code, sizeof(r->wilayah_code), store_text(st, 10));
	app_copy(r->wilayah_name, sizeof(r->wilayah_name), store_text(st, 11));
	r->unit_id = store_int(st, 12);
	app_copy(r->unit_code, sizeof(r->unit_code), store_text(st, 13));
	app_copy(r->unit_name, sizeof(r->unit_name), store_text(st, 14));
	app_copy(r->assigned_role, sizeof(r->assigned_role),
	    store_text(st, 15));
	r->created_at = (time_t)store_int(st, 16);
	r->submitted_at = (time_t)store_int(st, 17);
	r->state_since = (time_t)store_int(st, 18);
	app_copy(r->state_due, sizeof(r->state_due), store_text(st, 19));
	app_copy(r->due_date, sizeof(r->due_date), store_text(st, 20));
	r->overdue = (int)store_int(st, 21);
}

int
application_visible(struct store *s, const struct account *who, int64_t id)
{
	struct store_stmt *st;
	int64_t pemohon = 0, unit = 0;
	int draft = 1, found = 0;

	if (who == NULL || id <= 0)
		return 0;
	st = store_query(s, "SELECT pemohon_id, unit_id, draft FROM permohonan"
	    " WHERE id = ?", "i", id);
	if (st == NULL)
		return 0;
	if (store_step(st) == STORE_ROW) {
		found = 1;
		pemohon = store_int(st, 0);
		unit = store_int(st, 1);
		draft = (int)store_int(st, 2);
	}
	store_done(st);
	if (!found)
		return 0;
	if (pemohon == who->id)
		return 1;
	if (draft || !(who->roles & ROLE_STAFF))
		return 0;
	if (who->roles & APP_READ_ALL)
		return 1;
	if (who->unit_id == 0)
		return 0;
	if (unit == who->unit_id)
		return 1;
	/* handled before by an account of the officer's unit */
	return store_scalar(s, 0, "SELECT EXISTS (SELECT 1 FROM"
	    " permohonan_riwayat r JOIN account x ON x.id = r.actor_id WHERE"
	    " r.permohonan_id = ? AND x.unit_id = ? AND r.role <> 'warga')",
	    "ii", id, who->unit_id) == 1;
}

int64_t
application_id(struct store *s, const char *nomor)
{
	if (nomor == NULL || *nomor == '\0' || strlen(nomor) > 63)
		return 0;
	return store_scalar(s, 0, "SELECT id FROM permohonan WHERE nomor = ?",
	    "s", nomor);
}

int64_t
application_id_lacak(struct store *s, const char *kode)
{
	if (kode == NULL || *kode == '\0' || strlen(kode) > 23)
		return 0;
	return store_scalar(s, 0, "SELECT id FROM permohonan WHERE kode_lacak"
	    " = ? AND draft = 0", "s", kode);
}

static int
limit_of(const struct app_filter *f)
{
	if (f->limit <= 0)
		return 50;
	return f->limit > 500 ? 500 : f->limit;
}

/*
 * The one list query: mode 0 is the citizen's own applications, mode 1
 * the officer's inbox (readall: every submitted application).
 */
#define LIST_WHERE \
	" WHERE ((? = 0 AND p.pemohon_id = ?) OR (? = 1 AND p.draft = 0 AND" \
	" (? <> 0 OR p.unit_id = ? OR (? <> 0 AND EXISTS (SELECT 1 FROM" \
	" permohonan_riwayat r JOIN account x ON x.id = r.actor_id WHERE" \
	" r.permohonan_id = p.id AND x.unit_id = ? AND r.role <> 'warga')))))" \
	" AND (? = '' OR p.state = ?) AND (? = '' OR l.code = ?)" \
	" AND (? = 0 OR p.finished_at IS NULL)"

static struct app_row *
list_run(struct store *s, int mode, const char *order,
    const struct account *who, const struct app_filter *f, int readall,
    time_t now, int *np, int64_t *totalp)
{
	const char *state = f->state ? f->state : "";
	const char *lay = f->layanan ? f->layanan : "";
	struct store_stmt *st;
	struct app_row *v = NULL;
	char today[11], *sql;
	int n = 0, cap = 0, rc;

	*np = 0;
	workday_date(now, today);
	sql = xasprintf("SELECT " ROW_COLS ROW_FROM LIST_WHERE " ORDER BY %s"
	    " LIMIT ? OFFSET ?", order);
	st = store_query(s, sql, "ssdiddidissssddd", today, today, mode,
	    who->id, mode, readall, who->unit_id, f->all_visible, who->unit_id,
	    state, state, lay, lay, f->open_only, limit_of(f),
	    f->offset > 0 ? f->offset : 0);
	free(sql);
	if (st == NULL)
		return NULL;
	while ((rc = store_step(st)) == STORE_ROW) {
		if (n == cap) {
			cap = cap ? cap * 2 : 16;
			v = xrealloc(v, (size_t)cap * sizeof(*v));
		}
		row_read(st, &v[n++]);
	}
	store_done(st);
	if (rc != STORE_DONE) {
		free(v);
		return NULL;
	}
	if (v == NULL)
		v = xcalloc(1, sizeof(*v));
	if (totalp != NULL)
		*totalp = store_scalar(s, 0, "SELECT count(*)" ROW_FROM
		    LIST_WHERE, "diddidissssd", mode, who->id, mode, readall,
		    who->unit_id, f->all_visible, who->unit_id, state, state,
		    lay, lay, f->open_only);
	*np = n;
	return v;
}

struct app_row *
application_list_mine(struct store *s, const struct account *who,
    const struct app_filter *f, time_t now, int *np, int64_t *totalp)
{
	return list_run(s, 0, "p.created_at DESC, p.id DESC", who, f, 0, now,
	    np, totalp);
}

struct app_row *
application_inbox(struct store *s, const struct account *who,
    const struct app_filter *f, time_t now, int *np, int64_t *totalp)
{
	int readall = (who->roles & APP_READ_ALL) != 0;

	if (!(who->roles & ROLE_STAFF) || (!readall && who->unit_id == 0)) {
		*np = 0;	/* citizens have no inbox */
		if (totalp != NULL)
			*totalp = 0;
		return xcalloc(1, sizeof(struct app_row));
	}
	return list_run(s, 1, "22 DESC, (p.state_due IS NULL), p.state_due,"
	    " p.submitted_at, p.id", who, f, readall, now, np, totalp);
}

void
application_view_free(struct app_view *v)
{
	int i;

	app_form_free(v->fields, v->nfields, v->docs, v->ndocs);
	for (i = 0; v->hist != NULL && i < v->nhist; i++)
		free(v->hist[i].note);
	free(v->hist);
	memset(v, 0, sizeof(*v));
}

/* Fill the values and uploads of the declared fields and documents. */
static int
view_fill(struct store *s, struct app_view *v)
{
	struct store_stmt *st;
	struct app_view_doc *d;
	int i, rc;

	st = store_query(s, "SELECT name, value FROM permohonan_isian WHERE"
	    " permohonan_id = ?", "i", v->row.id);
	if (st == NULL)
		return -1;
	while ((rc = store_step(st)) == STORE_ROW)
		for (i = 0; i < v->nfields; i++)
			if (strcmp(v->fields[i].name, store_text(st, 0)) == 0) {
				free(v->fields[i].value);
				v->fields[i].value = xstrdup(store_text(st, 1));
			}
	store_done(st);
	if (rc != STORE_DONE)
		return -1;
	st = store_query(s, "SELECT pb.doc_code, pb.sha256, pb.filename, b.mime,"
	    " b.size, pb.uploaded_at FROM permohonan_berkas pb JOIN berkas b"
	    " ON b.sha256 = pb.sha256 WHERE pb.permohonan_id = ? ORDER BY"
	    " pb.uploaded_at, pb.doc_code", "i", v->row.id);
	if (st == NULL)
		return -1;
	while ((rc = store_step(st)) == STORE_ROW) {
		d = NULL;
		for (i = 0; i < v->ndocs; i++)
			if (strcmp(v->docs[i].code, store_text(st, 0)) == 0)
				d = &v->docs[i];
		if (d == NULL) {
			/* an officer's upload (e.g. a review): not declared */
			v->docs = xrealloc(v->docs, (size_t)(v->ndocs + 1) *
			    sizeof(*v->docs));
			d = &v->docs[v->ndocs++];
			memset(d, 0, sizeof(*d));
			app_copy(d->code, sizeof(d->code), store_text(st, 0));
			d->name = xstrdup(store_text(st, 0));
		}
		app_copy(d->sha256, sizeof(d->sha256), store_text(st, 1));
		app_copy(d->filename, sizeof(d->filename), store_text(st, 2));
		app_copy(d->mime, sizeof(d->mime), store_text(st, 3));
		d->size = store_int(st, 4);
		d->uploaded_at = (time_t)store_int(st, 5);
	}
	store_done(st);
	return rc == STORE_DONE ? 0 : -1;
}

static int
hist_fill(struct store *s, struct app_view *v)
{
	struct store_stmt *st;
	struct app_view_hist *h;
	int cap = 0, rc;

	st = store_query(s, "SELECT r.at, coalesce(a.full_name, ''), r.role,"
	    " r.action, coalesce(wa.label, r.action), r.from_state,"
	    " r.to_state, coalesce(ws.label, r.to_state), r.note FROM"
	    " permohonan_riwayat r LEFT JOIN account a ON a.id = r.actor_id"
	    " LEFT JOIN wf_action wa ON wa.workflow_id = ? AND wa.code ="
	    " r.action LEFT JOIN wf_state ws ON ws.workflow_id = ? AND"
	    " ws.code = r.to_state WHERE r.permohonan_id = ? ORDER BY r.id",
	    "iii", v->workflow_id, v->workflow_id, v->row.id);
	if (st == NULL)
		return -1;
	while ((rc = store_step(st)) == STORE_ROW) {
		if (v->nhist == cap) {
			cap = cap ? cap * 2 : 8;
			v->hist = xrealloc(v->hist, (size_t)cap *
			    sizeof(*v->hist));
		}
		h = &v->hist[v->nhist++];
		memset(h, 0, sizeof(*h));
		h->at = (time_t)store_int(st, 0);
		app_copy(h->actor_name, sizeof(h->actor_name),
		    store_text(st, 1));
		app_copy(h->role, sizeof(h->role), store_text(st, 2));
		app_copy(h->action, sizeof(h->action), store_text(st, 3));
		app_copy(h->action_label, sizeof(h->action_label),
		    store_text(st, 4));
		app_copy(h->from_state, sizeof(h->from_state),
		    store_text(st, 5));
		app_copy(h->to_state, sizeof(h->to_state), store_text(st, 6));
		app_copy(h->to_label, sizeof(h->to_label), store_text(st, 7));
		h->note = xstrdup(store_text(st, 8));
	}
	store_done(st);
	return rc == STORE_DONE ? 0 : -1;
}

int
application_load(struct store *s, int64_t id, struct app_view *v)
{
	struct store_stmt *st;
	char today[11];
	int64_t lid;
	int found = 0;

	memset(v, 0, sizeof(*v));
	workday_date(time(NULL), today);
	st = store_query(s, "SELECT " ROW_COLS ", p.layanan_id,"
	    " coalesce(l.workflow_id, 0), p.pemohon_id, p.pemohon_nik,"
	    " a.phone, a.email, coalesce(p.verified_by, 0)" ROW_FROM
	    " WHERE p.id = ?", "ssi", today, today, id);
	if (st == NULL)
		return -1;
	if (store_step(st) == STORE_ROW) {
		found = 1;
		row_read(st, &v->row);
		v->layanan_id = store_int(st, NROW_COLS);
		v->workflow_id = store_int(st, NROW_COLS + 1);
		v->pemohon_id = store_int(st, NROW_COLS + 2);
		app_copy(v->pemohon_nik, sizeof(v->pemohon_nik),
		    store_text(st, NROW_COLS + 3));
		app_copy(v->pemohon_phone, sizeof(v->pemohon_phone),
		    store_text(st, NROW_COLS + 4));
		app_copy(v->pemohon_email, sizeof(v->pemohon_email),
		    store_text(st, NROW_COLS + 5));
		v->verified_by = store_int(st, NROW_COLS + 6);
	}
	store_done(st);
	if (!found)
		goto fail;
	if (app_form_load(s, v->row.layanan_code, &lid, &v->fields,
	    &v->nfields, &v->docs, &v->ndocs) != 0 || view_fill(s, v) != 0 ||
	    hist_fill(s, v) != 0)
		goto fail;
	v->pemohon_nik_verified = nikv_applicant_ok(s, id) == 1;
	return 0;
fail:
	application_view_free(v);
	return -1;
}

int
application_actions(struct store *s, const struct account *who,
    const struct app_view *v, struct app_action *out, int max)
{
	struct workflow *wf;
	const struct wf_action *a;
	const struct wf_state *cur;
	unsigned mine, assigned;
	int i, n = 0, own;

	if (who == NULL || v->row.draft || max <= 0)
		return 0;
	wf = xcalloc(1, sizeof(*wf));
	if (workflow_load(s, v->workflow_id, wf) != 0 ||
	    (cur = workflow_state(wf, v->row.state)) == NULL ||
	    cur->terminal) {
		free(wf);
		return 0;
	}
	own = who->id == v->pemohon_id && (who->roles & ROLE_WARGA);
	assigned = *v->row.assigned_role ? role_parse(v->row.assigned_role) : 0;
	for (i = 0; i < wf->nactions && n < max; i++) {
		a = &wf->actions[i];
		if (!workflow_action_from(a, v->row.state))
			continue;
		if (a->roles & ROLE_WARGA) {
			if (!own)
				continue;
		} else {
			mine = who->roles & (a->roles | assigned);
			if (mine == 0 || !(who->roles & ROLE_STAFF) ||
			    who->unit_id == 0 || who->unit_id != v->row.unit_id)
				continue;
		}
		memset(&out[n], 0, sizeof(out[n]));
		app_copy(out[n].code, sizeof(out[n].code), a->code);
		app_copy(out[n].label, sizeof(out[n].label), a->label);
		out[n].note_required = a->note_required;
		out[n].upload_required = a->upload_required;
		out[n].signs_document = a->signs_document;
		out[n].verifies = a->verifies;
		if (!(a->roles & ROLE_WARGA)) {
			if ((*who->nik != '\0' &&
			    strcmp(who->nik, v->pemohon_nik) == 0) ||
			    (*who->id_nik != '\0' &&
			    strcmp(who->id_nik, v->pemohon_nik) == 0))
				out[n].blocked = msg(M_ACT_SOD_OWN_NIK);
			else if (*who->id_nik == '\0')	/* issue 12 item 5 */
				out[n].blocked = msg(M_NIKV_STAFF_NONE);
			else if (a->signs_document &&
			    nikv_applicant_ok(s, v->row.id) != 1)
				out[n].blocked = msg(M_NIKV_SIGN_UNVERIFIED);
			else if (a->decides && v->verified_by == who->id)
				out[n].blocked = msg(M_ACT_SOD_VERIFIER);
		}
		n++;
	}
	free(wf);
	return n;
}

int
application_doc(struct store *s, int64_t id, const char *code,
    char sha256[65], char filename[201], char mime[24])
{
	struct store_stmt *st;
	int found = 0;

	st = store_query(s, "SELECT pb.sha256, pb.filename, b.mime FROM"
	    " permohonan_berkas pb JOIN berkas b ON b.sha256 = pb.sha256 WHERE"
	    " pb.permohonan_id = ? AND pb.doc_code = ?", "is", id, code);
	if (st == NULL)
		return -1;
	if (store_step(st) == STORE_ROW) {
		found = 1;
		app_copy(sha256, 65, store_text(st, 0));
		app_copy(filename, 201, store_text(st, 1));
		app_copy(mime, 24, store_text(st, 2));
	}
	store_done(st);
	return found ? 0 : -1;
}

int64_t
application_applicant(struct store *s, int64_t id)
{
	return store_scalar(s, 0, "SELECT pemohon_id FROM permohonan WHERE"
	    " id = ?", "i", id);
}

int
application_in_queue(struct store *s, const struct account *who, int64_t id,
    char *step, size_t steplen)
{
	struct store_stmt *st;
	int yes = 0;

	if (!(who->roles & (ROLE_OPERATOR | ROLE_VERIFIKATOR |
	    ROLE_PENANDATANGAN | ROLE_KEPALA)) || who->unit_id == 0)
		return 0;
	st = store_query(s, "SELECT coalesce(ws.label, p.state) FROM"
	    " permohonan p JOIN layanan l ON l.id = p.layanan_id"
	    " LEFT JOIN wf_state ws ON ws.workflow_id = l.workflow_id"
	    " AND ws.code = p.state WHERE p.id = ? AND p.unit_id = ?"
	    " AND p.draft = 0", "ii", id, who->unit_id);
	if (st == NULL)
		return 0;
	if (store_step(st) == STORE_ROW) {
		yes = 1;
		app_copy(step, steplen, store_text(st, 0));
	}
	store_done(st);
	return yes;
}

int
application_audit_read(struct store *s, const struct account *who,
    int64_t id, const char *addr, const char *purpose)
{
	struct store_stmt *st;
	char object[64] = "";
	int64_t pemohon = 0;

	st = store_query(s, "SELECT coalesce(nomor, 'draf-' || id), pemohon_id"
	    " FROM permohonan WHERE id = ?", "i", id);
	if (st == NULL)
		return -1;
	if (store_step(st) == STORE_ROW) {
		app_copy(object, sizeof(object), store_text(st, 0));
		pemohon = store_int(st, 1);
	}
	store_done(st);
	if (pemohon == 0)
		return -1;
	return akses_record(s, who, pemohon, "permohonan", object, purpose,
	    addr, time(NULL));
}
