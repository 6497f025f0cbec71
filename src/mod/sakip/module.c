/* module.c: the sakip module's declaration (kernel/module.h). */
#include <stddef.h>
#include <time.h>

#include "http/route.h"
#include "kernel/module.h"
#include "mod/akun/account.h"
#include "sakip.h"
#include "ui.h"

/* who reports realisations: a unit's operators, verifiers and head */
#define ROLE_SAKIP (ROLE_OPERATOR | ROLE_VERIFIKATOR | ROLE_KEPALA)

static const struct route sakip_routes[] = {
	{ "/sakip", REQ_GET, R_CACHE, 0, page_sakip },
	{ "/sakip/unit/*", REQ_GET, R_CACHE, 0, page_sakip_unit },
	{ "/sakip/dokumen/*", REQ_GET, 0, 0, page_sakip_dokumen },
	{ "/data/sakip.csv", REQ_GET, 0, 0, page_sakip_csv },
	{ "/data/sakip.json", REQ_GET, 0, 0, page_sakip_json },
	/* staff of any unit: the page scopes to the account's unit */
	{ "/petugas/sakip", REQ_GET, R_LOGIN, ROLE_SAKIP, page_petugas_sakip },
	{ "/petugas/sakip/lapor", REQ_POST, R_LOGIN, ROLE_SAKIP,
	    page_petugas_sakip_lapor },
	{ "/petugas/sakip/verifikasi", REQ_POST, R_LOGIN, ROLE_VERIFIKATOR,
	    page_petugas_sakip_verifikasi },
	{ NULL, 0, 0, 0, NULL },
};

static const struct nav sakip_nav[] = {
	{ NAV_INFO, 25, "/sakip", M_SAKIP_NAV, 0, NULL },
	{ NAV_STAFF, 80, "/petugas/sakip", M_SAKIP_NAV_PETUGAS, ROLE_SAKIP,
	    NULL },
	{ 0, 0, NULL, 0, 0, NULL },
};

static const struct job sakip_jobs[] = {
	{ "sakip.eskalasi", sakip_eskalasi },
	{ NULL, NULL },
};

const struct module mod_sakip = {
	"sakip",
	sakip_routes,
	sakip_jobs,
	NULL,
	sakip_nav,
};
