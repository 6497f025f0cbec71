/*
 * ui.h: the dokumen module's pages and API handlers (named by its
 * route table in module.c) and page helpers other pages use.
 */
#ifndef PAMONG_DOKUMEN_UI_H
#define PAMONG_DOKUMEN_UI_H

#include "http/req.h"

/* verifikasi.c: public verification */
void page_verif(struct req *);

void page_verif_home(struct req *);
void api_verif(struct req *);
void page_verif_upload(struct req *);
void page_verif_upload_any(struct req *);
/* dokumen.c: document section, downloads, revocation, supersession */
void dokumen_pass_field(struct req *, const char *label);

void dokumen_permohonan_section(struct req *, int64_t mohon_id, int staff);
void page_dok_download(struct req *);
void api_permohonan_dokumen(struct req *);
void api_app_dokumen4(struct req *);
/* signer's draft preview (issue 12) */
void page_dok_preview(struct req *);

void api_dok_preview(struct req *);
void api_dok_preview4(struct req *);
void api_dok_revoke(struct req *);
void api_dok_supersede(struct req *);
void page_dok_manage(struct req *);
void page_dok_revoke(struct req *);
void page_dok_supersede(struct req *);
void page_agenda(struct req *);
void page_agenda_csv(struct req *);
void page_agenda_xlsx(struct req *);
void page_admin_docs(struct req *);
/* admin_surat.c: letter templates and nomor formats */
void page_admin_surat(struct req *);

void page_admin_surat_edit(struct req *);
void page_admin_surat_save(struct req *);
void page_admin_surat_format(struct req *);

#endif
