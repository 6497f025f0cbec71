/*
 * ui_data.c: the queue's figures as open data (issue 16):
 * GET /data/antrian.csv?lokasi=MPP-SIAK&tanggal=YYYY-MM-DD (default
 * today, WIB): one row per service with tickets; times in seconds
 * (median and 90th percentile; empty when there is none).  No personal
 * data: counts and durations only.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/csv.h"
#include "lib/msg.h"
#include "lib/xalloc.h"
#include "http/pages.h"
#include "antrian.h"
#include "angka.h"
#include "ui.h"

static const char *const kolom[] = { "tanggal", "lokasi", "instansi", "layanan",
	"nama_layanan", "tiket", "selesai", "tidak_hadir", "batal", "dari_kios",
	"tunggu_median_detik", "tunggu_p90_detik", "layanan_median_detik",
	"layanan_p90_detik", NULL };

/* A duration, or an empty field when there is none. */
static void
durasi(struct buf *b, int64_t v)
{
	csv_sep(b);
	if (v >= 0)
		csv_int(b, v);
}

/* Whether s is a date "YYYY-MM-DD" (digits in place). */
static int
tanggal_ok(const char *s)
{
	int i;

	if (s == NULL || strlen(s) != 10)
		return 0;
	for (i = 0; i < 10; i++)
		if (i == 4 || i == 7 ? s[i] != '-' : s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

void
page_antrian_csv(struct req *r)
{
	struct antrian_lokasi lok;
	struct antrian_angka *rows;
	const char *lokasi = req_param(r, "lokasi"),
		   *tgl = req_param(r, "tanggal");
	char tanggal[11];
	size_t n, i;
	int rc;

	if (lokasi == NULL || *lokasi == '\0')
		lokasi = "MPP-SIAK";
	if ((rc = antrian_lokasi_get(r->store, lokasi, &lok)) != 0) {
		page_error(r, rc > 0 ? 404 : 500,
		    rc > 0 ? msg(M_ANTRIAN_E_LOKASI) : NULL);
		return;
	}
	if (tgl != NULL && *tgl != '\0' && !tanggal_ok(tgl)) {
		page_error(r, 400, msg(M_ANTRIAN_TANGGAL));
		return;
	}
	if (tgl != NULL && *tgl != '\0')
		snprintf(tanggal, sizeof(tanggal), "%s", tgl);
	else
		antrian_tanggal(r->now, tanggal);
	if (antrian_angka_hari(r->store, lok.id, tanggal, &rows, &n) != 0) {
		page_error(r, 500, NULL);
		return;
	}
	r->personal = 1; /* changes with every ticket */
	buf_reset(&r->out);
	for (i = 0; kolom[i] != NULL; i++) {
		if (i)
			csv_sep(&r->out);
		csv_text(&r->out, kolom[i]);
	}
	csv_eol(&r->out);
	for (i = 0; i < n; i++) {
		csv_text(&r->out, tanggal);
		csv_sep(&r->out);
		csv_text(&r->out, lok.kode);
		csv_sep(&r->out);
		csv_text(&r->out, rows[i].instansi);
		csv_sep(&r->out);
		csv_text(&r->out, rows[i].layanan);
		csv_sep(&r->out);
		csv_text(&r->out, rows[i].nama);
		csv_sep(&r->out);
		csv_int(&r->out, rows[i].tiket);
		csv_sep(&r->out);
		csv_int(&r->out, rows[i].selesai);
		csv_sep(&r->out);
		csv_int(&r->out, rows[i].tidak_hadir);
		csv_sep(&r->out);
		csv_int(&r->out, rows[i].batal);
		csv_sep(&r->out);
		csv_int(&r->out, rows[i].kios);
		durasi(&r->out, rows[i].tunggu_p50);
		durasi(&r->out, rows[i].tunggu_p90);
		durasi(&r->out, rows[i].layanan_p50);
		durasi(&r->out, rows[i].layanan_p90);
		csv_eol(&r->out);
	}
	free(rows);
	r->status = 200;
	r->out_type = "text/csv; charset=utf-8";
	r->disposition = xasprintf("inline; filename=\"antrian-%s-%s.csv\"",
	    lok.kode, tanggal);
}
