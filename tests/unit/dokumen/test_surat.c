/* test_surat.c: verification codes, template placeholders, nomor formats. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "mod/dokumen/surat.h"
#include "lib/buf.h"

/* A fresh code is canonical, and normalising it gives it back. */
static void
test_kode_roundtrip(void **state)
{
	char k[SURAT_KODE_LEN + 1], n[SURAT_KODE_LEN + 1], low[40];
	int i, j;

	(void)state;
	for (i = 0; i < 200; i++) {
		surat_kode_new(k);
		assert_int_equal(strlen(k), SURAT_KODE_LEN);
		assert_int_equal(k[4], '-');
		assert_int_equal(k[19], '-');
		assert_int_equal(surat_kode_norm(k, n), 0);
		assert_string_equal(k, n);
		/* typed in lower case without hyphens */
		for (j = 0; k[j] != '\0'; j++)
			low[j] =
			    (char)(k[j] >= 'A' && k[j] <= 'Z' ? k[j] - 'A' + 'a'
							      : k[j]);
		low[j] = '\0';
		assert_int_equal(surat_kode_norm(low, n), 0);
		assert_string_equal(k, n);
	}
}

/* Two fresh codes differ (80 random bits). */
static void
test_kode_random(void **state)
{
	char a[SURAT_KODE_LEN + 1], b[SURAT_KODE_LEN + 1];

	(void)state;
	surat_kode_new(a);
	surat_kode_new(b);
	assert_string_not_equal(a, b);
}

