/*
 * tlog.c: append entries to the transparency log and keep its tree: the
 * hash of every complete aligned subtree (table tlog_node, migration
 * 0012) is written in the transaction that appends the leaf closing it.
 */
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "lib/xalloc.h"
#include "store/store.h"
#include "merkle.h"
#include "tlog.h"
#include "sql.h"

void
tlog_leaf_hash(const void *entry, size_t len, unsigned char out[32])
{
	merkle_leaf(entry, len, out);
}

static int
node_put(struct store *s, int level, int64_t idx, const unsigned char h[32])
{
	return tlog_sql_node_put(s, level, idx, h);
}

/*
 * Hash of the aligned subtree (level, idx): stored, or computed from its
 * children (level 0: the entry's stored leaf hash) and stored when a
 * transaction is open.
 */
static int
node_get(void *arg, int level, uint64_t idx, unsigned char out[32])
{
	struct store *s = arg;
	unsigned char l[32], r[32];
	int rc;

	if (idx > (uint64_t)INT64_MAX >> level)
		return -1;
	rc = tlog_sql_node_get(s, level, (int64_t)idx, out);
	if (rc != 0)
		return rc == 1 ? 0 : -1;
	if (level == 0) {
		if ((rc = tlog_sql_leaf_hash(s, (int64_t)idx, out)) != 0)
			return -1;
	} else {
		if (node_get(s, level - 1, idx * 2, l) != 0 ||
		    node_get(s, level - 1, idx * 2 + 1, r) != 0)
			return -1;
		merkle_node(l, r, out);
		rc = 0;
	}
	if (rc == 0 && store_in_tx(s))
		rc = node_put(s, level, (int64_t)idx, out) == 0 ? 0 : -1;
	return rc;
}

void
tlog_src(struct store *s, struct merkle_src *src)
{
	src->get = node_get;
	src->arg = s;
}

int64_t
tlog_size(struct store *s)
{
	return tlog_sql_size(s);
}

int
tlog_root(struct store *s, int64_t size, unsigned char out[32])
{
	struct merkle_src src;

	if (size < 0)
		return -1;
	tlog_src(s, &src);
	return merkle_root(&src, 0, (uint64_t)size, out);
}

unsigned char *
tlog_entry_get(struct store *s, int64_t idx, size_t *len,
    unsigned char leaf_hash[32])
{
	return tlog_sql_entry_get(s, idx, len, leaf_hash);
}

int
tlog_append(struct store *s, const void *entry, size_t len, time_t now,
    int64_t *idx)
{
	unsigned char h[32], left[32];
	int64_t next, j;
	int level;

	if (!store_in_tx(s))
		BUG("tlog_append outside a transaction");
	tlog_leaf_hash(entry, len, h);
	next = tlog_size(s);
	if (next < 0)
		return -1;
	if (tlog_sql_entry_insert(s, next, entry, len, h, now) != 0)
		return -1;
	if (node_put(s, 0, next, h) != 0)
		return -1;
	/* Every trailing 1 bit of next closes one more aligned subtree. */
	for (j = next, level = 0; j & 1; j >>= 1, level++) {
		if (node_get(s, level, (uint64_t)(j - 1), left) != 0)
			return -1;
		merkle_node(left, h, h);
		if (node_put(s, level + 1, j >> 1, h) != 0)
			return -1;
	}
	if (idx != NULL)
		*idx = next;
	return 0;
}

int
tlog_append_json(struct store *s, json_t *obj, time_t now, int64_t *idx)
{
	char *txt;
	int rc;

	txt =
	    json_dumps(obj, JSON_COMPACT | JSON_SORT_KEYS | JSON_ENSURE_ASCII);
	if (txt == NULL)
		return -1;
	rc = tlog_append(s, txt, strlen(txt), now, idx);
	free(txt);
	return rc;
}
