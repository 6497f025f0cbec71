/*
 * sql.h: the akses module's SQL (issue 13), private to the module.
 * Each function runs one statement with bound parameters; the callers
 * keep the rules, transactions and audit events.
 */
#ifndef PAMONG_AKSES_SQL_H
#define PAMONG_AKSES_SQL_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

struct store;
struct akses_row;

/* An entry of akses_data as akses_dispute() reads it. */
struct akses_sql_entry {
	int64_t kasus_id; /* 0 when not disputed */
	int64_t unit_id;
	char obj[128]; /* "objek_type objek_id" */
	char *pembaca; /* "full name (username)", owned */
	char *waktu;   /* local time of the read, owned */
	char *tujuan;  /* owned */
};

/* Insert one read (unit_id 0: none).  0 or a store error. */
int akses_sql_insert(struct store *, time_t now, int64_t subjek_id,
    int64_t pembaca_id, int64_t unit_id, const char *objek_type,
    const char *objek_id, const char *tujuan);

/* The rows of akses_list() (see akses.h): their number, or -1. */
int akses_sql_list(struct store *, int64_t subjek_id, int max,
    struct akses_row **rows);

/* Entry id of subjek_id into *e (free with _clear): 1, 0 none, -1 error. */
int akses_sql_entry(struct store *, int64_t id, int64_t subjek_id,
    struct akses_sql_entry *e);
void akses_sql_entry_clear(struct akses_sql_entry *);

/* Link entry id, if not yet linked, to case kasus_id.  0 or an error. */
int akses_sql_link_kasus(struct store *, int64_t id, int64_t kasus_id);

#endif
