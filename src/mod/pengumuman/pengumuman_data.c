/* pengumuman_data.c: releasing announcements (pengumuman_data.h). */
#include <stdlib.h>

#include "pengumuman_data.h"

void
pengumuman_clear(struct pengumuman *p)
{
	free(p->judul);
	free(p->isi);
	p->judul = p->isi = NULL;
}

void
pengumuman_list_free(struct pengumuman *v, size_t n)
{
	size_t i;

	for (i = 0; v != NULL && i < n; i++)
		pengumuman_clear(&v[i]);
	free(v);
}
