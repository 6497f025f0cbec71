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

struct app_kampung;
struct app_notif;
struct app_option;
struct app_view_doc;
struct app_view_field;
struct store;

/* An open case due today or overdue (escalate.c). */
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

/*
 * Number of submitted cases id still in state since since (0 or 1;
 * 0 on error too).
 */
int64_t	permohonan_sql_still_in(struct store *, int64_t id,
	    const char *state, int64_t since);

/* Record the warning or escalation kind: 0, STORE_CONSTRAINT, STORE_ERR. */
int	permohonan_sql_eskalasi_add(struct store *, int64_t id,
	    const char *state, int64_t since, const char *kind, int64_t at);

/* Set the assigned role of case id. */
int	permohonan_sql_assign_role(struct store *, int64_t id,
	    const char *role);

/*
 * The open cases due on today (not yet warned) or overdue with an
 * escalation rule (not yet escalated), by due date: *vp (heap, the
 * caller frees each nomor and the array) and *np.
 */
int	permohonan_sql_due(struct store *, const char *today,
	    struct due **vp, size_t *np);

/* 1 when service id has a workflow, 0 when not (or on error). */
int64_t	permohonan_sql_has_workflow(struct store *, int64_t layanan_id);

/* The id of draft id, 0 when it is not a draft (or on error). */
int64_t	permohonan_sql_draft_id(struct store *, int64_t id);

/* Walk the form fields of service id (choices joined by '|'). */
int	permohonan_sql_each_isian(struct store *, int64_t layanan_id,
	    int (*fn)(void *, const char *name, const char *label,
	    const char *kind, int required, const char *choices), void *arg);

/* Walk the declared documents of service id. */
int	permohonan_sql_each_dokumen(struct store *, int64_t layanan_id,
	    int (*fn)(void *, const char *code, const char *name,
	    int required), void *arg);

/* The id of the service with this code, 0 when there is none. */
int64_t	permohonan_sql_layanan_id(struct store *, const char *code);

/*
 * Append to *f (*nf of them, at most max) the form fields of service id,
 * values empty.  -1 on error, *f then holds what was read.
 */
int	permohonan_sql_form_fields(struct store *, int64_t layanan_id,
	    struct app_view_field **f, int *nf, int max);

/* As permohonan_sql_form_fields(), for the declared documents. */
int	permohonan_sql_form_docs(struct store *, int64_t layanan_id,
	    struct app_view_doc **d, int *nd, int max);

/* See app_kampung_list() (app_query.h). */
struct app_kampung *permohonan_sql_kampung(struct store *, size_t *np);

/* The wilayah code of the account's latest application ("" if none). */
void	permohonan_sql_last_wilayah(struct store *, int64_t account_id,
	    char out[14]);

/* See app_state_options() (app_query.h). */
struct app_option *permohonan_sql_state_options(struct store *, int *np);

/* See app_notif_list() (app_query.h); limit already checked. */
struct app_notif *permohonan_sql_notif_list(struct store *,
	    int64_t account_id, int limit, int *np);

/* Mark the account's notices read: the count marked, -1 on error. */
int	permohonan_sql_notif_read_all(struct store *, int64_t account_id,
	    int64_t now);

#endif
