/* kirim.c: the delivery round (see kirim.h). */
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/xalloc.h"
#include "store/store.h"
#include "kirim.h"
#include "kirim_int.h"
#include "sql.h"
#include "templat.h"

static const int backoff_s[] = { 60, 300, 900, 3600 };

int
kirim_backoff(int n)
{
	if (n < 1 || n >= KIRIM_MAX_ATTEMPTS)
		return -1;
	return backoff_s[n - 1];
}

/* Claim up to limit rows of channel k; in *v, *np. */
static int
claim(struct store *s, enum kanal k, const char *who, time_t now, int lease,
    int limit, struct pesan **v, size_t *np)
{
	*v = NULL;
	*np = 0;
	if (store_begin(s) != 0)
		return -1;
	if (kirim_sql_claim(s, kanal_name(k), who, now, now + lease, limit) !=
		0 ||
	    kirim_sql_claimed(s, who, v, np) != 0 || store_commit(s) != 0) {
		store_rollback(s);
		kirim_pesan_free(*v, *np);
		*v = NULL;
		*np = 0;
		return -1;
	}
	return 0;
}

/*
 * The admin's template of m's event for its channel, if any: the body
 * becomes the rendered text (the link inside it), and WhatsApp's Cloud
 * API template name follows it.  0, or -1 storage error.
 */
static int
shape(struct store *s, const struct kanal_conf *c, struct pesan *m)
{
	char *teks, *wa, *link, *body;
	size_t n;
	int r;

	if (m->event[0] == '\0')
		return 0;
	r = templat_get(s, m->event, kanal_name(m->channel), &teks, &wa);
	if (r <= 0)
		return r;
	link = m->link[0] == '/' && c->alamat_situs[0] != '\0'
	    ? xasprintf("%s%s", c->alamat_situs, m->link)
	    : xstrdup("");
	body = templat_render(teks, m->body, link);
	n = strlen(body);
	while (n > 0 && strchr(" \t\r\n", body[n - 1]) != NULL)
		body[--n] = '\0';
	free(m->body);
	m->body = body;
	m->link[0] = '\0';
	if (wa[0] != '\0') {
		m->wa_template = wa;
		wa = NULL;
	}
	free(wa);
	free(teks);
	free(link);
	return 0;
}

/* Send m and record the outcome.  0 or -1 (storage). */
static int
deliver(struct store *s, const struct kanal_conf *c, struct pesan *m,
    const char *who, struct kirim_hasil *h)
{
	char id[256], why[300];
	enum kirim_rc rc;
	const char *state, *result;
	int64_t next = 0, now;
	int wait, r;

	if (shape(s, c, m) != 0)
		return -1;
	rc = m->channel == KANAL_EMAIL
	    ? send_smtp(c, m, id, sizeof(id), why, sizeof(why))
	    : send_http(c, m, id, sizeof(id), why, sizeof(why));
	now = (int64_t)time(NULL);
	if (rc == KIRIM_OK) {
		state = result = "terkirim";
		why[0] = '\0';
	} else if (rc == KIRIM_ULANG &&
	    (wait = kirim_backoff(m->attempts)) > 0) {
		state = "antre";
		result = "ulang";
		next = now + wait;
		id[0] = '\0';
	} else {
		state = result = "gagal";
		id[0] = '\0';
	}
	/* the state, its attempt row and statuses that came before the id
	   was recorded: one transaction */
	if (store_begin(s) != 0)
		return -1;
	r = kirim_sql_finish(s, m->id, who, state, next, id, why, m->attempts,
	    result, now);
	if (r > 0 && rc == KIRIM_OK && id[0] != '\0' &&
	    kirim_status(s, id, NULL, NULL, (time_t)now) < 0)
		r = -1;
	if (r < 0 || store_commit(s) != 0) {
		store_rollback(s);
		return -1;
	}
	if (r == 0) {
		h->hilang++;
		fprintf(stderr,
		    "pamong: kirim: pesan %lld: klaim habis sebelum"
		    " hasilnya dicatat\n",
		    (long long)m->id);
		return 0;
	}
	if (rc == KIRIM_OK)
		h->terkirim++;
	else if (state[0] == 'a')
		h->ulang++;
	else
		h->gagal++;
	if (rc != KIRIM_OK)
		fprintf(stderr, "pamong: kirim: pesan %lld (%s): %s: %s\n",
		    (long long)m->id, kanal_name(m->channel), result, why);
	return 0;
}

int
kirim_round(struct store *s, const struct kanal_conf *c, time_t now,
    const struct kirim_opts *o, struct kirim_hasil *h)
{
	unsigned char rnd[12];
	char who[25];
	struct pesan *v;
	size_t n, i;
	int k, room, rc = 0, lease, out = 0;
	int batch = o != NULL && o->batch > 0 && o->batch <= 50 ? o->batch
								: KIRIM_BATCH;
	time_t start = time(NULL);

	randombytes_buf(rnd, sizeof(rnd));
	sodium_bin2hex(who, sizeof(who), rnd, sizeof(rnd));
	/* longer than a batch of calls that all time out */
	lease = c->batas_waktu * (batch + 1) + 60;
	for (k = 0; k < KANAL_N && !out; k++) {
		if (c->keadaan[k] != KANAL_AKTIF)
			continue;
		for (;;) {
			room = c->per_menit[k] -
			    kirim_sql_recent(s, kanal_name(k), now - 60);
			if (room <= 0)
				break;
			if (claim(s, k, who, now, lease,
				room < batch ? room : batch, &v, &n) != 0) {
				fprintf(stderr,
				    "pamong: kirim: antrean %s tidak"
				    " dapat diambil: %s\n",
				    kanal_name(k), store_errmsg(s));
				rc = -1;
				break;
			}
			for (i = 0; i < n && !out; i++) {
				if (deliver(s, c, &v[i], who, h) != 0)
					rc = -1;
				out = o != NULL && o->budget > 0 &&
				    time(NULL) - start >= o->budget;
			}
			/* over budget: the rest goes back, as it was */
			if (i < n && kirim_sql_release(s, who) != 0)
				rc = -1;
			kirim_pesan_free(v, n);
			if (n == 0 || rc != 0 || out)
				break;
		}
	}
	return rc;
}

int
kirim_job(struct store *s, const char *data_dir, time_t now)
{
	struct kirim_opts o = { KIRIM_JOB_BATCH, KIRIM_JOB_BUDGET };
	struct kanal_conf c;
	struct kirim_hasil h;
	int k;

	if (kanal_read(data_dir, &c) != 0)
		fprintf(stderr, "pamong: %s: %s\n", KANAL_FILE, c.galat);
	for (k = 0; k < KANAL_N; k++)
		if (c.keadaan[k] == KANAL_SALAH)
			fprintf(stderr, "pamong: %s: kanal %s salah: %s\n",
			    KANAL_FILE, kanal_name(k), c.alasan[k]);
	memset(&h, 0, sizeof(h));
	if (kirim_round(s, &c, now, &o, &h) != 0)
		return -1;
	return 0; /* housekeeping: counts are not escalations */
}
