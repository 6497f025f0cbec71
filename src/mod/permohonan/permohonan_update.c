/*
 * permohonan_perbaikan.c: the applicant's corrections of a draft or of an
 * application sent back for fixing (permohonan_update()), a job of the
 * group commit.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/msg.h"
#include "lib/str.h"
#include "lib/xalloc.h"
#include "store/batch.h"
#include "store/store.h"
#include "permohonan_impl.h"
#include "permohonan.h"
#include "mod/audit/audit.h"
#include "mod/berkas/berkas.h"
#include "mod/alur/workflow.h"
#include "sql.h"

/* The base of an edit being read (stored_load()). */
struct stored {
	const struct svc *v;
	const struct permohonan_input *in;
	char **old;
	char *have_doc;
	int64_t *kept;
};

static int
stored_value(void *arg, const char *name, const char *value)
{
	struct stored *sd = arg;
	int i;

	for (i = 0; i < sd->v->nf; i++)
		if (strcmp(sd->v->f[i].name, name) == 0 && sd->old[i] == NULL)
			sd->old[i] = xstrdup(value);
	return 0;
}

static int
stored_doc(void *arg, const char *code, int64_t size)
{
	struct stored *sd = arg;
	int i, j, replaced = 0;

	for (j = 0; j < sd->in->ndocs; j++)
		if (sd->in->docs[j].code != NULL &&
		    strcmp(sd->in->docs[j].code, code) == 0)
			replaced = 1;
	if (!replaced)
		*sd->kept += size;
	for (i = 0; i < sd->v->nd; i++)
		if (strcmp(sd->v->d[i].code, code) == 0)
			sd->have_doc[i] = 1;
	return 0;
}

/* Fields and documents stored for application id (an edit's base). */
static int
stored_load(struct store *s, int64_t id, const struct svc *v, char ***oldp,
    int64_t *doc_bytes_kept, const struct permohonan_input *in, char *have_doc)
{
	struct stored sd;
	char **old;

	old = xcalloc((size_t)(v->nf > 0 ? v->nf : 1), sizeof(*old));
	*oldp = old;
	sd.v = v;
	sd.in = in;
	sd.old = old;
	sd.have_doc = have_doc;
	sd.kept = doc_bytes_kept;
	if (permohonan_sql_each_value(s, id, stored_value, &sd) != 0)
		return -1;
	*doc_bytes_kept = 0;
	if (permohonan_sql_each_upload(s, id, stored_doc, &sd) != 0)
		return -1;
	return 0;
}

/* Can the applicant still edit an application in state (or a draft)? */
static int
editable(const struct workflow *wf, const char *state, int draft)
{
	const struct wf_state *to;
	int i;

	if (draft)
		return 1;
	for (i = 0; i < wf->nactions; i++) {
		if (!(wf->actions[i].roles & ROLE_WARGA) ||
		    !workflow_action_from(&wf->actions[i], state))
			continue;
		to = workflow_state(wf, wf->actions[i].to);
		if (to != NULL && !to->terminal)
			return 1; /* e.g. ajukan_ulang */
	}
	return 0;
}

/* An edit being checked and written (struct permohonan_perbaikan). */
struct permohonan_updating {
	struct svc v;
	struct place pl;
	struct workflow *wf;
	struct doc_ok ok[PERMOHONAN_MAX_DOCS];
	char **old;
	char state[41];
	char kode[24];
	char nomor[64];
	int draft;
};

/* Refuse the edit with rc (errs may say why): nothing is written. */
static int
update_refuse(struct permohonan_perbaikan *q, int rc)
{
	q->rc = rc;
	return 1;
}

/* Read the application and validate the edit, with no transaction. */
static int
update_check(struct store *s, struct store_job *j)
{
	struct permohonan_perbaikan *q = (struct permohonan_perbaikan *)j;
	const struct permohonan_input *in = &q->in;
	struct field_errs *errs = &q->errs;
	struct permohonan_updating *u;
	char code[21] = "", wil[14] = "", have_doc[64];
	int64_t pemohon = 0, kept = 0;

	memset(&q->res, 0, sizeof(q->res));
	memset(have_doc, 0, sizeof(have_doc));
	u = q->u = xcalloc(1, sizeof(*u));
	if (permohonan_sql_edit_base(s, q->id, &pemohon, code, wil, u->state,
		&u->draft, u->kode, u->nomor) != 0)
		return update_refuse(q, -2);
	if (pemohon == 0 || pemohon != q->applicant->id)
		return update_refuse(q, -3);
	if (in->nfields < 0 || in->nfields > PERMOHONAN_MAX_FIELDS ||
	    in->ndocs < 0 || in->ndocs > PERMOHONAN_MAX_DOCS) {
		field_err_add(errs, "berkas", msg(M_AP_TOO_MANY));
		return update_refuse(q, -1);
	}
	u->wf = xcalloc(1, sizeof(*u->wf));
	if (permohonan_svc_load(s, code, &u->v) != 0 || u->v.workflow_id == 0 ||
	    workflow_load(s, u->v.workflow_id, u->wf) != 0 ||
	    workflow_state(u->wf, u->wf->initial) == NULL) {
		field_err_add(errs, "layanan", msg(M_AP_LAYANAN_OFFLINE));
		return update_refuse(q, -1);
	}
	if (!editable(u->wf, u->state, u->draft))
		return update_refuse(q, -3);
	if (permohonan_place_load(s, wil, &u->pl) != 0) {
		field_err_add(errs, "wilayah", msg(M_AP_WILAYAH_UNKNOWN));
		return update_refuse(q, -1);
	}
	if (u->v.nd > (int)sizeof(have_doc) ||
	    stored_load(s, q->id, &u->v, &u->old, &kept, in, have_doc) != 0)
		return update_refuse(q, -2);
	permohonan_fields_check(&u->v, in, u->old, u->draft && in->draft, errs);
	permohonan_docs_check(&u->v, in, kept, u->ok, errs);
	if (!(u->draft && in->draft))
		permohonan_docs_require(&u->v, in, have_doc, errs);
	if (errs->n > 0)
		return update_refuse(q, -1);
	q->rc = 0;
	return 0;
}

