/* pages.h: every page function the route table names. */
#ifndef PAMONG_PAGES_H
#define PAMONG_PAGES_H

#include "req.h"

/* home.c */
void	page_home(struct req *);
void	page_asset(struct req *);

/* --- catalog and regions --- */
struct layanan;
/* catalog.c */
void	page_catalog(struct req *);
void	page_catalog_item(struct req *);
void	api_catalog_list(struct req *);
void	api_catalog_item(struct req *);
/* Shared by the catalog, region and admin pages (escaped plain text). */
const char *layanan_level_label(const char *level);
void	layanan_fee_write(struct buf *, const struct layanan *);
void	layanan_sla_write(struct buf *, int days);
/*
 * One <li> of a service list, its name in an <hN> of level hlevel; where
 * names the local office (NULL: the OPD, or "every kampung/kecamatan").
 */
void	layanan_item_write(struct req *, const struct layanan *,
	    const char *where, int hlevel);
/* wilayah.c */
void	page_wilayah(struct req *);
void	page_wilayah_item(struct req *);
void	api_wilayah(struct req *);
/* admin_catalog.c */
void	page_admin(struct req *);
void	page_admin_catalog(struct req *);
void	page_admin_catalog_edit(struct req *);
void	page_admin_catalog_save(struct req *);
void	page_admin_units(struct req *);

/* --- accounts --- */
/* auth.c */
void	page_login(struct req *);
void	page_login_post(struct req *);
void	page_signup(struct req *);
void	page_signup_post(struct req *);
void	page_logout(struct req *);
/* account.c */
void	page_account(struct req *);
void	page_account_password(struct req *);
void	page_account_logout_all(struct req *);
/* admin_accounts.c */
void	page_admin_accounts(struct req *);
void	page_admin_account_create(struct req *);
void	page_admin_account(struct req *);
void	page_admin_account_disable(struct req *);
void	page_admin_account_enable(struct req *);
void	page_admin_account_reset(struct req *);
/*
 * Fill f from the request's filter parameters (q, unit, peran, status,
 * halaman) for pages of per_page accounts, limited to the accounts the
 * signed-in admin may see: a unit admin sees the staff of their own unit
 * only.  Returns 0, -1 on a bad value, -2 when the filter names a unit the
 * admin may not see.
 */
struct account_filter;
int	admin_account_filter(struct req *, struct account_filter *,
	    int per_page);
/* May the signed-in user manage account a?  Checked per object. */
int	admin_may_manage(const struct req *, const struct account *);
/* api_session.c */
void	api_session_create(struct req *);
void	api_users(struct req *);

/* --- admin --- */

/* --- application pages (helper pages; shared pieces in app_html.h) --- */
/* apply.c */
void	page_apply(struct req *);
void	page_apply_post(struct req *);
/* my_applications.c */
void	page_my_apps(struct req *);
void	page_my_app(struct req *);
void	page_my_app_act(struct req *);
void	page_app_slashes(struct req *);
/* officer.c */
void	page_inbox(struct req *);
void	page_officer_app(struct req *);
void	page_officer_act(struct req *);
/* documents.c */
void	page_document(struct req *);
/* track.c */
void	page_track(struct req *);
void	page_track_item(struct req *);
/* notifications.c */
void	page_notifications(struct req *);
void	page_notifications_read(struct req *);

/* --- workflows and holidays (helper workflow) --- */
/* admin_workflow.c; saving is for superadmin only (checked in the page) */
void	page_admin_workflows(struct req *);
void	page_admin_workflow(struct req *);
void	page_admin_workflow_save(struct req *);
/* admin_holidays.c */
void	page_admin_holidays(struct req *);
void	page_admin_holiday_add(struct req *);
void	page_admin_holiday_delete(struct req *);

/* --- applications API (helper applications: api_application.c) --- */
void	api_application_list(struct req *);
void	api_application_create(struct req *);
void	api_application_get(struct req *);	/* nomor as one segment */
void	api_application_get4(struct req *);	/* nomor with its slashes */
void	api_application_act(struct req *);
void	api_application_act4(struct req *);
void	api_application_doc(struct req *);
void	api_track(struct req *);
/*
 * Add the form declaration of service layanan_id to a catalog item
 * object: "isian" [{nama,label,jenis,wajib,pilihan}] and "persyaratan"
 * [{kode,nama,wajib}] (replacing the plain list when documents are
 * declared).
 */
struct json_t;
struct store;
void	api_layanan_form(struct store *, int64_t layanan_id, struct json_t *);

/* === H1 pki: PKI, TSA (issue 4) === */
/* pki.c */
void	page_pki_crl(struct req *);
void	page_pki_ca(struct req *);
void	page_pki_root(struct req *);
void	page_tsa(struct req *);
void	page_admin_signers(struct req *);
void	page_admin_signer_enrol(struct req *);
void	page_admin_signer_revoke(struct req *);
/* === end H1 === */

/* === H2 pades: PDF letters, PAdES, verify (issue 4) === */
/* === end H2 === */

/* === H3 dokumen: documents, signing, verification pages (issue 4) === */
/* verifikasi.c: public verification */
void	page_verif(struct req *);
void	page_verif_home(struct req *);
void	api_verif(struct req *);
void	page_verif_upload(struct req *);
void	page_verif_upload_any(struct req *);
/* dokumen.c: document section, downloads, revocation, supersession */
void	dokumen_pass_field(struct req *, const char *label);
void	dokumen_app_section(struct req *, int64_t app_id, int staff);
void	page_dok_download(struct req *);
void	api_app_dokumen(struct req *);
void	api_app_dokumen4(struct req *);
/* signer's draft preview (issue 12) */
void	page_dok_preview(struct req *);
void	api_dok_preview(struct req *);
void	api_dok_preview4(struct req *);
void	api_dok_revoke(struct req *);
void	api_dok_supersede(struct req *);
void	page_dok_manage(struct req *);
void	page_dok_revoke(struct req *);
void	page_dok_supersede(struct req *);
void	page_admin_docs(struct req *);
/* admin_surat.c: letter templates and nomor formats */
void	page_admin_surat(struct req *);
void	page_admin_surat_edit(struct req *);
void	page_admin_surat_save(struct req *);
void	page_admin_surat_format(struct req *);
/* === end H3 === */

