/* module.c: the spbe module's declaration (kernel/module.h). */
#include <stddef.h>
#include <time.h>

#include "http/pages.h"
#include "ui.h"
#include "http/route.h"
#include "kernel/module.h"
#include "mod/akun/account.h"

#define SPBE_ROLES (ROLE_KOORDINATOR_SPBE | ROLE_ADMINS)

static const struct route spbe_routes[] = { { "/spbe", REQ_GET, R_CACHE, 0,
						page_spbe_public },
	{ "/spbe/penilaian", REQ_GET, R_LOGIN, SPBE_ROLES, page_spbe_list },
	{ "/spbe/penilaian", REQ_POST, R_LOGIN, SPBE_ROLES, page_spbe_create },
	{ "/spbe/penilaian/*", REQ_GET, R_LOGIN, SPBE_ROLES, page_spbe_view },
	{ "/spbe/penilaian/*/simulasi", REQ_GET, R_LOGIN, SPBE_ROLES,
	    page_spbe_whatif },
	{ "/spbe/penilaian/*/indikator/*", REQ_GET, R_LOGIN, SPBE_ROLES,
	    page_spbe_ind },
	{ "/spbe/penilaian/*/indikator/*", REQ_POST, R_LOGIN, SPBE_ROLES,
	    page_spbe_ind_save },
	{ "/spbe/penilaian/*/indikator/*/bukti", REQ_POST, R_LOGIN, SPBE_ROLES,
	    page_spbe_ind_bukti },
	{ "/spbe/penilaian/*/indikator/*/minta", REQ_POST, R_LOGIN, SPBE_ROLES,
	    page_spbe_ind_request },
	{ "/spbe/penilaian/*/*", REQ_POST, R_LOGIN, SPBE_ROLES, page_spbe_act },
	{ "/spbe/permintaan", REQ_GET, R_LOGIN, ROLE_STAFF,
	    page_spbe_requests },
	{ "/spbe/permintaan/*", REQ_POST, R_LOGIN, ROLE_STAFF,
	    page_spbe_request_upload },
	{ "/spbe/berkas/*", REQ_GET, R_LOGIN, ROLE_STAFF, page_spbe_file },
	{ NULL, 0, 0, 0, NULL } };

/* Its links in the page header (kernel/module.h). */
static const struct nav spbe_nav[] = { { NAV_INFO, 40, "/spbe", M_NAV_SPBE, 0,
					   NULL },
	{ 0, 0, NULL, 0, 0, NULL } };

const struct module mod_spbe = {
	"spbe",
	spbe_routes,
	NULL,
	NULL,
	spbe_nav,
};
