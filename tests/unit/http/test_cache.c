/* test_cache.c: the page cache serves only anonymous, unchanged pages. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "http/app.h"
#include "http/cache.h"
#include "http/layout.h"
#include "http/route.h"
#include "mod/akun/account.h"
#include "store/store.h"

static struct app app;

static void
get(struct req *r, const char *path)
{
	memset(r, 0, sizeof(*r));
	buf_init(&r->out, 256);
	r->app = &app;
	r->store = app.store;
	r->method = REQ_GET;
	r->path = path;
}

static void
t_hit_then_invalidated_by_a_write(void **state)
{
	struct req r;

	(void)state;
	get(&r, "/");
	assert_int_equal(cache_serve(&r), 0); /* cold */
	dispatch(&r);
	assert_int_equal(r.status, 200);
	req_free(&r);

	get(&r, "/");
	assert_int_equal(cache_serve(&r), 1); /* warm */
	/* kept, not copied: the body is sent as the cache holds it */
	assert_int_equal(r.out.len, 0);
	assert_non_null(r.out_kept.body);
	assert_non_null(memmem(r.out_kept.body, r.out_kept.len,
	    "Mal Pelayanan Publik", 20));
	assert_true(r.out_kept.gen > 0);
	req_free(&r);

	/* any change to the database invalidates the entry */
	assert_int_equal(store_run(app.store,
			     "INSERT INTO setting(key, value)"
			     " VALUES ('uji', '1')",
			     ""),
	    0);
	get(&r, "/");
	assert_int_equal(cache_serve(&r), 0);
	req_free(&r);
}

static void
t_never_for_signed_in_or_personal(void **state)
{
	struct req r;
	struct account u;

	(void)state;
	get(&r, "/");
	dispatch(&r);
	req_free(&r);

	/* a signed-in visitor never gets the anonymous copy */
	memset(&u, 0, sizeof(u));
	get(&r, "/");
	r.user = &u;
	assert_int_equal(cache_serve(&r), 0);
	r.user = NULL;
	req_free(&r);

	/* a page marked personal is not stored */
	get(&r, "/uji-personal");
	r.status = 200;
	buf_adds(&r.out, "x");
	r.personal = 1;
	cache_store(&r);
	req_free(&r);
	get(&r, "/uji-personal");
	assert_int_equal(cache_serve(&r), 0);
	req_free(&r);
}

#define ANON_A "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
#define ANON_B "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"

/*
 * Issue 14: a page with a CSRF token (the /v/{kode} upload form) is
 * stored with holes where the token stood; every visitor gets the page
 * with a token of their own, never the one it was rendered for.
 */
static void
t_token_holes(void **state)
{
	struct req r;
	char toka[CSRF_LEN + 1], tokb[CSRF_LEN + 1];

	(void)state;
	get(&r, "/uji-token");
	r.cookie_anon = ANON_A;
	r.status = 200;
	buf_adds(&r.out, "<form><input name=csrf value=\"");
	snprintf(toka, sizeof(toka), "%s", csrf_token(&r));
	buf_adds(&r.out, toka);
	buf_adds(&r.out, "\"></form><form><input value=\"");
	buf_adds(&r.out, toka);
	buf_adds(&r.out, "\"></form>");
	cache_store(&r);
	req_free(&r);

	/* another visitor: their token twice, A's nowhere */
	get(&r, "/uji-token");
	r.cookie_anon = ANON_B;
	assert_int_equal(cache_serve(&r), 1);
	snprintf(tokb, sizeof(tokb), "%s", r.csrf);
	assert_int_equal(strlen(tokb), CSRF_LEN);
	assert_string_not_equal(toka, tokb);
	assert_null(strstr(r.out.s, toka));
	assert_non_null(strstr(strstr(r.out.s, tokb) + 1, tokb));
	assert_null(r.set_anon);
	req_free(&r);

	/* A again: A's own token */
	get(&r, "/uji-token");
	r.cookie_anon = ANON_A;
	assert_int_equal(cache_serve(&r), 1);
	assert_non_null(strstr(r.out.s, toka));
	req_free(&r);

	/* a first visit: a new anonymous cookie, and the token over it */
	get(&r, "/uji-token");
	assert_int_equal(cache_serve(&r), 1);
	assert_non_null(r.set_anon);
	assert_null(strstr(r.out.s, toka));
	assert_non_null(strstr(r.out.s, r.csrf));
	req_free(&r);
}

/* Issue 12: the key is the raw query string, not the decoded params. */
static void
t_key_is_the_raw_query(void **state)
{
	struct req r;
	size_t n;

	(void)state;
	get(&r, "/uji-kunci");
	r.query = "tingkat=kampung%26q%3Dsurat";
	r.status = 200;
	buf_adds(&r.out, "satu parameter");
	cache_store(&r);
	req_free(&r);

	get(&r, "/uji-kunci");
	r.query = "tingkat=kampung&q=surat";
	assert_int_equal(cache_serve(&r), 0);
	req_free(&r);
	get(&r, "/uji-kunci");
	assert_int_equal(cache_serve(&r), 0); /* no query at all */
	req_free(&r);
	get(&r, "/uji-kunci");
	r.query = "tingkat=kampung%26q%3Dsurat";
	assert_int_equal(cache_serve(&r), 1);
	(void)req_out(&r, &n);
	assert_int_equal(n, strlen("satu parameter"));
	req_free(&r);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(t_hit_then_invalidated_by_a_write),
		cmocka_unit_test(t_never_for_signed_in_or_personal),
		cmocka_unit_test(t_key_is_the_raw_query),
		cmocka_unit_test(t_token_holes),
	};
	char dir[] = "/tmp/pamong-cache-XXXXXX";
	int rc;

	if (mkdtemp(dir) == NULL || app_make_secret(dir) != 0 ||
	    app_open(&app, dir) != 0)
		return 1;
	rc = cmocka_run_group_tests(tests, NULL, NULL);
	app_close(&app);
	return rc;
}
