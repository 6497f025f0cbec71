/*
 * tlog_verify.c: check the stored log against itself and its signed
 * checkpoints, and name the first index that no longer matches.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "lib/xalloc.h"
#include "store/store.h"
#include "merkle.h"
#include "tlog.h"
#include "sql.h"

/* MTH(leaves[lo:lo+n]) straight from the leaves. */
static void
mem_root(unsigned char (*leaves)[32], uint64_t lo, uint64_t n,
    unsigned char out[32])
{
	unsigned char l[32], r[32];
	uint64_t k;

	if (n == 1) {
		memcpy(out, leaves[lo], 32);
		return;
	}
	k = merkle_split(n);
	mem_root(leaves, lo, k, l);
	mem_root(leaves, lo + k, n - k, r);
	merkle_node(l, r, out);
}

int64_t
tlog_locate(const struct merkle_src *src, unsigned char (*leaves)[32],
    uint64_t size, const unsigned char root[32])
{
	unsigned char a[32], l[32], r[32], h[32], mine[32];
	uint64_t lo = 0, n = size, k;

	if (size == 0 || merkle_root(src, 0, size, a) != 0 ||
	    sodium_memcmp(a, root, 32) != 0)
		return -1;
	while (n > 1) {
		k = merkle_split(n);
		if (merkle_root(src, lo, k, l) != 0 ||
		    merkle_root(src, lo + k, n - k, r) != 0)
			return -1;
		merkle_node(l, r, h);
		if (sodium_memcmp(h, a, 32) != 0)
			return -1;
		mem_root(leaves, lo, k, mine);
		if (sodium_memcmp(mine, l, 32) != 0) {
			memcpy(a, l, 32);
			n = k;
		} else {
			memcpy(a, r, 32);
			lo += k;
			n -= k;
		}
	}
	return (int64_t)lo;
}

/* Record a finding when it is earlier than what was found so far. */
static void
found(struct tlog_report *rep, int64_t idx, int64_t upto, const char *why)
{
	if (rep->bad_index >= 0 && idx >= rep->bad_index)
		return;
	rep->bad_index = idx;
	rep->bad_upto = upto;
	snprintf(rep->why, sizeof(rep->why), "%s", why);
}

/* Roots of leaves[0..size) for increasing sizes, with one stack. */
struct roller {
	struct merkle_stack st;
	uint64_t pos;
};

static void
roll_to(struct roller *ro, unsigned char (*leaves)[32], uint64_t size,
    unsigned char out[32])
{
	if (size < ro->pos) { /* sizes are increasing; restart if not */
		merkle_stack_init(&ro->st);
		ro->pos = 0;
	}
	while (ro->pos < size)
		merkle_stack_push(&ro->st, leaves[ro->pos++]);
	merkle_stack_root(&ro->st, out);
}

/* Compare the tree of size (signed root) with the recomputed leaves. */
static void
against(struct tlog_report *rep, const struct merkle_src *src,
    unsigned char (*leaves)[32], struct roller *ro, uint64_t size,
    const unsigned char root[32], uint64_t ok_below, const char *what)
{
	unsigned char mine[32];
	char why[256];
	int64_t i;

	if (size > (uint64_t)rep->entries) {
		snprintf(why, sizeof(why),
		    "log terpotong: %s mencakup %" PRIu64
		    " entri, tetapi hanya %" PRId64 " entri tersimpan",
		    what, size, rep->entries);
		found(rep, rep->entries, -1, why);
		return;
	}
	roll_to(ro, leaves, size, mine);
	if (sodium_memcmp(mine, root, 32) == 0)
		return;
	i = tlog_locate(src, leaves, size, root);
	snprintf(why, sizeof(why),
	    "isi log tidak cocok dengan %s (ukuran %" PRIu64 ")", what, size);
	if (i >= 0)
		found(rep, i, -1, why);
	else
		found(rep, (int64_t)ok_below, (int64_t)size, why);
}

/* What tlog_verify_store() walks the entries and checkpoints with. */
struct verify {
	struct tlog_report *rep;
	const struct tlog_key *k;
	struct merkle_src *src;
	struct roller *ro;
	unsigned char (*leaves)[32];
	size_t cap;
	uint64_t ok_below;
	int64_t last_size;
	unsigned char last_root[32];
};

