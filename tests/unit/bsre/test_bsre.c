/* test_bsre.c: bsre.conf, BSrE's error answers, the NIK of a certificate. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "mod/bsre/bsre.h"

static int
parse(const char *text, struct bsre_conf *c, char *err)
{
	return bsre_conf_parse(text, strlen(text), c, err, 512);
}

static void
test_conf(void **state)
{
	struct bsre_conf c;
	char err[512];

	(void)state;
	assert_int_equal(parse("# BSrE\nurl = https://esign.local:8443/\n"
			       "versi=2\npengguna = pamong\n"
			       "sandi = a b=c\r\nbatas_waktu = 45\n"
			       "akar = /etc/pamong/bsre.pem\n",
			     &c, err),
	    0);
	assert_string_equal(c.url, "https://esign.local:8443");
	assert_int_equal(c.versi, 2);
	assert_string_equal(c.pengguna, "pamong");
	assert_string_equal(c.sandi, "a b=c");
	assert_int_equal(c.batas_waktu, 45);
	assert_string_equal(c.akar, "/etc/pamong/bsre.pem");
	/* the default time limit */
	assert_int_equal(
	    parse("url = http://10.0.0.5\nversi = 1\nakar = a.pem\n", &c, err),
	    0);
	assert_int_equal(c.batas_waktu, 30);
	assert_int_equal(c.versi, 1);
	/* errors name the line */
	assert_int_equal(
	    parse("url = https://x\nversi = 3\nakar = a\n", &c, err), -1);
	assert_non_null(strstr(err, "baris 2"));
	assert_int_equal(
	    parse("url = https://x\nversi = 1\nakar = a\nwarna = biru\n", &c,
		err),
	    -1);
	assert_non_null(strstr(err, "baris 4"));
	assert_int_equal(parse("url = ftp://x\nversi = 1\nakar = a\n", &c, err),
	    -1);
	assert_int_equal(parse("url https://x\n", &c, err), -1);
	assert_non_null(strstr(err, "baris 1"));
	assert_int_equal(
	    parse("url = https://x\nversi = 1\nbatas_waktu = 601\nakar = a\n",
		&c, err),
	    -1);
	assert_int_equal(
	    parse("url = https://x\nversi = 1\nbatas_waktu = 0\nakar = a\n", &c,
		err),
	    -1);
	assert_int_equal(parse("url = https://x\nversi = 1\n", &c, err), -1);
	assert_non_null(strstr(err, "akar"));
	assert_int_equal(parse("", &c, err), -1);
	assert_int_equal(
	    bsre_conf_parse("url = https://x\0\nversi = 1\nakar = a\n", 37, &c,
		err, sizeof(err)),
	    -1);
}

static void
test_errors(void **state)
{
	char err[512];

	(void)state;
#define E(body) bsre_api_error(400, body, strlen(body), err, sizeof(err))
	assert_int_equal(E("{\"status_code\":2031,\"error\":\"x\"}"),
	    BSRE_PASS);
	assert_non_null(strstr(err, "salah"));
	assert_int_equal(E("{\"error\":\"Passphrase anda salah\"}"), BSRE_PASS);
	assert_int_equal(E("{\"error\":\"Invalid TOTP\"}"), BSRE_PASS);
	assert_int_equal(E("{\"status_code\":2011,\"error\":\"x\"}"),
	    BSRE_REFUSED);
	assert_non_null(strstr(err, "belum terdaftar"));
	assert_int_equal(E("{\"message\":\"User NOT_REGISTERED\"}"),
	    BSRE_REFUSED);
	assert_non_null(strstr(err, "belum terdaftar"));
	E("{\"error\":\"Sertifikat user telah di-revoke\"}");
	assert_non_null(strstr(err, "dicabut"));
	E("{\"error\":\"Certificate expired\"}");
	assert_non_null(strstr(err, "habis masa berlakunya"));
	E("{\"status_code\":\"2021\",\"error\":\"x\"}");
	assert_non_null(strstr(err, "belum diterbitkan"));
	assert_int_equal(bsre_api_error(500, "oops", 4, err, sizeof(err)),
	    BSRE_REFUSED);
	assert_non_null(strstr(err, "kode 500"));
	assert_int_equal(bsre_api_error(403, "", 0, err, sizeof(err)),
	    BSRE_REFUSED);
	assert_non_null(strstr(err, "menolak"));
#undef E
}

static void
test_nik(void **state)
{
	(void)state;
	assert_true(bsre_nik_match("1408011501850003", "1408011501850003", ""));
	assert_true(
	    bsre_nik_match("1408011501850003", "NIK:1408011501850003", ""));
	assert_true(
	    bsre_nik_match("1408011501850003", "PNOID-1408011501850003", ""));
	assert_false(
	    bsre_nik_match("1408011501850003", "91408011501850003", ""));
	assert_false(bsre_nik_match("1408011501850003", "1408011501850004",
	    "petugas@siakkab.go.id"));
	assert_true(bsre_nik_match("1408011501850003", "",
	    "petugas@siakkab.go.id\n1408011501850003"));
	assert_false(bsre_nik_match("1408011501850003", "", ""));
	assert_false(bsre_nik_match("123", "123", ""));
	assert_false(bsre_nik_match("1408011501850003", NULL, NULL));
}

static void
test_backend_names(void **state)
{
	(void)state;
	assert_int_equal(bsre_backend_parse("lokal"), TTD_LOKAL);
	assert_int_equal(bsre_backend_parse("bsre"), TTD_BSRE);
	assert_int_equal(bsre_backend_parse("BSRE"), -1);
	assert_int_equal(bsre_backend_parse(NULL), -1);
	assert_string_equal(bsre_backend_name(TTD_BSRE), "bsre");
	assert_string_equal(bsre_backend_name(TTD_LOKAL), "lokal");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_conf),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_nik),
		cmocka_unit_test(test_backend_names),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
