/* migrate.h: the numbered SQL migrations compiled into the program. */
#ifndef PAMONG_MIGRATE_H
#define PAMONG_MIGRATE_H

struct migration {
	int version;
	const char *name;
	const char *sql; /* SQLite */
	const char *pg;	 /* PostgreSQL (migrations/pg/) */
};

/* Terminated by an entry with name == NULL; generated at build time. */
extern const struct migration migrations[];

#endif
