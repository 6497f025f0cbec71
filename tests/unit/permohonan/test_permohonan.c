/*
 * test_permohonan.c: applying, validation without half-writes,
 * idempotency, routing and numbering, workflow actions with separation of
 * duties, visibility, lists, drafts and corrections.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "mod/akun/account.h"
#include "mod/permohonan/permohonan.h"
#include "mod/audit/audit.h"
#include "mod/berkas/berkas.h"
#include "mod/wilayah/seed.h"
#include "lib/xalloc.h"
#include "store/store.h"

static struct store *s;
static char dir[64];
static time_t now = 1795435200; /* Mon 2026-11-23 19:00 WIB */

/* Accounts of the tests, loaded after setup. */
static struct account warga_a, warga_b, op_dalam, penghulu, op_rempak, dual,
    op_kec, camat, op_dinsos, kadis_dinsos, inspektur, op_nik;

/* Small valid files (see tests/fixtures/berkas/make-fixtures.py). */
static const char pdf[] = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
			  "trailer\n<< /Root 1 0 R >>\n%%EOF\n";
static unsigned char png[] = {
	0x89,
	'P',
	'N',
	'G',
	'\r',
	'\n',
	0x1A,
	'\n',
	0,
	0,
	0,
	13,
	'I',
	'H',
	'D',
	'R',
	0,
	0,
	0,
	1,
	0,
	0,
	0,
	1,
	8,
	2,
	0,
	0,
	0,
	0x90,
	0x77,
	0x53,
	0xDE,
	0,
	0,
	0,
	12,
	'I',
	'D',
	'A',
	'T',
	0x08,
	0xD7,
	0x63,
	0xF8,
	0xCF,
	0xC0,
	0,
	0,
	0x03,
	0x01,
	0x01,
	0x00,
	0x18,
	0xDD,
	0x8D,
	0xB0,
	0,
	0,
	0,
	0,
	'I',
	'E',
	'N',
	'D',
	0xAE,
	0x42,
	0x60,
	0x82,
};
static const char text_pdf[] = "Ini hanya teks biasa, bukan PDF.\n";

static int64_t
mkacct(const char *user, const char *roles, const char *unit, const char *nik,
    struct account *a)
{
	static int serial;
	char staff_nik[17];
	int64_t id;
	char *r, *p, *save = NULL;

	/*
	 * Issue 12 item 5: staff act only with a verified NIK; every test
	 * account gets one (verified, as an administrator would create it).
	 */
	if (nik == NULL && strcmp(roles, "warga") != 0) {
		snprintf(staff_nik, sizeof(staff_nik), "1408010101810%03d",
		    ++serial);
		nik = staff_nik;
	}
	assert_int_equal(
	    store_run(s,
		"INSERT INTO account(username, pw_hash,"
		" unit_id, nik, full_name, email, created_at, pw_changed_at,"
		" nik_verified_at, nik_verified_via) VALUES (?, 'x', (SELECT id"
		" FROM unit WHERE code = ?), ?, ?, ?, 0, 0, 0, 'admin')",
		"sssss", user, unit, nik, user, "t@example.go.id"),
	    0);
	id = store_last_id(s);
	r = xstrdup(roles);
	for (p = strtok_r(r, ",", &save); p != NULL;
	     p = strtok_r(NULL, ",", &save))
		assert_int_equal(store_run(s,
				     "INSERT INTO account_role"
				     "(account_id, role) VALUES (?, ?)",
				     "is", id, p),
		    0);
	free(r);
	assert_int_equal(account_load(s, id, a), 0);
	return id;
}

static int
setup(void **state)
{
	const char *seed = getenv("PAMONG_SEED_DIR");
	char path[96], err[256];

	snprintf(dir, sizeof(dir), "/tmp/pamong-app-XXXXXX");
	if (mkdtemp(dir) == NULL)
		return -1;
	snprintf(path, sizeof(path), "%s/t.db", dir);
	if (store_open(&s, NULL, path) != 0 || store_migrate(s, 0) != 0)
		return -1;
	if (seed_siak(s, seed ? seed : "data", err, sizeof(err)) != 0) {
		fprintf(stderr, "seed_siak: %s\n", err);
		return -1;
	}
	/*
	 * Issue 4: approving signs a letter (PKI, passphrase); that path is
	 * tested in tests/http/t1201-sign-journey.sh.  Here the workflows'
	 * routing and rules are tested without signing.
	 */
	if (store_exec(s, "UPDATE wf_action SET signs_document = 0") != 0)
		return -1;
	mkacct("warga.a", "warga", NULL, "1408010101900001", &warga_a);
	mkacct("warga.b", "warga", NULL, "1408010101900002", &warga_b);
	mkacct("op.dalam", "operator", "14.08.01.1001", NULL, &op_dalam);
	mkacct("penghulu", "penandatangan,kepala", "14.08.01.1001", NULL,
	    &penghulu);
	mkacct("op.rempak", "operator", "14.08.01.1002", NULL, &op_rempak);
	mkacct("dual", "operator,penandatangan", "14.08.01.1001", NULL, &dual);
	mkacct("op.kec", "operator,verifikator", "14.08.01", NULL, &op_kec);
	mkacct("camat", "penandatangan,kepala", "14.08.01", NULL, &camat);
	mkacct("op.dinsos", "operator,verifikator", "DINSOSP3A", NULL,
	    &op_dinsos);
	mkacct("kadis.dinsos", "kepala,penandatangan", "DINSOSP3A", NULL,
	    &kadis_dinsos);
	mkacct("inspektur", "inspektorat", "INSPEKTORAT", NULL, &inspektur);
	/* an operator of Kampung Dalam who also applies as a resident */
	mkacct("op.nik", "warga,operator,verifikator", "14.08.01.1001",
	    "1408010101900003", &op_nik);
	*state = s;
	return 0;
}

static int
teardown(void **state)
{
	char *cmd;

	store_close(s);
	cmd = xasprintf("rm -rf '%s'", dir);
	if (system(cmd) != 0)
		fprintf(stderr, "cleanup of %s failed\n", dir);
	free(cmd);
	return 0;
}

static int64_t
count(const char *table)
{
	char *sql = xasprintf("SELECT count(*) FROM %s", table);
	int64_t n = store_scalar(s, -1, sql, "");

	free(sql);
	return n;
}

