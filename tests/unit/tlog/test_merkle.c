/*
 * test_merkle.c: RFC 9162 hashes and proofs (src/domain/merkle.c) against
 * an independent, straightforward recursive implementation written here
 * with OpenSSL's SHA-256 (merkle.c uses libsodium's).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include <openssl/sha.h>

#include "mod/tlog/merkle.h"

#define NMAX 64

static unsigned char leaves[NMAX][32]; /* leaf hashes of "doc-0".. */

/* --- the independent reference, literally RFC 9162 section 2.1 --- */

static void
ref_leaf(const char *d, unsigned char out[32])
{
	unsigned char b[256];
	size_t n = strlen(d);

	b[0] = 0x00;
	memcpy(b + 1, d, n);
	SHA256(b, n + 1, out);
}

static void
ref_node(const unsigned char *l, const unsigned char *r, unsigned char out[32])
{
	unsigned char b[65];

	b[0] = 0x01;
	memcpy(b + 1, l, 32);
	memcpy(b + 33, r, 32);
	SHA256(b, 65, out);
}

static size_t
ref_k(size_t n)
{
	size_t k = 1;

	while (k * 2 < n)
		k *= 2;
	return k;
}

/* MTH(D[lo:hi]) over the leaf hashes h[] */
static void
ref_mth(unsigned char h[][32], size_t lo, size_t hi, unsigned char out[32])
{
	unsigned char l[32], r[32];
	size_t k;

	if (hi - lo == 1) {
		memcpy(out, h[lo], 32);
		return;
	}
	k = ref_k(hi - lo);
	ref_mth(h, lo, lo + k, l);
	ref_mth(h, lo + k, hi, r);
	ref_node(l, r, out);
}

static void
ref_path(size_t m, size_t lo, size_t hi, unsigned char out[][32], size_t *n)
{
	size_t k;

	if (hi - lo == 1)
		return;
	k = ref_k(hi - lo);
	if (m < k) {
		ref_path(m, lo, lo + k, out, n);
		ref_mth(leaves, lo + k, hi, out[(*n)++]);
	} else {
		ref_path(m - k, lo + k, hi, out, n);
		ref_mth(leaves, lo, lo + k, out[(*n)++]);
	}
}

static void
ref_subproof(size_t m, size_t lo, size_t hi, int b, unsigned char out[][32],
    size_t *n)
{
	size_t k;

	if (m == hi - lo) {
		if (!b)
			ref_mth(leaves, lo, hi, out[(*n)++]);
		return;
	}
	k = ref_k(hi - lo);
	if (m <= k) {
		ref_subproof(m, lo, lo + k, b, out, n);
		ref_mth(leaves, lo + k, hi, out[(*n)++]);
	} else {
		ref_subproof(m - k, lo + k, hi, 0, out, n);
		ref_mth(leaves, lo, lo + k, out[(*n)++]);
	}
}

/* --- a source over the in-memory leaves, built with the reference --- */

static int
src_get(void *arg, int level, uint64_t idx, unsigned char out[32])
{
	uint64_t lo = idx << level, hi = (idx + 1) << level;
	size_t *calls = arg;

	if (hi > NMAX)
		return -1;
	(*calls)++;
	ref_mth(leaves, lo, hi, out);
	return 0;
}

static size_t ncalls;
static const struct merkle_src src = { src_get, &ncalls };

static int
setup(void **state)
{
	char d[16];
	int i;

	for (i = 0; i < NMAX; i++) {
		snprintf(d, sizeof(d), "doc-%d", i);
		ref_leaf(d, leaves[i]);
	}
	return 0;
}

static void
hex(const unsigned char *h, char out[65])
{
	int i;

	for (i = 0; i < 32; i++)
		snprintf(out + 2 * i, 3, "%02x", h[i]);
}

