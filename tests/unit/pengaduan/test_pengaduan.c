/*
 * test_pengaduan.c: complaint deadlines across weekends and the 2026
 * holidays, the state machine (every action, its role and state checks,
 * reopen once), the timer (auto-close, escalation to the head then the
 * Inspektorat, idempotent) and the anonim rule in the Inspektorat case.
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

#include "mod/akun/account.h"
#include "mod/pengaduan/pengaduan.h"
#include "mod/alur/workday.h"
#include "store/store.h"

struct fx {
	struct store *s;
	char dir[64];
	struct account warga, warga2, admin, op, op2, kepala;
};

static time_t
wib(int y, int mo, int d, int h)
{
	struct tm tm;

	memset(&tm, 0, sizeof(tm));
	tm.tm_year = y - 1900;
	tm.tm_mon = mo - 1;
	tm.tm_mday = d;
	tm.tm_hour = h;
	return timegm(&tm) - 7 * 3600;
}

static void
mk(struct store *s, const char *user, const char *roles, const char *unit,
    const char *nik, const char *name, struct account *out)
{
	struct account_new n;
	struct field_errs fe;
	int64_t id;

	memset(&n, 0, sizeof(n));
	memset(&fe, 0, sizeof(fe));
	n.username = user;
	n.password = "Rahasia-Uji-2026";
	n.roles = roles;
	n.unit_code = unit;
	n.nik = nik;
	n.full_name = name;
	n.phone = nik ? "081299990000" : NULL;
	n.email = nik ? "siti.pelapor@example.org" : NULL;
	if (account_create(s, &n, 0, "uji", &fe, &id) != 0)
		fail_msg("account %s: %s %s", user, fe.n ? fe.e[0].field : "",
		    fe.n ? fe.e[0].msg : "");
	assert_int_equal(account_load(s, id, out), 0);
}

static int
setup(void **state)
{
	struct fx *f = calloc(1, sizeof(*f));
	char path[96];

	snprintf(f->dir, sizeof(f->dir), "/tmp/pamong-adu-XXXXXX");
	if (mkdtemp(f->dir) == NULL)
		return -1;
	snprintf(path, sizeof(path), "%s/t.db", f->dir);
	if (store_open(&f->s, NULL, path) != 0 || store_migrate(f->s, 0) != 0)
		return -1;
	if (store_exec(f->s,
		"INSERT INTO wilayah(code, name, level,"
		" parent_code) VALUES ('14', 'Riau', 'provinsi', NULL),"
		" ('14.08', 'Siak', 'kabupaten', '14'),"
		" ('14.08.01', 'Siak', 'kecamatan', '14.08'),"
		" ('14.08.01.1001', 'Kampung Dalam', 'desa', '14.08.01');"
		"INSERT INTO unit(code, name, kind) VALUES"
		" ('DISKOMINFO', 'Diskominfo', 'opd'),"
		" ('DPMPTSP', 'DPMPTSP', 'opd'), ('DISDUKCAPIL', 'Disdukcapil',"
		" 'opd'), ('INSPEKTORAT', 'Inspektorat', 'opd');") != 0)
		return -1;
	mk(f->s, "siti", "warga", NULL, "1408014507900001", "Siti Rahmawati",
	    &f->warga);
	mk(f->s, "budi", "warga", NULL, "1408010101900002", "Budi Santoso",
	    &f->warga2);
	mk(f->s, "admin.adu", "admin_pengaduan", "DISKOMINFO", NULL, "Admin",
	    &f->admin);
	mk(f->s, "op.dpmptsp", "operator", "DPMPTSP", NULL, "Operator", &f->op);
	mk(f->s, "op.capil", "operator", "DISDUKCAPIL", NULL, "Operator Dua",
	    &f->op2);
	mk(f->s, "kadis", "kepala", "DPMPTSP", NULL, "Kepala", &f->kepala);
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fx *f = *state;

	store_close(f->s);
	free(f);
	return 0;
}

static void
expect_deadline(struct store *s, time_t t, int n, const char *want)
{
	char out[11];

	pengaduan_deadline(s, t, n, out);
	assert_string_equal(out, want);
}

/* Deadlines skip weekends and the seeded 2026 holidays. */
static void
test_deadlines(void **state)
{
	struct fx *f = *state;

	/* Friday: the weekend is skipped */
	expect_deadline(f->s, wib(2026, 4, 24, 14), PENGADUAN_VERIFY_DAYS,
	    "2026-04-29");
	/* Thursday before Labour Day (Friday) and a weekend */
	expect_deadline(f->s, wib(2026, 4, 30, 9), PENGADUAN_VERIFY_DAYS,
	    "2026-05-06");
	/* filed on Saturday: counts from Monday */
	expect_deadline(f->s, wib(2026, 4, 25, 10), PENGADUAN_VERIFY_DAYS,
	    "2026-04-30");
	/* the Nyepi / Idulfitri block 18-24 March */
	expect_deadline(f->s, wib(2026, 3, 17, 9), PENGADUAN_ANSWER_DAYS,
	    "2026-03-31");
	/* ten working days across Iduladha (27-28 May) and Waisak (Sunday) */
	expect_deadline(f->s, wib(2026, 5, 20, 9), PENGADUAN_CLOSE_DAYS,
	    "2026-06-08");
}