/* Regular files below DATA/berkas. */
static int
files(void)
{
	char p[128], q[512];
	struct dirent *e, *f;
	DIR *d, *sd;
	int n = 0;

	snprintf(p, sizeof(p), "%s/berkas", dir);
	if ((d = opendir(p)) == NULL)
		return 0;
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		snprintf(q, sizeof(q), "%s/%s", p, e->d_name);
		if ((sd = opendir(q)) == NULL)
			continue;
		while ((f = readdir(sd)) != NULL)
			if (strcmp(f->d_name, ".") != 0 &&
			    strcmp(f->d_name, "..") != 0)
				n++;
		closedir(sd);
	}
	closedir(d);
	return n;
}

/* A complete KPG-02 (Surat Keterangan Domisili) form. */
static void
domisili(struct permohonan_input *in, const char *wilayah, const char *key)
{
	memset(in, 0, sizeof(*in));
	in->layanan = "KPG-02";
	in->wilayah = wilayah;
	in->idem_key = key;
	in->fields[0].name = "keperluan";
	in->fields[0].value = "Melamar pekerjaan";
	in->fields[1].name = "alamat";
	in->fields[1].value = "Jl. Sultan Syarif Kasim No. 1";
	in->fields[2].name = "rt_rw";
	in->fields[2].value = "001/002";
	in->fields[3].name = "lama_tinggal";
	in->fields[3].value = "5";
	in->fields[4].name = "status_tinggal";
	in->fields[4].value = "Milik sendiri";
	in->nfields = 5;
	in->docs[0].code = "ktp_el";
	in->docs[0].filename = "C:\\Dokumen\\ktp.pdf";
	in->docs[0].data = pdf;
	in->docs[0].len = sizeof(pdf) - 1;
	in->docs[1].code = "kartu_keluarga";
	in->docs[1].filename = "kk.png";
	in->docs[1].data = png;
	in->docs[1].len = sizeof(png);
	in->docs[2].code = "surat_pengantar_rt_rw";
	in->docs[2].filename = "pengantar.pdf";
	in->docs[2].data = pdf;
	in->docs[2].len = sizeof(pdf) - 1;
	in->ndocs = 3;
}

/* A complete SOS-01 form from Kampung Rempak, every document data. */
static void
sos01(struct permohonan_input *in, const void *data, size_t len)
{
	static const char *codes[] = { "ktp_el", "kartu_keluarga",
		"sktm_dari_kampung_kelurahan",
		"terdaftar_dtks_dtsen_atau_diusulkan",
		"surat_keterangan_rawat_dari_faskes_jika" };

	memset(in, 0, sizeof(*in));
	in->layanan = "SOS-01";
	in->wilayah = "14.08.01.1002";
	in->fields[0].name = "keperluan";
	in->fields[0].value = "Berobat";
	in->nfields = 1;
	for (in->ndocs = 0; in->ndocs < 5; in->ndocs++) {
		in->docs[in->ndocs].code = codes[in->ndocs];
		in->docs[in->ndocs].data = data;
		in->docs[in->ndocs].len = len;
		in->docs[in->ndocs].filename = "x.png";
	}
}

static void
submit_ok(struct permohonan_input *in, const struct account *who,
    struct permohonan_result *res)
{
	struct field_errs e;
	int rc = permohonan_create(s, dir, who, in, "127.0.0.1", now, res, &e);

	if (rc != 0)
		fail_msg("create: %d, %s: %s", rc, e.n ? e.e[0].field : "",
		    e.n ? e.e[0].msg : "");
}

static const char *
err_of(const struct field_errs *e, const char *field)
{
	int i;

	for (i = 0; i < e->n; i++)
		if (strcmp(e->e[i].field, field) == 0)
			return e->e[i].msg;
	return NULL;
}

static void
test_sniff(void **state)
{
	static const unsigned char jpeg[] = {
		0xFF,
		0xD8,
		0xFF,
		0xE0,
		0,
		16,
		'J',
		'F',
		'I',
		'F',
		0,
		1,
		1,
		0,
		0,
		1,
		0,
		1,
		0,
		0,
		0xFF,
		0xC0,
		0,
		11,
		8,
		0,
		8,
		0,
		8,
		1,
		1,
		0x11,
		0,
		0xFF,
		0xC4,
		0,
		20,
		0,
		1,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		0xFF,
		0xDA,
		0,
		8,
		1,
		1,
		0,
		0,
		0x3F,
		0,
		0x3F,
		0xFF,
		0xD9,
	};
	unsigned char bad[sizeof(png)];
	const char *mime, *why;
	char *big;

	assert_string_equal(berkas_sniff(pdf, sizeof(pdf) - 1),
	    "application/pdf");
	assert_string_equal(berkas_sniff(png, sizeof(png)), "image/png");
	assert_string_equal(berkas_sniff(jpeg, sizeof(jpeg)), "image/jpeg");
	assert_null(berkas_sniff(text_pdf, sizeof(text_pdf) - 1));
	/* the right magic alone is not enough */
	assert_null(berkas_sniff("%PDF-1.4\nno end marker here\n", 27));
	assert_null(berkas_sniff(jpeg, 40));
	assert_null(berkas_sniff(png, sizeof(png) - 12)); /* no IEND */
	memcpy(bad, png, sizeof(png));
	bad[11] = 20; /* IHDR length */
	assert_null(berkas_sniff(bad, sizeof(bad)));
	assert_null(berkas_sniff("", 0));
	assert_int_equal(
	    berkas_check(text_pdf, sizeof(text_pdf) - 1, &mime, &why), -1);
	assert_non_null(why);
	assert_int_equal(berkas_check(pdf, 0, &mime, &why), -1);
	big = xcalloc(1, BERKAS_MAX_FILE + 1);
	memcpy(big, pdf, sizeof(pdf) - 1);
	memcpy(big + BERKAS_MAX_FILE + 1 - 6, "%%EOF\n", 6);
	assert_int_equal(berkas_check(big, BERKAS_MAX_FILE, &mime, &why), 0);
	assert_int_equal(berkas_check(big, BERKAS_MAX_FILE + 1, &mime, &why),
	    -1);
	assert_non_null(strstr(why, "5 MB"));
	free(big);
}

