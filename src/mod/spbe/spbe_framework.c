/*
 * spbe_framework.c: load and validate an SPBE framework file (JSON).
 * Every rejection names its problem in one Indonesian sentence.
 */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "lib/csv.h"
#include "lib/msg.h"
#include "lib/num.h"
#include "lib/xalloc.h"
#include "spbe.h"

#define FAIL(...)                                                              \
	do {                                                                   \
		snprintf(err, errlen, __VA_ARGS__);                            \
		goto bad;                                                      \
	} while (0)

/* Required non-empty string member key of o, or NULL. */
static const char *
str_of(json_t *o, const char *key)
{
	json_t *v = json_object_get(o, key);

	if (!json_is_string(v) || json_string_length(v) == 0)
		return NULL;
	return json_string_value(v);
}

/* Optional string member (may be absent): copy or "". */
static char *
opt_dup(json_t *o, const char *key)
{
	json_t *v = json_object_get(o, key);

	return xstrdup(json_is_string(v) ? json_string_value(v) : "");
}

int
spbe_decimal_parse(const char *s, int64_t *out)
{
	int64_t v = 0;
	int dec = -1, digits = 0;

	if (s == NULL || *s == '\0')
		return -1;
	for (; *s; s++) {
		if (*s == '.') {
			if (dec >= 0 || digits == 0)
				return -1;
			dec = 0;
			continue;
		}
		if (*s < '0' || *s > '9')
			return -1;
		if (dec >= 0 && ++dec > 2)
			return -1;
		v = v * 10 + (*s - '0');
		if (++digits > 9)
			return -1;
	}
	if (dec == 0) /* "1." */
		return -1;
	if (dec < 0)
		dec = 0;
	while (dec++ < 2)
		v *= 10;
	if (v > 10000000)
		return -1;
	*out = v;
	return 0;
}

void
spbe_fmt(int64_t x, char out[16])
{
	if (x < 0)
		x = 0;
	if (x > 99999999)
		x = 99999999;
	num_fixed(out, 16, x, 2, '.');
}

/* Index of code in a table of n entries of size sz whose first member is
 * a char * code; -1 if absent. */
static int
find_code(const void *tab, size_t n, size_t sz, const char *code)
{
	const char *p = tab;
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(*(char *const *)(const void *)(p + i * sz), code) ==
		    0)
			return (int)i;
	return -1;
}

/* arr must be a non-empty list "name" of at most max entries. */
static int
list_check(json_t *arr, const char *name, size_t max, char *err, size_t errlen)
{
	char what[40];

	snprintf(what, sizeof(what), "\"%s\"", name);
	if (!json_is_array(arr) || json_array_size(arr) == 0)
		FAIL(msg(M_SPBE_FW_FIELD), what, "daftar yang tidak kosong");
	if (json_array_size(arr) > max)
		FAIL(msg(M_SPBE_FW_TOO_MANY), name, (int)max);
	return 0;
bad:
	return -1;
}

static int
parse_skala(struct spbe_framework *fw, json_t *arr, char *err, size_t errlen)
{
	json_t *e, *t, *lv;
	size_t i, j;
	int level;

	if (list_check(arr, "skala", 8, err, errlen) != 0)
		return -1;
	fw->skala = xcalloc(json_array_size(arr), sizeof(*fw->skala));
	json_array_foreach(arr, i, e)
	{
		struct spbe_skala *sk = &fw->skala[i];
		const char *kode = str_of(e, "kode");
		char what[64];

		if (kode == NULL) {
			snprintf(what, sizeof(what), "skala ke-%zu: \"kode\"",
			    i + 1);
			FAIL(msg(M_SPBE_FW_FIELD), what, "teks");
		}
		if (find_code(fw->skala, fw->nskala, sizeof(*sk), kode) >= 0)
			FAIL(msg(M_SPBE_FW_DUP_KODE), "skala", kode);
		sk->kode = xstrdup(kode);
		sk->nama = opt_dup(e, "nama");
		fw->nskala++;
		t = json_object_get(e, "tingkat");
		if (!json_is_array(t) || json_array_size(t) != SPBE_LEVEL_MAX)
			FAIL(msg(M_SPBE_FW_SKALA_LEVEL), kode);
		json_array_foreach(t, j, lv)
		{
			json_t *l = json_object_get(lv, "level");

			level =
			    json_is_integer(l) ? (int)json_integer_value(l) : 0;
			if (level < SPBE_LEVEL_MIN || level > SPBE_LEVEL_MAX ||
			    sk->tingkat[level - 1].nama != NULL ||
			    str_of(lv, "nama") == NULL)
				FAIL(msg(M_SPBE_FW_SKALA_LEVEL), kode);
			sk->tingkat[level - 1].nama =
			    xstrdup(str_of(lv, "nama"));
			sk->tingkat[level - 1].uraian = opt_dup(lv, "uraian");
		}
	}
	return 0;
bad:
	return -1;
}

