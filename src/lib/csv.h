/*
 * csv.h: an RFC 4180 CSV reader over a memory buffer, and the one CSV
 * writer of the project (every CSV export uses csv_text()/csv_number()).
 *
 * Fields are separated by ',' and rows by CRLF or LF; a field may be
 * quoted with '"', inside which '""' stands for one quote and commas and
 * line breaks are data.  A UTF-8 byte order mark at the start is skipped.
 * Empty lines are skipped.  A lone CR outside quotes is field data.  The
 * header row, if any, is an ordinary row: the caller handles it.
 */
#ifndef PAMONG_CSV_H
#define PAMONG_CSV_H

#include <stddef.h>
#include <stdint.h>

struct buf;

#define CSV_MAX_FIELDS 64		/* per row */
#define CSV_MAX_FILE (64 * 1024 * 1024) /* bytes, csv_load_file() */

struct csv;

/*
 * Start reading the len bytes at data, which need not be NUL-terminated
 * and must outlive the reader.  Never returns NULL.
 */
struct csv *csv_open(const char *data, size_t len);

/*
 * Read the next row.  Return 1 and set *fields to an array of *nfields
 * (at least 1) NUL-terminated strings; 0 at the end of the data; -1 on
 * an error: unterminated quoted field, a quote inside an unquoted field
 * or after a closing quote, more than CSV_MAX_FIELDS fields, a NUL byte
 * or invalid UTF-8.  The fields belong to the reader and stay valid until
 * the next call or csv_close().  After -1 every further call returns -1.
 */
int csv_next(struct csv *, char ***fields, size_t *nfields);

/*
 * Line number (from 1) on which the row last returned, or the row that
 * failed, started; 1 before the first call.
 */
size_t csv_line(const struct csv *);

/* Static Indonesian message for the last error, or NULL if there was none. */
const char *csv_error(const struct csv *);

/* Free the reader and its fields (NULL is ok). */
void csv_close(struct csv *);

/*
 * Read the whole file at path into *data (NUL-terminated, freed by the
 * caller) and its size, excluding the NUL, into *len.  Return 0, or -1
 * with errno set when it cannot be read or is larger than CSV_MAX_FILE
 * bytes (EFBIG); on -1 *data and *len are untouched.
 */
int csv_load_file(const char *path, char **data, size_t *len);

/*
 * Writer.  A row is cells separated by ',' (csv_sep()) and ended by CRLF
 * (csv_eol()).
 *
 * csv_text(): one text cell, any content (names, titles, codes, text
 * typed by citizens).  Quoted per RFC 4180 when it holds a comma, a
 * quote, CR or LF (quotes doubled).  A cell a spreadsheet would read as
 * a formula, i.e. one starting with = + - @ TAB or CR, is neutralised
 * as OWASP recommends: prefixed with a single quote and always quoted,
 * so =HYPERLINK("http://x/","Klik") is written "'=HYPERLINK(""http://x/"",
 * ""Klik"")" and shows as text.  This also turns a text cell "-5" into
 * '-5: numbers belong in numeric cells.
 *
 * csv_number(): a numeric cell the program formatted itself (an integer
 * or a decimal with '.', optionally negative: "-5", "12.5", "-0.25").
 * Written as is, not neutralised, so a negative number stays a number in
 * a spreadsheet (a number alone is not a formula).  Anything else is not
 * a number and goes through csv_text() instead, so a caller's mistake
 * cannot smuggle a formula in.  The empty string is an empty cell.
 * csv_int(): csv_number() of an integer.
 */
void csv_text(struct buf *, const char *s);
void csv_number(struct buf *, const char *s);
void csv_int(struct buf *, int64_t v);
void csv_sep(struct buf *);
void csv_eol(struct buf *);

#endif