static void
input(struct pengaduan_input *in, const char *kategori, int anonim)
{
	memset(in, 0, sizeof(*in));
	in->jenis = "pengaduan";
	in->judul = "Petugas meminta uang";
	in->isi = "Petugas di kantor kampung meminta uang untuk surat"
		  " keterangan.";
	in->kategori = kategori;
	in->wilayah = "14.08.01.1001";
	in->anonim = anonim;
}

static void
file(struct fx *f, const char *kategori, int anonim, time_t now,
    struct pengaduan_result *res)
{
	struct pengaduan_input in;
	struct field_errs fe;

	input(&in, kategori, anonim);
	memset(&fe, 0, sizeof(fe));
	assert_int_equal(pengaduan_create(f->s, f->dir, &f->warga, &in, "uji",
			     now, res, &fe),
	    0);
}

static enum act_result
act(struct fx *f, const struct account *a, const char *nomor, const char *t,
    const char *note, const char *unit, int nilai, time_t now)
{
	const char *why;
	char st[24];

	return pengaduan_act(f->s, a, nomor, t, note, unit, nilai, "uji", now,
	    st, sizeof(st), &why);
}

static void
expect_status(struct fx *f, const char *nomor, const char *status,
    const char *batas)
{
	struct pengaduan_view v;

	assert_int_equal(pengaduan_load(f->s, pengaduan_id(f->s, nomor),
			     &f->admin, wib(2026, 4, 1, 9), &v),
	    0);
	assert_string_equal(v.row.status, status);
	if (batas != NULL)
		assert_string_equal(v.row.batas, batas);
	pengaduan_view_free(&v);
}

/* Bad input is refused per field and writes nothing. */
static void
test_validation(void **state)
{
	struct fx *f = *state;
	struct pengaduan_input in;
	struct pengaduan_result res;
	struct field_errs fe;
	int64_t before = store_scalar(f->s, -1,
	    "SELECT count(*) FROM"
	    " pengaduan",
	    "");

	input(&in, "pungutan_liar", 0);
	in.jenis = "keluhan";
	in.kategori = "lain";
	in.wilayah = "14.08.01"; /* a kecamatan, not a kampung */
	in.judul = "x";
	in.rahasia = -1;
	memset(&fe, 0, sizeof(fe));
	assert_int_equal(pengaduan_create(f->s, f->dir, &f->warga, &in, "uji",
			     wib(2026, 4, 6, 9), &res, &fe),
	    -1);
	assert_non_null(field_err_get(&fe, "jenis"));
	assert_non_null(field_err_get(&fe, "kategori"));
	assert_non_null(field_err_get(&fe, "wilayah"));
	assert_non_null(field_err_get(&fe, "judul"));
	assert_non_null(field_err_get(&fe, "rahasia"));
	/* an officer cannot file */
	input(&in, "lainnya", 0);
	memset(&fe, 0, sizeof(fe));
	assert_int_equal(pengaduan_create(f->s, f->dir, &f->op, &in, "uji",
			     wib(2026, 4, 6, 9), &res, &fe),
	    -1);
	assert_int_equal(store_scalar(f->s, -1,
			     "SELECT count(*) FROM"
			     " pengaduan",
			     ""),
	    before);
}

