/*
 * ui.h: the kontak module's pages (named by its route table in
 * module.c).  The public block, kontak_write(), is in kontak.h.
 */
#ifndef PAMONG_KONTAK_UI_H
#define PAMONG_KONTAK_UI_H

#include "http/req.h"

/* ui_kontak.c: GET /admin/kontak (the units one may edit) */
void page_admin_kontak_list(struct req *);
/* ui_kontak.c: GET and POST /admin/kontak/<kode unit> */
void page_admin_kontak(struct req *);
void page_admin_kontak_save(struct req *);

#endif