static void
test_store_once(void **state)
{
	char sha[65], sha2[65], *path;
	const char *mime, *why;
	struct stat st1, st2;
	int before = files();

	assert_int_equal(store_begin(s), 0);
	assert_int_equal(berkas_put(s, dir, png, sizeof(png), sha, &mime, &why),
	    0);
	assert_string_equal(mime, "image/png");
	path = berkas_path(dir, sha);
	assert_int_equal(stat(path, &st1), 0);
	assert_int_equal(st1.st_size, sizeof(png));
	assert_int_equal(strncmp(strrchr(path, '/') - 2, sha, 2), 0);
	/* the same content again: one file, one row */
	assert_int_equal(
	    berkas_put(s, dir, png, sizeof(png), sha2, &mime, &why), 0);
	assert_string_equal(sha, sha2);
	assert_int_equal(stat(path, &st2), 0);
	assert_int_equal(st1.st_ino, st2.st_ino);
	assert_int_equal(store_scalar(s, 0,
			     "SELECT count(*) FROM berkas WHERE"
			     " sha256 = ?",
			     "s", sha),
	    1);
	store_rollback(s);
	assert_int_equal(files(), before + 1);
	/* a refused file writes nothing */
	assert_int_equal(store_begin(s), 0);
	assert_int_equal(berkas_put(s, dir, text_pdf, sizeof(text_pdf) - 1, sha,
			     &mime, &why),
	    -1);
	store_rollback(s);
	assert_int_equal(files(), before + 1);
	free(path);
}

static void
test_create(void **state)
{
	struct permohonan_input in;
	struct permohonan_result r1, r2;
	const char *p;
	char want[64];

	domisili(&in, "14.08.01.1001", NULL);
	submit_ok(&in, &warga_a, &r1);
	assert_false(r1.existing);
	assert_string_equal(r1.state, "diajukan");
	snprintf(want, sizeof(want), "14.08.01.1001/KPG-02/2026/");
	assert_int_equal(strncmp(r1.nomor, want, strlen(want)), 0);
	assert_int_equal(strlen(r1.nomor), strlen(want) + 5);
	assert_int_equal(strlen(r1.kode_lacak), 12);
	for (p = r1.kode_lacak; *p; p++)
		assert_non_null(strchr("0123456789ABCDEFGHJKMNPQRSTVWXYZ", *p));
	submit_ok(&in, &warga_a, &r2);
	assert_int_equal(atoi(strrchr(r2.nomor, '/') + 1),
	    atoi(strrchr(r1.nomor, '/') + 1) + 1);
	assert_string_not_equal(r1.kode_lacak, r2.kode_lacak);
	/* routed to the kampung, dates in working days */
	assert_int_equal(store_scalar(s, 0,
			     "SELECT p.unit_id = u.id FROM"
			     " permohonan p, unit u WHERE p.id = ? AND u.code ="
			     " '14.08.01.1001'",
			     "i", r1.id),
	    1);
	assert_int_equal(
	    store_scalar(s, 0,
		"SELECT state_due = '2026-11-24'"
		" AND due_date = '2026-11-24' FROM permohonan WHERE id = ?",
		"i", r1.id),
	    1);
	/* fields, documents, history, audit, notifications */
	assert_int_equal(store_scalar(s, 0,
			     "SELECT count(*) FROM"
			     " permohonan_isian WHERE permohonan_id = ?",
			     "i", r1.id),
	    5);
	assert_int_equal(store_scalar(s, 0,
			     "SELECT count(*) FROM"
			     " permohonan_berkas WHERE permohonan_id = ?",
			     "i", r1.id),
	    3);
	assert_int_equal(
	    store_scalar(s, 0,
		"SELECT count(*) FROM"
		" permohonan_berkas WHERE permohonan_id = ? AND filename ="
		" 'ktp.pdf'",
		"i", r1.id),
	    1);
	assert_int_equal(store_scalar(s, 0,
			     "SELECT count(*) FROM"
			     " permohonan_riwayat WHERE permohonan_id = ?",
			     "i", r1.id),
	    1);
	assert_int_equal(
	    store_scalar(s, 0,
		"SELECT count(*) FROM audit_event"
		" WHERE object_id = ? AND action = 'permohonan.ajukan'",
		"s", r1.nomor),
	    1);
	assert_int_equal(
	    store_scalar(s, 0,
		"SELECT count(*) FROM audit_event"
		" WHERE object_id = ? AND action = 'berkas.unggah'",
		"s", r1.nomor),
	    3);
	assert_true(store_scalar(s, 0,
			"SELECT count(*) FROM notifikasi WHERE"
			" account_id = ?",
			"i", warga_a.id) >= 2);
	assert_true(store_scalar(s, 0,
			"SELECT count(*) FROM notifikasi WHERE"
			" account_id = ?",
			"i", op_dalam.id) >= 2);
	assert_int_equal(store_scalar(s, 0,
			     "SELECT count(*) FROM notifikasi"
			     " WHERE account_id = ?",
			     "i", op_rempak.id),
	    0);
	/* a pdf stored twice in one application is one berkas row */
	assert_int_equal(store_scalar(s, 0,
			     "SELECT count(DISTINCT sha256)"
			     " FROM permohonan_berkas WHERE permohonan_id = ?",
			     "i", r1.id),
	    2);
}

static void
test_idempotent(void **state)
{
	struct permohonan_input in;
	struct permohonan_result r1, r2;
	int64_t n;

	domisili(&in, "14.08.01.1001", "klik-1234");
	submit_ok(&in, &warga_a, &r1);
	n = count("permohonan");
	submit_ok(&in, &warga_a, &r2);
	assert_true(r2.existing);
	assert_int_equal(r1.id, r2.id);
	assert_string_equal(r1.nomor, r2.nomor);
	assert_string_equal(r1.kode_lacak, r2.kode_lacak);
	assert_int_equal(count("permohonan"), n);
	/* the same key from another citizen is another application */
	submit_ok(&in, &warga_b, &r2);
	assert_false(r2.existing);
	assert_int_not_equal(r1.id, r2.id);
}

/*
 * Group commit: one batch with valid applications, an invalid one, two
 * twins with one key, a replay of an earlier key and one applicant who is
 * not a citizen.  Each gets its own answer; the bad ones write nothing;
 * the audit chain stays whole.
 */
