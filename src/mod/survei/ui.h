/*
 * ui.h: the survei module's pages and API handlers (named by its
 * route table in module.c) and page helpers other pages use.
 */
#ifndef PAMONG_SURVEI_UI_H
#define PAMONG_SURVEI_UI_H

#include "http/req.h"

/* survei.c: the applicant's survey, paper questionnaires */
void page_survei_list(struct req *);

void page_survei(struct req *);
void page_survei_post(struct req *);
void page_survei_tiket(struct req *);
void page_survei_tiket_post(struct req *);
void page_survei_paper(struct req *);
void page_survei_paper_post(struct req *);
/* On the applicant's application page: the survey invitation, if any. */
void survei_permohonan_notice(struct req *, int64_t permohonan_id);

/* ikm.c: public IKM and the anonymised CSV */
void page_ikm(struct req *);

void page_ikm_csv(struct req *);

#endif
