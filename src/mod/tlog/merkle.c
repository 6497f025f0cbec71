/* merkle.c: RFC 9162 Merkle tree hashes, proofs and their verification. */
#include <string.h>

#include <sodium.h>

#include "merkle.h"

void
merkle_leaf(const void *entry, size_t len, unsigned char out[32])
{
	crypto_hash_sha256_state c;
	unsigned char z = 0x00;

	crypto_hash_sha256_init(&c);
	crypto_hash_sha256_update(&c, &z, 1);
	crypto_hash_sha256_update(&c, entry, len);
	crypto_hash_sha256_final(&c, out);
}

void
merkle_node(const unsigned char l[32], const unsigned char r[32],
    unsigned char out[32])
{
	unsigned char b[65];

	b[0] = 0x01;
	memcpy(b + 1, l, 32);
	memcpy(b + 33, r, 32);
	crypto_hash_sha256(out, b, sizeof(b));
}

uint64_t
merkle_split(uint64_t n)
{
	uint64_t k = 1;

	while (k << 1 < n)
		k <<= 1;
	return k;
}

static int
is_pow2(uint64_t n)
{
	return n != 0 && (n & (n - 1)) == 0;
}

static int
log2_exact(uint64_t n)
{
	int l = 0;

	while (n > 1) {
		n >>= 1;
		l++;
	}
	return l;
}

int
merkle_root(const struct merkle_src *src, uint64_t start, uint64_t n,
    unsigned char out[32])
{
	unsigned char l[32], r[32];
	uint64_t k;
	int lv;

	if (n == 0) {
		crypto_hash_sha256(out, (const unsigned char *)"", 0);
		return 0;
	}
	if (is_pow2(n)) {
		lv = log2_exact(n);
		return src->get(src->arg, lv, start >> lv, out);
	}
	k = merkle_split(n);
	if (merkle_root(src, start, k, l) != 0 ||
	    merkle_root(src, start + k, n - k, r) != 0)
		return -1;
	merkle_node(l, r, out);
	return 0;
}

/* PATH(m, D[start:start+n]), appended to path[*np...]. */
static int
path_rec(const struct merkle_src *src, uint64_t m, uint64_t start, uint64_t n,
    unsigned char path[][32], size_t *np)
{
	uint64_t k;

	if (n == 1)
		return 0;
	if (*np >= MERKLE_MAXPATH)
		return -1;
	k = merkle_split(n);
	if (m < k) {
		if (path_rec(src, m, start, k, path, np) != 0)
			return -1;
		return merkle_root(src, start + k, n - k, path[(*np)++]);
	}
	if (path_rec(src, m - k, start + k, n - k, path, np) != 0)
		return -1;
	return merkle_root(src, start, k, path[(*np)++]);
}

int
merkle_inclusion(const struct merkle_src *src, uint64_t m, uint64_t n,
    unsigned char path[][32], size_t *np)
{
	*np = 0;
	if (m >= n)
		return -1;
	return path_rec(src, m, 0, n, path, np);
}

/* SUBPROOF(m, D[start:start+n], b), appended to path[*np...]. */
static int
subproof(const struct merkle_src *src, uint64_t m, uint64_t start, uint64_t n,
    int b, unsigned char path[][32], size_t *np)
{
	uint64_t k;

	if (*np >= MERKLE_MAXPATH)
		return -1;
	if (m == n) {
		if (b)
			return 0;
		return merkle_root(src, start, n, path[(*np)++]);
	}
	k = merkle_split(n);
	if (m <= k) {
		if (subproof(src, m, start, k, b, path, np) != 0)
			return -1;
		return merkle_root(src, start + k, n - k, path[(*np)++]);
	}
	if (subproof(src, m - k, start + k, n - k, 0, path, np) != 0)
		return -1;
	return merkle_root(src, start, k, path[(*np)++]);
}

int
merkle_consistency(const struct merkle_src *src, uint64_t m, uint64_t n,
    unsigned char path[][32], size_t *np)
{
	*np = 0;
	if (m == 0 || m > n)
		return -1;
	return subproof(src, m, 0, n, 1, path, np);
}

int
merkle_verify_inclusion(uint64_t index, uint64_t size,
    const unsigned char leaf[32], const unsigned char path[][32], size_t np,
    const unsigned char root[32])
{
	unsigned char r[32];
	uint64_t fn, sn;
	size_t i;

	if (index >= size)
		return 0;
	fn = index;
	sn = size - 1;
	memcpy(r, leaf, 32);
	for (i = 0; i < np; i++) {
		if (sn == 0)
			return 0;
		if ((fn & 1) || fn == sn) {
			merkle_node(path[i], r, r);
			if (!(fn & 1))
				while (!(fn & 1) && fn != 0) {
					fn >>= 1;
					sn >>= 1;
				}
		} else
			merkle_node(r, path[i], r);
		fn >>= 1;
		sn >>= 1;
	}
	return sn == 0 && sodium_memcmp(r, root, 32) == 0;
}

int
merkle_verify_consistency(uint64_t size1, uint64_t size2,
    const unsigned char root1[32], const unsigned char root2[32],
    const unsigned char path[][32], size_t np)
{
	unsigned char fr[32], sr[32];
	const unsigned char *c;
	uint64_t fn, sn;
	size_t i, start;

	if (size1 > size2)
		return 0;
	if (size1 == size2)
		return np == 0 && sodium_memcmp(root1, root2, 32) == 0;
	if (size1 == 0)
		return np == 0;
	if (np == 0)
		return 0;
	/* With size1 a power of two, the first tree's root is path[-1]. */
	if (is_pow2(size1)) {
		memcpy(fr, root1, 32);
		start = 0;
	} else {
		memcpy(fr, path[0], 32);
		start = 1;
	}
	memcpy(sr, fr, 32);
	fn = size1 - 1;
	sn = size2 - 1;
	while (fn & 1) {
		fn >>= 1;
		sn >>= 1;
	}
	for (i = start; i < np; i++) {
		c = path[i];
		if (sn == 0)
			return 0;
		if ((fn & 1) || fn == sn) {
			merkle_node(c, fr, fr);
			merkle_node(c, sr, sr);
			if (!(fn & 1))
				while (!(fn & 1) && fn != 0) {
					fn >>= 1;
					sn >>= 1;
				}
		} else
			merkle_node(sr, c, sr);
		fn >>= 1;
		sn >>= 1;
	}
	return sodium_memcmp(fr, root1, 32) == 0 &&
	    sodium_memcmp(sr, root2, 32) == 0 && sn == 0;
}

void
merkle_stack_init(struct merkle_stack *st)
{
	st->n = 0;
	st->depth = 0;
}

void
merkle_stack_push(struct merkle_stack *st, const unsigned char leaf[32])
{
	uint64_t n = st->n;

	memcpy(st->h[st->depth++], leaf, 32);
	/* Each trailing 1 bit of the old count closes one more subtree. */
	while (n & 1) {
		merkle_node(st->h[st->depth - 2], st->h[st->depth - 1],
		    st->h[st->depth - 2]);
		st->depth--;
		n >>= 1;
	}
	st->n++;
}

void
merkle_stack_root(const struct merkle_stack *st, unsigned char out[32])
{
	unsigned char r[32];
	int i;

	if (st->depth == 0) {
		crypto_hash_sha256(out, (const unsigned char *)"", 0);
		return;
	}
	memcpy(r, st->h[st->depth - 1], 32);
	for (i = st->depth - 2; i >= 0; i--)
		merkle_node(st->h[i], r, r);
	memcpy(out, r, 32);
}
