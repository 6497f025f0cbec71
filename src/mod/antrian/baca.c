/* baca.c: the queue's reads for pages and the API (see antrian.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/xalloc.h"
#include "lib/when.h"
#include "store/store.h"
#include "mod/akun/account.h"
#include "antrian.h"
#include "sql.h"

int
antrian_lokasi_get(struct store *s, const char *kode, struct antrian_lokasi *l)
{
	if (kode == NULL || *kode == '\0' || strlen(kode) > ANTRIAN_KODE_MAX)
		return 1;
	return antrian_sql_lokasi(s, kode, l);
}

int
antrian_loket_get(struct store *s, int64_t lokasi_id, int nomor,
    struct antrian_loket *l)
{
	if (nomor < 1 || nomor > 999)
		return 1;
	return antrian_sql_loket(s, lokasi_id, nomor, l);
}

int
antrian_tiket_by_kode(struct store *s, const char *kode,
    struct antrian_tiket *t, int *di_depan)
{
	int64_t n = 0;
	int rc;

	if (di_depan != NULL)
		*di_depan = 0;
	if (kode == NULL || strlen(kode) != KODE_LEN)
		return 1;
	if ((rc = antrian_sql_tiket_kode(s, kode, t)) != 0)
		return rc;
	if (strcmp(t->status, "menunggu") == 0 &&
	    (n = antrian_sql_di_depan(s, t)) < 0)
		return -1;
	if (di_depan != NULL)
		*di_depan = (int)n;
	return 0;
}

int
antrian_layanan_each(struct store *s, int64_t lokasi_id,
    void (*fn)(void *, const struct antrian_layanan *), void *arg)
{
	return antrian_sql_layanan_each(s, lokasi_id, fn, arg);
}

/* The arguments of antrian_loket_each() while its walk runs. */
struct loket_walk {
	struct store *s;
	const char *tanggal;
	void (*fn)(void *, const struct antrian_loket *,
	    const struct antrian_tiket *);
	void *arg;
	struct antrian_loket *all;
	size_t n, cap;
};

static void
loket_collect(void *a, const struct antrian_loket *l)
{
	struct loket_walk *w = a;

	if (w->n < w->cap)
		w->all[w->n++] = *l;
}

int
antrian_loket_each(struct store *s, int64_t lokasi_id, const char *tanggal,
    void (*fn)(void *, const struct antrian_loket *,
	const struct antrian_tiket *),
    void *arg)
{
	struct antrian_loket *all = xcalloc(ANTRIAN_LOKET_MAX, sizeof(*all));
	struct loket_walk w = { s, tanggal, fn, arg, all, 0,
		ANTRIAN_LOKET_MAX };
	struct antrian_tiket t;
	size_t i;
	int rc = 0;

	/* collect first: no query runs while another one's rows are read */
	if (antrian_sql_loket_each(s, lokasi_id, loket_collect, &w) != 0)
		rc = -1;
	for (i = 0; rc == 0 && i < w.n; i++) {
		rc = antrian_sql_loket_tiket(s, all[i].id, tanggal, &t);
		if (rc >= 0) {
			fn(arg, &all[i], rc == 0 ? &t : NULL);
			rc = 0;
		}
	}
	free(all);
	return rc;
}

int
antrian_panggilan_each(struct store *s, int64_t lokasi_id, int64_t sejak,
    const char *tanggal, int max,
    void (*fn)(void *, const struct antrian_panggilan *), void *arg)
{
	int y, m, d;
	long z;

	if (max < 1)
		max = 1;
	if (max > 200)
		max = 200;
	if (tanggal == NULL || strlen(tanggal) != 10 ||
	    sscanf(tanggal, "%4d-%2d-%2d", &y, &m, &d) != 3)
		return -1;
	z = when_days_from_civil(y, m, d);
	return antrian_sql_panggilan_each(s, lokasi_id, sejak,
	    when_wib_day_start(z), max, fn, arg);
}

int
antrian_menunggu(struct store *s, int64_t lokasi_id, int64_t layanan_id,
    const char *tanggal)
{
	return (int)antrian_sql_menunggu(s, lokasi_id, layanan_id, tanggal);
}

int
antrian_loket_milik(struct store *s, const struct account *a,
    void (*fn)(void *, const struct antrian_loket *), void *arg)
{
	if (a == NULL || !(a->roles & ROLE_PETUGAS_LOKET))
		return 0;
	return antrian_sql_loket_akun(s, a->unit_id, a->id, fn, arg);
}

int
antrian_loket_tiket(struct store *s, int64_t loket_id, const char *tanggal,
    struct antrian_tiket *t)
{
	return antrian_sql_loket_tiket(s, loket_id, tanggal, t);
}

int
antrian_dipanggil(struct store *s, const char *nomor, int loket, time_t now)
{
	if (nomor == NULL || strlen(nomor) >= ANTRIAN_NOMOR_MAX)
		return 0;
	return antrian_sql_dipanggil(s, nomor, loket, (int64_t)now - 86400);
}
