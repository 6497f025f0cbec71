/*
 * test_kirim.c: the outbox for verified contacts only and by the person's
 * choice, a delivery round against a closed port (retry, backoff,
 * gagal), webhook statuses in any order, the password reset code.
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
#include <unistd.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include "mod/akun/account.h"
#include "mod/notifikasi/kirim.h"
#include "mod/notifikasi/notify.h"
#include "mod/notifikasi/sandi.h"
#include "mod/wilayah/seed.h"
#include "store/store.h"

static char dir[] = "/tmp/pamong-kirim-XXXXXX";

static int
setup(void **state)
{
	const char *seed = getenv("PAMONG_SEED_DIR");
	struct store *s;
	char path[64], err[256];

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
	char path[64];

	store_close(*state);
	snprintf(path, sizeof(path), "%s/t.db", dir);
	unlink(path);
	snprintf(path, sizeof(path), "%s/t.db-wal", dir);
	unlink(path);
	snprintf(path, sizeof(path), "%s/t.db-shm", dir);
	unlink(path);
	rmdir(dir);
	return 0;
}

static int64_t
count(struct store *s, const char *sql, int64_t id)
{
	return store_scalar(s, -1, sql, "i", id);
}

/* A citizen account with a password, e-mail and phone. */
static int64_t
person(struct store *s, const char *user, const char *nik, const char *email,
    const char *phone)
{
	struct account_new n;
	struct field_errs fe;
	int64_t id = 0;

	memset(&n, 0, sizeof(n));
	memset(&fe, 0, sizeof(fe));
	n.username = user;
	n.password = "Sandi-Lama-2026";
	n.roles = "warga";
	n.nik = nik;
	n.full_name = "Uji Kirim";
	n.email = email;
	n.phone = phone;
	assert_int_equal(account_create(s, &n, 0, "uji", &fe, &id), 0);
	return id;
}

static int64_t
outbox(struct store *s, int64_t id, const char *channel)
{
	return store_scalar(s, -1,
	    "SELECT count(*) FROM outbox WHERE account_id = ? AND channel = ?",
	    "is", id, channel);
}

/* Nothing but a code goes to an unverified contact; choices count. */
static void
test_verified_only(void **state)
{
	struct store *s = *state;
	int64_t id = person(s, "kirim.satu", "1408014507900101",
	    "satu@example.org", "081200000101");

	assert_int_equal(store_begin(s), 0);
	assert_int_equal(notify_account(s, id, "Belum terverifikasi", "/x"), 0);
	assert_int_equal(store_commit(s), 0);
	assert_int_equal(count(s,
			     "SELECT count(*) FROM notifikasi WHERE"
			     " account_id = ?",
			     id),
	    1);
	assert_int_equal(outbox(s, id, "email"), 0);
	assert_int_equal(outbox(s, id, "whatsapp"), 0);

	assert_int_equal(notify_contact_trust(s, id), 0);
	assert_int_equal(notify_account(s, id, "Terverifikasi", "/x"), 0);
	assert_int_equal(outbox(s, id, "email"), 1);
	assert_int_equal(outbox(s, id, "whatsapp"), 1);
	assert_int_equal(outbox(s, id, "sms"), 0);
	assert_int_equal(store_scalar(s, 0,
			     "SELECT count(*) FROM outbox WHERE account_id = ?"
			     " AND link = '/x' AND state = 'antre' AND"
			     " body = 'Terverifikasi'",
			     "i", id),
	    2);

	/* a changed address is unverified again */
	assert_int_equal(store_run(s,
			     "UPDATE account SET email = 'baru@example.org'"
			     " WHERE id = ?",
			     "i", id),
	    0);
	assert_int_equal(notify_account(s, id, "Alamat baru", ""), 0);
	assert_int_equal(outbox(s, id, "email"), 1);
	assert_int_equal(outbox(s, id, "whatsapp"), 2);

	/* SMS only, by choice; then everything off (in-app only) */
	assert_int_equal(store_run(s,
			     "INSERT INTO kanal_pilihan(account_id, email,"
			     " whatsapp, sms, updated_at) VALUES (?, 1, 0, 1,"
			     " 0)",
			     "i", id),
	    0);
	assert_int_equal(notify_account(s, id, "Lewat SMS", ""), 0);
	assert_int_equal(outbox(s, id, "sms"), 1);
	assert_int_equal(outbox(s, id, "whatsapp"), 2);
	assert_int_equal(store_run(s,
			     "UPDATE kanal_pilihan SET email = 0, sms = 0"
			     " WHERE account_id = ?",
			     "i", id),
	    0);
	assert_int_equal(notify_account(s, id, "Aplikasi saja", ""), 0);
	assert_int_equal(store_scalar(s, 0,
			     "SELECT count(*) FROM outbox WHERE account_id = ?",
			     "i", id),
	    4);
	assert_int_equal(count(s,
			     "SELECT count(*) FROM notifikasi WHERE"
			     " account_id = ?",
			     id),
	    5);
}

