/* test_workflow.c: workflow definitions: parsing, validation messages, storage and seeding. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "mod/akun/account.h"
#include "mod/wilayah/seed.h"
#include "mod/alur/workflow.h"
#include "store/store.h"

static const char *
seed_dir(void)
{
	const char *d = getenv("PAMONG_SEED_DIR");

	return d ? d : "data";
}

static int
setup(void **state)
{
	struct store *s;
	char dir[] = "/tmp/pamong-workflow-XXXXXX", path[64], err[256];

	if (mkdtemp(dir) == NULL)
		return -1;
	snprintf(path, sizeof(path), "%s/t.db", dir);
	if (store_open(&s, NULL, path) != 0 || store_migrate(s, 0) != 0)
		return -1;
	if (seed_siak(s, seed_dir(), err, sizeof(err)) != 0) {
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

/* A small valid definition that each rejection test breaks one way. */
static const char base_json[] =
    "{\"kode\": \"uji\", \"nama\": \"Alur uji\", \"awal\": \"diajukan\","
    " \"status\": ["
    "  {\"kode\": \"diajukan\", \"label\": \"Diajukan\", \"sla_hari\": 1,"
    "   \"akhir\": false, \"unit\": \"kampung\", \"eskalasi\": \"notify:kepala\"},"
    "  {\"kode\": \"diverifikasi\", \"label\": \"Diverifikasi\", \"sla_hari\": 2,"
    "   \"unit\": \"kecamatan\"},"
    "  {\"kode\": \"selesai\", \"label\": \"Selesai\", \"akhir\": true,"
    "   \"unit\": \"tetap\"}],"
    " \"tindakan\": ["
    "  {\"kode\": \"verifikasi\", \"label\": \"Verifikasi\", \"dari\": [\"diajukan\"],"
    "   \"ke\": \"diverifikasi\", \"peran\": [\"operator\"], \"verifikasi\": true},"
    "  {\"kode\": \"setujui\", \"label\": \"Setujui\", \"dari\": [\"diverifikasi\"],"
    "   \"ke\": \"selesai\", \"peran\": [\"penandatangan\", \"kepala\"],"
    "   \"keputusan\": true, \"tanda_tangan\": true}]}";

static json_t *
base(void)
{
	json_error_t e;
	json_t *o = json_loads(base_json, 0, &e);

	assert_non_null(o);
	return o;
}

static json_t *
state_at(json_t *o, size_t i)
{
	return json_array_get(json_object_get(o, "status"), i);
}

static json_t *
action_at(json_t *o, size_t i)
{
	return json_array_get(json_object_get(o, "tindakan"), i);
}

/* Parse o (consumed) and expect it to be refused with exactly want. */
static void
expect_refused(json_t *o, const char *want)
{
	struct workflow wf;
	char err[512], *text = json_dumps(o, 0);

	json_decref(o);
	err[0] = '\0';
	assert_int_equal(
	    workflow_parse(text, strlen(text), &wf, err, sizeof(err)), -1);
	assert_string_equal(err, want);
	free(text);
}

