/* module.c: the pengumuman module's declaration (kernel/module.h). */
#include <stddef.h>
#include <time.h>

#include "http/pages.h"
#include "ui.h"
#include "http/route.h"
#include "kernel/module.h"
#include "mod/akun/account.h"

static const struct route pengumuman_routes[] = {
	{ "/pengumuman", REQ_GET, R_CACHE, 0, page_pengumuman_list },
	{ "/pengumuman.atom", REQ_GET, R_CACHE, 0, page_pengumuman_atom },
	{ "/pengumuman/*", REQ_GET, R_CACHE, 0, page_pengumuman_item },
	{ "/petugas/pengumuman", REQ_GET, R_LOGIN,
	    ROLE_ADMIN | ROLE_OPERATOR | ROLE_KEPALA, page_pengumuman_staff },
	{ "/petugas/pengumuman", REQ_POST, R_LOGIN,
	    ROLE_ADMIN | ROLE_OPERATOR | ROLE_KEPALA, page_pengumuman_create },
	{ "/petugas/pengumuman/*", REQ_GET, R_LOGIN,
	    ROLE_ADMIN | ROLE_OPERATOR | ROLE_KEPALA, page_pengumuman_edit },
	{ "/petugas/pengumuman/*", REQ_POST, R_LOGIN,
	    ROLE_ADMIN | ROLE_OPERATOR | ROLE_KEPALA, page_pengumuman_save },
	{ "/petugas/pengumuman/*/terbit", REQ_POST, R_LOGIN,
	    ROLE_ADMIN | ROLE_OPERATOR | ROLE_KEPALA, page_pengumuman_publish },
	{ "/petugas/pengumuman/*/tarik", REQ_POST, R_LOGIN,
	    ROLE_ADMIN | ROLE_OPERATOR | ROLE_KEPALA,
	    page_pengumuman_withdraw },
	{ NULL, 0, 0, 0, NULL }
};

/* Its links in the page header (kernel/module.h). */
static const struct nav pengumuman_nav[] = { { NAV_INFO, 10, "/pengumuman",
						 M_NAV_PENGUMUMAN, 0, NULL },
	{ NAV_STAFF, 40, "/petugas/pengumuman", M_NAV_PENGUMUMAN_UNIT,
	    ROLE_ADMIN | ROLE_OPERATOR | ROLE_KEPALA, NULL },
	{ 0, 0, NULL, 0, 0, NULL } };

const struct module mod_pengumuman = {
	"pengumuman",
	pengumuman_routes,
	NULL,
	NULL,
	pengumuman_nav,
};
