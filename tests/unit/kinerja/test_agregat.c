/*
 * test_agregat.c: the aggregates of migrations 0021 and 0024
 * (kinerja_agregat.c)
 * against a recomputation from the rows, after a random sequence of state
 * changes (submission, moves, finishing, reopening, new due dates), each
 * in its own transaction with kinerja_agregat_catat() as the permohonan
 * module does; a rolled-back transaction leaves them as they were; a
 * change made behind the module's back is counted from the row until
 * kinerja.serap takes it in.  Three independent ways must agree: the
 * tables kept step by step, the figures recomputed from the rows alone
 * (empty tables, every row counted from its columns), and the tables the
 * migration's own SQL fills.  On the database of PAMONG_TEST_DB when set
 * (a PostgreSQL URL, make test-pg), else on a SQLite file.  The random
 * seed is printed; PAMONG_TEST_SEED repeats a run.
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

#include "lib/buf.h"
#include "mod/kinerja/kinerja.h"
#include "mod/kinerja/kinerja_agregat.h"
#include "mod/wilayah/seed.h"
#include "store/store.h"

static struct store *S;
static int pg;
static unsigned long rnd_state;
static int64_t warga_id, unit_ids[3], layanan_ids[3];

#define NAPP 60
static int64_t app_ids[NAPP];

static unsigned
rnd(unsigned n)
{
	rnd_state = rnd_state * 6364136223846793005UL + 1442695040888963407UL;
	return (unsigned)((rnd_state >> 33) % n);
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

#define NOW wib(2026, 4, 6, 9, 0)

static int
group_setup(void **state)
{
	const char *seed = getenv("PAMONG_SEED_DIR"), *rs;
	char dir[] = "/tmp/pamong-agregat-XXXXXX", path[64], err[256];
	int i;

	(void)state;
	pg = getenv("PAMONG_TEST_DB") != NULL;
	if (mkdtemp(dir) == NULL)
		return -1;
	snprintf(path, sizeof(path), "%s/t.db", dir);
	if (store_open(&S, NULL, pg ? getenv("PAMONG_TEST_DB") : path) != 0 ||
	    store_migrate(S, 0) != 0)
		return -1;
	if (seed_siak(S, seed ? seed : "data", err, sizeof(err)) != 0) {
		fprintf(stderr, "seed_siak: %s\n", err);
		return -1;
	}
	rs = getenv("PAMONG_TEST_SEED");
	rnd_state =
	    rs != NULL ? strtoul(rs, NULL, 10) : (unsigned long)time(NULL);
	fprintf(stderr, "test_agregat: PAMONG_TEST_SEED=%lu%s\n", rnd_state,
	    pg ? " (PostgreSQL)" : "");
	if (store_run(S,
		"INSERT INTO account(username, pw_hash, nik,"
		" full_name, created_at, pw_changed_at) VALUES ('uji.agregat',"
		" 'x', '1408014507900019', 'Warga Uji Agregat', 0, 0)",
		"") != 0)
		return -1;
	warga_id = store_last_id(S);
	unit_ids[0] = store_scalar(S, 0,
	    "SELECT id FROM unit WHERE code = '14.08.01.1001'", "");
	unit_ids[1] = store_scalar(S, 0,
	    "SELECT id FROM unit WHERE code = '14.08.01.1002'", "");
	unit_ids[2] = store_scalar(S, 0,
	    "SELECT id FROM unit WHERE code = '14.08.01'", "");
	layanan_ids[0] = store_scalar(S, 0,
	    "SELECT id FROM layanan WHERE code = 'KPG-01'", "");
	layanan_ids[1] = store_scalar(S, 0,
	    "SELECT id FROM layanan WHERE code = 'KPG-02'", "");
	layanan_ids[2] = store_scalar(S, 0,
	    "SELECT id FROM layanan WHERE code = 'DUK-01'", "");
	for (i = 0; i < 3; i++)
		if (unit_ids[i] == 0 || layanan_ids[i] == 0)
			return -1;
	return 0;
}

static int
group_teardown(void **state)
{
	(void)state;
	store_close(S);
	return 0;
}

/* --- the aggregate tables as text ----------------------------------------- */