static void
t_base_ok(void **state)
{
	struct workflow wf, again;
	char err[512], *out;

	(void)state;
	assert_int_equal(
	    workflow_parse(base_json, strlen(base_json), &wf, err, sizeof(err)),
	    0);
	assert_string_equal(wf.code, "uji");
	assert_string_equal(wf.initial, "diajukan");
	assert_int_equal(wf.nstates, 3);
	assert_int_equal(wf.nactions, 2);
	assert_int_equal(wf.states[0].sla_days, 1);
	assert_string_equal(wf.states[0].scope, "kampung");
	assert_string_equal(wf.states[0].escalate, "notify:kepala");
	assert_string_equal(wf.states[1].scope, "kecamatan");
	assert_int_equal(wf.states[2].terminal, 1);
	assert_int_equal(wf.actions[0].verifies, 1);
	assert_int_equal(wf.actions[0].decides, 0);
	assert_int_equal(wf.actions[1].roles, ROLE_PENANDATANGAN | ROLE_KEPALA);
	assert_int_equal(wf.actions[1].signs_document, 1);
	assert_non_null(workflow_state(&wf, "selesai"));
	assert_null(workflow_state(&wf, "hilang"));
	assert_non_null(workflow_action(&wf, "setujui"));
	assert_true(workflow_action_from(workflow_action(&wf, "setujui"),
	    "diverifikasi"));
	assert_false(
	    workflow_action_from(workflow_action(&wf, "setujui"), "diajukan"));
	/* printing and parsing again gives the same definition */
	out = workflow_to_json(&wf);
	assert_int_equal(
	    workflow_parse(out, strlen(out), &again, err, sizeof(err)), 0);
	assert_memory_equal(&wf, &again, sizeof(wf));
	free(out);
}

/* Every shipped definition parses, validates and round-trips. */
static void
t_shipped_definitions(void **state)
{
	struct workflow wf, again;
	json_error_t je;
	json_t *root, *e;
	char path[512], err[512], *text, *out;
	size_t i;

	(void)state;
	snprintf(path, sizeof(path), "%s/alur.json", seed_dir());
	root = json_load_file(path, 0, &je);
	assert_non_null(root);
	assert_int_equal(json_array_size(json_object_get(root, "alur")), 5);
	json_array_foreach(json_object_get(root, "alur"), i, e)
	{
		text = json_dumps(e, 0);
		err[0] = '\0';
		if (workflow_parse(text, strlen(text), &wf, err, sizeof(err)) !=
		    0)
			fail_msg("alur %zu: %s", i, err);
		out = workflow_to_json(&wf);
		assert_int_equal(
		    workflow_parse(out, strlen(out), &again, err, sizeof(err)),
		    0);
		assert_memory_equal(&wf, &again, sizeof(wf));
		free(out);
		free(text);
	}
	json_decref(root);
}

static void
t_reject_unknown_state(void **state)
{
	json_t *o = base();

	(void)state;
	json_array_set_new(json_object_get(action_at(o, 1), "dari"), 0,
	    json_string("hilang"));
	expect_refused(o,
	    "Tindakan \"setujui\" merujuk status \"hilang\" yang"
	    " tidak ada.");
	o = base();
	json_object_set_new(action_at(o, 0), "ke", json_string("entah"));
	expect_refused(o,
	    "Tindakan \"verifikasi\" merujuk status \"entah\""
	    " yang tidak ada.");
	o = base();
	json_object_set_new(o, "awal", json_string("mulai"));
	expect_refused(o,
	    "Status awal \"mulai\" tidak ada dalam daftar"
	    " status.");
}

static void
t_reject_unreachable(void **state)
{
	json_t *o = base();

	(void)state;
	json_array_append_new(json_object_get(o, "status"),
	    json_pack("{s:s, s:s, s:b}", "kode", "arsip", "label", "Diarsipkan",
		"akhir", 1));
	expect_refused(o,
	    "Status \"arsip\" tidak dapat dicapai dari status"
	    " awal \"diajukan\".");
}

static void
t_reject_no_roles(void **state)
{
	json_t *o = base();

	(void)state;
	json_array_clear(json_object_get(action_at(o, 1), "peran"));
	expect_refused(o,
	    "Tindakan \"setujui\" tidak memiliki peran;"
	    " sebutkan sedikitnya satu peran.");
	o = base();
	json_object_del(action_at(o, 0), "peran");
	expect_refused(o,
	    "Tindakan \"verifikasi\" tidak memiliki peran;"
	    " sebutkan sedikitnya satu peran.");
}

