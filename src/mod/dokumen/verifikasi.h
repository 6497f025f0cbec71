/* verifikasi.h: pieces of the verification pages shared by H3's page files. */
#ifndef PAMONG_VERIFIKASI_H
#define PAMONG_VERIFIKASI_H

#include <jansson.h>

#include "http/req.h"

struct dokumen;

/* "Sah", "Dicabut" or "Digantikan" for a status code. */
const char *verif_status_label(const char *status);
/* The public facts of d as a definition list, with the log check. */
void verif_details(struct req *, const struct dokumen *d);
/* The multipart upload form posting to action. */
void verif_upload_form(struct req *, const char *action);
/* The public facts of d as JSON (GET /api/v1/verifikasi/<kode>). */
json_t *verif_json(struct req *, const struct dokumen *d);

#endif
