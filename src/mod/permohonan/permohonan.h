/*
 * permohonan.h: online applications (permohonan).
 *
 * A citizen applies for a catalog service from their kampung; the case is
 * routed to the unit named by the current state's scope (the applicant's
 * kampung, their kecamatan, or the service's OPD) and moves through the
 * service's workflow.  Every change is one transaction with its history
 * row, its audit event and its notifications.
 */
#ifndef PAMONG_APPLICATION_H
#define PAMONG_APPLICATION_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "mod/akun/account.h"
#include "lib/str.h"
#include "store/batch.h"

#include "permohonan_data.h"

struct store;

struct permohonan_field_in {
	const char *name;
	const char *value;
};

struct permohonan_doc_in {
	const char *code; /* document code from layanan_dokumen */
	const char *filename;
	const void *data;
	size_t len;
};

struct permohonan_input {
	const char *layanan;  /* service code */
	const char *wilayah;  /* applicant's kampung code */
	const char *idem_key; /* idempotency key (may be NULL) */
	int draft;	      /* save as draft, do not submit */
	int draft_on_error;   /* an invalid submission is kept as a draft */
	/* walk-in (issue 19 item 10): the operator who enters it at the
	   desk for the applicant, or NULL; audited as permohonan.loket */
	const struct account *loket;
	struct permohonan_field_in fields[PERMOHONAN_MAX_FIELDS];
	int nfields;
	struct permohonan_doc_in docs[PERMOHONAN_MAX_DOCS];
	int ndocs;
};

/*
 * Per-field errors (lib/form.h): field names are "layanan", "wilayah",
 * "isian.<nama>", "berkas.<kode>", "berkas" (total size).
 */
/*
 * Create (or, with the same idem_key from the same citizen, return the
 * existing one as it is now, res->existing set, whatever the form says)
 * application.  Validates every field and document against the
 * service's declaration (applicant: a warga account with a NIK); on any
 * error nothing is written, not even a file, and errs says why per field.
 * Then the documents are stored (durable, content-addressed) and the rows,
 * history, audit events and notifications are written in one transaction.
 * in->draft saves a draft: no nomor, required fields and documents may be
 * missing.  With in->draft_on_error (the web form, issue 19 item 5) a
 * submission refused only for its fields and documents is saved as a
 * draft instead, without the refused values and files and with every
 * document that passed: 0 with errs set and res->nomor empty.  Returns 0, or -1 (errs set), or -2 (storage failure).
 */
int permohonan_create(struct store *, const char *data_dir,
    const struct account *applicant, const struct permohonan_input *,
    const char *addr, time_t now, struct permohonan_result *,
    struct field_errs *);

/*
 * Group commit (issue 3): one application as a job of store_batch()
 * (store/batch.h).  The caller fills applicant, in, addr and now, then
 * permohonan_create_job(); the batch fills rc (as the return value of
 * permohonan_create()), res and errs.  Items with the same applicant and
 * idempotency key in one batch give one application (the later ones are
 * replays).  permohonan_create() is a batch of one with lazy == 0.
 */
struct permohonan_creating;
struct permohonan_batch_item {
	struct store_job job; /* first: what the batch runs */
	const struct account *applicant;
	struct permohonan_input in;
	const char *addr;
	time_t now;
	int rc;
	struct permohonan_result res;
	struct field_errs errs;
	struct permohonan_creating *c; /* while in a batch */
};
void permohonan_create_job(struct permohonan_batch_item *);

