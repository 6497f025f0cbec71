/*
 * test_kinerja.c: performance figures against a scripted history with
 * known answers.  March 2026 has the Nyepi and Idul Fitri holidays and
 * cuti bersama on 18-24 March (migration 0004), 3 April is Good Friday.
 * Every expected figure below is worked out by hand in the comments.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "mod/kinerja/kinerja.h"
#include "mod/wilayah/seed.h"
#include "mod/alur/workday.h"
#include "store/store.h"

static int
setup(void **state)
{
	const char *seed = getenv("PAMONG_SEED_DIR");
	struct store *s;
	char dir[] = "/tmp/pamong-kinerja-XXXXXX", path[64], err[256];

	if (mkdtemp(dir) == NULL)
		return -1;
	snprintf(path, sizeof(path), "%s/t.db", dir);
	if (store_open(&s, NULL, path) != 0 || store_migrate(s, 0) != 0)
		return -1;
	if (seed_siak(s, seed ? seed : "data", err, sizeof(err)) != 0) {
		fprintf(stderr, "seed_siak: %s\n", err);
		return -1;
	}
	*state = s;
	return 0;
}

static int
teardown(void **state)
{
	store_close(*state);
	return 0;
}

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

#define NOW wib(2026, 4, 6, 9, 0) /* Monday 6 April 2026, 09:00 WIB */

static int64_t
warga(struct store *s)
{
	assert_int_equal(
	    store_run(s,
		"INSERT INTO account(username, pw_hash,"
		" nik, full_name, created_at, pw_changed_at) VALUES ('uji.kinerja',"
		" 'x', '1408014507900009', 'Warga Uji Kinerja', 0, 0)",
		""),
	    0);
	return store_last_id(s);
}

/*
 * One application of service layanan, registered at unit penerbit and
 * handled now by handler, submitted at sub; fin 0 = open; due "" = none.
 */
static void
app(struct store *s, int64_t pemohon, const char *layanan, const char *penerbit,
    const char *handler, const char *state, time_t sub, time_t fin,
    const char *due)
{
	static int seq;
	char nomor[32], kode[24];

	seq++;
	snprintf(nomor, sizeof(nomor), "UJI/%s/%04d", layanan, seq);
	snprintf(kode, sizeof(kode), "KINERJAUJI%05d", seq);
	assert_int_equal(
	    store_run(s,
		"INSERT INTO permohonan(nomor,"
		" kode_lacak, layanan_id, pemohon_id, pemohon_nik, wilayah_code,"
		" unit_id, penerbit_id, state, created_at, submitted_at,"
		" state_since, due_date, finished_at) SELECT ?, ?, l.id, ?,"
		" '1408014507900009', '14.08.01.1001', h.id, p.id, ?, ?, ?, ?,"
		" nullif(?, ''), nullif(?, 0) FROM layanan l, unit h, unit p"
		" WHERE l.code = ? AND h.code = ? AND p.code = ?",
		"ssisiiisiss"
		"s",
		nomor, kode, pemohon, state, (int64_t)sub, (int64_t)sub,
		(int64_t)(fin ? fin : sub), due, (int64_t)fin, layanan, handler,
		penerbit),
	    0);
	assert_int_equal(store_changes(s), 1);
}

#define KD "14.08.01.1001" /* Kampung Dalam */
#define KEC "14.08.01"	   /* Kecamatan Siak */

