/*
 * api_sandi.c: POST /api/v1/sandi/lupa {"pengguna"} -> 202 for known and
 * unknown names alike; POST /api/v1/sandi/atur {"pengguna", "kode",
 * "sandi"} -> 200 (old sessions end), 400 galat.kode = kode_salah for a
 * wrong, used or expired code, 400 sandi_lemah for a refused password.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "http/api.h"
#include "lib/msg.h"
#include "mod/akun/session.h"
#include "sandi.h"
#include "ui.h"

static const char *
field(json_t *body, const char *name)
{
	const char *v = json_string_value(json_object_get(body, name));

	return v != NULL && *v != '\0' && strlen(v) <= 1024 ? v : NULL;
}

void
api_sandi_lupa(struct req *r)
{
	json_t *body;
	const char *user;
	int rc;

	if ((body = api_body(r)) == NULL)
		return;
	if ((user = field(body, "pengguna")) == NULL) {
		api_error(r, 422, "isian_tidak_sah", msg(M_SANDI_ISIAN));
		json_decref(body);
		return;
	}
	/* a storage error is logged, never told: the answer is the same */
	rc = sandi_lupa(r->store, user, r->addr ? r->addr : "", r->now);
	json_decref(body);
	if (rc == -2) {
		r->retry_after = THROTTLE_WINDOW;
		api_error(r, 429, "terlalu_sering", msg(M_SANDI_SERING));
		return;
	}
	if (rc < 0)
		fprintf(stderr, "pamong: sandi: kode tidak dapat dibuat\n");
	api_send(r, 202, json_pack("{s:s}", "pesan", msg(M_SANDI_DIKIRIM)));
}

void
api_sandi_atur(struct req *r)
{
	struct field_errs fe;
	json_t *body;
	const char *user, *kode, *pw;
	int rc;

	if ((body = api_body(r)) == NULL)
		return;
	user = field(body, "pengguna");
	kode = field(body, "kode");
	pw = field(body, "sandi");
	if (user == NULL || kode == NULL || pw == NULL) {
		api_error(r, 422, "isian_tidak_sah", msg(M_SANDI_ISIAN));
		json_decref(body);
		return;
	}
	memset(&fe, 0, sizeof(fe));
	rc = sandi_atur(r->store, user, kode, pw, r->addr ? r->addr : "",
	    r->now, &fe);
	json_decref(body);
	if (rc == 0)
		api_send(r, 200,
		    json_pack("{s:s}", "pesan", msg(M_SANDI_DIATUR)));
	else if (rc == -1)
		api_error(r, 400, "kode_salah", msg(M_SANDI_KODE_SALAH));
	else if (rc == -2)
		api_error(r, 400, "sandi_lemah",
		    fe.n > 0 ? fe.e[0].msg : msg(M_SANDI_ISIAN));
	else
		api_error(r, 500, "galat_server", msg(M_SAVE_FAILED));
}
