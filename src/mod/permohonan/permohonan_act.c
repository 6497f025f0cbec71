/*
 * permohonan_tindakan.c: workflow actions on an application (permohonan_act() and
 * its signing and option forms): the checks, the move, its history,
 * audit and notifications in one transaction, a job of the group commit;
 * a signing action signs its letter with no transaction open first.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <jansson.h>

#include "lib/buf.h"
#include "lib/msg.h"
#include "lib/str.h"
#include "lib/when.h"
#include "lib/utf8.h"
#include "lib/xalloc.h"
#include "store/batch.h"
#include "store/store.h"
#include "permohonan_impl.h"
#include "permohonan.h"
#include "mod/audit/audit.h"
#include "mod/dokumen/dokumen.h"
#include "mod/bsre/bsre.h"
#include "mod/akun/nik_verif.h"
#include "mod/notifikasi/notify.h"
#include "mod/survei/survei.h"
#include "mod/tlog/tlog.h"
#include "mod/alur/workday.h"
#include "mod/alur/workflow.h"
#include "mod/kinerja/kinerja_agregat.h"
#include "sql.h"

#define NOTE_MAX 2000 /* characters of an officer's note */

static int
case_load(struct store *s, const char *nomor, struct act_case *c)
{
	memset(c, 0, sizeof(*c));
	return permohonan_sql_case(s, nomor, c) == 1 ? 0 : -1;
}

/* "penandatangan, kepala" for the Indonesian refusal. */
static char *
role_labels(unsigned roles)
{
	struct buf b = BUF_INIT;
	unsigned bit;

	buf_init(&b, 64);
	for (bit = 1; bit <= ROLE_LAST; bit <<= 1)
		if ((roles & bit) && role_label(bit) != NULL) {
			if (b.len > 0)
				buf_adds(&b, ", ");
			buf_adds(&b, role_label(bit));
		}
	return buf_detach(&b, NULL);
}

/* Why actor may not take action a on case c (NULL: allowed). */
static const char *
act_refusal(const struct account *actor, const struct act_case *c,
    const struct wf_action *a, char *buf, size_t len, enum act_result *why)
{
	unsigned allowed = a->roles, assigned;
	char *labels;

	*why = ACT_FORBIDDEN;
	if (a->roles & ROLE_WARGA) {
		if (actor->id == c->pemohon_id && (actor->roles & ROLE_WARGA))
			return NULL;
		if (!(a->roles & ~(unsigned)ROLE_WARGA))
			return msg(M_ACT_APPLICANT_ONLY);
		allowed &= ~(unsigned)ROLE_WARGA;
	}
	if ((actor->roles & PERMOHONAN_READ_ALL) && !(actor->roles & allowed) &&
	    (actor->unit_id == 0 || actor->unit_id != c->unit_id))
		return msg(M_ACT_READ_ONLY);
	if (!(actor->roles & ROLE_STAFF) || actor->unit_id == 0) {
		labels = role_labels(allowed);
		snprintf(buf, len, msg(M_ACT_ROLE), a->label, labels);
		free(labels);
		return buf;
	}
	if (actor->unit_id != c->unit_id)
		return msg(M_ACT_OTHER_UNIT);
	assigned = *c->assigned_role ? role_parse(c->assigned_role) : 0;
	if (!(actor->roles & (allowed | assigned))) {
		labels = role_labels(allowed);
		snprintf(buf, len, msg(M_ACT_ROLE), a->label, labels);
		free(labels);
		return buf;
	}
	if ((*actor->nik != '\0' && strcmp(actor->nik, c->pemohon_nik) == 0) ||
	    (*actor->id_nik != '\0' &&
		strcmp(actor->id_nik, c->pemohon_nik) == 0))
		return msg(M_ACT_SOD_OWN_NIK);
	/* issue 12 item 5: no identity, no separation of duties */
	if (*actor->id_nik == '\0')
		return msg(M_NIKV_STAFF_NONE);
	if (a->decides && c->verified_by == actor->id)
		return msg(M_ACT_SOD_VERIFIER);
	return NULL;
}

