/* test_catalog.c: catalog search, filters, edits and the region tree. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mod/akun/account.h"
#include "lib/buf.h"
#include "mod/layanan/catalog.h"
#include "mod/layanan/sinonim.h"
#include "mod/wilayah/seed.h"
#include "mod/wilayah/wilayah.h"
#include "store/store.h"

static char dbpath[64];

/* One database for the whole group, seeded from data/ like `pamong init`. */
static int
setup(void **state)
{
	const char *seed = getenv("PAMONG_SEED_DIR");
	struct store *s;
	char dir[] = "/tmp/pamong-catalog-XXXXXX", err[256];

	if (mkdtemp(dir) == NULL)
		return -1;
	snprintf(dbpath, sizeof(dbpath), "%s/t.db", dir);
	if (store_open(&s, NULL, dbpath) != 0 || store_migrate(s, 0) != 0)
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

/* Search and return the number of results (or -(rc) when refused). */
static int
count(struct store *s, const char *q, const char *tingkat, const char *unit,
    const char *kampung)
{
	struct catalog_query cq;
	struct layanan_list ll;
	int rc, n;

	memset(&cq, 0, sizeof(cq));
	cq.q = q;
	cq.tingkat = tingkat;
	cq.unit = unit;
	cq.kampung = kampung;
	rc = catalog_search(s, &cq, &ll);
	if (rc != 0)
		return -rc;
	n = (int)ll.n;
	catalog_list_free(&ll);
	return n;
}

/* Does a search for q return exactly the codes given (in any order)? */
static void
expect_codes(struct store *s, const char *q, size_t n, ...)
{
	struct catalog_query cq;
	struct layanan_list ll;
	const char *want;
	size_t i, j;
	va_list ap;

	memset(&cq, 0, sizeof(cq));
	cq.q = q;
	assert_int_equal(catalog_search(s, &cq, &ll), CATALOG_OK);
	assert_int_equal(ll.n, n);
	va_start(ap, n);
	for (i = 0; i < n; i++) {
		want = va_arg(ap, const char *);
		for (j = 0; j < ll.n && strcmp(ll.v[j].code, want) != 0; j++)
			;
		assert_true(j < ll.n);
	}
	va_end(ap);
	catalog_list_free(&ll);
}

static void
t_all_services(void **state)
{
	assert_int_equal(count(*state, NULL, NULL, NULL, NULL), 44);
	assert_int_equal(count(*state, "", "", "", ""), 44);
	assert_int_equal(count(*state, "   ", NULL, NULL, NULL), 44);
}

static void
t_search_words(void **state)
{
	struct store *s = *state;

	expect_codes(s, "domisili", 2, "KPG-02", "KPG-03");
	expect_codes(s, "DOMIS", 2, "KPG-02", "KPG-03"); /* prefix, case */
	expect_codes(s, "domisili usaha", 1, "KPG-03");	 /* every word */
	expect_codes(s, "PBG", 2, "PTSP-02", "PTSP-03"); /* SLF needs PBG */
	/* requirements are indexed too */
	assert_true(count(s, "pengantar RT", NULL, NULL, NULL) >= 4);
	assert_int_equal(count(s, "zzzyyyxxx", NULL, NULL, NULL), 0);
}

static void
t_search_relevance(void **state)
{
	struct catalog_query cq;
	struct layanan_list ll;

	/* a name hit ranks before requirement-only hits */
	memset(&cq, 0, sizeof(cq));
	cq.q = "akta kelahiran";
	assert_int_equal(catalog_search(*state, &cq, &ll), CATALOG_OK);
	assert_true(ll.n >= 1);
	assert_string_equal(ll.v[0].code, "DUK-04");
	catalog_list_free(&ll);
}

static void
t_search_hostile_input(void **state)
{
	struct store *s = *state;

	/* FTS5 syntax is only separators: no error, sensible results */
	expect_codes(s, "\"domisili", 2, "KPG-02", "KPG-03");
	expect_codes(s, "domisili*", 2, "KPG-02", "KPG-03");
	expect_codes(s, "name:domisili", 0);	  /* "name" is just a word */
	expect_codes(s, "domisili NOT usaha", 0); /* NOT is a word */
	assert_true(count(s, "\" OR * NEAR( ^ -", NULL, NULL, NULL) >= 0);
	assert_true(count(s, "kartu\" OR \"x", NULL, NULL, NULL) >= 0);
	assert_int_equal(
	    count(s, "')); DROP TABLE layanan; --", NULL, NULL, NULL), 0);
	assert_int_equal(count(s, NULL, NULL, NULL, NULL), 44);
	/* no word characters: LIKE, with % and _ taken literally */
	assert_int_equal(count(s, "%", NULL, NULL, NULL), 0);
	assert_int_equal(count(s, "_", NULL, NULL, NULL), 0);
	assert_true(count(s, "(", NULL, NULL, NULL) > 0); /* "(SKTM)" */
	assert_true(count(s, "/", NULL, NULL, NULL) > 0); /* "RT/RW" */
}

static void
t_filters(void **state)
{
	struct store *s = *state;

	assert_int_equal(count(s, NULL, "kampung", NULL, NULL), 13);
	assert_int_equal(count(s, NULL, "kecamatan", NULL, NULL), 4);
	assert_int_equal(count(s, NULL, "kabupaten", NULL, NULL), 27);
	assert_int_equal(count(s, NULL, NULL, "DISDUKCAPIL", NULL), 10);
	assert_int_equal(count(s, NULL, NULL, "DPMPTSP", NULL), 9);
	assert_int_equal(count(s, NULL, NULL, "BKAD", NULL), 0);
	/* a kecamatan or kampung office offers its level's services */
	assert_int_equal(count(s, NULL, NULL, "14.08.01", NULL), 4);
	assert_int_equal(count(s, NULL, NULL, "14.08.01.1001", NULL), 13);
	/* a resident of a kampung: kampung + kecamatan + kabupaten */
	assert_int_equal(count(s, NULL, NULL, NULL, "14.08.01.1001"), 44);
	assert_int_equal(count(s, NULL, NULL, NULL, "14.08.10.1001"), 44);
	assert_int_equal(count(s, NULL, "kecamatan", NULL, "14.08.01.1001"), 4);
	/* filters combine */
	assert_true(count(s, "akta", NULL, "DISDUKCAPIL", NULL) >= 4);
	assert_int_equal(count(s, "akta", NULL, "DISDUKCAPIL", NULL),
	    count(s, "akta", "kabupaten", "DISDUKCAPIL", NULL));
	assert_int_equal(count(s, "domisili", NULL, "DPMPTSP", NULL), 0);
	assert_int_equal(count(s, "domisili", "kabupaten", NULL, NULL), 0);
	assert_int_equal(count(s, NULL, "kampung", "DISDUKCAPIL", NULL), 0);
}

static void
t_filters_refused(void **state)
{
	struct store *s = *state;
	char longq[CATALOG_Q_MAX + 2];

	assert_int_equal(count(s, NULL, "provinsi", NULL, NULL),
	    -CATALOG_BAD_TINGKAT);
	assert_int_equal(count(s, NULL, "KAMPUNG", NULL, NULL),
	    -CATALOG_BAD_TINGKAT);
	assert_int_equal(count(s, NULL, NULL, "NOPE", NULL), -CATALOG_BAD_UNIT);
	assert_int_equal(count(s, NULL, NULL, NULL, "14.08.01"),
	    -CATALOG_BAD_KAMPUNG);
	assert_int_equal(count(s, NULL, NULL, NULL, "99.99.99.9999"),
	    -CATALOG_BAD_KAMPUNG);
	memset(longq, 'a', sizeof(longq) - 1);
	longq[sizeof(longq) - 1] = '\0';
	assert_int_equal(count(s, longq, NULL, NULL, NULL), -CATALOG_BAD_Q);
	longq[CATALOG_Q_MAX] = '\0';
	assert_int_equal(count(s, longq, NULL, NULL, NULL), 0);
	assert_int_equal(count(s, "a\x01", NULL, NULL, NULL), -CATALOG_BAD_Q);
	assert_int_equal(count(s, "\xff\xfe", NULL, NULL, NULL),
	    -CATALOG_BAD_Q);
}

static void
t_get(void **state)
{
	struct layanan l;

	assert_int_equal(catalog_get(*state, "KPG-02", &l), 0);
	assert_string_equal(l.name, "Surat Keterangan Domisili Penduduk");
	assert_string_equal(l.level, "kampung");
	assert_null(l.unit_code);
	assert_int_equal(l.nsyarat, 4);
	assert_string_equal(l.syarat[0], "KTP-el");
	assert_string_equal(l.syarat[3],
	    "Surat pernyataan tinggal (bagi pendatang/menumpang)");
	assert_int_equal(l.fee_set, 1);
	assert_int_equal(l.fee_idr, 0);
	assert_int_equal(l.sla_days, 1);
	assert_int_equal(l.active, 1);
	catalog_free(&l);

	assert_int_equal(catalog_get(*state, "PTSP-02", &l), 0);
	assert_string_equal(l.unit_code, "DPMPTSP");
	assert_int_equal(l.fee_set, 0); /* retribusi */
	assert_true(strncmp(l.source, "https://", 8) == 0);
	catalog_free(&l);

	assert_int_equal(catalog_get(*state, "NOPE-1", &l), -1);
	assert_int_equal(catalog_get(*state, "", &l), -1);
	assert_int_equal(catalog_get(*state, NULL, &l), -1);
	catalog_free(&l); /* harmless on a zeroed struct */
}

/* A valid edit of KEC-04, changed per test. */
static struct layanan_edit
good_edit(void)
{
	struct layanan_edit e;

	memset(&e, 0, sizeof(e));
	e.name = "Rekomendasi Izin Keramaian";
	e.product = "Surat rekomendasi camat";
	e.sla_days = "3";
	e.fee_idr = "";
	e.fee_note = "";
	e.procedure = "Ajukan di loket kecamatan.\nPetugas memeriksa berkas.";
	e.complaints = "Melalui SP4N-LAPOR!";
	e.legal_basis = "UU 23/2014";
	e.requirements = "KTP-el\r\n\r\n  Surat permohonan zebrakuda  \n";
	e.active = "1";
	return e;
}

static int64_t
audits(struct store *s)
{
	return store_scalar(s, -1,
	    "SELECT count(*) FROM audit_event WHERE"
	    " action = 'layanan.ubah' AND object_id = 'KEC-04'",
	    "");
}

static void
t_update_refuses_bad_values(void **state)
{
	struct store *s = *state;
	struct layanan_edit e;
	struct field_errs fe;
	struct layanan before, after;
	const char *bad_sla[] = { "366", "1.5", "abc", " 3", "" };
	const char *bad_fee[] = { "-5", "1,5", "15.00", "1.0000", "1000000001",
		"Rp", ".000" };
	size_t i;

	assert_int_equal(catalog_get(s, "KEC-04", &before), 0);

	e = good_edit();
	e.name = "";
	e.sla_days = "-1";
	memset(&fe, 0, sizeof(fe));
	assert_int_equal(catalog_update(s, "KEC-04", &e, NULL, "test", &fe),
	    -1);
	assert_non_null(field_err_get(&fe, "name"));
	assert_non_null(field_err_get(&fe, "sla_days"));
	assert_null(field_err_get(&fe, "product"));

	/* one bad field at a time: nothing written */
	for (i = 0; i < sizeof(bad_sla) / sizeof(bad_sla[0]); i++) {
		e = good_edit();
		e.sla_days = bad_sla[i];
		memset(&fe, 0, sizeof(fe));
		assert_int_equal(
		    catalog_update(s, "KEC-04", &e, NULL, NULL, &fe), -1);
		assert_non_null(field_err_get(&fe, "sla_days"));
	}
	for (i = 0; i < sizeof(bad_fee) / sizeof(bad_fee[0]); i++) {
		e = good_edit();
		e.fee_idr = bad_fee[i];
		memset(&fe, 0, sizeof(fe));
		assert_int_equal(
		    catalog_update(s, "KEC-04", &e, NULL, NULL, &fe), -1);
		assert_non_null(field_err_get(&fe, "fee_idr"));
	}
	e = good_edit();
	e.requirements = " \n\r\n";
	memset(&fe, 0, sizeof(fe));
	assert_int_equal(catalog_update(s, "KEC-04", &e, NULL, NULL, &fe), -1);
	assert_non_null(field_err_get(&fe, "requirements"));
	e = good_edit();
	e.active = "ya";
	e.name = "ab\x01"
		 "cd";
	e.procedure = "";
	memset(&fe, 0, sizeof(fe));
	assert_int_equal(catalog_update(s, "KEC-04", &e, NULL, NULL, &fe), -1);
	assert_non_null(field_err_get(&fe, "active"));
	assert_non_null(field_err_get(&fe, "name"));
	assert_non_null(field_err_get(&fe, "procedure"));
	e = good_edit();
	memset(&fe, 0, sizeof(fe));
	assert_int_equal(catalog_update(s, "NOPE-1", &e, NULL, NULL, &fe), -1);
	assert_non_null(field_err_get(&fe, "code"));

	assert_int_equal(catalog_get(s, "KEC-04", &after), 0);
	assert_string_equal(after.name, before.name);
	assert_int_equal(after.sla_days, before.sla_days);
	assert_int_equal(after.nsyarat, before.nsyarat);
	assert_int_equal(audits(s), 0);
	catalog_free(&before);
	catalog_free(&after);
}

static void
t_update_saves_with_audit(void **state)
{
	struct store *s = *state;
	struct layanan_edit e = good_edit();
	struct field_errs fe;
	struct account admin;
	struct layanan l;

	memset(&admin, 0, sizeof(admin));
	admin.roles = ROLE_ADMIN | ROLE_KOORDINATOR_SPBE;
	snprintf(admin.unit_code, sizeof(admin.unit_code), "DISKOMINFO");
	admin.unit_id = 1;
	assert_int_equal(count(s, "zebrakuda", NULL, NULL, NULL), 0);
	/* issue 12: a kecamatan-level service is regency-wide: an OPD's
	 * admin may not edit it (-2, nothing written) */
	memset(&fe, 0, sizeof(fe));
	assert_int_equal(catalog_update(s, "KEC-04", &e, &admin, "test", &fe),
	    -2);
	assert_int_equal(audits(s), 0);
	assert_int_equal(count(s, "zebrakuda", NULL, NULL, NULL), 0);
	admin.roles = ROLE_SUPERADMIN;
	memset(&fe, 0, sizeof(fe));
	assert_int_equal(catalog_update(s, "KEC-04", &e, &admin, "test", &fe),
	    0);
	assert_int_equal(fe.n, 0);
	assert_int_equal(audits(s), 1);
	assert_int_equal(
	    store_scalar(s, 0,
		"SELECT count(*) FROM audit_event"
		" WHERE object_id = 'KEC-04' AND role = 'superadmin' AND addr ="
		" 'test' AND json_extract(note, '$.sesudah.sla_days') = 3",
		""),
	    1);
	assert_int_equal(catalog_get(s, "KEC-04", &l), 0);
	assert_string_equal(l.name, "Rekomendasi Izin Keramaian");
	assert_int_equal(l.sla_days, 3);
	assert_int_equal(l.fee_set, 0);
	assert_int_equal(l.nsyarat, 2); /* blank lines dropped, trimmed */
	assert_string_equal(l.syarat[1], "Surat permohonan zebrakuda");
	catalog_free(&l);
	/* the full-text row follows the edit */
	expect_codes(s, "zebrakuda", 1, "KEC-04");
	expect_codes(s, "keramaian rekomendasi", 1, "KEC-04");

	/* a fee with thousands dots; inactive leaves the public catalog */
	e.fee_idr = "15.000";
	e.active = "0";
	memset(&fe, 0, sizeof(fe));
	assert_int_equal(catalog_update(s, "KEC-04", &e, NULL, "test", &fe), 0);
	assert_int_equal(catalog_get(s, "KEC-04", &l), 0);
	assert_int_equal(l.fee_set, 1);
	assert_int_equal(l.fee_idr, 15000);
	assert_int_equal(l.active, 0);
	catalog_free(&l);
	assert_int_equal(count(s, NULL, "kecamatan", NULL, NULL), 3);
	assert_int_equal(count(s, "zebrakuda", NULL, NULL, NULL), 0);
	assert_int_equal(audits(s), 2);
	assert_int_equal(
	    store_scalar(s, 0,
		"SELECT count(*) FROM audit_event"
		" WHERE object_id = 'KEC-04' AND note LIKE '%active%' AND"
		" to_state = 'nonaktif'",
		""),
	    1);

	e.active = "1";
	e.fee_idr = "0";
	memset(&fe, 0, sizeof(fe));
	assert_int_equal(catalog_update(s, "KEC-04", &e, NULL, "test", &fe), 0);
	assert_int_equal(count(s, NULL, "kecamatan", NULL, NULL), 4);
}

static void
t_units(void **state)
{
	struct unit_list ul;
	size_t i;
	int found = 0;

	assert_int_equal(catalog_units(*state, "opd", &ul), 0);
	assert_int_equal(ul.n, 27);
	for (i = 0; i < ul.n; i++) {
		if (strcmp(ul.v[i].code, "DISDUKCAPIL") == 0) {
			assert_int_equal(ul.v[i].nlayanan, 10);
			found = 1;
		}
	}
	assert_true(found);
	catalog_units_free(&ul);
	assert_int_equal(catalog_units(*state, "kecamatan", &ul), 0);
	assert_int_equal(ul.n, 14);
	assert_int_equal(ul.v[0].nlayanan, 4);
	catalog_units_free(&ul);
	assert_int_equal(catalog_units(*state, "kampung", &ul), 0);
	assert_int_equal(ul.n, 131);
	assert_string_equal(ul.v[0].code, "14.08.01.1001");
	assert_string_equal(ul.v[0].parent_code, "14.08.01");
	assert_int_equal(ul.v[0].nlayanan, 13);
	catalog_units_free(&ul);
	assert_int_equal(catalog_units(*state, NULL, &ul), 0);
	assert_int_equal(ul.n, 27 + 14 + 131);
	catalog_units_free(&ul);
}

static void
t_stats(void **state)
{
	struct catalog_stats cs;

	assert_int_equal(catalog_stats(*state, &cs), 0);
	assert_int_equal(cs.layanan, 44);
	assert_int_equal(cs.opd, 27);
	assert_int_equal(cs.kecamatan, 14);
	assert_int_equal(cs.kampung, 122);
	assert_int_equal(cs.kelurahan, 9);
}

static void
t_wilayah(void **state)
{
	struct wilayah_list l;
	struct wilayah w;

	assert_true(wilayah_code_ok("14"));
	assert_true(wilayah_code_ok("14.08"));
	assert_true(wilayah_code_ok("14.08.01"));
	assert_true(wilayah_code_ok("14.08.01.1001"));
	assert_false(wilayah_code_ok(""));
	assert_false(wilayah_code_ok("14.8"));
	assert_false(wilayah_code_ok("14.08.01.100"));
	assert_false(wilayah_code_ok("14-08"));
	assert_false(wilayah_code_ok("14.08.01.1001.1"));

	assert_int_equal(wilayah_children(*state, "14.08", &l), 0);
	assert_int_equal(l.n, 14);
	assert_string_equal(l.v[0].code, "14.08.01");
	assert_string_equal(l.v[0].label, "Kecamatan Siak");
	assert_string_equal(wilayah_tier(&l.v[0]), "kecamatan");
	assert_int_equal(l.v[0].nchildren, 8);
	wilayah_list_free(&l);

	assert_int_equal(wilayah_get(*state, "14.08.01.1001", &w), 0);
	assert_string_equal(w.name, "Kampung Dalam");
	assert_string_equal(w.parent, "14.08.01");
	assert_string_equal(wilayah_tier(&w), "kelurahan");
	assert_int_equal(wilayah_get(*state, "14.08.01.2003", &w), 0);
	assert_string_equal(wilayah_tier(&w), "kampung");
	assert_string_equal(w.label, "Kampung Langkai");
	assert_int_equal(wilayah_get(*state, "14.08", &w), 0);
	assert_string_equal(wilayah_tier(&w), "kabupaten");
	assert_int_equal(wilayah_get(*state, "14.09", &w), -1);
	assert_int_equal(wilayah_get(*state, "x", &w), -1);

	assert_int_equal(wilayah_children(*state, "14.08.01.1001", &l), 0);
	assert_int_equal(l.n, 0);
	wilayah_list_free(&l);
	assert_int_equal(wilayah_children(*state, "99", &l), 0);
	assert_int_equal(l.n, 0);
	wilayah_list_free(&l);
}

/* The query writer's vectors: words, synonyms (longest first), both forms. */
static void
t_sinonim_vectors(void **state)
{
	static const struct {
		const char *q, *fts, *tsq;
		int n;
	} v[] = {
		{ "domisili", "\"domisili\"*", "domisili:*", 1 },
		{ "Akte", "(\"Akte\"* OR \"akta\"*)", "(Akte:* | akta:*)", 1 },
		{ "surat miskin",
		    "((\"surat\"* AND \"miskin\"*) OR \"keterangan tidak mampu\"*"
		    " OR \"sktm\"*)",
		    "((surat:* & miskin:*) | (keterangan <-> tidak <-> mampu:*)"
		    " | sktm:*)",
		    2 },
		{ "ijin reklame", "(\"ijin\"* OR \"izin\"*) AND \"reklame\"*",
		    "(ijin:* | izin:*) & reklame:*", 2 },
		{ "\"kk\" OR:", "(\"kk\"* OR \"kartu keluarga\"*) AND \"OR\"*",
		    "(kk:* | (kartu <-> keluarga:*)) & OR:*", 2 },
		{ "  -- ", "", "", 0 },
	};
	struct buf b = BUF_INIT;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		buf_reset(&b);
		assert_int_equal(sinonim_query(v[i].q, SINONIM_FTS5, 8, &b),
		    v[i].n);
		assert_string_equal(b.len ? b.s : "", v[i].fts);
		buf_reset(&b);
		assert_int_equal(sinonim_query(v[i].q, SINONIM_TSQUERY, 8, &b),
		    v[i].n);
		assert_string_equal(b.len ? b.s : "", v[i].tsq);
	}
	buf_free(&b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(t_all_services),
		cmocka_unit_test(t_search_words),
		cmocka_unit_test(t_search_relevance),
		cmocka_unit_test(t_search_hostile_input),
		cmocka_unit_test(t_sinonim_vectors),
		cmocka_unit_test(t_filters),
		cmocka_unit_test(t_filters_refused),
		cmocka_unit_test(t_get),
		cmocka_unit_test(t_units),
		cmocka_unit_test(t_stats),
		cmocka_unit_test(t_wilayah),
		cmocka_unit_test(t_update_refuses_bad_values),
		cmocka_unit_test(t_update_saves_with_audit),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