/* The new documents of a checked edit, not yet durable. */
static int
update_stage(const char *data_dir, struct store_job *j)
{
	struct permohonan_perbaikan *q = (struct permohonan_perbaikan *)j;
	int i;

	for (i = 0; i < q->in.ndocs; i++)
		if (berkas_stage(data_dir, q->u->ok[i].in->data,
			q->u->ok[i].in->len, q->u->ok[i].sha256) != 0)
			return -1;
	return q->in.ndocs;
}

/* The edit's rows, in the batch's transaction. */
static int
update_apply(struct store *s, struct store_job *j)
{
	struct permohonan_perbaikan *q = (struct permohonan_perbaikan *)j;
	const struct permohonan_input *in = &q->in;
	const struct account *who = q->applicant;
	struct permohonan_updating *u = q->u;
	struct permohonan_result *res = &q->res;
	struct audit a;
	char idbuf[24];
	int i;

	/* the case must not have moved since it was read */
	if (permohonan_sql_unmoved(s, q->id, u->state, u->draft) != 1)
		return update_refuse(q, -3);
	for (i = 0; i < in->nfields; i++) {
		const char *val =
		    in->fields[i].value ? in->fields[i].value : "";

		if (permohonan_sql_value_clear(s, q->id, in->fields[i].name) !=
		    0)
			return -1;
		if (!permohonan_blank(val) &&
		    permohonan_sql_value_add(s, q->id, in->fields[i].name,
			val) != 0)
			return -1;
	}
	res->id = q->id;
	str_field(res->kode_lacak, sizeof(res->kode_lacak), u->kode);
	str_field(res->nomor, sizeof(res->nomor), u->nomor);
	str_field(res->state, sizeof(res->state), u->state);
	snprintf(idbuf, sizeof(idbuf), "draf-%lld", (long long)q->id);
	if (u->draft && !in->draft) {
		if (permohonan_submit(s, q->id, &u->v, u->wf, &u->pl, who,
			u->kode, q->addr, q->now, res) != 0)
			return -1;
	} else {
		memset(&a, 0, sizeof(a));
		a.actor_id = who->id;
		a.role = "warga";
		a.action = "permohonan.ubah";
		a.object_type = "permohonan";
		a.object_id = *u->nomor ? u->nomor : idbuf;
		a.from_state = u->state;
		a.to_state = u->state;
		a.addr = q->addr;
		if (audit_write(s, &a) != 0)
			return -1;
	}
	return permohonan_docs_record(s, q->id,
		   *res->nomor ? res->nomor : idbuf, who, "warga", u->ok,
		   in->ndocs, q->addr, q->now) != 0
	    ? -1
	    : 0;
}

/* A storage failure; an edit already refused keeps its answer. */
static void
update_fail(struct store_job *j, int files)
{
	struct permohonan_perbaikan *q = (struct permohonan_perbaikan *)j;

	if (q->rc != 0)
		return;
	memset(&q->res, 0, sizeof(q->res));
	if (files)
		field_err_add(&q->errs, "berkas", msg(M_BK_STORE_FAILED));
	q->rc = -2;
}

static void
update_end(struct store_job *j)
{
	struct permohonan_perbaikan *q = (struct permohonan_perbaikan *)j;
	int i;

	if (q->u == NULL)
		return;
	if (q->u->old != NULL)
		for (i = 0; i < q->u->v.nf; i++)
			free(q->u->old[i]);
	free(q->u->old);
	free(q->u->wf);
	permohonan_svc_free(&q->u->v);
	free(q->u);
	q->u = NULL;
}

void
permohonan_update_job(struct permohonan_perbaikan *q)
{
	q->job.check = update_check;
	q->job.stage = update_stage;
	q->job.apply = update_apply;
	q->job.fail = update_fail;
	q->job.end = update_end;
}

int
permohonan_update(struct store *s, const char *data_dir,
    const struct account *who, int64_t id, const struct permohonan_input *in,
    const char *addr, time_t now, struct permohonan_result *res,
    struct field_errs *errs)
{
	struct permohonan_perbaikan *q = xcalloc(1, sizeof(*q));
	struct store_job *j = &q->job;
	int rc;

	q->applicant = who;
	q->id = id;
	q->in = *in;
	q->addr = addr;
	q->now = now;
	permohonan_update_job(q);
	(void)store_batch(s, data_dir, &j, 1, 0);
	*res = q->res;
	*errs = q->errs;
	rc = q->rc;
	free(q);
	return rc;
}
