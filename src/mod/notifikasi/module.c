/* module.c: the notifikasi module's declaration (kernel/module.h). */
#include <stddef.h>
#include <time.h>

#include "http/hooks.h"
#include "http/pages.h"
#include "ui.h"
#include "http/route.h"
#include "kernel/module.h"
#include "mod/akun/account.h"
#include "mod/notifikasi/kirim.h"
#include "mod/notifikasi/notify.h"

static const struct route notifikasi_routes[] = {
	{ "/notifikasi", REQ_GET, R_LOGIN, 0, page_notifications },
	{ "/notifikasi/baca", REQ_POST, R_LOGIN, 0, page_notifications_read },
	{ "/lupa-sandi", REQ_GET, 0, 0, page_lupa },
	{ "/lupa-sandi", REQ_POST, 0, 0, page_lupa_post },
	{ "/lupa-sandi/atur", REQ_POST, 0, 0, page_lupa_atur },
	{ "/akun/notifikasi", REQ_GET, R_LOGIN, 0, page_akun_notif },
	{ "/akun/notifikasi/kode", REQ_POST, R_LOGIN, 0, page_akun_notif_kode },
	{ "/akun/notifikasi/verifikasi", REQ_POST, R_LOGIN, 0,
	    page_akun_notif_verif },
	{ "/akun/notifikasi/pilihan", REQ_POST, R_LOGIN, 0,
	    page_akun_notif_pilihan },
	{ "/admin/notifikasi", REQ_GET, R_LOGIN, ROLE_SUPERADMIN,
	    page_admin_notifikasi },
	{ "/admin/notifikasi/*/ulang", REQ_POST, R_LOGIN, ROLE_SUPERADMIN,
	    page_admin_notifikasi_ulang },
	{ "/admin/notifikasi/templat", REQ_GET, R_LOGIN, ROLE_SUPERADMIN,
	    page_admin_templat },
	{ "/admin/notifikasi/templat", REQ_POST, R_LOGIN, ROLE_SUPERADMIN,
	    page_admin_templat_post },
	{ "/data/notifikasi.csv", REQ_GET, 0, 0, page_data_notifikasi },
	{ "/api/v1/sandi/lupa", REQ_POST, R_API | R_NOCSRF, 0, api_sandi_lupa },
	{ "/api/v1/sandi/atur", REQ_POST, R_API | R_NOCSRF, 0, api_sandi_atur },
	{ "/api/v1/notifikasi/status/*", REQ_POST, R_API | R_NOCSRF, 0,
	    api_notifikasi_status },
	{ NULL, 0, 0, 0, NULL }
};

/* Delivery of the outbox every minute (DATA/kanal.conf; kirim.h). */
static const struct job notifikasi_jobs[] = { { "notifikasi.kirim", kirim_job },
	{ NULL, NULL } };

/* Its links in the page header (kernel/module.h). */
static const struct nav notifikasi_nav[] = {
	{ NAV_USER, 30, "/notifikasi", M_NAV_NOTIFIKASI, 0, notify_unread },
	{ 0, 0, NULL, 0, 0, NULL }
};

const struct module mod_notifikasi = {
	"notifikasi",
	notifikasi_routes,
	notifikasi_jobs,
	NULL,
	notifikasi_nav,
};
