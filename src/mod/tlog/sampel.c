/* sampel.c: commit-reveal random audit samples (see sampel.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#include <sodium.h>

#include "lib/xalloc.h"
#include "store/store.h"
#include "mod/audit/audit.h"
#include "mod/kasus/kasus.h"
#include "sampel.h"
#include "tlog.h"
#include "sql.h"

#define WIB (7 * 3600)

int
sampel_periode(const char *p, int64_t *lo, int64_t *hi)
{
	struct tm tm;
	int y, m;

	if (p == NULL || strlen(p) != 7 || p[4] != '-' ||
	    strspn(p, "0123456789") != 4 || strspn(p + 5, "0123456789") != 2)
		return SAMPEL_EBAD;
	y = atoi(p);
	m = atoi(p + 5);
	if (y < 2000 || y > 2099 || m < 1 || m > 12)
		return SAMPEL_EBAD;
	memset(&tm, 0, sizeof(tm));
	tm.tm_year = y - 1900;
	tm.tm_mon = m - 1;
	tm.tm_mday = 1;
	*lo = (int64_t)timegm(&tm) - WIB;
	tm.tm_mon = m; /* timegm normalises month 12 */
	*hi = (int64_t)timegm(&tm) - WIB;
	return 0;
}

static void
tohex(const unsigned char *p, size_t n, char *out)
{
	sodium_bin2hex(out, n * 2 + 1, p, n);
}

int
sampel_get(struct store *s, const char *periode, struct sampel_row *r)
{
	int rc;

	rc = tlog_sql_sampel_get(s, periode, r);
	return rc == 1 ? 0 : rc == 0 ? SAMPEL_ENOENT : -1;
}

int
sampel_list(struct store *s, struct sampel_row **rows, size_t *n)
{
	*rows = NULL;
	*n = 0;
	return tlog_sql_sampel_list(s, rows, n);
}

int
sampel_commit(struct store *s, const char *periode, int jumlah,
    int64_t actor_id, time_t now, int64_t *idx)
{
	unsigned char seed[32], h[32];
	char hex[65];
	int64_t lo, hi, li;
	json_t *e;

	if (sampel_periode(periode, &lo, &hi) != 0 || hi > (int64_t)now ||
	    jumlah < 1 || jumlah > SAMPEL_MAX)
		return SAMPEL_EBAD;
	if (store_begin(s) != 0)
		return -1;
	if (tlog_sql_sampel_count(s, periode) != 0) {
		store_rollback(s);
		return SAMPEL_EEXIST;
	}
	randombytes_buf(seed, sizeof(seed));
	crypto_hash_sha256(h, seed, sizeof(seed));
	tohex(h, 32, hex);
	e = json_pack("{s:s,s:i,s:s,s:s}", "jenis", "sampel_komitmen", "jumlah",
	    jumlah, "komitmen", hex, "periode", periode);
	if (tlog_append_json(s, e, now, &li) != 0 ||
	    tlog_sql_sampel_insert(s, periode, seed, hex, jumlah, li, actor_id,
		now) != 0 ||
	    audit_write(s,
		&(struct audit){ .actor_id = actor_id,
		    .role = "inspektorat",
		    .action = "sampel.komitmen",
		    .object_type = "sampel",
		    .object_id = periode,
		    .note = hex }) != 0 ||
	    store_commit(s) != 0) {
		json_decref(e);
		sodium_memzero(seed, sizeof(seed));
		store_rollback(s);
		return -1;
	}
	json_decref(e);
	sodium_memzero(seed, sizeof(seed));
	if (idx != NULL)
		*idx = li;
	return 0;
}

struct cand {
	unsigned char score[32];
	struct sampel_item it;
};

/* The candidates of sampel_compute(), scored with seed. */
struct cands {
	const unsigned char *seed;
	struct cand *c;
	size_t nc;
	size_t cap;
};

