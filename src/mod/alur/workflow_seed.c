/*
 * workflow_seed.c: the shipped defaults: workflows from alur.json, form
 * fields from isian.csv, required documents from each service's
 * requirements, and the binding of every service to its workflow.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "lib/csv.h"
#include "lib/utf8.h"
#include "lib/xalloc.h"
#include "store/store.h"
#include "workflow.h"
#include "workflow_impl.h"
#include "sql.h"

#define ERR(...) (snprintf(err, errlen, __VA_ARGS__), -1)

/* Workflows of the file that are not stored yet (admin edits are kept). */
static int
seed_alur(struct store *s, json_t *alur, char *err, size_t errlen)
{
	struct workflow *wf;
	char why[256];
	json_t *e;
	size_t i;
	int rc = 0;

	if (!json_is_array(alur))
		return ERR("alur.json: \"alur\" harus berupa daftar");
	wf = xmalloc(sizeof(*wf));
	json_array_foreach(alur, i, e)
	{
		if (wf_from_json(e, wf, why, sizeof(why)) != 0) {
			rc = ERR("alur.json: alur ke-%zu: %s", i + 1, why);
			break;
		}
		if (alur_sql_workflow_count(s, wf->code) > 0)
			continue;
		if (workflow_save(s, wf, 0, "cli", why, sizeof(why)) != 0) {
			rc = ERR("alur.json: alur %s: %s", wf->code, why);
			break;
		}
	}
	free(wf);
	return rc;
}

/* Does the penerapan rule r list service code? */
static int
rule_lists(json_t *r, const char *code)
{
	json_t *list = json_object_get(r, "layanan"), *e;
	size_t i;

	json_array_foreach(list, i, e) if (json_is_string(e) &&
	    strcmp(json_string_value(e), code) == 0) return 1;
	return 0;
}

/* What seed_penerapan() walks the unbound services with. */
struct penerapan {
	struct store *s;
	json_t *rules;
	char *err;
	size_t errlen;
	int rc;
};

/*
 * Bind service code to the first rule listing its code, else the first
 * rule for its level (tingkat).
 */
static int
penerapan_bind(void *arg, const char *code, const char *level)
{
	struct penerapan *p = arg;
	struct store *s = p->s;
	char *err = p->err;
	size_t errlen = p->errlen, i;
	const char *alur, *tingkat;
	json_t *r;
	int64_t wid;

	alur = NULL;
	json_array_foreach(p->rules, i, r) if (rule_lists(r, code))
	{
		alur = json_string_value(json_object_get(r, "alur"));
		break;
	}
	json_array_foreach(p->rules, i, r)
	{
		if (alur != NULL)
			break;
		tingkat = json_string_value(json_object_get(r, "tingkat"));
		if (tingkat != NULL && strcmp(tingkat, level) == 0)
			alur = json_string_value(json_object_get(r, "alur"));
	}
	if (alur == NULL) {
		p->rc = ERR("layanan %s belum memiliki alur: tambahkan"
			    " penerapan untuk tingkat %s",
		    code, level);
		return p->rc;
	}
	wid = alur_sql_workflow_id(s, alur);
	if (alur_sql_layanan_bind(s, code, wid) != 0)
		p->rc = ERR("layanan %s gagal dikaitkan dengan alur", code);
	return p->rc;
}

/*
 * Bind every service without a workflow: the first rule listing its code,
 * else the first rule for its level (tingkat).
 */
