/* api_session.c: API sign-in (POST /api/v1/sesi) and the account list. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "account.h"
#include "session.h"
#include "lib/msg.h"
#include "lib/when.h"
#include "lib/xalloc.h"
#include "http/api.h"
#include "http/pages.h"
#include "ui.h"

#define API_USERS_PER_PAGE 100

/* Seconds since the epoch as ISO 8601 UTC: "2026-11-28T10:00:00Z". */
static void
iso_utc(time_t t, char out[32])
{
	if (when_iso8601(t, out) != 0)
		snprintf(out, 32, "1970-01-01T00:00:00Z");
}

void
api_session_create(struct req *r)
{
	json_t *body;
	const char *user, *pw, *addr = r->addr ? r->addr : "";
	char tok[TOKEN_LEN + 1], when[32], *text;
	time_t expires;
	int64_t id = 0;
	int wait;

	if ((body = api_body(r)) == NULL)
		return;
	user = json_string_value(json_object_get(body, "pengguna"));
	pw = json_string_value(json_object_get(body, "sandi"));
	if (user == NULL || pw == NULL || *user == '\0' || *pw == '\0') {
		api_error(r, 422, "isian_tidak_sah", msg(M_API_LOGIN_FIELDS));
		json_decref(body);
		return;
	}
	if ((wait = throttle_check(r->store, user, addr, r->now)) > 0) {
		r->retry_after = wait;
		text = xasprintf(msg(M_LOGIN_THROTTLED), (wait + 59) / 60);
		api_error(r, 429, "terlalu_banyak", text);
		free(text);
		json_decref(body);
		return;
	}
	if (strlen(user) <= 64 && strlen(pw) <= 1024)
		id = account_authenticate(r->store, user, pw);
	throttle_record(r->store, user, addr, id != 0, r->now);
	json_decref(body); /* user and pw point into it */
	if (id == 0) {
		api_error(r, 401, "kredensial_salah", msg(M_LOGIN_FAILED));
		return;
	}
	if (session_create(r->store, id, "api", addr, r->agent, r->now, tok,
		&expires) != 0) {
		api_error(r, 500, "galat_server", msg(M_SAVE_FAILED));
		return;
	}
	iso_utc(expires, when);
	api_send(r, 201,
	    json_pack("{s:s,s:s}", "token", tok, "kedaluwarsa", when));
}

void
api_users(struct req *r)
{
	struct account_filter f;
	struct account *list;
	json_t *data, *roles, *o;
	int64_t total;
	unsigned bit;
	int n, i;

	switch (admin_account_filter(r, &f, API_USERS_PER_PAGE)) {
	case 0:
		break;
	case -2:
		api_error(r, 403, "ditolak", msg(M_ACC_OTHER_UNIT));
		return;
	default:
		api_error(r, 400, "filter_tidak_sah", msg(M_ACC_FILTER_BAD));
		return;
	}
	if ((list = account_list(r->store, &f, &n, &total)) == NULL) {
		api_error(r, 500, "galat_server", msg(M_ACC_LIST_FAILED));
		return;
	}
	data = json_array();
	for (i = 0; i < n; i++) {
		/* never password hashes, never NIKs */
		roles = json_array();
		for (bit = 1; bit <= ROLE_LAST; bit <<= 1)
			if (list[i].roles & bit)
				json_array_append_new(roles,
				    json_string(role_name(bit)));
		o = json_pack("{s:s,s:s,s:o,s:o,s:b}", "pengguna",
		    list[i].username, "nama", list[i].full_name, "peran", roles,
		    "unit",
		    list[i].unit_code[0] ? json_string(list[i].unit_code)
					 : json_null(),
		    "aktif", !list[i].disabled);
		json_array_append_new(data, o);
	}
	free(list);
	api_send(r, 200,
	    json_pack("{s:o,s:I,s:i}", "data", data, "total", (json_int_t)total,
		"halaman", f.offset / f.limit + 1));
}
