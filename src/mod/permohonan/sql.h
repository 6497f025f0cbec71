/*
 * sql.h: the permohonan module's statements (issue 13), private to
 * src/mod/permohonan/.  One function per database job, parameters bound;
 * the callers keep the checks, transactions, audit and notices.
 * Functions returning int return 0 on success and -1 on failure unless
 * said otherwise.  The walks (permohonan_sql_each_*) call fn for each
 * row, in order, until fn returns non-zero.
 */
#ifndef PAMONG_PERMOHONAN_SQL_H
#define PAMONG_PERMOHONAN_SQL_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "lib/str.h"

struct account;
struct permohonan_filter;
struct permohonan_input;
struct permohonan_kampung;
struct permohonan_notif;
struct permohonan_option;
struct permohonan_result;
struct permohonan_row;
struct permohonan_view;
struct permohonan_view_doc;
struct permohonan_view_field;
struct store;

/*
 * The rows that the callers' structs take as they are (permohonan.c,
 * eskalasi.c).
 */

/* The service being applied for, with its form declaration. */
struct svc {
	int64_t id;
	char code[21];
	char name[STR_CHARS(200)];
	char level[10];
	int64_t unit_id; /* OPD; 0 below kabupaten */
	int sla_days;
	int64_t workflow_id;
	struct permohonan_view_field *f;
	int nf;
	struct permohonan_view_doc *d;
	int nd;
};

/* The applicant's kampung and its kecamatan (units). */
struct place {
	int64_t kampung;
	int64_t kecamatan;
};

/* The case as permohonan_act() needs it. */
struct act_case {
	int64_t id;
	char nomor[64];
	char layanan[21];
	char layanan_name[STR_CHARS(200)];
	int64_t pemohon_id;
	char pemohon_nik[17];
	char wilayah[14];
	int64_t unit_id;
	char state[41];
	int draft;
	int64_t verified_by;
	char assigned_role[24];
	int64_t workflow_id;
};

/* An open case due today or overdue. */
struct due {
	int64_t id;
	char *nomor;
	char state[41];
	int64_t since;
	char due[11];
	int64_t unit_id;
	int64_t workflow_id;
	int overdue; /* 1: past due (escalate); 0: due today (warn) */
};

/*
 * Number of submitted cases id still in state since since (0 or 1;
 * 0 on error too).
 */
int64_t permohonan_sql_still_in(struct store *, int64_t id, const char *state,
    int64_t since);

/* Record the warning or escalation kind: 0, STORE_CONSTRAINT, STORE_ERR. */
int permohonan_sql_eskalasi_add(struct store *, int64_t id, const char *state,
    int64_t since, const char *kind, int64_t at);

/* Set the assigned role of case id. */
int permohonan_sql_assign_role(struct store *, int64_t id, const char *role);

/*
 * The open cases due on today (not yet warned) or overdue with an
 * escalation rule (not yet escalated), by due date: *vp (heap, the
 * caller frees each nomor and the array) and *np.
 */
int permohonan_sql_due(struct store *, const char *today, struct due **vp,
    size_t *np);

/* 1 when service id has a workflow, 0 when not (or on error). */
int64_t permohonan_sql_has_workflow(struct store *, int64_t layanan_id);

/* The id of draft id, 0 when it is not a draft (or on error). */
int64_t permohonan_sql_draft_id(struct store *, int64_t id);

/* Walk the form fields of service id (choices joined by '|'). */
int permohonan_sql_each_isian(struct store *, int64_t layanan_id,
    int (*fn)(void *, const char *name, const char *label, const char *kind,
	int required, const char *choices),
    void *arg);

/* Walk the declared documents of service id. */
int permohonan_sql_each_dokumen(struct store *, int64_t layanan_id,
    int (*fn)(void *, const char *code, const char *name, int required),
    void *arg);

/* The id of the service with this code, 0 when there is none. */
int64_t permohonan_sql_layanan_id(struct store *, const char *code);

/*
 * Append to *f (*nf of them, at most max) the form fields of service id,
 * values empty.  -1 on error, *f then holds what was read.
 */
int permohonan_sql_form_fields(struct store *, int64_t layanan_id,
    struct permohonan_view_field **f, int *nf, int max);

/* As permohonan_sql_form_fields(), for the declared documents. */
int permohonan_sql_form_docs(struct store *, int64_t layanan_id,
    struct permohonan_view_doc **d, int *nd, int max);

