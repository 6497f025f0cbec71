/* terbit.c: numbering and inserting a ticket (see terbit.h). */
#include <stdio.h>
#include <string.h>

#include "lib/kode.h"
#include "store/store.h"
#include "aturan.h"
#include "sql.h"
#include "terbit.h"

int
antrian_terbit(struct store *s, const struct antrian_lokasi *lok,
    const struct antrian_layanan *lay, int prioritas, int64_t kios, time_t now,
    struct antrian_tiket *t)
{
	int64_t n;
	int urut;

	memset(t, 0, sizeof(*t));
	antrian_tanggal(now, t->tanggal);
	snprintf(t->sesi, sizeof(t->sesi), "%s", antrian_sesi(now));
	if ((urut = antrian_sql_urut_next(s, lay->id, t->tanggal)) < 1)
		return -1;
	if (urut > ANTRIAN_URUT_MAX)
		return 1;
	kode_new(t->kode);
	t->lokasi_id = lok->id;
	t->layanan_id = lay->id;
	t->urut = urut;
	snprintf(t->nomor, sizeof(t->nomor), "%s-%03d", lay->prefix, urut);
	t->prioritas = prioritas ? 1 : 0;
	snprintf(t->status, sizeof(t->status), "menunggu");
	t->kios_id = kios;
	/*
	 * Check-in times follow the order of the issuing transactions: a
	 * request that arrived a second earlier but commits later must not
	 * queue ahead of one already numbered.
	 */
	if ((n = antrian_sql_diambil_max(s, lok->id, t->tanggal)) < 0)
		return -1;
	t->diambil_at = n > (int64_t)now ? n : (int64_t)now;
	snprintf(t->layanan_kode, sizeof(t->layanan_kode), "%s", lay->kode);
	snprintf(t->layanan_nama, sizeof(t->layanan_nama), "%s", lay->nama);
	snprintf(t->lokasi_kode, sizeof(t->lokasi_kode), "%s", lok->kode);
	return antrian_sql_tiket_insert(s, t) == 0 ? 0 : -1;
}