/* The role name an actor acts in for action a. */
static const char *
acting_role(const struct account *actor, const struct wf_action *a,
    const struct act_case *c)
{
	unsigned m = actor->roles & a->roles, bit;

	if ((a->roles & ROLE_WARGA) && actor->id == c->pemohon_id)
		return "warga";
	if (m == 0 && *c->assigned_role)
		return c->assigned_role;
	for (bit = 1; bit <= ROLE_LAST; bit <<= 1)
		if (m & bit)
			return role_name(bit);
	return "";
}

/* Internal outcomes of act_once() (issue 4 signing). */
#define ACT_NEED_SIGN 100 /* checks passed; sign, then call again */
#define ACT_RETRY 101	  /* the nomor surat was taken; sign again */

/* Where a signing action's letter comes from (set with ACT_NEED_SIGN). */
struct sign_target {
	int64_t id;	 /* application */
	int64_t unit_id; /* issuing unit: the one handling it now */
};

/*
 * The public log entry of a final decision, with no personal data: the
 * deciding unit's code, the service code, the resulting state.
 */
static int
decision_log(struct store *s, int64_t unit_id, const char *layanan,
    const char *hasil, time_t now)
{
	json_t *e;
	char when[21], code[33] = "", *c;
	int rc;

	if (permohonan_sql_unit_code(s, unit_id, &c) != 0)
		return -1;
	if (c != NULL)
		str_field(code, sizeof(code), c);
	free(c);
	when_iso8601(now, when);
	e = json_pack("{s:s,s:s,s:s,s:s,s:s}", "jenis", "keputusan", "unit",
	    code, "layanan", layanan, "hasil", hasil, "waktu", when);
	rc = tlog_append_json(s, e, now, NULL);
	json_decref(e);
	return rc;
}

/* One action being taken (act_body()): what it is and what was read. */
struct acting {
	const char *data_dir;
	const struct account *actor;
	const char *nomor;
	const char *action;
	const char *note;
	const struct permohonan_doc_in *docs;
	int ndocs;
	const struct dokumen_draft *draft; /* NULL: none made yet */
	const struct act_opts *opts;
	const char *addr;
	time_t now;
	const char *why; /* a refusal's explanation */
	char *reason;	 /* why may point here */
	size_t reasonlen;

	struct act_case c;
	struct workflow *wf;
	const struct wf_state *cur;
	const struct wf_state *to;
	const struct wf_action *a;
	struct svc v;
	struct place pl;
	struct permohonan_input in;	       /* the uploads, as checked */
	struct doc_ok ok[PERMOHONAN_MAX_DOCS]; /* into in */
	const char *role;
	int64_t unit; /* handling after the move */
	int warga_act;
};

/* Refuse x with rc, explained by why (may be NULL). */
static int
act_no(struct acting *x, int rc, const char *why)
{
	x->why = why;
	return rc;
}

/*
 * Every check of x in the transaction, nothing written: ACT_OK to go on,
 * ACT_NEED_SIGN (tgt set) for a signing action without its draft, or the
 * refusal.
 */
