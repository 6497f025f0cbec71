/*
 * merkle.h: RFC 9162 (Certificate Transparency v2) Merkle tree hashing,
 * proofs and proof verification, over an abstract source of hashes.
 *
 * Pure functions: no storage, no allocation.  SHA-256 throughout:
 *	leaf hash  = SHA-256(0x00 || entry)
 *	node hash  = SHA-256(0x01 || left || right)
 *	MTH({})    = SHA-256("")
 * The tree over n leaves splits at k, the largest power of two below n,
 * so every left subtree met while descending is a complete subtree of
 * 2^level leaves starting at a multiple of 2^level.  A source only has
 * to give those "aligned" subtree hashes; the functions here combine at
 * most 2*log2(n) of them for a root or a proof.
 */
#ifndef PAMONG_MERKLE_H
#define PAMONG_MERKLE_H
#include <stddef.h>
#include <stdint.h>

#define MERKLE_HASH 32
#define MERKLE_MAXPATH 64 /* proof length bound for any uint64 size */

/*
 * A source of hashes: get(arg, level, index, out) writes the hash of the
 * complete subtree over leaves [index << level, (index + 1) << level)
 * (level 0: the leaf hash of leaf index) and returns 0, or -1 when it
 * cannot (which the callers pass on).
 */
struct merkle_src {
	int (*get)(void *arg, int level, uint64_t index,
	    unsigned char out[MERKLE_HASH]);
	void *arg;
};

/* Leaf hash SHA-256(0x00 || entry[0..len)). */
void merkle_leaf(const void *entry, size_t len, unsigned char out[32]);
/* Node hash SHA-256(0x01 || l || r); out may alias l or r. */
void merkle_node(const unsigned char l[32], const unsigned char r[32],
    unsigned char out[32]);
/* Largest power of two strictly below n (n >= 2). */
uint64_t merkle_split(uint64_t n);

/*
 * MTH(D[start:start+n]) where start is a multiple of merkle_split-aligned
 * subtrees as met in RFC 9162 recursion (start = 0 always works).  n = 0
 * gives SHA-256("").  0 or -1 (source failure).
 */
int merkle_root(const struct merkle_src *, uint64_t start, uint64_t n,
    unsigned char out[32]);

/*
 * Inclusion proof PATH(m, D[0:n]) for 0 <= m < n, in RFC 9162 order
 * (nearest the leaf first).  path must hold MERKLE_MAXPATH hashes;
 * *np gets the count.  0, or -1 (bad m/n, or source failure).
 */
int merkle_inclusion(const struct merkle_src *, uint64_t m, uint64_t n,
    unsigned char path[][32], size_t *np);

/*
 * Consistency proof PROOF(m, D[0:n]) for 0 < m <= n (m == n: empty).
 * Same conventions as merkle_inclusion().
 */
int merkle_consistency(const struct merkle_src *, uint64_t m, uint64_t n,
    unsigned char path[][32], size_t *np);

/*
 * RFC 9162 section 2.1.3.2: does path prove leaf (hash) index in a tree of
 * size with root?  1 yes, 0 no.
 */
int merkle_verify_inclusion(uint64_t index, uint64_t size,
    const unsigned char leaf[32], const unsigned char path[][32], size_t np,
    const unsigned char root[32]);

/*
 * RFC 9162 section 2.1.4.2: does path prove the tree of size1 with root1
 * is a prefix of the tree of size2 with root2?  size1 == size2 needs an
 * empty path and equal roots; size1 == 0 is always consistent.  1 or 0.
 */
int merkle_verify_consistency(uint64_t size1, uint64_t size2,
    const unsigned char root1[32], const unsigned char root2[32],
    const unsigned char path[][32], size_t np);

/*
 * Streaming root: push leaf hashes in order, read the root of what was
 * pushed so far at any time.  Holds one hash per set bit of the count.
 */
struct merkle_stack {
	uint64_t n;
	unsigned char h[64][32]; /* h[i]: complete subtree, largest first */
	int depth;
};

void merkle_stack_init(struct merkle_stack *);
void merkle_stack_push(struct merkle_stack *, const unsigned char leaf[32]);
/* MTH of the n leaves pushed so far. */
void merkle_stack_root(const struct merkle_stack *, unsigned char out[32]);

#endif
