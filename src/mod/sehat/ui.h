/* ui.h: the pages of the sehat module (module.c's route table). */
#ifndef PAMONG_SEHAT_UI_H
#define PAMONG_SEHAT_UI_H

#include "http/req.h"

void api_sehat(struct req *);

#endif
