/*
 * spbe.c: `pamong spbe skor FILE.csv [--kerangka FILE]`: score a CSV of
 * indicator levels against an SPBE framework and print the aspect and
 * domain indices and, last, "Indeks SPBE X.XX Predikat".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "mod/spbe/spbe.h"
#include "mod/spbe/spbe_store.h"
#include "store/store.h"
#include "lib/csv.h"
#include "lib/msg.h"
#include "lib/xalloc.h"
#include "cmd.h"

char *
spbe_data_path(const char *file)
{
	char *dir = share_dir(), *p = xasprintf("%s/%s", dir, file);

	free(dir);
	return p;
}

static int
skor(int argc, char **argv)
{
	static const char *const opts[] = { "--kerangka=", NULL };
	const char *kf, *file = NULL;
	struct spbe_framework *fw;
	struct spbe_skor sk;
	const char *pred;
	char err[512], x[16], *path, *data;
	size_t len, i;
	int *lv;

	if (opt_args(argc, argv, 2, opts, &file, 1) != 1)
		usage_error("berkas FILE.csv wajib");
	kf = opt_get(argc, argv, "--kerangka");
	path = kf ? xstrdup(kf) : spbe_data_path(SPBE_DEFAULT_FILE);
	if (spbe_framework_load(path, &fw, err, sizeof(err)) != 0)
		die("%s", err);
	free(path);
	if (csv_load_file(file, &data, &len) != 0) {
		snprintf(err, sizeof(err), msg(M_SPBE_CSV_READ), file);
		die("%s: %s", file, err);
	}
	lv = xcalloc(fw->nind, sizeof(*lv));
	if (spbe_csv_levels(fw, data, len, lv, err, sizeof(err)) != 0)
		die("%s: %s", file, err);
	free(data);
	if (spbe_score(fw, lv, &sk) != 0)
		die("%s: level di luar rentang", file);
	printf("Kerangka: %s (%s)\n", fw->nama, fw->kode);
	for (i = 0; i < fw->naspek; i++) {
		spbe_fmt(sk.aspek[i], x);
		printf("Aspek %s %s: %s\n", fw->aspek[i].kode,
		    fw->aspek[i].nama, x);
	}
	for (i = 0; i < fw->ndomain; i++) {
		spbe_fmt(sk.domain[i], x);
		printf("Domain %s %s: %s\n", fw->domain[i].kode,
		    fw->domain[i].nama, x);
	}
	pred = spbe_predikat(fw, sk.indeks);
	spbe_fmt(sk.indeks, x);
	printf("Indeks SPBE %s %s\n", x, pred ? pred : "-");
	spbe_skor_free(&sk);
	free(lv);
	spbe_framework_free(fw);
	return 0;
}

int
cmd_spbe(int argc, char **argv)
{
	if (argc < 2)
		usage_error("subperintah wajib");
	if (strcmp(argv[1], "skor") == 0)
		return skor(argc, argv);
	usage_error("subperintah tidak dikenal: %s", argv[1]);
}

/* The demo 2025 levels: Σ = 23500, Indeks SPBE 2.35 Cukup (doc/spbe.md). */
static const char demo_2025[] = "33233222233322333232121121121113333232223"
				"322332";

void
spbe_init_seed(struct store *s, int demo)
{
	struct spbe_framework *fw;
	const char *why;
	char *kf = spbe_data_path(SPBE_DEFAULT_FILE), err[512];
	time_t now = time(NULL);
	int64_t id;
	size_t i;

	if (spbe_kerangka_install(s, kf, now, err, sizeof(err)) != 0)
		die("kerangka SPBE gagal dimuat: %s", err);
	printf("Kerangka SPBE dimuat dari %s\n", kf);
	free(kf);
	if (!demo || spbe_count(s) > 0)
		return;
	if ((fw = spbe_kerangka_get(s, SPBE_KERANGKA_DEFAULT)) == NULL)
		die("kerangka SPBE tidak terbaca");
	if (spbe_create(s, fw->kode, 2025, 1, NULL, "cli", now, &id, &why))
		die("penilaian SPBE demo: %s", why);
	for (i = 0; i < fw->nind && i < sizeof(demo_2025) - 1; i++)
		if (spbe_set(s, fw, id, fw->ind[i].nomor, demo_2025[i] - '0',
			"Data demo: bukan hasil evaluasi resmi.", 0, NULL,
			"cli", now, &why) != 0)
			die("penilaian SPBE demo: %s", why);
	if (spbe_submit(s, fw, id, NULL, "cli", now, &why) != 0 ||
	    spbe_finalise(s, fw, id, NULL, "cli", now, &why) != 0)
		die("penilaian SPBE demo: %s", why);
	/* 2026: a draft with the first indicators carried over */
	if (spbe_create(s, fw->kode, 2026, 1, NULL, "cli", now, &id, &why))
		die("penilaian SPBE demo: %s", why);
	for (i = 0; i < 10; i++)
		if (spbe_set(s, fw, id, fw->ind[i].nomor, demo_2025[i] - '0',
			"", 0, NULL, "cli", now, &why) != 0)
			die("penilaian SPBE demo: %s", why);
	spbe_framework_free(fw);
	printf("Penilaian SPBE demo: 2025 final (Indeks SPBE 2.35 Cukup),"
	       " 2026 draf\n");
}