static int
seed_penerapan(struct store *s, json_t *rules, char *err, size_t errlen)
{
	struct penerapan p = { s, rules, err, errlen, 0 };
	const char *alur, *tingkat;
	json_t *r, *list, *e;
	size_t i, k;

	if (!json_is_array(rules))
		return ERR("alur.json: \"penerapan\" harus berupa daftar");
	json_array_foreach(rules, i, r)
	{
		alur = json_string_value(json_object_get(r, "alur"));
		tingkat = json_string_value(json_object_get(r, "tingkat"));
		list = json_object_get(r, "layanan");
		if (alur == NULL || alur_sql_workflow_count(s, alur) == 0)
			return ERR(
			    "alur.json: penerapan ke-%zu menyebut alur yang"
			    " tidak ada",
			    i + 1);
		if ((tingkat == NULL) == (list == NULL) ||
		    (list != NULL && !json_is_array(list)) ||
		    (tingkat != NULL && strcmp(tingkat, "kampung") != 0 &&
			strcmp(tingkat, "kecamatan") != 0 &&
			strcmp(tingkat, "kabupaten") != 0))
			return ERR("alur.json: penerapan ke-%zu harus menyebut"
				   " tingkat atau daftar layanan",
			    i + 1);
		json_array_foreach(list, k, e) if (!json_is_string(e) ||
		    alur_sql_layanan_count(s, json_string_value(e)) ==
			0) return ERR("alur.json: penerapan ke-%zu: layanan"
				      " %s tidak ada dalam katalog",
		    i + 1, json_is_string(e) ? json_string_value(e) : "?");
	}
	if (alur_sql_each_unbound(s, penerapan_bind, &p) != 0)
		return ERR("layanan tidak dapat dibaca");
	return p.rc;
}

/* Workflows and bindings from path (alur.json). */
static int
seed_alur_file(struct store *s, const char *path, char *err, size_t errlen)
{
	json_error_t jerr;
	json_t *root;
	int rc;

	root = json_load_file(path, JSON_REJECT_DUPLICATES, &jerr);
	if (root == NULL)
		return ERR("%s tidak dapat dibaca: baris %d: %s", path,
		    jerr.line, jerr.text);
	rc = seed_alur(s, json_object_get(root, "alur"), err, errlen);
	if (rc == 0)
		rc = seed_penerapan(s, json_object_get(root, "penerapan"), err,
		    errlen);
	json_decref(root);
	return rc;
}

/* ---------------------------------------------------------------------- */
/* Form fields: isian.csv rows, "*" ones for every service.              */

struct isian_row {
	char *layanan, *name, *label, *kind, *choices;
	int required, max_len;
};

static int
kind_ok(const char *k)
{
	return strcmp(k, "teks") == 0 || strcmp(k, "angka") == 0 ||
	    strcmp(k, "tanggal") == 0 || strcmp(k, "pilihan") == 0 ||
	    strcmp(k, "teks_panjang") == 0;
}

static int
name_ok(const char *n)
{
	size_t i, len = strlen(n);

	if (len < 1 || len > 40 || n[0] < 'a' || n[0] > 'z')
		return 0;
	for (i = 1; i < len; i++)
		if (!((n[i] >= 'a' && n[i] <= 'z') ||
			(n[i] >= '0' && n[i] <= '9') || n[i] == '_'))
			return 0;
	return 1;
}

static int
isian_check(char **f, size_t line, struct isian_row *r, char *err,
    size_t errlen)
{
	char *end;
	long ml;

	if (!name_ok(f[1]))
		return ERR("isian.csv baris %zu: nama isian \"%s\" tidak sah",
		    line, f[1]);
	if (text_check(f[2], 2, 120, 0) != NULL)
		return ERR("isian.csv baris %zu: label tidak sah", line);
	if (!kind_ok(f[3]))
		return ERR("isian.csv baris %zu: jenis \"%s\" tidak dikenal",
		    line, f[3]);
	if (strcmp(f[4], "0") != 0 && strcmp(f[4], "1") != 0)
		return ERR("isian.csv baris %zu: wajib harus 0 atau 1", line);
	if ((strcmp(f[3], "pilihan") == 0) != (f[5][0] != '\0') ||
	    text_check(f[5], 0, 1000, 0) != NULL)
		return ERR("isian.csv baris %zu: pilihan hanya dan wajib untuk"
			   " jenis pilihan",
		    line);
	ml = strtol(f[6], &end, 10);
	if (*f[6] == '\0' || *end != '\0' || ml < 1 || ml > 4000)
		return ERR("isian.csv baris %zu: panjang maksimum harus 1–4000",
		    line);
	if (strcmp(f[0], "*") != 0 && strlen(f[0]) > 20)
		return ERR("isian.csv baris %zu: kode layanan tidak sah", line);
	r->layanan = xstrdup(f[0]);
	r->name = xstrdup(f[1]);
	r->label = xstrdup(f[2]);
	r->kind = xstrdup(f[3]);
	r->choices = xstrdup(f[5]);
	r->required = f[4][0] == '1';
	r->max_len = (int)ml;
	return 0;
}

