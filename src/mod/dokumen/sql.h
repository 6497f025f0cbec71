/*
 * sql.h: the dokumen module's statements (issue 13), private to
 * src/mod/dokumen/.  One function per database job, parameters bound;
 * the callers keep the checks, transactions and audit.  Functions
 * returning int return 0 on success and -1 on failure unless said
 * otherwise.
 *
 * The walks (dokumen_sql_each_*) call fn for each row, in order, until
 * fn returns nonzero or the rows end; they return -1 when the statement
 * cannot be prepared (fn never called), else 0.  Strings given to fn
 * live until fn returns.
 */
#ifndef PAMONG_DOKUMEN_SQL_H
#define PAMONG_DOKUMEN_SQL_H

#include <stdint.h>

struct dokumen;
struct dokumen_draft;
struct dokumen_identitas;
struct store;

/* Failed passphrases of account_id after since; dflt on error. */
int64_t dokumen_sql_fail_count(struct store *, int64_t dflt, int64_t account_id,
    int64_t since);

/* Time of the (skip+1)-th newest failure after since; dflt if none. */
int64_t dokumen_sql_fail_at(struct store *, int64_t dflt, int64_t account_id,
    int64_t since, int64_t skip);

/* Record a failed passphrase of account_id at at from addr. */
int dokumen_sql_fail_add(struct store *, int64_t account_id, int64_t at,
    const char *addr);

/* Forget the failures older than before. */
int dokumen_sql_fail_prune(struct store *, int64_t before);

/*
 * The identity of the applicant of application id (identitas_penduduk
 * of its pemohon) into o; o is cleared first (rt, rw -1), so an
 * applicant without a row leaves it empty.  0 or -1.
 */
int dokumen_sql_identitas(struct store *, int64_t id,
    struct dokumen_identitas *o);

/* The NIP of account_id into out ("" for none).  0 or -1. */
int dokumen_sql_nip(struct store *, int64_t account_id, char out[19]);

/* The row of application id (0 or 1) with the facts a letter prints. */
int dokumen_sql_each_app(struct store *, int64_t id,
    int (*fn)(void *, const char *nomor, int64_t layanan_id,
	const char *layanan_name, const char *nik, const char *nama,
	const char *wilayah, int64_t kelurahan, const char *kecamatan),
    void *arg);

/* The row of unit id (0 or 1): name, kind, parent's name or "". */
int dokumen_sql_each_unit(struct store *, int64_t id,
    int (*fn)(void *, const char *name, const char *kind, const char *parent),
    void *arg);

/* Walk the form values of application id, by name. */
int dokumen_sql_each_isian(struct store *, int64_t id,
    int (*fn)(void *, const char *name, const char *value), void *arg);

/* The last nomor sequence value of unit_id in year, 0 when none. */
int64_t dokumen_sql_seq_last(struct store *, int64_t unit_id, int64_t year);

/*
 * Take value seq of the nomor sequence of unit_id in year (1: create
 * it; else advance it from seq - 1).  store_changes() says whether it
 * was taken.  0, or a store error.
 */
int dokumen_sql_seq_take(struct store *, int64_t unit_id, int64_t year,
    int64_t seq);

/* The row of certificate id (0 or 1): holder's name or "", title. */
int dokumen_sql_each_signer(struct store *, int64_t cert_id,
    int (*fn)(void *, const char *name, const char *title), void *arg);

/* The unit of application id when its workflow signs, 0 otherwise. */
int64_t dokumen_sql_permohonan_unit(struct store *, int64_t id);

/* The newest active certificate of account_id, 0 when none. */
int64_t dokumen_sql_cert_active(struct store *, int64_t account_id);

/* Insert the register row of d with log index idx. */
int dokumen_sql_insert(struct store *, const struct dokumen_draft *d,
    int64_t idx);

/* The row (0 or 1) of document id when valid: its kode. */
int dokumen_sql_each_kode_sah(struct store *, int64_t id,
    int (*fn)(void *, const char *kode), void *arg);

/*
 * Mark valid document old_id superseded by new_id; store_changes() says
 * whether it was.  0, or a store error.
 */
int dokumen_sql_supersede(struct store *, int64_t old_id, int64_t new_id,
    int64_t now, int64_t by, const char *position, const char *reason,
    int64_t tlog_idx);

/* The template columns of a service (NULL text: "" as stored). */
struct dokumen_sql_templat {
	int64_t layanan_id;
	const char *code;
	const char *name;
	const char *layanan_level;
	const char *judul;
	const char *isi;
	const char *level;
	const char *klasifikasi;
	int64_t is_default; /* no template row */
	int64_t versi;
};

/* The row (0 or 1) of service layanan_id with its template. */
int dokumen_sql_each_templat(struct store *, int64_t layanan_id,
    int (*fn)(void *, const struct dokumen_sql_templat *), void *arg);

