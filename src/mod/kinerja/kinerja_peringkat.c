/* kinerja_peringkat.c: ranking a report's rows (kinerja_peringkat()). */
#include <stdlib.h>
#include <string.h>

#include "lib/xalloc.h"
#include "kinerja.h"

static const char *const urut_codes[] = { "tepat", "median", "diterima",
	"terlambat", "ikm", "nama" };

int
kinerja_urut_parse(const char *s)
{
	size_t i;

	for (i = 0; s != NULL && i < sizeof(urut_codes) / sizeof(*urut_codes);
	     i++)
		if (strcmp(s, urut_codes[i]) == 0)
			return (int)i;
	return -1;
}

const char *
kinerja_urut_code(enum kinerja_urut u)
{
	return (size_t)u < sizeof(urut_codes) / sizeof(*urut_codes)
	    ? urut_codes[u]
	    : "tepat";
}

/* qsort has no context argument: the order travels in the first field. */
struct rank {
	enum kinerja_urut u;
	const struct kinerja_baris *b;
};

static int
has_key(const struct rank *r)
{
	const struct kinerja_angka *a = &r->b->a;

	switch (r->u) {
	case KINERJA_URUT_TEPAT:
		return a->berstandar > 0;
	case KINERJA_URUT_MEDIAN:
		return a->median != KINERJA_NA;
	case KINERJA_URUT_IKM:
		return a->ikm != KINERJA_NA;
	default:
		return 1;
	}
}

#define CMP(x, y)                                                              \
	do {                                                                   \
		if ((x) != (y))                                                \
			return (x) < (y) ? -1 : 1;                             \
	} while (0)

static int
cmp_rank(const void *pa, const void *pb)
{
	const struct rank *ra = pa, *rb = pb;
	const struct kinerja_angka *a = &ra->b->a, *b = &rb->b->a;
	int ka = has_key(ra), kb = has_key(rb);
	int64_t sa, sb;

	CMP(kb, ka);
	if (ka) {
		sa = kinerja_persen10(a->tepat_waktu, a->berstandar);
		sb = kinerja_persen10(b->tepat_waktu, b->berstandar);
		switch (ra->u) {
		case KINERJA_URUT_TEPAT:
			CMP(sb, sa);
			CMP(a->median == KINERJA_NA ? INT64_MAX : a->median,
			    b->median == KINERJA_NA ? INT64_MAX : b->median);
			CMP(b->selesai, a->selesai);
			break;
		case KINERJA_URUT_MEDIAN:
			CMP(a->median, b->median);
			CMP(sb, sa);
			break;
		case KINERJA_URUT_DITERIMA:
			CMP(b->diterima, a->diterima);
			break;
		case KINERJA_URUT_TERLAMBAT:
			CMP(b->terlambat_kini, a->terlambat_kini);
			break;
		case KINERJA_URUT_IKM:
			CMP(b->ikm, a->ikm);
			break;
		case KINERJA_URUT_NAMA:
			break;
		}
	}
	return strcmp(ra->b->unit_name, rb->b->unit_name) != 0
	    ? strcmp(ra->b->unit_name, rb->b->unit_name)
	    : strcmp(ra->b->unit_code, rb->b->unit_code);
}

const struct kinerja_baris **
kinerja_peringkat(const struct kinerja_laporan *l, enum kinerja_urut u,
    size_t *np)
{
	const struct kinerja_baris **out;
	struct rank *r;
	size_t i, n = 0;

	r = xcalloc(l->n + 1, sizeof(*r));
	for (i = 0; i < l->n; i++)
		if (l->v[i].layanan_id == 0) {
			r[n].u = u;
			r[n].b = &l->v[i];
			n++;
		}
	qsort(r, n, sizeof(*r), cmp_rank);
	out = xcalloc(n + 1, sizeof(*out));
	for (i = 0; i < n; i++)
		out[i] = r[i].b;
	free(r);
	*np = n;
	return out;
}