/* Outcomes of permohonan_act(). */
enum act_result {
	ACT_OK = 0,
	ACT_NOT_FOUND = -1, /* or not visible to this actor */
	ACT_FORBIDDEN = -2, /* role not allowed / separation of duties */
	ACT_CONFLICT = -3,  /* action not allowed in this state */
	ACT_INVALID = -4,   /* missing note/upload */
	ACT_STORAGE = -5,
	ACT_PASSPHRASE = -6,	 /* wrong signing passphrase (issue 4) */
	ACT_THROTTLED = -7,	 /* too many wrong passphrases (issue 12):
				   dokumen_pass_wait() says how long */
	ACT_NIK_UNVERIFIED = -8, /* issue 12 item 5: signing for a NIK
				   not verified (HTTP 409) */
	ACT_SIGNER = -9,	 /* issue 18: BSrE refused or could not be
			    reached; nothing signed (HTTP 502) */
	ACT_UNSURE = -10	 /* issue 18: BSrE's answer did not come in
			    time; the letter is held belum_pasti (504) */
};

/*
 * Take workflow action `action` on application nomor as actor.  why gets
 * an Indonesian explanation on failure (e.g. separation of duties; valid
 * until the next call).  ACT_NOT_FOUND also when actor may not see it.
 * docs: officers may upload under any code [a-z][a-z0-9_]*; the applicant
 * (e.g. with ajukan_ulang) only under the service's document codes, each
 * replacing the document of that code.
 * Moves the case, recomputes handling unit and due dates, writes history,
 * audit and notifications in one transaction.
 */
enum act_result permohonan_act(struct store *, const char *data_dir,
    const struct account *actor, const char *nomor, const char *action,
    const char *note, const struct permohonan_doc_in *docs, int ndocs,
    const char *addr, time_t now, char *new_state, size_t, const char **why);

/*
 * Issue 4: an action whose signs_document flag is set signs the
 * application's letter.  sign gives the signer's passphrase and the
 * signing context (dokumen.h).  Flow (doc/dokumen.md): all checks; the
 * key is unlocked (a wrong passphrase: ACT_PASSPHRASE, nothing changes,
 * audit event "dokumen.frasa_salah" in its own transaction; no active
 * certificate: ACT_FORBIDDEN); the letter is rendered, PAdES B-T signed
 * and stored with no transaction open; then ONE transaction moves the
 * case exactly as permohonan_act() does and registers the document
 * (nomor sequence, dokumen row, tlog entry, audit "dokumen.terbit").  A
 * signing action without a passphrase is ACT_INVALID.  permohonan_act()
 * is this with sign NULL.
 * Every move into a terminal state by staff (not the applicant's own
 * withdrawal) also appends a tlog entry {"jenis":"keputusan","unit",
 * "layanan","hasil","waktu"} in the same transaction.
 */
struct dokumen_ctx;
struct act_sign {
	const char *passphrase;
	const struct dokumen_ctx *ctx;
};
enum act_result permohonan_act_sign(struct store *, const char *data_dir,
    const struct account *actor, const char *nomor, const char *action,
    const char *note, const struct permohonan_doc_in *docs, int ndocs,
    const struct act_sign *sign, const char *addr, time_t now, char *new_state,
    size_t, const char **why);

/*
 * Issue 12 item 5: permohonan_act_sign() with options.  ktp_ok: the
 * officer confirms that the uploaded KTP matches the applicant ("KTP
 * sesuai dengan pemohon"); allowed only with an action that verifies
 * (ACT_INVALID otherwise), it marks the applicant's NIK verified (via
 * "permohonan", audit "akun.nik_verifikasi") in the action's own
 * transaction.  A signing action is refused with ACT_NIK_UNVERIFIED
 * while the applicant's NIK is not verified (or no longer the NIK of the
 * application).  A staff actor needs a verified NIK of their own or
 * through a linked citizen account (account.id_nik), else ACT_FORBIDDEN.
 */
struct act_opts {
	int ktp_ok;
};
enum act_result permohonan_act_opts(struct store *, const char *data_dir,
    const struct account *actor, const char *nomor, const char *action,
    const char *note, const struct permohonan_doc_in *docs, int ndocs,
    const struct act_sign *sign, const struct act_opts *opts, const char *addr,
    time_t now, char *new_state, size_t, const char **why);

