/* test_dokumen.c: letter templates and nomor formats in the database. */
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
#include "mod/dokumen/dokumen.h"
#include "mod/layanan/catalog.h"
#include "mod/wilayah/seed.h"
#include "store/store.h"

static struct store *s;
static struct account admin;   /* admin of DISKOMINFO */
static struct account kdadmin; /* admin of Kampung Dalam */
static struct account superadmin;

/* An account named user with role in unit (NULL: none), loaded into a. */
static int
mkacct(const char *user, const char *role, const char *unit, struct account *a)
{
	int64_t id;

	if (store_run(s,
		"INSERT INTO account(username, pw_hash, unit_id,"
		" full_name, created_at, pw_changed_at) VALUES (?, 'x', (SELECT id"
		" FROM unit WHERE code = ?), 'Admin', 0, 0)",
		"ss", user, unit != NULL ? unit : "") != 0)
		return -1;
	id = store_last_id(s);
	if (store_run(s,
		"INSERT INTO account_role(account_id, role) VALUES"
		" (?, ?)",
		"is", id, role) != 0 ||
	    account_load(s, id, a) != 0)
		return -1;
	return 0;
}

static int
setup(void **state)
{
	const char *seed = getenv("PAMONG_SEED_DIR");
	char dir[] = "/tmp/pamong-dokumen-XXXXXX", path[96], err[256];
	int64_t id;

	(void)state;
	if (mkdtemp(dir) == NULL)
		return -1;
	snprintf(path, sizeof(path), "%s/t.db", dir);
	if (store_open(&s, NULL, path) != 0 || store_migrate(s, 0) != 0)
		return -1;
	if (seed_siak(s, seed ? seed : "data", err, sizeof(err)) != 0) {
		fprintf(stderr, "seed_siak: %s\n", err);
		return -1;
	}
	(void)id;
	if (mkacct("adm", "admin", "DISKOMINFO", &admin) != 0 ||
	    mkacct("adm.kd", "admin", "14.08.01.1001", &kdadmin) != 0 ||
	    mkacct("root", "superadmin", NULL, &superadmin) != 0)
		return -1;
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	store_close(s);
	return 0;
}

static int64_t
layanan(const char *code)
{
	return store_scalar(s, 0, "SELECT id FROM layanan WHERE code = ?", "s",
	    code);
}

/* Without a row a service gets the default made from its form. */
static void
test_default(void **state)
{
	struct dokumen_templat t;
	char err[256];

	(void)state;
	assert_int_equal(dokumen_templat_load(s, layanan("KPG-02"), &t), 0);
	assert_int_equal(t.is_default, 1);
	assert_string_equal(t.judul, "SURAT KETERANGAN DOMISILI PENDUDUK");
	assert_string_equal(t.level, "kampung");
	assert_string_equal(t.klasifikasi, "470");
	/* RT/RW as 003/001 and the identity block (issue 18) */
	assert_non_null(strstr(t.isi, "{{rt_rw}}"));
	assert_non_null(strstr(t.isi, "\n{{identitas}}\n"));
	assert_non_null(strstr(t.isi, "{{isian.keperluan}}"));
	/* the default passes its own check */
	assert_int_equal(surat_check(t.isi, (const char *const *)t.fields,
			     t.nfields, err, sizeof(err)),
	    0);
	dokumen_templat_free(&t);
	assert_int_equal(dokumen_templat_load(s, layanan("PTSP-06"), &t), 0);
	assert_string_equal(t.klasifikasi, "503");
	assert_non_null(
	    strstr(t.isi, "Ukuran reklame (m²): {{isian.ukuran_m2}}"));
	dokumen_templat_free(&t);
	assert_int_equal(dokumen_templat_load(s, 999999, &t), -1);
}

