/*
 * ui.h: the kinerja module's pages and API handlers (named by its
 * route table in module.c) and page helpers other pages use.
 */
#ifndef PAMONG_KINERJA_UI_H
#define PAMONG_KINERJA_UI_H

#include "http/req.h"

/* kinerja.c: public performance pages and the executive dashboard */
void page_kinerja(struct req *);

void page_kinerja_unit(struct req *);
void page_kinerja_eksekutif(struct req *);
/* kinerja_data.c: open data (CSV, JSON) and the data dictionary */
void page_kinerja_csv(struct req *);

void page_kinerja_kamus(struct req *);
void api_kinerja(struct req *);

#endif