/* A provider that cannot be reached: retried with backoff, then gagal. */
static void
test_round_retry(void **state)
{
	struct store *s = *state;
	struct kanal_conf c;
	struct kirim_hasil h;
	time_t now = time(NULL);
	int64_t id, i;

	assert_int_equal(kanal_parse("sms_url = http://127.0.0.1:9/sms\n"
				     "batas_waktu = 2\n",
			     &c),
	    0);
	/* only this row is due (the tests share one database) */
	assert_int_equal(store_run(s,
			     "UPDATE outbox SET state = 'gagal' WHERE state ="
			     " 'antre'",
			     ""),
	    0);
	assert_int_equal(store_run(s,
			     "INSERT INTO outbox(channel, recipient, body,"
			     " created_at, next_at) VALUES ('sms',"
			     " '081200000999', 'Tak sampai', 1, 1)",
			     ""),
	    0);
	id = store_last_id(s);
	for (i = 1; i <= KIRIM_MAX_ATTEMPTS; i++) {
		memset(&h, 0, sizeof(h));
		assert_int_equal(kirim_round(s, &c, now, NULL, &h), 0);
		assert_int_equal(h.ulang + h.gagal, 1);
		assert_int_equal(
		    count(s, "SELECT attempts FROM outbox WHERE id = ?", id),
		    i);
		if (i < KIRIM_MAX_ATTEMPTS) {
			assert_int_equal(
			    store_scalar(s, 0,
				"SELECT count(*) FROM outbox WHERE id = ? AND"
				" state = 'antre' AND next_at >= ?",
				"ii", id, (int64_t)now + kirim_backoff(i)),
			    1);
			/* not due again in this round */
			memset(&h, 0, sizeof(h));
			assert_int_equal(kirim_round(s, &c, now, NULL, &h), 0);
			assert_int_equal(h.ulang + h.gagal, 0);
			assert_int_equal(store_run(s,
					     "UPDATE outbox SET next_at = 0"
					     " WHERE id = ?",
					     "i", id),
			    0);
		}
	}
	assert_int_equal(store_scalar(s, 0,
			     "SELECT count(*) FROM outbox WHERE id = ? AND"
			     " state = 'gagal' AND reason <> ''",
			     "i", id),
	    1);
	assert_int_equal(count(s,
			     "SELECT count(*) FROM outbox_attempt WHERE"
			     " outbox_id = ?",
			     id),
	    KIRIM_MAX_ATTEMPTS);
}

/* A loopback port that takes connections and never answers. */
static int
silent_port(int *fd)
{
	struct sockaddr_in a;
	socklen_t len = sizeof(a);

	*fd = socket(AF_INET, SOCK_STREAM, 0);
	assert_true(*fd >= 0);
	memset(&a, 0, sizeof(a));
	a.sin_family = AF_INET;
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	assert_int_equal(bind(*fd, (struct sockaddr *)&a, sizeof(a)), 0);
	assert_int_equal(listen(*fd, 16), 0);
	assert_int_equal(getsockname(*fd, (struct sockaddr *)&a, &len), 0);
	return ntohs(a.sin_port);
}

/*
 * The server's budget: a provider that hangs is cut off by batas_waktu,
 * and once the budget is spent the claimed rows not started go back to
 * the queue as they were.
 */