/* The scripted history; see the expected figures in each test. */
static void
history(struct store *s)
{
	int64_t w = warga(s);

	/* KPG-02 (jangka waktu 1 working day) at Kampung Dalam */
	/* A1 Mon 2 Mar -> Mon 2 Mar: 0 days, due 3 Mar, on time */
	app(s, w, "KPG-02", KD, KD, "selesai", wib(2026, 3, 2, 10, 0),
	    wib(2026, 3, 2, 15, 0), "2026-03-03");
	/* A2 Fri 6 -> Mon 9: 1 day, due 9 Mar, on time */
	app(s, w, "KPG-02", KD, KD, "selesai", wib(2026, 3, 6, 10, 0),
	    wib(2026, 3, 9, 8, 0), "2026-03-09");
	/* A3 Sat 7 -> Mon 9: 0 days (day 0 is Monday), due 10 Mar */
	app(s, w, "KPG-02", KD, KD, "selesai", wib(2026, 3, 7, 10, 0),
	    wib(2026, 3, 9, 9, 0), "2026-03-10");
	/* A4 Tue 17 -> Wed 25 across 18-24 (holidays): 1 day, due 25 Mar */
	app(s, w, "KPG-02", KD, KD, "selesai", wib(2026, 3, 17, 10, 0),
	    wib(2026, 3, 25, 11, 0), "2026-03-25");
	/* A5 Mon 16 -> Fri 27: 16,17,25,26,27 = 5 - 1 = 4 days, late */
	app(s, w, "KPG-02", KD, KD, "selesai", wib(2026, 3, 16, 10, 0),
	    wib(2026, 3, 27, 11, 0), "2026-03-17");
	/* A6 Thu 12 -> Thu 26: 12,13,16,17,25,26 = 5 days, late */
	app(s, w, "KPG-02", KD, KD, "selesai", wib(2026, 3, 12, 10, 0),
	    wib(2026, 3, 26, 11, 0), "2026-03-13");
	/* A7 Mon 2 -> Tue 31: 5+5+2+3+2 = 17 - 1 = 16 days, late */
	app(s, w, "KPG-02", KD, KD, "selesai", wib(2026, 3, 2, 11, 0),
	    wib(2026, 3, 31, 11, 0), "2026-03-03");
	/* A8 rejected, A9 withdrawn in March */
	app(s, w, "KPG-02", KD, KD, "ditolak", wib(2026, 3, 3, 10, 0),
	    wib(2026, 3, 4, 10, 0), "2026-03-04");
	app(s, w, "KPG-02", KD, KD, "dibatalkan", wib(2026, 3, 5, 10, 0),
	    wib(2026, 3, 5, 11, 0), "2026-03-06");
	/* A10 open, due 31 Mar: on 6 Apr late by 1, 2, 6 Apr = 3 days */
	app(s, w, "KPG-02", KD, KD, "diajukan", wib(2026, 3, 30, 10, 0), 0,
	    "2026-03-31");
	/* A11 Fri 27 Feb -> Mon 2 Mar: 1 day, due 2 Mar, on time */
	app(s, w, "KPG-02", KD, KD, "selesai", wib(2026, 2, 27, 10, 0),
	    wib(2026, 3, 2, 9, 0), "2026-03-02");
	/* A12 Tue 31 Mar 23:30 WIB -> Wed 1 Apr: in March, done in April */
	app(s, w, "KPG-02", KD, KD, "selesai", wib(2026, 3, 31, 23, 30),
	    wib(2026, 4, 1, 10, 0), "2026-04-01");
	/* A13 no due date: Tue 10 -> Wed 11, 1 day, not in the share */
	app(s, w, "KPG-02", KD, KD, "selesai", wib(2026, 3, 10, 10, 0),
	    wib(2026, 3, 11, 10, 0), "");
	/* A14 Mon 9 -> Fri 13: 4 days, due 10 Mar, late */
	app(s, w, "KPG-02", KD, KD, "selesai", wib(2026, 3, 9, 10, 0),
	    wib(2026, 3, 13, 10, 0), "2026-03-10");
	/* A15 Wed 1 Apr 00:30 WIB (still 31 Mar in UTC), open, due 2 Apr */
	app(s, w, "KPG-02", KD, KD, "diajukan", wib(2026, 4, 1, 0, 30), 0,
	    "2026-04-02");
	/* a draft never counts */
	assert_int_equal(
	    store_run(s,
		"INSERT INTO permohonan(kode_lacak,"
		" layanan_id, pemohon_id, pemohon_nik, wilayah_code, unit_id,"
		" penerbit_id, state, draft, created_at, state_since) SELECT"
		" 'KINERJADRAFT01', l.id, ?, '1408014507900009', ?, u.id, u.id,"
		" 'diajukan', 1, ?, ?  FROM layanan l, unit u WHERE l.code ="
		" 'KPG-02' AND u.code = ?",
		"isiis", w, KD, (int64_t)wib(2026, 3, 3, 9, 0),
		(int64_t)wib(2026, 3, 3, 9, 0), KD),
	    0);

	/*
	 * DUK-01 (Disdukcapil, kabupaten level) registered at the kecamatan
	 * and still handled there: it counts for DISDUKCAPIL, not the
	 * kecamatan.  Wed 4 -> Thu 5 Mar: 1 day, on time.
	 */
	app(s, w, "DUK-01", KEC, KEC, "selesai", wib(2026, 3, 4, 10, 0),
	    wib(2026, 3, 5, 10, 0), "2026-03-05");
}

