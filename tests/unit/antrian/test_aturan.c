/* test_aturan.c: sessions, opening hours and cut-off, the priority cap. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "mod/antrian/angka.h"
#include "mod/antrian/aturan.h"

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
test_sesi(void **state)
{
	(void)state;
	assert_string_equal(antrian_sesi(wib(2026, 12, 7, 7, 0)), "pagi");
	assert_string_equal(antrian_sesi(wib(2026, 12, 7, 11, 59)), "pagi");
	assert_string_equal(antrian_sesi(wib(2026, 12, 7, 12, 0)), "siang");
	assert_string_equal(antrian_sesi(wib(2026, 12, 7, 15, 30)), "siang");
	/* 23.00 UTC is 06.00 WIB the next day */
	assert_string_equal(antrian_sesi(wib(2026, 12, 8, 6, 0)), "pagi");
}

/* Monday to Thursday 08.00-15.00, Friday 08.00-11.30, cut-off 14.30. */
static void
site(struct antrian_lokasi *l, int enforce)
{
	int d;

	memset(l, 0, sizeof(*l));
	for (d = 0; d < 7; d++)
		l->buka[d] = l->tutup[d] = -1;
	for (d = 0; d < 5; d++) {
		l->buka[d] = 8 * 60;
		l->tutup[d] = d == 4 ? 11 * 60 + 30 : 15 * 60;
	}
	snprintf(l->batas_ambil, sizeof(l->batas_ambil), "14:30");
	l->jam_berlaku = enforce;
}

/* "HH:MM" to minutes: the one parser of stored hours and the admin form */
static void
test_menit(void **state)
{
	(void)state;
	assert_int_equal(antrian_menit("00:00"), 0);
	assert_int_equal(antrian_menit("08:30"), 510);
	assert_int_equal(antrian_menit("23:59"), 1439);
	assert_int_equal(antrian_menit("24:00"), -1);
	assert_int_equal(antrian_menit("29:00"), -1);
	assert_int_equal(antrian_menit("08:60"), -1);
	assert_int_equal(antrian_menit("8:30"), -1);
	assert_int_equal(antrian_menit("08.30"), -1);
	assert_int_equal(antrian_menit("08:3x"), -1);
	assert_int_equal(antrian_menit(""), -1);
	assert_int_equal(antrian_menit(NULL), -1);
}

static void
test_buka(void **state)
{
	struct antrian_lokasi l;

	(void)state;
	site(&l, 1);
	/* 2026-12-07 is a Monday */
	assert_int_equal(antrian_buka(&l, wib(2026, 12, 7, 7, 59)), 0);
	assert_int_equal(antrian_buka(&l, wib(2026, 12, 7, 8, 0)), 1);
	assert_int_equal(antrian_buka(&l, wib(2026, 12, 7, 14, 29)), 1);
	assert_int_equal(antrian_buka(&l, wib(2026, 12, 7, 14, 30)), 0);
	assert_int_equal(antrian_buka(&l, wib(2026, 12, 7, 15, 0)), 0);
	/* Friday: closes at 11.30 (Friday prayer), before the cut-off */
	assert_int_equal(antrian_buka(&l, wib(2026, 12, 11, 11, 29)), 1);
	assert_int_equal(antrian_buka(&l, wib(2026, 12, 11, 11, 30)), 0);
	/* Saturday and Sunday closed */
	assert_int_equal(antrian_buka(&l, wib(2026, 12, 12, 10, 0)), 0);
	assert_int_equal(antrian_buka(&l, wib(2026, 12, 13, 10, 0)), 0);
	/* no cut-off: until closing */
	l.batas_ambil[0] = '\0';
	assert_int_equal(antrian_buka(&l, wib(2026, 12, 7, 14, 59)), 1);
	/* not enforced (demo): any hour */
	site(&l, 0);
	assert_int_equal(antrian_buka(&l, wib(2026, 12, 13, 3, 0)), 1);
}

/* A booking date's weekday against the site's hours. */
static void
test_hari_buka(void **state)
{
	struct antrian_lokasi l;
	int d;

	(void)state;
	site(&l, 1);
	/* 2026-12-07 Senin .. 2026-12-13 Minggu */
	assert_int_equal(antrian_hari_buka(&l, "2026-12-07"), 1);
	assert_int_equal(antrian_hari_buka(&l, "2026-12-11"), 1);
	assert_int_equal(antrian_hari_buka(&l, "2026-12-12"), 0);
	assert_int_equal(antrian_hari_buka(&l, "2026-12-13"), 0);
	assert_int_equal(antrian_hari_buka(&l, "2026-12-14"), 1);
	/* before 1970 and a leap day: the weekday still holds */
	assert_int_equal(antrian_hari_buka(&l, "1969-12-28"), 0); /* Minggu */
	assert_int_equal(antrian_hari_buka(&l, "1969-12-29"), 1); /* Senin */
	assert_int_equal(antrian_hari_buka(&l, "2028-02-29"), 1); /* Selasa */
	assert_int_equal(antrian_hari_buka(&l, "2028-03-04"), 0); /* Sabtu */
	/* Saturday open only: the other days closed */
	for (d = 0; d < 7; d++)
		l.buka[d] = l.tutup[d] = -1;
	l.buka[5] = 8 * 60;
	l.tutup[5] = 12 * 60;
	assert_int_equal(antrian_hari_buka(&l, "2026-12-12"), 1);
	assert_int_equal(antrian_hari_buka(&l, "2026-12-11"), 0);
	/* malformed */
	assert_int_equal(antrian_hari_buka(&l, "2026-13-01"), -1);
	assert_int_equal(antrian_hari_buka(&l, "2026-12-7"), -1);
	assert_int_equal(antrian_hari_buka(&l, ""), -1);
	assert_int_equal(antrian_hari_buka(&l, NULL), -1);
	/* not enforced: every day */
	site(&l, 0);
	assert_int_equal(antrian_hari_buka(&l, "2026-12-13"), 1);
}

