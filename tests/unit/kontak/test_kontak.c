/* test_kontak.c: the kontak module's hours validation and "open today" in WIB. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lib/msg.h"
#include "mod/akun/account.h"
#include "mod/kontak/kontak.h"

/* The instant of a WIB wall-clock time. */
static time_t
wib(int y, int mo, int d, int h, int mi)
{
	struct tm tm;

	memset(&tm, 0, sizeof(tm));
	tm.tm_year = y - 1900;
	tm.tm_mon = mo - 1;
	tm.tm_mday = d;
	tm.tm_hour = h;
	tm.tm_min = mi;
	return timegm(&tm) - 7 * 3600;
}

static void
test_time_parse(void **state)
{
	char out[6];

	(void)state;
	assert_int_equal(kontak_time_parse("08:00"), 480);
	assert_int_equal(kontak_time_parse("08.00"), 480);
	assert_int_equal(kontak_time_parse("8:05"), 485);
	assert_int_equal(kontak_time_parse("00:00"), 0);
	assert_int_equal(kontak_time_parse("23:59"), 23 * 60 + 59);
	assert_int_equal(kontak_time_parse("24:00"), -1);
	assert_int_equal(kontak_time_parse("12:60"), -1);
	assert_int_equal(kontak_time_parse(""), -1);
	assert_int_equal(kontak_time_parse(NULL), -1);
	assert_int_equal(kontak_time_parse("0800"), -1);
	assert_int_equal(kontak_time_parse("08:00x"), -1);
	assert_int_equal(kontak_time_parse("-8:00"), -1);
	assert_int_equal(kontak_time_parse("08,00"), -1);
	kontak_time_format(13 * 60 + 30, out);
	assert_string_equal(out, "13.30");
	kontak_time_format(5, out);
	assert_string_equal(out, "00.05");
	kontak_time_format(-1, out);
	assert_string_equal(out, "");
}

static void
test_day_check(void **state)
{
	struct kontak_hari h;
	const char *closed[4] = { "", "", "", "" };
	const char *one[4] = { "08:00", "16:00", "", "" };
	const char *two[4] = { "08.00", " 11.30 ", "13:30", "16:00" };
	const char *half[4] = { "08:00", "", "", "" };
	const char *rev[4] = { "16:00", "08:00", "", "" };
	const char *same[4] = { "08:00", "08:00", "", "" };
	const char *overlap[4] = { "08:00", "12:00", "11:00", "16:00" };
	const char *touch[4] = { "08:00", "12:00", "12:00", "16:00" };
	const char *only2[4] = { "", "", "13:30", "16:00" };
	const char *bad[4] = { "8 pagi", "16:00", "", "" };
	const char *nulls[4] = { NULL, NULL, NULL, NULL };

	(void)state;
	assert_null(kontak_day_check(closed, &h));
	assert_int_equal(h.n, 0);
	assert_null(kontak_day_check(nulls, &h));
	assert_int_equal(h.n, 0);
	assert_null(kontak_day_check(one, &h));
	assert_int_equal(h.n, 1);
	assert_int_equal(h.s[0].buka, 480);
	assert_int_equal(h.s[0].tutup, 960);
	assert_null(kontak_day_check(two, &h));
	assert_int_equal(h.n, 2);
	assert_int_equal(h.s[0].tutup, 690);
	assert_int_equal(h.s[1].buka, 810);
	assert_string_equal(kontak_day_check(half, &h),
	    msg(M_KONTAK_JAM_PASANGAN));
	assert_string_equal(kontak_day_check(rev, &h),
	    msg(M_KONTAK_JAM_URUTAN));
	assert_string_equal(kontak_day_check(same, &h),
	    msg(M_KONTAK_JAM_URUTAN));
	assert_string_equal(kontak_day_check(overlap, &h),
	    msg(M_KONTAK_JAM_SESI2));
	assert_string_equal(kontak_day_check(touch, &h),
	    msg(M_KONTAK_JAM_SESI2));
	assert_string_equal(kontak_day_check(only2, &h),
	    msg(M_KONTAK_JAM_SESI2));
	assert_string_equal(kontak_day_check(bad, &h),
	    msg(M_KONTAK_JAM_FORMAT));
}

/* Senin-Kamis 08.00-16.00, Jumat 08.00-11.30 and 13.30-16.00. */
static void
office(struct kontak *k)
{
	int d;

	memset(k, 0, sizeof(*k));
	for (d = 0; d < 4; d++) {
		k->hari[d].n = 1;
		k->hari[d].s[0].buka = 8 * 60;
		k->hari[d].s[0].tutup = 16 * 60;
	}
	k->hari[4].n = 2;
	k->hari[4].s[0].buka = 8 * 60;
	k->hari[4].s[0].tutup = 11 * 60 + 30;
	k->hari[4].s[1].buka = 13 * 60 + 30;
	k->hari[4].s[1].tutup = 16 * 60;
}