static const struct kinerja_baris *
row(const struct kinerja_laporan *l, const char *unit, const char *layanan)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		if (strcmp(l->v[i].unit_code, unit) == 0 &&
		    strcmp(l->v[i].layanan_code, layanan) == 0)
			return &l->v[i];
	return NULL;
}

static void
test_calendar(void **state)
{
	struct store *s = *state;

	/* the assumptions the history rests on */
	assert_int_equal(workday_is(s, "2026-03-18"), 0);
	assert_int_equal(workday_is(s, "2026-03-24"), 0);
	assert_int_equal(workday_is(s, "2026-03-25"), 1);
	assert_int_equal(workday_is(s, "2026-04-03"), 0);
	assert_int_equal(workday_is(s, "2026-03-07"), 0); /* Saturday */
}

static void
test_persentil(void **state)
{
	/* nearest rank, the textbook example */
	int64_t v[] = { 15, 20, 35, 40, 50 }, one[] = { 7 };

	(void)state;
	assert_int_equal(kinerja_persentil(v, 5, 5), 15);
	assert_int_equal(kinerja_persentil(v, 5, 30), 20);
	assert_int_equal(kinerja_persentil(v, 5, 40), 20);
	assert_int_equal(kinerja_persentil(v, 5, 50), 35);
	assert_int_equal(kinerja_persentil(v, 5, 90), 50);
	assert_int_equal(kinerja_persentil(v, 5, 100), 50);
	assert_int_equal(kinerja_persentil(one, 1, 50), 7);
	assert_int_equal(kinerja_persen10(5, 9), 556); /* 55.555 -> 55.6 */
	assert_int_equal(kinerja_persen10(1, 8), 125);
	assert_int_equal(kinerja_persen10(1, 0), KINERJA_NA);
}

static void
test_periode(void **state)
{
	struct kinerja_periode p;
	char out[8], label[32];

	(void)state;
	assert_int_equal(kinerja_periode_parse("2026", &p), 0);
	assert_int_equal(p.tahun, 2026);
	assert_int_equal(p.bulan, 0);
	assert_int_equal(kinerja_periode_parse("2026-03", &p), 0);
	assert_int_equal(p.bulan, 3);
	kinerja_periode_fmt(&p, out);
	assert_string_equal(out, "2026-03");
	kinerja_periode_label(&p, label, sizeof(label));
	assert_string_equal(label, "Maret 2026");
	assert_int_equal(kinerja_periode_parse("2026-13", &p), -1);
	assert_int_equal(kinerja_periode_parse("2026-00", &p), -1);
	assert_int_equal(kinerja_periode_parse("1999", &p), -1);
	assert_int_equal(kinerja_periode_parse("26-03", &p), -1);
	assert_int_equal(kinerja_periode_parse("2026-3", &p), -1);
	assert_int_equal(kinerja_periode_parse("2026/03", &p), -1);
	assert_int_equal(kinerja_periode_parse("", &p), -1);
	assert_int_equal(kinerja_periode_parse(NULL, &p), -1);
	kinerja_periode_now(wib(2026, 4, 1, 0, 30), &p);
	assert_int_equal(p.tahun, 2026);
	assert_int_equal(p.bulan, 4);
}