/* The cap: at most one priority call among any three consecutive calls. */
static void
test_prio(void **state)
{
	/* a day: P P P R R R waiting; simulate the counter's choices */
	int waiting_p = 3, waiting_r = 3, last[2] = { 0, 0 }, n = 0, i;
	char order[8];

	(void)state;
	assert_int_equal(antrian_prio_dulu(0), 1);
	assert_int_equal(antrian_prio_dulu(1), 0);
	assert_int_equal(antrian_prio_dulu(2), 0);
	for (i = 0; i < 6; i++) {
		int dulu = antrian_prio_dulu(last[0] + last[1]), p;

		if (dulu ? waiting_p > 0 : waiting_r == 0)
			p = 1;
		else
			p = 0;
		if (p)
			waiting_p--;
		else
			waiting_r--;
		order[n++] = p ? 'P' : 'R';
		last[1] = last[0];
		last[0] = p;
	}
	order[n] = '\0';
	assert_string_equal(order, "PRRPRP");
	/* no window of three consecutive calls has two priority calls
	   while a regular ticket waited (the last P is a fallback) */
	assert_false(order[0] == 'P' && order[1] == 'P');
}

/* Nearest rank: the smallest value with at least p% at or below it. */
static void
test_persentil(void **state)
{
	int64_t a[] = { 50, 10, 40, 20, 30 }, one[] = { 7 }, ten[10];
	int i;

	(void)state;
	assert_int_equal(antrian_persentil(a, 5, 50), 30);
	assert_int_equal(antrian_persentil(a, 5, 90), 50);
	assert_int_equal(antrian_persentil(a, 5, 20), 10);
	assert_int_equal(antrian_persentil(a, 5, 21), 20);
	assert_int_equal(antrian_persentil(a, 5, 100), 50);
	assert_int_equal(antrian_persentil(one, 1, 50), 7);
	assert_int_equal(antrian_persentil(one, 1, 90), 7);
	assert_int_equal(antrian_persentil(a, 0, 50), -1);
	assert_int_equal(antrian_persentil(a, 5, 0), -1);
	assert_int_equal(antrian_persentil(a, 5, 101), -1);
	for (i = 0; i < 10; i++)
		ten[i] = 100 - i * 10; /* 100, 90, ... 10 */
	assert_int_equal(antrian_persentil(ten, 10, 50), 50);
	assert_int_equal(antrian_persentil(ten, 10, 90), 90);
}

static void
test_jendela(void **state)
{
	(void)state;
	assert_int_equal(antrian_sesi_mulai("pagi"), 480);
	assert_int_equal(antrian_sesi_mulai("siang"), 720);
	assert_int_equal(antrian_sesi_mulai("malam"), -1);
	assert_int_equal(antrian_sesi_mulai(NULL), -1);
	/* pagi: 07.00 to 08.15 WIB */
	assert_int_equal(
	    antrian_jendela("2026-12-07", "pagi", wib(2026, 12, 7, 6, 59)), -1);
	assert_int_equal(
	    antrian_jendela("2026-12-07", "pagi", wib(2026, 12, 7, 7, 0)), 0);
	assert_int_equal(
	    antrian_jendela("2026-12-07", "pagi", wib(2026, 12, 7, 8, 15)), 0);
	assert_int_equal(
	    antrian_jendela("2026-12-07", "pagi", wib(2026, 12, 7, 8, 16)), 1);
	/* siang: 11.00 to 12.15 */
	assert_int_equal(
	    antrian_jendela("2026-12-07", "siang", wib(2026, 12, 7, 11, 30)),
	    0);
	assert_int_equal(
	    antrian_jendela("2026-12-08", "pagi", wib(2026, 12, 7, 7, 30)), -1);
	assert_int_equal(
	    antrian_jendela("2026-13-07", "pagi", wib(2026, 12, 7, 7, 30)), -1);
	assert_int_equal(
	    antrian_jendela("2026-12-07", "sore", wib(2026, 12, 7, 7, 30)), -1);
	/* days ahead, in WIB: 23.30 UTC on the 6th is the 7th in WIB */
	assert_int_equal(
	    antrian_selisih_hari("2026-12-07", wib(2026, 12, 7, 6, 30)), 0);
	assert_int_equal(
	    antrian_selisih_hari("2026-12-14", wib(2026, 12, 7, 23, 59)), 7);
	assert_int_equal(
	    antrian_selisih_hari("2026-12-06", wib(2026, 12, 7, 0, 0)), -1);
	assert_int_equal(antrian_selisih_hari("2026-12-7", 0), INT_MIN);
	assert_int_equal(antrian_selisih_hari("2026/12/07", 0), INT_MIN);
	assert_int_equal(antrian_selisih_hari(NULL, 0), INT_MIN);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sesi),
		cmocka_unit_test(test_menit),
		cmocka_unit_test(test_buka),
		cmocka_unit_test(test_hari_buka),
		cmocka_unit_test(test_prio),
		cmocka_unit_test(test_persentil),
		cmocka_unit_test(test_jendela),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