/* disposisi -> tanggapi -> balas -> tanggapi -> nilai -> buka_kembali. */
static void
test_flow(void **state)
{
	struct fx *f = *state;
	struct pengaduan_result r;
	struct pengaduan_view v;
	const char *codes[8];

	file(f, "pelayanan_lambat", 0, wib(2026, 4, 24, 14), &r);
	assert_string_equal(r.status, "baru");
	assert_int_equal(strlen(r.kode_lacak), 12);
	assert_string_equal(r.kasus, "");
	expect_status(f, r.nomor, "baru", "2026-04-29");
	/* only the complaint admin verifies; the reporter cannot answer */
	assert_int_equal(act(f, &f->op, r.nomor, "disposisi", NULL, "DPMPTSP",
			     0, wib(2026, 4, 27, 9)),
	    ACT_NOT_FOUND); /* not visible yet */
	assert_int_equal(act(f, &f->warga, r.nomor, "disposisi", NULL,
			     "DPMPTSP", 0, wib(2026, 4, 27, 9)),
	    ACT_FORBIDDEN);
	assert_int_equal(act(f, &f->admin, r.nomor, "disposisi", NULL,
			     "TIDAKADA", 0, wib(2026, 4, 27, 9)),
	    ACT_INVALID);
	assert_int_equal(act(f, &f->admin, r.nomor, "disposisi", NULL,
			     "DPMPTSP", 0, wib(2026, 4, 30, 9)),
	    ACT_OK);
	/* 5 working days from Thursday 30 April: 1 May is a holiday */
	expect_status(f, r.nomor, "didisposisi", "2026-05-08");
	/* officers of another unit see nothing */
	assert_int_equal(pengaduan_visible(f->s, &f->op2, r.id), 0);
	assert_int_equal(pengaduan_visible(f->s, &f->warga2, r.id), 0);
	assert_int_equal(act(f, &f->op2, r.nomor, "tanggapi", "Jawaban", NULL,
			     0, wib(2026, 5, 4, 9)),
	    ACT_NOT_FOUND);
	assert_int_equal(act(f, &f->op, r.nomor, "tanggapi", "", NULL, 0,
			     wib(2026, 5, 4, 9)),
	    ACT_INVALID);
	assert_int_equal(act(f, &f->op, r.nomor, "tanggapi",
			     "Sudah kami"
			     " tindak lanjuti.",
			     NULL, 0, wib(2026, 5, 4, 9)),
	    ACT_OK);
	expect_status(f, r.nomor, "ditanggapi", "2026-05-20");
	assert_int_equal(act(f, &f->warga, r.nomor, "balas",
			     "Belum selesai,"
			     " mohon dicek lagi.",
			     NULL, 0, wib(2026, 5, 5, 9)),
	    ACT_OK);
	expect_status(f, r.nomor, "didisposisi", "2026-05-12");
	assert_int_equal(act(f, &f->warga, r.nomor, "nilai", NULL, NULL, 4,
			     wib(2026, 5, 5, 9)),
	    ACT_CONFLICT);
	assert_int_equal(act(f, &f->op, r.nomor, "tanggapi", "Sudah dicek.",
			     NULL, 0, wib(2026, 5, 6, 9)),
	    ACT_OK);
	assert_int_equal(act(f, &f->warga, r.nomor, "nilai", NULL, NULL, 6,
			     wib(2026, 5, 6, 9)),
	    ACT_INVALID);
	assert_int_equal(
	    act(f, &f->op, r.nomor, "nilai", NULL, NULL, 4, wib(2026, 5, 6, 9)),
	    ACT_FORBIDDEN);
	assert_int_equal(act(f, &f->warga, r.nomor, "nilai", NULL, NULL, 4,
			     wib(2026, 5, 6, 10)),
	    ACT_OK);
	expect_status(f, r.nomor, "selesai", "");
	assert_int_equal(
	    store_scalar(f->s, 0,
		"SELECT count(*) FROM"
		" tlog_entry WHERE CAST(entry AS TEXT) LIKE"
		" '%pengaduan_selesai%' AND CAST(entry AS TEXT) LIKE"
		" '%DPMPTSP%'",
		""),
	    1);
	/* reopen once */
	assert_int_equal(act(f, &f->warga, r.nomor, "buka_kembali", "", NULL, 0,
			     wib(2026, 5, 7, 9)),
	    ACT_INVALID);
	assert_int_equal(act(f, &f->warga, r.nomor, "buka_kembali",
			     "Masih"
			     " terjadi.",
			     NULL, 0, wib(2026, 5, 7, 9)),
	    ACT_OK);
	expect_status(f, r.nomor, "didisposisi", NULL);
	assert_int_equal(act(f, &f->op, r.nomor, "tanggapi",
			     "Petugas telah"
			     " ditegur.",
			     NULL, 0, wib(2026, 5, 8, 9)),
	    ACT_OK);
	assert_int_equal(act(f, &f->warga, r.nomor, "nilai", NULL, NULL, 5,
			     wib(2026, 5, 8, 10)),
	    ACT_OK);
	assert_int_equal(act(f, &f->warga, r.nomor, "buka_kembali", "Lagi.",
			     NULL, 0, wib(2026, 5, 11, 9)),
	    ACT_CONFLICT);
	/* the reporter sees the thread; only "rahasiakan" is left */
	assert_int_equal(
	    pengaduan_load(f->s, r.id, &f->warga, wib(2026, 5, 11, 9), &v), 0);
	assert_true(v.mine);
	assert_true(v.nmsgs >= 7);
	assert_int_equal(v.row.nilai, 5);
	assert_int_equal(pengaduan_actions(&f->warga, &v, codes, 8), 1);
	assert_string_equal(codes[0], "rahasiakan");
	pengaduan_view_free(&v);
}

