/*
 * tlog_tree.c: signed checkpoints of the transparency log (table
 * tlog_checkpoint, migration 0012) and inclusion checks against them.
 */
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "lib/xalloc.h"
#include "store/store.h"
#include "merkle.h"
#include "tlog.h"
#include "sql.h"

/* Latest stored checkpoint: its note (malloc'd), size and signing time. */
static char *
latest(struct store *s, int64_t *size, int64_t *at)
{
	return tlog_sql_checkpoint_latest(s, size, at);
}

static int
issue(struct store *s, const struct tlog_key *k, time_t now)
{
	unsigned char root[32];
	int64_t n;
	char *note;
	int rc;

	if (store_begin(s) != 0)
		return -1;
	n = tlog_size(s);
	if (n < 0 || tlog_root(s, n, root) != 0) {
		store_rollback(s);
		return -1;
	}
	note = tlog_note_sign(k, (uint64_t)n, root);
	/* Another worker may have signed this size meanwhile: keep its. */
	rc = tlog_sql_checkpoint_insert(s, n, root, note, now);
	free(note);
	if (rc != 0 || store_commit(s) != 0) {
		store_rollback(s);
		return -1;
	}
	return 0;
}

int
tlog_checkpoint_refresh(struct store *s, const char *dir, time_t now,
    char **notep)
{
	struct tlog_key k;
	int64_t size = -1, at = 0, n;
	char *note;
	int rc = 0;

	note = latest(s, &size, &at);
	if (!store_in_tx(s)) {
		n = tlog_size(s);
		if (n < 0)
			rc = -1;
		else if (note == NULL || (n > size && (int64_t)now > at)) {
			if (tlog_key_load(dir, &k) != 0)
				rc = 0; /* no key yet: nothing to sign */
			else {
				rc = issue(s, &k, now);
				sodium_memzero(&k, sizeof(k));
				free(note);
				note = latest(s, &size, &at);
			}
		}
	}
	if (notep != NULL)
		*notep = note;
	else
		free(note);
	return rc;
}

int
tlog_check_inclusion(struct store *s, const char *dir, int64_t idx,
    int64_t *sizep)
{
	unsigned char root[32], leaf[32], stored[32];
	unsigned char path[MERKLE_MAXPATH][32];
	struct merkle_src src;
	struct tlog_key k;
	unsigned char *e;
	uint64_t size;
	size_t len, np;
	char *note;
	int rc;

	(void)tlog_checkpoint_refresh(s, dir, time(NULL), &note);
	if (note == NULL || tlog_key_load(dir, &k) != 0) {
		free(note);
		return 0;
	}
	rc = tlog_note_verify(note, strlen(note), &k, &size, root);
	sodium_memzero(&k, sizeof(k));
	free(note);
	if (!rc)
		return -1;
	if (idx < 0 || (uint64_t)idx >= size)
		return 0;
	if ((e = tlog_entry_get(s, idx, &len, stored)) == NULL)
		return -1;
	tlog_leaf_hash(e, len, leaf);
	free(e);
	if (sodium_memcmp(leaf, stored, 32) != 0)
		return -1;
	tlog_src(s, &src);
	if (merkle_inclusion(&src, (uint64_t)idx, size, path, &np) != 0 ||
	    !merkle_verify_inclusion((uint64_t)idx, size, leaf,
		(const unsigned char(*)[32])path, np, root))
		return -1;
	if (sizep != NULL)
		*sizep = (int64_t)size;
	return 1;
}
