/*
 * ui_data.c: open data of the permit registry (issue 17): counts per
 * permit type by status, as CSV (GET /data/izin.csv: jenis_kode, jenis,
 * berlaku, kedaluwarsa, dicabut, jumlah) and JSON (GET
 * /api/v1/izin/rekap).  No personal data.
 */
#include <jansson.h>
#include <stdlib.h>

#include "http/api.h"
#include "http/pages.h"
#include "http/req.h"
#include "lib/csv.h"
#include "lib/xalloc.h"
#include "izin.h"
#include "ui.h"

static void
csv_row(void *arg, const char *kode, const char *nama, int64_t berlaku,
    int64_t kedaluwarsa, int64_t dicabut)
{
	struct buf *b = arg;

	csv_text(b, kode);
	csv_sep(b);
	csv_text(b, nama);
	csv_sep(b);
	csv_int(b, berlaku);
	csv_sep(b);
	csv_int(b, kedaluwarsa);
	csv_sep(b);
	csv_int(b, dicabut);
	csv_sep(b);
	csv_int(b, berlaku + kedaluwarsa + dicabut);
	csv_eol(b);
}

void
page_izin_csv(struct req *r)
{
	buf_reset(&r->out);
	buf_adds(&r->out,
	    "jenis_kode,jenis,berlaku,kedaluwarsa,dicabut,jumlah\r\n");
	if (izin_rekap(r->store, r->now, csv_row, &r->out) != 0) {
		buf_reset(&r->out);
		page_error(r, 500, NULL);
		return;
	}
	r->status = 200;
	r->out_type = "text/csv; charset=utf-8";
	free(r->disposition);
	r->disposition = xstrdup("inline; filename=\"izin.csv\"");
}

static void
json_row(void *arg, const char *kode, const char *nama, int64_t berlaku,
    int64_t kedaluwarsa, int64_t dicabut)
{
	json_array_append_new(arg,
	    json_pack("{s:s,s:s,s:I,s:I,s:I,s:I}", "jenis_kode", kode, "jenis",
		nama, "berlaku", (json_int_t)berlaku, "kedaluwarsa",
		(json_int_t)kedaluwarsa, "dicabut", (json_int_t)dicabut,
		"jumlah", (json_int_t)(berlaku + kedaluwarsa + dicabut)));
}

void
api_izin_rekap(struct req *r)
{
	json_t *data = json_array();

	if (izin_rekap(r->store, r->now, json_row, data) != 0) {
		json_decref(data);
		page_error(r, 500, NULL);
		return;
	}
	api_send(r, 200, json_pack("{s:o}", "data", data));
}
