/*
 * sql.h: the pengaduan module's statements (issue 13), private to
 * src/mod/pengaduan/.  One function per database job, parameters bound;
 * the callers keep the checks, transactions, audit and notifications.
 * Functions returning int return 0 on success and -1 on failure unless
 * said otherwise; store_run() results are passed on unchanged.
 *
 * The walks (pengaduan_sql_each_*) call fn for each row, in order, until
 * fn returns nonzero or the rows end; they return -1 when the statement
 * cannot be prepared (fn never called), else 0.  Strings given to fn
 * live until fn returns.
 */
#ifndef PAMONG_PENGADUAN_SQL_H
#define PAMONG_PENGADUAN_SQL_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "lib/str.h"

struct pengaduan_row;
struct pengaduan_view;
struct store;

/* The parts of a complaint an action needs (pengaduan.c). */
struct pengaduan_cur {
	int64_t id;
	char nomor[32];
	char status[24];
	int64_t unit_id;
	int64_t pelapor_id;
	int anonim;
	int rahasia;
	int nilai;
	int dibuka_kembali;
	int ditanggapi;
	char judul[STR_CHARS(200)];
};

/* An open complaint past its deadline (pengaduan_tick.c). */
struct pengaduan_due {
	int64_t id;
	char nomor[32];
	char status[24];
	char batas[11];
	int64_t unit_id;
	int64_t pelapor_id;
	int eskalasi;
	char kategori[32];
};

/* Which complaints pengaduan_sql_each_row() walks. */
enum pengaduan_sql_where {
	PENGADUAN_SQL_MINE,  /* reported by vid */
	PENGADUAN_SQL_ALL,   /* every one */
	PENGADUAN_SQL_UNIT,  /* disposed to unit_id */
	PENGADUAN_SQL_NONE,  /* none */
	PENGADUAN_SQL_PUBLIC /* not rahasia */
};

/* The columns of pengaduan_sql_one() beyond the row's. */
struct pengaduan_sql_more {
	const char *isi;
	const char *unit_tujuan;
	const char *instansi_rujukan;
	const char *alasan_arsip;
	const char *kasus_nomor;
	const char *nik;
	const char *phone;
	const char *email;
};

/*
 * A complaint row as stored: r is filled from the columns (pelapor_id
 * the reporter's account, nothing computed), name is the reporter's
 * full name, more NULL except for pengaduan_sql_one().
 */
typedef int (*pengaduan_sql_row_fn)(void *, struct pengaduan_row *r,
    const char *name, const struct pengaduan_sql_more *more);

/* Append a history row of complaint id (actor, unit_id 0: NULL). */
int pengaduan_sql_history_add(struct store *, int64_t id, time_t now,
    int64_t actor, const char *tindakan, const char *dari, const char *ke,
    int64_t unit_id);

/* Append a thread message of complaint id (actor 0: NULL). */
int pengaduan_sql_message_add(struct store *, int64_t id, time_t now,
    int64_t actor, const char *peran, const char *tindakan, const char *isi);

/*
 * Up to 64 active complaint admins into ids, by id: their number, or -1
 * when the statement cannot be prepared.
 */
int pengaduan_sql_admins(struct store *, int64_t ids[64]);

/*
 * The unit code ("" when none) and kategori of complaint id: 1 found,
 * 0 not found or error.
 */
int pengaduan_sql_close_info(struct store *, int64_t id, char *unit,
    size_t unitlen, char *kategori, size_t kategorilen);

/*
 * The kampung the account last named: the wilayah of its newest complaint
 * or submitted application, into out (size >= 14).  1 found, 0 none.
 */
int pengaduan_sql_last_desa(struct store *, int64_t account_id, char *out,
    size_t size);

/* Number of desa wilayah with this code (0 or 1). */
int64_t pengaduan_sql_desa_count(struct store *, const char *code);

/* The id of the active unit with this code, 0 when there is none. */
int64_t pengaduan_sql_unit_id(struct store *, const char *code);

/* The next urut of year (1 for the first). */
int64_t pengaduan_sql_next_urut(struct store *, int year);

/*
 * Insert a new complaint, status 'baru' (unit_tujuan_id, rahasia_oleh
 * 0: NULL).  0, or STORE_CONSTRAINT / STORE_ERR.
 */
int pengaduan_sql_insert(struct store *, const char *nomor, int year,
    int64_t urut, const char *kode, const char *jenis, const char *judul,
    const char *isi, const char *kategori, const char *wilayah,
    int64_t unit_tujuan_id, int64_t pelapor_id, int anonim, int rahasia,
    int64_t rahasia_oleh, const char *batas, time_t now);

/* Add attachment pos of complaint id. */
int pengaduan_sql_berkas_add(struct store *, int64_t id, int pos,
    const char *sha256, const char *filename, const char *mime, int64_t size,
    time_t now);

