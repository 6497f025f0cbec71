/*
 * test_nik_verif.c: claimed and verified NIKs (issue 12 item 5): sign-up
 * throttling, office verification, the owner's take-over, the staff
 * identity NIK, and the external verifier with a stub command.
 */
#include <sys/stat.h>

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
#include "mod/audit/audit.h"
#include "mod/akun/nik_verif.h"
#include "mod/akun/session.h"
#include "lib/xalloc.h"
#include "store/migrate.h"
#include "store/store.h"

#define T0 ((time_t)1795860000) /* 2026-11-28T10:00:00Z */
#define PW "Sandi-Uji-2026"

static struct store *s;
static char dir[40];
static struct account op_kampung, op_opd, op_dukcapil;

static int64_t
mk(const char *user, const char *roles, const char *unit, const char *nik,
    int vouched)
{
	struct account_new n;
	struct field_errs fe;
	int64_t id = 0;

	memset(&n, 0, sizeof(n));
	memset(&fe, 0, sizeof(fe));
	n.username = user;
	n.password = PW;
	n.roles = roles;
	n.unit_code = unit;
	n.nik = nik;
	n.full_name = "Warga Cocok";
	n.phone = "081234567890";
	n.nik_verified = vouched;
	if (account_create(s, &n, 0, "uji", &fe, &id) != 0) {
		fprintf(stderr, "%s: %s\n", user, fe.n ? fe.e[0].msg : "?");
		return 0;
	}
	return id;
}

static void
load(const char *user, struct account *a)
{
	assert_int_equal(account_find(s, user, a), 0);
}

static int64_t
count(const char *sql)
{
	return store_scalar(s, -1, sql, "");
}

static int
setup(void **state)
{
	char path[64];

	(void)state;
	snprintf(dir, sizeof(dir), "/tmp/pamong-nikv-XXXXXX");
	if (mkdtemp(dir) == NULL)
		return -1;
	snprintf(path, sizeof(path), "%s/t.db", dir);
	if (store_open(&s, NULL, path) != 0 || store_migrate(s, 0) != 0)
		return -1;
	if (store_exec(s,
		"INSERT INTO unit(code, name, kind) VALUES"
		" ('14.08.01.1001', 'Kampung Dalam', 'kampung'),"
		" ('DISDUKCAPIL', 'Disdukcapil', 'opd'),"
		" ('DPMPTSP', 'DPMPTSP', 'opd')") != 0)
		return -1;
	if (!mk("op.kampung", "operator", "14.08.01.1001", "1408010101800001",
		1) ||
	    !mk("op.opd", "operator,verifikator", "DPMPTSP", "1408010101800002",
		1) ||
	    !mk("op.dukcapil", "verifikator", "DISDUKCAPIL", "1408010101800003",
		1))
		return -1;
	load("op.kampung", &op_kampung);
	load("op.opd", &op_opd);
	load("op.dukcapil", &op_dukcapil);
	return 0;
}

static int
teardown(void **state)
{
	char *cmd;

	(void)state;
	store_close(s);
	cmd = xasprintf("rm -rf '%s'", dir);
	if (system(cmd) != 0)
		fprintf(stderr, "cleanup of %s failed\n", dir);
	free(cmd);
	return 0;
}

static void
t_signup_throttle(void **state)
{
	int i, w;

	(void)state;
	for (i = 0; i < SIGNUP_PER_ADDR; i++) {
		assert_int_equal(signup_throttle_check(s, "10.0.0.9", T0 + i),
		    0);
		signup_throttle_record(s, "10.0.0.9", T0 + i);
	}
	w = signup_throttle_check(s, "10.0.0.9", T0 + 10);
	/* the first of the five ages out an hour after it came */
	assert_int_equal(w, SIGNUP_WINDOW - 10 + 1);
	assert_int_equal(signup_throttle_check(s, "10.0.0.8", T0 + 10), 0);
	assert_int_equal(
	    signup_throttle_check(s, "10.0.0.9", T0 + SIGNUP_WINDOW + 1), 0);
}

