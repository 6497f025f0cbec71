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

#define WIB	(7 * 3600)

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
	tm.tm_mon = m;		/* timegm normalises month 12 */
	*hi = (int64_t)timegm(&tm) - WIB;
	return 0;
}

static void
tohex(const unsigned char *p, size_t n, char *out)
{
	sodium_bin2hex(out, n * 2 + 1, p, n);
}

static int
row_read(struct store_stmt *st, struct sampel_row *r)
{
	const void *b;
	size_t n;

	memset(r, 0, sizeof(*r));
	snprintf(r->periode, sizeof(r->periode), "%s", store_text(st, 0));
	snprintf(r->komitmen, sizeof(r->komitmen), "%s", store_text(st, 1));
	r->jumlah = (int)store_int(st, 2);
	r->komitmen_idx = store_int(st, 3);
	r->komitmen_at = store_int(st, 4);
	r->buka_idx = store_isnull(st, 5) ? -1 : store_int(st, 5);
	r->buka_at = store_int(st, 6);
	if (r->buka_idx >= 0 && (b = store_blob(st, 7, &n)) != NULL &&
	    n == 32)
		tohex(b, 32, r->benih);
	return 0;
}

#define ROW_COLS "periode, komitmen, jumlah, komitmen_idx, komitmen_at," \
	" buka_idx, buka_at, benih"

int
sampel_get(struct store *s, const char *periode, struct sampel_row *r)
{
	struct store_stmt *st;
	int rc;

	st = store_query(s, "SELECT " ROW_COLS " FROM tlog_sampel WHERE"
	    " periode = ?", "s", periode);
	if (st == NULL)
		return -1;
	rc = store_step(st);
	if (rc == STORE_ROW)
		row_read(st, r);
	store_done(st);
	return rc == STORE_ROW ? 0 : rc == STORE_DONE ? SAMPEL_ENOENT : -1;
}

