/*
 * test_antrian.c: the queue against a real store: the demo site,
 * numbering without gaps or duplicates across two connections, the
 * officer's scope, the state machine (a refusal changes nothing, not
 * even the audit trail), the priority cap, transfer keeping its place,
 * the per-address throttle and kiosk tokens.
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

#include "lib/token.h"
#include "mod/akun/account.h"
#include "mod/antrian/antrian.h"
#include "store/store.h"

struct fx {
	struct store *s;
	char dir[64], path[96];
	struct account samsat, capil, op;
	time_t now;
};

static void
mk(struct store *s, const char *user, const char *roles, const char *unit,
    struct account *out)
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
	n.full_name = user;
	if (strcmp(roles, "warga") == 0) {
		n.nik = "1408014507900001"; /* claimed, not verified */
		n.phone = "081299990000";
	}
	if (account_create(s, &n, 0, "uji", &fe, &id) != 0)
		fail_msg("account %s: %s", user, fe.n ? fe.e[0].msg : "");
	assert_int_equal(account_load(s, id, out), 0);
}

static int
setup(void **state)
{
	struct fx *f = calloc(1, sizeof(*f));
	char sql[160];

	snprintf(f->dir, sizeof(f->dir), "/tmp/pamong-antrian-XXXXXX");
	if (mkdtemp(f->dir) == NULL)
		return -1;
	snprintf(f->path, sizeof(f->path), "%s/t.db", f->dir);
	if (store_open(&f->s, NULL, f->path) != 0 ||
	    store_migrate(f->s, 0) != 0)
		return -1;
	if (store_exec(f->s,
		"INSERT INTO unit(code, name, kind) VALUES"
		" ('DISDUKCAPIL', 'Disdukcapil', 'opd'),"
		" ('DPMPTSP', 'DPMPTSP', 'opd');") != 0)
		return -1;
	if (antrian_demo_seed(f->s, 0) != 1)
		return -1;
	mk(f->s, "loket.samsat", "petugas_loket", "DPMPTSP", &f->samsat);
	mk(f->s, "loket.capil", "petugas_loket", "DISDUKCAPIL", &f->capil);
	mk(f->s, "op.capil", "operator", "DISDUKCAPIL", &f->op);
	/* staff belong to a unit: the DPMPTSP (which runs the MPP) officer
	   is on duty at counter 5 of the outside agency Samsat */
	snprintf(sql, sizeof(sql),
	    "INSERT INTO antrian_petugas(loket_id, account_id) SELECT id,"
	    " %lld FROM antrian_loket WHERE nomor = 5",
	    (long long)f->samsat.id);
	if (store_exec(f->s, sql) != 0)
		return -1;
	f->now = 1796617800; /* 2026-12-07 11:30 WIB, a Monday */
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

static int64_t
count(struct store *s, const char *sql)
{
	return store_scalar(s, -1, sql, "");
}

/* Take a ticket of service at MPP-SIAK from a kiosk (token) or addr. */
static enum antrian_err
ambil(struct fx *f, const char *layanan, int prio, const char *token,
    const char *addr, struct antrian_tiket *t)
{
	struct antrian_ambil in = { "MPP-SIAK", layanan, prio, token, addr };
	int di_depan;

	return antrian_ambil(f->s, &in, f->now, t, &di_depan);
}

static void
test_seed(void **state)
{
	struct fx *f = *state;
	struct antrian_lokasi l;

	assert_int_equal(antrian_lokasi_get(f->s, "MPP-SIAK", &l), 0);
	assert_int_equal(l.jam_berlaku, 0);
	assert_int_equal(l.buka[0], 8 * 60);
	assert_int_equal(l.tutup[4], 11 * 60 + 30);
	assert_int_equal(l.buka[5], -1);
	/* again: left alone */
	assert_int_equal(antrian_demo_seed(f->s, 0), 0);
	assert_int_equal(count(f->s, "SELECT count(*) FROM antrian_lokasi"), 1);
	/* no catalog rows in this store: only the agency-local services */
	assert_int_equal(count(f->s, "SELECT count(*) FROM antrian_layanan"),
	    2);
	assert_int_equal(count(f->s,
			     "SELECT count(*) FROM antrian_instansi WHERE"
			     " unit_id IS NOT NULL"),
	    2);
}

/* Two connections issuing alternately: 1..20, each once. */
static void
test_numbering(void **state)
{
	struct fx *f = *state;
	struct store *s2;
	struct antrian_tiket t;
	struct antrian_ambil in = { "MPP-SIAK", "SAMSAT-PKB", 0, NULL,
		"10.0.0.1" };
	char want[16], tok[TOKEN_LEN + 1];
	int i, d;

	assert_int_equal(antrian_kios_add(f->s, "MPP-SIAK", "uji", f->now, tok),
	    ANTRIAN_OK);
	in.kios_token = tok;
	assert_int_equal(store_open(&s2, NULL, f->path), 0);
	for (i = 1; i <= 20; i++) {
		assert_int_equal(
		    antrian_ambil(i % 2 ? f->s : s2, &in, f->now, &t, &d),
		    ANTRIAN_OK);
		snprintf(want, sizeof(want), "S-%03d", i);
		assert_string_equal(t.nomor, want);
		assert_int_equal(d, i - 1);
		assert_true(t.kios_id > 0);
	}
	store_close(s2);
	assert_int_equal(
	    count(f->s, "SELECT count(DISTINCT nomor) FROM antrian_tiket"), 20);
	/* a new day starts again at 001 */
	f->now += 86400;
	assert_int_equal(antrian_ambil(f->s, &in, f->now, &t, &d), ANTRIAN_OK);
	assert_string_equal(t.nomor, "S-001");
	assert_int_equal(d, 0);
}

static void
test_scope(void **state)
{
	struct fx *f = *state;
	struct antrian_tiket t;

	assert_int_equal(ambil(f, "SAMSAT-PKB", 0, NULL, "a", &t), ANTRIAN_OK);
	/* the operator has no counter role; the Disdukcapil officer is not
	   on duty at the Samsat counter; unknown counter and site */
	assert_int_equal(
	    antrian_panggil(f->s, &f->op, "x", "MPP-SIAK", 5, f->now, &t),
	    ANTRIAN_E_WEWENANG);
	assert_int_equal(
	    antrian_panggil(f->s, &f->capil, "x", "MPP-SIAK", 5, f->now, &t),
	    ANTRIAN_E_WEWENANG);
	assert_int_equal(
	    antrian_panggil(f->s, &f->samsat, "x", "MPP-SIAK", 9, f->now, &t),
	    ANTRIAN_E_LOKET);
	assert_int_equal(
	    antrian_panggil(f->s, &f->samsat, "x", "MPP-X", 5, f->now, &t),
	    ANTRIAN_E_LOKASI);
	assert_int_equal(
	    antrian_panggil(f->s, NULL, "x", "MPP-SIAK", 5, f->now, &t),
	    ANTRIAN_E_WEWENANG);
	/* the Disdukcapil officer serves Disdukcapil counters: empty here */
	assert_int_equal(
	    antrian_panggil(f->s, &f->capil, "x", "MPP-SIAK", 1, f->now, &t),
	    ANTRIAN_E_KOSONG);
	assert_int_equal(
	    antrian_panggil(f->s, &f->samsat, "x", "MPP-SIAK", 5, f->now, &t),
	    ANTRIAN_OK);
	assert_string_equal(t.nomor, "S-001");
}

/* Refused actions change nothing, not even the audit trail. */
static void
test_states(void **state)
{
	struct fx *f = *state;
	struct antrian_tiket t;
	int64_t audit0;

	assert_int_equal(ambil(f, "SAMSAT-PKB", 0, NULL, "a", &t), ANTRIAN_OK);
	assert_int_equal(
	    antrian_panggil(f->s, &f->samsat, "x", "MPP-SIAK", 5, f->now, &t),
	    ANTRIAN_OK);
	audit0 = count(f->s, "SELECT count(*) FROM audit_event");
	assert_int_equal(antrian_act(f->s, &f->samsat, "x", "MPP-SIAK", 5,
			     "S-001", ANTRIAN_SELESAI, 0, NULL, f->now, &t),
	    ANTRIAN_E_STATUS);
	assert_int_equal(antrian_act(f->s, &f->samsat, "x", "MPP-SIAK", 5,
			     "S-001", ANTRIAN_TIDAK_HADIR, 0, NULL, f->now, &t),
	    ANTRIAN_E_HADIR);
	assert_int_equal(antrian_act(f->s, &f->samsat, "x", "MPP-SIAK", 5,
			     "S-009", ANTRIAN_MULAI, 0, NULL, f->now, &t),
	    ANTRIAN_E_TIKET);
	assert_int_equal(antrian_act(f->s, &f->samsat, "x", "MPP-SIAK", 5,
			     "S-001", ANTRIAN_ALIH, 3, NULL, f->now, &t),
	    ANTRIAN_E_ALIH);
	assert_int_equal(antrian_act(f->s, &f->samsat, "x", "MPP-SIAK", 5,
			     "S-001", ANTRIAN_ALIH, 0, "NOPE", f->now, &t),
	    ANTRIAN_E_ALIH);
	assert_int_equal(antrian_act(f->s, &f->samsat, "x", "MPP-SIAK", 5,
			     "S-001", 0, 0, NULL, f->now, &t),
	    ANTRIAN_E_INPUT);
	assert_int_equal(count(f->s, "SELECT count(*) FROM audit_event"),
	    audit0);
	assert_int_equal(count(f->s,
			     "SELECT count(*) FROM antrian_tiket WHERE"
			     " status = 'dipanggil' AND panggil_n = 1"),
	    1);
	/* recall, no-show */
	assert_int_equal(antrian_act(f->s, &f->samsat, "x", "MPP-SIAK", 5,
			     "S-001", ANTRIAN_ULANG, 0, NULL, f->now, &t),
	    ANTRIAN_OK);
	assert_int_equal(t.panggil_n, 2);
	assert_int_equal(antrian_act(f->s, &f->samsat, "x", "MPP-SIAK", 5,
			     "S-001", ANTRIAN_TIDAK_HADIR, 0, NULL, f->now, &t),
	    ANTRIAN_OK);
	assert_string_equal(t.status, "tidak_hadir");
	assert_int_equal(count(f->s, "SELECT count(*) FROM audit_event"),
	    audit0 + 2);
	assert_int_equal(count(f->s, "SELECT count(*) FROM antrian_panggilan"),
	    2);
	/* a closed ticket takes no action */
	assert_int_equal(antrian_act(f->s, &f->samsat, "x", "MPP-SIAK", 5,
			     "S-001", ANTRIAN_BATAL, 0, NULL, f->now, &t),
	    ANTRIAN_E_STATUS);
}

/* P P P R R R: the counter calls P R R P R P. */
static void
test_prio_cap(void **state)
{
	struct fx *f = *state;
	struct antrian_tiket t;
	const char *want[] = { "S-001", "S-004", "S-005", "S-002", "S-006",
		"S-003" };
	int i;

	for (i = 0; i < 6; i++)
		assert_int_equal(
		    ambil(f, "SAMSAT-PKB", i < 3, "", i < 5 ? "a" : "b", &t),
		    ANTRIAN_OK);
	for (i = 0; i < 6; i++) {
		f->now += 60;
		assert_int_equal(antrian_panggil(f->s, &f->samsat, "x",
				     "MPP-SIAK", 5, f->now, &t),
		    ANTRIAN_OK);
		assert_string_equal(t.nomor, want[i]);
		/* busy while someone waits; empty is told first */
		assert_int_equal(antrian_panggil(f->s, &f->samsat, "x",
				     "MPP-SIAK", 5, f->now, &t),
		    i < 5 ? ANTRIAN_E_SIBUK : ANTRIAN_E_KOSONG);
		assert_int_equal(antrian_act(f->s, &f->samsat, "x", "MPP-SIAK",
				     5, want[i], ANTRIAN_MULAI, 0, NULL, f->now,
				     &t),
		    ANTRIAN_OK);
		assert_int_equal(antrian_act(f->s, &f->samsat, "x", "MPP-SIAK",
				     5, want[i], ANTRIAN_SELESAI, 0, NULL,
				     f->now, &t),
		    ANTRIAN_OK);
	}
	assert_int_equal(
	    antrian_panggil(f->s, &f->samsat, "x", "MPP-SIAK", 5, f->now, &t),
	    ANTRIAN_E_KOSONG);
}

/* Throttle per address without a kiosk; a refused ticket writes nothing. */
static void
test_throttle(void **state)
{
	struct fx *f = *state;
	struct antrian_tiket t;
	int i;

	for (i = 0; i < ANTRIAN_BATAS_ALAMAT; i++)
		assert_int_equal(ambil(f, "BPJS-JKN", 0, NULL, "10.1.1.1", &t),
		    ANTRIAN_OK);
	assert_int_equal(ambil(f, "BPJS-JKN", 0, NULL, "10.1.1.1", &t),
	    ANTRIAN_E_BATAS);
	assert_int_equal(ambil(f, "BPJS-JKN", 0, "not-a-kiosk", "10.1.1.1", &t),
	    ANTRIAN_E_BATAS);
	assert_int_equal(ambil(f, "BPJS-JKN", 0, NULL, "10.1.1.2", &t),
	    ANTRIAN_OK);
	assert_string_equal(t.nomor, "J-006");
	/* an hour later the address may again */
	f->now += 3601;
	assert_int_equal(ambil(f, "BPJS-JKN", 0, NULL, "10.1.1.1", &t),
	    ANTRIAN_OK);
	assert_string_equal(t.nomor, "J-007");
	/* unknown service, bad codes: refused, nothing written */
	assert_int_equal(ambil(f, "DUK-01", 0, NULL, "10.1.1.3", &t),
	    ANTRIAN_E_LAYANAN);
	assert_int_equal(ambil(f, "A'; --", 0, NULL, "10.1.1.3", &t),
	    ANTRIAN_E_INPUT);
	assert_int_equal(ambil(f, NULL, 0, NULL, "10.1.1.3", &t),
	    ANTRIAN_E_INPUT);
	assert_int_equal(count(f->s, "SELECT count(*) FROM antrian_tiket"), 7);
}

/* Bookings at a site that enforces hours: window, check-in, expiry. */
static void
test_pesan(void **state)
{
	struct fx *f = *state;
	static const unsigned char key[32] = { 1, 2, 3 };
	struct antrian_pesanan p, p2;
	struct antrian_tiket t;
	struct account w;
	time_t pagi = 1796601600; /* 2026-12-07 07:00 WIB */
	int d;

	mk(f->s, "warga.uji", "warga", NULL, &w);
	/* no verified NIK: refused */
	assert_int_equal(antrian_pesan_buat(f->s, key, &w, "MPP-SIAK",
			     "SAMSAT-PKB", "2026-12-07", "pagi", NULL, "a",
			     pagi, &p),
	    ANTRIAN_E_NIK);
	w.nik_verified = 1;
	snprintf(w.id_nik, sizeof(w.id_nik), "1408014507900001");
	assert_int_equal(
	    store_exec(f->s, "UPDATE antrian_lokasi SET jam_berlaku = 1"), 0);
	/* today's pagi window closed at 08.15: refused at 09.00 */
	assert_int_equal(antrian_pesan_buat(f->s, key, &w, "MPP-SIAK",
			     "SAMSAT-PKB", "2026-12-07", "pagi", NULL, "a",
			     pagi + 7200, &p),
	    ANTRIAN_E_JENDELA);
	assert_int_equal(antrian_pesan_buat(f->s, key, &w, "MPP-SIAK",
			     "SAMSAT-PKB", "2026-12-07", "siang", NULL, "a",
			     pagi + 7200, &p),
	    ANTRIAN_OK);
	assert_string_equal(p.nik4, "0001");
	assert_int_equal(antrian_pesan_buat(f->s, key, &w, "MPP-SIAK",
			     "SAMSAT-PKB", "2026-12-07", "pagi", NULL, "a",
			     pagi, &p2),
	    ANTRIAN_E_GANDA);
	assert_int_equal(antrian_pesan_buat(f->s, key, &w, "MPP-SIAK",
			     "BPJS-JKN", "2026-12-15", "pagi", NULL, "a", pagi,
			     &p2),
	    ANTRIAN_E_JENDELA);
	assert_int_equal(antrian_pesan_buat(f->s, key, &w, "MPP-SIAK",
			     "BPJS-JKN", "2026-12-14", "pagi", NULL, "a", pagi,
			     &p2),
	    ANTRIAN_OK);
	/* check-in of the siang booking: 10.59 too early, 11.00 fine */
	assert_int_equal(antrian_checkin(f->s, p.kode, NULL, "a",
			     pagi + 4 * 3600 - 60, &t, &d),
	    ANTRIAN_E_CHECKIN);
	assert_int_equal(
	    antrian_checkin(f->s, p.kode, NULL, "a", pagi + 4 * 3600, &t, &d),
	    ANTRIAN_OK);
	assert_string_equal(t.nomor, "S-001");
	assert_int_equal(
	    antrian_checkin(f->s, p.kode, NULL, "a", pagi + 4 * 3600, &t, &d),
	    ANTRIAN_E_PESANAN_STATUS);
	/* the 14th's booking expires once that day has passed */
	assert_int_equal(antrian_pesan_tick(f->s, NULL, pagi + 86400), 0);
	assert_int_equal(antrian_pesan_tick(f->s, NULL, pagi + 8 * 86400), 1);
	assert_int_equal(antrian_pesan_get(f->s, p2.kode, &p2), 0);
	assert_string_equal(p2.status, "kedaluwarsa");
	assert_int_equal(antrian_pesan_tick(f->s, NULL, pagi + 8 * 86400), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_seed, setup, teardown),
		cmocka_unit_test_setup_teardown(test_numbering, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_scope, setup, teardown),
		cmocka_unit_test_setup_teardown(test_states, setup, teardown),
		cmocka_unit_test_setup_teardown(test_prio_cap, setup, teardown),
		cmocka_unit_test_setup_teardown(test_throttle, setup, teardown),
		cmocka_unit_test_setup_teardown(test_pesan, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