static void
test_march(void **state)
{
	struct store *s = *state;
	struct kinerja_periode p = { 2026, 3 };
	struct kinerja_laporan l;
	const struct kinerja_baris *b;

	history(s);
	assert_int_equal(kinerja_hitung(s, &p, NULL, NOW, &l), 0);
	b = row(&l, KD, "KPG-02");
	assert_non_null(b);
	/* submitted in March: all but A11 (February) and A15 (April) */
	assert_int_equal(b->a.diterima, 13);
	/* A1-A7, A11, A13, A14 */
	assert_int_equal(b->a.selesai, 10);
	assert_int_equal(b->a.ditolak, 1);
	assert_int_equal(b->a.dicabut, 1);
	/* at the end of March: A10 and A12 */
	assert_int_equal(b->a.dalam_proses, 2);
	/* sorted 0 0 1 1 1 1 4 4 5 16: rank 5 and rank 9 */
	assert_int_equal(b->a.median, 1);
	assert_int_equal(b->a.p90, 5);
	/* on time A1 A2 A3 A4 A11 of the nine with a due date */
	assert_int_equal(b->a.berstandar, 9);
	assert_int_equal(b->a.tepat_waktu, 5);
	assert_int_equal(kinerja_persen10(b->a.tepat_waktu, b->a.berstandar),
	    556);
	/* late now (6 April): A10; A15 too, but it came after March */
	assert_int_equal(b->a.terlambat_kini, 1);
	assert_int_equal(b->sla_days, 1);
	assert_string_equal(b->unit_kind, "kampung");

	/* the unit's total equals its only service */
	b = row(&l, KD, "");
	assert_non_null(b);
	assert_int_equal(b->layanan_id, 0);
	assert_int_equal(b->a.selesai, 10);
	assert_int_equal(b->a.median, 1);

	/* attribution: the kabupaten service counts for its OPD */
	assert_null(row(&l, KEC, ""));
	b = row(&l, "DISDUKCAPIL", "DUK-01");
	assert_non_null(b);
	assert_int_equal(b->a.diterima, 1);
	assert_int_equal(b->a.selesai, 1);
	assert_int_equal(b->a.median, 1);
	assert_int_equal(b->a.tepat_waktu, 1);

	/* the regency: 14 received, 11 completed, 6 of 10 on time */
	assert_int_equal(l.total.diterima, 14);
	assert_int_equal(l.total.selesai, 11);
	assert_int_equal(l.total.tepat_waktu, 6);
	assert_int_equal(l.total.berstandar, 10);
	/* sorted 0 0 1 1 1 1 1 4 4 5 16: rank 6, rank 10 */
	assert_int_equal(l.total.median, 1);
	assert_int_equal(l.total.p90, 5);
	/* complaints: none in this history, but the records exist */
	assert_int_equal(l.pengaduan_ada, 1);
	assert_int_equal(l.total.pengaduan, 0);
	kinerja_free(&l);
}