/* bukan_wewenang and arsipkan close the complaint with a log entry. */
static void
test_refer_archive(void **state)
{
	struct fx *f = *state;
	struct pengaduan_result a, b;
	int64_t logs =
	    store_scalar(f->s, 0, "SELECT count(*) FROM tlog_entry", "");

	file(f, "infrastruktur", 0, wib(2026, 6, 1, 9), &a);
	file(f, "lainnya", 0, wib(2026, 6, 1, 9), &b);
	assert_int_equal(act(f, &f->admin, a.nomor, "bukan_wewenang", "", NULL,
			     0, wib(2026, 6, 2, 9)),
	    ACT_INVALID);
	assert_int_equal(
	    act(f, &f->admin, a.nomor, "bukan_wewenang",
		"Jalan nasional: Balai Pelaksanaan Jalan Nasional Riau.", NULL,
		0, wib(2026, 6, 2, 9)),
	    ACT_OK);
	expect_status(f, a.nomor, "bukan_wewenang", "");
	assert_int_equal(act(f, &f->admin, b.nomor, "arsipkan",
			     "Laporan tidak dapat ditindaklanjuti.", NULL, 0,
			     wib(2026, 6, 2, 9)),
	    ACT_OK);
	expect_status(f, b.nomor, "diarsipkan", "");
	assert_int_equal(act(f, &f->admin, b.nomor, "disposisi", NULL,
			     "DPMPTSP", 0, wib(2026, 6, 2, 9)),
	    ACT_CONFLICT);
	assert_int_equal(store_scalar(f->s, 0,
			     "SELECT count(*) FROM"
			     " tlog_entry",
			     ""),
	    logs + 2);
	assert_int_equal(
	    store_scalar(f->s, 0,
		"SELECT count(*) FROM"
		" tlog_entry WHERE CAST(entry AS TEXT) LIKE '%Siti%' OR"
		" CAST(entry AS TEXT) LIKE '%meminta%'",
		""),
	    0);
}

/* Pungli opens a case at once; anonim keeps the name out of it. */
static void
test_pungli_case(void **state)
{
	struct fx *f = *state;
	struct pengaduan_result a, b;

	file(f, "pungutan_liar", 1, wib(2026, 6, 3, 9), &a);
	assert_string_not_equal(a.kasus, "");
	assert_int_equal(
	    store_scalar(f->s, 0,
		"SELECT count(*) FROM kasus"
		" WHERE sumber = 'pengaduan' AND ref_id = ? AND ringkasan NOT LIKE"
		" '%Siti%' AND ringkasan NOT LIKE '%1408014507900001%' AND"
		" ringkasan NOT LIKE '%081299990000%' AND ringkasan NOT LIKE"
		" '%siti.pelapor%'",
		"s", a.nomor),
	    1);
	/* nor the audit trail */
	assert_int_equal(
	    store_scalar(f->s, -1,
		"SELECT count(*) FROM"
		" audit_event WHERE object_id = ? AND actor_id IS NOT NULL AND"
		" actor_id = ?",
		"si", a.nomor, f->warga.id),
	    0);
	file(f, "penyalahgunaan_wewenang", 0, wib(2026, 6, 3, 9), &b);
	assert_int_equal(
	    store_scalar(f->s, 0,
		"SELECT count(*) FROM kasus"
		" WHERE ref_id = ? AND ringkasan LIKE '%Siti Rahmawati%'",
		"s", b.nomor),
	    1);
	assert_int_equal(store_scalar(f->s, 0,
			     "SELECT count(*) FROM kasus"
			     " WHERE ref_id = ?",
			     "s", b.nomor),
	    1);
}