/*
 * permohonan_act_opts() as a job of store_batch() (store/batch.h): the
 * caller fills the inputs (sign.passphrase NULL: none given), then
 * permohonan_act_job(); the batch sets rc, state and why (pointing into
 * reason or to a static message) as permohonan_act_opts() returns them.
 * An action that signs a document is taken whole by the job's check, in
 * transactions of its own (the letter is signed with none open), so it
 * does not share the group commit; every other action is written in the
 * batch's transaction.
 */
struct permohonan_tindakan {
	struct store_job job; /* first: what the batch runs */
	const char *data_dir;
	const struct account *actor;
	const char *nomor;
	const char *action;
	const char *note;
	struct permohonan_doc_in docs[PERMOHONAN_MAX_DOCS];
	int ndocs;
	struct act_sign sign;
	struct act_opts opts;
	const char *addr;
	time_t now;
	enum act_result rc;
	char state[41];
	const char *why;
	char reason[512];
};
void permohonan_act_job(struct permohonan_tindakan *);

/*
 * May this account see application id?  The applicant; staff of the unit
 * handling it now or that handled it before; inspektorat, pimpinan and
 * superadmin (read-only).  Returns 1 or 0.
 */
int permohonan_visible(struct store *, const struct account *, int64_t id);

/* The id of the application numbered nomor, or 0 if there is none. */
int64_t permohonan_id_nomor(struct store *, const char *nomor);

/* Look up by tracking code (public tracking page); 0 if unknown. */
int64_t permohonan_id_lacak(struct store *, const char *kode_lacak);

/*
 * Change the applicant's own draft or perlu_perbaikan application: the
 * fields given replace their old values, the documents given replace the
 * documents of the same code (documents not given are kept), and the
 * result is validated as a whole exactly like permohonan_create() (a
 * draft only for what is filled in).  in->layanan and in->wilayah are
 * ignored (a service cannot change).  With in->draft == 0 a draft is
 * submitted (it gets its nomor, unit and due dates); an application in
 * perlu_perbaikan stays there until the applicant takes "ajukan_ulang".
 * Returns 0, -1 (errs set, nothing written), -2 (storage failure) or -3
 * (not the applicant's, or not editable in its state).
 */
int permohonan_update(struct store *, const char *data_dir,
    const struct account *applicant, int64_t id,
    const struct permohonan_input *, const char *addr, time_t now,
    struct permohonan_result *, struct field_errs *);

/*
 * permohonan_update() as a job of store_batch(): the caller fills
 * applicant, id, in, addr and now, then permohonan_update_job(); the
 * batch sets rc (as permohonan_update() returns), res and errs.
 */
struct permohonan_updating;
struct permohonan_perbaikan {
	struct store_job job; /* first: what the batch runs */
	const struct account *applicant;
	int64_t id;
	struct permohonan_input in;
	const char *addr;
	time_t now;
	int rc;
	struct permohonan_result res;
	struct field_errs errs;
	struct permohonan_updating *u; /* while in a batch */
};
void permohonan_update_job(struct permohonan_perbaikan *);

/* --- reading: lists, the inbox and one application ---------------------- */

/*
 * The citizen's own applications (drafts included), newest first.
 * Returns a new array of *np rows (caller frees; non-NULL even when
 * empty), *totalp (if not NULL) the count ignoring limit/offset, or NULL
 * on a storage error.  now decides "overdue".
 */
struct permohonan_row *permohonan_list_mine(struct store *,
    const struct account *, const struct permohonan_filter *, time_t now,
    int *np, int64_t *totalp);

/*
 * The officer's inbox: submitted (never draft) applications that unit
 * handles now (or, with all_visible, that it handled before); for
 * inspektorat, pimpinan and superadmin every submitted application.
 * Overdue first, then by state due date, then oldest submission first.
 * Same memory and error contract as permohonan_list_mine().  A citizen
 * gets an empty list.
 */