static int
act_check(struct store *s, struct acting *x, struct sign_target *tgt)
{
	struct act_case *c = &x->c;
	const struct wf_action *a;
	enum act_result refusal;
	const char *why;

	if (case_load(s, x->nomor, c) != 0 || c->draft ||
	    !permohonan_visible(s, x->actor, c->id))
		return act_no(x, ACT_NOT_FOUND, NULL);
	x->wf = xcalloc(1, sizeof(*x->wf));
	if (c->workflow_id == 0 ||
	    workflow_load(s, c->workflow_id, x->wf) != 0 ||
	    (x->cur = workflow_state(x->wf, c->state)) == NULL)
		return ACT_STORAGE;
	if ((a = x->a = workflow_action(x->wf, x->action)) == NULL)
		return act_no(x, ACT_INVALID, msg(M_ACT_UNKNOWN));
	if (x->cur->terminal)
		return act_no(x, ACT_CONFLICT, msg(M_ACT_DONE));
	if ((why = act_refusal(x->actor, c, a, x->reason, x->reasonlen,
		 &refusal)) != NULL)
		return act_no(x, refusal, why);
	if (!workflow_action_from(a, c->state)) {
		snprintf(x->reason, x->reasonlen, msg(M_ACT_WRONG_STATE),
		    a->label, x->cur->label);
		return act_no(x, ACT_CONFLICT, x->reason);
	}
	/* issue 17: the signed decision (the letter or decree) waits for
	   every hold, e.g. an unpaid SKRD; a refusal (tolak) does not */
	if (a->signs_document) {
		char held[STR_CHARS(300)];
		int h =
		    permohonan_sql_tahan_alasan(s, c->id, held, sizeof(held));

		if (h < 0)
			return ACT_STORAGE;
		if (h > 0) {
			snprintf(x->reason, x->reasonlen, msg(M_ACT_TAHAN),
			    held);
			return act_no(x, ACT_CONFLICT, x->reason);
		}
	}
	if (a->note_required && permohonan_blank(x->note))
		return act_no(x, ACT_INVALID, msg(M_ACT_NOTE_REQUIRED));
	if (a->upload_required && x->ndocs == 0)
		return act_no(x, ACT_INVALID, msg(M_ACT_UPLOAD_REQUIRED));
	if ((x->to = workflow_state(x->wf, a->to)) == NULL)
		return ACT_STORAGE;
	/*
	 * Issue 12 item 5: the KTP is confirmed only with a verifying
	 * action (verified in act_move(), in this transaction); a letter
	 * names only a verified NIK.
	 */
	if (x->opts != NULL && x->opts->ktp_ok && !a->verifies)
		return act_no(x, ACT_INVALID, msg(M_NIKV_KTP_ONLY_VERIFY));
	if (a->signs_document && !(x->opts != NULL && x->opts->ktp_ok) &&
	    nikv_applicant_ok(s, c->id) != 1)
		return act_no(x, ACT_NIK_UNVERIFIED,
		    msg(M_NIKV_SIGN_UNVERIFIED));
	if (a->signs_document && x->draft == NULL) {
		tgt->id = c->id;
		tgt->unit_id = c->unit_id;
		return ACT_NEED_SIGN;
	}
	x->warga_act = (a->roles & ROLE_WARGA) && x->actor->id == c->pemohon_id;
	if (permohonan_svc_load(s, c->layanan, &x->v) != 0 ||
	    permohonan_place_load(s, c->wilayah, &x->pl) != 0)
		return ACT_STORAGE;
	return ACT_OK;
}

/* The uploads of x checked and stored (durable): ACT_OK or a refusal. */
static int
act_docs(struct store *s, struct acting *x)
{
	struct field_errs errs;
	int i;

	if (x->ndocs == 0)
		return ACT_OK;
	memset(&errs, 0, sizeof(errs));
	for (i = 0; i < x->ndocs; i++)
		x->in.docs[i] = x->docs[i];
	x->in.ndocs = x->ndocs;
	permohonan_docs_check(x->warga_act ? &x->v : NULL, &x->in,
	    permohonan_sql_doc_bytes(s, x->c.id), x->ok, &errs);
	if (errs.n > 0)
		return act_no(x, ACT_INVALID, errs.e[0].msg);
	return permohonan_docs_store(x->data_dir, x->ok, x->ndocs) != 0
	    ? ACT_STORAGE
	    : ACT_OK;
}

/*
 * The move itself: the case's state, unit and due date, its history row,
 * the audit event, the uploads' rows and, confirmed, the applicant's NIK.
 */
