/* angka.c: the queue's figures (see angka.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/xalloc.h"
#include "angka.h"
#include "sql.h"

static int
cmp64(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;

	return (x > y) - (x < y);
}

int64_t
antrian_persentil(int64_t *v, size_t n, int p)
{
	size_t rank;

	if (n == 0 || p < 1 || p > 100)
		return -1;
	qsort(v, n, sizeof(*v), cmp64);
	rank = ((size_t)p * n + 99) / 100; /* ceil(p/100 * n), 1-based */
	return v[rank - 1];
}

/* The rows being built, and the durations of the current service. */
struct hari {
	struct antrian_angka *rows;
	size_t n, cap;
	int64_t *tunggu, *layan;
	size_t nt, nl, capt;
};

/* Close the current row: its percentiles from the collected durations. */
static void
tutup(struct hari *h)
{
	struct antrian_angka *a;

	if (h->n == 0)
		return;
	a = &h->rows[h->n - 1];
	a->tunggu_p50 = antrian_persentil(h->tunggu, h->nt, 50);
	a->tunggu_p90 = antrian_persentil(h->tunggu, h->nt, 90);
	a->layanan_p50 = antrian_persentil(h->layan, h->nl, 50);
	a->layanan_p90 = antrian_persentil(h->layan, h->nl, 90);
	h->nt = h->nl = 0;
}

static void
baris(void *arg, const char *kode, const char *nama, const char *instansi,
    const char *status, const int64_t *at, int kios)
{
	struct hari *h = arg;
	struct antrian_angka *a;

	if (h->n == 0 || strcmp(h->rows[h->n - 1].layanan, kode) != 0) {
		tutup(h);
		if (h->n == h->cap) {
			h->cap = h->cap ? 2 * h->cap : 8;
			h->rows = xrealloc(h->rows, h->cap * sizeof(*h->rows));
		}
		a = &h->rows[h->n++];
		memset(a, 0, sizeof(*a));
		snprintf(a->layanan, sizeof(a->layanan), "%s", kode);
		snprintf(a->nama, sizeof(a->nama), "%s", nama);
		snprintf(a->instansi, sizeof(a->instansi), "%s", instansi);
	}
	a = &h->rows[h->n - 1];
	a->tiket++;
	a->kios += kios;
	if (strcmp(status, "selesai") == 0)
		a->selesai++;
	else if (strcmp(status, "tidak_hadir") == 0)
		a->tidak_hadir++;
	else if (strcmp(status, "batal") == 0)
		a->batal++;
	if (h->nt == h->capt || h->nl == h->capt) {
		h->capt = h->capt ? 2 * h->capt : 64;
		h->tunggu = xrealloc(h->tunggu, h->capt * sizeof(int64_t));
		h->layan = xrealloc(h->layan, h->capt * sizeof(int64_t));
	}
	/* at: diambil, dipanggil, dilayani, selesai */
	if (at[1] > 0 && at[1] >= at[0])
		h->tunggu[h->nt++] = at[1] - at[0];
	if (strcmp(status, "selesai") == 0 && at[2] > 0 && at[3] >= at[2])
		h->layan[h->nl++] = at[3] - at[2];
}

int
antrian_angka_hari(struct store *s, int64_t lokasi_id, const char *tanggal,
    struct antrian_angka **rows, size_t *n)
{
	struct hari h;
	int rc;

	memset(&h, 0, sizeof(h));
	rc = antrian_sql_tiket_hari(s, lokasi_id, tanggal, baris, &h);
	tutup(&h);
	free(h.tunggu);
	free(h.layan);
	if (rc != 0) {
		free(h.rows);
		*rows = NULL;
		*n = 0;
		return -1;
	}
	*rows = h.rows;
	*n = h.n;
	return 0;
}
