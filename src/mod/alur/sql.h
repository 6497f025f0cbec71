/*
 * sql.h: the alur module's statements (issue 13), private to
 * src/mod/alur/.  One function per database job, parameters bound; the
 * callers keep the checks, transactions and audit.  Functions returning
 * int return 0 on success and -1 on failure unless said otherwise.
 *
 * The walks (alur_sql_each_*) call fn for each row, in order, until fn
 * returns nonzero (fn records why) or the rows end; they return -1 when
 * the statement cannot be prepared (fn never called), else 0.  Strings
 * given to fn live until fn returns.
 */
#ifndef PAMONG_ALUR_SQL_H
#define PAMONG_ALUR_SQL_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "lib/str.h"

struct holiday;
struct store;
struct store_stmt;
struct wf_action;
struct wf_state;
struct workflow;

/* Holidays from..to (inclusive), by date; NULL on error, else *np rows. */
struct holiday *alur_sql_holidays(struct store *, const char *from,
    const char *to, size_t *np);

/* Read the holiday of date into h: 1 found, 0 not, -1 error. */
int alur_sql_holiday_get(struct store *, const char *date, struct holiday *h);

/* Insert a holiday.  0, or STORE_CONSTRAINT / STORE_ERR. */
int alur_sql_holiday_insert(struct store *, const char *date, const char *name,
    const char *kind, const char *basis);

/* Delete the holiday of date. */
int alur_sql_holiday_delete(struct store *, const char *date);

/* Number of holidays on date (0 or 1). */
int64_t alur_sql_holiday_count(struct store *, const char *date);

/*
 * A cursor over the holiday dates on or after date, in order: open
 * (NULL on error), next (NULL at the end or on error; the text lives
 * until the next call), close (NULL is fine).
 */
struct store_stmt *alur_sql_holidays_open(struct store *, const char *date);
const char *alur_sql_holidays_next(struct store_stmt *);
void alur_sql_holidays_close(struct store_stmt *);

/* Walk state, count of the applications of workflow id, by state. */
int alur_sql_each_state_in_use(struct store *, int64_t id,
    int (*fn)(void *, const char *state, int64_t n), void *arg);

/* Delete the states, then the actions, of workflow id. */
int alur_sql_rows_clear(struct store *, int64_t id);

/* Insert state ws of workflow id at pos.  0, or a store error. */
int alur_sql_state_insert(struct store *, int64_t id, const struct wf_state *ws,
    int pos);

/*
 * Insert action a of workflow id at pos, from its from-states and roles
 * joined by commas.  0, or a store error.
 */
int alur_sql_action_insert(struct store *, int64_t id,
    const struct wf_action *a, const char *from, const char *roles, int pos);

/* The id of the workflow with this code, 0 when there is none. */
int64_t alur_sql_workflow_id(struct store *, const char *code);

/* Number of workflows with this code (0 or 1). */
int64_t alur_sql_workflow_count(struct store *, const char *code);

/* Set the name and initial state of workflow id.  0, or a store error. */
int alur_sql_workflow_update(struct store *, int64_t id, const char *name,
    const char *initial, time_t now);

/*
 * Insert a workflow; *id gets the last inserted row id (whatever the
 * outcome).  0, or a store error.
 */
int alur_sql_workflow_insert(struct store *, const char *code, const char *name,
    const char *initial, time_t now, int64_t *id);

/*
 * Read the id, code, name and initial state of the workflow with this
 * id (or code) into wf: 1 found, 0 not, -1 error.
 */
int alur_sql_workflow_by_id(struct store *, int64_t id, struct workflow *wf);
int alur_sql_workflow_by_code(struct store *, const char *code,
    struct workflow *wf);

/* Append the states, then the actions, of wf->id to wf (up to the max). */
int alur_sql_rows_load(struct store *, struct workflow *wf);

/* Number of services with this code (0 or 1). */
int64_t alur_sql_layanan_count(struct store *, const char *code);

/* Walk code, level of the services without a workflow, by code. */
int alur_sql_each_unbound(struct store *,
    int (*fn)(void *, const char *code, const char *level), void *arg);

/* Bind service code to workflow wid.  0, or a store error. */
int alur_sql_layanan_bind(struct store *, const char *code, int64_t wid);

/* Walk id, code of every service, by id. */
int alur_sql_each_layanan(struct store *,
    int (*fn)(void *, int64_t id, const char *code), void *arg);

/* Delete the form fields of service lid.  0, or a store error. */
int alur_sql_isian_clear(struct store *, int64_t lid);

/* Insert a form field of service lid at pos.  0, or a store error. */
int alur_sql_isian_insert(struct store *, int64_t lid, int pos,
    const char *name, const char *label, const char *kind, int required,
    const char *choices, int max_len);

/* Delete every required document of every service. */
int alur_sql_dokumen_clear(struct store *);

/* Walk service id, text of every requirement, by service and position. */
int alur_sql_each_syarat(struct store *,
    int (*fn)(void *, int64_t lid, const char *text), void *arg);

/* Number of required documents of service lid with this code. */
int64_t alur_sql_dokumen_count(struct store *, int64_t lid, const char *code);

/* Insert a required document of service lid.  0, or a store error. */
int alur_sql_dokumen_insert(struct store *, int64_t lid, int pos,
    const char *code, const char *name, int required);

/* A workflow in the admin list. */
struct alur_wf_row {
	char code[41];
	char name[STR_CHARS(120)];
	int64_t nstates;
	int64_t nactions;
	int64_t nlayanan;
};

/* Every workflow by id (heap, *np rows, the caller frees); NULL on error. */
struct alur_wf_row *alur_sql_workflows(struct store *, size_t *np);

/* Walk code, name of the services bound to workflow wid, by code. */
int alur_sql_each_layanan_of(struct store *, int64_t wid,
    void (*fn)(void *, const char *code, const char *name), void *arg);

#endif
