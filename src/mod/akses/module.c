/* module.c: the akses module's declaration (kernel/module.h). */
#include <stddef.h>
#include <time.h>

#include "http/pages.h"
#include "ui.h"
#include "http/route.h"
#include "kernel/module.h"
#include "mod/akun/account.h"

static const struct route akses_routes[] = {
	{ "/akun/akses-data", REQ_GET, R_LOGIN, ROLE_WARGA, page_akses },
	{ "/akun/akses-data/*/sengketa", REQ_POST, R_LOGIN, ROLE_WARGA,
	    page_akses_dispute },
	{ "/api/v1/akses-data", REQ_GET, R_API | R_LOGIN, ROLE_WARGA,
	    api_akses },
	{ NULL, 0, 0, 0, NULL }
};

const struct module mod_akses = {
	"akses",
	akses_routes,
	NULL,
	NULL,
	NULL,
};