static void
t_reject_unknown_role(void **state)
{
	json_t *o = base();

	(void)state;
	json_array_append_new(json_object_get(action_at(o, 1), "peran"),
	    json_string("lurah"));
	expect_refused(o,
	    "Tindakan \"setujui\" menyebut peran \"lurah\" yang"
	    " tidak dikenal.");
	o = base();
	json_object_set_new(state_at(o, 0), "eskalasi",
	    json_string("move:warga"));
	expect_refused(o,
	    "Eskalasi status \"diajukan\" harus kosong atau"
	    " berbentuk notify:PERAN atau move:PERAN dengan peran petugas yang"
	    " dikenal.");
}

static void
t_reject_duplicates(void **state)
{
	json_t *o = base();

	(void)state;
	json_array_append(json_object_get(o, "status"), state_at(o, 1));
	expect_refused(o,
	    "Kode status \"diverifikasi\" ganda; setiap status"
	    " harus berkode unik.");
	o = base();
	json_array_append(json_object_get(o, "tindakan"), action_at(o, 0));
	expect_refused(o,
	    "Kode tindakan \"verifikasi\" ganda; setiap tindakan"
	    " harus berkode unik.");
}

static void
t_reject_no_terminal(void **state)
{
	json_t *o = base();

	(void)state;
	json_object_set_new(state_at(o, 2), "akhir", json_false());
	expect_refused(o,
	    "Alur harus memiliki sedikitnya satu status akhir"
	    " (\"akhir\": true).");
}

static void
t_reject_other(void **state)
{
	json_t *o;

	(void)state;
	expect_refused(json_loads("[1]", 0, NULL),
	    "Definisi alur harus berupa"
	    " satu objek JSON dengan kunci kode, nama, awal, status, dan"
	    " tindakan.");
	o = base();
	json_object_set_new(state_at(o, 1), "warna", json_string("merah"));
	expect_refused(o,
	    "Kunci \"warna\" pada status \"diverifikasi\" tidak"
	    " dikenal.");
	o = base();
	json_object_set_new(state_at(o, 1), "unit", json_string("provinsi"));
	expect_refused(o,
	    "Unit status \"diverifikasi\" harus salah satu dari"
	    " kampung, kecamatan, layanan, atau tetap.");
	o = base();
	json_object_set_new(state_at(o, 0), "sla_hari", json_integer(0));
	expect_refused(o,
	    "Status \"diajukan\" memiliki eskalasi tetapi tidak"
	    " memiliki batas waktu (sla_hari 0).");
	o = base();
	json_object_set_new(state_at(o, 1), "sla_hari", json_string("2"));
	expect_refused(o,
	    "Batas waktu (sla_hari) status \"diverifikasi\""
	    " harus bilangan bulat 0–365 hari kerja.");
	o = base();
	json_object_set_new(action_at(o, 1), "keputusan", json_string("ya"));
	expect_refused(o,
	    "Kunci \"keputusan\" pada tindakan \"setujui\" harus"
	    " berupa true atau false.");
	o = base();
	json_object_set_new(action_at(o, 0), "keputusan", json_true());
	expect_refused(o,
	    "Tindakan \"verifikasi\" tidak boleh sekaligus"
	    " verifikasi dan keputusan (pemisahan tugas).");
	o = base();
	json_object_set_new(o, "awal", json_string("selesai"));
	expect_refused(o,
	    "Status awal \"selesai\" tidak boleh berupa status"
	    " akhir.");
	o = base();
	json_object_set_new(state_at(o, 0), "unit", json_string("tetap"));
	expect_refused(o,
	    "Status awal \"diajukan\" harus menyebut unit yang"
	    " menangani (kampung, kecamatan, atau layanan), bukan \"tetap\".");
	o = base();
	json_array_append_new(json_object_get(action_at(o, 0), "dari"),
	    json_string("selesai"));
	expect_refused(o,
	    "Tindakan \"verifikasi\" tidak boleh berasal dari"
	    " status akhir \"selesai\".");
	o = base();
	json_object_set_new(action_at(o, 0), "ke", json_string("selesai"));
	expect_refused(o,
	    "Status \"diverifikasi\" tidak dapat dicapai dari"
	    " status awal \"diajukan\".");
	o = base();
	json_object_set_new(action_at(o, 1), "dari",
	    json_pack("[s]", "diajukan"));
	expect_refused(o,
	    "Status \"diverifikasi\" bukan status akhir tetapi"
	    " tidak ada tindakan yang berasal darinya.");
	o = base();
	json_object_set_new(o, "kode", json_string("Uji Coba"));
	expect_refused(o,
	    "Kode alur \"Uji Coba\" tidak sah: 2–40 karakter"
	    " berupa huruf kecil, angka, garis bawah, atau tanda hubung,"
	    " diawali huruf.");
	o = base();
	json_object_set_new(state_at(o, 2), "sla_hari", json_integer(3));
	expect_refused(o,
	    "Status akhir \"selesai\" tidak boleh memiliki batas"
	    " waktu atau eskalasi.");
	o = base();
	json_object_set_new(o, "nama", json_string("AB"));
	expect_refused(o,
	    "Nama alur wajib diisi, 3–120 karakter dalam satu"
	    " baris.");
	o = base();
	json_object_del(o, "tindakan");
	expect_refused(o, "Kunci \"tindakan\" pada alur wajib ada.");
}