static void
t_claimed_and_vouched(void **state)
{
	struct account a;

	(void)state;
	assert_true(mk("warga.klaim", "warga", NULL, "1408014107900011", 0));
	load("warga.klaim", &a);
	assert_int_equal(a.nik_verified, 0);
	assert_string_equal(a.id_nik, "");
	assert_true(mk("warga.admin", "warga", NULL, "1408014107900012", 1));
	load("warga.admin", &a);
	assert_int_equal(a.nik_verified, 1);
	assert_string_equal(a.id_nik, "1408014107900012");
	assert_int_equal(
	    store_scalar(s, 0,
		"SELECT count(*) FROM account"
		" WHERE username = 'warga.admin' AND nik_verified_via = 'admin'",
		""),
	    1);
	/* a staff account linked to the person's citizen account */
	assert_true(mk("staf.tautan", "operator", "14.08.01.1001", NULL, 0));
	load("staf.tautan", &a);
	assert_string_equal(a.id_nik, "");
	assert_int_equal(
	    store_run(s,
		"UPDATE account SET warga_id = (SELECT"
		" id FROM account WHERE username = 'warga.admin') WHERE username ="
		" 'staf.tautan'",
		""),
	    0);
	load("staf.tautan", &a);
	assert_string_equal(a.id_nik, "1408014107900012");
	/* a link to a claimed NIK is no identity */
	assert_int_equal(
	    store_run(s,
		"UPDATE account SET warga_id = (SELECT"
		" id FROM account WHERE username = 'warga.klaim') WHERE username ="
		" 'staf.tautan'",
		""),
	    0);
	load("staf.tautan", &a);
	assert_string_equal(a.id_nik, "");
	/* the link made at creation (pamong user add --warga) */
	{
		struct account_new n;
		struct field_errs fe;
		int64_t id;

		memset(&n, 0, sizeof(n));
		memset(&fe, 0, sizeof(fe));
		n.username = "staf.baru";
		n.password = PW;
		n.roles = "verifikator";
		n.unit_code = "14.08.01.1001";
		n.warga = "tak.ada";
		assert_int_equal(account_create(s, &n, 0, "uji", &fe, &id), -1);
		assert_non_null(field_err_get(&fe, "warga"));
		memset(&fe, 0, sizeof(fe));
		n.warga = "warga.admin";
		assert_int_equal(account_create(s, &n, 0, "uji", &fe, &id), 0);
		load("staf.baru", &a);
		assert_int_equal(a.warga_id,
		    store_scalar(s, 0,
			"SELECT id FROM"
			" account WHERE username = 'warga.admin'",
			""));
		assert_string_equal(a.id_nik, "1408014107900012");
	}
}

static void
t_office_verify(void **state)
{
	struct account a;
	const char *why;

	(void)state;
	assert_true(mk("warga.kantor", "warga", NULL, "1408014107900013", 0));
	load("warga.kantor", &a);
	assert_int_equal(nikv_office(s, &op_kampung), 1);
	assert_int_equal(nikv_office(s, &op_dukcapil), 1);
	assert_int_equal(nikv_office(s, &op_opd), 0);
	assert_int_equal(nikv_verify(s, &op_opd, a.id, "uji", T0, &why),
	    NIKV_FORBIDDEN);
	assert_int_equal(
	    nikv_verify(s, &op_kampung, op_kampung.id, "uji", T0, &why),
	    NIKV_FORBIDDEN);
	assert_int_equal(nikv_verify(s, &op_kampung, a.id, "uji", T0, &why),
	    NIKV_OK);
	load("warga.kantor", &a);
	assert_int_equal(a.nik_verified, 1);
	assert_int_equal(
	    store_scalar(s, 0,
		"SELECT count(*) FROM audit_event"
		" WHERE action = 'akun.nik_verifikasi' AND object_id ="
		" 'warga.kantor' AND actor_id = ?",
		"i", op_kampung.id),
	    1);
	assert_int_equal(nikv_verify(s, &op_kampung, a.id, "uji", T0, &why),
	    NIKV_CONFLICT);
	/* found by NIK and by username */
	assert_int_equal(nikv_find(s, "1408014107900013", &a), 0);
	assert_string_equal(a.username, "warga.kantor");
	assert_int_equal(nikv_find(s, "warga.kantor", &a), 0);
	assert_int_equal(nikv_find(s, "1408014107999999", &a), -1);
}