/* See permohonan_kampung_list() (permohonan_query.h). */
struct permohonan_kampung *permohonan_sql_kampung(struct store *, size_t *np);

/* The wilayah code of the account's latest application ("" if none). */
void permohonan_sql_last_wilayah(struct store *, int64_t account_id,
    char out[14]);

/* See permohonan_state_options() (permohonan_query.h). */
struct permohonan_option *permohonan_sql_state_options(struct store *, int *np);

/* See permohonan_notif_list() (permohonan_query.h); limit already checked. */
struct permohonan_notif *permohonan_sql_notif_list(struct store *,
    int64_t account_id, int limit, int *np);

/* Mark the account's notices read: the count marked, -1 on error. */
int permohonan_sql_notif_read_all(struct store *, int64_t account_id,
    int64_t now);

/*
 * The owner, unit and draft flag of application id: 1 found, 0 not,
 * -1 on error.
 */
int permohonan_sql_access(struct store *, int64_t id, int64_t *pemohon,
    int64_t *unit, int *draft);

/* 1 when an account of unit_id (not as warga) handled application id. */
int64_t permohonan_sql_handled_by(struct store *, int64_t id, int64_t unit_id);

/* The active citizen account with this NIK, 0 when there is none. */
int64_t permohonan_sql_warga_nik(struct store *, const char *nik);

/* The id of the application numbered nomor, 0 when there is none. */
int64_t permohonan_sql_id_nomor(struct store *, const char *nomor);

/* The id of the submitted application with tracking code kode, or 0. */
int64_t permohonan_sql_id_lacak(struct store *, const char *kode);

/*
 * One page (limit rows, from f->offset) of the citizen's applications
 * (mode 0) or the officer's inbox (mode 1, readall: every submitted one),
 * overdue against today (f->tenggat 2: due by soon); *totalp (when not
 * NULL) the count of all.
 * The rows (heap, at least one element) and *np, NULL on error.
 */
struct permohonan_row *permohonan_sql_list(struct store *, int mode,
    const struct account *who, const struct permohonan_filter *f, int readall,
    const char *today, const char *soon, int limit, int *np, int64_t *totalp);

/* Read application id's row and ids into v: 1 found, 0 not, -1 error. */
int permohonan_sql_view_row(struct store *, int64_t id, const char *today,
    struct permohonan_view *v);

/* Set the values of v's declared fields from the stored ones. */
int permohonan_sql_view_values(struct store *, struct permohonan_view *v);

/* Set the uploads of v's documents, appending undeclared ones. */
int permohonan_sql_view_docs(struct store *, struct permohonan_view *v);

/* Append the history of v->row.id to v->hist. */
int permohonan_sql_view_hist(struct store *, struct permohonan_view *v);

/* See permohonan_doc() (permohonan.h). */
int permohonan_sql_doc(struct store *, int64_t id, const char *code,
    char sha256[65], char filename[STR_CHARS(200)], char mime[24]);

/* The applicant of application id, 0 when there is none. */
int64_t permohonan_sql_applicant(struct store *, int64_t id);

/*
 * 1 and the current step's label in step when submitted application id
 * is handled by unit_id, 0 otherwise.
 */
int permohonan_sql_queue_step(struct store *, int64_t id, int64_t unit_id,
    char *step, size_t steplen);

/*
 * The audit name ("draf-<id>" for a draft) and applicant of application
 * id into object and *pemohon (left as they are when there is none).
 */
int permohonan_sql_read_object(struct store *, int64_t id, char *object,
    size_t objlen, int64_t *pemohon);

/*
 * Read the active service code into v (no form): 1 found, 0 not,
 * -1 on error.
 */
int permohonan_sql_svc(struct store *, const char *code, struct svc *v);

/*
 * The active kampung unit of village code wilayah and its parent into
 * pl: 1 found, 0 not, -1 on error.
 */
int permohonan_sql_place(struct store *, const char *wilayah, struct place *pl);

/* Store (or replace) the upload of document code of application id. */
int permohonan_sql_berkas_put(struct store *, int64_t id, const char *code,
    const char *sha256, const char *filename, int64_t at, int64_t by);

/* Count one more registration number of unit_id in year. */
int permohonan_sql_nomor_bump(struct store *, int64_t unit_id, int64_t year);