static void
test_batch(void **state)
{
	struct permohonan_batch_item it[7];
	struct store_job *p[7];
	struct permohonan_result first;
	int64_t np, na;
	int i;

	domisili(&it[0].in, "14.08.01.1001", "kunci-sebelumnya");
	submit_ok(&it[0].in, &warga_a, &first);
	np = count("permohonan");
	na = count("audit_event");
	memset(it, 0, sizeof(it));
	for (i = 0; i < 7; i++) {
		p[i] = &it[i].job;
		it[i].applicant = &warga_a;
		it[i].addr = "127.0.0.1";
		it[i].now = now;
		domisili(&it[i].in, "14.08.01.1001", NULL);
	}
	it[1].applicant = &warga_b;
	it[2].in.fields[3].value = "lima"; /* not a number */
	it[3].in.idem_key = "kembar-1";
	it[4].in.idem_key = "kembar-1";
	it[5].in.idem_key = "kunci-sebelumnya";
	it[6].applicant = &op_dalam; /* no NIK: refused */
	for (i = 0; i < 7; i++)
		permohonan_create_job(&it[i]);
	assert_int_equal(store_batch(s, dir, p, 7, 1), 0);
	assert_int_equal(it[0].rc, 0);
	assert_int_equal(it[1].rc, 0);
	assert_int_equal(it[2].rc, -1);
	assert_non_null(err_of(&it[2].errs, "isian.lama_tinggal"));
	assert_int_equal(it[3].rc, 0);
	assert_false(it[3].res.existing);
	assert_int_equal(it[4].rc, 0);
	assert_true(it[4].res.existing); /* twin in the batch */
	assert_int_equal(it[4].res.id, it[3].res.id);
	assert_string_equal(it[4].res.nomor, it[3].res.nomor);
	assert_int_equal(it[5].rc, 0);
	assert_true(it[5].res.existing); /* replay of before */
	assert_int_equal(it[5].res.id, first.id);
	assert_int_equal(it[6].rc, -1);
	assert_non_null(err_of(&it[6].errs, "pemohon"));
	/* three new applications, numbered in sequence, each complete */
	assert_int_equal(count("permohonan"), np + 3);
	assert_int_equal(atoi(strrchr(it[1].res.nomor, '/') + 1),
	    atoi(strrchr(it[0].res.nomor, '/') + 1) + 1);
	for (i = 0; i < 4; i += (i == 1 ? 2 : 1)) {
		assert_int_equal(
		    store_scalar(s, 0,
			"SELECT count(*) FROM"
			" permohonan_berkas WHERE permohonan_id = ?",
			"i", it[i].res.id),
		    3);
		assert_int_equal(
		    store_scalar(s, 0,
			"SELECT count(*) FROM"
			" audit_event WHERE object_id = ? AND action ="
			" 'permohonan.ajukan'",
			"s", it[i].res.nomor),
		    1);
	}
	assert_int_equal(count("audit_event"), na + 3 * 4);
	assert_int_equal(store_scalar(s, 1,
			     "SELECT count(*) FROM permohonan"
			     " WHERE pemohon_id = ?",
			     "i", op_dalam.id),
	    0);
	{
		struct audit_check ac;

		memset(&ac, 0, sizeof(ac));
		assert_int_equal(audit_verify(s, 0, NULL, &ac), 0);
	}
	/* lazy mode left the connection durable again, and no transaction */
	assert_false(store_in_tx(s));
	assert_int_equal(store_scalar(s, 0, "PRAGMA synchronous", ""), 2);
	/* an empty lazy batch only syncs */
	assert_int_equal(store_batch(s, dir, p, 0, 1), 0);
}

/* A refused form leaves no row and no file behind. */
static void
expect_refused(struct permohonan_input *in, const char *field, const char *has)
{
	struct permohonan_result r;
	struct field_errs e;
	int64_t np = count("permohonan"), nb = count("berkas"),
		na = count("audit_event");
	int nf = files();
	const char *m;

	assert_int_equal(
	    permohonan_create(s, dir, &warga_a, in, "127.0.0.1", now, &r, &e),
	    -1);
	m = err_of(&e, field);
	if (m == NULL)
		fail_msg("no error on %s (first: %s)", field,
		    e.n ? e.e[0].field : "none");
	if (has != NULL && strstr(m, has) == NULL)
		fail_msg("%s: \"%s\" lacks \"%s\"", field, m, has);
	assert_int_equal(count("permohonan"), np);
	assert_int_equal(count("berkas"), nb);
	assert_int_equal(count("audit_event"), na);
	assert_int_equal(files(), nf);
}

static void
test_refused(void **state)
{
	static const unsigned char other[] = "%PDF-1.7\nlain\n%%EOF\n";
	struct permohonan_input in;
	char *big;

	domisili(&in, "14.08.01.1001", NULL);
	in.fields[1].value = "   ";
	expect_refused(&in, "isian.alamat", "Wajib");
	domisili(&in, "14.08.01.1001", NULL);
	in.nfields = 1;
	expect_refused(&in, "isian.rt_rw", NULL);
	domisili(&in, "14.08.01.1001", NULL);
	in.fields[3].value = "lima";
	expect_refused(&in, "isian.lama_tinggal", "angka");
	domisili(&in, "14.08.01.1001", NULL);
	in.fields[4].value = "Rumah dinas";
	expect_refused(&in, "isian.status_tinggal", NULL);
	domisili(&in, "14.08.01.1001", NULL);
	in.fields[5].name = "tidak_ada";
	in.fields[5].value = "x";
	in.nfields = 6;
	expect_refused(&in, "isian.tidak_ada", NULL);
	domisili(&in, "14.08.01.1001", NULL);
	in.fields[5].name = "alamat";
	in.fields[5].value = "dua kali";
	in.nfields = 6;
	expect_refused(&in, "isian.alamat", NULL);
	domisili(&in, "14.08.01.1001", NULL);
	in.fields[1].value = "baris\x01kontrol";
	expect_refused(&in, "isian.alamat", NULL);

	/* a text file named .pdf; the valid documents are not stored either */
	domisili(&in, "14.08.01.1001", NULL);
	in.docs[0].data = other; /* new content, would be a new file */
	in.docs[0].len = sizeof(other) - 1;
	in.docs[1].data = text_pdf;
	in.docs[1].len = sizeof(text_pdf) - 1;
	in.docs[1].filename = "kk.pdf";
	expect_refused(&in, "berkas.kartu_keluarga", "bukan PDF");
	domisili(&in, "14.08.01.1001", NULL);
	in.ndocs = 2;
	expect_refused(&in, "berkas.surat_pengantar_rt_rw", NULL);
	domisili(&in, "14.08.01.1001", NULL);
	in.docs[2].code = "ijazah";
	expect_refused(&in, "berkas.ijazah", NULL);

	big = xcalloc(1, BERKAS_MAX_FILE + 100);
	memcpy(big, pdf, sizeof(pdf) - 1);
	memcpy(big + BERKAS_MAX_FILE + 100 - 6, "%%EOF\n", 6);
	domisili(&in, "14.08.01.1001", NULL);
	in.docs[0].data = big;
	in.docs[0].len = BERKAS_MAX_FILE + 100;
	expect_refused(&in, "berkas.ktp_el", "5 MB");
	/* SOS-01 has five documents: 5 x 5 MB is over 20 MB in all */
	memcpy(big + BERKAS_MAX_FILE - 6, "%%EOF\n", 6);
	sos01(&in, big, BERKAS_MAX_FILE);
	expect_refused(&in, "berkas", "20 MB");
	free(big);

	domisili(&in, "14.08.01.1001", NULL);
	in.layanan = "KPG-99";
	expect_refused(&in, "layanan", NULL);
	domisili(&in, "14.08.01.1001", NULL);
	in.layanan = "";
	expect_refused(&in, "layanan", NULL);
	domisili(&in, "14.08.01.9999", NULL);
	expect_refused(&in, "wilayah", NULL);
	domisili(&in, "14.08.01", NULL); /* a kecamatan, not a kampung */
	expect_refused(&in, "wilayah", NULL);
	domisili(&in, "14.08.01.1001", "kunci dengan spasi");
	expect_refused(&in, "kunci_idempoten", NULL);

	/* staff do not apply */
	domisili(&in, "14.08.01.1001", NULL);
	{
		struct permohonan_result r;
		struct field_errs e;

		assert_int_equal(permohonan_create(s, dir, &op_dalam, &in,
				     "127.0.0.1", now, &r, &e),
		    -1);
		assert_non_null(err_of(&e, "pemohon"));
	}
}

