/*
 * pengaduan.h: complaints under SP4N-LAPOR! rules (issue 6; the flow,
 * deadlines and privacy rules are in doc/pengaduan.md).
 *
 * A citizen files a complaint; a complaint admin verifies it within 3
 * working days (disposisi to a unit, bukan_wewenang naming the right
 * institution, arsipkan with a reason); the unit answers (tanggapi)
 * within 5 working days; the reporter may reply (balas: back to the
 * unit), rate the answer (nilai 1-5: closes it) and reopen once
 * (buka_kembali).  An answered complaint closes by itself after 10 working
 * days without a reply (pengaduan_tick()).  Every change is one
 * transaction with its history row, audit event and notifications;
 * closing also appends a "pengaduan_selesai" transparency-log entry.
 *
 * Privacy: an anonim complaint's reporter is known only to the reporter
 * (officers, the public, the Inspektorat, notifications and the audit
 * trail see no identity); a rahasia complaint's content never leaves the
 * reporter and authorised staff.
 */
#ifndef PAMONG_PENGADUAN_H
#define PAMONG_PENGADUAN_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "mod/akun/account.h"
#include "store/batch.h"
#include "mod/permohonan/permohonan.h" /* enum act_result */
#include "lib/str.h"

#include "pengaduan_data.h"

struct store;

#define PENGADUAN_VERIFY_DAYS 3 /* verification by the complaint admin */
#define PENGADUAN_ANSWER_DAYS 5 /* the unit's answer */
#define PENGADUAN_CLOSE_DAYS 10 /* auto-close after an answer */
#define PENGADUAN_ESC2_DAYS 3	/* Inspektorat escalation after the head's */
#define PENGADUAN_MAX_FILES 5

/* Who administers complaints (verification, rahasia): */
#define PENGADUAN_ADMIN_ROLES                                                  \
	(ROLE_ADMIN_PENGADUAN | ROLE_ADMIN | ROLE_SUPERADMIN)
/* Read-only supervision of every complaint: */
#define PENGADUAN_READ_ROLES (ROLE_INSPEKTORAT | ROLE_PIMPINAN)
/* A unit's officers who answer disposed complaints: */
#define PENGADUAN_UNIT_ROLES                                                   \
	(ROLE_OPERATOR | ROLE_VERIFIKATOR | ROLE_KEPALA | ROLE_PENANDATANGAN | \
	    ROLE_ADMIN)

struct pengaduan_file_in {
	const char *filename;
	const void *data;
	size_t len;
};

struct pengaduan_input {
	const char *jenis;
	const char *judul;
	const char *isi;
	const char *kategori;
	const char *wilayah; /* kampung/kelurahan code */
	const char *unit;    /* target unit code; NULL/"" */
	int anonim;	     /* 0/1; -1: not a valid value */
	int rahasia;
	struct pengaduan_file_in files[PENGADUAN_MAX_FILES];
	int nfiles;
};

struct pengaduan_result {
	int64_t id;
	char nomor[32];
	char kode_lacak[16];
	char status[24];
	char kasus[32]; /* Inspektorat case opened, or "" */
};

/* Code lists and Indonesian labels; label NULL for an unknown code. */
const char *pengaduan_jenis_label(const char *);
const char *pengaduan_kategori_label(const char *);
const char *pengaduan_status_label(const char *);
extern const char *const pengaduan_jenis[];    /* NULL-terminated */
extern const char *const pengaduan_kategori[]; /* NULL-terminated */

/*
 * The deadline n working days after t (workday_add(): holidays and
 * weekends skipped, a non-working day counts from the next working day).
 */
void pengaduan_deadline(struct store *, time_t t, int n, char out[11]);

/*
 * File a complaint for reporter (a warga account).  Validates every field
 * (errors per field: jenis, judul, isi, kategori, wilayah, unit, anonim,
 * rahasia, berkas) and every attachment (PDF/JPEG/PNG by content, at most
 * 5 MB each, 20 MB together); nothing is written on error.  Categories
 * pungutan_liar and penyalahgunaan_wewenang also open an Inspektorat case
 * in the same transaction (without the reporter's identity when anonim).
 * Returns 0, -1 (errs set) or -2 (storage failure).
 */
int pengaduan_create(struct store *, const char *data_dir,
    const struct account *reporter, const struct pengaduan_input *,
    const char *addr, time_t now, struct pengaduan_result *,
    struct field_errs *errs);

/*
 * pengaduan_create() as a job of store_batch() (store/batch.h): the
 * caller fills reporter, in, addr and now, then pengaduan_create_job();
 * the batch sets rc (as pengaduan_create() returns), res and errs.  The
 * job has no end hook: the caller may set one (e.g. to free what in
 * points into).
 */