/* The last registration number of unit_id in year, 0 when none. */
int64_t permohonan_sql_nomor_last(struct store *, int64_t unit_id,
    int64_t year);

/* The code of unit id into *code (heap; NULL when there is none). */
int permohonan_sql_unit_code(struct store *, int64_t id, char **code);

/* The name of unit id (heap), NULL when there is none. */
char *permohonan_sql_unit_name(struct store *, int64_t id);

/*
 * Mark application id submitted as nomor at at, in state at unit
 * (also its issuer); state_due, due "" store NULL.
 */
int permohonan_sql_submit(struct store *, int64_t id, const char *nomor,
    int64_t unit, const char *state, int64_t at, const char *state_due,
    const char *due);

/* Record the citizen's submission of application id into state. */
int permohonan_sql_history_submit(struct store *, int64_t id, int64_t at,
    int64_t actor_id, const char *state);

/*
 * The application of (pemohon, key) into res (res->existing set):
 * 1 found, 0 not, -1 on error.
 */
int permohonan_sql_idem(struct store *, int64_t pemohon, const char *key,
    struct permohonan_result *res);

/*
 * Insert a draft application of the service for the account (NIK nik)
 * at unit (also its issuer), in state, with tracking code kode and
 * idempotency key (NULL: none); its id into *id.  0, STORE_CONSTRAINT
 * (kode or key taken) or STORE_ERR.
 */
int permohonan_sql_create(struct store *, const char *kode, int64_t layanan_id,
    int64_t pemohon_id, const char *nik, const char *wilayah, int64_t unit,
    const char *state, const char *key, int64_t at, int64_t *id);

/* Store the value of field name of application id. */
int permohonan_sql_value_add(struct store *, int64_t id, const char *name,
    const char *value);

/* Delete the value of field name of application id. */
int permohonan_sql_value_clear(struct store *, int64_t id, const char *name);

/* Walk the stored field values of application id. */
int permohonan_sql_each_value(struct store *, int64_t id,
    int (*fn)(void *, const char *name, const char *value), void *arg);

/* Walk the uploads of application id with their sizes in bytes. */
int permohonan_sql_each_upload(struct store *, int64_t id,
    int (*fn)(void *, const char *code, int64_t size), void *arg);

/*
 * The applicant, service code, region, state, draft flag, tracking code
 * and number ("" for a draft) of application id; the outputs are left
 * as they are when there is none.  -1 on error.
 */
int permohonan_sql_edit_base(struct store *, int64_t id, int64_t *pemohon,
    char code[21], char wil[14], char state[41], int *draft, char kode[24],
    char nomor[64]);

/* 1 when application id is still in state with this draft flag. */
int64_t permohonan_sql_unmoved(struct store *, int64_t id, const char *state,
    int draft);

/* Read case nomor into c: 1 found, 0 not, -1 on error. */
int permohonan_sql_case(struct store *, const char *nomor, struct act_case *c);

/* Bytes of the documents stored for application id. */
int64_t permohonan_sql_doc_bytes(struct store *, int64_t id);

/*
 * Move application id from state from to state to at unit at at
 * (verifies: record actor_id as its verifier; terminal: finished).
 * 0 when exactly that row moved, -1 otherwise.
 */
int permohonan_sql_move(struct store *, int64_t id, const char *from,
    const char *to, int64_t unit, int64_t at, const char *state_due,
    int verifies, int64_t actor_id, int terminal);

/* Record action (with note) of application id in its history. */
int permohonan_sql_history_add(struct store *, int64_t id, int64_t at,
    int64_t actor_id, const char *role, const char *action, const char *from,
    const char *to, const char *note);

/* Holds on a decision (migration 0029): set (re-opened if lifted), lift;
 * 0 or -1.  The oldest open hold's reason into out: 1, 0 none, -1. */
int permohonan_sql_tahan_set(struct store *, int64_t id, const char *sumber,
    const char *alasan, int64_t now);
int permohonan_sql_tahan_lepas(struct store *, int64_t id, const char *sumber,
    int64_t now);
int permohonan_sql_tahan_alasan(struct store *, int64_t id, char *out,
    size_t len);

/* 1 when account id still has this NIK, 0 when not (or on error). */
int64_t permohonan_sql_nik_is(struct store *, int64_t account_id,
    const char *nik);

#endif