static int
act_move(struct store *s, struct acting *x)
{
	const struct act_case *c = &x->c;
	const struct account *actor = x->actor;
	struct audit au;
	char state_due[11], *text;
	int rc;

	x->role = acting_role(actor, x->a, c);
	x->unit = permohonan_unit_for(&x->v, &x->pl, x->to->scope, c->unit_id);
	permohonan_due_for(s, x->to, x->now, state_due);
	/* the performance figures change in the same transaction */
	if (permohonan_sql_move(s, c->id, c->state, x->to->code, x->unit,
		(int64_t)x->now, state_due, x->a->verifies, actor->id,
		x->to->terminal) != 0 ||
	    kinerja_agregat_catat(s, c->id) != 0)
		return ACT_STORAGE;
	/* reaching selesai invites the applicant to the survey (once) */
	if (strcmp(x->to->code, "selesai") == 0 &&
	    strcmp(c->state, "selesai") != 0 && survei_undang(s, c->id) != 0)
		return ACT_STORAGE;
	if (permohonan_sql_history_add(s, c->id, (int64_t)x->now, actor->id,
		x->role, x->a->code, c->state, x->to->code, x->note) != 0)
		return ACT_STORAGE;
	memset(&au, 0, sizeof(au));
	au.actor_id = actor->id;
	au.role = x->role;
	au.unit_id = actor->unit_id;
	text = xasprintf("permohonan.%s", x->a->code);
	au.action = text;
	au.object_type = "permohonan";
	au.object_id = c->nomor;
	au.from_state = c->state;
	au.to_state = x->to->code;
	au.note = x->note;
	au.addr = x->addr;
	rc = audit_write(s, &au);
	free(text);
	if (rc != 0 ||
	    permohonan_docs_record(s, c->id, c->nomor, actor, x->role, x->ok,
		x->ndocs, x->addr, x->now) != 0)
		return ACT_STORAGE;
	if (x->opts == NULL || !x->opts->ktp_ok)
		return ACT_OK;
	/* the applicant's NIK must still be the application's */
	if (permohonan_sql_nik_is(s, c->pemohon_id, c->pemohon_nik) != 1)
		return act_no(x, ACT_CONFLICT, msg(M_NIKV_KTP_CHANGED));
	return nikv_verify_tx(s, actor, c->pemohon_id, "permohonan", c->nomor,
		   x->addr, x->now) != 0
	    ? ACT_STORAGE
	    : ACT_OK;
}

/* A signing action's letter registered with its audit event. */
static int
act_register(struct store *s, struct acting *x)
{
	const struct dokumen_draft *draft = x->draft;
	struct audit au;
	int64_t docid;
	int i;

	if (draft->permohonan_id != x->c.id)
		return ACT_STORAGE;
	if ((i = dokumen_register(s, draft, NULL, x->actor, x->now, &docid)) ==
	    1)
		return ACT_RETRY;
	memset(&au, 0, sizeof(au));
	au.actor_id = x->actor->id;
	au.role = x->role;
	au.unit_id = x->actor->unit_id;
	au.action = "dokumen.terbit";
	au.object_type = "dokumen";
	au.object_id = draft->kode;
	au.to_state = "sah";
	au.note = draft->nomor_surat;
	au.addr = x->addr;
	return i != 0 || audit_write(s, &au) != 0 ? ACT_STORAGE : ACT_OK;
}

