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
	{ "/pki/crl", REQ_GET, 0, 0, page_pki_crl },
	{ "/pki/ca", REQ_GET, 0, 0, page_pki_ca },
	{ "/pki/root", REQ_GET, 0, 0, page_pki_root },
	{ "/tsa", REQ_POST, R_NOCSRF, 0, page_tsa },
	{ "/admin/penandatangan", REQ_GET, R_LOGIN, ROLE_ADMINS,
	    page_admin_signers },
	{ "/admin/penandatangan/daftar", REQ_POST, R_LOGIN, ROLE_ADMINS,
	    page_admin_signer_enrol },
	{ "/admin/penandatangan/cabut", REQ_POST, R_LOGIN, ROLE_ADMINS,
	    page_admin_signer_revoke },
	/* === end H1 === */

	/* === H2 pades: PDF letters, PAdES, verify (issue 4) === */
	/* === end H2 === */

	/* === H3 dokumen: documents, signing, verification pages (issue 4) === */
	{ "/v/*", REQ_GET, 0, 0, page_verif },
	{ "/v/*", REQ_POST, 0, 0, page_verif_upload },
	{ "/verifikasi", REQ_GET, 0, 0, page_verif_home },
	{ "/verifikasi", REQ_POST, 0, 0, page_verif_upload_any },
	{ "/api/v1/verifikasi/*", REQ_GET, R_API, 0, api_verif },
	{ "/api/v1/permohonan/*/dokumen", REQ_GET, R_API | R_LOGIN, 0,
	    api_app_dokumen },
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
	{ "/admin/surat", REQ_GET, R_LOGIN, ROLE_ADMINS, page_admin_surat },
	{ "/admin/surat/*", REQ_GET, R_LOGIN, ROLE_ADMINS,
	    page_admin_surat_edit },
	{ "/admin/surat/*", REQ_POST, R_LOGIN, ROLE_ADMINS,
	    page_admin_surat_save },
	{ "/admin/surat-format", REQ_POST, R_LOGIN, ROLE_ADMINS,
	    page_admin_surat_format },
	/* === end H3 === */

	/* === H4 spbe: SPBE index (issue 5) === */