/* Seeding: every signing service once; a second run adds nothing. */
static void
test_seed(void **state)
{
	int64_t want = store_scalar(s, -1,
	    "SELECT count(*) FROM layanan l"
	    " WHERE EXISTS (SELECT 1 FROM wf_action a WHERE a.workflow_id ="
	    " l.workflow_id AND a.signs_document = 1)",
	    "");

	(void)state;
	assert_true(want > 0);
	assert_int_equal(dokumen_templat_seed(s, 1000), want);
	assert_int_equal(dokumen_templat_seed(s, 1000), 0);
	assert_int_equal(store_scalar(s, -1,
			     "SELECT count(*) FROM"
			     " surat_templat",
			     ""),
	    want);
}

/* Saving checks title, body, placeholders and klasifikasi first. */
static void
test_save(void **state)
{
	struct dokumen_templat t;
	int64_t id = layanan("KPG-02"), audits;
	char err[256];

	(void)state;
	audits = store_scalar(s, 0, "SELECT count(*) FROM audit_event", "");
	assert_int_equal(dokumen_templat_save(s, id, "SK",
			     "Isi surat {{nama}}.", "470", &superadmin,
			     "127.0.0.1", 2000, err, sizeof(err)),
	    -1);
	assert_int_equal(dokumen_templat_save(s, id, "SURAT KETERANGAN",
			     "Gaji {{isian.gaji}} bulan ini.", "470",
			     &superadmin, "127.0.0.1", 2000, err, sizeof(err)),
	    -1);
	assert_non_null(strstr(err, "isian.gaji"));
	assert_int_equal(dokumen_templat_save(s, id, "SURAT KETERANGAN",
			     "Isi surat {{nama}}.", "47 0", &superadmin,
			     "127.0.0.1", 2000, err, sizeof(err)),
	    -1);
	/* issue 12: a kampung-level template is regency-wide: neither an
	 * OPD's admin nor a kampung's admin may change it */
	assert_int_equal(catalog_owner(s, id), 0);
	assert_int_equal(dokumen_templat_save(s, id, "SURAT KETERANGAN BARU",
			     "Menerangkan {{nama}} di {{isian.alamat}}. HACKED",
			     "474.1", &admin, "127.0.0.1", 2000, err,
			     sizeof(err)),
	    -2);
	assert_int_equal(dokumen_templat_save(s, id, "SURAT KETERANGAN BARU",
			     "Menerangkan {{nama}} di {{isian.alamat}}. HACKED",
			     "474.1", &kdadmin, "127.0.0.1", 2000, err,
			     sizeof(err)),
	    -2);
	assert_int_equal(
	    store_scalar(s, 0, "SELECT count(*) FROM audit_event", ""), audits);
	assert_int_equal(dokumen_templat_save(s, id, "SURAT KETERANGAN BARU",
			     "Menerangkan {{nama}} di {{isian.alamat}}.",
			     "474.1", &superadmin, "127.0.0.1", 2000, err,
			     sizeof(err)),
	    0);
	assert_int_equal(
	    store_scalar(s, 0,
		"SELECT count(*) FROM audit_event"
		" WHERE action = 'surat.templat' AND object_id = 'KPG-02'",
		""),
	    1);
	/* the audit note holds the text before and after */
	assert_int_equal(
	    store_scalar(s, 0,
		"SELECT count(*) FROM audit_event"
		" WHERE action = 'surat.templat' AND json_extract(note,"
		" '$.sesudah.isi') = 'Menerangkan {{nama}} di {{isian.alamat}}.'"
		" AND json_extract(note, '$.sebelum.versi') = 1 AND"
		" json_extract(note, '$.sesudah.versi') = 2 AND"
		" length(json_extract(note, '$.sebelum.isi')) > 10",
		""),
	    1);
	assert_int_equal(dokumen_templat_load(s, id, &t), 0);
	assert_int_equal(t.is_default, 0);
	/* test_seed made version 1; this save is version 2 */
	assert_int_equal(t.versi, 2);
	assert_int_equal(
	    store_scalar(s, 0,
		"SELECT count(*) FROM"
		" surat_templat_versi WHERE layanan_id = ? AND versi = 2 AND isi ="
		" 'Menerangkan {{nama}} di {{isian.alamat}}.'",
		"i", id),
	    1);
	assert_string_equal(t.judul, "SURAT KETERANGAN BARU");
	assert_string_equal(t.klasifikasi, "474.1");
	assert_string_equal(t.isi, "Menerangkan {{nama}} di {{isian.alamat}}.");
	dokumen_templat_free(&t);
	/* the next save is version 3; the older ones stay readable */
	assert_int_equal(dokumen_templat_save(s, id, "SURAT KETERANGAN BARU",
			     "Menerangkan {{nama}}.", "474.1", &superadmin,
			     "127.0.0.1", 2100, err, sizeof(err)),
	    0);
	assert_int_equal(dokumen_templat_load(s, id, &t), 0);
	assert_int_equal(t.versi, 3);
	dokumen_templat_free(&t);
	assert_int_equal(store_scalar(s, 0,
			     "SELECT count(*) FROM"
			     " surat_templat_versi WHERE layanan_id = ?",
			     "i", id),
	    3);
	/* an OPD service's template belongs to the OPD's admin */
	id = store_scalar(s, 0,
	    "SELECT l.id FROM layanan l JOIN unit u ON"
	    " u.id = l.unit_id WHERE u.code = 'DISKOMINFO' LIMIT 1",
	    "");
	if (id != 0)
		assert_int_equal(catalog_owner(s, id), admin.unit_id);
}

