/* module.c: the alur module's declaration (kernel/module.h). */
#include <stddef.h>
#include <time.h>

#include "http/pages.h"
#include "ui.h"
#include "http/route.h"
#include "kernel/module.h"
#include "mod/akun/account.h"

static const struct route alur_routes[] = {
	{ "/admin/alur", REQ_GET, R_LOGIN, ROLE_ADMINS, page_admin_workflows },
	{ "/admin/alur/*", REQ_GET, R_LOGIN, ROLE_ADMINS, page_admin_workflow },
	{ "/admin/alur/*", REQ_POST, R_LOGIN, ROLE_ADMINS,
	    page_admin_workflow_save },
	{ "/admin/libur", REQ_GET, R_LOGIN, ROLE_ADMINS, page_admin_holidays },
	{ "/admin/libur", REQ_POST, R_LOGIN, ROLE_ADMINS,
	    page_admin_holiday_add },
	{ "/admin/libur/*/hapus", REQ_POST, R_LOGIN, ROLE_ADMINS,
	    page_admin_holiday_delete },
	{ NULL, 0, 0, 0, NULL }
};

const struct module mod_alur = {
	"alur",
	alur_routes,
	NULL,
	NULL,
	NULL,
};
