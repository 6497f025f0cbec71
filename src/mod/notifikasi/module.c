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

static const struct http_hooks notifikasi_hooks = {
	.unread = notify_unread,
};

const struct module mod_notifikasi = {
	"notifikasi",
	notifikasi_routes,
	NULL,
	&notifikasi_hooks,
};