/* Weight member "bobot" of o as hundredths; what names o for errors. */
static int
bobot_of(json_t *o, const char *what, int64_t *w, char *err, size_t errlen)
{
	json_t *v = json_object_get(o, "bobot");
	const char *s = json_is_string(v) ? json_string_value(v) : "";

	if (spbe_decimal_parse(s, w) != 0 || *w <= 0) {
		snprintf(err, errlen, msg(M_SPBE_FW_BOBOT), what, s);
		return -1;
	}
	return 0;
}

/*
 * The two levels between the scales and the indicators, read alike: a
 * list "name" of at most max entries, each with "kode", "nama", optional
 * "sumber", "bobot" and, in member pkey, the code of its parent in the
 * level above (entries of psz bytes); unknown is the message for a parent
 * code not found.  The entries are struct spbe_domain or spbe_aspek: sz
 * bytes, kode first (see find_code()), the other members at these offsets.
 */
struct level {
	const char *name, *pkey;
	size_t max, psz;
	enum msg_id unknown;
	size_t sz, o_nama, o_sumber, o_parent, o_bobot;
};

/* The level of struct t in list nm, its parent (struct pt) in member pm. */
#define LEVEL(t, nm, pm, mx, pt, unk)                                          \
	{                                                                      \
		.name = nm, .pkey = #pm, .max = mx, .psz = sizeof(struct pt),  \
		.unknown = unk, .sz = sizeof(struct t),                        \
		.o_nama = offsetof(struct t, nama),                            \
		.o_sumber = offsetof(struct t, sumber),                        \
		.o_parent = offsetof(struct t, pm),                            \
		.o_bobot = offsetof(struct t, bobot)                           \
	}

static const struct level domain_level = LEVEL(spbe_domain, "domain", skala, 20,
    spbe_skala, M_SPBE_FW_SKALA_UNKNOWN);
static const struct level aspek_level = LEVEL(spbe_aspek, "aspek", domain, 60,
    spbe_domain, M_SPBE_FW_DOMAIN_UNKNOWN);

/*
 * Read list arr of level lv into tab (room for all its entries), counting
 * each entry in *np as soon as it holds memory, so that
 * spbe_framework_free() frees a partly read table; parents are looked up
 * among the pn entries of ptab.  0, or -1 with err set.
 */
static int
parse_level(const struct level *lv, json_t *arr, void *tab, size_t *np,
    const void *ptab, size_t pn, char *err, size_t errlen)
{
	json_t *e;
	size_t i;
	int k;

	json_array_foreach(arr, i, e)
	{
		char *p = (char *)tab + i * lv->sz;
		const char *kode = str_of(e, "kode"), *pk = str_of(e, lv->pkey);
		char what[80], want[80];

		snprintf(what, sizeof(what), "%s ke-%zu", lv->name, i + 1);
		snprintf(want, sizeof(want),
		    "objek dengan \"kode\", \"nama\""
		    " dan \"%s\"",
		    lv->pkey);
		if (kode == NULL || str_of(e, "nama") == NULL || pk == NULL)
			FAIL(msg(M_SPBE_FW_FIELD), what, want);
		if (find_code(tab, *np, lv->sz, kode) >= 0)
			FAIL(msg(M_SPBE_FW_DUP_KODE), lv->name, kode);
		if ((k = find_code(ptab, pn, lv->psz, pk)) < 0)
			FAIL(msg(lv->unknown), kode, pk);
		*(char **)(void *)p = xstrdup(kode);
		*(char **)(void *)(p + lv->o_nama) = xstrdup(str_of(e, "nama"));
		*(char **)(void *)(p + lv->o_sumber) = opt_dup(e, "sumber");
		*(size_t *)(void *)(p + lv->o_parent) = (size_t)k;
		(*np)++;
		snprintf(what, sizeof(what), "%s \"%s\"", lv->name, kode);
		if (bobot_of(e, what, (int64_t *)(void *)(p + lv->o_bobot), err,
			errlen) != 0)
			return -1;
	}
	return 0;
bad:
	return -1;
}

