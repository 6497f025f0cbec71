/*
 * fuzz_csv_import.c: libFuzzer target for the CSV importers on top of
 * the CSV reader: the SPBE levels upload (spbe_csv_levels, against the
 * framework in data/), the region import (wilayah_import, `pamong
 * wilayah import`) and the catalog import (catalog_import), the last
 * two into a seeded database in a temporary directory (under /dev/shm
 * when it exists, without fsync).
 *
 * Every importer must either succeed with sane results or fail with a
 * message; the database must stay usable.
 * Run from the top of the tree (it reads data/).
 *
 *   make build/fuzz/fuzz_csv_import
 *   build/fuzz/fuzz_csv_import fuzz/corpus/csv_import
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mod/layanan/catalog.h"
#include "mod/wilayah/seed.h"
#include "mod/spbe/spbe.h"
#include "store/store.h"

static void
check(int cond)
{
	if (!cond)
		abort();
}

static char dir[64], csvpath[128];
static struct store *st;
static struct spbe_framework *fw;

static void
cleanup(void)
{
	char cmd[128];

	if (st != NULL)
		store_close(st);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	(void)system(cmd);
}

static void
setup(void)
{
	char err[512], db[128];

	snprintf(dir, sizeof(dir), "%s/pamong-fuzz-csv-XXXXXX",
	    access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp");
	check(mkdtemp(dir) != NULL);
	atexit(cleanup);
	snprintf(db, sizeof(db), "%s/t.db", dir);
	snprintf(csvpath, sizeof(csvpath), "%s/in.csv", dir);
	check(store_open(&st, NULL, db) == 0 && store_migrate(st, 0) == 0);
	store_durable(st, 0);
	if (seed_siak(st, "data", err, sizeof(err)) != 0 ||
	    spbe_framework_load("data/spbe-permenpanrb-59-2020.json", &fw, err,
		sizeof(err)) != 0) {
		fprintf(stderr,
		    "fuzz_csv_import: %s (run from the top of "
		    "the tree)\n",
		    err);
		abort();
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char err[512];
	int *levels, rc;
	size_t k;
	FILE *f;

	if (st == NULL)
		setup();
	levels = calloc(fw->nind + 1, sizeof(*levels));
	err[0] = '\0';
	if (spbe_csv_levels(fw, (const char *)data, size, levels, err,
		sizeof(err)) == 0) {
		for (k = 0; k < fw->nind; k++)
			check(levels[k] >= SPBE_LEVEL_MIN &&
			    levels[k] <= SPBE_LEVEL_MAX);
	} else
		check(err[0] != '\0');
	free(levels);

	check((f = fopen(csvpath, "wb")) != NULL);
	check(fwrite(data, 1, size, f) == size || size == 0);
	check(fclose(f) == 0);
	err[0] = '\0';
	rc = wilayah_import(st, csvpath, err, sizeof(err));
	check(rc >= 0 || err[0] != '\0');
	check(!store_in_tx(st));
	err[0] = '\0';
	rc = catalog_import(st, csvpath, err, sizeof(err));
	check(rc >= 0 || err[0] != '\0');
	check(!store_in_tx(st));
	check(store_exec(st, "SELECT 1") == 0);
	return 0;
}
