/* module.c: the perizinan module's declaration (kernel/module.h). */
#include <stddef.h>
#include <time.h>

#include "http/route.h"
#include "kernel/module.h"
#include "mod/akun/account.h"
#include "proses.h"
#include "ui.h"

static const struct route perizinan_routes[] = { { "/api/v1/kbli", REQ_GET,
						     R_API, 0, api_kbli_list },
	{ "/api/v1/kbli/*", REQ_GET, R_API, 0, api_kbli_item },
	{ "/api/v1/izin", REQ_GET, R_API, 0, api_izin_list },
	{ "/api/v1/izin/rekap", REQ_GET, R_API, 0, api_izin_rekap },
	{ "/data/izin.csv", REQ_GET, 0, 0, page_izin_csv },
	{ "/api/v1/perizinan/jenis", REQ_GET, R_API, 0, api_perizinan_jenis },
	{ "/api/v1/perizinan/biaya", REQ_GET, R_API, 0, api_perizinan_biaya },
	{ "/izin", REQ_GET, 0, 0, page_izin },
	{ "/perizinan", REQ_GET, 0, 0, page_perizinan },
	{ "/api/v1/perizinan/skrd", REQ_POST, R_API | R_LOGIN, ROLE_STAFF,
	    api_perizinan_skrd },
	{ "/api/v1/perizinan/bayar", REQ_POST, R_API | R_LOGIN, ROLE_STAFF,
	    api_perizinan_bayar },
	{ "/api/v1/perizinan/permohonan", REQ_GET, R_API | R_LOGIN, 0,
	    api_perizinan_permohonan },
	{ "/api/v1/perizinan/kinerja", REQ_GET, R_API, 0,
	    api_perizinan_kinerja },
	{ "/perizinan/skrd", REQ_GET, R_LOGIN, 0, page_perizinan_skrd },
	{ "/perizinan/status", REQ_GET, R_LOGIN, 0, page_perizinan_status },
	{ "/perizinan/saya", REQ_GET, R_LOGIN, ROLE_WARGA,
	    page_perizinan_saya },
	{ "/perizinan/kelola", REQ_GET, R_LOGIN, ROLE_STAFF,
	    page_perizinan_kelola },
	{ "/perizinan/kelola", REQ_POST, R_LOGIN, ROLE_STAFF,
	    page_perizinan_kelola_post },
	{ "/akun/usaha", REQ_GET, R_LOGIN, ROLE_WARGA, page_usaha },
	{ "/akun/usaha", REQ_POST, R_LOGIN, ROLE_WARGA, page_usaha_post },
	{ NULL, 0, 0, 0, NULL } };

static const struct nav perizinan_nav[] = { { NAV_INFO, 45, "/perizinan",
						M_PERIZINAN_NAV, 0, NULL },
	{ NAV_INFO, 46, "/izin", M_IZIN_NAV, 0, NULL },
	{ 0, 0, NULL, 0, 0, NULL } };

static const struct job perizinan_jobs[] = { { "perizinan.tenggat",
						 perizinan_tenggat },
	{ "perizinan.pengingat", perizinan_pengingat }, { NULL, NULL } };

const struct module mod_perizinan = {
	"perizinan",
	perizinan_routes,
	perizinan_jobs,
	NULL,
	perizinan_nav,
};
