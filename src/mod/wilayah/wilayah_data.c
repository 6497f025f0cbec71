/* wilayah_data.c: releasing a list of regions (wilayah_data.h). */
#include <stdlib.h>

#include "wilayah_data.h"

void
wilayah_list_free(struct wilayah_list *l)
{
	free(l->v);
	l->v = NULL;
	l->n = 0;
}