/* Tell the applicant (unless it is their own action) and who acts next. */
static int
act_notify(struct store *s, struct acting *x)
{
	const struct act_case *c = &x->c;
	const struct wf_state *to = x->to;
	char *link, *text = NULL;
	const char *event;
	unsigned roles;
	int fix, rc = ACT_OK;

	link = permohonan_link(PERMOHONAN_LINK_WARGA, c->nomor);
	if (!x->warga_act) {
		fix = !to->terminal && *x->note != '\0' &&
		    permohonan_acting_roles(x->wf, to->code) == 0;
		if (fix) {
			event = "permohonan.perbaikan";
			text = xasprintf(msg(M_NOTIF_APP_FIX), c->nomor,
			    c->layanan_name, x->note);
		} else if (strcmp(to->code, "selesai") == 0 &&
		    x->draft != NULL) {
			/* issue 15: the nomor and the letter's verification
			   code reach the applicant */
			event = "permohonan.selesai";
			text = xasprintf(msg(M_NOTIF_APP_DONE_SIGNED), c->nomor,
			    c->layanan_name, x->draft->kode);
		} else {
			event = "permohonan.status";
			text = xasprintf(msg(M_NOTIF_APP_STATUS), c->nomor,
			    c->layanan_name, to->label);
		}
		if (notify_account_event(s, c->pemohon_id, event, text, link) !=
		    0)
			rc = ACT_STORAGE;
		free(text);
	}
	free(link);
	roles = to->terminal ? 0 : permohonan_acting_roles(x->wf, to->code);
	if (rc != ACT_OK || roles == 0)
		return rc;
	link = permohonan_link(PERMOHONAN_LINK_STAFF, c->nomor);
	text = xasprintf(msg(M_NOTIF_APP_WAITING), c->nomor, c->layanan_name,
	    to->label);
	if (notify_unit_event(s, x->unit, roles, "permohonan.menunggu", text,
		link) != 0)
		rc = ACT_STORAGE;
	free(text);
	free(link);
	return rc;
}

/*
 * One attempt of action x, in the caller's transaction (which it commits
 * only on ACT_OK).  With an action that signs a document and no draft
 * yet, stops after the checks (nothing written) with ACT_NEED_SIGN and
 * tgt set; with a draft, registers it in the same transaction (ACT_RETRY
 * if its nomor was taken meanwhile).  On ACT_OK the new state goes to
 * new_state.
 */
static int
act_body(struct store *s, struct acting *x, struct sign_target *tgt,
    char *new_state, size_t nslen)
{
	int rc;

	x->why = NULL;
	if (new_state != NULL && nslen > 0)
		*new_state = '\0';
	if (x->nomor == NULL || x->action == NULL || x->ndocs < 0 ||
	    x->ndocs > PERMOHONAN_MAX_DOCS)
		return ACT_INVALID;
	if (x->note == NULL)
		x->note = "";
	if (text_check(x->note, 0, NOTE_MAX, 1) != NULL)
		return act_no(x, ACT_INVALID, msg(M_AP_NOTE_BAD));
	rc = act_check(s, x, tgt);
	if (rc == ACT_OK)
		rc = act_docs(s, x);
	if (rc == ACT_OK)
		rc = act_move(s, x);
	if (rc == ACT_OK && x->a->signs_document)
		rc = act_register(s, x);
	if (rc == ACT_OK && x->to->terminal && !x->warga_act &&
	    decision_log(s, x->c.unit_id, x->c.layanan, x->to->code, x->now) !=
		0)
		rc = ACT_STORAGE;
	if (rc == ACT_OK)
		rc = act_notify(s, x);
	if (rc == ACT_OK && new_state != NULL && nslen > 0)
		snprintf(new_state, nslen, "%s", x->to->code);
	free(x->wf);
	x->wf = NULL;
	permohonan_svc_free(&x->v);
	return rc;
}

/* act_body() in a transaction of its own. */
static int
act_once(struct store *s, const char *data_dir, const struct account *actor,
    const char *nomor, const char *action, const char *note,
    const struct permohonan_doc_in *docs, int ndocs,
    const struct dokumen_draft *draft, struct sign_target *tgt,
    const struct act_opts *opts, const char *addr, time_t now, char *new_state,
    size_t nslen, const char **why)
{
	static _Thread_local char reason[512]; /* *why: until the next call */
	struct acting *x = xcalloc(1, sizeof(*x));
	int rc;

	*why = NULL;
	if (store_begin(s) != 0) {
		free(x);
		return ACT_STORAGE;
	}
	x->data_dir = data_dir;
	x->actor = actor;
	x->nomor = nomor;
	x->action = action;
	x->note = note;
	x->docs = docs;
	x->ndocs = ndocs;
	x->draft = draft;
	x->opts = opts;
	x->addr = addr;
	x->now = now;
	x->reason = reason;
	x->reasonlen = sizeof(reason);
	rc = act_body(s, x, tgt, new_state, nslen);
	*why = x->why;
	free(x);
	if (rc != ACT_OK)
		store_rollback(s);
	else if (store_commit(s) != 0)
		rc = ACT_STORAGE;
	if (rc != ACT_OK && new_state != NULL && nslen > 0)
		*new_state = '\0';
	return rc;
}