/* === H4 spbe: SPBE index (issue 5) === */
/* spbe_public.c, spbe_penilaian.c, spbe_indikator.c, spbe_unit.c */
void	page_spbe_public(struct req *);
void	page_spbe_list(struct req *);
void	page_spbe_create(struct req *);
void	page_spbe_view(struct req *);
void	page_spbe_act(struct req *);
void	page_spbe_whatif(struct req *);
void	page_spbe_ind(struct req *);
void	page_spbe_ind_save(struct req *);
void	page_spbe_ind_bukti(struct req *);
void	page_spbe_ind_request(struct req *);
void	page_spbe_requests(struct req *);
void	page_spbe_request_upload(struct req *);
void	page_spbe_file(struct req *);
/* === end H4 === */

/* === H5 pengaduan: complaints (issue 6) === */
/* pengaduan.c */
void	page_adu_public(struct req *);
void	page_adu_csv(struct req *);
void	page_adu_track(struct req *);
void	page_adu_new(struct req *);
void	page_adu_new_post(struct req *);
void	page_adu_mine(struct req *);
void	page_adu_inbox(struct req *);
void	page_adu_item(struct req *);
void	page_adu_act(struct req *);
void	page_adu_file(struct req *);
/* api_pengaduan.c */
void	api_pengaduan_create(struct req *);
void	api_pengaduan_list(struct req *);
void	api_pengaduan_public(struct req *);
void	api_pengaduan_get(struct req *);
void	api_pengaduan_act(struct req *);
struct adu_input;
struct field_errs;
/*
 * A complaint from the request's form fields (multipart or urlencoded):
 * jenis, judul, isi, kategori, wilayah, unit, anonim and rahasia ("1" or
 * "0"; a checkbox's "on"), files in parts named "berkas" or "berkas.*".
 * Problems go to fe.  The strings point into r.
 */
void	pengaduan_input_form(struct req *, struct adu_input *,
	    struct field_errs *);
/* === end H5 === */

/* === H6 ikm: survey/IKM, announcements (issue 6) === */
/* survei.c: the applicant's survey, paper questionnaires */
void	page_survei_list(struct req *);
void	page_survei(struct req *);
void	page_survei_post(struct req *);
void	page_survei_paper(struct req *);
void	page_survei_paper_post(struct req *);
/* On the applicant's application page: the survey invitation, if any. */
void	survei_app_notice(struct req *, int64_t permohonan_id);
/* ikm.c: public IKM and the anonymised CSV */
void	page_ikm(struct req *);
void	page_ikm_csv(struct req *);
/* pengumuman.c: announcements */
void	page_pengumuman_list(struct req *);
void	page_pengumuman_item(struct req *);
void	page_pengumuman_atom(struct req *);
void	page_pengumuman_staff(struct req *);
void	page_pengumuman_create(struct req *);
void	page_pengumuman_edit(struct req *);
void	page_pengumuman_save(struct req *);
void	page_pengumuman_publish(struct req *);
void	page_pengumuman_withdraw(struct req *);
/*
 * A <section> with the latest limit published announcements of the unit
 * unit_code (NULL: every unit), for the home and unit pages.  Writes
 * nothing for an unknown unit or on a store error.
 */
void	pengumuman_section(struct req *, const char *unit_code, int limit);
/* === end H6 === */

/* === H7 log: transparency log (issue 7) === */
/* log.c: the public transparency log */
void	page_log(struct req *);
void	page_log_checkpoint(struct req *);
void	page_log_kunci(struct req *);
void	page_log_entri(struct req *);
void	page_log_inclusion(struct req *);
void	page_log_consistency(struct req *);
/* sampel.c: Inspektorat commit-reveal audit samples */
void	page_sampel(struct req *);
void	page_sampel_commit(struct req *);
void	page_sampel_reveal(struct req *);
/* === end H7 === */

/* === H8 kinerja: performance (issue 7) === */
/* kinerja.c: public performance pages and the executive dashboard */
void	page_kinerja(struct req *);
void	page_kinerja_unit(struct req *);
void	page_kinerja_eksekutif(struct req *);
/* kinerja_data.c: open data (CSV, JSON) and the data dictionary */
void	page_kinerja_csv(struct req *);
void	page_kinerja_kamus(struct req *);
void	api_kinerja(struct req *);
/* === end H8 === */

/* === H9 audit: audit chain, data-access log, Inspektorat (issue 7) === */
/* akses.c: the citizens' data-access log */
void	page_akses(struct req *);
void	page_akses_dispute(struct req *);
void	api_akses(struct req *);
/* inspektorat.c: the Inspektorat's cases */
void	page_inspektorat(struct req *);
void	page_inspektorat_kasus(struct req *);
void	page_inspektorat_take(struct req *);
void	page_inspektorat_note(struct req *);
void	page_inspektorat_close(struct req *);
/* === end H9 === */

/* --- NIK verification (issue 12 item 5): nik.c --- */
void	page_nik(struct req *);
void	page_nik_verify(struct req *);
void	page_nik_takeover(struct req *);

/* error.c: error pages (HTML) and error objects (JSON under /api/). */
void	page_error(struct req *, int status, const char *message);

#endif
