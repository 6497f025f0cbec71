/* module.c: the permohonan module's declaration (kernel/module.h). */
#include <stddef.h>
#include <time.h>

#include "http/pages.h"
#include "ui.h"
#include "http/route.h"
#include "kernel/module.h"
#include "mod/akun/account.h"
#include "mod/permohonan/permohonan.h"

static const struct route permohonan_routes[] = {
	{ "/layanan/*/ajukan", REQ_GET, R_LOGIN, ROLE_WARGA, page_apply },
	{ "/layanan/*/ajukan", REQ_POST, R_LOGIN, ROLE_WARGA, page_apply_post },
	{ "/permohonan", REQ_GET, R_LOGIN, ROLE_WARGA, page_my_apps },
	{ "/permohonan/*", REQ_GET, R_LOGIN, 0, page_my_app },
	{ "/permohonan/*/bukti", REQ_GET, R_LOGIN, ROLE_WARGA,
	    page_permohonan_bukti },
	{ "/permohonan/*/tindakan", REQ_POST, R_LOGIN, ROLE_WARGA,
	    page_permohonan_saya_act },
	{ "/permohonan/*/*/*/*", REQ_GET, R_LOGIN, 0, page_permohonan_slashes },
	{ "/petugas/permohonan/*/*/*/*", REQ_GET, R_LOGIN, ROLE_STAFF,
	    page_permohonan_slashes },
	{ "/petugas", REQ_GET, R_LOGIN, ROLE_STAFF, page_inbox },
	{ "/petugas/permohonan.csv", REQ_GET, R_LOGIN, ROLE_STAFF,
	    page_inbox_csv },
	{ "/petugas/verifikasi", REQ_POST, R_LOGIN, ROLE_STAFF,
	    page_inbox_verify },
	{ "/petugas/loket", REQ_GET, R_LOGIN, ROLE_OPERATOR, page_loket },
	{ "/petugas/loket", REQ_POST, R_LOGIN, ROLE_OPERATOR, page_loket_post },
	{ "/petugas/permohonan/*", REQ_GET, R_LOGIN, ROLE_STAFF,
	    page_officer_app },
	{ "/petugas/permohonan/*/tindakan", REQ_POST, R_LOGIN, ROLE_STAFF,
	    page_officer_act },
	{ "/lacak", REQ_GET, 0, 0, page_track },
	{ "/lacak/*", REQ_GET, 0, 0, page_track_item },
	{ "/api/v1/permohonan", REQ_GET, R_API | R_LOGIN, 0,
	    api_permohonan_list },
	{ "/api/v1/permohonan", REQ_POST, R_API | R_LOGIN, 0,
	    api_permohonan_create },
	{ "/api/v1/permohonan/*", REQ_GET, R_API | R_LOGIN, 0,
	    api_permohonan_get },
	{ "/api/v1/permohonan/*/tindakan", REQ_POST, R_API | R_LOGIN, 0,
	    api_permohonan_act },
	{ "/api/v1/permohonan/*/berkas/*", REQ_GET, R_API | R_LOGIN, 0,
	    api_permohonan_doc },
	{ "/api/v1/permohonan/*/*/*/*", REQ_GET, R_API | R_LOGIN, 0,
	    api_permohonan_get4 },
	{ "/api/v1/permohonan/*/*/*/*/tindakan", REQ_POST, R_API | R_LOGIN, 0,
	    api_permohonan_act4 },
	{ "/api/v1/lacak/*", REQ_GET, R_API, 0, api_track },
	{ NULL, 0, 0, 0, NULL }
};

static int
permohonan_job_eskalasi(struct store *s, const char *data_dir, time_t now)
{
	(void)data_dir;
	return permohonan_tick(s, now);
}

static const struct job permohonan_jobs[] = {
	{ "permohonan.eskalasi", permohonan_job_eskalasi }, { NULL, NULL }
};

/* Its links in the page header (kernel/module.h). */
static const struct nav permohonan_nav[] = {
	{ NAV_USER, 10, "/permohonan", M_NAV_PERMOHONAN, ROLE_WARGA, NULL },
	{ NAV_USER, 20, "/petugas", M_NAV_KOTAK_MASUK, ROLE_STAFF, NULL },
	{ NAV_FOOT, 10, "/lacak", M_NAV_LACAK, 0, NULL },
	{ 0, 0, NULL, 0, 0, NULL }
};

const struct module mod_permohonan = {
	"permohonan",
	permohonan_routes,
	permohonan_jobs,
	NULL,
	permohonan_nav,
};