enum act_result
permohonan_act(struct store *s, const char *data_dir,
    const struct account *actor, const char *nomor, const char *action,
    const char *note, const struct permohonan_doc_in *docs, int ndocs,
    const char *addr, time_t now, char *new_state, size_t nslen,
    const char **why)
{
	return permohonan_act_sign(s, data_dir, actor, nomor, action, note,
	    docs, ndocs, NULL, addr, now, new_state, nslen, why);
}

enum act_result
permohonan_act_sign(struct store *s, const char *data_dir,
    const struct account *actor, const char *nomor, const char *action,
    const char *note, const struct permohonan_doc_in *docs, int ndocs,
    const struct act_sign *sign, const char *addr, time_t now, char *new_state,
    size_t nslen, const char **why)
{
	return permohonan_act_opts(s, data_dir, actor, nomor, action, note,
	    docs, ndocs, sign, NULL, addr, now, new_state, nslen, why);
}

/*
 * act_signed() for a unit that signs through BSrE (issue 18): the same
 * throttle, the letter sent once (never again on a busy nomor: the
 * officer is asked to try again), a wrong passphrase counted.
 */
static enum act_result
act_signed_bsre(struct store *s, const char *data_dir,
    const struct account *actor, const char *nomor, const char *action,
    const char *note, const struct permohonan_doc_in *docs, int ndocs,
    const struct act_sign *sign, const struct act_opts *opts,
    struct sign_target *tgt, const char *addr, time_t now, char *new_state,
    size_t nslen, const char **why)
{
	static _Thread_local char err[512]; /* *why: until the next call */
	struct dokumen_draft draft;
	int rc;

	if (dokumen_pass_wait(s, actor->id, now) > 0) {
		*why = dokumen_pass_throttled(
		    dokumen_pass_wait(s, actor->id, now), err, sizeof(err));
		return ACT_THROTTLED;
	}
	rc = bsre_sign_letter(s, sign->ctx, actor, sign->passphrase, tgt->id,
	    tgt->unit_id, now, &draft, err, sizeof(err));
	*why = err;
	switch (rc) {
	case BSRE_OK:
		break;
	case BSRE_PASS:
		if (dokumen_bad_passphrase(s, actor, "permohonan", nomor, addr,
			now) != 0)
			return ACT_STORAGE;
		return ACT_PASSPHRASE;
	case BSRE_UNSURE:
		return ACT_UNSURE;
	case BSRE_REFUSED:
	case BSRE_BAD:
		return ACT_SIGNER;
	default:
		return ACT_STORAGE;
	}
	rc = act_once(s, data_dir, actor, nomor, action, note, docs, ndocs,
	    &draft, tgt, opts, addr, now, new_state, nslen, why);
	if (rc == ACT_RETRY) {
		*why = msg(M_DOKUMEN_BUSY);
		return ACT_STORAGE;
	}
	return (enum act_result)rc;
}

/*
 * An action that signs a document: checks, the key unlocked, the letter
 * made and signed with no transaction open, then act_once() with it
 * (again while its nomor surat was taken meanwhile).
 */
