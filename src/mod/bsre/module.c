/* module.c: the bsre module's declaration (kernel/module.h). */
#include <stddef.h>
#include <time.h>

#include "http/pages.h"
#include "ui.h"
#include "http/route.h"
#include "kernel/module.h"
#include "mod/akun/account.h"

/* unit admins pass the role check; bsre_backend_set() checks the unit */
static const struct route bsre_routes[] = { { "/admin/ttd", REQ_GET, R_LOGIN,
						ROLE_ADMINS, page_admin_ttd },
	{ "/admin/ttd/*", REQ_POST, R_LOGIN, ROLE_ADMINS, page_admin_ttd_save },
	{ NULL, 0, 0, 0, NULL } };

/* Its link in the staff menu (kernel/module.h). */
static const struct nav bsre_nav[] = { { NAV_STAFF, 75, "/admin/ttd",
					   M_NAV_ADMIN_TTD, ROLE_ADMINS, NULL },
	{ 0, 0, NULL, 0, 0, NULL } };

const struct module mod_bsre = {
	"bsre",
	bsre_routes,
	NULL,
	NULL,
	bsre_nav,
};
