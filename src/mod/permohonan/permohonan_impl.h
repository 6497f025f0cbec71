/*
 * permohonan_impl.h: helpers shared by permohonan.c (changes) and
 * permohonan_read.c (lists and views); not for other callers.
 */
#ifndef PAMONG_APP_IMPL_H
#define PAMONG_APP_IMPL_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

struct workflow;

struct account;
struct permohonan_doc_in;
struct permohonan_input;
struct permohonan_result;
struct field_errs;
struct place;
struct store;
struct svc;
struct wf_state;

/* A document checked and ready to store. */
struct doc_ok {
	const struct permohonan_doc_in *in;
	const char *mime;
	char sha256[65];
	char filename[STR_CHARS(200)];
};

/* Load an active service by code with its form: 0, or -1 unknown. */
int permohonan_svc_load(struct store *, const char *code, struct svc *);
/* Free what permohonan_svc_load() loaded (and zero it). */
void permohonan_svc_free(struct svc *);
/* The kampung unit of region code and its kecamatan: 0, or -1 unknown. */
int permohonan_place_load(struct store *, const char *wilayah, struct place *);
/* The unit that handles a case in a state of the given scope. */
int64_t permohonan_unit_for(const struct svc *, const struct place *,
    const char *scope, int64_t current);
/* Is s empty or only white space?  1 or 0. */
int permohonan_blank(const char *s);

/*
 * Check every field: the declared ones against values (given in `in`,
 * else the stored value from old[] for an edit), unknown or repeated
 * names refused; errors into errs.
 */
void permohonan_fields_check(const struct svc *,
    const struct permohonan_input *, char **old, int draft,
    struct field_errs *);
/*
 * Check the documents of in (against v's declaration; v NULL: any code
 * [a-z][a-z0-9_]*), by content, with kept_bytes already stored, at most
 * 20 MB in all.  Fills ok[] in the order of in->docs; errors into errs.
 */
void permohonan_docs_check(const struct svc *, const struct permohonan_input *,
    int64_t kept_bytes, struct doc_ok *ok, struct field_errs *);
/*
 * Every required document of v must be sent in in or, when have_doc is
 * not NULL, already be stored (have_doc[i] set); errors into errs.
 */
void permohonan_docs_require(const struct svc *,
    const struct permohonan_input *, const char *have_doc, struct field_errs *);
/* Store every checked document on disk, durable.  0 or -1. */
int permohonan_docs_store(const char *data_dir, struct doc_ok *, int n);
/* Rows for the documents: berkas, permohonan_berkas, audit per upload. */
int permohonan_docs_record(struct store *, int64_t id, const char *nomor,
    const struct account *who, const char *role, struct doc_ok *, int n,
    const char *addr, time_t now);

/* Due date of a state entered at now, or "" when it has no SLA. */
void permohonan_due_for(struct store *, const struct wf_state *, time_t now,
    char out[11]);
/*
 * Submit application id (a new one or a draft): number it, route it to
 * the unit of the initial state, set the due dates, write its history,
 * audit event and notifications.  In the caller's transaction.  0 or -1.
 */
int permohonan_submit(struct store *, int64_t id, const struct svc *,
    const struct workflow *, const struct place *, const struct account *who,
    const char *kode, const char *addr, time_t now, struct permohonan_result *);

/* Roles that see every application, read-only. */
#define PERMOHONAN_READ_ALL (ROLE_INSPEKTORAT | ROLE_PIMPINAN | ROLE_SUPERADMIN)

/*
 * "<prefix><nomor, percent-encoded>" (caller frees): the citizen's page
 * is under "/permohonan/", the officer's under "/petugas/permohonan/".
 */
#define PERMOHONAN_LINK_WARGA "/permohonan/"
#define PERMOHONAN_LINK_STAFF "/petugas/permohonan/"
char *permohonan_link(const char *prefix, const char *nomor);

/*
 * Staff roles that act on a case in state (warga left out); 0 when none.
 */
unsigned permohonan_acting_roles(const struct workflow *, const char *state);

#endif
