/* module.c: the layanan module's declaration (kernel/module.h). */
#include <stddef.h>
#include <time.h>

#include "http/pages.h"
#include "ui.h"
#include "http/route.h"
#include "kernel/module.h"
#include "mod/akun/account.h"

static const struct route layanan_routes[] = { { "/", REQ_GET, R_CACHE, 0,
						   page_home },
	{ "/aset/*", REQ_GET, 0, 0, page_asset },
	{ "/layanan", REQ_GET, R_CACHE, 0, page_catalog },
	{ "/layanan/*", REQ_GET, R_CACHE, 0, page_catalog_item },
	{ "/admin", REQ_GET, R_LOGIN, ROLE_ADMINS, page_admin },
	{ "/admin/layanan", REQ_GET, R_LOGIN, ROLE_ADMINS, page_admin_catalog },
	{ "/admin/layanan/*", REQ_GET, R_LOGIN, ROLE_ADMINS,
	    page_admin_catalog_edit },
	{ "/admin/layanan/*", REQ_POST, R_LOGIN, ROLE_ADMINS,
	    page_admin_catalog_save },
	{ "/admin/unit", REQ_GET, R_LOGIN, ROLE_ADMINS, page_admin_units },
	{ "/api/v1/layanan", REQ_GET, R_API, 0, api_catalog_list },
	{ "/api/v1/layanan/*", REQ_GET, R_API, 0, api_catalog_item },
	{ NULL, 0, 0, 0, NULL } };

/* Its links in the page header (kernel/module.h). */
static const struct nav layanan_nav[] = { { NAV_MAIN, 10, "/", M_NAV_BERANDA, 0,
					      NULL },
	{ NAV_MAIN, 20, "/layanan", M_NAV_KATALOG, 0, NULL },
	{ NAV_USER, 40, "/admin", M_NAV_ADMIN, ROLE_ADMINS, NULL },
	{ 0, 0, NULL, 0, 0, NULL } };

const struct module mod_layanan = {
	"layanan",
	layanan_routes,
	NULL,
	NULL,
	layanan_nav,
};
