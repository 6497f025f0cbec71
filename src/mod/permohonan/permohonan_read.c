/*
 * permohonan_read.c: who may see an application, the citizen's list, the
 * officer inbox, one application with its fields, documents and history,
 * and the actions its viewer may take.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/msg.h"
#include "lib/str.h"
#include "lib/xalloc.h"
#include "store/store.h"
#include "mod/akses/akses.h"
#include "permohonan_impl.h"
#include "permohonan_query.h"
#include "permohonan.h"
#include "mod/audit/audit.h"
#include "mod/akun/nik_verif.h"
#include "mod/alur/workday.h"
#include "mod/alur/workflow.h"
#include "sql.h"

int
permohonan_visible(struct store *s, const struct account *who, int64_t id)
{
	int64_t pemohon = 0, unit = 0;
	int draft = 1;

	if (who == NULL || id <= 0)
		return 0;
	if (permohonan_sql_access(s, id, &pemohon, &unit, &draft) != 1)
		return 0;
	if (pemohon == who->id)
		return 1;
	if (draft || !(who->roles & ROLE_STAFF))
		return 0;
	if (who->roles & PERMOHONAN_READ_ALL)
		return 1;
	if (who->unit_id == 0)
		return 0;
	if (unit == who->unit_id)
		return 1;
	/* handled before by an account of the officer's unit */
	return permohonan_sql_handled_by(s, id, who->unit_id) == 1;
}

int64_t
permohonan_id_nomor(struct store *s, const char *nomor)
{
	if (nomor == NULL || *nomor == '\0' || strlen(nomor) > 63)
		return 0;
	return permohonan_sql_id_nomor(s, nomor);
}

int64_t
permohonan_id_lacak(struct store *s, const char *kode)
{
	if (kode == NULL || *kode == '\0' || strlen(kode) > 23)
		return 0;
	return permohonan_sql_id_lacak(s, kode);
}

static int
limit_of(const struct permohonan_filter *f)
{
	if (f->limit <= 0)
		return 50;
	return f->limit > 500 ? 500 : f->limit;
}

static struct permohonan_row *
list_run(struct store *s, int mode, const struct account *who,
    const struct permohonan_filter *f, int readall, time_t now, int *np,
    int64_t *totalp)
{
	char today[11], soon[11];

	*np = 0;
	workday_date(now, today);
	if (f->tenggat == 2)
		workday_add(s, now, 2, soon);
	else
		memcpy(soon, today, sizeof(soon));
	return permohonan_sql_list(s, mode, who, f, readall, today, soon,
	    limit_of(f), np, totalp);
}

struct permohonan_row *
permohonan_list_mine(struct store *s, const struct account *who,
    const struct permohonan_filter *f, time_t now, int *np, int64_t *totalp)
{
	return list_run(s, 0, who, f, 0, now, np, totalp);
}

struct permohonan_row *
permohonan_inbox(struct store *s, const struct account *who,
    const struct permohonan_filter *f, time_t now, int *np, int64_t *totalp)
{
	int readall = (who->roles & PERMOHONAN_READ_ALL) != 0;

	if (!(who->roles & ROLE_STAFF) || (!readall && who->unit_id == 0)) {
		*np = 0; /* citizens have no inbox */
		if (totalp != NULL)
			*totalp = 0;
		return xcalloc(1, sizeof(struct permohonan_row));
	}
	return list_run(s, 1, who, f, readall, now, np, totalp);
}

void
permohonan_view_free(struct permohonan_view *v)
{
	int i;

	permohonan_form_free(v->fields, v->nfields, v->docs, v->ndocs);
	for (i = 0; v->hist != NULL && i < v->nhist; i++)
		free(v->hist[i].note);
	free(v->hist);
	memset(v, 0, sizeof(*v));
}

int
permohonan_load(struct store *s, int64_t id, struct permohonan_view *v)
{
	char today[11];
	int64_t lid;
	int rc;

	memset(v, 0, sizeof(*v));
	workday_date(time(NULL), today);
	rc = permohonan_sql_view_row(s, id, today, v);
	if (rc < 0)
		return -1;
	if (rc == 0)
		goto fail;
	if (permohonan_form_load(s, v->row.layanan_code, &lid, &v->fields,
		&v->nfields, &v->docs, &v->ndocs) != 0 ||
	    permohonan_sql_view_values(s, v) != 0 ||
	    permohonan_sql_view_docs(s, v) != 0 ||
	    permohonan_sql_view_hist(s, v) != 0)
		goto fail;
	v->pemohon_nik_verified = nikv_applicant_ok(s, id) == 1;
	return 0;
fail:
	permohonan_view_free(v);
	return -1;
}

/* The open hold on application id as the officer reads it: 1, else 0. */
static int
held_of(struct store *s, int64_t id, char *out, size_t len)
{
	char why[STR_CHARS(300)];

	if (permohonan_sql_tahan_alasan(s, id, why, sizeof(why)) != 1)
		return 0;
	snprintf(out, len, msg(M_ACT_TAHAN), why);
	return 1;
}

int
permohonan_actions(struct store *s, const struct account *who,
    const struct permohonan_view *v, struct permohonan_action *out, int max)
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
	    (cur = workflow_state(wf, v->row.state)) == NULL || cur->terminal) {
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
		str_field(out[n].code, sizeof(out[n].code), a->code);
		str_field(out[n].label, sizeof(out[n].label), a->label);
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
			else if (*who->id_nik == '\0') /* issue 12 item 5 */
				out[n].blocked = msg(M_NIKV_STAFF_NONE);
			else if (a->signs_document &&
			    nikv_applicant_ok(s, v->row.id) != 1)
				out[n].blocked = msg(M_NIKV_SIGN_UNVERIFIED);
			else if (a->decides && v->verified_by == who->id)
				out[n].blocked = msg(M_ACT_SOD_VERIFIER);
			else if (a->signs_document &&
			    held_of(s, v->row.id, out[n].held,
				sizeof(out[n].held)))
				out[n].blocked = out[n].held;
		}
		n++;
	}
	free(wf);
	return n;
}

int
permohonan_doc(struct store *s, int64_t id, const char *code, char sha256[65],
    char filename[STR_CHARS(200)], char mime[24])
{
	return permohonan_sql_doc(s, id, code, sha256, filename, mime);
}

int64_t
permohonan_applicant(struct store *s, int64_t id)
{
	return permohonan_sql_applicant(s, id);
}

int
permohonan_in_queue(struct store *s, const struct account *who, int64_t id,
    char *step, size_t steplen)
{
	if (!(who->roles &
		(ROLE_OPERATOR | ROLE_VERIFIKATOR | ROLE_PENANDATANGAN |
		    ROLE_KEPALA)) ||
	    who->unit_id == 0)
		return 0;
	return permohonan_sql_queue_step(s, id, who->unit_id, step, steplen);
}

int
permohonan_audit_read(struct store *s, const struct account *who, int64_t id,
    const char *addr, const char *purpose)
{
	char object[64] = "";
	int64_t pemohon = 0;

	if (permohonan_sql_read_object(s, id, object, sizeof(object),
		&pemohon) != 0)
		return -1;
	if (pemohon == 0)
		return -1;
	return akses_record(s, who, pemohon, "permohonan", object, purpose,
	    addr, time(NULL));
}