/* Every single-symbol change is caught by the check symbol. */
static void
test_kode_check(void **state)
{
	static const char sym[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
	char k[SURAT_KODE_LEN + 1], t[SURAT_KODE_LEN + 1],
	    n[SURAT_KODE_LEN + 1];
	size_t i, j;
	int caught = 0, tried = 0;

	(void)state;
	surat_kode_new(k);
	for (i = 0; i < SURAT_KODE_LEN - 2; i++) {
		if (k[i] == '-')
			continue;
		for (j = 0; j < 32; j++) {
			if (sym[j] == k[i])
				continue;
			memcpy(t, k, sizeof(t));
			t[i] = sym[j];
			tried++;
			if (surat_kode_norm(t, n) != 0)
				caught++;
		}
	}
	assert_int_equal(caught, tried);
	/* transposition of two different neighbours */
	memcpy(t, k, sizeof(t));
	if (t[0] != t[1]) {
		t[0] = k[1];
		t[1] = k[0];
		assert_int_equal(surat_kode_norm(t, n), -1);
	}
	assert_int_equal(surat_kode_norm("", n), -1);
	assert_int_equal(surat_kode_norm("ABCD", n), -1);
	assert_int_equal(surat_kode_norm("ABCD-EFGH-JKMN-PQRS-TV", n), -1);
	assert_int_equal(surat_kode_norm("ABCD-EFGH-JKMN-PQRU-0", n), -1);
	assert_int_equal(surat_kode_norm("../../etc/passwd", n), -1);
}

/* The known value: 16 zero symbols have check 0; "0000000000000001" 1. */
static void
test_kode_known(void **state)
{
	char n[SURAT_KODE_LEN + 1];

	(void)state;
	assert_int_equal(surat_kode_norm("0000-0000-0000-0000-0", n), 0);
	assert_int_equal(surat_kode_norm("0000-0000-0000-0001-1", n), 0);
	/* 37 = 1*32 + 5 -> 0 */
	assert_int_equal(surat_kode_norm("0000-0000-0000-0015-0", n), 0);
	/* 36 -> check symbol U; typed o/l read as 0/1 */
	assert_int_equal(surat_kode_norm("oooo-oooo-oooo-ool4-u", n), 0);
	assert_string_equal(n, "0000-0000-0000-0014-U");
	assert_int_equal(surat_kode_norm("0000-0000-0000-0014-0", n), -1);
}

static const char *const fields[] = { "alamat", "rt_rw", "keperluan" };

static void
test_check(void **state)
{
	char err[256];

	(void)state;
	assert_int_equal(
	    surat_check(
		"Nama {{nama}}, NIK {{ nik }},"
		" alamat {{isian.alamat}} RT/RW {{isian.rt_rw}} {{tanggal}}",
		fields, 3, err, sizeof(err)),
	    0);
	assert_int_equal(
	    surat_check("tanpa penanda", fields, 3, err, sizeof(err)), 0);
	assert_int_equal(surat_check("{{gaji}}", fields, 3, err, sizeof(err)),
	    -1);
	assert_non_null(strstr(err, "{{gaji}}"));
	assert_int_equal(
	    surat_check("{{isian.penghasilan}}", fields, 3, err, sizeof(err)),
	    -1);
	assert_non_null(strstr(err, "isian.penghasilan"));
	assert_int_equal(surat_check("{{isian.}}", fields, 3, err, sizeof(err)),
	    -1);
	assert_int_equal(
	    surat_check("Nama {{nama", fields, 3, err, sizeof(err)), -1);
	assert_int_equal(surat_check("Nama {{}}", fields, 3, err, sizeof(err)),
	    -1);
	assert_int_equal(
	    surat_check("Nama {{na ma}}", fields, 3, err, sizeof(err)), -1);
	assert_int_equal(
	    surat_check("Nama nama}}", fields, 3, err, sizeof(err)), -1);
	assert_int_equal(surat_check("{{NAMA}}", fields, 3, err, sizeof(err)),
	    -1);
}

static const char *
values(void *arg, const char *name)
{
	(void)arg;
	if (strcmp(name, "nama") == 0)
		return "Siti Ömer";
	if (strcmp(name, "isian.alamat") == 0)
		return "Jl. Sultan {{nik}} 1";
	if (strcmp(name, "isian.mulai") == 0)
		return "2026-01-05";
	if (strcmp(name, "tanggal") == 0)
		return "28 November 2026";
	return NULL;
}

static void
test_fill(void **state)
{
	struct buf b = BUF_INIT;
	char err[256];

	(void)state;
	buf_init(&b, 64);
	assert_int_equal(surat_fill("Nama: {{nama}}\nAlamat: {{ isian.alamat"
				    " }}; mulai {{isian.mulai}}, {{tanggal}}.",
			     values, NULL, &b, err, sizeof(err)),
	    0);
	buf_addc(&b, '\0');
	/* values are not expanded again; ISO dates become Indonesian */
	assert_string_equal(b.s,
	    "Nama: Siti Ömer\nAlamat: Jl. Sultan"
	    " {{nik}} 1; mulai 5 Januari 2026, 28 November 2026.");
	buf_reset(&b);
	assert_int_equal(
	    surat_fill("{{nik}}", values, NULL, &b, err, sizeof(err)), -1);
	assert_non_null(strstr(err, "nik"));
	buf_free(&b);
}

static void
test_dates(void **state)
{
	char out[32];

	(void)state;
	assert_int_equal(surat_date_iso("2026-12-31", out), 0);
	assert_string_equal(out, "31 Desember 2026");
	assert_int_equal(surat_date_iso("2026-02-30", out), -1);
	assert_int_equal(surat_date_iso("5 Januari", out), -1);
	/* 2026-11-27 17:30 UTC is already the 28th in WIB (UTC+7) */
	surat_date((time_t)1795800600, out);
	assert_string_equal(out, "28 November 2026");
}

/* RT/RW as people type it -> 003/001 (issue 18). */
static void
test_rt_rw(void **state)
{
	static const char *const good[][2] = { { "3/1", "003/001" },
		{ "003/001", "003/001" }, { "03 / 01", "003/001" },
		{ "RT 3 RW 1", "003/001" }, { "RT.012/RW.004", "012/004" },
		{ "0/0", "000/000" }, { "999/999", "999/999" } };
	static const char *const bad[] = { "", "3", "1000/1", "3/1/2",
		"0003/001", "RT/RW", "3-1-5", "abc" };
	char out[16];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(good) / sizeof(good[0]); i++) {
		assert_int_equal(surat_rt_rw(good[i][0], out), 0);
		assert_string_equal(out, good[i][1]);
	}
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		assert_int_equal(surat_rt_rw(bad[i], out), -1);
		assert_string_equal(out, "");
	}
	assert_int_equal(surat_rt_rw(NULL, out), -1);
}