static void
t_takeover(void **state)
{
	struct account_new n;
	struct field_errs fe;
	struct account a;
	const char *why;
	char kasus[32];
	int64_t id, before;

	(void)state;
	assert_true(mk("penyerobot", "warga", NULL, "1408014107900014", 0));
	memset(&n, 0, sizeof(n));
	n.username = "pemilik.asli";
	n.password = PW;
	n.full_name = "Pemilik Asli";
	n.phone = "081234567891";
	memset(&fe, 0, sizeof(fe));
	/* not from an OPD, not without a statement */
	assert_int_equal(nikv_takeover(s, &op_opd, "1408014107900014", NULL, &n,
			     "KTP-el asli diperiksa", "uji", T0, kasus,
			     sizeof(kasus), &id, &fe, &why),
	    NIKV_FORBIDDEN);
	assert_int_equal(nikv_takeover(s, &op_kampung, "1408014107900014", NULL,
			     &n, "pendek", "uji", T0, kasus, sizeof(kasus), &id,
			     &fe, &why),
	    NIKV_INVALID);
	/* a NIK nobody holds; a verified NIK */
	assert_int_equal(nikv_takeover(s, &op_kampung, "1408014107900099", NULL,
			     &n, "KTP-el asli diperiksa", "uji", T0, kasus,
			     sizeof(kasus), &id, &fe, &why),
	    NIKV_CONFLICT);
	assert_int_equal(nikv_takeover(s, &op_kampung, "1408014107900012", NULL,
			     &n, "KTP-el asli diperiksa", "uji", T0, kasus,
			     sizeof(kasus), &id, &fe, &why),
	    NIKV_CONFLICT);
	assert_int_equal(count("SELECT count(*) FROM account WHERE username ="
			       " 'pemilik.asli'"),
	    0);
	before = count("SELECT count(*) FROM kasus");
	assert_int_equal(nikv_takeover(s, &op_kampung, "1408014107900014", NULL,
			     &n, "KTP-el asli diperiksa, foto cocok", "uji", T0,
			     kasus, sizeof(kasus), &id, &fe, &why),
	    NIKV_OK);
	assert_int_equal(strncmp(kasus, "KAS-", 4), 0);
	load("pemilik.asli", &a);
	assert_int_equal(a.id, id);
	assert_string_equal(a.nik, "1408014107900014");
	assert_int_equal(a.nik_verified, 1);
	load("penyerobot", &a);
	assert_string_equal(a.nik, "");
	assert_int_equal(a.disabled, 1);
	assert_int_equal(count("SELECT count(*) FROM kasus"), before + 1);
	assert_int_equal(
	    count("SELECT count(*) FROM kasus WHERE ref_type ="
		  " 'akun' AND ref_id = 'penyerobot' AND status = 'baru'"),
	    1);
	assert_int_equal(
	    count("SELECT count(*) FROM audit_event WHERE"
		  " object_id = 'penyerobot' AND action IN ('akun.nik_dicabut',"
		  " 'akun.nonaktifkan')"),
	    2);
	assert_int_equal(
	    count("SELECT count(*) FROM audit_event WHERE"
		  " object_id = 'pemilik.asli' AND action IN ('akun.buat',"
		  " 'akun.nik_verifikasi')"),
	    2);

	/* to an existing account without NIK */
	assert_true(mk("penyerobot2", "warga", NULL, "1408014107900015", 0));
	assert_true(mk("staf.pemilik", "operator", "DPMPTSP", NULL, 0));
	assert_int_equal(nikv_takeover(s, &op_dukcapil, "1408014107900015",
			     "penyerobot2", NULL, "KTP-el asli diperiksa",
			     "uji", T0, kasus, sizeof(kasus), &id, &fe, &why),
	    NIKV_INVALID);
	assert_int_equal(nikv_takeover(s, &op_dukcapil, "1408014107900015",
			     "staf.pemilik", NULL, "KTP-el asli diperiksa",
			     "uji", T0, kasus, sizeof(kasus), &id, &fe, &why),
	    NIKV_OK);
	load("staf.pemilik", &a);
	assert_string_equal(a.id_nik, "1408014107900015");
}

