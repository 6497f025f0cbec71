/* test_session.c: sessions (timeouts, ending) and login throttling. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "mod/akun/account.h"
#include "mod/akun/session.h"
#include "lib/token.h"
#include "store/store.h"

#define T0 ((time_t)1795860000) /* 2026-11-28T10:00:00Z */
#define PW "Sandi-Uji-2026"

struct fx {
	char dir[32];
	struct store *s;
	int64_t id;  /* a warga account */
	int64_t id2; /* a second one */
};

static int64_t
make_account(struct store *s, const char *user, const char *nik)
{
	struct account_new n;
	struct field_errs fe;
	int64_t id = 0;

	memset(&n, 0, sizeof(n));
	memset(&fe, 0, sizeof(fe));
	n.username = user;
	n.password = PW;
	n.roles = "warga";
	n.nik = nik;
	n.full_name = "Warga Uji";
	n.phone = "081234567890";
	if (account_create(s, &n, 0, "uji", &fe, &id) != 0)
		return 0;
	return id;
}

static int
setup(void **state)
{
	struct fx *f = calloc(1, sizeof(*f));
	char path[64];

	if (f == NULL)
		return -1;
	snprintf(f->dir, sizeof(f->dir), "/tmp/pamong-session-XXXXXX");
	if (mkdtemp(f->dir) == NULL)
		return -1;
	snprintf(path, sizeof(path), "%s/t.db", f->dir);
	if (store_open(&f->s, NULL, path) != 0 || store_migrate(f->s, 0) != 0)
		return -1;
	f->id = make_account(f->s, "warga.uji", "1408014107900001");
	f->id2 = make_account(f->s, "warga.dua", "1408010101900002");
	if (f->id == 0 || f->id2 == 0)
		return -1;
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fx *f = *state;
	static const char *const files[] = { "t.db", "t.db-wal", "t.db-shm" };
	char path[64];
	size_t i;

	store_close(f->s);
	for (i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
		snprintf(path, sizeof(path), "%s/%s", f->dir, files[i]);
		(void)unlink(path);
	}
	(void)rmdir(f->dir);
	free(f);
	return 0;
}

static void
t_authenticate(void **state)
{
	struct fx *f = *state;

	assert_int_equal(account_authenticate(f->s, "warga.uji", PW), f->id);
	assert_int_equal(account_authenticate(f->s, "WARGA.UJI", PW), f->id);
	assert_int_equal(account_authenticate(f->s, "warga.uji", "salah"), 0);
	assert_int_equal(account_authenticate(f->s, "tidak.ada", PW), 0);
}

static void
t_create_and_lookup(void **state)
{
	struct fx *f = *state;
	char tok[TOKEN_LEN + 1], hash[65];
	time_t exp;

	assert_int_equal(session_create(f->s, f->id, "cookie", "10.0.0.1",
			     "uji/1.0", T0, tok, &exp),
	    0);
	assert_int_equal(strlen(tok), TOKEN_LEN);
	assert_int_equal(exp, T0 + SESSION_ABSOLUTE);
	assert_int_equal(session_lookup(f->s, tok, T0), f->id);
	assert_int_equal(session_lookup(f->s, tok, T0 + 60), f->id);
	/* only the hash is stored */
	assert_int_equal(store_scalar(f->s, -1,
			     "SELECT count(*) FROM session"
			     " WHERE token_hash = ?",
			     "s", tok),
	    0);
	sha256_hex(tok, strlen(tok), hash);
	assert_int_equal(store_scalar(f->s, -1,
			     "SELECT count(*) FROM session"
			     " WHERE token_hash = ?",
			     "s", hash),
	    1);
	/* the login is audited */
	assert_true(store_scalar(f->s, 0,
			"SELECT count(*) FROM audit_event"
			" WHERE action = 'sesi.masuk'",
			"") >= 1);
	/* unknown and malformed tokens */
	assert_int_equal(session_lookup(f->s, NULL, T0), 0);
	assert_int_equal(session_lookup(f->s, "", T0), 0);
	assert_int_equal(session_lookup(f->s, "pendek", T0), 0);
	tok[0] = tok[0] == 'A' ? 'B' : 'A';
	assert_int_equal(session_lookup(f->s, tok, T0), 0);
	assert_int_equal(session_end_all(f->s, f->id), 0);
}

