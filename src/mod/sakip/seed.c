/*
 * seed.c: the demo plans of a few Siak OPDs from data/sakip-demo.csv
 * (`pamong init --demo`, issue 22).  One transaction, one audit event.
 * The figures are invented for the demo and the plan is marked demo.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/csv.h"
#include "lib/xalloc.h"
#include "mod/audit/audit.h"
#include "store/store.h"
#include "sakip.h"
#include "sql.h"

enum {
	C_RENCANA,
	C_PJ,
	C_TUJUAN,
	C_SASARAN,
	C_KODE,
	C_INDIKATOR,
	C_SATUAN,
	C_POLARITAS,
	C_KUMULATIF,
	C_FORMULA,
	C_SUMBER,
	C_JABATAN,
	C_INDUK,
	C_BASELINE,
	C_TAHUN,
	C_TARGET,
	C_T1,
	C_R1 = C_T1 + 4,
	C_N = C_R1 + 4
};

/* One row into the store; 0 or -1 with err set. */
static int
row(struct store *s, char **f, size_t line, int64_t now, char *err,
    size_t errlen)
{
	struct sakip_ind d;
	int64_t unit, ren, tuj = 0, sas, id, v;
	int rpjmd = strcmp(f[C_RENCANA], "RPJMD") == 0, tahun, q;
	char nama[200];

	memset(&d, 0, sizeof(d));
	if ((unit = sakip_sql_unit(s, f[C_PJ])) == 0) {
		snprintf(err, errlen, "baris %zu: unit %s tidak dikenal", line,
		    f[C_PJ]);
		return -1;
	}
	tahun = atoi(f[C_TAHUN]);
	if (tahun < 2000 || tahun > 2100) {
		snprintf(err, errlen, "baris %zu: tahun tidak sah", line);
		return -1;
	}
	if (rpjmd)
		snprintf(nama, sizeof(nama),
		    "RPJMD Kabupaten Siak 2021-2026 (data demo)");
	else
		snprintf(nama, sizeof(nama), "Renstra %s 2021-2026 (data demo)",
		    f[C_PJ]);
	ren = sakip_sql_rencana(s, rpjmd ? "rpjmd" : "renstra",
	    rpjmd ? 0 : unit, nama, 2021, 2026, 1);
	if (ren == 0)
		goto db;
	if (f[C_TUJUAN][0] != '\0' &&
	    (tuj = sakip_sql_sasaran(s, ren, 0, "tujuan", f[C_TUJUAN])) == 0)
		goto db;
	if ((sas = sakip_sql_sasaran(s, ren, tuj, "sasaran", f[C_SASARAN])) ==
	    0)
		goto db;
	if ((id = sakip_sql_indikator_id(s, f[C_KODE])) == 0) {
		d.sasaran_id = sas;
		d.unit_id = unit;
		snprintf(d.kode, sizeof(d.kode), "%s", f[C_KODE]);
		snprintf(d.nama, sizeof(d.nama), "%s", f[C_INDIKATOR]);
		snprintf(d.satuan, sizeof(d.satuan), "%s", f[C_SATUAN]);
		if (sakip_polaritas_parse(f[C_POLARITAS]) == 0) {
			snprintf(err, errlen, "baris %zu: polaritas %s", line,
			    f[C_POLARITAS]);
			return -1;
		}
		snprintf(d.polaritas, sizeof(d.polaritas), "%s",
		    sakip_polaritas_kata(
			sakip_polaritas_parse(f[C_POLARITAS])));
		d.kumulatif = strcmp(f[C_KUMULATIF], "1") == 0;
		snprintf(d.formula, sizeof(d.formula), "%s", f[C_FORMULA]);
		snprintf(d.sumber, sizeof(d.sumber), "%s", f[C_SUMBER]);
		snprintf(d.jabatan, sizeof(d.jabatan), "%s", f[C_JABATAN]);
		d.ada_baseline =
		    sakip_angka_parse(f[C_BASELINE], &d.baseline) == 0;
		d.iku = !rpjmd;
		if (f[C_INDUK][0] != '\0' &&
		    (d.induk_id = sakip_sql_indikator_id(s, f[C_INDUK])) == 0) {
			snprintf(err, errlen, "baris %zu: induk %s belum ada",
			    line, f[C_INDUK]);
			return -1;
		}
		if ((id = sakip_sql_indikator_add(s, &d)) == 0)
			goto db;
	}
	for (q = 0; q < 5; q++) {
		if (sakip_angka_parse(f[C_TARGET + q], &v) != 0) {
			snprintf(err, errlen, "baris %zu: target tidak sah",
			    line);
			return -1;
		}
		if (sakip_sql_target(s, id, tahun, q, v) != 0)
			goto db;
	}
	for (q = 0; q < 4; q++) {
		if (f[C_R1 + q][0] == '\0')
			continue;
		if (sakip_angka_parse(f[C_R1 + q], &v) != 0) {
			snprintf(err, errlen, "baris %zu: realisasi tidak sah",
			    line);
			return -1;
		}
		if (sakip_sql_realisasi(s, id, tahun, q + 1, v,
			"https://siakkab.go.id/ (data demo)", "diverifikasi", 0,
			now) != 0)
			goto db;
	}
	return 0;
db:
	snprintf(err, errlen, "baris %zu: %s", line, store_errmsg(s));
	return -1;
}

int
sakip_demo_seed(struct store *s, const char *path, int64_t now, char *err,
    size_t errlen)
{
	struct audit ev = { 0 };
	struct csv *c;
	char *data, **f;
	size_t len, nf;
	int r, n = 0;

	if (sakip_sql_ada_indikator(s))
		return 0;
	if (csv_load_file(path, &data, &len) != 0) {
		snprintf(err, errlen, "%s tidak dapat dibaca", path);
		return -1;
	}
	c = csv_open(data, len);
	if (csv_next(c, &f, &nf) != 1 || nf != C_N ||
	    strcmp(f[0], "rencana") != 0) {
		snprintf(err, errlen, "%s: judul kolom tidak sah", path);
		goto fail;
	}
	if (store_begin(s) != 0) {
		snprintf(err, errlen, "%s", store_errmsg(s));
		goto fail;
	}
	while ((r = csv_next(c, &f, &nf)) == 1) {
		if (nf != C_N) {
			snprintf(err, errlen, "baris %zu: %d kolom diperlukan",
			    csv_line(c), (int)C_N);
			goto undo;
		}
		if (row(s, f, csv_line(c), now, err, errlen) != 0)
			goto undo;
		n++;
	}
	if (r < 0) {
		snprintf(err, errlen, "baris %zu: %s", csv_line(c),
		    csv_error(c));
		goto undo;
	}
	ev.role = "cli";
	ev.action = "sakip.demo";
	ev.object_type = "sakip_rencana";
	ev.object_id = "demo";
	ev.note = "rencana dan indikator kinerja demo";
	if (audit_write(s, &ev) != 0 || store_commit(s) != 0) {
		snprintf(err, errlen, "%s", store_errmsg(s));
		goto undo;
	}
	csv_close(c);
	free(data);
	return n;
undo:
	store_rollback(s);
fail:
	csv_close(c);
	free(data);
	return -1;
}
