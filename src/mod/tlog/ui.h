/*
 * ui.h: the tlog module's pages and API handlers (named by its
 * route table in module.c) and page helpers other pages use.
 */
#ifndef PAMONG_TLOG_UI_H
#define PAMONG_TLOG_UI_H

#include "http/req.h"

/* log.c: the public transparency log */
void page_log(struct req *);

void page_log_checkpoint(struct req *);
void page_log_kunci(struct req *);
void page_log_entri(struct req *);
void page_log_inclusion(struct req *);
void page_log_consistency(struct req *);
/* sampel.c: Inspektorat commit-reveal audit samples */
void page_sampel(struct req *);

void page_sampel_commit(struct req *);
void page_sampel_reveal(struct req *);

#endif