static void
test_round_budget(void **state)
{
	struct store *s = *state;
	struct kirim_opts o = { 5, 1 };
	struct kanal_conf c;
	struct kirim_hasil h;
	char conf[128];
	time_t t0, now = time(NULL);
	int fd, i;

	snprintf(conf, sizeof(conf),
	    "sms_url = http://127.0.0.1:%d/sms\nbatas_waktu = 1\n",
	    silent_port(&fd));
	assert_int_equal(kanal_parse(conf, &c), 0);
	assert_int_equal(store_run(s,
			     "UPDATE outbox SET state = 'gagal' WHERE state ="
			     " 'antre'",
			     ""),
	    0);
	for (i = 0; i < 3; i++)
		assert_int_equal(store_run(s,
				     "INSERT INTO outbox(channel, recipient,"
				     " body, created_at, next_at) VALUES"
				     " ('sms', '081200000998', 'Anggaran', 1,"
				     " 1)",
				     ""),
		    0);
	memset(&h, 0, sizeof(h));
	t0 = time(NULL);
	assert_int_equal(kirim_round(s, &c, now, &o, &h), 0);
	assert_true(time(NULL) - t0 <= 3);
	assert_int_equal(h.ulang, 1);
	assert_int_equal(store_scalar(s, -1,
			     "SELECT count(*) FROM outbox WHERE body ="
			     " 'Anggaran' AND state = 'antre' AND attempts = 1"
			     " AND reason LIKE '%timed out%'",
			     ""),
	    1);
	assert_int_equal(store_scalar(s, -1,
			     "SELECT count(*) FROM outbox WHERE body ="
			     " 'Anggaran' AND state = 'antre' AND attempts = 0"
			     " AND claim = '' AND next_at = 1",
			     ""),
	    2);
	close(fd);
}

static const char *
state_of(struct store *s, int64_t id, char *out)
{
	struct store_stmt *st =
	    store_query(s, "SELECT state FROM outbox WHERE id = ?", "i", id);

	assert_non_null(st);
	assert_int_equal(store_step(st), STORE_ROW);
	snprintf(out, 16, "%s", store_text(st, 0));
	store_done(st);
	return out;
}

/* Statuses in any order end in the same state; never backwards. */
static void
test_status_order(void **state)
{
	static const char *const orders[][4] = {
		{ "sent", "delivered", "read", "failed" },
		{ "read", "failed", "sent", "delivered" },
		{ "failed", "read", "delivered", "sent" },
		{ "delivered", "sent", "failed", "read" },
	};
	struct store *s = *state;
	char st[16], pid[32];
	int64_t id;
	size_t o;
	int i;

	for (o = 0; o < sizeof(orders) / sizeof(orders[0]); o++) {
		snprintf(pid, sizeof(pid), "uji-%zu", o);
		assert_int_equal(store_run(s,
				     "INSERT INTO outbox(channel, recipient,"
				     " body, created_at, state, provider_id)"
				     " VALUES ('whatsapp', '0812', 'x', 1,"
				     " 'terkirim', ?)",
				     "s", pid),
		    0);
		id = store_last_id(s);
		for (i = 0; i < 4; i++)
			assert_true(kirim_status(s, pid, orders[o][i], "alasan",
					1000) >= 0);
		assert_string_equal(state_of(s, id, st), "dibaca");
		/* repeats change nothing */
		assert_int_equal(kirim_status(s, pid, "read", "", 1001), 0);
		assert_int_equal(kirim_status(s, pid, "failed", "", 1001), 0);
	}
	/* failed alone: gagal with the reason; delivered later wins */
	assert_int_equal(store_run(s,
			     "INSERT INTO outbox(channel, recipient, body,"
			     " created_at, state, provider_id) VALUES"
			     " ('whatsapp', '0812', 'x', 1, 'terkirim', 'f1')",
			     ""),
	    0);
	id = store_last_id(s);
	assert_int_equal(kirim_status(s, "f1", "failed", "nomor mati", 5), 1);
	assert_string_equal(state_of(s, id, st), "gagal");
	assert_int_equal(count(s,
			     "SELECT count(*) FROM outbox WHERE id = ? AND"
			     " reason = 'nomor mati'",
			     id),
	    1);
	assert_int_equal(kirim_status(s, "f1", "sent", "", 6), 0);
	assert_string_equal(state_of(s, id, st), "gagal");
	assert_int_equal(kirim_status(s, "f1", "delivered", "", 7), 1);
	assert_string_equal(state_of(s, id, st), "diterima");
	/* bad words and unknown ids */
	assert_int_equal(kirim_status(s, "f1", "terbang", "", 8), -1);
	assert_int_equal(kirim_status(s, "tidak-ada", "read", "", 8), 0);
	assert_int_equal(kirim_status(s, "", "read", "", 8), 0);
}

