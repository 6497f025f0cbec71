/*
 * ui.h: the notifikasi module's pages and API handlers (named by its
 * route table in module.c) and page helpers other pages use.
 */
#ifndef PAMONG_NOTIFIKASI_UI_H
#define PAMONG_NOTIFIKASI_UI_H

#include "http/req.h"

void page_notifications(struct req *);
void page_notifications_read(struct req *);
void api_sandi_lupa(struct req *);
void api_sandi_atur(struct req *);
void api_notifikasi_status(struct req *);
void page_lupa(struct req *);
void page_lupa_post(struct req *);
void page_lupa_atur(struct req *);
void page_akun_notif(struct req *);
void page_akun_notif_kode(struct req *);
void page_akun_notif_verif(struct req *);
void page_akun_notif_pilihan(struct req *);
void page_admin_notifikasi(struct req *);
void page_admin_notifikasi_ulang(struct req *);
void page_data_notifikasi(struct req *);
void page_admin_templat(struct req *);
void page_admin_templat_post(struct req *);

#endif
