/*
 * seed.c: load shipped facts: Kemendagri regions, Siak's agencies as
 * units (OPD, kecamatan, kampung/kelurahan) and the service catalog.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/csv.h"
#include "lib/utf8.h"
#include "lib/xalloc.h"
#include "store/store.h"
#include "mod/layanan/catalog.h"
#include "seed.h"
#include "sql.h"
#include "mod/alur/workflow.h"

static int
level_ok(const char *l)
{
	return strcmp(l, "provinsi") == 0 || strcmp(l, "kabupaten") == 0 ||
	    strcmp(l, "kecamatan") == 0 || strcmp(l, "desa") == 0;
}

/* Region codes: 2 digits, then .2, .2, .4 digit groups by level. */
static int
code_ok(const char *code, const char *level)
{
	static const char *shape[] = { "99", "99.99", "99.99.99",
		"99.99.99.9999" };
	size_t i,
	    want = strcmp(level, "provinsi") == 0 ? 0
	    : strcmp(level, "kabupaten") == 0	  ? 1
	    : strcmp(level, "kecamatan") == 0	  ? 2
						  : 3;
	const char *s = shape[want];

	if (strlen(code) != strlen(s))
		return 0;
	for (i = 0; s[i]; i++)
		if (s[i] == '9' ? (code[i] < '0' || code[i] > '9')
				: code[i] != '.')
			return 0;
	return 1;
}

int
wilayah_import(struct store *s, const char *path, char *err, size_t errlen)
{
	struct csv *c;
	char *data, **f;
	size_t len, nf;
	int rc, n = 0, header = 1;

	if (csv_load_file(path, &data, &len) != 0) {
		snprintf(err, errlen, "berkas %s tidak dapat dibaca", path);
		return -1;
	}
	c = csv_open(data, len);
	if (store_begin(s) != 0) {
		snprintf(err, errlen, "basis data sibuk");
		goto fail;
	}
	while ((rc = csv_next(c, &f, &nf)) == 1) {
		if (header) {
			header = 0;
			if (nf != 4 || strcmp(f[0], "code") != 0 ||
			    strcmp(f[2], "level") != 0) {
				snprintf(err, errlen,
				    "kepala kolom harus"
				    " code,name,level,parent_code");
				goto fail;
			}
			continue;
		}
		if (nf != 4 || !level_ok(f[2]) || !code_ok(f[0], f[2]) ||
		    text_check(f[1], 1, 120, 0) != NULL) {
			snprintf(err, errlen, "baris %zu tidak sah",
			    csv_line(c));
			goto fail;
		}
		if (wilayah_sql_upsert(s, f[0], f[1], f[2], f[3],
			strcmp(f[2], "desa") == 0 && f[0][9] == '1') != 0) {
			snprintf(err, errlen, "baris %zu gagal disimpan",
			    csv_line(c));
			goto fail;
		}
		n++;
	}
	if (rc < 0) {
		snprintf(err, errlen, "baris %zu: %s", csv_line(c),
		    csv_error(c));
		goto fail;
	}
	if (store_commit(s) != 0) {
		snprintf(err, errlen, "basis data gagal menyimpan");
		goto fail;
	}
	csv_close(c);
	free(data);
	return n;
fail:
	store_rollback(s);
	csv_close(c);
	free(data);
	return -1;
}

/* OPD rows of opd-siak.csv become units; kecamatan come from wilayah. */
static int
seed_opd(struct store *s, const char *path, char *err, size_t errlen)
{
	struct csv *c;
	char *data, **f;
	size_t len, nf;
	int rc, header = 1;

	if (csv_load_file(path, &data, &len) != 0) {
		snprintf(err, errlen, "berkas %s tidak dapat dibaca", path);
		return -1;
	}
	c = csv_open(data, len);
	while ((rc = csv_next(c, &f, &nf)) == 1) {
		if (header || nf != 6) {
			header = 0;
			continue;
		}
		/* placeholders and kecamatan rows are not OPD units */
		if (strcmp(f[3], "local-unit") == 0 ||
		    strcmp(f[2], "kecamatan") == 0)
			continue;
		if (wilayah_sql_upsert_opd(s, f[0], f[1], f[2], f[3], f[5]) !=
		    0) {
			snprintf(err, errlen, "%s baris %zu gagal", path,
			    csv_line(c));
			rc = -1;
			break;
		}
	}
	if (rc < 0 && err[0] == '\0')
		snprintf(err, errlen, "%s baris %zu: %s", path, csv_line(c),
		    csv_error(c));
	csv_close(c);
	free(data);
	return rc < 0 ? -1 : 0;
}

/* Every kecamatan and desa under kab becomes a unit, coded by region. */
static int
seed_region_units(struct store *s, const char *kab)
{
	char *like = xasprintf("%s.%%", kab);
	int rc;

	rc = wilayah_sql_kecamatan_units(s, like);
	if (rc == 0)
		rc = wilayah_sql_desa_units(s, like);
	free(like);
	return rc;
}

int
seed_siak(struct store *s, const char *dir, char *err, size_t errlen)
{
	char *path;
	int rc;

	err[0] = '\0';
	path = xasprintf("%s/wilayah-1408.csv", dir);
	rc = wilayah_import(s, path, err, errlen);
	free(path);
	if (rc < 0)
		return -1;
	if (store_begin(s) != 0) {
		snprintf(err, errlen, "basis data sibuk");
		return -1;
	}
	path = xasprintf("%s/opd-siak.csv", dir);
	rc = seed_opd(s, path, err, errlen);
	free(path);
	if (rc == 0 && seed_region_units(s, "14.08") != 0) {
		snprintf(err, errlen, "unit kecamatan/kampung gagal dibuat");
		rc = -1;
	}
	if (rc == 0) {
		path = xasprintf("%s/layanan.csv", dir);
		rc = catalog_import(s, path, err, errlen);
		free(path);
	}
	if (rc == 0)
		rc = workflow_seed(s, dir, err, errlen);
	if (rc != 0 || store_commit(s) != 0) {
		store_rollback(s);
		if (err[0] == '\0')
			snprintf(err, errlen, "data awal gagal disimpan");
		return -1;
	}
	return 0;
}
