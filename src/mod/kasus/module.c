/* module.c: the kasus module's declaration (kernel/module.h). */
#include <stddef.h>
#include <time.h>

#include "http/pages.h"
#include "ui.h"
#include "http/route.h"
#include "kernel/module.h"
#include "mod/akun/account.h"

static const struct route kasus_routes[] = {
	{ "/inspektorat", REQ_GET, R_LOGIN, ROLE_INSPEKTORAT | ROLE_SUPERADMIN,
	    page_inspektorat },
	{ "/inspektorat/kasus/*", REQ_GET, R_LOGIN,
	    ROLE_INSPEKTORAT | ROLE_SUPERADMIN, page_inspektorat_kasus },
	{ "/inspektorat/kasus/*/ambil", REQ_POST, R_LOGIN,
	    ROLE_INSPEKTORAT | ROLE_SUPERADMIN, page_inspektorat_take },
	{ "/inspektorat/kasus/*/catatan", REQ_POST, R_LOGIN,
	    ROLE_INSPEKTORAT | ROLE_SUPERADMIN, page_inspektorat_note },
	{ "/inspektorat/kasus/*/tutup", REQ_POST, R_LOGIN,
	    ROLE_INSPEKTORAT | ROLE_SUPERADMIN, page_inspektorat_close },
	{ NULL, 0, 0, 0, NULL }
};

/* Its link (kernel/module.h): the Inspektorat's desk. */
static const struct nav kasus_nav[] = {
	{ NAV_STAFF, 50, "/inspektorat", M_NAV_INSPEKTORAT,
	    ROLE_INSPEKTORAT | ROLE_SUPERADMIN, NULL },
	{ 0, 0, NULL, 0, 0, NULL }
};

const struct module mod_kasus = {
	"kasus",
	kasus_routes,
	NULL,
	NULL,
	kasus_nav,
};
