/*
 * pg_sql.h: the PostgreSQL text of a query written for the store (pg.c).
 *
 * pg_sql(): dialect.h's SQLite calls rewritten (strftime, date, julianday,
 * json_extract, group_concat, ...), then the parameters outside literals
 * and comments numbered as SQLite does: `?NNN` is $NNN, `?` the largest
 * number so far plus one.  The caller frees the text; *np is the number
 * of parameters.  A pure function of its input.
 */
#ifndef PAMONG_PG_SQL_H
#define PAMONG_PG_SQL_H

char *pg_sql(const char *sql, int *np);

#endif
