/* routes.c: the route table.  The first route matching path and method wins. */
#include <stddef.h>

#include "../domain/account.h"
#include "pages.h"
#include "route.h"

const struct route routes[] = {
	/* --- home, assets --- */
	{ "/", REQ_GET, R_CACHE, 0, page_home },
	{ "/aset/*", REQ_GET, 0, 0, page_asset },

	/* --- catalog and regions (pages/catalog.c, pages/wilayah.c) --- */
	{ "/layanan", REQ_GET, R_CACHE, 0, page_catalog },
	{ "/layanan/*", REQ_GET, R_CACHE, 0, page_catalog_item },
	{ "/wilayah", REQ_GET, R_CACHE, 0, page_wilayah },
	{ "/wilayah/*", REQ_GET, R_CACHE, 0, page_wilayah_item },
	{ "/admin", REQ_GET, R_LOGIN, ROLE_ADMINS, page_admin },
	{ "/admin/layanan", REQ_GET, R_LOGIN, ROLE_ADMINS, page_admin_catalog },
	{ "/admin/layanan/*", REQ_GET, R_LOGIN, ROLE_ADMINS,
	    page_admin_catalog_edit },
	{ "/admin/layanan/*", REQ_POST, R_LOGIN, ROLE_ADMINS,
	    page_admin_catalog_save },
	{ "/admin/unit", REQ_GET, R_LOGIN, ROLE_ADMINS, page_admin_units },
	{ "/api/v1/layanan", REQ_GET, R_API, 0, api_catalog_list },
	{ "/api/v1/layanan/*", REQ_GET, R_API, 0, api_catalog_item },
	{ "/api/v1/wilayah", REQ_GET, R_API, 0, api_wilayah },

	/* --- accounts (pages/auth.c, pages/account.c) --- */
	{ "/masuk", REQ_GET, 0, 0, page_login },
	{ "/masuk", REQ_POST, 0, 0, page_login_post },
	{ "/daftar", REQ_GET, 0, 0, page_signup },
	{ "/daftar", REQ_POST, 0, 0, page_signup_post },
	{ "/keluar", REQ_POST, 0, 0, page_logout },
	{ "/akun", REQ_GET, R_LOGIN, 0, page_account },
	{ "/akun/sandi", REQ_POST, R_LOGIN, 0, page_account_password },
	{ "/akun/keluar-semua", REQ_POST, R_LOGIN, 0, page_account_logout_all },

	/* --- admin (pages/admin_*.c) --- */
	{ "/admin/akun", REQ_GET, R_LOGIN, ROLE_ADMINS, page_admin_accounts },
	{ "/admin/akun", REQ_POST, R_LOGIN, ROLE_ADMINS,
	    page_admin_account_create },
	{ "/admin/akun/*", REQ_GET, R_LOGIN, ROLE_ADMINS, page_admin_account },
	{ "/admin/akun/*/nonaktif", REQ_POST, R_LOGIN, ROLE_ADMINS,
	    page_admin_account_disable },
	{ "/admin/akun/*/aktif", REQ_POST, R_LOGIN, ROLE_ADMINS,
	    page_admin_account_enable },
	{ "/admin/akun/*/reset", REQ_POST, R_LOGIN, ROLE_ADMINS,
	    page_admin_account_reset },

	/* --- JSON API v1 --- */
	{ "/api/v1/sesi", REQ_POST, R_API | R_NOCSRF, 0, api_session_create },
	{ "/api/v1/pengguna", REQ_GET, R_API | R_LOGIN, ROLE_ADMINS, api_users },

	/*
	 * --- application pages (pages/apply.c, my_applications.c,
	 * officer.c, documents.c, track.c, notifications.c) ---
	 */
	{ "/layanan/*/ajukan", REQ_GET, R_LOGIN, ROLE_WARGA, page_apply },
	{ "/layanan/*/ajukan", REQ_POST, R_LOGIN, ROLE_WARGA, page_apply_post },
	{ "/permohonan", REQ_GET, R_LOGIN, ROLE_WARGA, page_my_apps },
	{ "/permohonan/*", REQ_GET, R_LOGIN, 0, page_my_app },
	{ "/permohonan/*/tindakan", REQ_POST, R_LOGIN, ROLE_WARGA,
	    page_my_app_act },
	{ "/permohonan/*/*/*/*", REQ_GET, R_LOGIN, 0, page_app_slashes },
	{ "/petugas/permohonan/*/*/*/*", REQ_GET, R_LOGIN, ROLE_STAFF,
	    page_app_slashes },
	{ "/petugas", REQ_GET, R_LOGIN, ROLE_STAFF, page_inbox },
	{ "/petugas/permohonan/*", REQ_GET, R_LOGIN, ROLE_STAFF,
	    page_officer_app },
	{ "/petugas/permohonan/*/tindakan", REQ_POST, R_LOGIN, ROLE_STAFF,
	    page_officer_act },
	{ "/berkas/*/*", REQ_GET, R_LOGIN, 0, page_document },
	{ "/lacak", REQ_GET, 0, 0, page_track },
	{ "/lacak/*", REQ_GET, 0, 0, page_track_item },
	{ "/notifikasi", REQ_GET, R_LOGIN, 0, page_notifications },
	{ "/notifikasi/baca", REQ_POST, R_LOGIN, 0, page_notifications_read },

	/* --- workflows and holidays (pages/admin_workflow.c, admin_holidays.c) --- */
	{ "/admin/alur", REQ_GET, R_LOGIN, ROLE_ADMINS, page_admin_workflows },
	{ "/admin/alur/*", REQ_GET, R_LOGIN, ROLE_ADMINS, page_admin_workflow },
	{ "/admin/alur/*", REQ_POST, R_LOGIN, ROLE_ADMINS,
	    page_admin_workflow_save },
	{ "/admin/libur", REQ_GET, R_LOGIN, ROLE_ADMINS, page_admin_holidays },
	{ "/admin/libur", REQ_POST, R_LOGIN, ROLE_ADMINS,
	    page_admin_holiday_add },
	{ "/admin/libur/*/hapus", REQ_POST, R_LOGIN, ROLE_ADMINS,
	    page_admin_holiday_delete },

	/* --- applications API (pages/api_application.c) --- */
	{ "/api/v1/permohonan", REQ_GET, R_API | R_LOGIN, 0,
	    api_application_list },
	{ "/api/v1/permohonan", REQ_POST, R_API | R_LOGIN, 0,
	    api_application_create },
	{ "/api/v1/permohonan/*", REQ_GET, R_API | R_LOGIN, 0,
	    api_application_get },
	{ "/api/v1/permohonan/*/tindakan", REQ_POST, R_API | R_LOGIN, 0,
	    api_application_act },
	{ "/api/v1/permohonan/*/berkas/*", REQ_GET, R_API | R_LOGIN, 0,
	    api_application_doc },
	{ "/api/v1/permohonan/*/*/*/*", REQ_GET, R_API | R_LOGIN, 0,
	    api_application_get4 },
	{ "/api/v1/permohonan/*/*/*/*/tindakan", REQ_POST, R_API | R_LOGIN, 0,
	    api_application_act4 },
	{ "/api/v1/lacak/*", REQ_GET, R_API, 0, api_track },

	/* === H1 pki: PKI, TSA (issue 4) === */
	/* === end H1 === */

	/* === H2 pades: PDF letters, PAdES, verify (issue 4) === */
	/* === end H2 === */

	/* === H3 dokumen: documents, signing, verification pages (issue 4) === */
	/* === end H3 === */

	/* === H4 spbe: SPBE index (issue 5) === */
	/* === end H4 === */

	/* === H5 pengaduan: complaints (issue 6) === */
	/* === end H5 === */

	/* === H6 ikm: survey/IKM, announcements (issue 6) === */
	/* === end H6 === */

	/* === H7 log: transparency log (issue 7) === */
	/* === end H7 === */

	/* === H8 kinerja: performance (issue 7) === */
	/* === end H8 === */

	/* === H9 audit: audit chain, data-access log, Inspektorat (issue 7) === */
	/* === end H9 === */

	{ NULL, 0, 0, 0, NULL }
};