static void
cand_add(void *arg, const char *no, const char *layanan, const char *unit,
    int64_t finished_at)
{
	struct cands *cs = arg;
	struct cand *c;

	if (cs->nc == cs->cap) {
		cs->cap = cs->cap ? cs->cap * 2 : 64;
		cs->c = xrealloc(cs->c, cs->cap * sizeof(*cs->c));
	}
	c = &cs->c[cs->nc];
	memset(c, 0, sizeof(*c));
	snprintf(c->it.nomor, sizeof(c->it.nomor), "%s", no);
	snprintf(c->it.layanan, sizeof(c->it.layanan), "%s", layanan);
	snprintf(c->it.unit, sizeof(c->it.unit), "%s", unit);
	c->it.finished_at = finished_at;
	crypto_auth_hmacsha256(c->score, (const unsigned char *)no, strlen(no),
	    cs->seed);
	tohex(c->score, 32, c->it.skor);
	cs->nc++;
}

static int
cand_cmp(const void *a, const void *b)
{
	const struct cand *x = a, *y = b;
	int c = memcmp(x->score, y->score, 32);

	return c != 0 ? c : strcmp(x->it.nomor, y->it.nomor);
}

int
sampel_compute(struct store *s, const unsigned char seed[32],
    const char *periode, int jumlah, struct sampel_item **items, size_t *n)
{
	struct cands cs = { seed, NULL, 0, 0 };
	struct cand *c;
	size_t nc, i, k;
	int64_t lo, hi;

	*items = NULL;
	*n = 0;
	if (sampel_periode(periode, &lo, &hi) != 0 || jumlah < 1)
		return SAMPEL_EBAD;
	if (tlog_sql_each_finished(s, lo, hi, cand_add, &cs) != 0) {
		free(cs.c);
		return -1;
	}
	c = cs.c;
	nc = cs.nc;
	if (nc > 0)
		qsort(c, nc, sizeof(*c), cand_cmp);
	k = nc < (size_t)jumlah ? nc : (size_t)jumlah;
	if (k > 0) {
		*items = xcalloc(k, sizeof(**items));
		for (i = 0; i < k; i++)
			(*items)[i] = c[i].it;
	}
	*n = k;
	free(c);
	return 0;
}

int
sampel_reveal(struct store *s, const char *periode, int64_t actor_id,
    time_t now, int64_t *idx)
{
	struct sampel_item *items = NULL;
	unsigned char seed[32];
	char hex[65], judul[200];
	size_t n = 0, i;
	int64_t li, unit;
	int jumlah = 0, opened = 0, found;
	json_t *e;

	if (store_begin(s) != 0)
		return -1;
	found = tlog_sql_sampel_seed(s, periode, seed, &jumlah, &opened);
	if (!found || opened) {
		store_rollback(s);
		return !found ? SAMPEL_ENOENT : SAMPEL_EOPEN;
	}
	tohex(seed, 32, hex);
	e = json_pack("{s:s,s:s,s:s}", "benih", hex, "jenis", "sampel_buka",
	    "periode", periode);
	if (tlog_append_json(s, e, now, &li) != 0 ||
	    tlog_sql_sampel_open(s, periode, li, actor_id, now) != 0 ||
	    audit_write(s,
		&(struct audit){ .actor_id = actor_id,
		    .role = "inspektorat",
		    .action = "sampel.buka",
		    .object_type = "sampel",
		    .object_id = periode }) != 0 ||
	    sampel_compute(s, seed, periode, jumlah, &items, &n) != 0)
		goto fail;
	for (i = 0; i < n; i++) {
		unit = tlog_sql_permohonan_unit(s, items[i].nomor);
		snprintf(judul, sizeof(judul), "Sampel audit %s: %s", periode,
		    items[i].nomor);
		if (kasus_open(s, KASUS_SAMPEL, "permohonan", items[i].nomor,
			unit, judul,
			"Terpilih dalam sampel audit acak"
			" (komit-buka) periode ini.",
			actor_id, now, NULL, 0) == 0)
			goto fail;
	}
	if (store_commit(s) != 0)
		goto fail;
	json_decref(e);
	free(items);
	sodium_memzero(seed, sizeof(seed));
	if (idx != NULL)
		*idx = li;
	return 0;
fail:
	json_decref(e);
	free(items);
	sodium_memzero(seed, sizeof(seed));
	store_rollback(s);
	return -1;
}
