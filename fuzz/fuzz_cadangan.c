/*
 * fuzz_cadangan.c: libFuzzer target for the restore of a backup archive
 * (src/mod/cadangan: libarchive's gzip and tar readers, the member-name
 * checks, the manifest parser and its checks).
 *
 * The input is written as an archive file and restored into a fresh
 * directory.  Whatever the bytes: no crash, and when the restore is
 * refused nothing is left behind (neither the target nor a staging
 * directory).  Seeds: fuzz/corpus/cadangan/ (a real backup of a small
 * data directory and pieces of it).
 *
 *   make build/fuzz/fuzz_cadangan
 *   build/fuzz/fuzz_cadangan fuzz/corpus/cadangan
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mod/cadangan/cadangan.h"

static void
check(int cond)
{
	if (!cond)
		abort();
}

static int
entries(const char *dir)
{
	struct dirent *d;
	DIR *dp = opendir(dir);
	int n = 0;

	check(dp != NULL);
	while ((d = readdir(dp)) != NULL)
		if (strcmp(d->d_name, ".") != 0 && strcmp(d->d_name, "..") != 0)
			n++;
	closedir(dp);
	return n;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static char dir[] = "/tmp/pamong-fuzz-cadangan-XXXXXX";
	static int ready;
	struct cadangan_hasil h;
	char arc[64], to[64], cmd[96];
	FILE *f;

	if (!ready) {
		check(mkdtemp(dir) != NULL);
		ready = 1;
	}
	snprintf(arc, sizeof(arc), "%s/a", dir);
	snprintf(to, sizeof(to), "%s/t", dir);
	check((f = fopen(arc, "w")) != NULL);
	check(fwrite(data, 1, size, f) == size);
	check(fclose(f) == 0);
	if (cadangan_pulihkan(arc, to, NULL, NULL, &h) == 0) {
		snprintf(cmd, sizeof(cmd), "rm -rf %s", to);
		check(system(cmd) == 0);
	} else {
		check(h.galat[0] != '\0');
		check(entries(dir) == 1); /* only the archive */
	}
	unlink(arc);
	return 0;
}
