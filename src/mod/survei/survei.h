/*
 * survei.h: the satisfaction survey (SKM) of PermenPANRB 14/2017:
 * invitations (made by survei_undang() when an application reaches
 * 'selesai'), online answers by the applicant, paper questionnaires
 * entered by unit officers, and the per-period sums behind the IKM.
 *
 * Privacy: an answer row (survei_jawaban) holds no account, application
 * or exact time.  A "ya" on the integrity question opens an Inspektorat
 * case whose summary names the respondent: that is the only place the
 * identity goes.
 */
#ifndef PAMONG_SURVEI_H
#define PAMONG_SURVEI_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "lib/form.h"
#include "store/batch.h"
#include "ikm.h"
#include "lib/str.h"

#include "survei_data.h"

struct store;
struct account;

/*
 * Application permohonan_id has just reached 'selesai': invite its
 * applicant to the survey and tell them in-app (no outbox message), in
 * the caller's transaction.  Once per application: a second call finds
 * the invitation and writes nothing.  0 or -1 (store error).
 */
int survei_undang(struct store *, int64_t permohonan_id);

/*
 * Queue ticket kode (number nomor, e.g. "A-001") was served to the end
 * without an application: invite its holder to the survey about
 * layanan_id of unit_id, in the caller's transaction.  The holder
 * answers anonymously at /survei/tiket/<kode> (the code on the slip).
 * Once per ticket: a second call writes nothing.  0 or -1 (store error).
 */
int survei_undang_tiket(struct store *, const char *kode, const char *nomor,
    int64_t unit_id, int64_t layanan_id, time_t now);

/*
 * The invitation of queue ticket kode (kode, nomor, unit and service
 * set; id, permohonan_id and account_id 0).  Returns 0, SURVEI_TIDAK_ADA
 * (none: not finished, bound to an application, an outside agency's
 * service, or no such code) or SURVEI_GAGAL.
 */
int survei_tiket_get(struct store *, const char *kode,
    struct survei_undangan *);

/*
 * Invitation id of account_id.  Returns 0, SURVEI_TIDAK_ADA when it does
 * not exist or belongs to someone else, SURVEI_GAGAL on a store error.
 */
int survei_undangan_get(struct store *, int64_t id, int64_t account_id,
    struct survei_undangan *);

/* Invitations of an account, newest first (free()); NULL on error. */
struct survei_undangan *survei_undangan_list(struct store *, int64_t account_id,
    size_t *np);

/* The month of t in WIB as "YYYY-MM". */
void survei_periode(time_t t, char out[8]);

/*
 * Answer invitation id as who (the applicant): u[] the answers 1..4 (all
 * nine required), integritas "ya"/"tidak", saran free text (may be empty,
 * at most 2000 characters).  One transaction: the invitation is marked,
 * the anonymous answer stored, the audit event written and, on "ya", an
 * Inspektorat case (kasus, sumber survei_integritas) opened about the
 * application with the respondent's identity in its summary; its number
 * goes to kasus (may be NULL).  Returns 0; -1 with errs filled on invalid
 * input; SURVEI_TIDAK_ADA, SURVEI_SUDAH or SURVEI_GAGAL.
 */
int survei_isi(struct store *, int64_t id, const struct account *who,
    const int u[IKM_UNSUR], const char *integritas, const char *saran,
    const char *addr, time_t now, struct field_errs *errs, char *kasus,
    size_t kasuslen);

/*
 * survei_isi() as a job of store_batch() (store/batch.h): the caller
 * fills id, who, u, integritas, saran, addr and now, then survei_isi_job();
 * or, for a queue ticket's invitation, kode instead of id and who (who
 * NULL: the answer and a "ya" are anonymous, tanpa_identitas is set);
 * the batch sets rc (as survei_isi() returns), errs, kasus ("" if none)
 * and, once checked, inv.
 */
struct survei_isi {
	struct store_job job; /* first: what the batch runs */
	int64_t id;
	const char *kode; /* a ticket's invitation; NULL: id's */
	const struct account *who;
	int u[IKM_UNSUR];
	const char *integritas;
	int tanpa_identitas; /* a "ya" reaches the Inspektorat without the
				respondent's identity (issue 19 item 15) */
	const char *saran;
	const char *addr;
	time_t now;
	int rc;
	struct field_errs errs;
	char kasus[32];
	struct survei_undangan inv;
};
void survei_isi_job(struct survei_isi *);

/*
 * Enter a paper questionnaire for the officer's own unit: layanan_code a
 * service the unit provides, periode "YYYY-MM" (not in the future, not
 * before 2000), u[] 0 (not answered) or 1..4 with at least one answered,
 * integritas "ya"/"tidak"/"" and saran.  No identity is recorded; a "ya"
 * opens an Inspektorat case about the unit.  Returns 0, -1 with errs,
 * SURVEI_GAGAL.
 */
int survei_kertas(struct store *, const struct account *officer,
    const char *layanan_code, const char *periode, const int u[IKM_UNSUR],
    const char *integritas, const char *saran, const char *addr, time_t now,
    struct field_errs *errs);

/*
 * survei_kertas() as a job of store_batch(): the caller fills the inputs
 * and survei_kertas_job(); the batch sets rc (as survei_kertas() returns)
 * and errs.
 */
struct survei_kertas {
	struct store_job job; /* first: what the batch runs */
	const struct account *officer;
	const char *layanan_code;
	const char *periode;
	int u[IKM_UNSUR];
	const char *integritas;
	const char *saran;
	const char *addr;
	time_t now;
	int rc;
	struct field_errs errs;
	int64_t layanan_id; /* found by the check */
};
void survei_kertas_job(struct survei_kertas *);

/* Services of unit_id by its kind (OPD: its own; kecamatan/kampung: the
 * services of that level); free(); NULL on error. */
struct survei_layanan *survei_layanan_unit(struct store *, int64_t unit_id,
    size_t *np);

/* Period granularity for the IKM tables. */
enum ikm_per { IKM_PER_BULAN, IKM_PER_TRIWULAN, IKM_PER_TAHUN };

/* One period of an IKM table. */
struct ikm_periode {
	char key[12];	    /* "2026-11", "2026-TW4", "2026" */
	struct ikm_acc acc; /* sums of the answers */
	int64_t pengguna;   /* applications finished in it */
};

/*
 * Sums per period for unit_id and layanan_id (0 = all), oldest first;
 * periods with answers or with finished applications.  free(); NULL on
 * error (*np 0 and a non-NULL empty array when there is nothing).
 */
struct ikm_periode *ikm_rekap(struct store *, int64_t unit_id,
    int64_t layanan_id, enum ikm_per, size_t *np);

/* "November 2026", "Triwulan IV 2026", "2026" for a period key. */
void ikm_periode_label(const char *key, char *out, size_t outlen);

#endif
