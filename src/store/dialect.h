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
 * One binary talks to both backends, so the choice is made at run time:
 * each macro expands to SQLite's text, which the SQLite backend runs as
 * it is, and the PostgreSQL backend (pg.c, pg_call()) rewrites when it
 * prepares the query.  The contract: pg.c recognizes exactly the calls
 * these macros produce, by name and arity, anywhere outside string
 * literals and comments:
 *
 *	strftime('%s', 'now')		CAST(extract(epoch FROM now()) AS bigint)
 *	group_concat(x, sep)		string_agg(CAST(x AS text), sep)
 *	instr(hay, needle)		strpos(hay, needle)
 *	strftime('FMT', t, 'unixepoch')	to_char(to_timestamp(t) AT TIME ZONE
 *					'UTC', 'FMT') (%Y %m %d %H %M %S)
 *	date(t, 'unixepoch')		to_char(..., 'YYYY-MM-DD')
 *	datetime(t, 'unixepoch')	to_char(..., 'YYYY-MM-DD HH24:MI:SS')
 *
 * and leaves every other text alone.  A new fragment is a macro here and
 * a case of pg_call(); tests/unit/store/test_dialect.c runs each on
 * both.  Times are stored as Unix seconds (UTC); WIB (UTC+7, no daylight
 * saving) is "+ 25200" in the argument, which is the same in both.
 *
 * Migrations are written once per backend (src/mod/<m>/migrations/ and
 * migrations/pg/, same numbers), so they do not use these macros.
 */
#ifndef PAMONG_DIALECT_H
#define PAMONG_DIALECT_H

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

#endif