/* Write the stub verifier and its configuration; ambang 90. */
static void
stub(const char *body, int conf)
{
	char path[96];
	FILE *f;

	snprintf(path, sizeof(path), "%s/stub.sh", dir);
	assert_non_null(f = fopen(path, "w"));
	fprintf(f, "#!/bin/sh\n%s\n", body);
	fclose(f);
	assert_int_equal(chmod(path, 0755), 0);
	snprintf(path, sizeof(path), "%s/dukcapil.conf", dir);
	if (!conf) {
		unlink(path);
		return;
	}
	assert_non_null(f = fopen(path, "w"));
	fprintf(f, "# uji\nperintah = %s/stub.sh\nambang = 90\n", dir);
	fclose(f);
}

static void
t_external(void **state)
{
	struct nikv_ext x;
	struct account a;
	const char *why;
	char err[256];
	int score, ok;
	int64_t logged;

	(void)state;
	/* 1408014107900016: born 1 July 1990 */
	assert_true(mk("warga.ext", "warga", NULL, "1408014107900016", 0));
	load("warga.ext", &a);
	stub("exit 1", 0);
	assert_int_equal(nikv_ext_load(dir, &x, err, sizeof(err)), 0);
	assert_int_equal(nikv_ext_check(s, dir, &op_dukcapil, a.id,
			     "1990-07-01", "uji", T0, &score, &ok, &why),
	    NIKV_CONFLICT);
	logged = count("SELECT count(*) FROM akses_data");

	/* the stub answers by the name it is given */
	stub("read q\ncase \"$q\" in\n*'\"nama\":\"Warga Cocok\"'*"
	     "'\"tanggal_lahir\":\"1990-07-01\"'*) echo '{\"skor\": 40}' ;;\n"
	     "*) echo '{\"skor\": 0}' ;;\nesac",
	    1);
	assert_int_equal(nikv_ext_load(dir, &x, err, sizeof(err)), 1);
	assert_int_equal(x.threshold, 90);
	/* a birth date that disagrees with the NIK: no call, no log */
	assert_int_equal(nikv_ext_check(s, dir, &op_dukcapil, a.id,
			     "1990-07-02", "uji", T0, &score, &ok, &why),
	    NIKV_INVALID);
	assert_int_equal(count("SELECT count(*) FROM akses_data"), logged);
	/* below the threshold: logged, not verified */
	assert_int_equal(nikv_ext_check(s, dir, &op_dukcapil, a.id,
			     "1990-07-01", "uji", T0, &score, &ok, &why),
	    NIKV_OK);
	assert_int_equal(score, 40);
	assert_int_equal(ok, 0);
	assert_int_equal(count("SELECT count(*) FROM akses_data"), logged + 1);
	load("warga.ext", &a);
	assert_int_equal(a.nik_verified, 0);
	/* a broken answer: logged, an error */
	stub("cat >/dev/null; echo 'bukan json'", 1);
	assert_int_equal(nikv_ext_check(s, dir, &op_dukcapil, a.id,
			     "1990-07-01", "uji", T0, &score, &ok, &why),
	    NIKV_STORAGE);
	assert_int_equal(count("SELECT count(*) FROM akses_data"), logged + 2);
	/* a match */
	stub("cat >/dev/null; echo '{\"skor\": 97, \"keterangan\": \"cocok\"}'",
	    1);
	assert_int_equal(nikv_ext_check(s, dir, &op_opd, a.id, "1990-07-01",
			     "uji", T0, &score, &ok, &why),
	    NIKV_FORBIDDEN);
	assert_int_equal(nikv_ext_check(s, dir, &op_dukcapil, a.id,
			     "1990-07-01", "uji", T0, &score, &ok, &why),
	    NIKV_OK);
	assert_int_equal(score, 97);
	assert_int_equal(ok, 1);
	assert_int_equal(count(
			     "SELECT count(*) FROM akses_data WHERE"
			     " objek_type = 'akun' AND objek_id = 'warga.ext'"),
	    3);
	assert_int_equal(count(
			     "SELECT count(*) FROM account WHERE username ="
			     " 'warga.ext' AND nik_verified_via = 'dukcapil'"),
	    1);
	/* a configuration with an unknown key is refused */
	{
		char path[96];
		FILE *f;

		snprintf(path, sizeof(path), "%s/dukcapil.conf", dir);
		assert_non_null(f = fopen(path, "w"));
		fprintf(f, "url = http://contoh\n");
		fclose(f);
		assert_int_equal(nikv_ext_load(dir, &x, err, sizeof(err)), -1);
	}
}