static void
t_reject_bad_json(void **state)
{
	struct workflow wf;
	char err[512];

	(void)state;
	assert_int_equal(workflow_parse("{\"kode\": \"x\",\n\"nama\" }", 23,
			     &wf, err, sizeof(err)),
	    -1);
	assert_string_equal(err,
	    "Teks definisi bukan JSON yang sah (baris 2,"
	    " kolom 8). Periksa tanda kutip, koma, dan kurung.");
	assert_int_equal(workflow_parse("{\"kode\": \"a\", \"kode\": \"b\"}",
			     26, &wf, err, sizeof(err)),
	    -1);
	assert_int_equal(workflow_parse("\xff", 1, &wf, err, sizeof(err)), -1);
	assert_int_equal(workflow_parse("", 0, &wf, err, sizeof(err)), -1);
}

/* The seed binds every service: explicit lists first, then by level. */
static void
t_seed_bindings(void **state)
{
	struct store *s = *state;
	char err[256];

#define WF_OF(code)                                                                \
	store_scalar(s, 0,                                                         \
	    "SELECT count(*) FROM layanan l JOIN"                                  \
	    " workflow w ON w.id = l.workflow_id WHERE l.code = ? AND w.code = ?", \
	    "ss", code, wfc)
	const char *wfc;

	assert_int_equal(store_scalar(s, -1,
			     "SELECT count(*) FROM layanan"
			     " WHERE workflow_id IS NULL",
			     ""),
	    0);
	wfc = "surat-kampung";
	assert_int_equal(WF_OF("KPG-02"), 1);
	wfc = "layanan-kecamatan";
	assert_int_equal(WF_OF("KEC-01"), 1);
	wfc = "opd-bertahap";
	assert_int_equal(WF_OF("SOS-01"), 1);
	wfc = "perizinan-dpmptsp";
	assert_int_equal(WF_OF("PTSP-06"), 1);
	wfc = "opd-sederhana";
	assert_int_equal(WF_OF("PTSP-01"), 1);
	assert_int_equal(WF_OF("DUK-01"), 1);
	assert_int_equal(WF_OF("SOS-01"), 0);
#undef WF_OF
	/* forms: "*" fields first, then the service's own */
	assert_int_equal(
	    store_scalar(s, 0,
		"SELECT count(*) FROM layanan_isian"
		" i JOIN layanan l ON l.id = i.layanan_id WHERE l.code = 'KPG-02'",
		""),
	    5);
	assert_int_equal(
	    store_scalar(s, 0,
		"SELECT pos FROM layanan_isian i"
		" JOIN layanan l ON l.id = i.layanan_id WHERE l.code = 'KPG-02'"
		" AND i.name = 'keperluan'",
		""),
	    1);
	assert_int_equal(
	    store_scalar(s, 0,
		"SELECT count(*) FROM layanan l"
		" WHERE NOT EXISTS (SELECT 1 FROM layanan_isian i WHERE"
		" i.layanan_id = l.id AND i.name = 'keperluan')",
		""),
	    0);
	/* documents: one per requirement, optional ones marked */
	assert_int_equal(store_scalar(s, -1,
			     "SELECT count(*) FROM layanan_syarat"
			     "",
			     "") -
		store_scalar(s, -1,
		    "SELECT count(*) FROM"
		    " layanan_dokumen",
		    ""),
	    0);
	assert_int_equal(
	    store_scalar(s, -1,
		"SELECT required FROM"
		" layanan_dokumen d JOIN layanan l ON l.id = d.layanan_id WHERE"
		" l.code = 'KPG-02' AND d.code = 'ktp_el'",
		""),
	    1);
	assert_int_equal(
	    store_scalar(s, -1,
		"SELECT required FROM"
		" layanan_dokumen d JOIN layanan l ON l.id = d.layanan_id WHERE"
		" l.code = 'KPG-02' AND d.code LIKE 'surat_pernyataan_tinggal%'",
		""),
	    0);
	assert_int_equal(
	    store_scalar(s, -1,
		"SELECT count(*) FROM"
		" layanan_dokumen WHERE length(code) > 40 OR code GLOB '*[^a-z0-9_]*'"
		" OR code GLOB '*__*' OR code GLOB '*_'",
		""),
	    0);
	/* idempotent: seeding again changes nothing */
	assert_int_equal(seed_siak(s, seed_dir(), err, sizeof(err)), 0);
	assert_int_equal(
	    store_scalar(s, 0, "SELECT count(*) FROM workflow", ""), 5);
	assert_int_equal(
	    store_scalar(s, 0,
		"SELECT count(*) FROM layanan_isian"
		" i JOIN layanan l ON l.id = i.layanan_id WHERE l.code = 'KPG-02'",
		""),
	    5);
}

