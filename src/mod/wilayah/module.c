/* module.c: the wilayah module's declaration (kernel/module.h). */
#include <stddef.h>
#include <time.h>

#include "http/pages.h"
#include "ui.h"
#include "http/route.h"
#include "kernel/module.h"
#include "mod/akun/account.h"

static const struct route wilayah_routes[] = { { "/wilayah", REQ_GET, R_CACHE,
						   0, page_wilayah },
	{ "/wilayah/*", REQ_GET, R_CACHE, 0, page_wilayah_item },
	{ "/api/v1/wilayah", REQ_GET, R_API, 0, api_wilayah },
	{ NULL, 0, 0, 0, NULL } };

/* Its links in the page header (kernel/module.h). */
static const struct nav wilayah_nav[] = { { NAV_MAIN, 30, "/wilayah",
					      M_NAV_WILAYAH, 0, NULL },
	{ 0, 0, NULL, 0, 0, NULL } };

const struct module mod_wilayah = {
	"wilayah",
	wilayah_routes,
	NULL,
	NULL,
	wilayah_nav,
};