static void
t_idle_timeout(void **state)
{
	struct fx *f = *state;
	char tok[TOKEN_LEN + 1];
	time_t exp;

	assert_int_equal(
	    session_create(f->s, f->id, "cookie", "", "", T0, tok, &exp), 0);
	/* 29 minutes idle: alive, and the lookup refreshes last_seen */
	assert_int_equal(session_lookup(f->s, tok, T0 + 29 * 60), f->id);
	/* 31 minutes after that refresh: gone */
	assert_int_equal(session_lookup(f->s, tok, T0 + 29 * 60 + 31 * 60), 0);

	assert_int_equal(
	    session_create(f->s, f->id, "cookie", "", "", T0, tok, &exp), 0);
	assert_int_equal(session_lookup(f->s, tok, T0 + 31 * 60), 0);
	assert_int_equal(session_end_all(f->s, f->id), 0);
}

static void
t_absolute_timeout(void **state)
{
	struct fx *f = *state;
	char tok[TOKEN_LEN + 1];
	time_t exp, t;

	assert_int_equal(
	    session_create(f->s, f->id, "api", "", "", T0, tok, &exp), 0);
	/* kept busy every 20 minutes, it still ends after 12 hours */
	for (t = T0 + 20 * 60; t < T0 + SESSION_ABSOLUTE; t += 20 * 60)
		assert_int_equal(session_lookup(f->s, tok, t), f->id);
	assert_int_equal(session_lookup(f->s, tok, T0 + SESSION_ABSOLUTE - 1),
	    f->id);
	assert_int_equal(session_lookup(f->s, tok, T0 + SESSION_ABSOLUTE), 0);
	assert_int_equal(session_end_all(f->s, f->id), 0);
}

static void
t_end_and_end_all(void **state)
{
	struct fx *f = *state;
	char a[TOKEN_LEN + 1], b[TOKEN_LEN + 1], c[TOKEN_LEN + 1];
	struct session_info si[4];
	time_t exp;

	assert_int_equal(session_create(f->s, f->id, "cookie", "10.0.0.1",
			     "peramban", T0, a, &exp),
	    0);
	assert_int_equal(session_create(f->s, f->id, "api", "10.0.0.2", "app",
			     T0 + 60, b, &exp),
	    0);
	assert_int_equal(
	    session_create(f->s, f->id2, "cookie", "", "", T0, c, &exp), 0);
	assert_string_not_equal(a, b);
	assert_int_equal(session_list(f->s, f->id, T0 + 120, si, 4), 2);
	assert_string_equal(si[0].kind, "api"); /* newest first */
	assert_string_equal(si[0].addr, "10.0.0.2");
	assert_string_equal(si[1].agent, "peramban");

	/* end one */
	assert_int_equal(session_end(f->s, a), 0);
	assert_int_equal(session_lookup(f->s, a, T0 + 120), 0);
	assert_int_equal(session_lookup(f->s, b, T0 + 120), f->id);
	assert_int_equal(session_end(f->s, a), 0); /* twice is fine */
	assert_int_equal(session_end(f->s, NULL), 0);

	/* end all of one account, not the other's */
	assert_int_equal(
	    session_create(f->s, f->id, "cookie", "", "", T0, a, &exp), 0);
	assert_int_equal(session_end_all(f->s, f->id), 0);
	assert_int_equal(session_lookup(f->s, a, T0 + 120), 0);
	assert_int_equal(session_lookup(f->s, b, T0 + 120), 0);
	assert_int_equal(session_lookup(f->s, c, T0 + 120), f->id2);
	assert_int_equal(session_list(f->s, f->id, T0 + 120, si, 4), 0);
	assert_int_equal(session_end_all(f->s, f->id2), 0);
}

static void
t_disabled_account(void **state)
{
	struct fx *f = *state;
	char tok[TOKEN_LEN + 1];
	time_t exp;

	assert_int_equal(
	    session_create(f->s, f->id2, "cookie", "", "", T0, tok, &exp), 0);
	assert_int_equal(store_run(f->s,
			     "UPDATE account SET disabled = 1"
			     " WHERE id = ?",
			     "i", f->id2),
	    0);
	assert_int_equal(session_lookup(f->s, tok, T0 + 60), 0);
	assert_int_equal(account_authenticate(f->s, "warga.dua", PW), 0);
	assert_int_equal(store_run(f->s,
			     "UPDATE account SET disabled = 0"
			     " WHERE id = ?",
			     "i", f->id2),
	    0);
	/* account_set_disabled ends the sessions for good */
	assert_int_equal(account_set_disabled(f->s, f->id2, 1, f->id, "uji"),
	    0);
	assert_int_equal(account_set_disabled(f->s, f->id2, 0, f->id, "uji"),
	    0);
	assert_int_equal(session_lookup(f->s, tok, T0 + 60), 0);
}

