/*
 * cadangan_int.h: what the backup (cadangan.c) and the restore
 * (pulih.c) share.  Private to the module.
 */
#ifndef PAMONG_CADANGAN_INT_H
#define PAMONG_CADANGAN_INT_H

#include <jansson.h>
#include <stdint.h>

struct cadangan_hasil;
struct store;

/* The facts of a database: filled by cadangan_fakta(). */
struct cadangan_fakta {
	struct cadangan_hasil *h; /* migrasi, counts, audit, log go here */
	json_t *tabel;		  /* {"table": rows} (owned) */
	int pg;			  /* PostgreSQL (a pg_dump), else SQLite */
	int audit_utuh;
	char audit_masalah[200];
};

/*
 * Integrity check, every table's rows, the highest migration, the audit
 * chain and the log's size and root of s.  0, or -1 with f->h->galat.
 */
int cadangan_fakta(struct store *s, struct cadangan_fakta *f);
/* Whether the data directory's file rel is left out of a backup. */
int cadangan_lewati(const char *rel);
/* Append {"jalur", "ukuran", "sha256"} to list. */
void cadangan_daftar(json_t *list, const char *nama, int64_t size,
    const char *sha);

#endif
