/*
 * api_status.c: POST /api/v1/notifikasi/status/{rahasia}: providers'
 * delivery statuses.  Authenticated by the secret path (webhook_rahasia
 * of DATA/kanal.conf; none set: 404).  Two bodies: Pamong's own
 * {"id", "status": sent|delivered|read|failed, "alasan"} and the
 * WhatsApp Cloud API's {"entry": [{"changes": [{"value": {"statuses":
 * [{"id", "status", "errors": [{"title"}]}]}}]}]}.  Idempotent and
 * order-free (kirim_status()).  200 {"diubah": N}.
 */
#include <jansson.h>
#include <sodium.h>
#include <stdio.h>
#include <string.h>

#include "http/api.h"
#include "lib/msg.h"
#include "kanal.h"
#include "kirim.h"
#include "ui.h"

/* One status object; moved rows added to *n.  0, or -1 bad input. */
static int
one(struct req *r, json_t *st, int *n)
{
	const char *id = json_string_value(json_object_get(st, "id"));
	const char *status = json_string_value(json_object_get(st, "status"));
	const char *why = json_string_value(json_object_get(st, "alasan"));
	int rc;

	if (why == NULL)
		why = json_string_value(json_object_get(
		    json_array_get(json_object_get(st, "errors"), 0), "title"));
	if (id == NULL || status == NULL || strlen(id) > 255 ||
	    (why != NULL && strlen(why) > 500))
		return -1;
	if ((rc = kirim_status(r->store, id, status, why ? why : "", r->now)) <
	    0)
		return -1;
	*n += rc;
	return 0;
}

void
api_notifikasi_status(struct req *r)
{
	struct kanal_conf c;
	json_t *body, *entry, *change, *st;
	size_t i, j, k;
	const char *secret = r->captures[0];
	int n = 0, bad = 0;

	(void)kanal_read(r->app->data_dir, &c);
	if (c.webhook_rahasia[0] == '\0' || secret == NULL ||
	    strlen(secret) != strlen(c.webhook_rahasia) ||
	    sodium_memcmp(secret, c.webhook_rahasia, strlen(secret)) != 0) {
		api_error(r, 404, "tidak_ditemukan", msg(M_STATUS_TIDAK_ADA));
		return;
	}
	if ((body = api_body(r)) == NULL)
		return;
	if (json_object_get(body, "entry") != NULL) {
		json_array_foreach(json_object_get(body, "entry"), i, entry)
		    json_array_foreach(json_object_get(entry, "changes"), j,
			change)
			json_array_foreach(
			    json_object_get(json_object_get(change, "value"),
				"statuses"),
			    k, st) if (one(r, st, &n) != 0) bad = 1;
	} else if (one(r, body, &n) != 0)
		bad = 1;
	json_decref(body);
	if (bad) {
		api_error(r, 400, "isian_tidak_sah", msg(M_STATUS_SALAH));
		return;
	}
	api_send(r, 200, json_pack("{s:i}", "diubah", n));
}