static int
row_text(void *arg, struct store_stmt *st)
{
	struct buf *b = arg;
	int i, n = (int)store_int(st, 0);

	for (i = 1; i <= n; i++)
		buf_addf(b, "%s%s", i > 1 ? "|" : "",
		    store_isnull(st, i) ? "" : store_text(st, i));
	buf_addf(b, "\n");
	return 0;
}

/* Every nonzero aggregate row, in order, as text (caller frees). */
static char *
snapshot(void)
{
	struct buf b;

	buf_init(&b, 4096);
	assert_int_equal(store_each(S, row_text, &b,
			     "SELECT 9, bulan, CAST(unit_id AS TEXT),"
			     " CAST(layanan_id AS TEXT), CAST(masuk AS TEXT),"
			     " CAST(selesai AS TEXT), CAST(ditolak AS TEXT),"
			     " CAST(dicabut AS TEXT), CAST(berstandar AS TEXT),"
			     " CAST(tepat AS TEXT) FROM kinerja_bulan WHERE"
			     " masuk <> 0 OR selesai <> 0 OR ditolak <> 0 OR"
			     " dicabut <> 0 OR berstandar <> 0 OR tepat <> 0"
			     " ORDER BY 2, 3, 4",
			     ""),
	    STORE_DONE);
	buf_addf(&b, "--\n");
	assert_int_equal(store_each(S, row_text, &b,
			     "SELECT 4, bulan, CAST(unit_id AS TEXT),"
			     " CAST(layanan_id AS TEXT), durasi FROM"
			     " kinerja_bulan WHERE durasi <> '' ORDER BY 2, 3,"
			     " 4",
			     ""),
	    STORE_DONE);
	buf_addf(&b, "--\n");
	assert_int_equal(store_each(S, row_text, &b,
			     "SELECT 5, CAST(unit_id AS TEXT),"
			     " CAST(layanan_id AS TEXT), bulan, due_date,"
			     " CAST(n AS TEXT) FROM kinerja_buka ORDER BY 2, 3,"
			     " 4, 5",
			     ""),
	    STORE_DONE);
	return buf_detach(&b, NULL);
}

/* --- the figures ------------------------------------------------------- */

/* Every figure the pages show, for the periods around the history. */
static char *
figures(void)
{
	static const char *periods[] = { "2025", "2026", "2025-11", "2025-12",
		"2026-01", "2026-02", "2026-03", "2026-04", "2026-05" };
	struct kinerja_periode p;
	struct kinerja_laporan l;
	struct kinerja_angka m[12];
	struct kinerja_telat *t;
	const struct kinerja_angka *a;
	struct buf b;
	size_t i, k, n, total;
	int u;

	buf_init(&b, 4096);
	for (i = 0; i < sizeof(periods) / sizeof(*periods); i++) {
		assert_int_equal(kinerja_periode_parse(periods[i], &p), 0);
		for (u = -1; u < 3; u++) {
			char code[40] = "";

			if (u >= 0)
				snprintf(code, sizeof(code), "%s",
				    u == 0	 ? "14.08.01.1001"
					: u == 1 ? "14.08.01.1002"
						 : "DISDUKCAPIL");
			assert_int_equal(kinerja_hitung(S, &p, code, NOW, &l),
			    0);
			for (k = 0; k <= l.n; k++) {
				a = k < l.n ? &l.v[k].a : &l.total;
				buf_addf(&b,
				    "%s %s %s %s: %lld %lld %lld %lld %lld"
				    " %lld %lld %lld %lld %lld %lld %lld\n",
				    periods[i], code,
				    k < l.n ? l.v[k].unit_code : "total",
				    k < l.n ? l.v[k].layanan_code : "",
				    (long long)a->diterima,
				    (long long)a->selesai,
				    (long long)a->ditolak,
				    (long long)a->dicabut,
				    (long long)a->dalam_proses,
				    (long long)a->median, (long long)a->p90,
				    (long long)a->berstandar,
				    (long long)a->tepat_waktu,
				    (long long)a->terlambat_kini,
				    (long long)a->pengaduan,
				    (long long)a->pengaduan_tepat);
			}
			kinerja_free(&l);
		}
	}
	for (u = 0; u < 4; u++) {
		assert_int_equal(
		    kinerja_tren(S, u == 3 ? 0 : unit_ids[u], 2026, NOW, m), 0);
		for (k = 0; k < 12; k++)
			buf_addf(&b,
			    "tren %d %zu: %lld %lld %lld %lld %lld %lld %lld"
			    " %lld %lld %lld %lld\n",
			    u, k, (long long)m[k].diterima,
			    (long long)m[k].selesai, (long long)m[k].ditolak,
			    (long long)m[k].dicabut,
			    (long long)m[k].dalam_proses,
			    (long long)m[k].median, (long long)m[k].p90,
			    (long long)m[k].berstandar,
			    (long long)m[k].tepat_waktu,
			    (long long)m[k].pengaduan,
			    (long long)m[k].pengaduan_tepat);
	}
	t = kinerja_terlambat(S, 0, NOW, 5, &n, &total);
	assert_non_null(t);
	buf_addf(&b, "telat %zu %zu\n", n, total);
	for (k = 0; k < n; k++)
		buf_addf(&b, "  %s %s %d\n", t[k].nomor, t[k].due_date,
		    t[k].hari_terlambat);
	free(t);
	return buf_detach(&b, NULL);
}

