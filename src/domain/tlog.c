/* tlog.c: append entries to the transparency log. */
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "../lib/xalloc.h"
#include "../store/store.h"
#include "tlog.h"

void
tlog_leaf_hash(const void *entry, size_t len, unsigned char out[32])
{
	crypto_hash_sha256_state c;
	unsigned char z = 0x00;

	crypto_hash_sha256_init(&c);
	crypto_hash_sha256_update(&c, &z, 1);
	crypto_hash_sha256_update(&c, entry, len);
	crypto_hash_sha256_final(&c, out);
}

int
tlog_append(struct store *s, const void *entry, size_t len, time_t now,
    int64_t *idx)
{
	unsigned char h[32];
	int64_t next;

	if (!store_in_tx(s))
		BUG("tlog_append outside a transaction");
	tlog_leaf_hash(entry, len, h);
	next = store_scalar(s, -1, "SELECT coalesce(max(idx) + 1, 0) FROM"
	    " tlog_entry", "");
	if (next < 0)
		return -1;
	if (store_run(s, "INSERT INTO tlog_entry(idx, entry, leaf_hash,"
	    " created_at) VALUES (?, ?, ?, ?)", "ibbi", next, entry, len,
	    h, sizeof(h), (int64_t)now) != 0)
		return -1;
	if (idx != NULL)
		*idx = next;
	return 0;
}

int
tlog_append_json(struct store *s, json_t *obj, time_t now, int64_t *idx)
{
	char *txt;
	int rc;

	txt = json_dumps(obj, JSON_COMPACT | JSON_SORT_KEYS |
	    JSON_ENSURE_ASCII);
	if (txt == NULL)
		return -1;
	rc = tlog_append(s, txt, strlen(txt), now, idx);
	free(txt);
	return rc;
}
