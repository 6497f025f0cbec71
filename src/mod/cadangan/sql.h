/*
 * sql.h: every query of the cadangan module (sql.c).  Private to the
 * module.
 */
#ifndef PAMONG_CADANGAN_SQL_H
#define PAMONG_CADANGAN_SQL_H

#include <stddef.h>
#include <stdint.h>

struct store;

/*
 * A consistent copy of the whole SQLite database into the new file path
 * (VACUUM INTO: one read transaction; writers go on meanwhile).  0 or -1.
 */
int cadangan_sql_salin(struct store *, const char *path);

/* "ok" from SQLite's integrity check into out; 0, or -1 when unreadable. */
int cadangan_sql_integritas(struct store *, char *out, size_t size);

/*
 * Call fn(arg, table, rows) for every table of the database (SQLite's
 * own tables apart), in name order.  0, or -1 when a table cannot be
 * counted.
 */
int cadangan_sql_hitung(struct store *,
    void (*fn)(void *, const char *table, int64_t rows), void *arg);

/*
 * PostgreSQL: begin the read-only, repeatable-read transaction whose
 * snapshot pg_dump shares (its name into id); cadangan_sql_selesai()
 * ends it.  0 or -1.
 */
int cadangan_sql_snapshot(struct store *, char *id, size_t size);
void cadangan_sql_selesai(struct store *);

/* How many tables the database has (a restore needs an empty one). */
int64_t cadangan_sql_jumlah_tabel(struct store *);

/*
 * PostgreSQL: drop everything a failed restore put into the (before
 * empty) database: its schema public, made again.  0 or -1.
 */
int cadangan_sql_kosongkan(struct store *);

/* The highest migration applied; -1 when unreadable. */
int64_t cadangan_sql_migrasi(struct store *);

#endif
