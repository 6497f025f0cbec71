/*
 * ui.h: the pengaduan module's pages and API handlers (named by its
 * route table in module.c) and page helpers other pages use.
 */
#ifndef PAMONG_PENGADUAN_UI_H
#define PAMONG_PENGADUAN_UI_H

#include "http/req.h"

struct pengaduan_input;
struct field_errs;

void page_pengaduan_public(struct req *);
void page_pengaduan_csv(struct req *);
void page_pengaduan_track(struct req *);
void page_pengaduan_new(struct req *);
void page_pengaduan_new_post(struct req *);
void page_pengaduan_mine(struct req *);
void page_pengaduan_inbox(struct req *);
void page_pengaduan_item(struct req *);
void page_pengaduan_act(struct req *);
void page_pengaduan_file(struct req *);
void api_pengaduan_create(struct req *);
void api_pengaduan_list(struct req *);
void api_pengaduan_public(struct req *);
void api_pengaduan_get(struct req *);
void api_pengaduan_act(struct req *);
/*
 * A complaint from the request's form fields (multipart or urlencoded):
 * jenis, judul, isi, kategori, wilayah, unit, anonim and rahasia ("1" or
 * "0"; a checkbox's "on"), files in parts named "berkas" or "berkas.*".
 * Problems go to fe.  The strings point into r.
 */
void pengaduan_input_form(struct req *, struct pengaduan_input *,
    struct field_errs *);

#endif