static void
isian_free(struct isian_row *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(v[i].layanan);
		free(v[i].name);
		free(v[i].label);
		free(v[i].kind);
		free(v[i].choices);
	}
	free(v);
}

static int
isian_insert(struct store *s, int64_t lid, int pos, const struct isian_row *r)
{
	return alur_sql_isian_insert(s, lid, pos, r->name, r->label, r->kind,
	    r->required, r->choices, r->max_len);
}

/* What isian_apply() walks the services with. */
struct isian_walk {
	struct store *s;
	const struct isian_row *v;
	size_t n;
	char *err;
	size_t errlen;
	int rc;
};

/* Rewrite the fields of service lid: the "*" rows first, then its own. */
static int
isian_service(void *arg, int64_t lid, const char *code)
{
	struct isian_walk *w = arg;
	const struct isian_row *v = w->v;
	size_t i;
	int pos, rc = 0;

	if (alur_sql_isian_clear(w->s, lid) != 0) {
		w->rc = -1;
		return -1;
	}
	pos = 0;
	for (i = 0; rc == 0 && i < w->n; i++)
		if (strcmp(v[i].layanan, "*") == 0)
			rc = isian_insert(w->s, lid, ++pos, &v[i]);
	for (i = 0; rc == 0 && i < w->n; i++)
		if (strcmp(v[i].layanan, code) == 0)
			rc = isian_insert(w->s, lid, ++pos, &v[i]);
	if (rc != 0)
		snprintf(w->err, w->errlen, "isian layanan %s gagal disimpan",
		    code);
	w->rc = rc;
	return rc;
}

/* Rewrite every service's fields: the "*" rows first, then its own. */
static int
isian_apply(struct store *s, const struct isian_row *v, size_t n, char *err,
    size_t errlen)
{
	struct isian_walk w = { s, v, n, err, errlen, 0 };
	size_t i, j;

	for (i = 0; i < n; i++) {
		if (strcmp(v[i].layanan, "*") != 0 &&
		    alur_sql_layanan_count(s, v[i].layanan) == 0)
			return ERR("isian.csv: layanan %s tidak ada dalam"
				   " katalog",
			    v[i].layanan);
		for (j = 0; j < i; j++)
			if (strcmp(v[j].name, v[i].name) == 0 &&
			    (strcmp(v[j].layanan, v[i].layanan) == 0 ||
				strcmp(v[j].layanan, "*") == 0 ||
				strcmp(v[i].layanan, "*") == 0))
				return ERR("isian.csv: isian %s ganda untuk"
					   " layanan %s",
				    v[i].name, v[i].layanan);
	}
	if (alur_sql_each_layanan(s, isian_service, &w) != 0)
		return ERR("layanan tidak dapat dibaca");
	return w.rc == 0 ? 0 : -1;
}

static int
seed_isian(struct store *s, const char *path, char *err, size_t errlen)
{
	struct isian_row *v = NULL;
	struct csv *c;
	char *data, **f;
	size_t len, nf, n = 0, cap = 0;
	int rc, header = 1;

	if (csv_load_file(path, &data, &len) != 0)
		return ERR("berkas %s tidak dapat dibaca", path);
	c = csv_open(data, len);
	while ((rc = csv_next(c, &f, &nf)) == 1) {
		if (header) {
			header = 0;
			if (nf != 7 || strcmp(f[0], "layanan") != 0 ||
			    strcmp(f[1], "name") != 0) {
				rc = ERR(
				    "isian.csv: kepala kolom harus layanan,"
				    "name,label,kind,required,choices,max_len");
				break;
			}
			continue;
		}
		if (nf != 7) {
			rc = ERR("isian.csv baris %zu: harus 7 kolom",
			    csv_line(c));
			break;
		}
		if (n == cap) {
			cap = cap ? cap * 2 : 32;
			v = xrealloc(v, cap * sizeof(*v));
		}
		if (isian_check(f, csv_line(c), &v[n], err, errlen) != 0) {
			rc = -1;
			break;
		}
		n++;
	}
	if (rc < 0 && err[0] == '\0')
		snprintf(err, errlen, "isian.csv baris %zu: %s", csv_line(c),
		    csv_error(c));
	if (rc == 0)
		rc = isian_apply(s, v, n, err, errlen);
	csv_close(c);
	free(data);
	isian_free(v, n);
	return rc < 0 ? -1 : 0;
}