/* 1. entries: dense indices, leaf hash = SHA-256(0x00 || entry) */
static int
entry_check(void *arg, int64_t idx, const void *e, size_t n, const void *lh,
    size_t hn)
{
	struct verify *v = arg;
	struct tlog_report *rep = v->rep;
	char why[256];

	if (idx != rep->entries) {
		snprintf(why, sizeof(why),
		    "entri indeks %" PRId64
		    " hilang (indeks tersimpan berikutnya %" PRId64 ")",
		    rep->entries, idx);
		found(rep, rep->entries, -1, why);
		return 1;
	}
	if ((size_t)rep->entries == v->cap) {
		v->cap = v->cap ? v->cap * 2 : 1024;
		v->leaves = xrealloc(v->leaves, v->cap * 32);
	}
	merkle_leaf(e != NULL ? e : "", n, v->leaves[rep->entries]);
	if (lh == NULL || hn != 32 ||
	    sodium_memcmp(lh, v->leaves[rep->entries], 32) != 0)
		found(rep, idx, -1,
		    "isi entri tidak cocok dengan hash"
		    " daun yang tersimpan");
	rep->entries++;
	return 0;
}

/* 2. every stored checkpoint: signature, size, root */
static int
checkpoint_check(void *arg, int64_t csize, const void *cr, size_t hn,
    const char *note)
{
	struct verify *v = arg;
	struct tlog_report *rep = v->rep;
	unsigned char root[32];
	uint64_t size;
	char why[256];

	if (!tlog_note_verify(note, strlen(note), v->k, &size, root) ||
	    (int64_t)size != csize || cr == NULL || hn != 32 ||
	    memcmp(cr, root, 32) != 0) {
		snprintf(why, sizeof(why),
		    "checkpoint ukuran %" PRId64
		    " tidak sah (tanda tangan atau isinya)",
		    csize);
		if (rep->bad_index < 0) {
			rep->bad_index = -2;
			snprintf(rep->why, sizeof(rep->why), "%s", why);
		}
		return 0;
	}
	rep->checkpoints++;
	rep->signed_size = (int64_t)size;
	v->last_size = (int64_t)size;
	memcpy(v->last_root, root, 32);
	against(rep, v->src, v->leaves, v->ro, size, root, v->ok_below,
	    "checkpoint bertanda tangan");
	if (rep->bad_index == -1)
		v->ok_below = size;
	return 0;
}

int
tlog_verify_store(struct store *s, const struct tlog_key *k, const char *saved,
    size_t savedlen, struct tlog_report *rep)
{
	unsigned char(*leaves)[32], sroot[32];
	unsigned char path[MERKLE_MAXPATH][32], *last_root;
	struct merkle_src src;
	struct roller ro;
	struct verify v;
	size_t np;
	uint64_t ssize;
	int64_t last_size;

	memset(rep, 0, sizeof(*rep));
	rep->bad_index = -1;
	rep->bad_upto = -1;
	rep->signed_size = -1;
	tlog_src(s, &src);
	merkle_stack_init(&ro.st);
	ro.pos = 0;

	memset(&v, 0, sizeof(v));
	v.rep = rep;
	v.k = k;
	v.src = &src;
	v.ro = &ro;
	v.last_size = -1;
	if (tlog_sql_each_entry(s, entry_check, &v) != 0) {
		free(v.leaves);
		return -1;
	}
	if (tlog_sql_each_checkpoint(s, checkpoint_check, &v) != 0) {
		free(v.leaves);
		return -1;
	}
	leaves = v.leaves;
	last_size = v.last_size;
	last_root = v.last_root;

	/* 3. a checkpoint saved earlier by a monitor */
	if (saved != NULL) {
		if (!tlog_note_verify(saved, savedlen, k, &ssize, sroot)) {
			if (rep->bad_index == -1) {
				rep->bad_index = -2;
				snprintf(rep->why, sizeof(rep->why),
				    "checkpoint yang disimpan tidak sah untuk"
				    " kunci log ini");
			}
		} else {
			merkle_stack_init(&ro.st);
			ro.pos = 0;
			against(rep, &src, leaves, &ro, ssize, sroot, 0,
			    "checkpoint yang disimpan");
			if ((int64_t)ssize > last_size) {
				if (rep->bad_index == -1) {
					rep->bad_index = -2;
					snprintf(rep->why, sizeof(rep->why),
					    "checkpoint yang disimpan (ukuran %" PRIu64
					    ") lebih baru dari checkpoint"
					    " terakhir log",
					    ssize);
				}
			} else if (ssize > 0 &&
			    (int64_t)ssize <= tlog_size(s) &&
			    (uint64_t)last_size <= (uint64_t)tlog_size(s)) {
				if (merkle_consistency(&src, ssize,
					(uint64_t)last_size, path, &np) != 0 ||
				    !merkle_verify_consistency(ssize,
					(uint64_t)last_size, sroot, last_root,
					(const unsigned char(*)[32])path, np))
					found(rep, 0, (int64_t)ssize,
					    "bukti konsistensi dari checkpoint"
					    " yang disimpan ke checkpoint"
					    " terakhir gagal");
			}
		}
	}
	free(leaves);
	return rep->bad_index == -1 ? 0 : 1;
}
