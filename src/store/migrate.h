/* migrate.h: the numbered SQL migrations compiled into the program. */
#ifndef PAMONG_MIGRATE_H
#define PAMONG_MIGRATE_H

struct migration {
	int version;
	const char *name;
	const char *sql; /* SQLite */
	const char *pg;	 /* PostgreSQL (migrations/pg/) */
};

/*
 * The store's own tables, before any migration: schema_migrations and
 * store_versi (the change counter, store.h) with its one row.  One text
 * for both backends; store_migrate() runs it when a table is missing,
 * `pamong db copy` on its empty target.
 */
extern const char store_own_tables[];

/* Terminated by an entry with name == NULL; generated at build time. */
extern const struct migration migrations[];

#endif
