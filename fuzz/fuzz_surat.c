/*
 * fuzz_surat.c: libFuzzer target for letter templates (src/domain/
 * surat.c): surat_check(), surat_fill(), nomor surat formats,
 * verification codes and RT/RW (surat_rt_rw()).  Templates are written by administrators and
 * filled with citizens' form values.
 *
 * Input: line 1 a nomor surat format (also tried as a verification code,
 * an ISO date and an RT/RW), line 2 the service's form fields separated by
 * commas (longer than 40 characters are dropped: layanan_isian.name
 * holds at most 40), the rest the template body.  A body that surat_check()
 * accepts must fill without error when every fixed name and every
 * isian.<field> has a value; the values are the field names themselves
 * (so fuzzed dates reach the date formatting).  A format that
 * surat_format_check() accepts must expand.
 *
 *   make build/fuzz/fuzz_surat && build/fuzz/fuzz_surat fuzz/corpus/surat
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "mod/dokumen/surat.h"
#include "lib/buf.h"
#include "lib/xalloc.h"

#define MAX_FIELDS 16

static void
check(int cond)
{
	if (!cond)
		abort();
}

struct ctx {
	const char *fields[MAX_FIELDS];
	int n;
};

static const char *
value(void *arg, const char *name)
{
	struct ctx *c = arg;
	int i;

	for (i = 0; surat_fixed_names[i] != NULL; i++)
		if (strcmp(name, surat_fixed_names[i]) == 0)
			return strcmp(name, "tanggal") == 0 ? "2026-12-07"
							    : "nilai";
	if (strncmp(name, "isian.", 6) == 0)
		for (i = 0; i < c->n; i++)
			if (strcmp(name + 6, c->fields[i]) == 0)
				return c->fields[i];
	return NULL;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = xmalloc(size + 1), *fmt, *flist, *body, *f, *save;
	char err[512], out[256], kode[SURAT_KODE_LEN + 1],
	    kode2[SURAT_KODE_LEN + 1];
	struct buf b = BUF_INIT;
	struct ctx c;
	int rc;

	memcpy(s, data, size);
	s[size] = '\0';
	fmt = s;
	if ((flist = strchr(fmt, '\n')) == NULL) {
		free(s);
		return 0;
	}
	*flist++ = '\0';
	if ((body = strchr(flist, '\n')) == NULL)
		body = flist + strlen(flist);
	else
		*body++ = '\0';
	memset(&c, 0, sizeof(c));
	for (f = strtok_r(flist, ",", &save); f != NULL && c.n < MAX_FIELDS;
	     f = strtok_r(NULL, ",", &save))
		if (strlen(f) <= 40)
			c.fields[c.n++] = f;

	/* nomor surat format */
	err[0] = '\0';
	if (surat_format_check(fmt, err, sizeof(err)) == 0) {
		check(surat_format_expand(fmt, "470", 42, "KD", 2026, 12, out,
			  sizeof(out)) == 0);
		check(strlen(out) < sizeof(out));
	} else
		check(err[0] != '\0');
	/* verification code: canonical form is a fixed point */
	if (surat_kode_norm(fmt, kode) == 0) {
		check(strlen(kode) == SURAT_KODE_LEN);
		check(surat_kode_norm(kode, kode2) == 0 &&
		    strcmp(kode, kode2) == 0);
	}
	if (surat_date_iso(fmt, out) == 0)
		check(strlen(out) < 32);
	/* RT/RW: "NNN/NNN", and that form is a fixed point */
	if (surat_rt_rw(fmt, out) == 0) {
		check(strlen(out) == 7 && out[3] == '/');
		check(surat_rt_rw(out, kode2) == 0 && strcmp(out, kode2) == 0);
	} else
		check(out[0] == '\0');

	/* template */
	err[0] = '\0';
	rc = surat_check(body, c.fields, c.n, err, sizeof(err));
	check(rc == 0 || err[0] != '\0');
	err[0] = '\0';
	if (surat_fill(body, value, &c, &b, err, sizeof(err)) != 0) {
		check(err[0] != '\0');
		check(rc != 0);
	}
	buf_free(&b);
	free(s);
	return 0;
}
