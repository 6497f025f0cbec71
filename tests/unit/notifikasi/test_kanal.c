/* test_kanal.c: DATA/kanal.conf: keys, channel states, broken files. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mod/notifikasi/kanal.h"
#include "mod/notifikasi/kirim.h"

static void
test_empty(void **state)
{
	struct kanal_conf c;
	int k;

	(void)state;
	assert_int_equal(kanal_parse("", &c), 0);
	for (k = 0; k < KANAL_N; k++) {
		assert_int_equal(c.keadaan[k], KANAL_MATI);
		assert_int_equal(c.per_menit[k], 60);
	}
	assert_int_equal(c.batas_waktu, 10);
	assert_string_equal(c.wa_template, "pemberitahuan");
	assert_int_equal(kanal_read("/nonexistent-pamong-dir", &c), 0);
	assert_int_equal(c.keadaan[KANAL_EMAIL], KANAL_MATI);
}

static void
test_full(void **state)
{
	struct kanal_conf c;

	(void)state;
	assert_int_equal(
	    kanal_parse("# komentar\n"
			"smtp_url = smtps://mail.siakkab.go.id:465\n"
			"smtp_dari=pamong@siakkab.go.id\n"
			"  smtp_pengguna = pamong \r\n"
			"smtp_sandi = rahasia = sekali\n"
			"smtp_starttls = ya\n"
			"\n"
			"wa_mode = cloud\n"
			"wa_url = https://graph.example/v19.0/1/messages\n"
			"wa_token = abc\n"
			"sms_url = http://127.0.0.1:9/sms\n"
			"wa_per_menit = 80\n"
			"batas_waktu = 3\n",
		&c),
	    0);
	assert_string_equal(c.smtp_url, "smtps://mail.siakkab.go.id:465");
	assert_string_equal(c.smtp_pengguna, "pamong");
	assert_string_equal(c.smtp_sandi, "rahasia = sekali");
	assert_int_equal(c.smtp_starttls, 1);
	assert_int_equal(c.wa_cloud, 1);
	assert_int_equal(c.per_menit[KANAL_WA], 80);
	assert_int_equal(c.per_menit[KANAL_SMS], 60);
	assert_int_equal(c.batas_waktu, 3);
	assert_int_equal(c.keadaan[KANAL_EMAIL], KANAL_AKTIF);
	assert_int_equal(c.keadaan[KANAL_WA], KANAL_AKTIF);
	assert_int_equal(c.keadaan[KANAL_SMS], KANAL_AKTIF);
}

/* A channel with a wrong key is salah; the others stay usable. */
static void
test_misconfigured(void **state)
{
	struct kanal_conf c;

	(void)state;
	assert_int_equal(kanal_parse("smtp_url = ftp://x\n"
				     "wa_url = http://127.0.0.1:1/kirim\n"
				     "wa_token = t\n"
				     "sms_url = http://127.0.0.1:1/sms\n",
			     &c),
	    0);
	assert_int_equal(c.keadaan[KANAL_EMAIL], KANAL_SALAH);
	assert_non_null(strstr(c.alasan[KANAL_EMAIL], "smtp_url"));
	assert_int_equal(c.keadaan[KANAL_WA], KANAL_AKTIF);
	assert_int_equal(c.keadaan[KANAL_SMS], KANAL_AKTIF);

	assert_int_equal(kanal_parse("smtp_url = smtp://h\n", &c), 0);
	assert_int_equal(c.keadaan[KANAL_EMAIL], KANAL_SALAH);
	assert_non_null(strstr(c.alasan[KANAL_EMAIL], "smtp_dari"));
	assert_int_equal(kanal_parse("smtp_url = smtp://h\nsmtp_dari = a@b\n"
				     "smtp_pengguna = u\n",
			     &c),
	    0);
	assert_int_equal(c.keadaan[KANAL_EMAIL], KANAL_SALAH);
	assert_int_equal(kanal_parse("wa_url = http://h/x\n", &c), 0);
	assert_int_equal(c.keadaan[KANAL_WA], KANAL_SALAH);
	assert_non_null(strstr(c.alasan[KANAL_WA], "wa_token"));
}

/* Broken lines: reported with their number, never a crash. */
static void
test_broken(void **state)
{
	struct kanal_conf c;
	char big[KANAL_STR + 32];

	(void)state;
	assert_int_equal(kanal_parse("wa_url http://x\n", &c), -1);
	assert_non_null(strstr(c.galat, "baris 1"));
	assert_int_equal(kanal_parse("\nkunci_lain = 1\n", &c), -1);
	assert_non_null(strstr(c.galat, "baris 2"));
	assert_int_equal(kanal_parse("wa_mode = pos\n", &c), -1);
	assert_int_equal(kanal_parse("smtp_starttls = mungkin\n", &c), -1);
	assert_int_equal(kanal_parse("batas_waktu = 0\n", &c), -1);
	assert_int_equal(kanal_parse("batas_waktu = 10x\n", &c), -1);
	assert_int_equal(kanal_parse("sms_per_menit = -5\n", &c), -1);
	memset(big, 'a', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	memcpy(big, "wa_url=", 7);
	assert_int_equal(kanal_parse(big, &c), -1);
	assert_int_equal(c.keadaan[KANAL_WA], KANAL_MATI);
	/* the keys after a broken line are still read */
	assert_int_equal(kanal_parse("x\nsms_url = http://h/s\n", &c), -1);
	assert_int_equal(c.keadaan[KANAL_SMS], KANAL_AKTIF);
}

static void
test_names_backoff(void **state)
{
	(void)state;
	assert_string_equal(kanal_name(KANAL_EMAIL), "email");
	assert_int_equal(kanal_from_name("whatsapp"), KANAL_WA);
	assert_int_equal(kanal_from_name("sms"), KANAL_SMS);
	assert_int_equal(kanal_from_name("fax"), -1);
	assert_int_equal(kanal_from_name(NULL), -1);
	assert_int_equal(kirim_backoff(1), 60);
	assert_int_equal(kirim_backoff(2), 300);
	assert_int_equal(kirim_backoff(3), 900);
	assert_int_equal(kirim_backoff(4), 3600);
	assert_int_equal(kirim_backoff(5), -1);
	assert_int_equal(kirim_backoff(0), -1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_empty),
		cmocka_unit_test(test_full),
		cmocka_unit_test(test_misconfigured),
		cmocka_unit_test(test_broken),
		cmocka_unit_test(test_names_backoff),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