/* The reference's published vector and the empty tree. */
static void
t_vectors(void **state)
{
	unsigned char r[32], l[32];
	char x[65];

	merkle_root(&src, 0, 3, r);
	hex(r, x);
	assert_string_equal(x,
	    "67f7693e164ba57d779c3aff9de3ba90df0820cca9cef61552b2ce6b9dd9201c");
	merkle_root(&src, 0, 0, r);
	hex(r, x);
	assert_string_equal(x,
	    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	merkle_leaf("doc-0", 5, l);
	assert_memory_equal(l, leaves[0], 32);
	assert_int_equal(merkle_split(2), 1);
	assert_int_equal(merkle_split(3), 2);
	assert_int_equal(merkle_split(64), 32);
	assert_int_equal(merkle_split(65), 64);
}

/* Roots for sizes 1..64: merkle_root and the streaming stack. */
static void
t_roots(void **state)
{
	struct merkle_stack st;
	unsigned char want[32], got[32];
	size_t n;

	merkle_stack_init(&st);
	for (n = 1; n <= NMAX; n++) {
		ref_mth(leaves, 0, n, want);
		ncalls = 0;
		assert_int_equal(merkle_root(&src, 0, n, got), 0);
		assert_memory_equal(got, want, 32);
		/* O(log n) source lookups: one per set bit of n */
		assert_int_equal(ncalls, (size_t)__builtin_popcountll(n));
		merkle_stack_push(&st, leaves[n - 1]);
		merkle_stack_root(&st, got);
		assert_memory_equal(got, want, 32);
	}
}

/* Every inclusion proof of every size up to 64, and tampered ones. */
static void
t_inclusion(void **state)
{
	unsigned char p[MERKLE_MAXPATH][32], q[MERKLE_MAXPATH][32];
	unsigned char root[32], bad[32];
	size_t n, m, np, nq, i, checks = 0;

	for (n = 1; n <= NMAX; n++) {
		ref_mth(leaves, 0, n, root);
		for (m = 0; m < n; m++) {
			assert_int_equal(merkle_inclusion(&src, m, n, p, &np),
			    0);
			nq = 0;
			ref_path(m, 0, n, q, &nq);
			assert_int_equal(np, nq);
			if (np > 0)
				assert_memory_equal(p, q, np * 32);
			assert_true(merkle_verify_inclusion(m, n, leaves[m],
			    (const unsigned char(*)[32])p, np, root));
			checks++;
			/* wrong leaf, wrong index, wrong size, bad root */
			assert_false(merkle_verify_inclusion(m, n,
			    leaves[(m + 1) % NMAX],
			    (const unsigned char(*)[32])p, np, root));
			if (n > 1)
				assert_false(merkle_verify_inclusion(
				    (m + 1) % n, n, leaves[m],
				    (const unsigned char(*)[32])p, np, root));
			assert_false(merkle_verify_inclusion(n, n, leaves[m],
			    (const unsigned char(*)[32])p, np, root));
			memcpy(bad, root, 32);
			bad[31] ^= 1;
			assert_false(merkle_verify_inclusion(m, n, leaves[m],
			    (const unsigned char(*)[32])p, np, bad));
			/* every path element flipped, dropped, or extended */
			for (i = 0; i < np; i++) {
				p[i][i % 32] ^= 0x80;
				assert_false(merkle_verify_inclusion(m, n,
				    leaves[m], (const unsigned char(*)[32])p,
				    np, root));
				p[i][i % 32] ^= 0x80;
			}
			if (np > 0)
				assert_false(merkle_verify_inclusion(m, n,
				    leaves[m], (const unsigned char(*)[32])p,
				    np - 1, root));
			memcpy(p[np], leaves[0], 32);
			assert_false(merkle_verify_inclusion(m, n, leaves[m],
			    (const unsigned char(*)[32])p, np + 1, root));
		}
		assert_int_equal(merkle_inclusion(&src, n, n, p, &np), -1);
	}
	assert_int_equal(checks, NMAX * (NMAX + 1) / 2);
}

/* Every consistency proof for every pair 1 <= m <= n <= 64. */
static void
t_consistency(void **state)
{
	unsigned char p[MERKLE_MAXPATH][32], q[MERKLE_MAXPATH][32];
	unsigned char r1[32], r2[32], bad[32];
	size_t n, m, np, nq, i, checks = 0;

	for (n = 1; n <= NMAX; n++) {
		ref_mth(leaves, 0, n, r2);
		for (m = 1; m <= n; m++) {
			ref_mth(leaves, 0, m, r1);
			assert_int_equal(merkle_consistency(&src, m, n, p, &np),
			    0);
			nq = 0;
			ref_subproof(m, 0, n, 1, q, &nq);
			assert_int_equal(np, nq);
			if (np > 0)
				assert_memory_equal(p, q, np * 32);
			assert_true(merkle_verify_consistency(m, n, r1, r2,
			    (const unsigned char(*)[32])p, np));
			checks++;
			memcpy(bad, r1, 32);
			bad[0] ^= 1;
			assert_false(merkle_verify_consistency(m, n, bad, r2,
			    (const unsigned char(*)[32])p, np));
			memcpy(bad, r2, 32);
			bad[0] ^= 1;
			assert_false(merkle_verify_consistency(m, n, r1, bad,
			    (const unsigned char(*)[32])p, np));
			for (i = 0; i < np; i++) {
				p[i][7] ^= 0x01;
				assert_false(merkle_verify_consistency(m, n, r1,
				    r2, (const unsigned char(*)[32])p, np));
				p[i][7] ^= 0x01;
			}
			if (np > 0)
				assert_false(merkle_verify_consistency(m, n, r1,
				    r2, (const unsigned char(*)[32])p, np - 1));
			/* the older tree with one leaf changed */
			if (m < n) {
				unsigned char save[32];

				memcpy(save, leaves[m - 1], 32);
				leaves[m - 1][3] ^= 0x10;
				ref_mth(leaves, 0, m, bad);
				memcpy(leaves[m - 1], save, 32);
				assert_false(
				    merkle_verify_consistency(m, n, bad, r2,
					(const unsigned char(*)[32])p, np));
			}
		}
		assert_int_equal(merkle_consistency(&src, 0, n, p, &np), -1);
		assert_int_equal(merkle_consistency(&src, n + 1, n, p, &np),
		    -1);
	}
	assert_int_equal(checks, NMAX * (NMAX + 1) / 2);
	/* trivial cases */
	ref_mth(leaves, 0, 5, r1);
	assert_true(merkle_verify_consistency(0, 5, r1, r1, NULL, 0));
	assert_false(merkle_verify_consistency(6, 5, r1, r1, NULL, 0));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(t_vectors),
		cmocka_unit_test(t_roots),
		cmocka_unit_test(t_inclusion),
		cmocka_unit_test(t_consistency),
	};

	return cmocka_run_group_tests(tests, setup, NULL);
}
