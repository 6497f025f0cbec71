/* wilayah.c: read the region tree (kabupaten, kecamatan, kampung). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/xalloc.h"
#include "store/store.h"
#include "wilayah.h"
#include "sql.h"

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
			if (shape[k][i] == '9'
				? (code[i] < '0' || code[i] > '9')
				: code[i] != '.')
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

int
wilayah_get(struct store *s, const char *code, struct wilayah *w)
{
	if (code == NULL || !wilayah_code_ok(code))
		return -1;
	return wilayah_sql_get(s, code, w);
}

int
wilayah_children(struct store *s, const char *parent, struct wilayah_list *l)
{
	return wilayah_sql_children(s, parent, l);
}
