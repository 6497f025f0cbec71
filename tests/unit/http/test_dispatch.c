/* test_dispatch.c: routing, CSRF and error responses without a server. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/token.h"
#include "http/app.h"
#include "http/layout.h"
#include "http/route.h"
#include "mod/akun/account.h"

static struct app app;

static void
req_setup(struct req *r, enum req_method m, const char *path)
{
	memset(r, 0, sizeof(*r));
	buf_init(&r->out, 256);
	r->app = &app;
	r->store = app.store;
	r->method = m;
	r->path = path;
}

static void
t_home_and_404_and_405(void **state)
{
	struct req r;

	(void)state;
	req_setup(&r, REQ_GET, "/");
	dispatch(&r);
	assert_int_equal(r.status, 200);
	assert_non_null(strstr(r.out.s, "lang=\"id\""));
	req_free(&r);

	req_setup(&r, REQ_GET, "/tidak-ada");
	dispatch(&r);
	assert_int_equal(r.status, 404);
	assert_non_null(strstr(r.out.s, "Halaman tidak ditemukan"));
	req_free(&r);

	req_setup(&r, REQ_GET, "/api/v1/tidak-ada");
	dispatch(&r);
	assert_int_equal(r.status, 404);
	assert_non_null(strstr(r.out.s, "\"galat\""));
	assert_non_null(strstr(r.out.s, "\"kode\":\"tidak_ditemukan\""));
	req_free(&r);

	req_setup(&r, REQ_POST, "/");
	dispatch(&r);
	assert_int_equal(r.status, 405);
	req_free(&r);
}

static void
t_route_captures_are_decoded(void **state)
{
	struct req r;
	const struct route *rt;
	int ok;

	(void)state;
	req_setup(&r, REQ_GET, "/aset/pamong%2Ecss");
	rt = route_find(&r, &ok);
	assert_non_null(rt);
	assert_true(ok);
	assert_string_equal(r.captures[0], "pamong.css");
	req_free(&r);

	/* an empty segment never matches a capture */
	req_setup(&r, REQ_GET, "/aset/");
	rt = route_find(&r, &ok);
	assert_null(rt);
	req_free(&r);

	/* a bad escape in a segment is not a match for the capture */
	req_setup(&r, REQ_GET, "/aset/%ZZ");
	dispatch(&r);
	assert_int_equal(r.status, 404);
	req_free(&r);
}

static void
t_csrf_anonymous_roundtrip(void **state)
{
	struct req r, r2;
	char tok[65], cookie[TOKEN_LEN + 1];

	(void)state;
	req_setup(&r, REQ_GET, "/");
	snprintf(tok, sizeof(tok), "%s", csrf_token(&r));
	assert_non_null(r.set_anon); /* a cookie is issued */
	snprintf(cookie, sizeof(cookie), "%s", r.set_anon);
	req_free(&r);

	req_setup(&r2, REQ_POST, "/");
	r2.cookie_anon = cookie;
	assert_true(csrf_valid(&r2, tok));
	assert_false(csrf_valid(&r2, "0000"));
	r2.cookie_anon = NULL;
	assert_false(csrf_valid(&r2, tok)); /* token without its cookie */
	req_free(&r2);
}

static void
t_csrf_bound_to_session(void **state)
{
	struct req r;
	char tok[65];
	const char *sess = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
	const char *other = "BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB";
	struct account u;

	(void)state;
	memset(&u, 0, sizeof(u));
	req_setup(&r, REQ_GET, "/");
	r.user = &u;
	r.cookie_session = sess;
	snprintf(tok, sizeof(tok), "%s", csrf_token(&r));
	assert_null(r.set_anon);
	assert_true(csrf_valid(&r, tok));
	r.cookie_session = other;
	assert_false(csrf_valid(&r, tok));
	r.user = NULL;
	req_free(&r);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(t_home_and_404_and_405),
		cmocka_unit_test(t_route_captures_are_decoded),
		cmocka_unit_test(t_csrf_anonymous_roundtrip),
		cmocka_unit_test(t_csrf_bound_to_session),
	};
	char dir[] = "/tmp/pamong-unit-XXXXXX";
	int rc;

	if (mkdtemp(dir) == NULL || app_make_secret(dir) != 0 ||
	    app_open(&app, dir) != 0)
		return 1;
	rc = cmocka_run_group_tests(tests, NULL, NULL);
	app_close(&app);
	return rc;
}
