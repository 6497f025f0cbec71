/* ui.h: the bsre module's pages (named by its route table in module.c). */
#ifndef PAMONG_BSRE_UI_H
#define PAMONG_BSRE_UI_H

#include "http/req.h"

/* ui_ttd.c: GET /admin/ttd (the units one may choose the backend of) and
 * POST /admin/ttd/<kode unit> (backend=lokal|bsre). */
void page_admin_ttd(struct req *);
void page_admin_ttd_save(struct req *);

#endif