/* Set the Inspektorat case number of complaint id. */
int pengaduan_sql_set_kasus(struct store *, int64_t id, const char *kasus);

/* Read complaint nomor into c (zeroed first): 0 found, -1 not or error. */
int pengaduan_sql_cur(struct store *, const char *nomor,
    struct pengaduan_cur *c);

/* Dispose complaint id to unit_id: status to, deadline batas. */
int pengaduan_sql_dispose(struct store *, int64_t id, const char *to,
    int64_t unit_id, const char *batas, time_t now);

/*
 * Close complaint id as to ('bukan_wewenang' or 'diarsipkan'), catatan
 * kept as the referral or the archive reason.
 */
int pengaduan_sql_close(struct store *, int64_t id, const char *to,
    const char *catatan, time_t now);

/* Mark complaint id rahasia by actor. */
int pengaduan_sql_rahasiakan(struct store *, int64_t id, int64_t actor,
    time_t now);

/* Record an answer to complaint id: status to, deadline batas. */
int pengaduan_sql_answer(struct store *, int64_t id, const char *to,
    const char *batas, time_t now);

/*
 * Back to status to with deadline batas after a reply; reopen: also
 * clear the rating and set dibuka_kembali.
 */
int pengaduan_sql_reopen(struct store *, int64_t id, const char *to,
    const char *batas, int reopen, time_t now);

/* Rate complaint id nilai and close it as 'selesai'. */
int pengaduan_sql_rate(struct store *, int64_t id, int nilai, time_t now);

/*
 * Up to 500 open complaints whose deadline is before today, by id, into
 * *vp (heap, the caller frees) and *np.  -1 when the statement cannot
 * be prepared.
 */
int pengaduan_sql_due(struct store *, const char *today,
    struct pengaduan_due **vp, int *np);

/*
 * Close answered complaint d->id as 'selesai' if still answered with
 * deadline batas; store_changes() tells whether it was.
 */
int pengaduan_sql_auto_close(struct store *, int64_t id, const char *batas,
    time_t now);

/*
 * Flag complaint id late at escalation level if its status, deadline
 * and previous level (level - 1) still hold; store_changes() tells.
 */
int pengaduan_sql_escalate(struct store *, int64_t id, int level,
    const char *status, const char *batas, time_t now);

/* The id of the complaint nomor / with tracking code kode, 0 if none. */
int64_t pengaduan_sql_id(struct store *, const char *nomor);
int64_t pengaduan_sql_id_lacak(struct store *, const char *kode);

/*
 * Number of complaints id (0 or 1); with pengaduan_sql_count_for(),
 * only when reported by aid or, when unit, disposed to unit_id.
 */
int64_t pengaduan_sql_count(struct store *, int64_t id);
int64_t pengaduan_sql_count_for(struct store *, int64_t id, int64_t aid,
    int unit, int64_t unit_id);

/*
 * Walk the complaints of where (vid the viewer's account, unit_id its
 * unit), the overdue ones (deadline before today) first, then the open
 * ones, by deadline, newest first, at most limit.
 */
int pengaduan_sql_each_row(struct store *, enum pengaduan_sql_where,
    int64_t vid, int64_t unit_id, const char *today, int limit,
    pengaduan_sql_row_fn fn, void *arg);

/* Call fn with complaint id and its more: 1 found, 0 not or error. */
int pengaduan_sql_one(struct store *, int64_t id, pengaduan_sql_row_fn fn,
    void *arg);

/*
 * Read the thread of complaint id into v->msgs (v->nmsgs is left to the
 * caller): pub, only the unit's answers.  The number of messages read.
 */
int pengaduan_sql_msgs(struct store *, int64_t id, int pub,
    struct pengaduan_view *v);

/* Read the attachments of complaint id into v->files; their number. */
int pengaduan_sql_files(struct store *, int64_t id, struct pengaduan_view *v);

/* nomor, reporter and anonim of complaint id, left as given if none. */
void pengaduan_sql_reporter(struct store *, int64_t id, char *nomor,
    size_t nomorlen, int64_t *pelapor, int *anonim);

/* Walk code, label of the desa wilayah, by name. */
int pengaduan_sql_each_desa(struct store *,
    int (*fn)(void *, const char *code, const char *label), void *arg);

/* Walk code, name of the active units, OPDs then kecamatan, by name. */
int pengaduan_sql_each_unit(struct store *,
    int (*fn)(void *, const char *code, const char *name), void *arg);

/*
 * sha256 and mime of attachment pos of complaint id, left as given
 * (the caller's "") when there is none.
 */
void pengaduan_sql_file(struct store *, int64_t id, int64_t pos,
    char sha256[65], char *mime, size_t mimelen);

#endif
