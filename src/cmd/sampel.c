/*
 * sampel.c: `pamong sampel --seed HEX --periode YYYY-MM --data DIR
 * [--jumlah K]`: recompute a revealed audit sample from its seed (see
 * src/domain/sampel.h).  Checks SHA-256(seed) against the period's
 * published commitment when there is one.  Prints one line per sampled
 * application: rank, TAB, nomor.  Exit 0; 1 usage or storage error; 2
 * the seed does not match the commitment.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "mod/tlog/sampel.h"
#include "store/store.h"
#include "cmd.h"

int
cmd_sampel(int argc, char **argv)
{
	static const char *const opts[] = { "--seed=", "--periode=", "--data=",
		"--jumlah=", NULL };
	const char *dir, *hex, *periode, *jml;
	struct sampel_item *items;
	struct sampel_row row;
	unsigned char seed[32], h[32];
	char hh[65];
	struct store *s;
	size_t got, n, i;
	int64_t lo, hi;
	int jumlah = 0, rc;

	opt_only(argc, argv, 1, opts);
	dir = opt_get(argc, argv, "--data");
	hex = opt_get(argc, argv, "--seed");
	periode = opt_get(argc, argv, "--periode");
	jml = opt_get(argc, argv, "--jumlah");
	if (dir == NULL || hex == NULL || periode == NULL)
		die("pemakaian: pamong sampel --seed HEX --periode TTTT-BB"
		    " --data DIR [--jumlah K]");
	if (strlen(hex) != 64 ||
	    sodium_hex2bin(seed, 32, hex, 64, NULL, &got, NULL) != 0 ||
	    got != 32)
		die("--seed harus 64 digit heksadesimal");
	if (sampel_periode(periode, &lo, &hi) != 0)
		die("--periode harus berbentuk TTTT-BB");
	if (jml != NULL && ((jumlah = atoi(jml)) < 1 || jumlah > SAMPEL_MAX))
		die("--jumlah harus 1 sampai %d", SAMPEL_MAX);
	s = cmd_open_store(dir);
	rc = sampel_get(s, periode, &row);
	if (rc == 0) {
		crypto_hash_sha256(h, seed, 32);
		sodium_bin2hex(hh, sizeof(hh), h, 32);
		if (strcmp(hh, row.komitmen) != 0) {
			printf(
			    "benih TIDAK COCOK dengan komitmen %s (log indeks"
			    " %lld)\n",
			    row.komitmen, (long long)row.komitmen_idx);
			store_close(s);
			return 2;
		}
		fprintf(stderr, "komitmen %s (log indeks %lld) cocok\n",
		    row.komitmen, (long long)row.komitmen_idx);
		if (jumlah == 0)
			jumlah = row.jumlah;
	} else if (rc != SAMPEL_ENOENT)
		die("basis data tidak dapat dibaca");
	if (jumlah == 0)
		die("tidak ada komitmen untuk %s; sebutkan --jumlah K",
		    periode);
	if (sampel_compute(s, seed, periode, jumlah, &items, &n) != 0)
		die("sampel tidak dapat dihitung");
	for (i = 0; i < n; i++)
		printf("%zu\t%s\n", i + 1, items[i].nomor);
	free(items);
	store_close(s);
	return 0;
}
