/*
 * seed.c: the demo Mal Pelayanan Publik of Siak (`pamong init --demo`,
 * see antrian_demo_seed() in antrian.h).
 */
#include <stdio.h>
#include <string.h>

#include "store/store.h"
#include "mod/audit/audit.h"
#include "antrian.h"
#include "sql.h"

static const struct {
	const char *kode, *nama, *unit; /* unit NULL: outside agency */
} instansi[] = {
	{ "DISDUKCAPIL", "Dinas Kependudukan dan Pencatatan Sipil",
	    "DISDUKCAPIL" },
	{ "DPMPTSP", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
	    "DPMPTSP" },
	{ "SAMSAT", "UPT Samsat Siak (Bapenda Provinsi Riau)", NULL },
	{ "BPJS-KES", "BPJS Kesehatan Kantor Layanan Operasional Siak", NULL },
};

/* services: catalog code (name from the catalog) or local with a name */
static const struct {
	const char *instansi, *kode, *nama, *prefix;
	int pagi, siang;
} layanan[] = {
	{ "DISDUKCAPIL", "DUK-01", NULL, "A", 300, 200 },
	{ "DISDUKCAPIL", "DUK-02", NULL, "B", 300, 200 },
	{ "DISDUKCAPIL", "DUK-03", NULL, "C", 100, 80 },
	{ "DISDUKCAPIL", "DUK-04", NULL, "D", 100, 80 },
	{ "DISDUKCAPIL", "DUK-05", NULL, "E", 50, 50 },
	{ "DPMPTSP", "PTSP-01", NULL, "F", 60, 40 },
	{ "DPMPTSP", "PTSP-02", NULL, "G", 30, 20 },
	{ "SAMSAT", "SAMSAT-PKB", "Pembayaran Pajak Kendaraan Bermotor", "S",
	    150, 100 },
	{ "BPJS-KES", "BPJS-JKN", "Pendaftaran dan Perubahan Data Peserta JKN",
	    "J", 80, 60 },
};

/* counters: number, agency, name, services served (NULL-ended) */
static const struct {
	int nomor;
	const char *instansi, *nama;
	const char *layanan[6];
} loket[] = {
	{ 1, "DISDUKCAPIL", "Loket 1 Disdukcapil (KK dan KIA)",
	    { "DUK-01", "DUK-03", NULL } },
	{ 2, "DISDUKCAPIL", "Loket 2 Disdukcapil (KTP-el)",
	    { "DUK-02", NULL } },
	{ 3, "DISDUKCAPIL", "Loket 3 Disdukcapil (semua layanan)",
	    { "DUK-01", "DUK-02", "DUK-03", "DUK-04", "DUK-05", NULL } },
	{ 4, "DPMPTSP", "Loket 4 DPMPTSP", { "PTSP-01", "PTSP-02", NULL } },
	{ 5, "SAMSAT", "Loket 5 Samsat", { "SAMSAT-PKB", NULL } },
	{ 6, "BPJS-KES", "Loket 6 BPJS Kesehatan", { "BPJS-JKN", NULL } },
};

#define N(a) (sizeof(a) / sizeof((a)[0]))

static int64_t
find(const char *const *kode, const int64_t *ids, size_t n, const char *k)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (kode[i] != NULL && strcmp(kode[i], k) == 0)
			return ids[i];
	return 0;
}

/* The rows, inside the caller's transaction: 0 or -1. */
static int
seed_rows(struct store *s)
{
	const char *ik[N(instansi)], *lk[N(layanan)];
	int64_t iid[N(instansi)], lid[N(layanan)], lok, kid, id;
	char nama[STR_CHARS(200)];
	size_t i, j;
	int d;

	lok = antrian_sql_lokasi_add(s, "MPP-SIAK",
	    "Mal Pelayanan Publik Kabupaten Siak",
	    "Jl. Sultan Syarif Kasim, Siak Sri Indrapura", "14:30", 0, 1);
	if (lok <= 0)
		return -1;
	/* Senin-Kamis 08.00-15.00; Jumat 08.00-11.30 (salat Jumat) */
	for (d = 1; d <= 5; d++)
		if (antrian_sql_jam_add(s, lok, d, "08:00",
			d == 5 ? "11:30" : "15:00") != 0)
			return -1;
	for (i = 0; i < N(instansi); i++) {
		id = instansi[i].unit ? antrian_sql_unit_id(s, instansi[i].unit)
				      : 0;
		ik[i] = instansi[i].kode;
		iid[i] = antrian_sql_instansi_add(s, lok, instansi[i].kode,
		    instansi[i].nama, id);
		if (iid[i] <= 0)
			return -1;
	}
	for (i = 0; i < N(layanan); i++) {
		lk[i] = NULL;
		lid[i] = 0;
		if (layanan[i].nama != NULL)
			snprintf(nama, sizeof(nama), "%s", layanan[i].nama);
		else
			antrian_sql_katalog_nama(s, layanan[i].kode, nama,
			    sizeof(nama));
		if (nama[0] == '\0')
			continue; /* a catalog without the service */
		id = antrian_sql_layanan_add(s, lok,
		    find(ik, iid, N(instansi), layanan[i].instansi),
		    layanan[i].kode, nama, layanan[i].prefix, layanan[i].pagi,
		    layanan[i].siang);
		if (id <= 0)
			return -1;
		lk[i] = layanan[i].kode;
		lid[i] = id;
	}
	for (i = 0; i < N(loket); i++) {
		kid = antrian_sql_loket_add(s, lok,
		    find(ik, iid, N(instansi), loket[i].instansi),
		    loket[i].nomor, loket[i].nama);
		if (kid <= 0)
			return -1;
		for (j = 0; loket[i].layanan[j] != NULL; j++) {
			id = find(lk, lid, N(layanan), loket[i].layanan[j]);
			if (id > 0 &&
			    antrian_sql_loket_layanan_add(s, kid, id) != 0)
				return -1;
		}
	}
	return 0;
}

int
antrian_demo_seed(struct store *s, time_t now)
{
	struct antrian_lokasi l;
	struct audit au;
	int rc;

	(void)now;
	if ((rc = antrian_sql_lokasi(s, "MPP-SIAK", &l)) <= 0)
		return rc; /* 0: already there; -1 */
	memset(&au, 0, sizeof(au));
	au.role = "cli";
	au.action = "antrian.demo";
	au.object_type = "antrian_lokasi";
	au.object_id = "MPP-SIAK";
	au.note = "data contoh Mal Pelayanan Publik";
	au.addr = "cli";
	if (store_begin(s) != 0)
		return -1;
	if (seed_rows(s) != 0 || audit_write(s, &au) != 0 ||
	    store_commit(s) != 0) {
		store_rollback(s);
		return -1;
	}
	return 1;
}