/*
 * Migration 0017 on a database with accounts: NIKs of accounts created by
 * an administrator or the CLI become verified, self sign-ups stay
 * claimed.
 */
static void
t_upgrade(void **state)
{
	const struct migration *m;
	struct store *u;
	char path[64];
	static const struct {
		const char *user, *nik, *addr;
		int by_admin;
	} acc[] = {
		{ "admin.lama", NULL, "cli", 0 },
		{ "daftar.sendiri", "1408014107900041", "10.1.2.3", 0 },
		{ "dari.cli", "1408014107900042", "cli", 0 },
		{ "dari.admin", "1408014107900043", "10.1.2.4", 1 },
	};
	size_t i;

	(void)state;
	snprintf(path, sizeof(path), "%s/lama.db", dir);
	assert_int_equal(store_open(&u, NULL, path), 0);
	assert_int_equal(
	    store_exec(u,
		"CREATE TABLE schema_migrations ("
		"version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at"
		" INTEGER NOT NULL)"),
	    0);
	for (m = migrations; m->name != NULL && m->version < 17; m++) {
		assert_int_equal(store_exec(u, m->sql), 0);
		assert_int_equal(store_run(u,
				     "INSERT INTO schema_migrations"
				     " VALUES (?, ?, 0)",
				     "ds", m->version, m->name),
		    0);
	}
	for (i = 0; i < sizeof(acc) / sizeof(acc[0]); i++) {
		assert_int_equal(store_begin(u), 0);
		assert_int_equal(
		    store_run(u,
			"INSERT INTO account(username,"
			" pw_hash, nik, created_at, pw_changed_at) VALUES (?, 'x',"
			" ?, 5, 5)",
			"ss", acc[i].user, acc[i].nik),
		    0);
		assert_int_equal(
		    audit_write(u,
			&(struct audit){ .actor_id = acc[i].by_admin ? 1 : 0,
			    .action = "akun.buat",
			    .object_type = "akun",
			    .object_id = acc[i].user,
			    .addr = acc[i].addr }),
		    0);
		assert_int_equal(store_commit(u), 0);
	}
	assert_int_equal(store_migrate(u, 0), 0);
	assert_int_equal(
	    store_scalar(u, -1,
		"SELECT count(*) FROM account"
		" WHERE nik_verified_at IS NULL AND username = 'daftar.sendiri'",
		""),
	    1);
	assert_int_equal(
	    store_scalar(u, -1,
		"SELECT count(*) FROM account"
		" WHERE nik_verified_via = 'migrasi' AND nik_verified_at = 5 AND"
		" username IN ('dari.cli', 'dari.admin')",
		""),
	    2);
	assert_int_equal(store_scalar(u, -1,
			     "SELECT count(*) FROM account"
			     " WHERE nik_verified_at IS NOT NULL",
			     ""),
	    2);
	store_close(u);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(t_signup_throttle),
		cmocka_unit_test(t_claimed_and_vouched),
		cmocka_unit_test(t_office_verify),
		cmocka_unit_test(t_takeover),
		cmocka_unit_test(t_external),
		cmocka_unit_test(t_upgrade),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