static int
parse_domain(struct spbe_framework *fw, json_t *arr, char *err, size_t errlen)
{
	if (list_check(arr, domain_level.name, domain_level.max, err, errlen) !=
	    0)
		return -1;
	fw->domain = xcalloc(json_array_size(arr), sizeof(*fw->domain));
	return parse_level(&domain_level, arr, fw->domain, &fw->ndomain,
	    fw->skala, fw->nskala, err, errlen);
}

static int
parse_aspek(struct spbe_framework *fw, json_t *arr, char *err, size_t errlen)
{
	if (list_check(arr, aspek_level.name, aspek_level.max, err, errlen) !=
	    0)
		return -1;
	fw->aspek = xcalloc(json_array_size(arr), sizeof(*fw->aspek));
	return parse_level(&aspek_level, arr, fw->aspek, &fw->naspek,
	    fw->domain, fw->ndomain, err, errlen);
}

static int
parse_ind(struct spbe_framework *fw, json_t *arr, char *err, size_t errlen)
{
	json_t *e, *no;
	size_t i, j;
	int k, n;

	if (list_check(arr, "indikator", SPBE_MAX_IND, err, errlen) != 0)
		return -1;
	fw->ind = xcalloc(json_array_size(arr), sizeof(*fw->ind));
	json_array_foreach(arr, i, e)
	{
		struct spbe_indikator *d = &fw->ind[i];
		const char *asp = str_of(e, "aspek");
		char what[80];

		no = json_object_get(e, "nomor");
		if (!json_is_integer(no) || json_integer_value(no) < 1 ||
		    json_integer_value(no) > 999)
			FAIL(msg(M_SPBE_FW_NOMOR), i + 1);
		n = (int)json_integer_value(no);
		for (j = 0; j < fw->nind; j++)
			if (fw->ind[j].nomor == n)
				FAIL(msg(M_SPBE_FW_DUP_NOMOR), n);
		snprintf(what, sizeof(what), "indikator %d", n);
		if (str_of(e, "nama") == NULL || asp == NULL)
			FAIL(msg(M_SPBE_FW_FIELD), what,
			    "objek dengan \"nama\" dan \"aspek\"");
		if ((k = find_code(fw->aspek, fw->naspek, sizeof(*fw->aspek),
			 asp)) < 0)
			FAIL(msg(M_SPBE_FW_ASPEK_UNKNOWN), n, asp);
		d->nomor = n;
		d->nama = xstrdup(str_of(e, "nama"));
		d->sumber = opt_dup(e, "sumber");
		d->aspek = (size_t)k;
		fw->nind++;
		if (bobot_of(e, what, &d->bobot, err, errlen) != 0)
			return -1;
	}
	return 0;
bad:
	return -1;
}

/* Declared aspect/domain weights must be the sums below them; total 100. */
static int
check_sums(struct spbe_framework *fw, char *err, size_t errlen)
{
	int64_t *sa, *sd, total = 0;
	size_t *na, *nd, i;
	char got[16], want[16];
	int rc = -1;

	sa = xcalloc(fw->naspek, sizeof(*sa));
	na = xcalloc(fw->naspek, sizeof(*na));
	sd = xcalloc(fw->ndomain, sizeof(*sd));
	nd = xcalloc(fw->ndomain, sizeof(*nd));
	for (i = 0; i < fw->nind; i++) {
		sa[fw->ind[i].aspek] += fw->ind[i].bobot;
		na[fw->ind[i].aspek]++;
		total += fw->ind[i].bobot;
	}
	for (i = 0; i < fw->naspek; i++) {
		if (na[i] == 0)
			FAIL(msg(M_SPBE_FW_ASPEK_EMPTY), fw->aspek[i].kode);
		if (sa[i] != fw->aspek[i].bobot) {
			spbe_fmt(sa[i], got);
			spbe_fmt(fw->aspek[i].bobot, want);
			FAIL(msg(M_SPBE_FW_SUM_ASPEK), fw->aspek[i].kode, got,
			    want);
		}
		sd[fw->aspek[i].domain] += fw->aspek[i].bobot;
		nd[fw->aspek[i].domain]++;
	}
	for (i = 0; i < fw->ndomain; i++) {
		if (nd[i] == 0)
			FAIL(msg(M_SPBE_FW_DOMAIN_EMPTY), fw->domain[i].kode);
		if (sd[i] != fw->domain[i].bobot) {
			spbe_fmt(sd[i], got);
			spbe_fmt(fw->domain[i].bobot, want);
			FAIL(msg(M_SPBE_FW_SUM_DOMAIN), fw->domain[i].kode, got,
			    want);
		}
	}
	if (total != SPBE_TOTAL) {
		spbe_fmt(total, got);
		FAIL(msg(M_SPBE_FW_SUM_TOTAL), got);
	}
	rc = 0;
bad:
	free(sa);
	free(na);
	free(sd);
	free(nd);
	return rc;
}

