/* ui.h: the antrian module's pages and API handlers (module.c routes). */
#ifndef PAMONG_ANTRIAN_UI_H
#define PAMONG_ANTRIAN_UI_H

#include "http/req.h"

/* api_antrian.c */
void api_antrian_tiket(struct req *);
void api_antrian_tiket_get(struct req *);
void api_antrian_panggil(struct req *);
void api_antrian_aksi(struct req *);
void api_antrian_jeda(struct req *);
void api_antrian_pesan(struct req *);
void api_antrian_pesan_get(struct req *);
void api_antrian_pesan_batal(struct req *);
void api_antrian_checkin(struct req *);
/* ui_layar.c: the hall display and its event stream */
void page_antrian_layar(struct req *);
void page_antrian_acara(struct req *);
void page_antrian_suara(struct req *);
/* ui_data.c: figures as open data */
void page_antrian_csv(struct req *);
/* ui_kiosk.c */
void page_antrian_kiosk(struct req *);
void page_antrian_kiosk_ambil(struct req *);
/* the ticket page the kiosk shows after issuing (201) */
struct antrian_tiket;
void antrian_kiosk_tiket(struct req *, const struct antrian_tiket *,
    int di_depan);
/* ui_pesan.c: online booking */
void page_antrian_pesan(struct req *);
void page_antrian_pesan_buat(struct req *);
void page_antrian_pesanan(struct req *);
void page_antrian_pesanan_batal(struct req *);
void page_antrian_kiosk_checkin(struct req *);
/* ui_tiket.c: follow a ticket on a phone */
void page_antrian_tiket(struct req *);
void page_antrian_struk(struct req *);
/* ui_loket.c: the counter officer's page */
void page_antrian_loket_list(struct req *);
void page_antrian_loket(struct req *);
void page_antrian_loket_aksi(struct req *);
/* ui_atur.c: the administrators' settings of sites and services */
void page_antrian_atur_list(struct req *);
void page_antrian_atur(struct req *);
void page_antrian_atur_lokasi(struct req *);
void page_antrian_atur_layanan(struct req *);

#endif
