/* routes.c: the route table.  The first route matching path and method wins. */
#include <stddef.h>

#include "../domain/account.h"
#include "pages.h"
#include "route.h"

const struct route routes[] = {
	/* --- home, assets --- */
	{ "/", REQ_GET, 0, 0, page_home },
	{ "/aset/*", REQ_GET, 0, 0, page_asset },

	/* --- catalog and regions (pages/catalog.c, pages/wilayah.c) --- */

	/* --- accounts (pages/auth.c, pages/account.c) --- */

	/* --- admin (pages/admin_*.c) --- */

	/* --- JSON API v1 --- */

	{ NULL, 0, 0, 0, NULL }
};