/* --- the history ------------------------------------------------------- */

static void
date_of(time_t t, int plus_days, char out[11])
{
	time_t x = t + 7 * 3600 + (time_t)plus_days * 86400;
	struct tm tm;

	gmtime_r(&x, &tm);
	strftime(out, 11, "%Y-%m-%d", &tm);
}

/* One random change to application i, as the permohonan module makes it. */
static void
change(int i)
{
	static const char *ends[] = { "selesai", "selesai", "ditolak",
		"dibatalkan" };
	int64_t id = app_ids[i], sub;
	char due[11], nomor[32];
	int draft;

	draft = (int)store_scalar(S, -1,
	    "SELECT draft FROM permohonan WHERE id = ?", "i", id);
	sub = store_scalar(S, 0,
	    "SELECT coalesce(submitted_at, 0) FROM permohonan WHERE id = ?",
	    "i", id);
	if (draft) {
		/* submitted between 20 Nov 2025 and 5 Apr 2026 */
		sub = (int64_t)wib(2025, 11, 20, 0, 0) +
		    (int64_t)rnd(136) * 86400 + (int64_t)rnd(86400);
		if (rnd(5) == 0)
			due[0] = '\0';
		else
			date_of((time_t)sub, 1 + (int)rnd(10), due);
		snprintf(nomor, sizeof(nomor), "AGR/%d/%u", i, rnd(1000000));
		assert_int_equal(
		    store_run(S,
			"UPDATE permohonan SET draft = 0,"
			" submitted_at = ?, state = 'diajukan',"
			" due_date = nullif(?, ''), penerbit_id = ?,"
			" nomor = ? WHERE id = ?",
			"isisi", sub, due, unit_ids[rnd(2)], nomor, id),
		    0);
		return;
	}
	switch (rnd(4)) {
	case 0: /* a move between open states: counts the same */
		assert_int_equal(store_run(S,
				     "UPDATE permohonan SET state ="
				     " 'diverifikasi', finished_at = NULL WHERE"
				     " id = ?",
				     "i", id),
		    0);
		break;
	case 1: /* finished (or finished again) */
	case 2:
		assert_int_equal(
		    store_run(S,
			"UPDATE permohonan SET state = ?,"
			" finished_at = ? WHERE id = ?",
			"sii", ends[rnd(4)],
			sub + (int64_t)rnd(40) * 86400 + (int64_t)rnd(86400),
			id),
		    0);
		break;
	default: /* reopened with a new due date */
		date_of((time_t)sub, (int)rnd(30), due);
		assert_int_equal(store_run(S,
				     "UPDATE permohonan SET state ="
				     " 'diajukan', finished_at = NULL, due_date"
				     " = ? WHERE id = ?",
				     "si", due, id),
		    0);
	}
}

