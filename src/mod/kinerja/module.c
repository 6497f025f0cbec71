/* module.c: the kinerja module's declaration (kernel/module.h). */
#include <stddef.h>
#include <time.h>

#include "http/pages.h"
#include "ui.h"
#include "http/route.h"
#include "kernel/module.h"
#include "mod/akun/account.h"

static const struct route kinerja_routes[] = { { "/kinerja", REQ_GET, 0, 0,
						   page_kinerja },
	{ "/kinerja/eksekutif", REQ_GET, R_LOGIN,
	    ROLE_PIMPINAN | ROLE_SUPERADMIN, page_kinerja_eksekutif },
	{ "/kinerja/*", REQ_GET, 0, 0, page_kinerja_unit },
	{ "/data/kinerja.csv", REQ_GET, 0, 0, page_kinerja_csv },
	{ "/data/kamus", REQ_GET, R_CACHE, 0, page_kinerja_kamus },
	{ "/api/v1/kinerja", REQ_GET, R_API, 0, api_kinerja },
	{ NULL, 0, 0, 0, NULL } };

/* Its links in the page header (kernel/module.h). */
static const struct nav kinerja_nav[] = { { NAV_INFO, 20, "/kinerja",
					      M_NAV_KINERJA, 0, NULL },
	{ 0, 0, NULL, 0, 0, NULL } };

const struct module mod_kinerja = {
	"kinerja",
	kinerja_routes,
	NULL,
	NULL,
	kinerja_nav,
};
