/* audit.c: write and verify the hash-chained audit trail. */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <sodium.h>

#include "lib/buf.h"
#include "lib/xalloc.h"
#include "store/store.h"
#include "audit.h"

#define S(x) ((x) != NULL ? (x) : "")

/* The columns that are hashed, in order (keep in sync with audit.h). */
#define AUDIT_COLS "id, at, actor_id, role, unit_id, action, object_type," \
	" object_id, from_state, to_state, note, addr"
#define AUDIT_NCOLS 12

static void
field(struct buf *b, const char *v)
{
	buf_addf(b, "%zu:", strlen(v));
	buf_adds(b, v);
	buf_addc(b, '\n');
}

/* hash = SHA-256(prev || "audit-v1\n" || fields) */
static void
chain_hash(const unsigned char prev[32], const char *const vals[AUDIT_NCOLS],
    unsigned char out[32])
{
	struct buf b = BUF_INIT;
	crypto_hash_sha256_state st;
	int i;

	buf_init(&b, 256);
	buf_adds(&b, "audit-v1\n");
	for (i = 0; i < AUDIT_NCOLS; i++)
		field(&b, vals[i]);
	crypto_hash_sha256_init(&st);
	crypto_hash_sha256_update(&st, prev, 32);
	crypto_hash_sha256_update(&st, (unsigned char *)b.s, b.len);
	crypto_hash_sha256_final(&st, out);
	buf_free(&b);
}

int
audit_write(struct store *s, const struct audit *a)
{
	struct store_stmt *st;
	unsigned char prev[32], h[32];
	char id[24], at[24], actor[24], unit[24];
	const char *vals[AUDIT_NCOLS];
	int64_t last = 0, now = (int64_t)time(NULL);
	size_t n;

	if (!store_in_tx(s))
		BUG("audit_write outside a transaction");
	memset(prev, 0, sizeof(prev));
	st = store_query(s, "SELECT id, hash FROM audit_event ORDER BY id"
	    " DESC LIMIT 1", "");
	if (st == NULL)
		return -1;
	if (store_step(st) == STORE_ROW) {
		const void *p = store_blob(st, 1, &n);

		last = store_int(st, 0);
		if (p != NULL && n == sizeof(prev))
			memcpy(prev, p, sizeof(prev));
	}
	store_done(st);

	snprintf(id, sizeof(id), "%" PRId64, last + 1);
	snprintf(at, sizeof(at), "%" PRId64, now);
	actor[0] = unit[0] = '\0';
	if (a->actor_id != 0)
		snprintf(actor, sizeof(actor), "%" PRId64, a->actor_id);
	if (a->unit_id != 0)
		snprintf(unit, sizeof(unit), "%" PRId64, a->unit_id);
	vals[0] = id; vals[1] = at; vals[2] = actor; vals[3] = S(a->role);
	vals[4] = unit; vals[5] = S(a->action); vals[6] = S(a->object_type);
	vals[7] = S(a->object_id); vals[8] = S(a->from_state);
	vals[9] = S(a->to_state); vals[10] = S(a->note); vals[11] = S(a->addr);
	chain_hash(prev, vals, h);

	return store_run(s, "INSERT INTO audit_event(id, at, actor_id, role,"
	    " unit_id, action, object_type, object_id, from_state, to_state,"
	    " note, addr, prev_hash, hash) VALUES (?, ?, nullif(?, 0), ?,"
	    " nullif(?, 0), ?, ?, ?, ?, ?, ?, ?, ?, ?)", "iiisisssssssbb",
	    last + 1, now, a->actor_id, vals[3], a->unit_id, vals[5], vals[6],
	    vals[7], vals[8], vals[9], vals[10], vals[11], prev, sizeof(prev),
	    h, sizeof(h)) == 0 ? 0 : -1;
}

static int
bad(struct audit_check *c, int64_t id, const char *what)
{
	c->bad_id = id;
	snprintf(c->problem, sizeof(c->problem), "%s", what);
	return 1;
}

int
audit_verify(struct store *s, int64_t expect_id, const char *expect_head,
    struct audit_check *c)
{
	struct store_stmt *st;
	unsigned char prev[32], h[32];
	const char *vals[AUDIT_NCOLS];
	int64_t id, previd = 0;
	int chained = 0, rc, i, seen_expect = 0;
	size_t n, hn;

	memset(c, 0, sizeof(*c));
	memset(prev, 0, sizeof(prev));
	st = store_query(s, "SELECT " AUDIT_COLS ", prev_hash, hash FROM"
	    " audit_event ORDER BY id", "");
	if (st == NULL)
		return -1;
	while ((rc = store_step(st)) == STORE_ROW) {
		const unsigned char *ph = store_blob(st, 12, &n);
		const unsigned char *hh = store_blob(st, 13, &hn);

		id = store_int(st, 0);
		c->events++;
		c->last_id = id;
		if (previd != 0 && id != previd + 1 && chained) {
			store_done(st);
			return bad(c, previd + 1, "Peristiwa audit hilang"
			    " (dihapus): nomor urut terputus.");
		}
		if (hh == NULL || hn != 32) {
			if (chained) {
				store_done(st);
				return bad(c, id, "Peristiwa audit tanpa hash"
				    " di dalam rantai (disisipkan).");
			}
			previd = id;
			continue;
		}
		if (!chained) {
			chained = 1;
			c->chain_start = id;
		}
		for (i = 0; i < AUDIT_NCOLS; i++)
			vals[i] = store_text(st, i);
		if (ph == NULL || n != 32 || memcmp(ph, prev, 32) != 0) {
			store_done(st);
			return bad(c, id, "Hash sebelumnya tidak cocok:"
			    " peristiwa sebelumnya diubah, dihapus, atau"
			    " peristiwa ini disisipkan.");
		}
		chain_hash(prev, vals, h);
		if (memcmp(h, hh, 32) != 0) {
			store_done(st);
			return bad(c, id, "Isi peristiwa audit telah diubah.");
		}
		memcpy(prev, h, 32);
		sodium_bin2hex(c->head, sizeof(c->head), h, 32);
		if (expect_id != 0 && id == expect_id) {
			seen_expect = 1;
			if (expect_head != NULL &&
			    strcmp(expect_head, c->head) != 0) {
				store_done(st);
				return bad(c, id, "Hash peristiwa tidak sama"
				    " dengan kepala rantai yang disimpan:"
				    " rantai ditulis ulang.");
			}
		}
		previd = id;
	}
	store_done(st);
	if (rc != STORE_DONE)
		return -1;
	if (expect_id != 0 && !seen_expect)
		return bad(c, expect_id, "Peristiwa kepala rantai yang disimpan"
		    " tidak ada lagi: jejak audit dipotong.");
	return 0;
}