static void
t_save_load(void **state)
{
	struct store *s = *state;
	struct workflow wf, got;
	char err[512];
	int64_t n;

	assert_int_equal(
	    workflow_parse(base_json, strlen(base_json), &wf, err, sizeof(err)),
	    0);
	n = store_scalar(s, 0,
	    "SELECT count(*) FROM audit_event WHERE action ="
	    " 'alur.simpan' AND object_id = 'uji'",
	    "");
	assert_int_equal(workflow_save(s, &wf, 0, "uji", err, sizeof(err)), 0);
	assert_int_equal(workflow_load_code(s, "uji", &got), 0);
	assert_true(got.id > 0);
	wf.id = got.id;
	assert_memory_equal(&wf, &got, sizeof(wf));
	assert_int_equal(workflow_load(s, got.id, &got), 0);
	assert_string_equal(got.code, "uji");
	assert_int_equal(workflow_load_code(s, "tidak-ada", &got), -1);
	assert_int_equal(workflow_load(s, 99999, &got), -1);
	assert_int_equal(
	    store_scalar(s, 0,
		"SELECT count(*) FROM audit_event"
		" WHERE action = 'alur.simpan' AND object_id = 'uji'",
		""),
	    n + 1);
	/* saving again replaces states and actions, same id */
	snprintf(wf.states[1].label, sizeof(wf.states[1].label),
	    "Sudah"
	    " diverifikasi");
	assert_int_equal(workflow_save(s, &wf, 0, "uji", err, sizeof(err)), 0);
	assert_int_equal(workflow_load_code(s, "uji", &got), 0);
	assert_int_equal(got.id, wf.id);
	assert_string_equal(got.states[1].label, "Sudah diverifikasi");
	assert_int_equal(store_scalar(s, 0,
			     "SELECT count(*) FROM wf_state"
			     " WHERE workflow_id = ?",
			     "i", got.id),
	    3);
	/* an invalid struct is refused and nothing changes */
	wf.actions[1].roles = 0;
	assert_int_equal(workflow_save(s, &wf, 0, "uji", err, sizeof(err)), -1);
	assert_string_equal(err,
	    "Tindakan \"setujui\" tidak memiliki peran;"
	    " sebutkan sedikitnya satu peran.");
	assert_int_equal(workflow_load_code(s, "uji", &got), 0);
	assert_int_equal(got.actions[1].roles,
	    ROLE_PENANDATANGAN | ROLE_KEPALA);
}

