/*
 * kinerja_kolom.h: the columns of the open performance data, shared by
 * /data/kinerja.csv, /api/v1/kinerja and the data dictionary /data/kamus,
 * so that the three can never disagree.  Pages only.
 */
#ifndef PAMONG_KINERJA_KOLOM_H
#define PAMONG_KINERJA_KOLOM_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "kinerja.h"
#include "http/req.h"

enum kk_jenis {
	KK_TEKS,     /* text; "" is null in JSON */
	KK_BILANGAN, /* integer; KINERJA_NA is empty / null */
	KK_PERSEN10, /* percent x 10, written with one decimal */
	KK_X100	     /* x 100, written with two decimals */
};

struct kinerja_kolom {
	const char *nama; /* CSV header and JSON key */
	enum kk_jenis jenis;
	const char *arti;   /* meaning */
	const char *satuan; /* unit of measure */
	const char *cara;   /* how it is computed */
};

extern const struct kinerja_kolom kinerja_kolom[];
extern const size_t kinerja_nkolom;

/*
 * Column i of row b (period label periode, computed at now): sets *teks
 * for KK_TEKS, else *v (KINERJA_NA when it cannot be given).
 */
void kinerja_kolom_nilai(const struct kinerja_baris *b, const char *periode,
    time_t now, size_t i, const char **teks, int64_t *v, char tmp[32]);

/* The regency total of l as a row ("Kabupaten Siak", no unit code). */
void kinerja_baris_total(const struct kinerja_laporan *l,
    struct kinerja_baris *out);

/*
 * Read ?periode= (YYYY or YYYY-MM; absent or "": the current year) into
 * p.  Returns 0, or -1 when it is malformed.
 */
int kinerja_req_periode(struct req *, struct kinerja_periode *p);

#endif