/* The code from the queued message (six digits). */
static void
code_of(struct store *s, int64_t id, char kode[7])
{
	struct store_stmt *st = store_query(s,
	    "SELECT body FROM outbox WHERE account_id = ? AND event = 'sandi'"
	    " ORDER BY id DESC LIMIT 1",
	    "i", id);
	const char *b, *p;

	assert_non_null(st);
	assert_int_equal(store_step(st), STORE_ROW);
	b = store_text(st, 0);
	p = strstr(b, "Anda: ");
	assert_non_null(p);
	memcpy(kode, p + 6, 6);
	kode[6] = '\0';
	assert_int_equal(strspn(kode, "0123456789"), 6);
	store_done(st);
}

static void
test_sandi(void **state)
{
	struct store *s = *state;
	struct field_errs fe;
	char kode[7], bad[7];
	int64_t id = person(s, "kirim.sandi", "1408014507900102",
	    "sandi@example.org", "");
	int64_t nobody = person(s, "kirim.tanpa", "1408014507900103",
	    "tanpa@example.org", "");
	time_t now = time(NULL);

	memset(&fe, 0, sizeof(fe));
	/* unverified contact: no code at all, the same answer */
	assert_int_equal(sandi_lupa(s, "kirim.tanpa", "127.0.0.1", now), 0);
	assert_int_equal(outbox(s, nobody, "email"), 0);
	assert_int_equal(sandi_lupa(s, "tidak.ada", "127.0.0.1", now), 0);

	assert_int_equal(notify_contact_trust(s, id), 0);
	assert_int_equal(sandi_lupa(s, "kirim.sandi", "127.0.0.1", now), 1);
	assert_int_equal(outbox(s, id, "email"), 1);
	code_of(s, id, kode);
	snprintf(bad, sizeof(bad), "%06u",
	    (unsigned)(atoi(kode) + 1) % 1000000u);
	assert_int_equal(sandi_atur(s, "kirim.sandi", bad, "Sandi-Baru-2026",
			     "127.0.0.1", now, &fe),
	    -1);
	assert_int_equal(
	    sandi_atur(s, "kirim.sandi", kode, "pendek", "127.0.0.1", now, &fe),
	    -2);
	assert_int_equal(sandi_atur(s, "tidak.ada", kode, "Sandi-Baru-2026",
			     "127.0.0.1", now, &fe),
	    -1);
	/* expired */
	assert_int_equal(sandi_atur(s, "kirim.sandi", kode, "Sandi-Baru-2026",
			     "127.0.0.1", now + SANDI_KODE_TTL + 1, &fe),
	    -1);
	memset(&fe, 0, sizeof(fe));
	assert_int_equal(sandi_atur(s, "kirim.sandi", kode, "Sandi-Baru-2026",
			     "127.0.0.1", now + 60, &fe),
	    0);
	assert_true(
	    account_authenticate(s, "kirim.sandi", "Sandi-Baru-2026") == id);
	/* used once */
	assert_int_equal(sandi_atur(s, "kirim.sandi", kode, "Sandi-Lain-2026",
			     "127.0.0.1", now + 61, &fe),
	    -1);
	/* throttle: SANDI_KODE_MAX codes per window */
	assert_int_equal(sandi_lupa(s, "kirim.sandi", "127.0.0.1", now + 2), 1);
	assert_int_equal(sandi_lupa(s, "kirim.sandi", "127.0.0.1", now + 3), 1);
	assert_int_equal(sandi_lupa(s, "kirim.sandi", "127.0.0.1", now + 4), 0);
	assert_int_equal(outbox(s, id, "email"), SANDI_KODE_MAX);
	/* a newer code ends the older ones; five wrong tries end it too */
	code_of(s, id, kode);
	snprintf(bad, sizeof(bad), "%06u",
	    (unsigned)(atoi(kode) + 1) % 1000000u);
	for (int i = 0; i < SANDI_SALAH_MAX; i++)
		assert_int_equal(sandi_atur(s, "kirim.sandi", bad,
				     "Sandi-Lain-2026", "127.0.0.1", now + 5,
				     &fe),
		    -1);
	assert_int_equal(sandi_atur(s, "kirim.sandi", kode, "Sandi-Lain-2026",
			     "127.0.0.1", now + 5, &fe),
	    -1);
	assert_int_equal(count(s,
			     "SELECT count(*) FROM audit_event WHERE action ="
			     " 'akun.lupa_sandi' AND object_id = 'kirim.sandi'"
			     " AND ? > 0",
			     1),
	    SANDI_KODE_MAX);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_verified_only),
		cmocka_unit_test(test_round_retry),
		cmocka_unit_test(test_round_budget),
		cmocka_unit_test(test_status_order),
		cmocka_unit_test(test_sandi),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
