/* wilayah.c: read the region tree (kabupaten, kecamatan, kampung). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/xalloc.h"
#include "store/store.h"
#include "wilayah.h"

#define COLS	"w.code, w.name, w.level, coalesce(w.parent_code, ''),"	\
		" w.kelurahan, (SELECT count(*) FROM wilayah c"		\
		" WHERE c.parent_code = w.code)"

int
wilayah_code_ok(const char *code)
{
	static const char *shape[] = { "99", "99.99", "99.99.99",
	    "99.99.99.9999" };
	size_t i, k;

	for (k = 0; k < sizeof(shape) / sizeof(shape[0]); k++) {
		if (strlen(code) != strlen(shape[k]))
			continue;
		for (i = 0; shape[k][i] != '\0'; i++) {
			if (shape[k][i] == '9' ? (code[i] < '0' ||
			    code[i] > '9') : code[i] != '.')
				break;
		}
		if (shape[k][i] == '\0')
			return 1;
	}
	return 0;
}

const char *
wilayah_tier(const struct wilayah *w)
{
	if (strcmp(w->level, "desa") == 0)
		return w->kelurahan ? "kelurahan" : "kampung";
	return w->level;
}

static void
copy(char *dst, size_t n, const char *src)
{
	snprintf(dst, n, "%s", src);
}

static void
row(struct store_stmt *st, struct wilayah *w)
{
	const char *name;

	memset(w, 0, sizeof(*w));
	copy(w->code, sizeof(w->code), store_text(st, 0));
	copy(w->name, sizeof(w->name), store_text(st, 1));
	copy(w->level, sizeof(w->level), store_text(st, 2));
	copy(w->parent, sizeof(w->parent), store_text(st, 3));
	w->kelurahan = (int)store_int(st, 4);
	w->nchildren = (int)store_int(st, 5);
	name = w->name;
	if (strcmp(w->level, "kecamatan") == 0)
		snprintf(w->label, sizeof(w->label), "Kecamatan %s", name);
	else if (strcmp(w->level, "desa") == 0 && w->kelurahan)
		snprintf(w->label, sizeof(w->label), "Kelurahan %s", name);
	else if (strcmp(w->level, "desa") == 0 &&
	    strncmp(name, "Kampung ", 8) != 0)
		snprintf(w->label, sizeof(w->label), "Kampung %s", name);
	else
		copy(w->label, sizeof(w->label), name);
}

int
wilayah_get(struct store *s, const char *code, struct wilayah *w)
{
	struct store_stmt *st;
	int found = 0;

	if (code == NULL || !wilayah_code_ok(code))
		return -1;
	st = store_query(s, "SELECT " COLS " FROM wilayah w WHERE w.code = ?",
	    "s", code);
	if (st == NULL)
		return -1;
	if (store_step(st) == STORE_ROW) {
		row(st, w);
		found = 1;
	}
	store_done(st);
	return found ? 0 : -1;
}

int
wilayah_children(struct store *s, const char *parent, struct wilayah_list *l)
{
	struct store_stmt *st;
	size_t cap = 0;
	int rc;

	memset(l, 0, sizeof(*l));
	st = store_query(s, "SELECT " COLS " FROM wilayah w WHERE"
	    " w.parent_code = ? ORDER BY w.code", "s", parent);
	if (st == NULL)
		return -1;
	while ((rc = store_step(st)) == STORE_ROW) {
		if (l->n == cap) {
			cap = cap ? cap * 2 : 16;
			l->v = xrealloc(l->v, cap * sizeof(*l->v));
		}
		row(st, &l->v[l->n++]);
	}
	store_done(st);
	if (rc != STORE_DONE) {
		wilayah_list_free(l);
		return -1;
	}
	return 0;
}

void
wilayah_list_free(struct wilayah_list *l)
{
	free(l->v);
	l->v = NULL;
	l->n = 0;
}