static void
test_year_and_unit(void **state)
{
	struct store *s = *state;
	struct kinerja_periode p = { 2026, 0 };
	struct kinerja_laporan l;
	const struct kinerja_baris *b, **rank;
	size_t n;

	history(s);
	assert_int_equal(kinerja_hitung(s, &p, KD, NOW, &l), 0);
	/* only Kampung Dalam */
	assert_null(row(&l, "DISDUKCAPIL", ""));
	b = row(&l, KD, "");
	assert_non_null(b);
	/* A1-A15: 15 received, A1-A7 A11-A14: 11 completed */
	assert_int_equal(b->a.diterima, 15);
	assert_int_equal(b->a.selesai, 11);
	/* 0 0 1 1 1 1 1 4 4 5 16: rank 6 = 1, rank 10 = 5 */
	assert_int_equal(b->a.median, 1);
	assert_int_equal(b->a.p90, 5);
	/* A12 on time too: 6 of 10 */
	assert_int_equal(b->a.tepat_waktu, 6);
	assert_int_equal(b->a.berstandar, 10);
	assert_int_equal(b->a.dalam_proses, 2);
	assert_int_equal(b->a.terlambat_kini, 2);
	kinerja_free(&l);

	/* February: A11 received, still open at the end of the month */
	p.bulan = 2;
	assert_int_equal(kinerja_hitung(s, &p, KD, NOW, &l), 0);
	b = row(&l, KD, "");
	assert_int_equal(b->a.diterima, 1);
	assert_int_equal(b->a.selesai, 0);
	assert_int_equal(b->a.dalam_proses, 1);
	assert_int_equal(b->a.median, KINERJA_NA);
	kinerja_free(&l);

	/* a unit without any application still has its (empty) row */
	p.bulan = 3;
	assert_int_equal(kinerja_hitung(s, &p, "14.08.01.1002", NOW, &l), 0);
	assert_int_equal(l.n, 1);
	assert_int_equal(l.v[0].a.diterima, 0);
	assert_int_equal(l.v[0].a.median, KINERJA_NA);
	kinerja_free(&l);
	assert_int_equal(kinerja_hitung(s, &p, "TIDAK-ADA", NOW, &l), -2);
	kinerja_free(&l);

	/* ranking: Disdukcapil 100 % on time before Kampung Dalam 55.6 % */
	assert_int_equal(kinerja_hitung(s, &p, NULL, NOW, &l), 0);
	rank = kinerja_peringkat(&l, KINERJA_URUT_TEPAT, &n);
	assert_int_equal(n, 2);
	assert_string_equal(rank[0]->unit_code, "DISDUKCAPIL");
	assert_string_equal(rank[1]->unit_code, KD);
	free(rank);
	rank = kinerja_peringkat(&l, KINERJA_URUT_TERLAMBAT, &n);
	assert_string_equal(rank[0]->unit_code, KD);
	free(rank);
	kinerja_free(&l);
}