static int
pred_cmp(const void *a, const void *b)
{
	const struct spbe_predikat *x = a, *y = b;

	return x->bawah < y->bawah ? -1 : x->bawah > y->bawah;
}

/* Parse "bawah"/"atas" ("atas": null = up to 5.00) and check coverage. */
static int
parse_predikat(struct spbe_framework *fw, json_t *arr, char *err, size_t errlen)
{
	struct spbe_predikat *p;
	json_t *e, *v;
	int64_t x;
	size_t i, j;
	char a[16], b[16];

	if (!json_is_array(arr) || json_array_size(arr) == 0)
		FAIL("%s", msg(M_SPBE_FW_PRED_NONE));
	if (json_array_size(arr) > 12)
		FAIL(msg(M_SPBE_FW_TOO_MANY), "predikat", 12);
	fw->predikat = xcalloc(json_array_size(arr), sizeof(*fw->predikat));
	json_array_foreach(arr, i, e)
	{
		const char *nama = str_of(e, "nama");
		char what[64];

		p = &fw->predikat[i];
		if (nama == NULL) {
			snprintf(what, sizeof(what),
			    "predikat ke-%zu: \"nama\"", i + 1);
			FAIL(msg(M_SPBE_FW_FIELD), what, "teks");
		}
		for (j = 0; j < fw->npredikat; j++)
			if (strcmp(fw->predikat[j].nama, nama) == 0)
				FAIL(msg(M_SPBE_FW_PRED_DUP), nama);
		p->nama = xstrdup(nama);
		fw->npredikat++;
		v = json_object_get(e, "bawah");
		if (!json_is_string(v) ||
		    spbe_decimal_parse(json_string_value(v), &x) != 0 ||
		    x > 500)
			FAIL(msg(M_SPBE_FW_PRED_RANGE), nama);
		p->bawah = (int)x;
		v = json_object_get(e, "atas");
		if (v == NULL || json_is_null(v))
			p->atas = 0;
		else if (!json_is_string(v) ||
		    spbe_decimal_parse(json_string_value(v), &x) != 0 ||
		    x <= p->bawah)
			FAIL(msg(M_SPBE_FW_PRED_RANGE), nama);
		else
			p->atas = (int)x;
	}
	qsort(fw->predikat, fw->npredikat, sizeof(*p), pred_cmp);
	p = fw->predikat;
	if (p[0].bawah > 100) {
		spbe_fmt(p[0].bawah, a);
		FAIL(msg(M_SPBE_FW_PRED_BOTTOM), p[0].nama, a);
	}
	for (i = 0; i + 1 < fw->npredikat; i++) {
		if (p[i].atas == 0 || p[i].atas > p[i + 1].bawah) {
			spbe_fmt(p[i + 1].bawah, a);
			FAIL(msg(M_SPBE_FW_PRED_OVERLAP), p[i].nama,
			    p[i + 1].nama, a);
		}
		if (p[i].atas < p[i + 1].bawah) {
			spbe_fmt(p[i].atas, a);
			spbe_fmt(p[i + 1].bawah, b);
			FAIL(msg(M_SPBE_FW_PRED_GAP), a, b, p[i].nama,
			    p[i + 1].nama);
		}
	}
	if (p[i].atas != 0 && p[i].atas <= 500) {
		spbe_fmt(p[i].atas, a);
		FAIL(msg(M_SPBE_FW_PRED_TOP), a, p[i].nama, a);
	}
	return 0;
bad:
	return -1;
}