static enum act_result
act(const struct account *who, const char *nomor, const char *action,
    const char *note, const char **why)
{
	char st[41];

	return permohonan_act(s, dir, who, nomor, action, note, NULL, 0,
	    "127.0.0.1", now, st, sizeof(st), why);
}

static void
test_journey_kampung(void **state)
{
	struct permohonan_input in;
	struct permohonan_result r;
	const char *why;
	char st[41];

	domisili(&in, "14.08.01.1001", NULL);
	submit_ok(&in, &warga_a, &r);
	/* the other kampung does not even see it */
	assert_int_equal(act(&op_rempak, r.nomor, "verifikasi", NULL, &why),
	    ACT_NOT_FOUND);
	assert_int_equal(act(&warga_b, r.nomor, "batalkan", NULL, &why),
	    ACT_NOT_FOUND);
	/* approving before verification: wrong state */
	assert_int_equal(act(&penghulu, r.nomor, "setujui", NULL, &why),
	    ACT_CONFLICT);
	assert_non_null(why);
	/* an operator may not approve */
	assert_int_equal(act(&op_dalam, r.nomor, "setujui", NULL, &why),
	    ACT_FORBIDDEN);
	assert_non_null(strstr(why, "Penandatangan"));
	assert_int_equal(act(&op_dalam, r.nomor, "lompat", NULL, &why),
	    ACT_INVALID);
	assert_int_equal(permohonan_act(s, dir, &op_dalam, r.nomor,
			     "verifikasi", "", NULL, 0, "127.0.0.1", now + 3600,
			     st, sizeof(st), &why),
	    ACT_OK);
	assert_string_equal(st, "diverifikasi");
	assert_int_equal(store_scalar(s, 0,
			     "SELECT verified_by FROM permohonan"
			     " WHERE id = ?",
			     "i", r.id),
	    op_dalam.id);
	assert_int_equal(act(&op_dalam, r.nomor, "verifikasi", NULL, &why),
	    ACT_CONFLICT);
	assert_int_equal(act(&penghulu, r.nomor, "setujui", NULL, &why),
	    ACT_OK);
	assert_int_equal(
	    store_scalar(s, 0,
		"SELECT state = 'selesai' AND"
		" finished_at IS NOT NULL AND state_due IS NULL FROM permohonan"
		" WHERE id = ?",
		"i", r.id),
	    1);
	assert_int_equal(act(&penghulu, r.nomor, "tolak", "x", &why),
	    ACT_CONFLICT);
	assert_int_equal(store_scalar(s, 0,
			     "SELECT count(*) FROM"
			     " permohonan_riwayat WHERE permohonan_id = ?",
			     "i", r.id),
	    3);
	assert_int_equal(
	    store_scalar(s, 0,
		"SELECT count(*) FROM audit_event"
		" WHERE object_id = ? AND action IN ('permohonan.verifikasi',"
		" 'permohonan.setujui')",
		"s", r.nomor),
	    2);
	assert_true(store_scalar(s, 0,
			"SELECT count(*) FROM notifikasi WHERE"
			" account_id = ? AND text LIKE '%Selesai%'",
			"i", warga_a.id) >= 1);
	/* reaching selesai invites to the survey once, with one notice */
	assert_int_equal(
	    store_scalar(s, 0,
		"SELECT count(*) FROM"
		" survei_undangan WHERE permohonan_id = ? AND account_id = ?",
		"ii", r.id, warga_a.id),
	    1);
	assert_int_equal(
	    store_scalar(s, 0,
		"SELECT count(*) FROM notifikasi"
		" n JOIN survei_undangan u ON n.link = '/survei/' || u.id WHERE"
		" u.permohonan_id = ? AND n.account_id = ? AND n.text ="
		" 'Permohonan ' || ? || ' telah selesai. Mohon luangkan waktu dua"
		" menit untuk mengisi Survei Kepuasan Masyarakat atas layanan"
		" ini.'",
		"iis", r.id, warga_a.id, r.nomor),
	    1);
}

