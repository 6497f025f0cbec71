/* module.c: the pengaduan module's declaration (kernel/module.h). */
#include <stddef.h>
#include <time.h>

#include "http/pages.h"
#include "ui.h"
#include "http/route.h"
#include "kernel/module.h"
#include "mod/akun/account.h"
#include "mod/pengaduan/pengaduan.h"

static const struct route pengaduan_routes[] = {
	{ "/pengaduan", REQ_GET, R_CACHE, 0, page_pengaduan_public },
	{ "/pengaduan.csv", REQ_GET, 0, 0, page_pengaduan_csv },
	{ "/pengaduan/lacak", REQ_GET, 0, 0, page_pengaduan_track },
	{ "/pengaduan/baru", REQ_GET, R_LOGIN, ROLE_WARGA, page_pengaduan_new },
	{ "/pengaduan/baru", REQ_POST, R_LOGIN, ROLE_WARGA,
	    page_pengaduan_new_post },
	{ "/pengaduan/saya", REQ_GET, R_LOGIN, ROLE_WARGA,
	    page_pengaduan_mine },
	{ "/pengaduan/kelola", REQ_GET, R_LOGIN, ROLE_STAFF,
	    page_pengaduan_inbox },
	{ "/pengaduan/*", REQ_GET, R_LOGIN, 0, page_pengaduan_item },
	{ "/pengaduan/*/tindakan", REQ_POST, R_LOGIN, 0, page_pengaduan_act },
	{ "/pengaduan/*/berkas/*", REQ_GET, R_LOGIN, 0, page_pengaduan_file },
	{ "/api/v1/pengaduan", REQ_GET, R_API | R_LOGIN, 0,
	    api_pengaduan_list },
	{ "/api/v1/pengaduan", REQ_POST, R_API | R_LOGIN, 0,
	    api_pengaduan_create },
	{ "/api/v1/pengaduan/publik", REQ_GET, R_API, 0, api_pengaduan_public },
	{ "/api/v1/pengaduan/*", REQ_GET, R_API | R_LOGIN, 0,
	    api_pengaduan_get },
	{ "/api/v1/pengaduan/*/tindakan", REQ_POST, R_API | R_LOGIN, 0,
	    api_pengaduan_act },
	{ NULL, 0, 0, 0, NULL }
};

static int
pengaduan_job_tenggat(struct store *s, const char *data_dir, time_t now)
{
	(void)data_dir;
	return pengaduan_tick(s, now);
}

static const struct job pengaduan_jobs[] = {
	{ "pengaduan.tenggat", pengaduan_job_tenggat }, { NULL, NULL }
};

/* Its links in the page header (kernel/module.h). */
static const struct nav pengaduan_nav[] = { { NAV_MAIN, 40, "/pengaduan",
						M_NAV_PENGADUAN, 0, NULL },
	{ NAV_STAFF, 20, "/pengaduan/kelola", M_NAV_PENGADUAN_KELOLA,
	    ROLE_STAFF, NULL },
	{ 0, 0, NULL, 0, 0, NULL } };

const struct module mod_pengaduan = {
	"pengaduan",
	pengaduan_routes,
	pengaduan_jobs,
	NULL,
	pengaduan_nav,
};
