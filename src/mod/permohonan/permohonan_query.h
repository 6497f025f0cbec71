/*
 * permohonan_query.h: what the application pages need beyond permohonan.h: a
 * service's form declaration before any application exists, the kampung
 * list for the applicant's choice, the filter options of the officer
 * inbox, in-app notifications; and two small writes: the audit of a
 * staff read with its purpose, and marking notifications read.
 */
#ifndef PAMONG_APP_QUERY_H
#define PAMONG_APP_QUERY_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "permohonan_data.h"
#include "permohonan_query_data.h"
#include "lib/str.h"

struct store;

/*
 * The form of service code: every declared field (value "") and every
 * declared document (nothing uploaded), in declaration order, in the
 * shapes permohonan_load() uses.  *layanan_id is the service's id.
 * Returns 0, or -1 for an unknown service or a store error (nothing to
 * free then).  Free with permohonan_form_free().
 */
int permohonan_form_load(struct store *, const char *code, int64_t *layanan_id,
    struct permohonan_view_field **fields, int *nfields,
    struct permohonan_view_doc **docs, int *ndocs);
void permohonan_form_free(struct permohonan_view_field *, int,
    struct permohonan_view_doc *, int);

/*
 * Every kampung and kelurahan of Kabupaten Siak, grouped by kecamatan
 * (kecamatan by name, then kampung by name).  Returns a new array of *np
 * entries (caller frees), or NULL on a store error.
 */
struct permohonan_kampung *permohonan_kampung_list(struct store *, size_t *np);

/*
 * The kampung of the citizen's most recent application, copied into out
 * ("" when none).  Used to preselect the applicant's kampung.
 */
void permohonan_last_wilayah(struct store *, int64_t account_id, char out[14]);

/*
 * The states of every workflow (one entry per state code, labelled with
 * its label in the first workflow that has it), in workflow order.
 * Returns a new array of *np entries (caller frees), NULL on error.
 */
struct permohonan_option *permohonan_state_options(struct store *, int *np);

/*
 * The newest (at most limit) notifications of account_id, newest first.
 * Returns a new array of *np entries (caller frees), NULL on error.
 */
struct permohonan_notif *permohonan_notif_list(struct store *,
    int64_t account_id, int limit, int *np);

/*
 * Mark every unread notification of account_id read at now, in one
 * statement (no audit: reading one's notifications changes no case).  Returns the number marked, or -1.
 */
int permohonan_notif_read_all(struct store *, int64_t account_id, time_t now);

#endif