static void
create_apps(void)
{
	char kode[24];
	int i;

	for (i = 0; i < NAPP; i++) {
		snprintf(kode, sizeof(kode), "AGREGAT%05d", i);
		assert_int_equal(
		    store_run(S,
			"INSERT INTO permohonan(kode_lacak,"
			" layanan_id, pemohon_id, pemohon_nik,"
			" wilayah_code, unit_id, penerbit_id, state,"
			" draft, created_at, state_since) VALUES (?,"
			" ?, ?, '1408014507900019', '14.08.01.1001',"
			" ?, ?, 'diajukan', 1, 0, 0)",
			"siiii", kode, layanan_ids[i % 3], warga_id,
			unit_ids[2], unit_ids[2]),
		    0);
		app_ids[i] = store_last_id(S);
		assert_int_equal(kinerja_agregat_catat(S, app_ids[i]), 0);
	}
}

/* The tables the fill SQL of migration name fills, from the rows. */
static void
migration_fill_of(const char *name)
{
	char path[128], *sql, *a, *b;
	FILE *f;
	long n;

	snprintf(path, sizeof(path), "src/mod/kinerja/migrations/%s%s",
	    pg ? "pg/" : "", name);
	f = fopen(path, "r");
	assert_non_null(f);
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	rewind(f);
	sql = calloc(1, (size_t)n + 1);
	assert_non_null(sql);
	assert_int_equal(fread(sql, 1, (size_t)n, f), (size_t)n);
	fclose(f);
	a = strstr(sql, "-- fill: begin");
	b = strstr(sql, "-- fill: end");
	assert_non_null(a);
	assert_non_null(b);
	*b = '\0';
	assert_int_equal(store_begin(S), 0);
	assert_int_equal(store_exec(S, a), 0);
	assert_int_equal(store_commit(S), 0);
	free(sql);
}

/* The application aggregates as migration 0024 fills them. */
static void
migration_fill(void)
{
	migration_fill_of("0024-kinerja-durasi.sql");
}

static void
test_random_history(void **state)
{
	char *kept, *fig_kept, *fig_rows, *filled, *again, *fig_filled;
	int step, i;

	(void)state;
	create_apps();
	for (step = 0; step < 400; step++) {
		i = (int)rnd(NAPP);
		assert_int_equal(store_begin(S), 0);
		change(i);
		assert_int_equal(kinerja_agregat_catat(S, app_ids[i]), 0);
		assert_int_equal(store_commit(S), 0);
	}
	/* kept step by step: nothing left to take in */
	assert_int_equal(kinerja_agregat_serap_tx(S), 0);
	kept = snapshot();
	fig_kept = figures();
	if (getenv("PAMONG_TEST_VERBOSE") != NULL)
		fprintf(stderr, "%s\n%s", kept, fig_kept);

	/* the figures from the rows alone */
	assert_int_equal(store_begin(S), 0);
	assert_int_equal(store_run(S, "DELETE FROM kinerja_bulan", ""), 0);
	assert_int_equal(store_run(S, "DELETE FROM kinerja_buka", ""), 0);
	assert_int_equal(
	    store_run(S, "UPDATE permohonan SET kinerja_sig = NULL", ""), 0);
	assert_int_equal(store_commit(S), 0);
	fig_rows = figures();
	assert_string_equal(fig_kept, fig_rows);

	/* taken in again, from the rows: the same tables */
	assert_true(kinerja_agregat_serap_tx(S) > 0);
	again = snapshot();
	assert_string_equal(kept, again);

	/* what the migration's SQL makes of the rows: the same tables */
	migration_fill();
	filled = snapshot();
	assert_string_equal(kept, filled);
	assert_int_equal(kinerja_agregat_serap_tx(S), 0);
	fig_filled = figures();
	assert_string_equal(fig_kept, fig_filled);
	free(kept);
	free(again);
	free(filled);
	free(fig_kept);
	free(fig_rows);
	free(fig_filled);
}

