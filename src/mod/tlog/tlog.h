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
int tlog_append(struct store *, const void *entry, size_t len, time_t now,
    int64_t *idx);

/* Serialize obj canonically (see above) and tlog_append() it. */
int tlog_append_json(struct store *, json_t *obj, time_t now, int64_t *idx);

/*
 * Check leaf idx against the latest signed checkpoint: recompute its
 * inclusion proof from the stored tree and verify it against the
 * checkpoint's root (and the checkpoint's signature).  Returns 1 when it
 * checks out (*size = that checkpoint's tree size), 0 when no checkpoint
 * covers idx yet, -1 when the proof or signature fails.  (tlog_tree.c)
 */
int tlog_check_inclusion(struct store *, const char *data_dir, int64_t idx,
    int64_t *size);

/* Leaf hash: SHA-256(0x00 || entry). */
void tlog_leaf_hash(const void *entry, size_t len, unsigned char out[32]);

/* --- the tree (tlog.c) --- */

struct merkle_src;

/* Number of leaves (entries) in the log, or -1. */
int64_t tlog_size(struct store *);

/*
 * Point src at the stored tree (table tlog_node; a missing node, e.g. of
 * entries older than migration 0012, is computed from its children, and
 * stored when a transaction is open).  src stays valid while the store is.
 */
void tlog_src(struct store *, struct merkle_src *src);

/* Root hash of the first size leaves from the stored tree.  0 or -1. */
int tlog_root(struct store *, int64_t size, unsigned char out[32]);

/*
 * The exact bytes of entry idx (malloc'd, *len set) and its stored leaf
 * hash (may be NULL).  NULL when there is no such entry.
 */
unsigned char *tlog_entry_get(struct store *, int64_t idx, size_t *len,
    unsigned char leaf_hash[32]);

/* --- the log key and signed notes (tlog_note.c) --- */

#define TLOG_KEY_FILE "log.key"
#define TLOG_ORIGIN "siakkab.go.id/pamong/log" /* default key name */
#define TLOG_NAME_MAX 128
#define TLOG_NOTE_MAX 4096 /* bound on a checkpoint note we accept */

/* The Ed25519 log key; the name is the checkpoint's origin line. */
struct tlog_key {
	char name[TLOG_NAME_MAX];
	unsigned char pk[32];
	unsigned char sk[64]; /* zero in a verifier-only key */
	uint32_t id;	      /* key ID, see tlog_key_id() */
};

/*
 * Create DIR/log.key (mode 0600) for a new key named name (no spaces, no
 * '+', at most TLOG_NAME_MAX - 1 bytes) unless the file exists.  Format:
 * Go's note signer key "PRIVATE+KEY+<name>+<8 hex key ID>+<base64(0x01 ||
 * 32-byte seed)>".  1 created, 0 already there, -1 error (on stderr).
 */
int tlog_key_create(const char *data_dir, const char *name);

/* Read DIR/log.key.  0, or -1 (missing or malformed). */
int tlog_key_load(const char *data_dir, struct tlog_key *);

/* Key ID: first 4 bytes (big-endian) of SHA-256(name || 0x0A || 0x01 || pk). */
uint32_t tlog_key_id(const char *name, const unsigned char pk[32]);

/* The verifier key "<name>+<8 hex key ID>+<base64(0x01 || pk)>" (malloc'd). */
char *tlog_vkey(const struct tlog_key *);

/* Parse a vkey into k (sk zeroed).  0, or -1 when malformed. */
int tlog_vkey_parse(const char *vkey, struct tlog_key *k);

/*
 * The C2SP checkpoint for (size, root), signed with k as a signed note:
 * "<origin>\n<size>\n<base64 root>\n\n\u2014 <name> <base64(id || sig)>\n"
 * (malloc'd).
 */
char *tlog_note_sign(const struct tlog_key *k, uint64_t size,
    const unsigned char root[32]);

/*
 * Verify a checkpoint note against k (its name must be the origin and one
 * signature line must be k's and verify).  On 1, *size and root are set.
 * 1 good, 0 bad signature, malformed, or no signature by k.
 */
int tlog_note_verify(const char *note, size_t len, const struct tlog_key *k,
    uint64_t *size, unsigned char root[32]);

/* --- checkpoints (tlog_tree.c) --- */

/*
 * Sign and store a new checkpoint when the log has grown since the latest
 * one (or none exists) and none was signed in this second of now; never
 * inside a caller's transaction (then it only reads).  *note (may be
 * NULL) gets the latest checkpoint note after that (malloc'd, NULL when
 * there is none, e.g. no key file yet: not an error).  0, or -1.
 */
int tlog_checkpoint_refresh(struct store *, const char *data_dir, time_t now,
    char **note);

/* --- verification (tlog_verify.c) --- */

/* What a verification found.  bad_index -1: nothing wrong. */
struct tlog_report {
	int64_t entries;     /* entries read */
	int64_t checkpoints; /* signed checkpoints verified */
	int64_t signed_size; /* size of the latest of them */
	int64_t bad_index;   /* first index that no longer matches;
					   -2: a finding without an index
					   (a bad checkpoint) */
	int64_t bad_upto;    /* > bad_index when only the range
					   [bad_index, bad_upto) is known */
	char why[256];	     /* Indonesian, for the operator */
};

/*
 * Recompute the whole tree from the stored entry bytes and check it
 * against the stored leaf hashes, every stored checkpoint (signature by
 * k, size and root) and, when saved is not NULL, an earlier checkpoint
 * note kept elsewhere (signature, consistency proof to the latest).  The
 * first index that no longer matches is found by descending the stored
 * node hashes authenticated by the signed root.  0 all good, 1 a
 * mismatch (rep says where and why), -1 storage failure.
 */
int tlog_verify_store(struct store *, const struct tlog_key *k,
    const char *saved, size_t savedlen, struct tlog_report *rep);

/*
 * In leaves[0..n) (recomputed leaf hashes) find the first leaf that is
 * not in the tree of size with the authentic root, by descending hashes
 * from src authenticated against root.  Returns that index, or -1 when
 * src does not authenticate (then the caller knows only a range).
 */
int64_t tlog_locate(const struct merkle_src *src, unsigned char (*leaves)[32],
    uint64_t size, const unsigned char root[32]);

#endif
