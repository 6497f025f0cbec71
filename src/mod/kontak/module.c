/* module.c: the kontak module's declaration (kernel/module.h). */
#include <stddef.h>
#include <time.h>

#include "http/pages.h"
#include "ui.h"
#include "http/route.h"
#include "kernel/module.h"
#include "mod/akun/account.h"

/* unit admins pass the role check; the page checks the unit */
static const struct route kontak_routes[] = { { "/admin/kontak", REQ_GET,
						  R_LOGIN, ROLE_ADMINS,
						  page_admin_kontak_list },
	{ "/admin/kontak/*", REQ_GET, R_LOGIN, ROLE_ADMINS, page_admin_kontak },
	{ "/admin/kontak/*", REQ_POST, R_LOGIN, ROLE_ADMINS,
	    page_admin_kontak_save },
	{ NULL, 0, 0, 0, NULL } };

const struct module mod_kontak = {
	"kontak",
	kontak_routes,
	NULL,
	NULL,
	NULL,
};
