/*
 * api.c: the perizinan module's public JSON (issue 17, doc/api.md):
 *   GET /api/v1/kbli?q=TEXT&versi=2020|2025  → {"data": [{kode, judul, versi}]}
 *   GET /api/v1/kbli/{kode}?versi=2020        → the entry and its parents
 *   GET /api/v1/izin?q=TEXT                   → the registry of issued permits
 *   GET /api/v1/perizinan/jenis               → the permit types as data
 *   GET /api/v1/perizinan/biaya?jenis=&luas=&zona=&hari= → the fee
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "http/api.h"
#include "http/pages.h"
#include "http/req.h"
#include "lib/msg.h"
#include "izin.h"
#include "jenis.h"
#include "kbli.h"
#include "ui.h"

#define KBLI_MAX_RESULTS 50
#define IZIN_MAX_RESULTS 200

/* The set named by ?versi= (default 2020), or NULL after a 400. */
static const struct kbli_set *
versi_of(struct req *r)
{
	const char *v = req_param(r, "versi");
	const struct kbli_set *set = NULL;

	if (v == NULL || *v == '\0' || strcmp(v, "2020") == 0)
		set = kbli_versi(2020);
	else if (strcmp(v, "2025") == 0)
		set = kbli_versi(2025);
	if (set == NULL)
		api_error(r, 400, "versi_tidak_sah", msg(M_KBLI_BAD_VERSI));
	return set;
}

static json_t *
kbli_json(const struct kbli_set *set, const struct kbli_entry *e)
{
	return json_pack("{s:s,s:s,s:s,s:s}", "kode", e->kode, "judul",
	    e->judul, "versi", set->versi == 2025 ? "2025" : "2020", "tingkat",
	    kbli_level_name(e->level));
}

void
api_kbli_list(struct req *r)
{
	const struct kbli_entry *out[KBLI_MAX_RESULTS];
	const struct kbli_set *set;
	const char *q = req_str(r, "q");
	json_t *data;
	size_t i, n;

	if (strlen(q) > 100 || strspn(q, " \t,") == strlen(q)) {
		api_error(r, 400, "q_tidak_sah", msg(M_KBLI_BAD_Q));
		return;
	}
	if ((set = versi_of(r)) == NULL)
		return;
	n = kbli_search(set, q, out, KBLI_MAX_RESULTS);
	data = json_array();
	for (i = 0; i < n; i++)
		json_array_append_new(data, kbli_json(set, out[i]));
	api_send(r, 200, json_pack("{s:o}", "data", data));
}

void
api_kbli_item(struct req *r)
{
	static const char *const keys[] = { "", "kategori", "golongan_pokok",
		"golongan", "subgolongan" };
	const struct kbli_set *set;
	const struct kbli_entry *e, *p;
	json_t *o, *parents;
	int l;

	if (!kbli_kode_ok(r->captures[0])) {
		api_error(r, 404, "tidak_ditemukan", msg(M_KBLI_BAD_KODE));
		return;
	}
	if ((set = versi_of(r)) == NULL)
		return;
	if ((e = kbli_get(set, r->captures[0])) == NULL) {
		api_error(r, 404, "tidak_ditemukan", msg(M_KBLI_NOT_FOUND));
		return;
	}
	o = kbli_json(set, e);
	parents = json_object();
	for (l = KBLI_KATEGORI; l < (int)e->level; l++) {
		p = kbli_parent(set, e, (enum kbli_level)l);
		json_object_set_new(parents, keys[l],
		    p != NULL ? json_pack("{s:s,s:s}", "kode", p->kode, "judul",
				    p->judul)
			      : json_null());
	}
	json_object_set_new(o, "induk", parents);
	api_send(r, 200, o);
}

void
api_izin_list(struct req *r)
{
	struct izin *v;
	size_t i, n;
	json_t *data;
	int rc;

	rc = izin_cari(r->store, req_param(r, "q"), r->now, IZIN_MAX_RESULTS,
	    &v, &n);
	if (rc == 1) {
		api_error(r, 400, "q_tidak_sah", msg(M_IZIN_BAD_Q));
		return;
	}
	if (rc != 0) {
		free(v);
		page_error(r, 500, NULL);
		return;
	}
	data = json_array();
	for (i = 0; i < n; i++)
		json_array_append_new(data,
		    json_pack("{s:s,s:s,s:s,s:s,s:s,s:s?,s:s}", "nomor",
			v[i].nomor, "jenis", v[i].jenis, "pemegang",
			v[i].pemegang, "kecamatan", v[i].kecamatan, "terbit",
			v[i].terbit, "berlaku_sampai",
			v[i].berlaku_sampai[0] != '\0' ? v[i].berlaku_sampai
						       : NULL,
			"status", v[i].status));
	free(v);
	api_send(r, 200, json_pack("{s:o}", "data", data));
}

void
api_perizinan_jenis(struct req *r)
{
	json_t *all = jenis_all();

	if (all == NULL) {
		page_error(r, 500, NULL);
		return;
	}
	api_send(r, 200, json_pack("{s:O}", "data", all));
}

/* A decimal of at most 2 places, "12.5" or "12,5", into *v; 0 or -1. */
static int
decimal_parse(const char *s, double *v)
{
	char buf[32], *end;
	size_t n = strlen(s), i;

	if (n == 0 || n >= sizeof(buf))
		return -1;
	for (i = 0; i < n; i++) {
		buf[i] = s[i] == ',' ? '.' : s[i];
		if (!((buf[i] >= '0' && buf[i] <= '9') || buf[i] == '.'))
			return -1;
	}
	buf[n] = '\0';
	*v = strtod(buf, &end);
	return *end == '\0' ? 0 : -1;
}

void
api_perizinan_biaya(struct req *r)
{
	const char *jenis = req_str(r, "jenis"), *hs = req_str(r, "hari");
	double luas = 0;
	long long rp = 0;
	int hari = 0, rc;
	size_t i;

	if (jenis_get(jenis) == NULL) {
		api_error(r, 400, "jenis_tidak_sah", msg(M_IZIN_BAD_JENIS));
		return;
	}
	for (i = 0; hs[i] != '\0' && i < 5; i++)
		if (hs[i] < '0' || hs[i] > '9')
			break;
	if (hs[i] == '\0' && i > 0)
		hari = atoi(hs);
	if (decimal_parse(req_str(r, "luas"), &luas) != 0)
		luas = -1;
	rc = jenis_retribusi(jenis, luas, req_str(r, "zona"), hari, &rp);
	if (rc == 1) {
		api_error(r, 400, "tanpa_rumus", msg(M_BIAYA_NONE));
		return;
	}
	if (rc != 0) {
		api_error(r, 400, "masukan_tidak_sah", msg(M_BIAYA_BAD));
		return;
	}
	api_send(r, 200,
	    json_pack("{s:s,s:I,s:s}", "jenis", jenis, "rupiah", (json_int_t)rp,
		"rumus", "luas_m2 * tarif_zona * hari"));
}
