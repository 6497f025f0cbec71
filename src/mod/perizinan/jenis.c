/* jenis.c: the permit types as data (jenis.h). */
#include <stdio.h>
#include <string.h>

#include "jenis.h"

static int
kode_ok(const char *s)
{
	size_t i, n = strlen(s);

	if (n < 2 || n > 40)
		return 0;
	for (i = 0; i < n; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') ||
			(s[i] >= '0' && s[i] <= '9') || s[i] == '-'))
			return 0;
	return 1;
}

static const char *
str_of(json_t *o, const char *key)
{
	const char *s = json_string_value(json_object_get(o, key));

	return s != NULL && *s != '\0' ? s : NULL;
}

/* One type t: NULL or the fault. */
static const char *
type_check(json_t *t)
{
	json_t *steps, *st, *list;
	size_t i;
	long long sum = 0, h;
	int has_lengkap = 0, has_putus = 0;

	if (!json_is_object(t) || str_of(t, "kode") == NULL ||
	    !kode_ok(str_of(t, "kode")))
		return "kode jenis izin tidak sah (2-40 huruf kecil, angka,"
		       " tanda hubung)";
	if (str_of(t, "nama") == NULL || str_of(t, "unit") == NULL)
		return "nama dan unit wajib";
	list = json_object_get(t, "dasar_hukum");
	if (!json_is_array(list) || json_array_size(list) == 0)
		return "dasar hukum wajib";
	list = json_object_get(t, "syarat");
	if (!json_is_array(list) || json_array_size(list) == 0)
		return "persyaratan wajib";
	steps = json_object_get(t, "langkah");
	if (!json_is_array(steps) || json_array_size(steps) == 0)
		return "langkah wajib";
	json_array_foreach(steps, i, st)
	{
		if (str_of(st, "kode") == NULL || str_of(st, "nama") == NULL ||
		    !json_is_integer(json_object_get(st, "hari_kerja")))
			return "setiap langkah memerlukan kode, nama, dan"
			       " hari_kerja";
		h = json_integer_value(json_object_get(st, "hari_kerja"));
		if (h < 0 || h > 365)
			return "hari_kerja langkah harus 0 sampai 365";
		sum += h;
		if (strcmp(str_of(st, "kode"), "kelengkapan") == 0)
			has_lengkap = 1;
		if (strcmp(str_of(st, "kode"), "keputusan") == 0)
			has_putus = 1;
	}
	if (!has_lengkap || !has_putus)
		return "langkah wajib \"kelengkapan\" dan \"keputusan\" tidak"
		       " ada";
	if (!json_is_integer(json_object_get(t, "batas_hari_kerja")) ||
	    json_integer_value(json_object_get(t, "batas_hari_kerja")) < sum)
		return "batas_hari_kerja harus ada dan tidak kurang dari"
		       " jumlah hari kerja langkahnya";
	if (!json_is_integer(json_object_get(t, "masa_berlaku_bulan")) ||
	    json_integer_value(json_object_get(t, "masa_berlaku_bulan")) < 0)
		return "masa_berlaku_bulan harus angka 0 atau lebih";
	if (json_object_get(t, "layanan") != NULL &&
	    str_of(t, "layanan") == NULL)
		return "layanan harus kode layanan katalog";
	if (str_of(t, "templat_sk") == NULL)
		return "templat SK wajib";
	if (str_of(json_object_get(t, "retribusi"), "rumus") == NULL)
		return "rumus retribusi wajib (tulis \"tanpa biaya\" bila"
		       " tidak ada)";
	return NULL;
}

const char *
jenis_check(json_t *doc, char why[64])
{
	json_t *list, *t;
	const char *bad;
	size_t i, j;

	why[0] = '\0';
	list = json_object_get(doc, "jenis");
	if (!json_is_array(list) || json_array_size(list) == 0)
		return "daftar \"jenis\" wajib";
	json_array_foreach(list, i, t)
	{
		bad = type_check(t);
		if (bad == NULL)
			for (j = 0; j < i; j++)
				if (strcmp(
					str_of(json_array_get(list, j), "kode"),
					str_of(t, "kode")) == 0)
					bad = "kode jenis izin ganda";
		if (bad != NULL) {
			snprintf(why, 64, "%s",
			    str_of(t, "kode") != NULL ? str_of(t, "kode") : "");
			return bad;
		}
	}
	return NULL;
}

json_t *
jenis_all(void)
{
	static json_t *doc;
	static int done;
	json_error_t err;
	const char *bad;
	char why[64];

	if (!done) {
		done = 1;
		doc = json_loadb((const char *)izin_jenis_data,
		    izin_jenis_data_len, 0, &err);
		if (doc == NULL)
			fprintf(stderr,
			    "pamong: data/izin-jenis.json baris %d:"
			    " %s\n",
			    err.line, err.text);
		else if ((bad = jenis_check(doc, why)) != NULL) {
			fprintf(stderr,
			    "pamong: data/izin-jenis.json: %s: %s\n", why, bad);
			json_decref(doc);
			doc = NULL;
		}
	}
	return doc != NULL ? json_object_get(doc, "jenis") : NULL;
}

json_t *
jenis_get(const char *kode)
{
	json_t *list = jenis_all(), *t;
	size_t i;

	if (kode == NULL)
		return NULL;
	json_array_foreach(list, i, t)
	{
		if (strcmp(str_of(t, "kode"), kode) == 0)
			return t;
	}
	return NULL;
}

json_t *
jenis_of_layanan(const char *layanan)
{
	json_t *list = jenis_all(), *t;
	size_t i;

	if (layanan == NULL)
		return NULL;
	json_array_foreach(list, i, t)
	{
		const char *l = str_of(t, "layanan");

		if (l != NULL && strcmp(l, layanan) == 0)
			return t;
	}
	return NULL;
}

int
jenis_retribusi(const char *kode, double luas_m2, const char *zona, int hari,
    long long *rupiah)
{
	json_t *t = jenis_get(kode), *tarif;
	double v;

	*rupiah = 0;
	if (t == NULL)
		return 2;
	tarif = json_object_get(json_object_get(t, "retribusi"), "tarif_zona");
	if (!json_is_object(tarif))
		return 1;
	if (!(luas_m2 >= 0.01 && luas_m2 <= 1000) || hari < 1 || hari > 3650 ||
	    zona == NULL || !json_is_integer(json_object_get(tarif, zona)))
		return 2;
	v = luas_m2 * (double)json_integer_value(json_object_get(tarif, zona)) *
	    hari;
	*rupiah = (long long)(v + 1e-6); /* v >= 0: truncation floors */
	return 0;
}
