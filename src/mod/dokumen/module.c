/* module.c: the dokumen module's declaration (kernel/module.h). */
#include <stddef.h>
#include <time.h>

#include "http/pages.h"
#include "ui.h"
#include "http/route.h"
#include "kernel/module.h"
#include "mod/akun/account.h"

static const struct route dokumen_routes[] = { { "/v/*", REQ_GET, R_CACHE, 0,
						   page_verif },
	{ "/v/*", REQ_POST, 0, 0, page_verif_upload },
	{ "/verifikasi", REQ_GET, 0, 0, page_verif_home },
	{ "/verifikasi", REQ_POST, 0, 0, page_verif_upload_any },
	{ "/api/v1/verifikasi/*", REQ_GET, R_API, 0, api_verif },
	{ "/api/v1/permohonan/*/dokumen", REQ_GET, R_API | R_LOGIN, 0,
	    api_permohonan_dokumen },
	{ "/api/v1/permohonan/*/*/*/*/dokumen", REQ_GET, R_API | R_LOGIN, 0,
	    api_app_dokumen4 },
	{ "/api/v1/permohonan/*/pratinjau", REQ_GET, R_API | R_LOGIN,
	    ROLE_STAFF, api_dok_preview },
	{ "/api/v1/permohonan/*/*/*/*/pratinjau", REQ_GET, R_API | R_LOGIN,
	    ROLE_STAFF, api_dok_preview4 },
	{ "/petugas/permohonan/*/pratinjau", REQ_GET, R_LOGIN, ROLE_STAFF,
	    page_dok_preview },
	{ "/api/v1/dokumen/*/cabut", REQ_POST, R_API | R_LOGIN, ROLE_STAFF,
	    api_dok_revoke },
	{ "/api/v1/dokumen/*/ganti", REQ_POST, R_API | R_LOGIN, ROLE_STAFF,
	    api_dok_supersede },
	{ "/dokumen/*/unduh", REQ_GET, R_LOGIN, 0, page_dok_download },
	{ "/dokumen/*/kelola", REQ_GET, R_LOGIN, ROLE_STAFF, page_dok_manage },
	{ "/dokumen/*/cabut", REQ_POST, R_LOGIN, ROLE_STAFF, page_dok_revoke },
	{ "/dokumen/*/ganti", REQ_POST, R_LOGIN, ROLE_STAFF,
	    page_dok_supersede },
	{ "/admin/dokumen", REQ_GET, R_LOGIN, ROLE_ADMINS, page_admin_docs },
	{ "/petugas/agenda", REQ_GET, R_LOGIN, ROLE_STAFF, page_agenda },
	{ "/petugas/agenda.csv", REQ_GET, R_LOGIN, ROLE_STAFF,
	    page_agenda_csv },
	{ "/petugas/agenda.xlsx", REQ_GET, R_LOGIN, ROLE_STAFF,
	    page_agenda_xlsx },
	{ "/admin/surat", REQ_GET, R_LOGIN, ROLE_ADMINS, page_admin_surat },
	{ "/admin/surat/*", REQ_GET, R_LOGIN, ROLE_ADMINS,
	    page_admin_surat_edit },
	{ "/admin/surat/*", REQ_POST, R_LOGIN, ROLE_ADMINS,
	    page_admin_surat_save },
	{ "/admin/surat-format", REQ_POST, R_LOGIN, ROLE_ADMINS,
	    page_admin_surat_format },
	{ NULL, 0, 0, 0, NULL } };

/* Its links (kernel/module.h): the public check in every page's footer. */
static const struct nav dokumen_nav[] = { { NAV_FOOT, 20, "/verifikasi",
					      M_NAV_VERIFIKASI, 0, NULL },
	{ NAV_STAFF, 60, "/admin/surat", M_NAV_ADMIN_SURAT, ROLE_ADMINS, NULL },
	{ NAV_STAFF, 70, "/admin/dokumen", M_NAV_ADMIN_DOKUMEN, ROLE_ADMINS,
	    NULL },
	{ 0, 0, NULL, 0, 0, NULL } };

const struct module mod_dokumen = {
	"dokumen",
	dokumen_routes,
	NULL,
	NULL,
	dokumen_nav,
};