int
sampel_list(struct store *s, struct sampel_row **rows, size_t *n)
{
	struct store_stmt *st;
	size_t cap = 0;
	int rc;

	*rows = NULL;
	*n = 0;
	st = store_query(s, "SELECT " ROW_COLS " FROM tlog_sampel ORDER BY"
	    " periode DESC", "");
	if (st == NULL)
		return -1;
	while ((rc = store_step(st)) == STORE_ROW) {
		if (*n == cap) {
			cap = cap ? cap * 2 : 8;
			*rows = xrealloc(*rows, cap * sizeof(**rows));
		}
		row_read(st, &(*rows)[(*n)++]);
	}
	store_done(st);
	return rc == STORE_DONE ? 0 : -1;
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
	if (store_scalar(s, 0, "SELECT count(*) FROM tlog_sampel WHERE"
	    " periode = ?", "s", periode) != 0) {
		store_rollback(s);
		return SAMPEL_EEXIST;
	}
	randombytes_buf(seed, sizeof(seed));
	crypto_hash_sha256(h, seed, sizeof(seed));
	tohex(h, 32, hex);
	e = json_pack("{s:s,s:i,s:s,s:s}", "jenis", "sampel_komitmen",
	    "jumlah", jumlah, "komitmen", hex, "periode", periode);
	if (tlog_append_json(s, e, now, &li) != 0 ||
	    store_run(s, "INSERT INTO tlog_sampel(periode, benih, komitmen,"
	    " jumlah, komitmen_idx, komitmen_by, komitmen_at) VALUES"
	    " (?, ?, ?, ?, ?, nullif(?, 0), ?)", "sbsdiii", periode, seed,
	    sizeof(seed), hex, jumlah, li, actor_id, (int64_t)now) != 0 ||
	    audit_write(s, &(struct audit){ .actor_id = actor_id,
	    .role = "inspektorat", .action = "sampel.komitmen",
	    .object_type = "sampel", .object_id = periode, .note = hex }) != 0 ||
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
	unsigned char	score[32];
	struct sampel_item it;
};

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
	struct store_stmt *st;
	struct cand *c = NULL;
	size_t nc = 0, cap = 0, i, k;
	int64_t lo, hi;
	const char *no;
	int rc;

	*items = NULL;
	*n = 0;
	if (sampel_periode(periode, &lo, &hi) != 0 || jumlah < 1)
		return SAMPEL_EBAD;
	st = store_query(s, "SELECT p.nomor, l.name, u.name, p.finished_at"
	    " FROM permohonan p JOIN layanan l ON l.id = p.layanan_id"
	    " JOIN unit u ON u.id = p.unit_id WHERE p.state = 'selesai' AND"
	    " p.nomor IS NOT NULL AND p.finished_at >= ? AND p.finished_at < ?"
	    " ORDER BY p.nomor", "ii", lo, hi);
	if (st == NULL)
		return -1;
	while ((rc = store_step(st)) == STORE_ROW) {
		if (nc == cap) {
			cap = cap ? cap * 2 : 64;
			c = xrealloc(c, cap * sizeof(*c));
		}
		memset(&c[nc], 0, sizeof(c[nc]));
		no = store_text(st, 0);
		snprintf(c[nc].it.nomor, sizeof(c[nc].it.nomor), "%s", no);
		snprintf(c[nc].it.layanan, sizeof(c[nc].it.layanan), "%s",
		    store_text(st, 1));
		snprintf(c[nc].it.unit, sizeof(c[nc].it.unit), "%s",
		    store_text(st, 2));
		c[nc].it.finished_at = store_int(st, 3);
		crypto_auth_hmacsha256(c[nc].score, (const unsigned char *)no,
		    strlen(no), seed);
		tohex(c[nc].score, 32, c[nc].it.skor);
		nc++;
	}
	store_done(st);
	if (rc != STORE_DONE) {
		free(c);
		return -1;
	}
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
	struct store_stmt *st;
	unsigned char seed[32];
	const void *b;
	char hex[65], judul[200];
	size_t n = 0, bl, i;
	int64_t li, unit;
	int jumlah = 0, opened = 0, found = 0;
	json_t *e;

	if (store_begin(s) != 0)
		return -1;
	st = store_query(s, "SELECT benih, jumlah, buka_idx IS NOT NULL FROM"
	    " tlog_sampel WHERE periode = ?", "s", periode);
	if (st != NULL && store_step(st) == STORE_ROW &&
	    (b = store_blob(st, 0, &bl)) != NULL && bl == 32) {
		memcpy(seed, b, 32);
		jumlah = (int)store_int(st, 1);
		opened = (int)store_int(st, 2);
		found = 1;
	}
	if (st != NULL)
		store_done(st);
	if (!found || opened) {
		store_rollback(s);
		return !found ? SAMPEL_ENOENT : SAMPEL_EOPEN;
	}
	tohex(seed, 32, hex);
	e = json_pack("{s:s,s:s,s:s}", "benih", hex, "jenis", "sampel_buka",
	    "periode", periode);
	if (tlog_append_json(s, e, now, &li) != 0 ||
	    store_run(s, "UPDATE tlog_sampel SET buka_idx = ?, buka_by ="
	    " nullif(?, 0), buka_at = ? WHERE periode = ?", "iiis", li,
	    actor_id, (int64_t)now, periode) != 0 ||
	    audit_write(s, &(struct audit){ .actor_id = actor_id,
	    .role = "inspektorat", .action = "sampel.buka",
	    .object_type = "sampel", .object_id = periode }) != 0 ||
	    sampel_compute(s, seed, periode, jumlah, &items, &n) != 0)
		goto fail;
	for (i = 0; i < n; i++) {
		unit = store_scalar(s, 0, "SELECT unit_id FROM permohonan WHERE"
		    " nomor = ?", "s", items[i].nomor);
		snprintf(judul, sizeof(judul), "Sampel audit %s: %s", periode,
		    items[i].nomor);
		if (kasus_open(s, KASUS_SAMPEL, "permohonan", items[i].nomor,
		    unit, judul, "Terpilih dalam sampel audit acak"
		    " (komit-buka) periode ini.", actor_id, now, NULL, 0) == 0)
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
