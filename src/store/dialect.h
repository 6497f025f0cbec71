/*
 * dialect.h: the SQL fragments that differ between backends (issue 13,
 * rule 6).  Every query text outside this header is written in syntax
 * both SQLite (>= 3.24) and PostgreSQL accept; what has no common
 * spelling is one macro here, pasted into the query's string literal:
 *
 *	"SELECT " SQL_GROUP_CONCAT("r.role", "','") " FROM account_role r"
 *
 * Portable spellings to use directly, with no macro:
 *   - upsert-ignore: "INSERT INTO t(a, b) VALUES (?, ?) ON CONFLICT DO
 *     NOTHING", never "INSERT OR IGNORE" (it ignores only uniqueness
 *     conflicts; an INSERT ... SELECT needs a WHERE clause before
 *     ON CONFLICT, "WHERE true" if nothing else, for SQLite's parser);
 *   - substr(s, from, len), lower(), coalesce(), nullif(), || .
 *
 * The choice is made when compiling: one build talks to one backend
 * (STORE_DIALECT_PG selects PostgreSQL's column; there is no PostgreSQL
 * backend yet, the column is ready for it).  Times are stored as Unix
 * seconds (UTC); WIB (UTC+7, no daylight saving) is "+ 25200" in the
 * argument, which is the same in both.
 *
 * Migrations (src/mod/<m>/migrations/NNNN-*.sql) stay SQLite text: a
 * PostgreSQL backend gets its own schema, written once from the final
 * SQLite one, so they do not use these macros.
 */
#ifndef PAMONG_DIALECT_H
#define PAMONG_DIALECT_H

#ifndef STORE_DIALECT_PG

/* The current time in Unix seconds, an integer. */
#define SQL_NOW "CAST(strftime('%s', 'now') AS INTEGER)"
/* The values of text expression x of a group joined by sep (a literal). */
#define SQL_GROUP_CONCAT(x, sep) "group_concat(" x ", " sep ")"
/* 1-based position of needle in hay, 0 when absent. */
#define SQL_INSTR(hay, needle) "instr(" hay ", " needle ")"
/* Unix seconds t as text "YYYY-MM" of UTC (add 25200 for WIB). */
#define SQL_MONTH(t) "strftime('%Y-%m', " t ", 'unixepoch')"
/* Unix seconds t as text "YYYY-MM-DD" of UTC. */
#define SQL_DATE(t) "date(" t ", 'unixepoch')"
/* Unix seconds t as text "YYYY-MM-DD HH:MM:SS" of UTC. */
#define SQL_DATETIME(t) "datetime(" t ", 'unixepoch')"

#else

#define SQL_NOW "CAST(extract(epoch FROM now()) AS BIGINT)"
#define SQL_GROUP_CONCAT(x, sep)                                               \
	"string_agg(CAST(" x " AS text),"                                      \
	" " sep ")"
#define SQL_INSTR(hay, needle) "strpos(" hay ", " needle ")"
#define SQL_MONTH(t)                                                           \
	"to_char(to_timestamp(" t ") AT TIME ZONE 'UTC',"                      \
	" 'YYYY-MM')"
#define SQL_DATE(t)                                                            \
	"to_char(to_timestamp(" t ") AT TIME ZONE 'UTC',"                      \
	" 'YYYY-MM-DD')"
#define SQL_DATETIME(t)                                                        \
	"to_char(to_timestamp(" t ")"                                          \
	" AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS')"

#endif

#endif