static void
test_separation_of_duties(void **state)
{
	struct permohonan_input in;
	struct permohonan_result r;
	const char *why;

	domisili(&in, "14.08.01.1001", NULL);
	submit_ok(&in, &warga_a, &r);
	assert_int_equal(act(&dual, r.nomor, "verifikasi", NULL, &why), ACT_OK);
	assert_int_equal(act(&dual, r.nomor, "setujui", NULL, &why),
	    ACT_FORBIDDEN);
	assert_non_null(strstr(why, "memverifikasi"));
	assert_int_equal(act(&penghulu, r.nomor, "setujui", NULL, &why),
	    ACT_OK);

	/* no officer acts on an application with their own NIK */
	domisili(&in, "14.08.01.1001", NULL);
	submit_ok(&in, &op_nik, &r);
	assert_int_equal(act(&op_nik, r.nomor, "verifikasi", NULL, &why),
	    ACT_FORBIDDEN);
	assert_non_null(strstr(why, "NIK Anda sendiri"));
	assert_int_equal(act(&op_dalam, r.nomor, "verifikasi", NULL, &why),
	    ACT_OK);
}

/*
 * Issue 12 item 5: staff without a verified NIK do not act; a letter is
 * not signed for a claimed NIK; the verifier's "KTP sesuai" verifies it
 * in the action's transaction.
 */
static void
test_nik_verification(void **state)
{
	struct permohonan_input in;
	struct permohonan_result r;
	struct account klaim, tanpa;
	struct act_opts ktp = { 1 };
	const char *why;
	char st[41];

	mkacct("warga.klaim", "warga", NULL, "1408010101900004", &klaim);
	assert_int_equal(store_run(s,
			     "UPDATE account SET nik_verified_at ="
			     " NULL, nik_verified_via = '' WHERE id = ?",
			     "i", klaim.id),
	    0);
	assert_int_equal(account_load(s, klaim.id, &klaim), 0);
	assert_int_equal(klaim.nik_verified, 0);
	mkacct("op.tanpanik", "operator", "14.08.01.1001", NULL, &tanpa);
	assert_int_equal(store_run(s,
			     "UPDATE account SET nik = NULL,"
			     " nik_verified_at = NULL WHERE id = ?",
			     "i", tanpa.id),
	    0);
	assert_int_equal(account_load(s, tanpa.id, &tanpa), 0);

	domisili(&in, "14.08.01.1001", NULL);
	submit_ok(&in, &klaim, &r);
	/* a staff account without a verified NIK is refused */
	assert_int_equal(act(&tanpa, r.nomor, "verifikasi", NULL, &why),
	    ACT_FORBIDDEN);
	assert_non_null(strstr(why, "NIK terverifikasi"));
	/* "KTP sesuai" only with the verifying action */
	assert_int_equal(permohonan_act_opts(s, dir, &op_dalam, r.nomor,
			     "kembalikan", "Lengkapi", NULL, 0, NULL, &ktp,
			     "127.0.0.1", now, st, sizeof(st), &why),
	    ACT_INVALID);
	assert_int_equal(act(&op_dalam, r.nomor, "verifikasi", NULL, &why),
	    ACT_OK);
	/* signing for a claimed NIK: 409, before any key is touched */
	assert_int_equal(store_exec(s,
			     "UPDATE wf_action SET signs_document"
			     " = 1 WHERE code = 'setujui'"),
	    0);
	assert_int_equal(act(&penghulu, r.nomor, "setujui", NULL, &why),
	    ACT_NIK_UNVERIFIED);
	assert_non_null(strstr(why, "belum terverifikasi"));

	/* the verifier confirms the KTP: verified with the action */
	domisili(&in, "14.08.01.1001", NULL);
	submit_ok(&in, &klaim, &r);
	assert_int_equal(permohonan_act_opts(s, dir, &op_dalam, r.nomor,
			     "verifikasi", "", NULL, 0, NULL, &ktp, "127.0.0.1",
			     now, st, sizeof(st), &why),
	    ACT_OK);
	assert_int_equal(account_load(s, klaim.id, &klaim), 0);
	assert_int_equal(klaim.nik_verified, 1);
	assert_int_equal(
	    store_scalar(s, 0,
		"SELECT count(*) FROM account"
		" WHERE id = ? AND nik_verified_via = 'permohonan' AND"
		" nik_verified_by = ?",
		"ii", klaim.id, op_dalam.id),
	    1);
	assert_int_equal(
	    store_scalar(s, 0,
		"SELECT count(*) FROM audit_event"
		" WHERE action = 'akun.nik_verifikasi' AND object_id ="
		" 'warga.klaim' AND note = 'permohonan: ' || ?",
		"s", r.nomor),
	    1);
	/* now signing goes on to ask for the passphrase */
	assert_int_equal(act(&penghulu, r.nomor, "setujui", NULL, &why),
	    ACT_INVALID);
	assert_int_equal(store_exec(s,
			     "UPDATE wf_action SET signs_document"
			     " = 0"),
	    0);
}