static enum act_result
act_signed(struct store *s, const char *data_dir, const struct account *actor,
    const char *nomor, const char *action, const char *note,
    const struct permohonan_doc_in *docs, int ndocs,
    const struct act_sign *sign, const struct act_opts *opts, const char *addr,
    time_t now, char *new_state, size_t nslen, const char **why)
{
	static _Thread_local char err[256]; /* *why: until the next call */
	struct sign_target tgt;
	struct dokumen_draft draft;
	struct dokumen_key *k;
	int rc, krc, tries;

	memset(&tgt, 0, sizeof(tgt));
	rc = act_once(s, data_dir, actor, nomor, action, note, docs, ndocs,
	    NULL, &tgt, opts, addr, now, new_state, nslen, why);
	if (rc != ACT_NEED_SIGN)
		return (enum act_result)rc;
	if (sign == NULL || sign->passphrase == NULL ||
	    *sign->passphrase == '\0') {
		*why = msg(M_DOKUMEN_PASS_REQUIRED);
		return ACT_INVALID;
	}
	if (sign->ctx == NULL || sign->ctx->pki == NULL) {
		*why = msg(M_DOKUMEN_NO_PKI);
		return ACT_STORAGE;
	}
	if (!dokumen_may_sign_here(sign->ctx, why))
		return ACT_FORBIDDEN;
	if (bsre_backend_for(s, tgt.unit_id, tgt.id) == TTD_BSRE)
		return act_signed_bsre(s, data_dir, actor, nomor, action, note,
		    docs, ndocs, sign, opts, &tgt, addr, now, new_state, nslen,
		    why);
	if ((k = dokumen_key_open(s, actor->id, sign->passphrase, now, &krc)) ==
	    NULL) {
		if (krc == -3) {
			*why = dokumen_pass_throttled(
			    dokumen_pass_wait(s, actor->id, now), err,
			    sizeof(err));
			return ACT_THROTTLED;
		}
		if (krc == -2) {
			if (dokumen_bad_passphrase(s, actor, "permohonan",
				nomor, addr, now) != 0)
				return ACT_STORAGE;
			*why = msg(M_DOKUMEN_PASS_WRONG);
			return ACT_PASSPHRASE;
		}
		*why = msg(M_DOKUMEN_NO_CERT);
		return ACT_FORBIDDEN;
	}
	rc = ACT_STORAGE;
	for (tries = 0; tries < 5; tries++) {
		if (dokumen_make(s, sign->ctx, k, tgt.id, tgt.unit_id, now,
			&draft, err, sizeof(err)) != 0) {
			*why = err;
			rc = ACT_STORAGE;
			break;
		}
		rc = act_once(s, data_dir, actor, nomor, action, note, docs,
		    ndocs, &draft, &tgt, opts, addr, now, new_state, nslen,
		    why);
		if (rc != ACT_RETRY)
			break;
		rc = ACT_STORAGE;
		*why = msg(M_DOKUMEN_BUSY);
	}
	dokumen_key_free(k);
	return (enum act_result)rc;
}

/* Does action of application nomor sign a document? */
static int
act_signs(struct store *s, const char *nomor, const char *action)
{
	struct act_case c;
	struct workflow *wf;
	const struct wf_action *a;
	int signs = 0;

	if (nomor == NULL || action == NULL || case_load(s, nomor, &c) != 0 ||
	    c.workflow_id == 0)
		return 0;
	wf = xcalloc(1, sizeof(*wf));
	if (workflow_load(s, c.workflow_id, wf) == 0 &&
	    (a = workflow_action(wf, action)) != NULL)
		signs = a->signs_document;
	free(wf);
	return signs;
}

/* Keep why in q (the static buffers behind it are reused). */
static void
act_keep_why(struct permohonan_tindakan *q, const char *why)
{
	if (why != NULL && why != q->reason)
		snprintf(q->reason, sizeof(q->reason), "%s", why);
	q->why = why != NULL ? q->reason : NULL;
}

/* A signing action is taken here, whole (permohonan_act_job()). */
static int
act_job_check(struct store *s, struct store_job *j)
{
	struct permohonan_tindakan *q = (struct permohonan_tindakan *)j;
	const char *why = NULL;

	if (!act_signs(s, q->nomor, q->action))
		return 0;
	q->rc = act_signed(s, q->data_dir, q->actor, q->nomor, q->action,
	    q->note, q->docs, q->ndocs, &q->sign, &q->opts, q->addr, q->now,
	    q->state, sizeof(q->state), &why);
	act_keep_why(q, why);
	return 1;
}

