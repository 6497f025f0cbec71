/*
 * test_survei.c: the survey storage (domain/survei.c) and announcements
 * (domain/pengumuman.c) on a seeded database: the invitation trigger of
 * migration 0011, one answer per invitation, the integrity case, paper
 * forms, the per-period sums and the announcement states.
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
#include "mod/pengumuman/pengumuman.h"
#include "mod/wilayah/seed.h"
#include "mod/survei/survei.h"
#include "store/store.h"

#define KD "14.08.01.1001" /* Kampung Dalam */

static int
setup(void **state)
{
	const char *seed = getenv("PAMONG_SEED_DIR");
	struct store *s;
	char dir[] = "/tmp/pamong-survei-XXXXXX", path[64], err[256];

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

/* A citizen account as survei_isi() sees it. */
static void
citizen(struct store *s, const char *user, const char *nik, struct account *a)
{
	memset(a, 0, sizeof(*a));
	assert_int_equal(
	    store_run(s,
		"INSERT INTO account(username, pw_hash,"
		" nik, full_name, phone, created_at, pw_changed_at) VALUES (?, 'x',"
		" ?, ?, '081200000009', 0, 0)",
		"sss", user, nik, "Siti Uji Survei"),
	    0);
	a->id = store_last_id(s);
	snprintf(a->username, sizeof(a->username), "%s", user);
	snprintf(a->full_name, sizeof(a->full_name), "Siti Uji Survei");
	snprintf(a->nik, sizeof(a->nik), "%s", nik);
	snprintf(a->phone, sizeof(a->phone), "081200000009");
	a->roles = ROLE_WARGA;
}

/* An officer of unit code with roles. */
static void
officer(struct store *s, const char *code, unsigned roles, struct account *a)
{
	memset(a, 0, sizeof(*a));
	a->unit_id =
	    store_scalar(s, 0, "SELECT id FROM unit WHERE code = ?", "s", code);
	assert_true(a->unit_id > 0);
	assert_int_equal(
	    store_run(s,
		"INSERT INTO account(username, pw_hash,"
		" unit_id, full_name, created_at, pw_changed_at) VALUES (?, 'x', ?,"
		" 'Petugas Uji', 0, 0)",
		"si", code, a->unit_id),
	    0);
	a->id = store_last_id(s);
	snprintf(a->username, sizeof(a->username), "op.%s", code);
	snprintf(a->unit_code, sizeof(a->unit_code), "%s", code);
	snprintf(a->unit_name, sizeof(a->unit_name), "Unit %s", code);
	a->roles = roles;
}

/* An application of KPG-02 at Kampung Dalam in state diajukan. */
static int64_t
app(struct store *s, int64_t pemohon, const char *nomor)
{
	char kode[32];

	snprintf(kode, sizeof(kode), "SURVEIUJI-%s", nomor);
	assert_int_equal(
	    store_run(s,
		"INSERT INTO permohonan(nomor,"
		" kode_lacak, layanan_id, pemohon_id, pemohon_nik, wilayah_code,"
		" unit_id, penerbit_id, state, created_at, state_since) SELECT ?,"
		" ?, l.id, ?, '1408014507900009', ?, u.id, u.id, 'diajukan', 0, 0"
		" FROM layanan l, unit u WHERE l.code = 'KPG-02' AND u.code = ?",
		"ssiss", nomor, kode, pemohon, KD, KD),
	    0);
	return store_last_id(s);
}

/* Move application id into state as permohonan_act() does. */
static void
finish_app(struct store *s, int64_t id, const char *state)
{
	assert_int_equal(store_begin(s), 0);
	assert_int_equal(
	    store_run(s,
		"UPDATE permohonan SET state = ?,"
		" finished_at = strftime('%s', 'now') WHERE id = ?",
		"si", state, id),
	    0);
	if (strcmp(state, "selesai") == 0)
		assert_int_equal(survei_undang(s, id), 0);
	assert_int_equal(store_commit(s), 0);
}

static int64_t
invitation_of(struct store *s, int64_t mohon_id)
{
	return store_scalar(s, 0,
	    "SELECT id FROM survei_undangan WHERE"
	    " permohonan_id = ?",
	    "i", mohon_id);
}

static void
t_undang(void **state)
{
	struct store *s = *state;
	struct account w;
	int64_t a1, a2, inv;

	citizen(s, "uji.trigger", "1408014507900011", &w);
	a1 = app(s, w.id, "UJI/TRG/1");
	a2 = app(s, w.id, "UJI/TRG/2");
	finish_app(s, a1, "diverifikasi");
	assert_int_equal(invitation_of(s, a1), 0);
	finish_app(s, a2, "ditolak");
	assert_int_equal(invitation_of(s, a2), 0);
	finish_app(s, a1, "selesai");
	inv = invitation_of(s, a1);
	assert_true(inv > 0);
	assert_int_equal(
	    store_scalar(s, 0,
		"SELECT count(*) FROM notifikasi"
		" WHERE account_id = ? AND link = '/survei/' || ? AND text LIKE"
		" '%UJI/TRG/1%'",
		"ii", w.id, inv),
	    1);
	/* a second update to selesai invites nobody twice */
	finish_app(s, a1, "selesai");
	assert_int_equal(store_scalar(s, 0,
			     "SELECT count(*) FROM"
			     " survei_undangan WHERE permohonan_id = ?",
			     "i", a1),
	    1);
	assert_int_equal(store_scalar(s, 0,
			     "SELECT count(*) FROM notifikasi"
			     " WHERE account_id = ? AND link LIKE '/survei/%'",
			     "i", w.id),
	    1);
	/* a rolled-back move leaves no invitation */
	assert_int_equal(store_begin(s), 0);
	assert_int_equal(store_run(s,
			     "UPDATE permohonan SET state = 'selesai'"
			     " WHERE id = ?",
			     "i", a2),
	    0);
	assert_int_equal(survei_undang(s, a2), 0);
	store_rollback(s);
	assert_int_equal(invitation_of(s, a2), 0);
}

static void
t_answer(void **state)
{
	struct store *s = *state;
	struct account w, other;
	struct survei_undangan inv;
	struct field_errs fe;
	int all4[IKM_UNSUR] = { 4, 4, 4, 4, 4, 4, 4, 4, 4 };
	int all3[IKM_UNSUR] = { 3, 3, 3, 3, 3, 3, 3, 3, 3 };
	int gap[IKM_UNSUR] = { 4, 4, 4, 0, 4, 4, 4, 4, 4 };
	int bad[IKM_UNSUR] = { 4, 4, 4, 5, 4, 4, 4, 4, 4 };
	char kasus[32];
	int64_t a1, a2, i1, i2;

	citizen(s, "uji.jawab", "1408014507900012", &w);
	citizen(s, "uji.lain", "1408014507900013", &other);
	a1 = app(s, w.id, "UJI/JWB/1");
	a2 = app(s, w.id, "UJI/JWB/2");
	finish_app(s, a1, "selesai");
	finish_app(s, a2, "selesai");
	i1 = invitation_of(s, a1);
	i2 = invitation_of(s, a2);
	assert_int_equal(survei_undangan_get(s, i1, w.id, &inv), 0);
	assert_string_equal(inv.nomor, "UJI/JWB/1");
	assert_int_equal(survei_undangan_get(s, i1, other.id, &inv),
	    SURVEI_TIDAK_ADA);

	memset(&fe, 0, sizeof(fe));
	assert_int_equal(survei_isi(s, i1, &w, gap, "tidak", "", "t",
			     time(NULL), &fe, kasus, sizeof(kasus)),
	    -1);
	assert_string_equal(fe.e[0].field, "u4");
	memset(&fe, 0, sizeof(fe));
	assert_int_equal(survei_isi(s, i1, &w, bad, "tidak", "", "t",
			     time(NULL), &fe, kasus, sizeof(kasus)),
	    -1);
	memset(&fe, 0, sizeof(fe));
	assert_int_equal(survei_isi(s, i1, &w, all4, "", "", "t", time(NULL),
			     &fe, kasus, sizeof(kasus)),
	    -1);
	assert_string_equal(fe.e[0].field, "integritas");
	memset(&fe, 0, sizeof(fe));
	assert_int_equal(survei_isi(s, i1, &other, all4, "tidak", "", "t",
			     time(NULL), &fe, kasus, sizeof(kasus)),
	    SURVEI_TIDAK_ADA);
	assert_int_equal(store_scalar(s, -1,
			     "SELECT count(*) FROM"
			     " survei_jawaban",
			     ""),
	    0);

	memset(&fe, 0, sizeof(fe));
	assert_int_equal(survei_isi(s, i1, &w, all4, "tidak", "Bagus", "t",
			     time(NULL), &fe, kasus, sizeof(kasus)),
	    0);
	assert_string_equal(kasus, "");
	assert_int_equal(survei_isi(s, i1, &w, all3, "ya", "", "t", time(NULL),
			     &fe, kasus, sizeof(kasus)),
	    SURVEI_SUDAH);
	assert_int_equal(store_scalar(s, -1,
			     "SELECT count(*) FROM"
			     " survei_jawaban",
			     ""),
	    1);
	assert_int_equal(store_scalar(s, -1, "SELECT count(*) FROM kasus", ""),
	    0);

	assert_int_equal(survei_isi(s, i2, &w, all3, "ya", "Diminta uang rokok",
			     "t", time(NULL), &fe, kasus, sizeof(kasus)),
	    0);
	assert_memory_equal(kasus, "KAS", 3); /* KAS-2026-000001 */
	assert_int_equal(
	    store_scalar(s, 0,
		"SELECT count(*) FROM kasus WHERE"
		" nomor = ? AND sumber = 'survei_integritas' AND ref_type ="
		" 'permohonan' AND ref_id = 'UJI/JWB/2' AND instr(ringkasan,"
		" 'Siti Uji Survei') > 0 AND instr(ringkasan, '1408014507900012')"
		" > 0",
		"s", kasus),
	    1);
	/* the answer rows themselves carry nothing of the person */
	assert_int_equal(store_scalar(s, -1,
			     "SELECT count(*) FROM"
			     " survei_jawaban WHERE instr(saran, 'Siti') > 0",
			     ""),
	    0);
}

static void
t_paper_and_sums(void **state)
{
	struct store *s = *state;
	struct account op, w;
	struct field_errs fe;
	struct ikm_periode *v;
	struct ikm_hasil h;
	int two[IKM_UNSUR] = { 2, 2, 2, 2, 2, 2, 2, 2, 0 };
	int none[IKM_UNSUR] = { 0 };
	char month[8];
	size_t n, i;
	int64_t kd =
	    store_scalar(s, 0, "SELECT id FROM unit WHERE code = ?", "s", KD);

	officer(s, KD, ROLE_OPERATOR, &op);
	survei_periode(time(NULL), month);
	memset(&fe, 0, sizeof(fe));
	assert_int_equal(survei_kertas(s, &op, "KPG-02", month, none, "", "",
			     "t", time(NULL), &fe),
	    -1);
	memset(&fe, 0, sizeof(fe));
	assert_int_equal(survei_kertas(s, &op, "TIDAK-ADA", month, two, "", "",
			     "t", time(NULL), &fe),
	    -1);
	memset(&fe, 0, sizeof(fe));
	assert_int_equal(survei_kertas(s, &op, "KPG-02", "2999-01", two, "", "",
			     "t", time(NULL), &fe),
	    -1);
	memset(&fe, 0, sizeof(fe));
	assert_int_equal(survei_kertas(s, &op, "KPG-02", month, two, "", "",
			     "t", time(NULL), &fe),
	    0);
	citizen(s, "uji.sum", "1408014507900014", &w);
	memset(&fe, 0, sizeof(fe));
	assert_int_equal(survei_kertas(s, &w, "KPG-02", month, two, "", "", "t",
			     time(NULL), &fe),
	    -1); /* no unit */

	/*
	 * Kampung Dalam this month: t_answer's all-4 and all-3 (online)
	 * and this paper form: u1..u8 (4+3+2)/3 = 3, u9 (4+3)/2 = 3.5,
	 * IKM = 25 x (24 + 3.5) / 9 = 76.39; service users: the finished
	 * applications of t_undang and t_answer (3).
	 */
	v = ikm_rekap(s, kd, 0, IKM_PER_BULAN, &n);
	assert_non_null(v);
	for (i = 0; i < n && strcmp(v[i].key, month) != 0; i++)
		;
	assert_true(i < n);
	assert_int_equal(v[i].acc.responden, 3);
	assert_int_equal(v[i].acc.n[8], 2);
	assert_int_equal(v[i].pengguna, 3);
	assert_int_equal(ikm_compute(&v[i].acc, IKM_BOBOT_TEPAT, &h), 0);
	assert_int_equal(h.ikm, 7639);
	assert_int_equal(h.mutu, 'C');
	free(v);
	v = ikm_rekap(s, kd, 0, IKM_PER_TAHUN, &n);
	assert_non_null(v);
	assert_int_equal(n, 1);
	assert_int_equal(strlen(v[0].key), 4);
	free(v);
	v = ikm_rekap(s, kd + 100000, 0, IKM_PER_TRIWULAN, &n);
	assert_non_null(v);
	assert_int_equal(n, 0);
	free(v);
}

static void
t_labels(void **state)
{
	char out[40];

	(void)state;
	ikm_periode_label("2026-11", out, sizeof(out));
	assert_string_equal(out, "November 2026");
	ikm_periode_label("2026-TW4", out, sizeof(out));
	assert_string_equal(out, "Triwulan IV 2026");
	ikm_periode_label("2026", out, sizeof(out));
	assert_string_equal(out, "2026");
	survei_periode(1767200400, out); /* 2026-01-01 00:00 WIB */
	assert_string_equal(out, "2026-01");
	survei_periode(1767200399, out);
	assert_string_equal(out, "2025-12");
}

static void
t_pengumuman(void **state)
{
	struct store *s = *state;
	struct account op, other, w;
	struct field_errs fe;
	struct pengumuman p, *v;
	int64_t id;
	size_t n;

	officer(s, "14.08.01.1002", ROLE_KEPALA, &op);
	officer(s, "14.08.01", ROLE_OPERATOR, &other);
	citizen(s, "uji.ann", "1408014507900015", &w);
	memset(&fe, 0, sizeof(fe));
	assert_int_equal(pengumuman_save(s, &op, 0, "layanan_baru", "abc",
			     "Isi yang cukup panjang.", "t", time(NULL), &fe,
			     &id),
	    -1);
	memset(&fe, 0, sizeof(fe));
	assert_int_equal(pengumuman_save(s, &op, 0, "x", "Judul yang baik",
			     "Isi yang cukup panjang.", "t", time(NULL), &fe,
			     &id),
	    -1);
	memset(&fe, 0, sizeof(fe));
	assert_int_equal(pengumuman_save(s, &w, 0, "lainnya", "Judul yang baik",
			     "Isi yang cukup panjang.", "t", time(NULL), &fe,
			     &id),
	    -2);
	assert_int_equal(pengumuman_save(s, &op, 0, "lainnya",
			     "Judul <b> & baik", "Isi yang cukup panjang.", "t",
			     time(NULL), &fe, &id),
	    0);
	v = pengumuman_list(s, 0, 1, 10, &n);
	assert_int_equal(n, 0);
	pengumuman_list_free(v, n);
	assert_int_equal(
	    pengumuman_set_state(s, &op, id, "ditarik", "t", time(NULL)), -4);
	assert_int_equal(
	    pengumuman_set_state(s, &other, id, "terbit", "t", time(NULL)), -2);
	assert_int_equal(
	    pengumuman_set_state(s, &op, id, "terbit", "t", time(NULL)), 0);
	assert_int_equal(
	    pengumuman_set_state(s, &op, id, "terbit", "t", time(NULL)), -4);
	v = pengumuman_list(s, op.unit_id, 1, 10, &n);
	assert_int_equal(n, 1);
	assert_string_equal(v[0].judul, "Judul <b> & baik");
	pengumuman_list_free(v, n);
	memset(&fe, 0, sizeof(fe));
	assert_int_equal(pengumuman_save(s, &other, id, "lainnya",
			     "Judul diganti", "Isi yang cukup panjang.", "t",
			     time(NULL), &fe, NULL),
	    -2);
	assert_int_equal(
	    pengumuman_set_state(s, &op, id, "ditarik", "t", time(NULL)), 0);
	v = pengumuman_list(s, 0, 1, 10, &n);
	assert_int_equal(n, 0);
	pengumuman_list_free(v, n);
	assert_int_equal(pengumuman_get(s, id, &p), 0);
	assert_string_equal(p.state, "ditarik");
	assert_true(p.published_at > 0);
	pengumuman_clear(&p);
	assert_int_equal(
	    store_scalar(s, 0,
		"SELECT count(*) FROM audit_event"
		" WHERE object_type = 'pengumuman' AND object_id = ?",
		"s", "1"),
	    3);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(t_undang),
		cmocka_unit_test(t_answer),
		cmocka_unit_test(t_paper_and_sums),
		cmocka_unit_test(t_labels),
		cmocka_unit_test(t_pengumuman),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