struct permohonan_row *permohonan_inbox(struct store *, const struct account *,
    const struct permohonan_filter *, time_t now, int *np, int64_t *totalp);

/*
 * Load application id with its fields (every declared field, filled in or
 * not), documents (every declared document) and history.  Does NOT check
 * visibility: call permohonan_visible() first (and never show personal
 * data on the public tracking page).  0, or -1 unknown/storage error (v
 * is then zeroed and safe to free).
 */
int permohonan_load(struct store *, int64_t id, struct permohonan_view *);
void permohonan_view_free(struct permohonan_view *);

/* An action the viewer could take now on an application. */
struct permohonan_action {
	char code[41];
	char label[STR_CHARS(80)];
	int note_required;
	int upload_required;
	int signs_document;  /* needs the signing passphrase */
	int verifies;	     /* records the verifier; may confirm
					   the KTP (issue 12 item 5) */
	const char *blocked; /* NULL: allowed; else the Indonesian
					   reason (separation of duties, or
					   a hold: then it points to held) */
	char held[STR_CHARS(360)];
};

/*
 * A hold on application id's decision, put by another module inside its
 * own transaction (one that also writes its audit event): while any hold
 * is open, no action that signs the letter or decree is taken
 * (ACT_CONFLICT, the reason shown to the officer); other actions, a
 * refusal among them, still are.  sumber names the module's reason kind
 * (e.g. "perizinan.skrd"); alasan (2..300 bytes) is the Indonesian
 * reason, e.g. "retribusi (SKRD ...) belum dibayar".  Setting an existing
 * hold of the same sumber re-opens it with the new reason.  0, or -1.
 */
int permohonan_tahan(struct store *, int64_t id, const char *sumber,
    const char *alasan, time_t now);

/* Lift the open hold (id, sumber), inside the caller's transaction; a
 * hold that is not open is left as it is.  0, or -1. */
int permohonan_lepas(struct store *, int64_t id, const char *sumber,
    time_t now);

/*
 * The workflow actions from the application's current state that acct's
 * roles allow (the applicant's own "warga" actions for the applicant;
 * none for read-only roles or other units), with separation-of-duties
 * refusals marked in blocked.  Fills up to max entries; returns the count.
 */
int permohonan_actions(struct store *, const struct account *,
    const struct permohonan_view *, struct permohonan_action *, int max);

/*
 * A stored document of application id for download: fills sha256,
 * filename (as uploaded) and mime.  Visibility is the caller's check
 * (permohonan_visible()).  0 found, -1 not.
 */
int permohonan_doc(struct store *, int64_t id, const char *code,
    char sha256[65], char filename[STR_CHARS(200)], char mime[24]);

/* The account id of application id's applicant, or 0 if there is none. */
int64_t permohonan_applicant(struct store *, int64_t id);

/*
 * Is application id in the queue of who: its current unit is who's unit
 * and who holds an acting role (operator, verifikator, penandatangan,
 * kepala)?  Then the label of its current state (the workflow step) goes
 * to step.  Returns 1 or 0.
 */
int permohonan_in_queue(struct store *, const struct account *who, int64_t id,
    char *step, size_t steplen);

/*
 * Record that staff read application id, and why (purpose, e.g.
 * "Pemrosesan permohonan" or "Pengawasan (hanya baca)"): audit event
 * "permohonan.baca" with the purpose as its note, and the citizen's
 * data-access log row (akses.h), in one transaction.  Nothing is written
 * for the applicant.  0 or -1.
 */
int permohonan_audit_read(struct store *, const struct account *, int64_t id,
    const char *addr, const char *purpose);

/*
 * Escalation timer: for every open application whose state SLA is past,
 * apply the state's escalation (notify or move) once.  Idempotent.
 * Returns the number of escalations applied, or -1.
 */
int permohonan_tick(struct store *, time_t now);

#endif