static int
act_job_apply(struct store *s, struct store_job *j)
{
	struct permohonan_tindakan *q = (struct permohonan_tindakan *)j;
	struct sign_target tgt;
	struct acting *x = xcalloc(1, sizeof(*x));
	int rc;

	memset(&tgt, 0, sizeof(tgt));
	x->data_dir = q->data_dir;
	x->actor = q->actor;
	x->nomor = q->nomor;
	x->action = q->action;
	x->note = q->note;
	x->docs = q->docs;
	x->ndocs = q->ndocs;
	x->opts = &q->opts;
	x->addr = q->addr;
	x->now = q->now;
	x->reason = q->reason;
	x->reasonlen = sizeof(q->reason);
	rc = act_body(s, x, &tgt, q->state, sizeof(q->state));
	act_keep_why(q, x->why);
	free(x);
	if (rc == ACT_OK)
		return 0;
	*q->state = '\0';
	if (rc == ACT_STORAGE || rc == ACT_NEED_SIGN)
		return -1;
	q->rc = (enum act_result)rc;
	return 1;
}

/* A storage failure; a refused action keeps its answer. */
static void
act_job_fail(struct store_job *j, int files)
{
	struct permohonan_tindakan *q = (struct permohonan_tindakan *)j;

	if (q->rc != ACT_OK)
		return;
	*q->state = '\0';
	q->rc = ACT_STORAGE;
	q->why = NULL;
}

void
permohonan_act_job(struct permohonan_tindakan *q)
{
	q->job.check = act_job_check;
	q->job.apply = act_job_apply;
	q->job.fail = act_job_fail;
}

enum act_result
permohonan_act_opts(struct store *s, const char *data_dir,
    const struct account *actor, const char *nomor, const char *action,
    const char *note, const struct permohonan_doc_in *docs, int ndocs,
    const struct act_sign *sign, const struct act_opts *opts, const char *addr,
    time_t now, char *new_state, size_t nslen, const char **why)
{
	static _Thread_local char reason[512]; /* *why: until the next call */
	struct permohonan_tindakan *q = xcalloc(1, sizeof(*q));
	struct store_job *j = &q->job;
	enum act_result rc;

	*why = NULL;
	if (new_state != NULL && nslen > 0)
		*new_state = '\0';
	if (nomor == NULL || action == NULL || ndocs < 0 ||
	    ndocs > PERMOHONAN_MAX_DOCS) {
		free(q);
		return ACT_INVALID;
	}
	q->data_dir = data_dir;
	q->actor = actor;
	q->nomor = nomor;
	q->action = action;
	q->note = note;
	if (ndocs > 0)
		memcpy(q->docs, docs, (size_t)ndocs * sizeof(*docs));
	q->ndocs = ndocs;
	if (sign != NULL)
		q->sign = *sign;
	if (opts != NULL)
		q->opts = *opts;
	q->addr = addr;
	q->now = now;
	permohonan_act_job(q);
	(void)store_batch(s, data_dir, &j, 1, 0);
	rc = q->rc;
	if (q->why != NULL) {
		snprintf(reason, sizeof(reason), "%s", q->why);
		*why = reason;
	}
	if (rc == ACT_OK && new_state != NULL && nslen > 0)
		snprintf(new_state, nslen, "%s", q->state);
	free(q);
	return rc;
}

int
permohonan_tahan(struct store *s, int64_t id, const char *sumber,
    const char *alasan, time_t now)
{
	size_t n = alasan != NULL ? strlen(alasan) : 0;

	if (id <= 0 || sumber == NULL || strlen(sumber) < 2 ||
	    strlen(sumber) > 40 || n < 2 || n > 300)
		return -1;
	return permohonan_sql_tahan_set(s, id, sumber, alasan, (int64_t)now);
}

int
permohonan_lepas(struct store *s, int64_t id, const char *sumber, time_t now)
{
	if (id <= 0 || sumber == NULL)
		return -1;
	return permohonan_sql_tahan_lepas(s, id, sumber, (int64_t)now);
}