/* ---------------------------------------------------------------------- */
/* Required documents: one per requirement (layanan_syarat).             */

/*
 * ASCII slug of text: lowercase letters and digits, every other run of
 * bytes one "_", at most 40 characters, starting with a letter.
 */
static void
slug(const char *text, char out[41])
{
	const unsigned char *p;
	size_t n = 0;

	for (p = (const unsigned char *)text; *p != '\0' && n < 40; p++) {
		if (isascii(*p) && isalnum(*p)) {
			if (n == 0 && isdigit(*p)) {
				memcpy(out, "dok_", 4);
				n = 4;
			}
			out[n++] = (char)tolower(*p);
		} else if (n > 0 && out[n - 1] != '_')
			out[n++] = '_';
	}
	while (n > 0 && out[n - 1] == '_')
		n--;
	out[n] = '\0';
	if (n == 0)
		snprintf(out, 41, "dokumen");
}

/* base (cut to 37 characters) + "_" + k (2..99) into code. */
static void
dedup(char code[41], const char *base, int k)
{
	size_t n = strlen(base);

	if (n > 37)
		n = 37;
	memcpy(code, base, n);
	code[n++] = '_';
	if (k >= 10)
		code[n++] = (char)('0' + k / 10 % 10);
	code[n++] = (char)('0' + k % 10);
	code[n] = '\0';
}

/* Optional documents say so: "(jika ada)" or "(bagi ...)". */
static int
doc_optional(const char *text)
{
	return strcasestr(text, "(jika ada)") != NULL ||
	    strcasestr(text, "(bagi") != NULL;
}

/* What seed_dokumen() walks the requirements with. */
struct dokumen_walk {
	struct store *s;
	char *err;
	size_t errlen;
	int64_t prev;
	int pos;
	int rc;
};

/* One required document of service lid from a requirement's text. */
static int
dokumen_add(void *arg, int64_t lid, const char *text)
{
	struct dokumen_walk *w = arg;
	char *err = w->err;
	size_t errlen = w->errlen;
	char code[41], base[41];
	int k;

	if (lid != w->prev) {
		w->prev = lid;
		w->pos = 0;
	}
	if (text_check(text, 2, 300, 0) != NULL)
		return 0;
	slug(text, base);
	snprintf(code, sizeof(code), "%s", base);
	for (k = 2; k < 100 && alur_sql_dokumen_count(w->s, lid, code) > 0; k++)
		dedup(code, base, k);
	if (alur_sql_dokumen_insert(w->s, lid, ++w->pos, code, text,
		!doc_optional(text)) != 0)
		w->rc = ERR("dokumen persyaratan %s gagal disimpan", code);
	return w->rc;
}

static int
seed_dokumen(struct store *s, char *err, size_t errlen)
{
	struct dokumen_walk w = { s, err, errlen, 0, 0, 0 };

	if (alur_sql_dokumen_clear(s) != 0)
		return ERR("persyaratan dokumen gagal diperbarui");
	if (alur_sql_each_syarat(s, dokumen_add, &w) != 0)
		return ERR("persyaratan tidak dapat dibaca");
	return w.rc;
}

int
workflow_seed(struct store *s, const char *dir, char *err, size_t errlen)
{
	char *path;
	int rc;

	err[0] = '\0';
	path = xasprintf("%s/alur.json", dir);
	rc = seed_alur_file(s, path, err, errlen);
	free(path);
	if (rc == 0) {
		path = xasprintf("%s/isian.csv", dir);
		rc = seed_isian(s, path, err, errlen);
		free(path);
	}
	if (rc == 0)
		rc = seed_dokumen(s, err, errlen);
	return rc;
}
