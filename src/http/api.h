/* api.h: JSON responses for /api/v1 (jansson). */
#ifndef PAMONG_API_H
#define PAMONG_API_H

#include <jansson.h>

#include "req.h"

/* Send v (reference stolen) with status as application/json. */
void api_send(struct req *, int status, json_t *v);
/* Send {"galat": {"kode": kode, "pesan": pesan}}. */
void api_error(struct req *, int status, const char *kode, const char *pesan);
/*
 * Parse the request body as a JSON object.  On failure sends a 400 or 415
 * error and returns NULL.  The caller owns the result (json_decref).
 */
json_t *api_body(struct req *);

#endif
