/*
 * ui_data.c: GET /data/notifikasi.csv, open data on delivery (issue 15):
 * messages per WIB day, channel and state for the last 90 days, counts
 * only (no recipient, no text).  Columns: tanggal, saluran, status,
 * jumlah.
 */
#include <stdlib.h>

#include "http/pages.h"
#include "lib/csv.h"
#include "lib/xalloc.h"
#include "sql.h"
#include "ui.h"

#define DATA_DAYS 90

static void
row(void *arg, const char *day, const char *channel, const char *state,
    int64_t n)
{
	struct buf *b = arg;

	csv_text(b, day);
	csv_sep(b);
	csv_text(b, channel);
	csv_sep(b);
	csv_text(b, state);
	csv_sep(b);
	csv_int(b, n);
	csv_eol(b);
}

void
page_data_notifikasi(struct req *r)
{
	buf_reset(&r->out);
	buf_adds(&r->out, "tanggal,saluran,status,jumlah\r\n");
	if (admin_sql_counts(r->store, (int64_t)r->now - DATA_DAYS * 86400, row,
		&r->out) != 0) {
		buf_reset(&r->out);
		page_error(r, 500, NULL);
		return;
	}
	r->status = 200;
	r->out_type = "text/csv; charset=utf-8";
	free(r->disposition);
	r->disposition = xstrdup("inline; filename=\"notifikasi.csv\"");
}
