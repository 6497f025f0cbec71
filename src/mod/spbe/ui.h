/*
 * ui.h: the spbe module's pages and API handlers (named by its
 * route table in module.c) and page helpers other pages use.
 */
#ifndef PAMONG_SPBE_UI_H
#define PAMONG_SPBE_UI_H

#include "http/req.h"

void page_spbe_public(struct req *);
void page_spbe_list(struct req *);
void page_spbe_create(struct req *);
void page_spbe_view(struct req *);
void page_spbe_act(struct req *);
void page_spbe_whatif(struct req *);
void page_spbe_ind(struct req *);
void page_spbe_ind_save(struct req *);
void page_spbe_ind_bukti(struct req *);
void page_spbe_ind_request(struct req *);
void page_spbe_requests(struct req *);
void page_spbe_request_upload(struct req *);
void page_spbe_file(struct req *);

#endif
