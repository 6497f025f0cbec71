/*
 * tlog.h: the public transparency log (RFC 9162 Merkle tree over the
 * rows of tlog_entry; see doc/tlog.md and migration 0006).
 *
 * Other modules append public facts (an issued document, a revocation or
 * supersession, a final decision on an application, a closed complaint,
 * an audit-sampling commitment) as canonical JSON: one object, keys
 * sorted, no insignificant whitespace, non-ASCII as \uXXXX escapes
 * (jansson JSON_COMPACT | JSON_SORT_KEYS | JSON_ENSURE_ASCII).  Entries carry no personal data.  Every entry has a
 * "jenis" key naming its kind: "dokumen", "dokumen_cabut",
 * "dokumen_ganti", "keputusan", "pengaduan_selesai", "sampel_komitmen",
 * "sampel_buka".
 */
#ifndef PAMONG_TLOG_H
#define PAMONG_TLOG_H
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include <jansson.h>

struct store;

/*
 * Append the exact bytes entry[0..len) as the next leaf, inside the
 * caller's transaction (a BUG otherwise), so a fact and its log entry
 * commit together.  *idx (may be NULL) gets the leaf index.  0 or -1.
 */
int	tlog_append(struct store *, const void *entry, size_t len, time_t now,
	    int64_t *idx);

/* Serialize obj canonically (see above) and tlog_append() it. */
int	tlog_append_json(struct store *, json_t *obj, time_t now, int64_t *idx);

/*
 * Check leaf idx against the latest signed checkpoint: recompute its
 * inclusion proof from the stored tree and verify it against the
 * checkpoint's root (and the checkpoint's signature).  Returns 1 when it
 * checks out (*size = that checkpoint's tree size), 0 when no checkpoint
 * covers idx yet, -1 when the proof or signature fails.  (tlog_tree.c)
 */
int	tlog_check_inclusion(struct store *, const char *data_dir, int64_t idx,
	    int64_t *size);

/* Leaf hash: SHA-256(0x00 || entry). */
void	tlog_leaf_hash(const void *entry, size_t len, unsigned char out[32]);

#endif