static void
test_rollback(void **state)
{
	char *before, *after, *fig_before, *fig_after;
	int step, i;

	(void)state;
	before = snapshot();
	fig_before = figures();
	assert_int_equal(store_begin(S), 0);
	for (step = 0; step < 50; step++) {
		i = (int)rnd(NAPP);
		change(i);
		assert_int_equal(kinerja_agregat_catat(S, app_ids[i]), 0);
	}
	store_rollback(S);
	after = snapshot();
	assert_string_equal(before, after);
	assert_int_equal(kinerja_agregat_serap_tx(S), 0);
	fig_after = figures();
	assert_string_equal(fig_before, fig_after);
	free(before);
	free(after);
	free(fig_before);
	free(fig_after);
}

static void
test_behind_the_back(void **state)
{
	char *fig_before, *fig_after, *fig_serap, *kept, *filled;
	int i;

	(void)state;
	fig_before = figures();
	/* changed without kinerja_agregat_catat(): counted from the row */
	for (i = 0; i < 5; i++)
		change((int)rnd(NAPP));
	assert_int_equal(store_run(S,
			     "UPDATE permohonan SET due_date = '2020-01-02'"
			     " WHERE id = ? AND finished_at IS NULL",
			     "i", app_ids[0]),
	    0);
	fig_after = figures();
	/* kinerja.serap takes them in: the same figures, tables as filled */
	assert_true(kinerja_agregat_serap_tx(S) >= 0);
	assert_int_equal(kinerja_agregat_serap_tx(S), 0);
	fig_serap = figures();
	assert_string_equal(fig_after, fig_serap);
	kept = snapshot();
	migration_fill();
	filled = snapshot();
	assert_string_equal(kept, filled);
	free(fig_before);
	free(fig_after);
	free(fig_serap);
	free(kept);
	free(filled);
}

/* --- complaints (migration 0025) ---------------------------------------- */

#define NADU 120

/* kinerja_adu and every complaint's kinerja_sig, as text. */
static char *
adu_snapshot(void)
{
	struct buf b;

	buf_init(&b, 4096);
	assert_int_equal(store_each(S, row_text, &b,
			     "SELECT 4, bulan, CAST(unit_id AS TEXT),"
			     " CAST(n AS TEXT), CAST(tepat AS TEXT) FROM"
			     " kinerja_adu WHERE n <> 0 ORDER BY 2, 3",
			     ""),
	    STORE_DONE);
	buf_addf(&b, "--\n");
	assert_int_equal(store_each(S, row_text, &b,
			     "SELECT 2, CAST(id AS TEXT), kinerja_sig FROM"
			     " pengaduan ORDER BY id",
			     ""),
	    STORE_DONE);
	return buf_detach(&b, NULL);
}

/*
 * Complaints through their steps, each written as the pengaduan module
 * writes it (the row, a history row, then kinerja_adu_catat() in the same
 * transaction): received between 20 Nov 2025 and 5 Apr 2026 (the March
 * holidays and cuti bersama), some dispositioned to another unit, some
 * answered 0-14 days later, a few answered again.  The kept table, the
 * figures from the rows alone, kinerja.serap and the fill SQL of
 * migration 0025 must agree.
 */
