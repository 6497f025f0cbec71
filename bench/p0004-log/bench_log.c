/*
 * bench_log.c: transparency-log append and proof throughput, in process.
 *
 *	bench_log DB N BATCH PROOFS
 *
 * Appends N canonical-JSON entries shaped like "dokumen" entries (about
 * 190 bytes) to the migrated database DB through tlog_append(), BATCH per
 * transaction; then serves PROOFS random inclusion proofs and PROOFS
 * random consistency proofs against the full tree from the stored node
 * hashes (each verified), and prints appends/s, proof latency p50/p99
 * and the database bytes per entry.
 */
#include <sys/stat.h>

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <sodium.h>

#include "mod/tlog/merkle.h"
#include "mod/tlog/tlog.h"
#include "store/store.h"

static double
now_s(clockid_t c)
{
	struct timespec ts;

	clock_gettime(c, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int
cmp_d(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

static void
pct(const char *what, double *lat, size_t n)
{
	qsort(lat, n, sizeof(*lat), cmp_d);
	printf("%s: p50 %.1f us, p99 %.1f us, max %.1f us (%zu proofs)\n",
	    what, lat[n / 2] * 1e6, lat[n * 99 / 100] * 1e6, lat[n - 1] * 1e6,
	    n);
}

int
main(int argc, char **argv)
{
	unsigned char root[32], leaf[32], h[32], path[MERKLE_MAXPATH][32];
	unsigned char old[32];
	struct merkle_src src;
	struct store *s;
	struct stat sb;
	double w0, c0, w, c, t, *lat;
	char e[512], hx1[65], hx2[65], walp[512];
	int64_t n, batch, proofs, i, j, m, sz;
	size_t np, bytes;
	unsigned char *ent;
	size_t elen;

	if (argc != 5)
		return 2;
	n = atoll(argv[2]);
	batch = atoll(argv[3]);
	proofs = atoll(argv[4]);
	if (sodium_init() < 0 || store_open(&s, NULL, argv[1]) != 0 ||
	    store_migrate(s, 0) != 0)
		return 1;
	w0 = now_s(CLOCK_MONOTONIC);
	c0 = now_s(CLOCK_PROCESS_CPUTIME_ID);
	for (i = 0; i < n; i += batch) {
		if (store_begin(s) != 0)
			return 1;
		for (j = i; j < i + batch && j < n; j++) {
			crypto_hash_sha256(h, (unsigned char *)&j, sizeof(j));
			sodium_bin2hex(hx1, sizeof(hx1), h, 32);
			crypto_hash_sha256(h, h, 32);
			sodium_bin2hex(hx2, sizeof(hx2), h, 32);
			snprintf(e, sizeof(e), "{\"jenis\":\"dokumen\",\"kode\":"
			    "\"%08" PRIX64 "-%04" PRId64 "\",\"sertifikat\":\"%s\","
			    "\"sha256\":\"%s\",\"waktu\":\"2026-11-28T01:02:03Z\"}",
			    (uint64_t)j * 2654435761u, j % 10000, hx2, hx1);
			if (tlog_append(s, e, strlen(e), 1795000000 + j / 100,
			    NULL) != 0)
				return 1;
		}
		if (store_commit(s) != 0)
			return 1;
	}
	w = now_s(CLOCK_MONOTONIC) - w0;
	c = now_s(CLOCK_PROCESS_CPUTIME_ID) - c0;
	printf("append: %" PRId64 " entries, batch %" PRId64 ": %.1f s wall,"
	    " %.0f appends/s wall, %.0f appends/s per core (CPU %.1f s)\n",
	    n, batch, w, n / w, n / c, c);
	store_exec(s, "PRAGMA wal_checkpoint(TRUNCATE)");
	bytes = 0;
	if (stat(argv[1], &sb) == 0)
		bytes += (size_t)sb.st_size;
	snprintf(walp, sizeof(walp), "%s-wal", argv[1]);
	if (stat(walp, &sb) == 0)
		bytes += (size_t)sb.st_size;
	printf("storage: %zu bytes, %.1f bytes per entry (entry bytes about"
	    " %zu)\n", bytes, (double)bytes / n, strlen(e));
	printf("nodes: %" PRId64 " rows in tlog_node\n", store_scalar(s, -1,
	    "SELECT count(*) FROM tlog_node", ""));

	tlog_src(s, &src);
	sz = tlog_size(s);
	w0 = now_s(CLOCK_MONOTONIC);
	if (tlog_root(s, sz, root) != 0)
		return 1;
	printf("root of %" PRId64 ": %.1f us\n", sz,
	    (now_s(CLOCK_MONOTONIC) - w0) * 1e6);
	lat = calloc((size_t)proofs, sizeof(*lat));
	srand(7);
	for (i = 0; i < proofs; i++) {
		m = ((int64_t)rand() << 16 ^ rand()) % sz;
		t = now_s(CLOCK_MONOTONIC);
		if (merkle_inclusion(&src, (uint64_t)m, (uint64_t)sz, path,
		    &np) != 0)
			return 1;
		lat[i] = now_s(CLOCK_MONOTONIC) - t;
		ent = tlog_entry_get(s, m, &elen, NULL);
		merkle_leaf(ent, elen, leaf);
		free(ent);
		if (!merkle_verify_inclusion((uint64_t)m, (uint64_t)sz, leaf,
		    (const unsigned char (*)[32])path, np, root))
			return 1;
	}
	pct("inclusion proof (index random, size = whole log)", lat,
	    (size_t)proofs);
	for (i = 0; i < proofs; i++) {
		m = 1 + ((int64_t)rand() << 16 ^ rand()) % sz;
		t = now_s(CLOCK_MONOTONIC);
		if (merkle_consistency(&src, (uint64_t)m, (uint64_t)sz, path,
		    &np) != 0)
			return 1;
		lat[i] = now_s(CLOCK_MONOTONIC) - t;
		if (i < 200) {	/* verify a few; the old root costs a walk */
			if (tlog_root(s, m, old) != 0 ||
			    !merkle_verify_consistency((uint64_t)m,
			    (uint64_t)sz, old, root,
			    (const unsigned char (*)[32])path, np))
				return 1;
		}
	}
	pct("consistency proof (size1 random, size2 = whole log)", lat,
	    (size_t)proofs);
	free(lat);
	store_close(s);
	return 0;
}
