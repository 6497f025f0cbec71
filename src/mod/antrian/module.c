/* module.c: the antrian module's declaration (kernel/module.h). */
#include <stddef.h>
#include <time.h>

#include "http/route.h"
#include "kernel/module.h"
#include "mod/akun/account.h"
#include "antrian.h"
#include "ui.h"

static const struct route antrian_routes[] = {
	/* a kiosk's Bearer token is checked by the handler; without one
	   the call is throttled per address */
	{ "/api/v1/antrian/tiket", REQ_POST, R_API, 0, api_antrian_tiket },
	{ "/api/v1/antrian/tiket/*", REQ_GET, R_API, 0, api_antrian_tiket_get },
	{ "/api/v1/antrian/panggil", REQ_POST, R_API | R_LOGIN,
	    ROLE_PETUGAS_LOKET, api_antrian_panggil },
	{ "/api/v1/antrian/aksi", REQ_POST, R_API | R_LOGIN, ROLE_PETUGAS_LOKET,
	    api_antrian_aksi },
	{ "/api/v1/antrian/jeda", REQ_POST, R_API | R_LOGIN, ROLE_PETUGAS_LOKET,
	    api_antrian_jeda },
	{ "/api/v1/antrian/pesan", REQ_POST, R_API | R_LOGIN, ROLE_WARGA,
	    api_antrian_pesan },
	{ "/api/v1/antrian/pesan/*", REQ_GET, R_API | R_LOGIN, 0,
	    api_antrian_pesan_get },
	{ "/api/v1/antrian/pesan/*/batal", REQ_POST, R_API | R_LOGIN, 0,
	    api_antrian_pesan_batal },
	{ "/api/v1/antrian/checkin", REQ_POST, R_API, 0, api_antrian_checkin },
	{ "/data/antrian.csv", REQ_GET, 0, 0, page_antrian_csv },
	{ "/antrian/layar/*", REQ_GET, 0, 0, page_antrian_layar },
	{ "/antrian/layar/*/acara", REQ_GET, 0, 0, page_antrian_acara },
	{ "/antrian/suara/*/*", REQ_GET, 0, 0, page_antrian_suara },
	{ "/antrian/kiosk/*", REQ_GET, 0, 0, page_antrian_kiosk },
	{ "/antrian/kiosk/*", REQ_POST, 0, 0, page_antrian_kiosk_ambil },
	{ "/antrian/kiosk/*/checkin", REQ_POST, 0, 0,
	    page_antrian_kiosk_checkin },
	{ "/antrian", REQ_GET, 0, 0, page_antrian_pesan },
	{ "/antrian", REQ_POST, R_LOGIN, ROLE_WARGA, page_antrian_pesan_buat },
	{ "/antrian/pesan/*", REQ_GET, R_LOGIN, 0, page_antrian_pesanan },
	{ "/antrian/pesan/*/batal", REQ_POST, R_LOGIN, 0,
	    page_antrian_pesanan_batal },
	{ "/antrian/tiket/*", REQ_GET, 0, 0, page_antrian_tiket },
	{ "/antrian/tiket/*/struk", REQ_GET, 0, 0, page_antrian_struk },
	{ "/antrian/loket", REQ_GET, R_LOGIN, ROLE_PETUGAS_LOKET,
	    page_antrian_loket_list },
	{ "/antrian/loket/*/*", REQ_GET, R_LOGIN, ROLE_PETUGAS_LOKET,
	    page_antrian_loket },
	{ "/antrian/loket/*/*", REQ_POST, R_LOGIN, ROLE_PETUGAS_LOKET,
	    page_antrian_loket_aksi },
	/* unit admins pass the role check; atur.c checks the owning unit */
	{ "/admin/antrian", REQ_GET, R_LOGIN, ROLE_ADMINS,
	    page_antrian_atur_list },
	{ "/admin/antrian/*", REQ_GET, R_LOGIN, ROLE_ADMINS,
	    page_antrian_atur },
	{ "/admin/antrian/*", REQ_POST, R_LOGIN, ROLE_ADMINS,
	    page_antrian_atur_lokasi },
	{ "/admin/antrian/*/layanan/*", REQ_POST, R_LOGIN, ROLE_ADMINS,
	    page_antrian_atur_layanan },
	{ NULL, 0, 0, 0, NULL }
};

static const struct job antrian_jobs[] = {
	{ "antrian.kedaluwarsa", antrian_pesan_tick }, { NULL, NULL }
};

static const struct nav antrian_nav[] = { { NAV_USER, 35, "/antrian/loket",
					      M_NAV_ANTRIAN_LOKET,
					      ROLE_PETUGAS_LOKET, NULL },
	{ NAV_STAFF, 77, "/admin/antrian", M_NAV_ADMIN_ANTRIAN, ROLE_ADMINS,
	    NULL },
	{ 0, 0, NULL, 0, 0, NULL } };

const struct module mod_antrian = {
	"antrian",
	antrian_routes,
	antrian_jobs,
	NULL,
	antrian_nav,
};