static void
test_pengaduan(void **state)
{
	static const char *units[] = { "14.08.01.1001", "14.08.01.1002",
		"14.08.01" };
	char *kept, *fig_kept, *fig_rows, *again, *filled;
	int64_t id, at, disp;
	int i, k;

	(void)state;
	for (i = 0; i < NADU; i++) {
		at = (int64_t)wib(2025, 11, 20, 0, 0) +
		    (int64_t)rnd(136) * 86400 + (int64_t)rnd(86400);
		assert_int_equal(store_begin(S), 0);
		assert_int_equal(
		    store_run(S,
			"INSERT INTO pengaduan(nomor, tahun, urut,"
			" kode_lacak, jenis, judul, isi, kategori,"
			" wilayah_code, unit_tujuan_id, pelapor_id, status,"
			" created_at, updated_at) VALUES (?, 2026, ?, ?,"
			" 'pengaduan', 'Uji', 'Isi uji', 'lainnya',"
			" '14.08.01.1001', (SELECT id FROM unit WHERE code ="
			" ?), ?, 'baru', ?, ?)",
			"sdssiii", "ADU-AGR-T", i + 1, "ADUAGREGATTMP",
			rnd(4) == 0 ? "" : units[rnd(3)], warga_id, at, at),
		    0);
		id = store_last_id(S);
		assert_int_equal(store_run(S,
				     "UPDATE pengaduan SET nomor = 'ADU-AGR-'"
				     " || CAST(id AS TEXT), kode_lacak ="
				     " 'ADUAGREGAT' || CAST(id AS TEXT) WHERE"
				     " id = ?",
				     "i", id),
		    0);
		assert_int_equal(store_run(S,
				     "INSERT INTO pengaduan_riwayat"
				     "(pengaduan_id, at, tindakan, dari, ke)"
				     " VALUES (?, ?, 'ajukan', '', 'baru')",
				     "ii", id, at),
		    0);
		assert_int_equal(kinerja_adu_catat(S, id), 0);
		assert_int_equal(store_commit(S), 0);
		if (rnd(5) == 0)
			continue;
		/* disposisi, to another unit now and then */
		disp = at + (int64_t)rnd(6) * 86400 + (int64_t)rnd(86400);
		assert_int_equal(store_begin(S), 0);
		assert_int_equal(store_run(S,
				     "UPDATE pengaduan SET unit_id = (SELECT id"
				     " FROM unit WHERE code = ?), status ="
				     " 'didisposisi' WHERE id = ?",
				     "si", units[rnd(3)], id),
		    0);
		assert_int_equal(store_run(S,
				     "INSERT INTO pengaduan_riwayat"
				     "(pengaduan_id, at, tindakan, dari, ke)"
				     " VALUES (?, ?, 'disposisi', 'baru',"
				     " 'didisposisi')",
				     "ii", id, disp),
		    0);
		assert_int_equal(kinerja_adu_catat(S, id), 0);
		assert_int_equal(store_commit(S), 0);
		for (k = rnd(3); k > 0; k--) {
			/* answered (again) 0-14 days after the disposisi */
			assert_int_equal(store_begin(S), 0);
			assert_int_equal(
			    store_run(S,
				"INSERT INTO pengaduan_riwayat(pengaduan_id,"
				" at, tindakan, dari, ke) VALUES (?, ?,"
				" 'tanggapi', 'didisposisi', 'ditanggapi')",
				"ii", id,
				disp + (int64_t)rnd(15) * 86400 +
				    (int64_t)rnd(86400) - 3600),
			    0);
			assert_int_equal(kinerja_adu_catat(S, id), 0);
			assert_int_equal(store_commit(S), 0);
		}
	}
	assert_int_equal(kinerja_agregat_serap_tx(S), 0);
	kept = adu_snapshot();
	fig_kept = figures();
	if (getenv("PAMONG_TEST_VERBOSE") != NULL)
		fprintf(stderr, "%s\n%s", kept, fig_kept);

	/* the figures from the rows alone */
	assert_int_equal(store_begin(S), 0);
	assert_int_equal(store_run(S, "DELETE FROM kinerja_adu", ""), 0);
	assert_int_equal(
	    store_run(S, "UPDATE pengaduan SET kinerja_sig = NULL", ""), 0);
	assert_int_equal(store_commit(S), 0);
	fig_rows = figures();
	assert_string_equal(fig_kept, fig_rows);

	/* taken in by kinerja.serap: the same table */
	assert_true(kinerja_agregat_serap_tx(S) > 0);
	again = adu_snapshot();
	assert_string_equal(kept, again);

	/* what the migration's SQL makes of the rows: the same table */
	migration_fill_of("0025-kinerja-pengaduan.sql");
	filled = adu_snapshot();
	assert_string_equal(kept, filled);
	free(kept);
	free(fig_kept);
	free(fig_rows);
	free(again);
	free(filled);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_random_history),
		cmocka_unit_test(test_rollback),
		cmocka_unit_test(test_behind_the_back),
		cmocka_unit_test(test_pengaduan),
	};

	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
