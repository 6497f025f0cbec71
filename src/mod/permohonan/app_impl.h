/*
 * app_impl.h: helpers shared by application.c (changes) and
 * application_read.c (lists and views); not for other callers.
 */
#ifndef PAMONG_APP_IMPL_H
#define PAMONG_APP_IMPL_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

struct workflow;

struct account;
struct app_doc_in;
struct app_input;
struct app_result;
struct field_errs;
struct place;
struct store;
struct svc;
struct wf_state;

/* A document checked and ready to store. */
struct doc_ok {
	const struct app_doc_in	*in;
	const char		*mime;
	char			 sha256[65];
	char			 filename[STR_CHARS(200)];
};

/* Load an active service by code with its form: 0, or -1 unknown. */
int	 app_svc_load(struct store *, const char *code, struct svc *);
/* Free what app_svc_load() loaded (and zero it). */
void	 app_svc_free(struct svc *);
/* The kampung unit of region code and its kecamatan: 0, or -1 unknown. */
int	 app_place_load(struct store *, const char *wilayah, struct place *);
/* The unit that handles a case in a state of the given scope. */
int64_t	 app_unit_for(const struct svc *, const struct place *,
	    const char *scope, int64_t current);
/* Is s empty or only white space?  1 or 0. */
int	 app_blank(const char *s);

/*
 * Check every field: the declared ones against values (given in `in`,
 * else the stored value from old[] for an edit), unknown or repeated
 * names refused; errors into errs.
 */
void	 app_fields_check(const struct svc *, const struct app_input *,
	    char **old, int draft, struct field_errs *);
/*
 * Check the documents of in (against v's declaration; v NULL: any code
 * [a-z][a-z0-9_]*), by content, with kept_bytes already stored, at most
 * 20 MB in all.  Fills ok[] in the order of in->docs; errors into errs.
 */
void	 app_docs_check(const struct svc *, const struct app_input *,
	    int64_t kept_bytes, struct doc_ok *ok, struct field_errs *);
/*
 * Every required document of v must be sent in in or, when have_doc is
 * not NULL, already be stored (have_doc[i] set); errors into errs.
 */
void	 app_docs_require(const struct svc *, const struct app_input *,
	    const char *have_doc, struct field_errs *);
/* Store every checked document on disk, durable.  0 or -1. */
int	 app_docs_store(const char *data_dir, struct doc_ok *, int n);
/* Rows for the documents: berkas, permohonan_berkas, audit per upload. */
int	 app_docs_record(struct store *, int64_t id, const char *nomor,
	    const struct account *who, const char *role, struct doc_ok *,
	    int n, const char *addr, time_t now);

/* Due date of a state entered at now, or "" when it has no SLA. */
void	 app_due_for(struct store *, const struct wf_state *, time_t now,
	    char out[11]);
/*
 * Submit application id (a new one or a draft): number it, route it to
 * the unit of the initial state, set the due dates, write its history,
 * audit event and notifications.  In the caller's transaction.  0 or -1.
 */
int	 app_submit(struct store *, int64_t id, const struct svc *,
	    const struct workflow *, const struct place *,
	    const struct account *who, const char *kode, const char *addr,
	    time_t now, struct app_result *);

/* Roles that see every application, read-only. */
#define APP_READ_ALL	(ROLE_INSPEKTORAT | ROLE_PIMPINAN | ROLE_SUPERADMIN)

/*
 * "<prefix><nomor, percent-encoded>" (caller frees): the citizen's page
 * is under "/permohonan/", the officer's under "/petugas/permohonan/".
 */
#define APP_LINK_WARGA	"/permohonan/"
#define APP_LINK_STAFF	"/petugas/permohonan/"
char	*app_link(const char *prefix, const char *nomor);

/*
 * Staff roles that act on a case in state (warga left out); 0 when none.
 */
unsigned app_acting_roles(const struct workflow *, const char *state);

#endif
