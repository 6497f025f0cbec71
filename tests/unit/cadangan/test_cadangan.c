/*
 * test_cadangan.c: backup and restore of a data directory (issue 21):
 * the round trip, what is left out, and an archive edited after the
 * backup.  The drill under load is tests/http/t2201-cadangan.sh.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "mod/audit/audit.h"
#include "mod/cadangan/cadangan.h"
#include "mod/cadangan/cadangan_int.h"
#include "store/store.h"

struct fx {
	char dir[40];
	char data[64];
	struct store *s;
};

static void
tulis(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");

	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

static int
setup(void **state)
{
	struct fx *f = calloc(1, sizeof(*f));
	char p[128];
	int i;

	snprintf(f->dir, sizeof(f->dir), "/tmp/pamong-cadangan-XXXXXX");
	if (mkdtemp(f->dir) == NULL)
		return -1;
	snprintf(f->data, sizeof(f->data), "%s/data", f->dir);
	mkdir(f->data, 0700);
	snprintf(p, sizeof(p), "%s/pamong.db", f->data);
	if (store_open(&f->s, NULL, p) != 0 || store_migrate(f->s, 0) != 0)
		return -1;
	assert_int_equal(store_begin(f->s), 0);
	for (i = 0; i < 5; i++)
		assert_int_equal(audit_write(f->s,
				     &(struct audit){ .action = "uji.cadangan",
					 .object_type = "uji",
					 .object_id = "1" }),
		    0);
	assert_int_equal(store_commit(f->s), 0);
	snprintf(p, sizeof(p), "%s/secret.key", f->data);
	tulis(p, "rahasia-uji-32-bait-xxxxxxxxxxxx");
	snprintf(p, sizeof(p), "%s/pki", f->data);
	mkdir(p, 0700);
	snprintf(p, sizeof(p), "%s/pki/root.key", f->data);
	tulis(p, "kunci akar: tidak pernah dicadangkan");
	snprintf(p, sizeof(p), "%s/pki/ica.crt", f->data);
	tulis(p, "sertifikat");
	snprintf(p, sizeof(p), "%s/berkas", f->data);
	mkdir(p, 0700);
	snprintf(p, sizeof(p), "%s/berkas/ab", f->data);
	mkdir(p, 0700);
	snprintf(p, sizeof(p), "%s/berkas/ab/.tmp-123", f->data);
	tulis(p, "setengah jadi");
	snprintf(p, sizeof(p), "%s/berkas/ab/abcdef", f->data);
	tulis(p, "isi dokumen");
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fx *f = *state;
	char cmd[128];

	store_close(f->s);
	snprintf(cmd, sizeof(cmd), "rm -rf %s", f->dir);
	if (system(cmd) != 0)
		return -1;
	free(f);
	return 0;
}

static void
t_lewati(void **state)
{
	(void)state;
	assert_true(cadangan_lewati("pamong.db"));
	assert_true(cadangan_lewati("pamong.db-wal"));
	assert_true(cadangan_lewati("pki/root.key"));
	assert_true(cadangan_lewati("db.conf"));
	assert_true(cadangan_lewati("kore.conf"));
	assert_true(cadangan_lewati("berkas/ab/.tmp-xyz"));
	assert_true(cadangan_lewati("pki.tmpAbc12/ica.key"));
	assert_false(cadangan_lewati("secret.key"));
	assert_false(cadangan_lewati("pki/ica.key"));
	assert_false(cadangan_lewati("berkas/ab/abcdef"));
}

static void
t_round_trip(void **state)
{
	struct fx *f = *state;
	struct cadangan_hasil h, r;
	char ke[96], to[96], p[160];
	struct stat st;

	snprintf(ke, sizeof(ke), "%s/a.tar.gz", f->dir);
	snprintf(to, sizeof(to), "%s/pulih", f->dir);
	assert_int_equal(cadangan_buat(f->s, f->data, ke, NULL, 0, &h), 0);
	assert_int_equal(h.berkas, 4); /* db, secret.key, ica.crt, abcdef */
	assert_true(h.tabel > 20);
	assert_true(h.audit_id >= 5);
	assert_int_equal(strlen(h.audit_hash), 64);
	/* never over an existing archive */
	assert_int_equal(cadangan_buat(f->s, f->data, ke, NULL, 0, &r), -1);
	assert_non_null(strstr(r.galat, "sudah ada"));

	assert_int_equal(cadangan_pulihkan(ke, to, NULL, NULL, &r), 0);
	assert_int_equal(r.berkas, h.berkas);
	assert_int_equal(r.baris, h.baris);
	assert_int_equal(r.audit_id, h.audit_id);
	assert_string_equal(r.audit_hash, h.audit_hash);
	assert_string_equal(r.log_akar, h.log_akar);
	snprintf(p, sizeof(p), "%s/berkas/ab/abcdef", to);
	assert_int_equal(stat(p, &st), 0);
	assert_int_equal(st.st_size, 11);
	snprintf(p, sizeof(p), "%s/pki/root.key", to);
	assert_int_not_equal(stat(p, &st), 0);
	snprintf(p, sizeof(p), "%s/berkas/ab/.tmp-123", to);
	assert_int_not_equal(stat(p, &st), 0);
	/* not over a directory that holds something */
	assert_int_equal(cadangan_pulihkan(ke, to, NULL, NULL, &r), -1);
	assert_non_null(strstr(r.galat, "sudah berisi"));
}

static void
t_not_an_archive(void **state)
{
	struct fx *f = *state;
	struct cadangan_hasil r;
	char ke[96], to[96];

	snprintf(ke, sizeof(ke), "%s/bukan.tar.gz", f->dir);
	snprintf(to, sizeof(to), "%s/pulih2", f->dir);
	tulis(ke, "ini bukan arsip cadangan");
	assert_int_equal(cadangan_pulihkan(ke, to, NULL, NULL, &r), -1);
	assert_non_null(strstr(r.galat, "arsip"));
	assert_int_not_equal(access(to, F_OK), 0);
	snprintf(ke, sizeof(ke), "%s/tidak-ada.tar.gz", f->dir);
	assert_int_equal(cadangan_pulihkan(ke, to, NULL, NULL, &r), -1);
	assert_non_null(strstr(r.galat, "tidak dapat dibuka"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(t_lewati),
		cmocka_unit_test_setup_teardown(t_round_trip, setup, teardown),
		cmocka_unit_test_setup_teardown(t_not_an_archive, setup,
		    teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
