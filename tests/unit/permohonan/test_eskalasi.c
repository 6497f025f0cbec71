/* test_eskalasi.c: the SLA timer: warnings, notify and move escalations, idempotence. */
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
#include "mod/permohonan/permohonan.h"
#include "mod/notifikasi/notify.h"
#include "mod/wilayah/seed.h"
#include "store/store.h"

static int
setup(void **state)
{
	const char *seed = getenv("PAMONG_SEED_DIR");
	struct store *s;
	char dir[] = "/tmp/pamong-escalate-XXXXXX", path[64], err[256];

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

/* A staff account of unit with roles (comma-separated), straight in SQL. */
static int64_t
staff(struct store *s, const char *user, const char *unit, const char *roles,
    const char *email, const char *phone)
{
	char role[32];
	const char *p, *c;
	int64_t id;

	assert_int_equal(
	    store_run(s,
		"INSERT INTO account(username, pw_hash,"
		" unit_id, email, phone, created_at, pw_changed_at) SELECT ?, 'x',"
		" id, ?, ?, 0, 0 FROM unit WHERE code = ?",
		"ssss", user, email, phone, unit),
	    0);
	id = store_last_id(s);
	/* made by an administrator: its contacts count as verified */
	assert_int_equal(notify_contact_trust(s, id), 0);
	for (p = roles;; p = c + 1) {
		c = strchr(p, ',');
		snprintf(role, sizeof(role), "%.*s",
		    c ? (int)(c - p) : (int)strlen(p), p);
		assert_int_equal(store_run(s,
				     "INSERT INTO account_role"
				     "(account_id, role) VALUES (?, ?)",
				     "is", id, role),
		    0);
		if (c == NULL)
			break;
	}
	return id;
}

static int64_t
warga(struct store *s, const char *user, const char *nik)
{
	assert_int_equal(
	    store_run(s,
		"INSERT INTO account(username, pw_hash,"
		" nik, created_at, pw_changed_at) VALUES (?, 'x', ?, 0, 0)",
		"ss", user, nik),
	    0);
	return store_last_id(s);
}

/* A submitted application row in state, handled by unit, due on due. */
static int64_t
application(struct store *s, const char *nomor, const char *layanan,
    int64_t pemohon, const char *unit, const char *state, time_t since,
    const char *due)
{
	static int seq;
	char kode[16];

	snprintf(kode, sizeof(kode), "ESKTEST%05d", ++seq);
	assert_int_equal(
	    store_run(s,
		"INSERT INTO permohonan(nomor, kode_lacak,"
		" layanan_id, pemohon_id, pemohon_nik, wilayah_code, unit_id,"
		" penerbit_id, state, created_at, submitted_at, state_since,"
		" state_due) SELECT ?, ?, l.id, a.id, a.nik, '14.08.01.1001', u.id,"
		" u.id, ?, ?, ?, ?, ? FROM layanan l, account a, unit u WHERE"
		" l.code = ? AND a.id = ? AND u.code = ?",
		"sssiiissis", nomor, kode, state, (int64_t)since,
		(int64_t)since, (int64_t)since, due, layanan, pemohon, unit),
	    0);
	assert_int_equal(store_changes(s), 1);
	return store_last_id(s);
}

static int64_t
count(struct store *s, const char *sql, int64_t id)
{
	return store_scalar(s, -1, sql, "i", id);
}

static int64_t kepala, operator_, verifikator, kadis, op_dinsos, pemohon;

static void
t_setup_people(void **state)
{
	struct store *s = *state;

	kepala = staff(s, "penghulu.uji", "14.08.01.1001",
	    "penandatangan,kepala", "penghulu@example.go.id", "");
	operator_ =
	    staff(s, "op.uji", "14.08.01.1001", "operator", "", "081200000001");
	verifikator = staff(s, "op.rempak", "14.08.01.1002", "operator,kepala",
	    "rempak@example.go.id", "");
	kadis = staff(s, "kadis.dinsos", "DINSOSP3A", "kepala,penandatangan",
	    "kadis@example.go.id", "081200000002");
	op_dinsos =
	    staff(s, "op.dinsos", "DINSOSP3A", "operator,verifikator", "", "");
	pemohon = warga(s, "warga.eskalasi", "1408014507900011");
}

/* notify:kepala, applied once however often the timer runs. */
static void
t_notify_once(void **state)
{
	struct store *s = *state;
	time_t now = wib(2026, 3, 16, 9); /* Monday */
	int64_t id, outbox;

	outbox = store_scalar(s, 0, "SELECT count(*) FROM outbox", "");
	/* submitted Thursday 12 March, 1 working day: due Friday 13 */
	id = application(s, "14.08.01.1001/KPG-02/2026/00001", "KPG-02",
	    pemohon, "14.08.01.1001", "diajukan", wib(2026, 3, 12, 10),
	    "2026-03-13");
	assert_int_equal(permohonan_tick(s, now), 1);
	assert_int_equal(permohonan_tick(s, now), 0);
	assert_int_equal(permohonan_tick(s, now + 3600), 0);
	assert_int_equal(count(s,
			     "SELECT count(*) FROM eskalasi WHERE"
			     " permohonan_id = ?",
			     id),
	    1);
	assert_int_equal(
	    count(s,
		"SELECT count(*) FROM eskalasi WHERE"
		" permohonan_id = ? AND kind = 'eskalasi' AND state = 'diajukan'",
		id),
	    1);
	/* the kepala of the handling unit, and nobody else */
	assert_int_equal(count(s,
			     "SELECT count(*) FROM notifikasi WHERE"
			     " account_id = ?",
			     kepala),
	    1);
	assert_int_equal(count(s,
			     "SELECT count(*) FROM notifikasi WHERE"
			     " account_id = ?",
			     operator_),
	    0);
	assert_int_equal(count(s,
			     "SELECT count(*) FROM notifikasi WHERE"
			     " account_id = ?",
			     verifikator),
	    0);
	assert_int_equal(notify_unread(s, kepala), 1);
	assert_int_equal(
	    count(s,
		"SELECT count(*) FROM notifikasi WHERE"
		" account_id = ? AND text = 'Permohonan 14.08.01.1001/KPG-02/2026/"
		"00001 melewati batas waktu tahap \"Diajukan, menunggu"
		" verifikasi\" (jatuh tempo 13 Maret 2026).' AND link ="
		" '/permohonan/14.08.01.1001%2FKPG-02%2F2026%2F00001'",
		kepala),
	    1);
	/* outbox: e-mail only (the kepala has no phone) */
	assert_int_equal(
	    store_scalar(s, 0, "SELECT count(*) FROM outbox", "") - outbox, 1);
	assert_int_equal(
	    store_scalar(s, 0,
		"SELECT count(*) FROM outbox WHERE"
		" channel = 'email' AND recipient = 'penghulu@example.go.id' AND"
		" state = 'antre' AND event = 'permohonan.sla'",
		""),
	    1);
	/* the audit trail names it */
	assert_int_equal(
	    store_scalar(s, 0,
		"SELECT count(*) FROM audit_event"
		" WHERE action = 'permohonan.eskalasi' AND object_id ="
		" '14.08.01.1001/KPG-02/2026/00001' AND actor_id IS NULL",
		""),
	    1);
	/* the state is unchanged, nothing was moved */
	assert_int_equal(count(s,
			     "SELECT count(*) FROM permohonan WHERE id = ?"
			     " AND state = 'diajukan' AND assigned_role = ''",
			     id),
	    1);
	/* a new visit of the same state is a new escalation */
	assert_int_equal(store_run(s,
			     "UPDATE permohonan SET state_since = ?,"
			     " state_due = '2026-03-13' WHERE id = ?",
			     "ii", (int64_t)wib(2026, 3, 12, 15), id),
	    0);
	assert_int_equal(permohonan_tick(s, now), 1);
	assert_int_equal(permohonan_tick(s, now), 0);
	assert_int_equal(count(s,
			     "SELECT count(*) FROM notifikasi WHERE"
			     " account_id = ?",
			     kepala),
	    2);
	/* finished cases are left alone */
	assert_int_equal(
	    store_run(s,
		"UPDATE permohonan SET state = 'selesai',"
		" state_since = 1, state_due = '2026-03-13' WHERE id = ?",
		"i", id),
	    0);
	assert_int_equal(permohonan_tick(s, now), 0);
}

/* move:kepala puts the case in the kepala's inbox and tells them. */
static void
t_move(void **state)
{
	struct store *s = *state;
	time_t now = wib(2026, 4, 10, 8);
	int64_t id, ev;

	ev = store_scalar(s, 0, "SELECT count(*) FROM audit_event", "");
	id = application(s, "DINSOSP3A/SOS-01/2026/00001", "SOS-01", pemohon,
	    "DINSOSP3A", "diverifikasi", wib(2026, 4, 1, 9), "2026-04-06");
	assert_int_equal(permohonan_tick(s, now), 1);
	assert_int_equal(permohonan_tick(s, now), 0);
	assert_int_equal(
	    count(s,
		"SELECT count(*) FROM permohonan WHERE id = ?"
		" AND assigned_role = 'kepala' AND state = 'diverifikasi'",
		id),
	    1);
	assert_int_equal(
	    count(s,
		"SELECT count(*) FROM notifikasi WHERE"
		" account_id = ? AND text LIKE '%dialihkan ke kotak masuk Kepala"
		" Unit.'",
		kadis),
	    1);
	assert_int_equal(count(s,
			     "SELECT count(*) FROM notifikasi WHERE"
			     " account_id = ?",
			     op_dinsos),
	    0);
	assert_int_equal(
	    store_scalar(s, 0,
		"SELECT count(*) FROM outbox WHERE"
		" recipient IN ('kadis@example.go.id', '081200000002')",
		""),
	    2);
	assert_int_equal(
	    store_scalar(s, 0,
		"SELECT count(*) FROM outbox WHERE"
		" channel = 'whatsapp' AND recipient = '081200000002'",
		""),
	    1);
	assert_int_equal(
	    store_scalar(s, 0, "SELECT count(*) FROM audit_event", "") - ev, 1);
	assert_int_equal(count(s,
			     "SELECT count(*) FROM eskalasi WHERE"
			     " permohonan_id = ?",
			     id),
	    1);
}

/* On the due date the unit's officers are warned once. */
static void
t_warning(void **state)
{
	struct store *s = *state;
	int64_t id, op_before, kp_before;

	op_before = count(s,
	    "SELECT count(*) FROM notifikasi WHERE account_id"
	    " = ?",
	    operator_);
	kp_before = count(s,
	    "SELECT count(*) FROM notifikasi WHERE account_id"
	    " = ?",
	    kepala);
	/* submitted Tuesday 17 March 2026: due Wednesday 25 (Idulfitri) */
	id =
	    application(s, "14.08.01.1001/KPG-02/2026/00002", "KPG-02", pemohon,
		"14.08.01.1001", "diajukan", wib(2026, 3, 17, 9), "2026-03-25");
	/* before the due date: nothing */
	assert_int_equal(permohonan_tick(s, wib(2026, 3, 24, 9)), 0);
	/* on it: one warning to those who can act (operator, penandatangan) */
	assert_int_equal(permohonan_tick(s, wib(2026, 3, 25, 7)), 1);
	assert_int_equal(permohonan_tick(s, wib(2026, 3, 25, 16)), 0);
	assert_int_equal(count(s,
			     "SELECT count(*) FROM eskalasi WHERE"
			     " permohonan_id = ? AND kind = 'peringatan'",
			     id),
	    1);
	assert_int_equal(
	    count(s,
		"SELECT count(*) FROM notifikasi WHERE"
		" account_id = ? AND text LIKE '%hampir jatuh tempo%'",
		operator_),
	    1);
	assert_int_equal(count(s,
			     "SELECT count(*) FROM notifikasi WHERE"
			     " account_id = ?",
			     operator_) -
		op_before,
	    1);
	assert_int_equal(count(s,
			     "SELECT count(*) FROM notifikasi WHERE"
			     " account_id = ?",
			     kepala) -
		kp_before,
	    1);
	assert_int_equal(
	    store_scalar(s, 0,
		"SELECT count(*) FROM outbox WHERE"
		" channel = 'whatsapp' AND recipient = '081200000001'",
		""),
	    1);
	/* the next day it is overdue: the escalation follows, once */
	assert_int_equal(permohonan_tick(s, wib(2026, 3, 26, 7)), 1);
	assert_int_equal(permohonan_tick(s, wib(2026, 3, 26, 8)), 0);
	assert_int_equal(count(s,
			     "SELECT count(*) FROM eskalasi WHERE"
			     " permohonan_id = ?",
			     id),
	    2);
	assert_int_equal(count(s,
			     "SELECT count(*) FROM notifikasi WHERE"
			     " account_id = ?",
			     kepala) -
		kp_before,
	    2);
	assert_int_equal(count(s,
			     "SELECT count(*) FROM notifikasi WHERE"
			     " account_id = ?",
			     operator_) -
		op_before,
	    1);
}

/* Drafts, states without SLA and states without a rule do nothing. */
static void
t_ignored(void **state)
{
	struct store *s = *state;
	time_t now = wib(2026, 6, 10, 9);
	int64_t id, n;

	n = store_scalar(s, 0, "SELECT count(*) FROM eskalasi", "");
	id =
	    application(s, "14.08.01.1001/KPG-03/2026/00001", "KPG-03", pemohon,
		"14.08.01.1001", "diajukan", wib(2026, 6, 1, 9), "2026-06-02");
	assert_int_equal(store_run(s,
			     "UPDATE permohonan SET draft = 1 WHERE"
			     " id = ?",
			     "i", id),
	    0);
	/* perlu_perbaikan has no SLA */
	application(s, "14.08.01.1001/KPG-03/2026/00002", "KPG-03", pemohon,
	    "14.08.01.1001", "perlu_perbaikan", wib(2026, 6, 1, 9),
	    "2026-06-02");
	/* no due date at all */
	application(s, "14.08.01.1001/KPG-03/2026/00003", "KPG-03", pemohon,
	    "14.08.01.1001", "diajukan", wib(2026, 6, 1, 9), NULL);
	assert_int_equal(permohonan_tick(s, now), 0);
	assert_int_equal(
	    store_scalar(s, 0, "SELECT count(*) FROM eskalasi", ""), n);
}

/* notify_unit: enabled accounts holding a role; the outbox by contact. */
static void
t_notify_unit(void **state)
{
	struct store *s = *state;
	int64_t off, n0, o0;

	off = staff(s, "op.nonaktif", "DINSOSP3A", "operator",
	    "nonaktif@example.go.id", "081200000009");
	assert_int_equal(store_run(s,
			     "UPDATE account SET disabled = 1 WHERE"
			     " id = ?",
			     "i", off),
	    0);
	n0 = store_scalar(s, 0, "SELECT count(*) FROM notifikasi", "");
	o0 = store_scalar(s, 0, "SELECT count(*) FROM outbox", "");
	assert_int_equal(notify_unit(s,
			     store_scalar(s, 0,
				 "SELECT id FROM unit"
				 " WHERE code = 'DINSOSP3A'",
				 ""),
			     ROLE_OPERATOR, "Uji", "/uji"),
	    0);
	/* op.dinsos only: kadis is not an operator, op.nonaktif is disabled */
	assert_int_equal(
	    store_scalar(s, 0, "SELECT count(*) FROM notifikasi", "") - n0, 1);
	assert_int_equal(
	    count(s,
		"SELECT count(*) FROM notifikasi WHERE"
		" account_id = ? AND text = 'Uji' AND link = '/uji' AND read_at IS"
		" NULL",
		op_dinsos),
	    1);
	/* op.dinsos has neither e-mail nor phone */
	assert_int_equal(
	    store_scalar(s, 0, "SELECT count(*) FROM outbox", "") - o0, 0);
	assert_int_equal(notify_account(s, off, "Tidak terkirim", ""), 0);
	assert_int_equal(count(s,
			     "SELECT count(*) FROM notifikasi WHERE"
			     " account_id = ?",
			     off),
	    0);
	/* both channels for an account with both */
	assert_int_equal(notify_account(s, kadis, "Dua saluran", ""), 0);
	assert_int_equal(
	    store_scalar(s, 0,
		"SELECT count(*) FROM outbox WHERE"
		" body = 'Dua saluran' AND state = 'antre' AND attempts = 0",
		""),
	    2);
	assert_int_equal(notify_unread(s, op_dinsos), 1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(t_setup_people),
		cmocka_unit_test(t_notify_once),
		cmocka_unit_test(t_move),
		cmocka_unit_test(t_warning),
		cmocka_unit_test(t_ignored),
		cmocka_unit_test(t_notify_unit),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
