/*
 * application.h: online applications (permohonan).
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

#include "account.h"

struct store;

#define APP_MAX_FIELDS	24
#define APP_MAX_DOCS	16

struct app_field_in {
	const char	*name;
	const char	*value;
};

struct app_doc_in {
	const char	*code;		/* document code from layanan_dokumen */
	const char	*filename;
	const void	*data;
	size_t		 len;
};

struct app_input {
	const char		*layanan;	/* service code */
	const char		*wilayah;	/* applicant's kampung code */
	const char		*idem_key;	/* idempotency key (may be NULL) */
	int			 draft;		/* save as draft, do not submit */
	struct app_field_in	 fields[APP_MAX_FIELDS];
	int			 nfields;
	struct app_doc_in	 docs[APP_MAX_DOCS];
	int			 ndocs;
};

/* Per-field errors: field names are "layanan", "wilayah", "isian.<nama>",
 * "berkas.<kode>", "berkas" (total size). */
#define APP_ERR_MAX 32
struct app_errs {
	struct {
		char		field[64];
		const char	*msg;
	} e[APP_ERR_MAX];
	int	n;
};

struct app_result {
	int64_t	id;
	char	nomor[64];	/* "" for drafts */
	char	kode_lacak[24];
	char	state[41];
	int	existing;	/* 1: idempotent replay of an earlier submit */
};

/*
 * Create (or, with the same idem_key from the same citizen, return the
 * existing) application.  Validates every field and document against the
 * service's declaration; on any error nothing is written and errs says
 * why per field.  Returns 0, or -1 (errs set), or -2 (storage failure).
 */
int	application_create(struct store *, const char *data_dir,
	    const struct account *applicant, const struct app_input *,
	    const char *addr, time_t now, struct app_result *,
	    struct app_errs *);

/* Outcomes of application_act(). */
enum act_result {
	ACT_OK = 0,
	ACT_NOT_FOUND = -1,	/* or not visible to this actor */
	ACT_FORBIDDEN = -2,	/* role not allowed / separation of duties */
	ACT_CONFLICT = -3,	/* action not allowed in this state */
	ACT_INVALID = -4,	/* missing note/upload */
	ACT_STORAGE = -5
};

/*
 * Take workflow action `action` on application nomor as actor.  why gets
 * an Indonesian explanation on failure (e.g. separation of duties).
 * Moves the case, recomputes handling unit and due dates, writes history,
 * audit and notifications in one transaction.
 */
enum act_result application_act(struct store *, const char *data_dir,
	    const struct account *actor, const char *nomor, const char *action,
	    const char *note, const struct app_doc_in *docs, int ndocs,
	    const char *addr, time_t now, char *new_state, size_t,
	    const char **why);

/*
 * May this account see application id?  The applicant; staff of the unit
 * handling it now or that handled it before; inspektorat, pimpinan and
 * superadmin (read-only).  Returns 1 or 0.
 */
int	application_visible(struct store *, const struct account *, int64_t id);

/* Look up by nomor (or by id for drafts); 0 found, -1 not. */
int64_t	application_id(struct store *, const char *nomor);

/*
 * Escalation timer: for every open application whose state SLA is past,
 * apply the state's escalation (notify or move) once.  Idempotent.
 * Returns the number of escalations applied, or -1.
 */
int	application_tick(struct store *, time_t now);

#endif