static void
test_correction_and_rejection(void **state)
{
	struct permohonan_input in, fix;
	struct permohonan_result r, r2;
	struct field_errs e;
	const char *why;
	char st[41];

	domisili(&in, "14.08.01.1001", NULL);
	submit_ok(&in, &warga_a, &r);
	assert_int_equal(act(&op_dalam, r.nomor, "kembalikan", "  ", &why),
	    ACT_INVALID);
	assert_non_null(strstr(why, "Catatan"));
	assert_int_equal(act(&op_dalam, r.nomor, "kembalikan",
			     "RT/RW tidak sesuai KK.", &why),
	    ACT_OK);
	assert_int_equal(
	    store_scalar(s, 0,
		"SELECT count(*) FROM notifikasi"
		" WHERE account_id = ? AND text LIKE '%RT/RW tidak sesuai KK.%'",
		"i", warga_a.id),
	    1);
	/* officers cannot resubmit for the citizen; B cannot fix A's */
	assert_int_equal(act(&op_dalam, r.nomor, "ajukan_ulang", NULL, &why),
	    ACT_FORBIDDEN);
	memset(&fix, 0, sizeof(fix));
	fix.fields[0].name = "rt_rw";
	fix.fields[0].value = "003/002";
	fix.nfields = 1;
	fix.docs[0].code = "kartu_keluarga";
	fix.docs[0].filename = "kk-baru.pdf";
	fix.docs[0].data = pdf;
	fix.docs[0].len = sizeof(pdf) - 1;
	fix.ndocs = 1;
	assert_int_equal(permohonan_update(s, dir, &warga_b, r.id, &fix,
			     "127.0.0.1", now, &r2, &e),
	    -3);
	fix.fields[0].value = "";
	assert_int_equal(permohonan_update(s, dir, &warga_a, r.id, &fix,
			     "127.0.0.1", now, &r2, &e),
	    -1);
	assert_non_null(err_of(&e, "isian.rt_rw"));
	fix.fields[0].value = "003/002";
	assert_int_equal(permohonan_update(s, dir, &warga_a, r.id, &fix,
			     "127.0.0.1", now, &r2, &e),
	    0);
	assert_string_equal(r2.nomor, r.nomor);
	assert_int_equal(
	    store_scalar(s, 0,
		"SELECT count(*) FROM"
		" permohonan_isian WHERE permohonan_id = ? AND name = 'rt_rw' AND"
		" value = '003/002'",
		"i", r.id),
	    1);
	assert_int_equal(
	    store_scalar(s, 0,
		"SELECT count(*) FROM"
		" permohonan_berkas WHERE permohonan_id = ? AND doc_code ="
		" 'kartu_keluarga' AND filename = 'kk-baru.pdf'",
		"i", r.id),
	    1);
	assert_int_equal(permohonan_act(s, dir, &warga_a, r.nomor,
			     "ajukan_ulang", "", NULL, 0, "127.0.0.1", now, st,
			     sizeof(st), &why),
	    ACT_OK);
	assert_string_equal(st, "diajukan");
	/* not editable any more */
	assert_int_equal(permohonan_update(s, dir, &warga_a, r.id, &fix,
			     "127.0.0.1", now, &r2, &e),
	    -3);
	assert_int_equal(act(&op_dalam, r.nomor, "tolak", "", &why),
	    ACT_INVALID);
	assert_int_equal(act(&op_dalam, r.nomor, "tolak",
			     "Bukan penduduk kampung ini.", &why),
	    ACT_OK);
	assert_int_equal(
	    store_scalar(s, 0,
		"SELECT count(*) FROM permohonan"
		" WHERE id = ? AND state = 'ditolak' AND finished_at IS NOT NULL",
		"i", r.id),
	    1);

	/* withdrawing */
	submit_ok(&in, &warga_a, &r);
	assert_int_equal(act(&warga_b, r.nomor, "batalkan", NULL, &why),
	    ACT_NOT_FOUND);
	assert_int_equal(act(&warga_a, r.nomor, "batalkan", NULL, &why),
	    ACT_OK);
}

static void
test_routing_opd(void **state)
{
	struct permohonan_input in;
	struct permohonan_result r;
	const char *why;

	/* SOS-01: kecamatan recommendation, then Dinas Sosial */
	sos01(&in, png, sizeof(png));
	submit_ok(&in, &warga_b, &r);
	assert_int_equal(strncmp(r.nomor, "14.08.01/SOS-01/2026/", 21), 0);
	assert_int_equal(act(&op_dinsos, r.nomor, "rekomendasi", NULL, &why),
	    ACT_NOT_FOUND);
	assert_int_equal(act(&op_kec, r.nomor, "rekomendasi", NULL, &why),
	    ACT_OK);
	assert_int_equal(
	    store_scalar(s, 0,
		"SELECT u.code = 'DINSOSP3A' FROM"
		" permohonan p JOIN unit u ON u.id = p.unit_id WHERE p.id = ?",
		"i", r.id),
	    1);
	/* the kecamatan still sees it (it handled it) but cannot act */
	assert_int_equal(permohonan_visible(s, &op_kec, r.id), 1);
	assert_int_equal(act(&op_kec, r.nomor, "verifikasi", NULL, &why),
	    ACT_FORBIDDEN);
	assert_non_null(strstr(why, "unit lain"));
	assert_int_equal(act(&op_dinsos, r.nomor, "verifikasi", NULL, &why),
	    ACT_OK);
	assert_int_equal(act(&op_dinsos, r.nomor, "kaji", "", &why),
	    ACT_INVALID);
	assert_int_equal(act(&kadis_dinsos, r.nomor, "kaji", "Layak.", &why),
	    ACT_OK);
	/* kadis reviewed, did not verify: may decide */
	assert_int_equal(act(&op_dinsos, r.nomor, "setujui", NULL, &why),
	    ACT_FORBIDDEN);
	assert_int_equal(act(&kadis_dinsos, r.nomor, "setujui", NULL, &why),
	    ACT_OK);
	/* inspektorat sees, never acts */
	assert_int_equal(permohonan_visible(s, &inspektur, r.id), 1);
}

