/* module.c: the survei module's declaration (kernel/module.h). */
#include <stddef.h>
#include <time.h>

#include "http/pages.h"
#include "ui.h"
#include "http/route.h"
#include "kernel/module.h"
#include "mod/akun/account.h"

static const struct route survei_routes[] = {
	{ "/survei", REQ_GET, R_LOGIN, ROLE_WARGA, page_survei_list },
	/* a queue ticket's holder: anyone with the code on the slip */
	{ "/survei/tiket/*", REQ_GET, 0, 0, page_survei_tiket },
	{ "/survei/tiket/*", REQ_POST, 0, 0, page_survei_tiket_post },
	{ "/survei/*", REQ_GET, R_LOGIN, ROLE_WARGA, page_survei },
	{ "/survei/*", REQ_POST, R_LOGIN, ROLE_WARGA, page_survei_post },
	{ "/petugas/survei", REQ_GET, R_LOGIN,
	    ROLE_OPERATOR | ROLE_VERIFIKATOR | ROLE_KEPALA | ROLE_ADMIN,
	    page_survei_paper },
	{ "/petugas/survei", REQ_POST, R_LOGIN,
	    ROLE_OPERATOR | ROLE_VERIFIKATOR | ROLE_KEPALA | ROLE_ADMIN,
	    page_survei_paper_post },
	{ "/ikm", REQ_GET, R_CACHE, 0, page_ikm },
	{ "/data/ikm.csv", REQ_GET, 0, 0, page_ikm_csv },
	{ NULL, 0, 0, 0, NULL }
};

/* Its links in the page header (kernel/module.h). */
static const struct nav survei_nav[] = { { NAV_INFO, 30, "/ikm", M_NAV_IKM, 0,
					     NULL },
	{ NAV_STAFF, 30, "/petugas/survei", M_NAV_SURVEI_KERTAS,
	    ROLE_OPERATOR | ROLE_VERIFIKATOR | ROLE_KEPALA | ROLE_ADMIN, NULL },
	{ 0, 0, NULL, 0, 0, NULL } };

const struct module mod_survei = {
	"survei",
	survei_routes,
	NULL,
	NULL,
	survei_nav,
};
