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
#include "sql.h"

#define S(x) ((x) != NULL ? (x) : "")

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
	unsigned char prev[32], h[32];
	char id[24], at[24], actor[24], unit[24];
	const char *vals[AUDIT_NCOLS];
	int64_t last = 0, now = (int64_t)time(NULL);

	if (!store_in_tx(s))
		BUG("audit_write outside a transaction");
	if (audit_sql_last(s, &last, prev) != 0)
		return -1;

	snprintf(id, sizeof(id), "%" PRId64, last + 1);
	snprintf(at, sizeof(at), "%" PRId64, now);
	actor[0] = unit[0] = '\0';
	if (a->actor_id != 0)
		snprintf(actor, sizeof(actor), "%" PRId64, a->actor_id);
	if (a->unit_id != 0)
		snprintf(unit, sizeof(unit), "%" PRId64, a->unit_id);
	vals[0] = id;
	vals[1] = at;
	vals[2] = actor;
	vals[3] = S(a->role);
	vals[4] = unit;
	vals[5] = S(a->action);
	vals[6] = S(a->object_type);
	vals[7] = S(a->object_id);
	vals[8] = S(a->from_state);
	vals[9] = S(a->to_state);
	vals[10] = S(a->note);
	vals[11] = S(a->addr);
	chain_hash(prev, vals, h);

	return audit_sql_insert(s, last + 1, now, a->actor_id, a->unit_id, vals,
	    prev, h);
}

static int
bad(struct audit_check *c, int64_t id, const char *what)
{
	c->bad_id = id;
	snprintf(c->problem, sizeof(c->problem), "%s", what);
	return 1;
}

/* The state of audit_verify() along the chain. */
struct verify {
	struct audit_check *c;
	int64_t expect_id;
	const char *expect_head;
	unsigned char prev[32];
	int64_t previd;
	int chained;
	int seen_expect;
};

/* Check one event (audit_sql_walk()): 0 to go on, 1 after bad(). */
static int
verify_one(void *arg, const struct audit_sql_event *ev)
{
	struct verify *v = arg;
	struct audit_check *c = v->c;
	unsigned char h[32];
	int64_t id = ev->id;

	c->events++;
	c->last_id = id;
	if (v->previd != 0 && id != v->previd + 1 && v->chained)
		return bad(c, v->previd + 1,
		    "Peristiwa audit hilang"
		    " (dihapus): nomor urut terputus.");
	if (ev->hash == NULL || ev->hash_len != 32) {
		if (v->chained)
			return bad(c, id,
			    "Peristiwa audit tanpa hash"
			    " di dalam rantai (disisipkan).");
		v->previd = id;
		return 0;
	}
	if (!v->chained) {
		v->chained = 1;
		c->chain_start = id;
	}
	if (ev->prev_hash == NULL || ev->prev_len != 32 ||
	    memcmp(ev->prev_hash, v->prev, 32) != 0)
		return bad(c, id,
		    "Hash sebelumnya tidak cocok:"
		    " peristiwa sebelumnya diubah, dihapus, atau"
		    " peristiwa ini disisipkan.");
	chain_hash(v->prev, ev->vals, h);
	if (memcmp(h, ev->hash, 32) != 0)
		return bad(c, id, "Isi peristiwa audit telah diubah.");
	memcpy(v->prev, h, 32);
	sodium_bin2hex(c->head, sizeof(c->head), h, 32);
	if (v->expect_id != 0 && id == v->expect_id) {
		v->seen_expect = 1;
		if (v->expect_head != NULL &&
		    strcmp(v->expect_head, c->head) != 0)
			return bad(c, id,
			    "Hash peristiwa tidak sama"
			    " dengan kepala rantai yang disimpan:"
			    " rantai ditulis ulang.");
	}
	v->previd = id;
	return 0;
}

int
audit_verify(struct store *s, int64_t expect_id, const char *expect_head,
    struct audit_check *c)
{
	struct verify v = { .c = c,
		.expect_id = expect_id,
		.expect_head = expect_head };
	int rc;

	memset(c, 0, sizeof(*c));
	if ((rc = audit_sql_walk(s, verify_one, &v)) != 0)
		return rc;
	if (expect_id != 0 && !v.seen_expect)
		return bad(c, expect_id,
		    "Peristiwa kepala rantai yang disimpan"
		    " tidak ada lagi: jejak audit dipotong.");
	return 0;
}