static void
t_throttle_per_user(void **state)
{
	struct fx *f = *state;
	time_t t = T0 + 3600;
	int i, wait;

	for (i = 0; i < THROTTLE_PER_USER - 1; i++) {
		throttle_record(f->s, "korban", "10.1.1.1", 0, t + i);
		assert_int_equal(
		    throttle_check(f->s, "korban", "10.1.1.1", t + i), 0);
	}
	/* successes do not count */
	throttle_record(f->s, "korban", "10.1.1.1", 1, t + 10);
	assert_int_equal(throttle_check(f->s, "korban", "10.1.1.1", t + 10), 0);
	throttle_record(f->s, "korban", "10.1.1.1", 0, t + 20);
	/* the fifth failure locks the name, from any address, in any case */
	wait = throttle_check(f->s, "korban", "10.1.1.1", t + 30);
	assert_true(wait > 0 && wait <= THROTTLE_WINDOW + 1);
	assert_true(throttle_check(f->s, "KORBAN", "10.9.9.9", t + 30) > 0);
	/* other names are free */
	assert_int_equal(throttle_check(f->s, "orang.lain", "10.9.9.9", t + 30),
	    0);
	/* the wait ends when the oldest failure leaves the window */
	assert_int_equal(wait, (int)(t + THROTTLE_WINDOW - (t + 30)) + 1);
	assert_true(throttle_check(f->s, "korban", "10.1.1.1",
			t + THROTTLE_WINDOW - 1) > 0);
	assert_int_equal(
	    throttle_check(f->s, "korban", "10.1.1.1", t + THROTTLE_WINDOW + 1),
	    0);
	/* a new failure then counts four in the window: still free */
	throttle_record(f->s, "korban", "10.1.1.1", 0, t + THROTTLE_WINDOW + 2);
	assert_int_equal(
	    throttle_check(f->s, "korban", "10.1.1.1", t + THROTTLE_WINDOW + 2),
	    0);
	/* after the whole window passes, the name is free */
	assert_int_equal(
	    throttle_check(f->s, "korban", "10.1.1.1", t + 3 * THROTTLE_WINDOW),
	    0);
}

static void
t_throttle_per_address(void **state)
{
	struct fx *f = *state;
	time_t t = T0 + 7200;
	char name[32];
	int i;

	for (i = 0; i < THROTTLE_PER_ADDR; i++) {
		snprintf(name, sizeof(name), "tebak.%d", i);
		assert_int_equal(throttle_check(f->s, name, "10.2.2.2", t), 0);
		throttle_record(f->s, name, "10.2.2.2", 0, t);
	}
	assert_true(throttle_check(f->s, "siapa.saja", "10.2.2.2", t + 1) > 0);
	assert_int_equal(throttle_check(f->s, "siapa.saja", "10.3.3.3", t + 1),
	    0);
	assert_int_equal(throttle_check(f->s, "siapa.saja", "10.2.2.2",
			     t + THROTTLE_WINDOW + 1),
	    0);
}

static void
t_account_list(void **state)
{
	struct fx *f = *state;
	struct account_filter flt;
	struct account *list;
	int64_t total;
	int n;

	memset(&flt, 0, sizeof(flt));
	flt.disabled = -1;
	flt.limit = 10;
	list = account_list(f->s, &flt, &n, &total);
	assert_non_null(list);
	assert_int_equal(n, 2);
	assert_int_equal(total, 2);
	assert_string_equal(list[0].username, "warga.dua"); /* by name */
	assert_int_equal(list[0].roles, ROLE_WARGA);
	assert_string_equal(list[0].nik, ""); /* never listed */
	free(list);

	flt.q = "A.UJI";
	list = account_list(f->s, &flt, &n, &total);
	assert_int_equal(n, 1);
	assert_string_equal(list[0].username, "warga.uji");
	free(list);

	flt.q = NULL;
	flt.staff_only = 1;
	list = account_list(f->s, &flt, &n, &total);
	assert_non_null(list);
	assert_int_equal(n, 0);
	assert_int_equal(total, 0);
	free(list);

	flt.staff_only = 0;
	flt.role = ROLE_WARGA;
	flt.limit = 1;
	flt.offset = 1;
	list = account_list(f->s, &flt, &n, &total);
	assert_int_equal(n, 1);
	assert_int_equal(total, 2);
	assert_string_equal(list[0].username, "warga.uji");
	free(list);

	flt.role = ROLE_OPERATOR;
	flt.offset = 0;
	list = account_list(f->s, &flt, &n, &total);
	assert_int_equal(n, 0);
	free(list);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(t_authenticate),
		cmocka_unit_test(t_create_and_lookup),
		cmocka_unit_test(t_idle_timeout),
		cmocka_unit_test(t_absolute_timeout),
		cmocka_unit_test(t_end_and_end_all),
		cmocka_unit_test(t_disabled_account),
		cmocka_unit_test(t_throttle_per_user),
		cmocka_unit_test(t_throttle_per_address),
		cmocka_unit_test(t_account_list),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
