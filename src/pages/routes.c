/* routes.c: the route table.  Order matters only for equal patterns. */
#include <stddef.h>

#include "pages.h"
#include "route.h"

const struct route routes[] = {
	{ "/", REQ_GET, 0, 0, page_home },
	{ "/aset/*", REQ_GET, 0, 0, page_asset },
	{ NULL, 0, 0, 0, NULL }
};