static void
test_trend_overdue_ikm(void **state)
{
	struct store *s = *state;
	struct kinerja_angka m[12];
	struct kinerja_periode p = { 2026, 3 };
	struct kinerja_laporan l;
	struct kinerja_telat *t;
	size_t n, total;
	int64_t kd;

	history(s);
	kd = kinerja_unit_id(s, KD);
	assert_true(kd > 0);
	assert_int_equal(kinerja_tren(s, kd, 2026, NOW, m), 0);
	assert_int_equal(m[0].diterima, 0);
	assert_int_equal(m[1].diterima, 1);
	assert_int_equal(m[1].dalam_proses, 1);
	assert_int_equal(m[2].diterima, 13);
	assert_int_equal(m[2].selesai, 10);
	assert_int_equal(m[2].median, 1);
	assert_int_equal(m[2].p90, 5);
	assert_int_equal(m[2].tepat_waktu, 5);
	/* April: A15 received, A12 completed in 1 day on time */
	assert_int_equal(m[3].diterima, 1);
	assert_int_equal(m[3].selesai, 1);
	assert_int_equal(m[3].median, 1);
	assert_int_equal(m[3].dalam_proses, 2);
	assert_int_equal(m[4].diterima, 0);
	assert_int_equal(m[4].dalam_proses, 0); /* the future is empty */
	assert_int_equal(m[2].terlambat_kini, KINERJA_NA);

	/* overdue now, most days late first: A10 3 days, A15 1 day */
	t = kinerja_terlambat(s, 0, NOW, 100, &n, &total);
	assert_non_null(t);
	assert_int_equal(n, 2);
	assert_int_equal(total, 2);
	assert_string_equal(t[0].due_date, "2026-03-31");
	assert_int_equal(t[0].hari_terlambat, 3);
	assert_string_equal(t[0].unit_code, KD);
	assert_string_equal(t[0].layanan_code, "KPG-02");
	assert_string_equal(t[0].submitted, "2026-03-30");
	assert_int_equal(t[1].hari_terlambat, 1);
	free(t);
	t = kinerja_terlambat(s, kinerja_unit_id(s, "DISDUKCAPIL"), NOW, 100,
	    &n, &total);
	assert_int_equal(n, 0);
	free(t);

	/* IKM: one questionnaire all 4, one all 3: NRR 3.5, IKM 87.50 */
	assert_int_equal(
	    store_run(s,
		"INSERT INTO survei_jawaban(sumber,"
		" unit_id, layanan_id, periode, u1, u2, u3, u4, u5, u6, u7, u8,"
		" u9) SELECT 'online', u.id, l.id, '2026-03', 4, 4, 4, 4, 4, 4,"
		" 4, 4, 4 FROM unit u, layanan l WHERE u.code = ? AND l.code ="
		" 'KPG-02'",
		"s", KD),
	    0);
	assert_int_equal(
	    store_run(s,
		"INSERT INTO survei_jawaban(sumber,"
		" unit_id, layanan_id, periode, u1, u2, u3, u4, u5, u6, u7, u8,"
		" u9) SELECT 'kertas', u.id, l.id, '2026-03', 3, 3, 3, 3, 3, 3,"
		" 3, 3, 3 FROM unit u, layanan l WHERE u.code = ? AND l.code ="
		" 'KPG-02'",
		"s", KD),
	    0);
	assert_int_equal(kinerja_hitung(s, &p, NULL, NOW, &l), 0);
	assert_int_equal(row(&l, KD, "KPG-02")->a.ikm, 8750);
	assert_int_equal(row(&l, KD, "")->a.ikm_responden, 2);
	assert_int_equal(row(&l, "DISDUKCAPIL", "")->a.ikm, KINERJA_NA);
	assert_int_equal(l.total.ikm, 8750);
	kinerja_free(&l);
	p.bulan = 2;
	assert_int_equal(kinerja_hitung(s, &p, KD, NOW, &l), 0);
	assert_int_equal(row(&l, KD, "")->a.ikm, KINERJA_NA);
	kinerja_free(&l);
	assert_int_equal(kinerja_tren(s, kd, 2026, NOW, m), 0);
	assert_int_equal(m[2].ikm, 8750);
	assert_int_equal(m[2].ikm_responden, 2);
	assert_int_equal(m[3].ikm, KINERJA_NA);
}

/* A complaint created at at for unit (may be NULL), disposed/answered. */
static void
adu(struct store *s, int64_t pelapor, const char *unit, time_t at,
    time_t disposed, time_t answered)
{
	static int seq;
	int64_t id;

	seq++;
	assert_int_equal(
	    store_run(s,
		"INSERT INTO pengaduan(nomor, tahun,"
		" urut, kode_lacak, jenis, judul, isi, kategori, wilayah_code,"
		" unit_tujuan_id, pelapor_id, status, created_at, updated_at)"
		" VALUES (printf('ADU-UJI-%06d', ?), 2026, ?, printf("
		"'ADUKINERJA%04d', ?), 'pengaduan', 'Uji', 'Isi uji', 'lainnya',"
		" '14.08.01.1001', (SELECT id FROM unit WHERE code = ?), ?, 'baru',"
		" ?, ?)",
		"dddsiii", seq, seq, seq, unit, pelapor, (int64_t)at,
		(int64_t)at),
	    0);
	id = store_last_id(s);
	if (disposed != 0) {
		assert_int_equal(
		    store_run(s,
			"UPDATE pengaduan SET unit_id ="
			" unit_tujuan_id, status = 'didisposisi' WHERE id = ?",
			"i", id),
		    0);
		assert_int_equal(
		    store_run(s,
			"INSERT INTO pengaduan_riwayat"
			"(pengaduan_id, at, tindakan, dari, ke) VALUES (?, ?,"
			" 'disposisi', 'baru', 'didisposisi')",
			"ii", id, (int64_t)disposed),
		    0);
	}
	if (answered != 0)
		assert_int_equal(
		    store_run(s,
			"INSERT INTO pengaduan_riwayat"
			"(pengaduan_id, at, tindakan, dari, ke) VALUES (?, ?,"
			" 'tanggapi', 'didisposisi', 'ditanggapi')",
			"ii", id, (int64_t)answered),
		    0);
}