/* A state that applications still sit in cannot be dropped. */
static void
t_save_state_in_use(void **state)
{
	struct store *s = *state;
	struct workflow wf;
	char err[512];
	int i, j;

	assert_int_equal(workflow_load_code(s, "surat-kampung", &wf), 0);
	assert_int_equal(
	    store_run(s,
		"INSERT INTO account(username, pw_hash,"
		" nik, created_at, pw_changed_at) VALUES ('warga.alur', 'x',"
		" '1408014507900099', 0, 0)",
		""),
	    0);
	assert_int_equal(
	    store_run(s,
		"INSERT INTO permohonan(nomor, kode_lacak,"
		" layanan_id, pemohon_id, pemohon_nik, wilayah_code, unit_id,"
		" penerbit_id, state, created_at, state_since) SELECT"
		" 'X/KPG-01/2026/00001', 'ALURUJI00001', l.id, a.id, a.nik,"
		" '14.08.01.1001', u.id, u.id, 'perlu_perbaikan', 0, 0 FROM layanan"
		" l, account a, unit u WHERE l.code = 'KPG-01' AND a.username ="
		" 'warga.alur' AND u.code = '14.08.01.1001'",
		""),
	    0);
	/* drop perlu_perbaikan and the actions around it */
	for (i = j = 0; i < wf.nstates; i++)
		if (strcmp(wf.states[i].code, "perlu_perbaikan") != 0)
			wf.states[j++] = wf.states[i];
	wf.nstates = j;
	for (i = j = 0; i < wf.nactions; i++)
		if (strcmp(wf.actions[i].to, "perlu_perbaikan") != 0 &&
		    strcmp(wf.actions[i].code, "ajukan_ulang") != 0)
			wf.actions[j++] = wf.actions[i];
	wf.nactions = j;
	for (i = 0; i < wf.nactions; i++)
		if (strcmp(wf.actions[i].code, "batalkan") == 0)
			wf.actions[i].nfrom = 1;
	assert_int_equal(workflow_validate(&wf, err, sizeof(err)), 0);
	assert_int_equal(workflow_save(s, &wf, 0, "uji", err, sizeof(err)), -1);
	assert_string_equal(err,
	    "Status \"perlu_perbaikan\" masih dipakai oleh"
	    " 1 permohonan sehingga tidak dapat dihapus dari alur.");
	assert_int_equal(workflow_load_code(s, "surat-kampung", &wf), 0);
	assert_non_null(workflow_state(&wf, "perlu_perbaikan"));
	assert_int_equal(store_in_tx(s), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(t_base_ok),
		cmocka_unit_test(t_shipped_definitions),
		cmocka_unit_test(t_reject_unknown_state),
		cmocka_unit_test(t_reject_unreachable),
		cmocka_unit_test(t_reject_no_roles),
		cmocka_unit_test(t_reject_unknown_role),
		cmocka_unit_test(t_reject_duplicates),
		cmocka_unit_test(t_reject_no_terminal),
		cmocka_unit_test(t_reject_other),
		cmocka_unit_test(t_reject_bad_json),
		cmocka_unit_test(t_seed_bindings),
		cmocka_unit_test(t_save_load),
		cmocka_unit_test(t_save_state_in_use),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