static void
test_format(void **state)
{
	int64_t unit = store_scalar(s, 0,
	    "SELECT id FROM unit WHERE code ="
	    " '14.08.01.1001'",
	    "");
	char fmt[STR_CHARS(120)], kode[41], err[256];

	(void)state;
	assert_int_equal(dokumen_format_load(s, unit, fmt, kode), 0);
	assert_string_equal(fmt, SURAT_FORMAT_DEFAULT);
	assert_string_equal(kode, "14.08.01.1001");
	assert_int_equal(dokumen_format_save(s, unit, "{seq}/{kode_unit}", "KD",
			     &kdadmin, "127.0.0.1", 3000, err, sizeof(err)),
	    -1);
	assert_int_equal(dokumen_format_save(s, unit, "{seq}/{tahun}", "K D",
			     &kdadmin, "127.0.0.1", 3000, err, sizeof(err)),
	    -1);
	assert_int_equal(dokumen_format_save(s, 999999, "{seq}/{tahun}", "KD",
			     &superadmin, "127.0.0.1", 3000, err, sizeof(err)),
	    -1);
	/* issue 12: another unit's admin may not change it */
	assert_int_equal(dokumen_format_save(s, unit,
			     "{klasifikasi}/{seq}/"
			     "HACKED/{tahun}",
			     "KD", &admin, "127.0.0.1", 3000, err, sizeof(err)),
	    -2);
	assert_int_equal(dokumen_format_load(s, unit, fmt, kode), 0);
	assert_string_equal(fmt, SURAT_FORMAT_DEFAULT);
	assert_int_equal(dokumen_format_save(s, unit,
			     "{klasifikasi}/{seq}/"
			     "{kode_unit}/{bulan}/{tahun}",
			     "KD", &kdadmin, "127.0.0.1", 3000, err,
			     sizeof(err)),
	    0);
	assert_int_equal(
	    store_scalar(s, 0,
		"SELECT count(*) FROM audit_event"
		" WHERE action = 'surat.format' AND json_extract(note,"
		" '$.sebelum.format') = ? AND json_extract(note, '$.sesudah.format')"
		" = '{klasifikasi}/{seq}/{kode_unit}/{bulan}/{tahun}'",
		"s", SURAT_FORMAT_DEFAULT),
	    1);
	assert_int_equal(dokumen_format_load(s, unit, fmt, kode), 0);
	assert_string_equal(fmt,
	    "{klasifikasi}/{seq}/{kode_unit}/{bulan}/"
	    "{tahun}");
	assert_string_equal(kode, "KD");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_default),
		cmocka_unit_test(test_seed),
		cmocka_unit_test(test_save),
		cmocka_unit_test(test_format),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