#define SPBE_ROLES (ROLE_KOORDINATOR_SPBE | ROLE_ADMINS)
	{ "/spbe", REQ_GET, R_CACHE, 0, page_spbe_public },
	{ "/spbe/penilaian", REQ_GET, R_LOGIN, SPBE_ROLES, page_spbe_list },
	{ "/spbe/penilaian", REQ_POST, R_LOGIN, SPBE_ROLES, page_spbe_create },
	{ "/spbe/penilaian/*", REQ_GET, R_LOGIN, SPBE_ROLES, page_spbe_view },
	{ "/spbe/penilaian/*/simulasi", REQ_GET, R_LOGIN, SPBE_ROLES,
	    page_spbe_whatif },
	{ "/spbe/penilaian/*/indikator/*", REQ_GET, R_LOGIN, SPBE_ROLES,
	    page_spbe_ind },
	{ "/spbe/penilaian/*/indikator/*", REQ_POST, R_LOGIN, SPBE_ROLES,
	    page_spbe_ind_save },
	{ "/spbe/penilaian/*/indikator/*/bukti", REQ_POST, R_LOGIN, SPBE_ROLES,
	    page_spbe_ind_bukti },
	{ "/spbe/penilaian/*/indikator/*/minta", REQ_POST, R_LOGIN, SPBE_ROLES,
	    page_spbe_ind_request },
	{ "/spbe/penilaian/*/*", REQ_POST, R_LOGIN, SPBE_ROLES, page_spbe_act },
	{ "/spbe/permintaan", REQ_GET, R_LOGIN, ROLE_STAFF,
	    page_spbe_requests },
	{ "/spbe/permintaan/*", REQ_POST, R_LOGIN, ROLE_STAFF,
	    page_spbe_request_upload },
	{ "/spbe/berkas/*", REQ_GET, R_LOGIN, ROLE_STAFF, page_spbe_file },
	/* === end H4 === */

	/* === H5 pengaduan: complaints (issue 6) === */
	{ "/pengaduan", REQ_GET, R_CACHE, 0, page_adu_public },
	{ "/pengaduan.csv", REQ_GET, 0, 0, page_adu_csv },
	{ "/pengaduan/lacak", REQ_GET, 0, 0, page_adu_track },
	{ "/pengaduan/baru", REQ_GET, R_LOGIN, ROLE_WARGA, page_adu_new },
	{ "/pengaduan/baru", REQ_POST, R_LOGIN, ROLE_WARGA, page_adu_new_post },
	{ "/pengaduan/saya", REQ_GET, R_LOGIN, ROLE_WARGA, page_adu_mine },
	{ "/pengaduan/kelola", REQ_GET, R_LOGIN, ROLE_STAFF, page_adu_inbox },
	{ "/pengaduan/*", REQ_GET, R_LOGIN, 0, page_adu_item },
	{ "/pengaduan/*/tindakan", REQ_POST, R_LOGIN, 0, page_adu_act },
	{ "/pengaduan/*/berkas/*", REQ_GET, R_LOGIN, 0, page_adu_file },
	{ "/api/v1/pengaduan", REQ_GET, R_API | R_LOGIN, 0, api_pengaduan_list },
	{ "/api/v1/pengaduan", REQ_POST, R_API | R_LOGIN, 0,
	    api_pengaduan_create },
	{ "/api/v1/pengaduan/publik", REQ_GET, R_API, 0, api_pengaduan_public },
	{ "/api/v1/pengaduan/*", REQ_GET, R_API | R_LOGIN, 0, api_pengaduan_get },
	{ "/api/v1/pengaduan/*/tindakan", REQ_POST, R_API | R_LOGIN, 0,
	    api_pengaduan_act },
	/* === end H5 === */

	/* === H6 ikm: survey/IKM, announcements (issue 6) === */
	{ "/survei", REQ_GET, R_LOGIN, ROLE_WARGA, page_survei_list },
	{ "/survei/*", REQ_GET, R_LOGIN, ROLE_WARGA, page_survei },
	{ "/survei/*", REQ_POST, R_LOGIN, ROLE_WARGA, page_survei_post },
	{ "/petugas/survei", REQ_GET, R_LOGIN, ROLE_OPERATOR | ROLE_VERIFIKATOR |
	    ROLE_KEPALA | ROLE_ADMIN, page_survei_paper },
	{ "/petugas/survei", REQ_POST, R_LOGIN, ROLE_OPERATOR |
	    ROLE_VERIFIKATOR | ROLE_KEPALA | ROLE_ADMIN, page_survei_paper_post },
	{ "/ikm", REQ_GET, R_CACHE, 0, page_ikm },
	{ "/data/ikm.csv", REQ_GET, 0, 0, page_ikm_csv },
	{ "/pengumuman", REQ_GET, R_CACHE, 0, page_pengumuman_list },
	{ "/pengumuman.atom", REQ_GET, R_CACHE, 0, page_pengumuman_atom },
	{ "/pengumuman/*", REQ_GET, R_CACHE, 0, page_pengumuman_item },
	{ "/petugas/pengumuman", REQ_GET, R_LOGIN, ROLE_ADMIN | ROLE_OPERATOR |
	    ROLE_KEPALA, page_pengumuman_staff },
	{ "/petugas/pengumuman", REQ_POST, R_LOGIN, ROLE_ADMIN | ROLE_OPERATOR |
	    ROLE_KEPALA, page_pengumuman_create },
	{ "/petugas/pengumuman/*", REQ_GET, R_LOGIN, ROLE_ADMIN | ROLE_OPERATOR |
	    ROLE_KEPALA, page_pengumuman_edit },
	{ "/petugas/pengumuman/*", REQ_POST, R_LOGIN, ROLE_ADMIN |
	    ROLE_OPERATOR | ROLE_KEPALA, page_pengumuman_save },
	{ "/petugas/pengumuman/*/terbit", REQ_POST, R_LOGIN, ROLE_ADMIN |
	    ROLE_OPERATOR | ROLE_KEPALA, page_pengumuman_publish },
	{ "/petugas/pengumuman/*/tarik", REQ_POST, R_LOGIN, ROLE_ADMIN |
	    ROLE_OPERATOR | ROLE_KEPALA, page_pengumuman_withdraw },
	/* === end H6 === */

	/* === H7 log: transparency log (issue 7) === */
	{ "/log", REQ_GET, 0, 0, page_log },
	{ "/log/checkpoint", REQ_GET, R_API, 0, page_log_checkpoint },
	{ "/log/kunci", REQ_GET, R_API, 0, page_log_kunci },
	{ "/log/entri", REQ_GET, R_API, 0, page_log_entri },
	{ "/log/bukti-inklusi", REQ_GET, R_API, 0, page_log_inclusion },
	{ "/log/bukti-konsistensi", REQ_GET, R_API, 0, page_log_consistency },
	{ "/inspektorat/sampel", REQ_GET, R_LOGIN,
	    ROLE_INSPEKTORAT | ROLE_SUPERADMIN, page_sampel },
	{ "/inspektorat/sampel", REQ_POST, R_LOGIN,
	    ROLE_INSPEKTORAT | ROLE_SUPERADMIN, page_sampel_commit },
	{ "/inspektorat/sampel/buka", REQ_POST, R_LOGIN,
	    ROLE_INSPEKTORAT | ROLE_SUPERADMIN, page_sampel_reveal },
	/* === end H7 === */

	/* === H8 kinerja: performance (issue 7) === */
	{ "/kinerja", REQ_GET, 0, 0, page_kinerja },
	{ "/kinerja/eksekutif", REQ_GET, R_LOGIN, ROLE_PIMPINAN | ROLE_SUPERADMIN,
	    page_kinerja_eksekutif },
	{ "/kinerja/*", REQ_GET, 0, 0, page_kinerja_unit },
	{ "/data/kinerja.csv", REQ_GET, 0, 0, page_kinerja_csv },
	{ "/data/kamus", REQ_GET, R_CACHE, 0, page_kinerja_kamus },
	{ "/api/v1/kinerja", REQ_GET, R_API, 0, api_kinerja },
	/* === end H8 === */

	/* === H9 audit: audit chain, data-access log, Inspektorat (issue 7) === */
	{ "/akun/akses-data", REQ_GET, R_LOGIN, ROLE_WARGA, page_akses },
	{ "/akun/akses-data/*/sengketa", REQ_POST, R_LOGIN, ROLE_WARGA,
	    page_akses_dispute },
	{ "/api/v1/akses-data", REQ_GET, R_API | R_LOGIN, ROLE_WARGA, api_akses },
	{ "/inspektorat", REQ_GET, R_LOGIN, ROLE_INSPEKTORAT | ROLE_SUPERADMIN,
	    page_inspektorat },
	{ "/inspektorat/kasus/*", REQ_GET, R_LOGIN,
	    ROLE_INSPEKTORAT | ROLE_SUPERADMIN, page_inspektorat_kasus },
	{ "/inspektorat/kasus/*/ambil", REQ_POST, R_LOGIN,
	    ROLE_INSPEKTORAT | ROLE_SUPERADMIN, page_inspektorat_take },
	{ "/inspektorat/kasus/*/catatan", REQ_POST, R_LOGIN,
	    ROLE_INSPEKTORAT | ROLE_SUPERADMIN, page_inspektorat_note },
	{ "/inspektorat/kasus/*/tutup", REQ_POST, R_LOGIN,
	    ROLE_INSPEKTORAT | ROLE_SUPERADMIN, page_inspektorat_close },
	/* === end H9 === */

	/* --- NIK verification (issue 12 item 5): pages/nik.c --- */
	{ "/petugas/nik", REQ_GET, R_LOGIN, ROLE_OPERATOR | ROLE_VERIFIKATOR,
	    page_nik },
	{ "/petugas/nik/verifikasi", REQ_POST, R_LOGIN,
	    ROLE_OPERATOR | ROLE_VERIFIKATOR, page_nik_verify },
	{ "/petugas/nik/ambil-alih", REQ_POST, R_LOGIN,
	    ROLE_OPERATOR | ROLE_VERIFIKATOR, page_nik_takeover },

	{ NULL, 0, 0, 0, NULL }
};
