/* module.c: the notifikasi module's declaration (kernel/module.h). */
#include <stddef.h>
#include <time.h>

#include "http/hooks.h"
#include "http/pages.h"
#include "ui.h"
#include "http/route.h"
#include "kernel/module.h"
#include "mod/akun/account.h"
#include "mod/notifikasi/notify.h"

static const struct route notifikasi_routes[] = {
	{ "/notifikasi", REQ_GET, R_LOGIN, 0, page_notifications },
	{ "/notifikasi/baca", REQ_POST, R_LOGIN, 0, page_notifications_read },
	{ NULL, 0, 0, 0, NULL }
};

/* Its links in the page header (kernel/module.h). */
static const struct nav notifikasi_nav[] = {
	{ NAV_USER, 30, "/notifikasi", M_NAV_NOTIFIKASI, 0, notify_unread },
	{ 0, 0, NULL, 0, 0, NULL }
};

const struct module mod_notifikasi = {
	"notifikasi",
	notifikasi_routes,
	NULL,
	NULL,
	notifikasi_nav,
};