static void
test_validate(void **state)
{
	struct kontak_input in;
	struct field_errs fe;
	struct kontak k;

	(void)state;
	memset(&in, 0, sizeof(in));
	in.alamat = "  Jalan Sultan Syarif Kasim, Siak  ";
	in.telepon = "(0764) 20101";
	in.email = "kantor@siakkab.example";
	in.whatsapp = "+62 812-7600-1001";
	in.jam[0][0] = "08:00";
	in.jam[0][1] = "16:00";
	memset(&fe, 0, sizeof(fe));
	memset(&k, 0, sizeof(k));
	assert_int_equal(kontak_validate(&in, &k, &fe), 0);
	assert_int_equal(fe.n, 0);
	assert_string_equal(k.alamat, "Jalan Sultan Syarif Kasim, Siak");
	assert_int_equal(k.hari[0].n, 1);
	assert_int_equal(k.hari[6].n, 0);

	in.alamat = "ab";
	in.telepon = "12345";	    /* too few digits */
	in.email = "kantor@siak";   /* no dot in the domain */
	in.whatsapp = "0764 20101"; /* not a mobile number */
	in.catatan = "baris satu\nbaris dua";
	in.jam[4][0] = "08:00";
	in.jam[4][1] = "11:30";
	in.jam[4][2] = "11:00";
	in.jam[4][3] = "16:00";
	memset(&fe, 0, sizeof(fe));
	assert_int_equal(kontak_validate(&in, &k, &fe), -1);
	assert_non_null(field_err_get(&fe, "alamat"));
	assert_non_null(field_err_get(&fe, "telepon"));
	assert_non_null(field_err_get(&fe, "email"));
	assert_non_null(field_err_get(&fe, "whatsapp"));
	assert_non_null(field_err_get(&fe, "catatan"));
	assert_null(field_err_get(&fe, "jam-1"));
	assert_string_equal(field_err_get(&fe, "jam-5"),
	    msg(M_KONTAK_JAM_SESI2));

	in.telepon = "0764 20101 ext 5"; /* letters */
	memset(&fe, 0, sizeof(fe));
	assert_int_equal(kontak_validate(&in, &k, &fe), -1);
	assert_non_null(field_err_get(&fe, "telepon"));
	in.telepon = ""; /* required */
	memset(&fe, 0, sizeof(fe));
	assert_int_equal(kontak_validate(&in, &k, &fe), -1);
	assert_non_null(field_err_get(&fe, "telepon"));
}

static void
test_status(void **state)
{
	struct kontak k;
	struct kontak_status st;

	(void)state;
	office(&k);
	/* Monday 7 December 2026, 09:15 WIB = 02:15 UTC */
	kontak_status(&k, wib(2026, 12, 7, 9, 15), 0, &st);
	assert_int_equal(st.hari, 0);
	assert_int_equal(st.menit, 9 * 60 + 15);
	assert_int_equal(st.keadaan, KONTAK_BUKA);
	/* 07:59 WIB: before opening, next at 08.00 */
	kontak_status(&k, wib(2026, 12, 7, 7, 59), 0, &st);
	assert_int_equal(st.keadaan, KONTAK_BELUM_BUKA);
	assert_int_equal(st.berikut, 480);
	/* 16:00 sharp: closed */
	kontak_status(&k, wib(2026, 12, 7, 16, 0), 0, &st);
	assert_int_equal(st.keadaan, KONTAK_SUDAH_TUTUP);
	/* 23:30 UTC Sunday is 06:30 WIB Monday */
	kontak_status(&k, wib(2026, 12, 7, 6, 30), 0, &st);
	assert_int_equal(st.hari, 0);
	/* Friday 11 December: the break, then the second session */
	kontak_status(&k, wib(2026, 12, 11, 12, 0), 0, &st);
	assert_int_equal(st.hari, 4);
	assert_int_equal(st.keadaan, KONTAK_ISTIRAHAT);
	assert_int_equal(st.berikut, 13 * 60 + 30);
	kontak_status(&k, wib(2026, 12, 11, 13, 30), 0, &st);
	assert_int_equal(st.keadaan, KONTAK_BUKA);
	/* Saturday and Sunday: closed all day */
	kontak_status(&k, wib(2026, 12, 12, 10, 0), 0, &st);
	assert_int_equal(st.hari, 5);
	assert_int_equal(st.keadaan, KONTAK_TUTUP_HARI_INI);
	kontak_status(&k, wib(2026, 12, 13, 10, 0), 0, &st);
	assert_int_equal(st.hari, 6);
	assert_int_equal(st.keadaan, KONTAK_TUTUP_HARI_INI);
	/* a holiday closes a working day */
	kontak_status(&k, wib(2026, 12, 25, 10, 0), 1, &st);
	assert_int_equal(st.keadaan, KONTAK_TUTUP_HARI_INI);
}

static void
test_today_text(void **state)
{
	struct kontak k;
	char t[256];

	(void)state;
	office(&k);
	kontak_today_text(&k, wib(2026, 12, 7, 9, 15), 0, t, sizeof(t));
	assert_string_equal(t,
	    "Hari ini: buka 08.00–16.00 (Senin; saat ini"
	    " buka).");
	kontak_today_text(&k, wib(2026, 12, 7, 7, 0), 0, t, sizeof(t));
	assert_string_equal(t,
	    "Hari ini: buka 08.00–16.00 (Senin; belum"
	    " buka, buka pukul 08.00 WIB).");
	kontak_today_text(&k, wib(2026, 12, 11, 12, 0), 0, t, sizeof(t));
	assert_string_equal(t,
	    "Hari ini: buka 08.00–11.30 dan 13.30–16.00"
	    " (Jumat; sedang istirahat, buka kembali pukul 13.30 WIB).");
	kontak_today_text(&k, wib(2026, 12, 11, 17, 0), 0, t, sizeof(t));
	assert_string_equal(t,
	    "Hari ini: buka 08.00–11.30 dan 13.30–16.00"
	    " (Jumat; sudah tutup).");
	kontak_today_text(&k, wib(2026, 12, 12, 9, 0), 0, t, sizeof(t));
	assert_string_equal(t, "Hari ini: tutup (Sabtu).");
	kontak_today_text(&k, wib(2026, 12, 25, 9, 0), 1, t, sizeof(t));
	assert_string_equal(t, "Hari ini: tutup (Jumat, hari libur).");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_time_parse),
		cmocka_unit_test(test_day_check),
		cmocka_unit_test(test_validate),
		cmocka_unit_test(test_status),
		cmocka_unit_test(test_today_text),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