struct pengaduan_baru {
	struct store_job job; /* first: what the batch runs */
	const struct account *reporter;
	struct pengaduan_input in;
	const char *addr;
	time_t now;
	int rc;
	struct pengaduan_result res;
	struct field_errs errs;
	int64_t unit_id; /* set by the check */
	const char *mime[PENGADUAN_MAX_FILES];
	char sha[PENGADUAN_MAX_FILES][65];
};
void pengaduan_create_job(struct pengaduan_baru *);

/*
 * Take action tindakan on complaint nomor as actor: disposisi (unit
 * required), bukan_wewenang (catatan names the right institution),
 * arsipkan (catatan: the reason), rahasiakan (admin or reporter),
 * tanggapi (the handling unit), balas, nilai (nilai 1-5), buka_kembali
 * (catatan: the reason; once), by the reporter.  why gets an Indonesian
 * explanation on failure.  ACT_NOT_FOUND also when actor may not see it.
 */
enum act_result pengaduan_act(struct store *, const struct account *actor,
    const char *nomor, const char *tindakan, const char *catatan,
    const char *unit, int nilai, const char *addr, time_t now, char *status,
    size_t statuslen, const char **why);

/*
 * pengaduan_act() as a job of store_batch(): the caller fills the inputs
 * and pengaduan_act_job(); the batch sets rc, status and why as
 * pengaduan_act() does (why: a static message).  Everything, the checks
 * too, runs in the batch's transaction.  No end hook, as above.
 */
struct pengaduan_tindakan {
	struct store_job job; /* first: what the batch runs */
	const struct account *actor;
	const char *nomor;
	const char *tindakan;
	const char *catatan;
	const char *unit;
	int nilai;
	const char *addr;
	time_t now;
	enum act_result rc;
	char status[24];
	const char *why;
};
void pengaduan_act_job(struct pengaduan_tindakan *);

enum pengaduan_daftar {
	PENGADUAN_MINE,	 /* the reporter's own */
	PENGADUAN_ADMIN, /* complaint admin: all, verification queue first */
	PENGADUAN_UNIT,	 /* the officer's unit (disposed to it) */
	PENGADUAN_PUBLIC /* non-rahasia, no identity */
};

/*
 * Complaints for viewer (NULL for PENGADUAN_PUBLIC): PENGADUAN_ADMIN for complaint
 * admins and read-only supervisors (every complaint), PENGADUAN_UNIT for a
 * unit's officers.  Open and overdue first, then by deadline, then newest.
 * Returns a new array (caller frees; non-NULL when empty) or NULL.
 */
struct pengaduan_row *pengaduan_list(struct store *,
    const struct account *viewer, enum pengaduan_daftar, time_t now, int limit,
    int *np);

/*
 * May acct see complaint id?  The reporter; complaint admins and
 * read-only supervisors; officers of the unit handling it.  1 or 0.
 */
int pengaduan_visible(struct store *, const struct account *, int64_t id);

/* Complaint id by nomor or by tracking code; 0 if unknown. */
int64_t pengaduan_id(struct store *, const char *nomor);
int64_t pengaduan_id_lacak(struct store *, const char *kode);

/*
 * Load complaint id as viewer sees it (viewer NULL: the public, who see
 * no identity, and no content or messages of a rahasia complaint).  The
 * reporter's identity is filled in only for the reporter, or for staff
 * when the complaint is not anonim.  Public viewers see only the unit's
 * answers in the thread.  Does not check visibility.  0 or -1.
 */
int pengaduan_load(struct store *, int64_t id, const struct account *viewer,
    time_t now, struct pengaduan_view *);
void pengaduan_view_free(struct pengaduan_view *);

/*
 * Record that staff read complaint id with its reporter's identity: the
 * audit event "pengaduan.baca" and the reporter's data-access log row
 * (akses.h), purpose "Penanganan pengaduan" or, for read-only supervisors,
 * "Pengawasan pengaduan (hanya baca)".  Nothing is written for the
 * reporter herself, or when the complaint is anonim (staff saw no
 * identity, and a log row would tie her to it).  0 or -1.
 */
int pengaduan_audit_read(struct store *, const struct account *, int64_t id,
    const char *addr, time_t now);

/*
 * Which actions may acct take now on v ("disposisi", ...)?  Fills up to
 * max codes; returns the count.
 */
int pengaduan_actions(const struct account *, const struct pengaduan_view *,
    const char **codes, int max);

/*
 * The timer: auto-close answered complaints 10 working days after the
 * answer; flag complaints past their step's deadline and escalate once to
 * the unit head (or the complaint admins before disposisi), then, 3
 * working days later, to the Inspektorat (an eskalasi case).  Idempotent.
 * Returns the number of changes made, or -1.
 */
int pengaduan_tick(struct store *, time_t now);

#endif
