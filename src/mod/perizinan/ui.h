/* ui.h: the perizinan module's pages and API handlers (module.c routes). */
#ifndef PAMONG_PERIZINAN_UI_H
#define PAMONG_PERIZINAN_UI_H

struct req;

/* api.c */
void api_kbli_list(struct req *);
void api_kbli_item(struct req *);
void api_izin_list(struct req *);
void api_perizinan_jenis(struct req *);
void api_perizinan_biaya(struct req *);
/* ui_izin.c */
void page_izin(struct req *);
void page_perizinan(struct req *);
/* ui_usaha.c */
void page_usaha(struct req *);
void page_usaha_post(struct req *);
/* ui_data.c */
void page_izin_csv(struct req *);
void api_izin_rekap(struct req *);
/* ui_proses.c */
void api_perizinan_skrd(struct req *);
void api_perizinan_bayar(struct req *);
void api_perizinan_permohonan(struct req *);
void api_perizinan_kinerja(struct req *);
void page_perizinan_skrd(struct req *);
void page_perizinan_status(struct req *);
void page_perizinan_saya(struct req *);
void page_perizinan_kelola(struct req *);
void page_perizinan_kelola_post(struct req *);

#endif