/* The timer: escalation to the head then the Inspektorat; auto-close. */
static void
test_tick(void **state)
{
	struct fx *f = *state;
	struct pengaduan_result a, b;
	int64_t notes;

	file(f, "pelayanan_lambat", 0, wib(2026, 7, 1, 9), &a);
	file(f, "lainnya", 0, wib(2026, 7, 1, 9), &b);
	assert_int_equal(act(f, &f->admin, a.nomor, "disposisi", NULL,
			     "DPMPTSP", 0, wib(2026, 7, 1, 10)),
	    ACT_OK);
	expect_status(f, a.nomor, "didisposisi", "2026-07-08");
	assert_int_equal(act(f, &f->admin, b.nomor, "disposisi", NULL,
			     "DPMPTSP", 0, wib(2026, 7, 1, 10)),
	    ACT_OK);
	assert_int_equal(act(f, &f->op, b.nomor, "tanggapi", "Jawaban unit.",
			     NULL, 0, wib(2026, 7, 2, 9)),
	    ACT_OK);
	expect_status(f, b.nomor, "ditanggapi", "2026-07-16");
	/* earlier tests' complaints are long overdue: escalated now */
	assert_true(pengaduan_tick(f->s, wib(2026, 7, 8, 9)) > 0);
	/* on the deadline day nothing happens to this one */
	assert_int_equal(pengaduan_tick(f->s, wib(2026, 7, 8, 10)), 0);
	notes = store_scalar(f->s, 0,
	    "SELECT count(*) FROM notifikasi WHERE"
	    " account_id = ?",
	    "i", f->kepala.id);
	/* the day after: flagged and the unit head warned, once */
	assert_int_equal(pengaduan_tick(f->s, wib(2026, 7, 9, 9)), 1);
	assert_int_equal(pengaduan_tick(f->s, wib(2026, 7, 9, 10)), 0);
	assert_int_equal(store_scalar(f->s, 0,
			     "SELECT count(*) FROM"
			     " notifikasi WHERE account_id = ?",
			     "i", f->kepala.id),
	    notes + 1);
	assert_int_equal(store_scalar(f->s, 0,
			     "SELECT terlambat * 10 +"
			     " eskalasi FROM pengaduan WHERE nomor = ?",
			     "s", a.nomor),
	    11);
	/* 3 working days later (13 July): the Inspektorat */
	assert_int_equal(pengaduan_tick(f->s, wib(2026, 7, 13, 9)), 0);
	assert_int_equal(pengaduan_tick(f->s, wib(2026, 7, 14, 9)), 1);
	assert_int_equal(store_scalar(f->s, 0,
			     "SELECT count(*) FROM kasus"
			     " WHERE sumber = 'eskalasi' AND ref_id = ?",
			     "s", a.nomor),
	    1);
	assert_int_equal(pengaduan_tick(f->s, wib(2026, 7, 15, 9)), 0);
	/* auto-close the day after the 10th working day after the answer */
	expect_status(f, b.nomor, "ditanggapi", NULL);
	assert_int_equal(pengaduan_tick(f->s, wib(2026, 7, 16, 23)), 0);
	assert_int_equal(pengaduan_tick(f->s, wib(2026, 7, 17, 9)), 1);
	expect_status(f, b.nomor, "selesai", "");
	/* the reporter may still rate it, then reopen once */
	assert_int_equal(act(f, &f->warga, b.nomor, "nilai", NULL, NULL, 2,
			     wib(2026, 7, 17, 10)),
	    ACT_OK);
	assert_int_equal(act(f, &f->warga, b.nomor, "buka_kembali",
			     "Tidak puas.", NULL, 0, wib(2026, 7, 17, 11)),
	    ACT_OK);
	expect_status(f, b.nomor, "didisposisi", NULL);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_deadlines),
		cmocka_unit_test(test_validation),
		cmocka_unit_test(test_flow),
		cmocka_unit_test(test_refer_archive),
		cmocka_unit_test(test_pungli_case),
		cmocka_unit_test(test_tick),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