/* {{identitas}} stands on a line of its own. */
static void
test_identitas_line(void **state)
{
	char err[256];

	(void)state;
	assert_int_equal(surat_check("Bahwa:\n{{identitas}}\nDemikian.", NULL,
			     0, err, sizeof(err)),
	    0);
	assert_int_equal(
	    surat_check("{{identitas}}", NULL, 0, err, sizeof(err)), 0);
	assert_int_equal(surat_check("Bahwa:\r\n{{identitas}}\r\nDemikian.",
			     NULL, 0, err, sizeof(err)),
	    0);
	assert_int_equal(surat_check("Bahwa: {{identitas}}\nDemikian.", NULL, 0,
			     err, sizeof(err)),
	    -1);
	assert_non_null(strstr(err, "berdiri sendiri"));
	assert_int_equal(
	    surat_check("{{identitas}} lalu", NULL, 0, err, sizeof(err)), -1);
	assert_int_equal(surat_check("{{agama}}, {{rt_rw}}, {{tanggal_lahir}}",
			     NULL, 0, err, sizeof(err)),
	    0);
}

static void
test_format(void **state)
{
	char err[256], out[64];

	(void)state;
	assert_int_equal(
	    surat_format_check(SURAT_FORMAT_DEFAULT, err, sizeof(err)), 0);
	assert_int_equal(surat_format_expand(SURAT_FORMAT_DEFAULT, "470", 7,
			     "KD", 2026, 11, out, sizeof(out)),
	    0);
	assert_string_equal(out, "470/007/KD/2026");
	assert_int_equal(surat_format_check("{klasifikasi}/{seq}/{kode_unit}/"
					    "{bulan}/{tahun}",
			     err, sizeof(err)),
	    0);
	assert_int_equal(surat_format_expand("{klasifikasi}/{seq}/{kode_unit}/"
					     "{bulan}/{tahun}",
			     "503", 1234, "DPMPTSP", 2026, 4, out, sizeof(out)),
	    0);
	assert_string_equal(out, "503/1234/DPMPTSP/IV/2026");
	assert_int_equal(
	    surat_format_check("470/{kode_unit}/{tahun}", err, sizeof(err)),
	    -1);
	assert_int_equal(
	    surat_format_check("470/{seq}/{kode_unit}", err, sizeof(err)), -1);
	assert_int_equal(
	    surat_format_check("{nomor}/{seq}/{tahun}", err, sizeof(err)), -1);
	assert_int_equal(
	    surat_format_check("470/{seq}}/{tahun}", err, sizeof(err)), -1);
	assert_int_equal(
	    surat_format_check("470/{seq}/\n{tahun}", err, sizeof(err)), -1);
	assert_int_equal(surat_format_check("{seq", err, sizeof(err)), -1);
	assert_int_equal(surat_format_expand("{seq}/{tahun}", "", 1, "", 2026,
			     13, out, sizeof(out)),
	    -1);
	assert_int_equal(
	    surat_format_expand("{seq}/{tahun}", "", 1, "", 2026, 1, out, 5),
	    -1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_kode_roundtrip),
		cmocka_unit_test(test_kode_random),
		cmocka_unit_test(test_kode_check),
		cmocka_unit_test(test_kode_known),
		cmocka_unit_test(test_check),
		cmocka_unit_test(test_fill),
		cmocka_unit_test(test_dates),
		cmocka_unit_test(test_format),
		cmocka_unit_test(test_rt_rw),
		cmocka_unit_test(test_identitas_line),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
