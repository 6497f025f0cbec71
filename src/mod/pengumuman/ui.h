/*
 * ui.h: the pengumuman module's pages and API handlers (named by its
 * route table in module.c) and page helpers other pages use.
 */
#ifndef PAMONG_PENGUMUMAN_UI_H
#define PAMONG_PENGUMUMAN_UI_H

#include "http/req.h"

/* pengumuman.c: announcements */
void page_pengumuman_list(struct req *);

void page_pengumuman_item(struct req *);
void page_pengumuman_atom(struct req *);
void page_pengumuman_staff(struct req *);
void page_pengumuman_create(struct req *);
void page_pengumuman_edit(struct req *);
void page_pengumuman_save(struct req *);
void page_pengumuman_publish(struct req *);
void page_pengumuman_withdraw(struct req *);
/*
 * A <section> with the latest limit published announcements of the unit
 * unit_code (NULL: every unit), for the home and unit pages.  Writes
 * nothing for an unknown unit or on a store error.
 */
void pengumuman_section(struct req *, const char *unit_code, int limit);

#endif
