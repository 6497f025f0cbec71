/* api.c: JSON response helpers for the v1 API. */
#include <stdlib.h>
#include <string.h>

#include "api.h"

void
api_send(struct req *r, int status, json_t *v)
{
	char *s = json_dumps(v, JSON_COMPACT | JSON_ENSURE_ASCII);

	json_decref(v);
	buf_reset(&r->out);
	if (s != NULL) {
		buf_adds(&r->out, s);
		free(s);
	}
	buf_addc(&r->out, '\n');
	r->status = status;
	r->out_type = "application/json; charset=utf-8";
}

void
api_error(struct req *r, int status, const char *kode, const char *pesan)
{
	api_send(r, status,
	    json_pack("{s:{s:s,s:s}}", "galat", "kode", kode, "pesan", pesan));
}

json_t *
api_body(struct req *r)
{
	json_error_t err;
	json_t *v;

	if (r->content_type == NULL ||
	    strncmp(r->content_type, "application/json", 16) != 0) {
		api_error(r, 415, "jenis_konten",
		    "Kirim badan permintaan sebagai application/json.");
		return NULL;
	}
	v = json_loadb(r->body ? r->body : "", r->body_len,
	    JSON_REJECT_DUPLICATES, &err);
	if (v == NULL || !json_is_object(v)) {
		json_decref(v);
		api_error(r, 400, "json_tidak_sah",
		    "Badan permintaan bukan objek JSON yang sah.");
		return NULL;
	}
	return v;
}