/* Walk the form fields of service layanan_id, by position. */
int dokumen_sql_each_field(struct store *, int64_t layanan_id,
    int (*fn)(void *, const char *name, const char *label), void *arg);

/* Insert or update the template of layanan_id (by 0 stores NULL). */
int dokumen_sql_templat_save(struct store *, int64_t layanan_id,
    const char *judul, const char *isi, const char *level,
    const char *klasifikasi, int64_t now, int64_t by, int versi);

/* Keep version versi of the template of layanan_id (by 0: NULL). */
int dokumen_sql_templat_versi_add(struct store *, int64_t layanan_id, int versi,
    const char *judul, const char *isi, const char *klasifikasi, int64_t now,
    int64_t by);

/* Walk the ids of the signing services with no template, by id. */
int dokumen_sql_each_untemplated(struct store *, int (*fn)(void *, int64_t id),
    void *arg);

/* Insert the seed template of layanan_id and its version 1. */
int dokumen_sql_templat_seed(struct store *, int64_t layanan_id,
    const char *judul, const char *isi, const char *level,
    const char *klasifikasi, int64_t now);
int dokumen_sql_templat_seed_versi(struct store *, int64_t layanan_id,
    const char *judul, const char *isi, const char *klasifikasi, int64_t now);

/* The row (0 or 1) of unit id: code, its format and kode (NULL: none). */
int dokumen_sql_each_format(struct store *, int64_t unit_id,
    int (*fn)(void *, const char *code, const char *format,
	const char *kode_unit),
    void *arg);

/* Insert or update the nomor format of unit_id (by 0 stores NULL). */
int dokumen_sql_format_save(struct store *, int64_t unit_id, const char *format,
    const char *kode_unit, int64_t now, int64_t by);

/*
 * Read into d the document with this kode, this sha256, or the newest
 * of application permohonan_id: 0 found, -1 not, -2 error.
 */
int dokumen_sql_by_kode(struct store *, const char *kode, struct dokumen *d);
int dokumen_sql_by_sha256(struct store *, const char *sha256,
    struct dokumen *d);
int dokumen_sql_of_app(struct store *, int64_t permohonan_id,
    struct dokumen *d);

/* The row (0 or 1): the title of account_id's best certificate. */
int dokumen_sql_each_position(struct store *, int64_t account_id,
    int (*fn)(void *, const char *title), void *arg);

/*
 * Mark valid document id revoked; store_changes() says whether it was.
 * 0, or a store error.
 */
int dokumen_sql_revoke(struct store *, int64_t id, int64_t now, int64_t by,
    const char *position, const char *reason, int64_t tlog_idx);

/* One letter of a unit's register (buku agenda surat keluar). */
struct dokumen_agenda {
	const char *kode;
	const char *nomor_surat;
	int64_t signed_at;
	const char *judul;
	const char *kepada; /* the applicant it is issued to */
	const char *signer;
	const char *signer_position;
	const char *status; /* sah, dicabut, digantikan */
};

/*
 * Walk limit letters (from offset) of unit_id signed in [from, to), oldest
 * first; fn's non-zero return stops.  0, or -1 on a store error.
 */
int dokumen_sql_agenda(struct store *, int64_t unit_id, int64_t from,
    int64_t to, int limit, int offset,
    int (*fn)(void *, const struct dokumen_agenda *), void *arg);

/* How many letters of unit_id were signed in [from, to); -1 on error. */
int64_t dokumen_sql_agenda_count(struct store *, int64_t unit_id, int64_t from,
    int64_t to);

/* Walk the 200 newest documents, newest first. */
int dokumen_sql_each_recent(struct store *,
    int (*fn)(void *, const char *kode, const char *judul,
	const char *nomor_surat, const char *unit, const char *signer,
	int64_t signed_at, const char *status),
    void *arg);

/* The id of the service with this code, 0 when none. */
int64_t dokumen_sql_layanan_id(struct store *, const char *code);

/* The id of the unit with this code, 0 when none. */
int64_t dokumen_sql_unit_id(struct store *, const char *code);

/* Walk the units with a nomor format, by code. */
int dokumen_sql_each_format_set(struct store *,
    int (*fn)(void *, const char *code, const char *name, const char *format,
	const char *kode_unit),
    void *arg);

/*
 * Walk the services whose template all (nonzero: every one) or unit_id
 * (its kabupaten-level ones) may edit, by code; judul "(bawaan)" and
 * versi 0 when the service has no template.
 */
int dokumen_sql_each_templat_of(struct store *, int all, int64_t unit_id,
    int (*fn)(void *, const char *code, const char *name, const char *judul,
	int64_t versi),
    void *arg);

#endif
