/*
 * ui.h: the layanan module's pages and API handlers (named by its
 * route table in module.c) and page helpers other pages use.
 */
#ifndef PAMONG_LAYANAN_UI_H
#define PAMONG_LAYANAN_UI_H

#include "http/req.h"

struct layanan;

void page_home(struct req *);
void page_asset(struct req *);
void page_catalog(struct req *);
void page_catalog_item(struct req *);
void api_catalog_list(struct req *);
void api_catalog_item(struct req *);
/* Shared by the catalog, region and admin pages (escaped plain text). */
const char *layanan_level_label(const char *level);

void layanan_fee_write(struct buf *, const struct layanan *);
void layanan_sla_write(struct buf *, int days);
/*
 * One <li> of a service list, its name in an <hN> of level hlevel; where
 * names the local office (NULL: the OPD, or "every kampung/kecamatan").
 */
void layanan_item_write(struct req *, const struct layanan *, const char *where,
    int hlevel);

void page_admin(struct req *);
void page_admin_catalog(struct req *);
void page_admin_catalog_edit(struct req *);
void page_admin_catalog_save(struct req *);
void page_admin_units(struct req *);

#endif
