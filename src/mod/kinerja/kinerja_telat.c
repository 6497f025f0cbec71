/*
 * kinerja_telat.c: the work behind the figures: the open applications
 * past their due date (kinerja_terlambat()).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/xalloc.h"
#include "mod/alur/workday.h"
#include "kinerja.h"
#include "sql.h"
#include "agregat.h"

/* The late applications being collected by kinerja_terlambat(). */
struct telat {
	struct kinerja_telat *v;
	size_t n, cap;
	size_t *totalp;
	size_t limit;
	const long *hol;
	size_t nhol;
	long today_day;
};

static void
telat_add(void *arg, const struct kinerja_sql_telat *r)
{
	struct telat *tl = arg;
	struct kinerja_telat t;

	if (tl->n >= tl->limit)
		return;
	memset(&t, 0, sizeof(t));
	snprintf(t.nomor, sizeof(t.nomor), "%s", r->nomor);
	snprintf(t.unit_code, sizeof(t.unit_code), "%s", r->unit_code);
	snprintf(t.unit_name, sizeof(t.unit_name), "%s", r->unit_name);
	snprintf(t.handler_name, sizeof(t.handler_name), "%s", r->handler_name);
	snprintf(t.layanan_code, sizeof(t.layanan_code), "%s", r->layanan_code);
	snprintf(t.layanan_name, sizeof(t.layanan_name), "%s", r->layanan_name);
	snprintf(t.state_label, sizeof(t.state_label), "%s", r->state_label);
	workday_date((time_t)r->submitted_at, t.submitted);
	snprintf(t.due_date, sizeof(t.due_date), "%s", r->due_date);
	t.hari_terlambat = (int)kinerja_working(tl->hol, tl->nhol,
	    kinerja_day_parse(t.due_date) + 1, tl->today_day);
	if (tl->n == tl->cap) {
		tl->cap = tl->cap ? tl->cap * 2 : 32;
		tl->v = xrealloc(tl->v, tl->cap * sizeof(*tl->v));
	}
	tl->v[tl->n++] = t;
}

/* Does j count as open and overdue today for unit_id (0: any)? */
static int
telat_jejak(const struct kinerja_jejak *j, int64_t unit_id, const char *today)
{
	return j->ada && j->kelas == KINERJA_KELAS_BUKA &&
	    j->due_date[0] != '\0' && strcmp(j->due_date, today) < 0 &&
	    (unit_id == 0 || j->unit == unit_id);
}

/*
 * How many are overdue: from the open groups (kinerja_buka), corrected by
 * the applications changed outside the module, without reading the
 * others.  0 or -1.
 */
static int
telat_total(struct store *s, int64_t unit_id, const char *today, size_t *totalp)
{
	struct agregat_beda *v;
	int64_t n;
	size_t nv, i;

	if ((n = kinerja_sql_buka_telat(s, unit_id, today)) < 0 ||
	    (v = agregat_beda_load(s, 0, &nv)) == NULL)
		return -1;
	for (i = 0; i < nv; i++)
		n += telat_jejak(&v[i].kini, unit_id, today) -
		    telat_jejak(&v[i].dulu, unit_id, today);
	agregat_beda_free(v, nv);
	*totalp = n > 0 ? (size_t)n : 0;
	return 0;
}

struct kinerja_telat *
kinerja_terlambat(struct store *s, int64_t unit_id, time_t now, int limit,
    size_t *np, size_t *totalp)
{
	struct telat tl = { NULL, 0, 0, totalp, 0, NULL, 0, 0 };
	long *hol;
	size_t nhol;
	char today[11];
	int rc;

	*np = 0;
	if (totalp != NULL)
		*totalp = 0;
	if (limit < 1 || limit > 1000)
		limit = 100;
	if ((hol = kinerja_holidays_load(s, &nhol)) == NULL)
		return NULL;
	workday_date(now, today);
	tl.limit = (size_t)limit;
	tl.hol = hol;
	tl.nhol = nhol;
	tl.today_day = kinerja_day_parse(today);
	rc = kinerja_sql_terlambat(s, today, unit_id, limit, telat_add, &tl);
	free(hol);
	if (rc == 0 && totalp != NULL && telat_total(s, unit_id, today, totalp))
		rc = -1;
	if (rc != 0) {
		free(tl.v);
		return NULL;
	}
	*np = tl.n;
	return tl.v != NULL ? tl.v : xcalloc(1, sizeof(*tl.v));
}
