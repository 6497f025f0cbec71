/*
 * ui.h: the alur module's pages and API handlers (named by its
 * route table in module.c) and page helpers other pages use.
 */
#ifndef PAMONG_ALUR_UI_H
#define PAMONG_ALUR_UI_H

#include "http/req.h"

void page_admin_workflows(struct req *);
void page_admin_workflow(struct req *);
void page_admin_workflow_save(struct req *);
void page_admin_holidays(struct req *);
void page_admin_holiday_add(struct req *);
void page_admin_holiday_delete(struct req *);

#endif