int
spbe_framework_parse(const char *json, size_t len, struct spbe_framework **fwp,
    char *err, size_t errlen)
{
	struct spbe_framework *fw;
	json_error_t jerr;
	json_t *root;

	*fwp = NULL;
	root = json_loadb(json, len, JSON_REJECT_DUPLICATES, &jerr);
	if (root == NULL) {
		snprintf(err, errlen, msg(M_SPBE_FW_JSON), jerr.line,
		    jerr.text);
		return -1;
	}
	fw = xcalloc(1, sizeof(*fw));
	if (!json_is_object(root) || str_of(root, "kode") == NULL ||
	    str_of(root, "nama") == NULL) {
		snprintf(err, errlen, msg(M_SPBE_FW_FIELD),
		    "\"kode\" dan \"nama\" kerangka", "teks");
		goto bad;
	}
	fw->kode = xstrdup(str_of(root, "kode"));
	fw->nama = xstrdup(str_of(root, "nama"));
	fw->sumber = opt_dup(root, "sumber");
	if (parse_skala(fw, json_object_get(root, "skala"), err, errlen) ||
	    parse_domain(fw, json_object_get(root, "domain"), err, errlen) ||
	    parse_aspek(fw, json_object_get(root, "aspek"), err, errlen) ||
	    parse_ind(fw, json_object_get(root, "indikator"), err, errlen) ||
	    check_sums(fw, err, errlen) ||
	    parse_predikat(fw, json_object_get(root, "predikat"), err, errlen))
		goto bad;
	json_decref(root);
	*fwp = fw;
	return 0;
bad:
	json_decref(root);
	spbe_framework_free(fw);
	return -1;
}

int
spbe_framework_load(const char *path, struct spbe_framework **fwp, char *err,
    size_t errlen)
{
	char *data;
	size_t len;
	int rc;

	*fwp = NULL;
	if (csv_load_file(path, &data, &len) != 0) {
		snprintf(err, errlen, msg(M_SPBE_FW_READ), path);
		return -1;
	}
	if (len > SPBE_MAX_FILE) {
		free(data);
		snprintf(err, errlen, msg(M_SPBE_FW_READ), path);
		return -1;
	}
	rc = spbe_framework_parse(data, len, fwp, err, errlen);
	free(data);
	return rc;
}

void
spbe_framework_free(struct spbe_framework *fw)
{
	size_t i;
	int l;

	if (fw == NULL)
		return;
	for (i = 0; i < fw->nskala; i++) {
		free(fw->skala[i].kode);
		free(fw->skala[i].nama);
		for (l = 0; l < SPBE_LEVEL_MAX; l++) {
			free(fw->skala[i].tingkat[l].nama);
			free(fw->skala[i].tingkat[l].uraian);
		}
	}
	for (i = 0; i < fw->ndomain; i++) {
		free(fw->domain[i].kode);
		free(fw->domain[i].nama);
		free(fw->domain[i].sumber);
	}
	for (i = 0; i < fw->naspek; i++) {
		free(fw->aspek[i].kode);
		free(fw->aspek[i].nama);
		free(fw->aspek[i].sumber);
	}
	for (i = 0; i < fw->nind; i++) {
		free(fw->ind[i].nama);
		free(fw->ind[i].sumber);
	}
	for (i = 0; i < fw->npredikat; i++)
		free(fw->predikat[i].nama);
	free(fw->skala);
	free(fw->domain);
	free(fw->aspek);
	free(fw->ind);
	free(fw->predikat);
	free(fw->kode);
	free(fw->nama);
	free(fw->sumber);
	free(fw);
}

int
spbe_ind_find(const struct spbe_framework *fw, int nomor)
{
	size_t i;

	for (i = 0; i < fw->nind; i++)
		if (fw->ind[i].nomor == nomor)
			return (int)i;
	return -1;
}

const struct spbe_level *
spbe_ind_level(const struct spbe_framework *fw, size_t i, int level)
{
	const struct spbe_skala *sk;

	if (i >= fw->nind || level < SPBE_LEVEL_MIN || level > SPBE_LEVEL_MAX)
		return NULL;
	sk = &fw->skala[fw->domain[fw->aspek[fw->ind[i].aspek].domain].skala];
	return &sk->tingkat[level - 1];
}