static void
test_visibility_and_lists(void **state)
{
	struct permohonan_input in;
	struct permohonan_result r, late;
	struct permohonan_filter f;
	struct permohonan_row *v;
	struct permohonan_view av;
	struct permohonan_action acts[8];
	int n, i, na;
	int64_t total;

	domisili(&in, "14.08.01.1001", NULL);
	submit_ok(&in, &warga_a, &r);
	submit_ok(&in, &warga_a, &late);
	assert_int_equal(store_run(s,
			     "UPDATE permohonan SET state_due ="
			     " '2026-11-01' WHERE id = ?",
			     "i", late.id),
	    0);
	assert_int_equal(permohonan_visible(s, &warga_a, r.id), 1);
	assert_int_equal(permohonan_visible(s, &warga_b, r.id), 0);
	assert_int_equal(permohonan_visible(s, &op_dalam, r.id), 1);
	assert_int_equal(permohonan_visible(s, &op_rempak, r.id), 0);
	assert_int_equal(permohonan_visible(s, &op_kec, r.id), 0);
	assert_int_equal(permohonan_visible(s, &inspektur, r.id), 1);
	assert_int_equal(permohonan_visible(s, NULL, r.id), 0);
	assert_int_equal(permohonan_id_nomor(s, r.nomor), r.id);
	assert_int_equal(permohonan_id_nomor(s, "x"), 0);
	assert_int_equal(permohonan_id_lacak(s, r.kode_lacak), r.id);

	memset(&f, 0, sizeof(f));
	f.open_only = 1;
	v = permohonan_inbox(s, &op_dalam, &f, now, &n, &total);
	assert_non_null(v);
	assert_true(n >= 2);
	assert_int_equal(total, n);
	assert_int_equal(v[0].id, late.id); /* overdue first */
	assert_true(v[0].overdue);
	for (i = 1; i < n; i++)
		assert_false(v[i].overdue);
	for (i = 0; i < n; i++) {
		assert_string_equal(v[i].unit_code, "14.08.01.1001");
		assert_false(v[i].terminal);
	}
	free(v);
	v = permohonan_inbox(s, &op_rempak, &f, now, &n, &total);
	for (i = 0; i < n; i++)
		assert_string_not_equal(v[i].wilayah_code, "14.08.01.1001");
	free(v);
	v = permohonan_inbox(s, &warga_a, &f, now, &n, &total);
	assert_int_equal(n, 0);
	free(v);
	f.state = "diverifikasi";
	v = permohonan_inbox(s, &inspektur, &f, now, &n, &total);
	for (i = 0; i < n; i++)
		assert_string_equal(v[i].state, "diverifikasi");
	free(v);

	memset(&f, 0, sizeof(f));
	f.limit = 2;
	v = permohonan_list_mine(s, &warga_a, &f, now, &n, &total);
	assert_int_equal(n, 2);
	assert_true(total > 2);
	assert_int_equal(v[0].id, late.id); /* newest first */
	assert_string_equal(v[0].state_label, "Diajukan, menunggu verifikasi");
	free(v);
	v = permohonan_list_mine(s, &warga_b, &f, now, &n, &total);
	for (i = 0; i < n; i++)
		assert_int_not_equal(v[i].id, r.id);
	free(v);

	assert_int_equal(permohonan_load(s, r.id, &av), 0);
	assert_string_equal(av.row.nomor, r.nomor);
	assert_string_equal(av.pemohon_nik, warga_a.nik);
	assert_true(av.nfields >= 5);
	assert_string_equal(av.fields[0].name, "keperluan");
	assert_string_equal(av.fields[0].value, "Melamar pekerjaan");
	assert_int_equal(av.ndocs, 4);
	assert_string_equal(av.docs[3].sha256, ""); /* optional, none */
	assert_int_equal(strlen(av.docs[0].sha256), 64);
	assert_int_equal(av.nhist, 1);
	assert_string_equal(av.hist[0].to_state, "diajukan");
	na = permohonan_actions(s, &op_dalam, &av, acts, 8);
	assert_int_equal(na, 3); /* verifikasi, kembalikan, tolak */
	assert_string_equal(acts[0].code, "verifikasi");
	assert_null(acts[0].blocked);
	assert_int_equal(permohonan_actions(s, &op_rempak, &av, acts, 8), 0);
	assert_int_equal(permohonan_actions(s, &inspektur, &av, acts, 8), 0);
	na = permohonan_actions(s, &warga_a, &av, acts, 8);
	assert_int_equal(na, 1);
	assert_string_equal(acts[0].code, "batalkan");
	{
		char sha[65], fn[STR_CHARS(200)], mime[24];

		assert_int_equal(
		    permohonan_doc(s, r.id, "kartu_keluarga", sha, fn, mime),
		    0);
		assert_string_equal(mime, "image/png");
		assert_string_equal(fn, "kk.png");
		assert_int_equal(
		    permohonan_doc(s, r.id, "ijazah", sha, fn, mime), -1);
	}
	permohonan_view_free(&av);
	assert_int_equal(permohonan_audit_read(s, &op_dalam, r.id, "::1",
			     "Pemrosesan permohonan"),
	    0);
	assert_int_equal(permohonan_audit_read(s, &warga_a, r.id, "::1",
			     "Pemrosesan permohonan"),
	    0);
	assert_int_equal(
	    store_scalar(s, 0,
		"SELECT count(*) FROM audit_event"
		" WHERE action = 'permohonan.baca' AND object_id = ?",
		"s", r.nomor),
	    1);
}

static void
test_draft(void **state)
{
	struct permohonan_input in, rest;
	struct permohonan_result r, r2;
	struct field_errs e;

	domisili(&in, "14.08.01.1001", NULL);
	in.draft = 1;
	in.nfields = 2;
	in.ndocs = 1;
	submit_ok(&in, &warga_a, &r);
	assert_string_equal(r.nomor, "");
	assert_int_equal(store_scalar(s, 0,
			     "SELECT draft = 1 AND nomor IS NULL"
			     " FROM permohonan WHERE id = ?",
			     "i", r.id),
	    1);
	assert_int_equal(permohonan_visible(s, &op_dalam, r.id), 0);
	assert_int_equal(permohonan_visible(s, &inspektur, r.id), 0);
	assert_int_equal(permohonan_visible(s, &warga_a, r.id), 1);
	assert_int_equal(permohonan_id_lacak(s, r.kode_lacak), 0);
	/* submitting with fields still missing: refused, still a draft */
	memset(&rest, 0, sizeof(rest));
	assert_int_equal(permohonan_update(s, dir, &warga_a, r.id, &rest,
			     "127.0.0.1", now, &r2, &e),
	    -1);
	assert_non_null(err_of(&e, "isian.rt_rw"));
	assert_non_null(err_of(&e, "berkas.kartu_keluarga"));
	assert_null(err_of(&e, "berkas.ktp_el")); /* kept from draft */
	domisili(&rest, "14.08.01.1001", NULL);
	memmove(&rest.fields[0], &rest.fields[2], 3 * sizeof(rest.fields[0]));
	rest.nfields = 3;
	memmove(&rest.docs[0], &rest.docs[1], 2 * sizeof(rest.docs[0]));
	rest.ndocs = 2;
	assert_int_equal(permohonan_update(s, dir, &warga_a, r.id, &rest,
			     "127.0.0.1", now, &r2, &e),
	    0);
	assert_int_equal(strncmp(r2.nomor, "14.08.01.1001/KPG-02/2026/", 26),
	    0);
	assert_string_equal(r2.state, "diajukan");
	assert_int_equal(permohonan_visible(s, &op_dalam, r.id), 1);
	assert_int_equal(store_scalar(s, 0,
			     "SELECT count(*) FROM"
			     " permohonan_isian WHERE permohonan_id = ?",
			     "i", r.id),
	    5);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sniff),
		cmocka_unit_test(test_store_once),
		cmocka_unit_test(test_create),
		cmocka_unit_test(test_idempotent),
		cmocka_unit_test(test_batch),
		cmocka_unit_test(test_refused),
		cmocka_unit_test(test_journey_kampung),
		cmocka_unit_test(test_separation_of_duties),
		cmocka_unit_test(test_nik_verification),
		cmocka_unit_test(test_correction_and_rejection),
		cmocka_unit_test(test_routing_opd),
		cmocka_unit_test(test_visibility_and_lists),
		cmocka_unit_test(test_draft),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