static void
test_pengaduan(void **state)
{
	struct store *s = *state;
	struct kinerja_periode p = { 2026, 3 };
	struct kinerja_laporan l;
	struct kinerja_angka m[12];
	int64_t w = warga(s);

	/* C1 disposed Mon 2 Mar, deadline Mon 9 Mar, answered 9 Mar */
	adu(s, w, KD, wib(2026, 3, 2, 9, 0), wib(2026, 3, 2, 10, 0),
	    wib(2026, 3, 9, 15, 0));
	/* C2 disposed Tue 17 Mar: 25 26 27 30 31 -> 31 Mar, answered then */
	adu(s, w, KD, wib(2026, 3, 16, 9, 0), wib(2026, 3, 17, 10, 0),
	    wib(2026, 3, 31, 15, 0));
	/* C3 disposed Tue 3 Mar, deadline Tue 10 Mar, answered 11 Mar */
	adu(s, w, KD, wib(2026, 3, 3, 9, 0), wib(2026, 3, 3, 10, 0),
	    wib(2026, 3, 11, 9, 0));
	/* C4 named Kampung Dalam, not disposed yet */
	adu(s, w, KD, wib(2026, 3, 4, 9, 0), 0, 0);
	/* C5 no unit at all: only in the regency's total */
	adu(s, w, NULL, wib(2026, 3, 5, 9, 0), 0, 0);
	/* C6 February */
	adu(s, w, KD, wib(2026, 2, 27, 9, 0), 0, 0);
	/* one application so that Kampung Dalam has a service row */
	app(s, w, "KPG-02", KD, KD, "selesai", wib(2026, 3, 2, 10, 0),
	    wib(2026, 3, 2, 15, 0), "2026-03-03");

	assert_int_equal(kinerja_hitung(s, &p, NULL, NOW, &l), 0);
	assert_int_equal(l.pengaduan_ada, 1);
	assert_int_equal(row(&l, KD, "")->a.pengaduan, 4);
	assert_int_equal(row(&l, KD, "")->a.pengaduan_tepat, 2);
	assert_int_equal(row(&l, KD, "KPG-02")->a.pengaduan, KINERJA_NA);
	assert_int_equal(l.total.pengaduan, 5);
	assert_int_equal(l.total.pengaduan_tepat, 2);
	kinerja_free(&l);
	assert_int_equal(kinerja_tren(s, kinerja_unit_id(s, KD), 2026, NOW, m),
	    0);
	assert_int_equal(m[1].pengaduan, 1);
	assert_int_equal(m[2].pengaduan, 4);
	assert_int_equal(m[2].pengaduan_tepat, 2);
	assert_int_equal(m[3].pengaduan, 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_calendar, setup, teardown),
		cmocka_unit_test(test_persentil),
		cmocka_unit_test(test_periode),
		cmocka_unit_test_setup_teardown(test_march, setup, teardown),
		cmocka_unit_test_setup_teardown(test_year_and_unit, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_trend_overdue_ikm, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_pengaduan, setup,
		    teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
