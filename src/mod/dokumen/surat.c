/* surat.c: verification codes, template placeholders, nomor surat formats. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "lib/buf.h"
#include "lib/msg.h"
#include "lib/str.h"
#include "lib/when.h"
#include "lib/xalloc.h"
#include "surat.h"
#include "mod/alur/workday.h"

/* Crockford base32 symbols, then the five extra check symbols. */
static const char crock[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ*~$=U";

#define KODE_SYMS 16 /* data symbols (80 bits) */

/* Value of the 80-bit number in v[0..16) (base 32 digits) mod 37. */
static int
kode_check(const int v[KODE_SYMS])
{
	int i, r = 0;

	for (i = 0; i < KODE_SYMS; i++)
		r = (r * 32 + v[i]) % 37;
	return r;
}

static void
kode_format(const int v[KODE_SYMS], char out[SURAT_KODE_LEN + 1])
{
	int i, n = 0;

	for (i = 0; i < KODE_SYMS; i++) {
		if (i > 0 && i % 4 == 0)
			out[n++] = '-';
		out[n++] = crock[v[i]];
	}
	out[n++] = '-';
	out[n++] = crock[kode_check(v)];
	out[n] = '\0';
}

void
surat_kode_new(char out[SURAT_KODE_LEN + 1])
{
	unsigned char r[10];
	int v[KODE_SYMS], i, bit;

	if (sodium_init() < 0)
		BUG("sodium_init failed");
	randombytes_buf(r, sizeof(r));
	/* 80 bits, most significant first, 5 bits per symbol */
	for (i = 0; i < KODE_SYMS; i++) {
		v[i] = 0;
		for (bit = 0; bit < 5; bit++) {
			int k = i * 5 + bit;

			v[i] = v[i] << 1 | ((r[k / 8] >> (7 - k % 8)) & 1);
		}
	}
	kode_format(v, out);
}

int
surat_kode_norm(const char *in, char out[SURAT_KODE_LEN + 1])
{
	int v[KODE_SYMS + 1], n = 0;
	const char *p;
	char c;

	if (in == NULL)
		return -1;
	for (; *in != '\0'; in++) {
		c = *in;
		if (c == '-' || c == ' ')
			continue;
		if (c >= 'a' && c <= 'z')
			c = (char)(c - 'a' + 'A');
		if (c == 'I' || c == 'L')
			c = '1';
		else if (c == 'O')
			c = '0';
		if (n > KODE_SYMS || c == '\0' ||
		    (p = strchr(crock, c)) == NULL)
			return -1;
		v[n] = (int)(p - crock);
		/* only the check symbol may use the five extra symbols */
		if (n < KODE_SYMS && v[n] >= 32)
			return -1;
		n++;
	}
	if (n != KODE_SYMS + 1 || kode_check(v) != v[KODE_SYMS])
		return -1;
	kode_format(v, out);
	return 0;
}

const char *const surat_fixed_names[] = { "nama", "nik", "alamat", "wilayah",
	"kecamatan", "tanggal", "nomor_permohonan", "layanan", "unit",
	"tempat_lahir", "tanggal_lahir", "jenis_kelamin", "agama", "pekerjaan",
	"status_perkawinan", "kewarganegaraan", "rt_rw", "identitas", NULL };

/* Does the placeholder at start (ending before end) stand on its own line? */
static int
own_line(const char *body, const char *start, const char *end)
{
	return (start == body || start[-1] == '\n') &&
	    (*end == '\0' || *end == '\n' || (*end == '\r' && end[1] == '\n'));
}

int
surat_rt_rw(const char *in, char out[16])
{
	long v[2];
	int k = 0;
	char *e;

	*out = '\0';
	if (in == NULL)
		return -1;
	while (*in != '\0' && k < 2) {
		if (*in < '0' || *in > '9') {
			in++;
			continue;
		}
		v[k] = strtol(in, &e, 10);
		if (e - in > 3 || v[k] > 999)
			return -1;
		k++;
		in = e;
	}
	while (*in != '\0' && (*in < '0' || *in > '9'))
		in++;
	if (k != 2 || *in != '\0')
		return -1;
	snprintf(out, 16, "%03ld/%03ld", v[0], v[1]);
	return 0;
}

/* Is name[0..len) a placeholder name allowed for these fields? */
static int
name_ok(const char *name, size_t len, const char *const *fields, int nfields)
{
	int i;

	for (i = 0; surat_fixed_names[i] != NULL; i++)
		if (strlen(surat_fixed_names[i]) == len &&
		    memcmp(surat_fixed_names[i], name, len) == 0)
			return 1;
	if (len > 6 && memcmp(name, "isian.", 6) == 0)
		for (i = 0; i < nfields; i++)
			if (strlen(fields[i]) == len - 6 &&
			    memcmp(fields[i], name + 6, len - 6) == 0)
				return 1;
	return 0;
}

/*
 * Find the next placeholder from p: *start at "{{", name in [*n0, *n1),
 * returns the position after "}}", or NULL when none; *bad set on a
 * malformed one ("{{" without "}}", or an empty or odd name).
 */
static const char *
next_ph(const char *p, const char **start, const char **n0, const char **n1,
    int *bad)
{
	const char *q, *e;

	*bad = 0;
	if ((q = strstr(p, "{{")) == NULL)
		return NULL;
	*start = q;
	q += 2;
	while (*q == ' ')
		q++;
	if ((e = strstr(q, "}}")) == NULL) {
		*bad = 1;
		*n0 = *n1 = q;
		return NULL;
	}
	*n0 = q;
	*n1 = e;
	while (*n1 > *n0 && (*n1)[-1] == ' ')
		(*n1)--;
	if (*n1 == *n0)
		*bad = 1;
	for (q = *n0; q < *n1; q++)
		if (!((*q >= 'a' && *q <= 'z') || (*q >= '0' && *q <= '9') ||
			*q == '_' || *q == '.'))
			*bad = 1;
	return e + 2;
}

int
surat_check(const char *body, const char *const *fields, int nfields, char *err,
    size_t errlen)
{
	const char *p = body, *start, *n0, *n1, *nx;
	int bad;

	if (body == NULL)
		return -1;
	while ((nx = next_ph(p, &start, &n0, &n1, &bad)) != NULL || bad) {
		if (bad) {
			snprintf(err, errlen, msg(M_DOKUMEN_PH_BAD),
			    (int)(n1 - start > 40 ? 40 : (n1 - start) + 2),
			    start);
			return -1;
		}
		if (!name_ok(n0, (size_t)(n1 - n0), fields, nfields)) {
			snprintf(err, errlen, msg(M_DOKUMEN_PH_UNKNOWN),
			    (int)(n1 - n0 > 60 ? 60 : n1 - n0), n0);
			return -1;
		}
		if (n1 - n0 == 9 && memcmp(n0, "identitas", 9) == 0 &&
		    !own_line(body, start, nx)) {
			str_field(err, errlen, msg(M_DOKUMEN_PH_IDENT_LINE));
			return -1;
		}
		p = nx;
	}
	if (strstr(p, "}}") != NULL) {
		str_field(err, errlen, msg(M_DOKUMEN_PH_STRAY));
		return -1;
	}
	return 0;
}

int
surat_date_iso(const char *iso, char out[32])
{
	int y, m, d;

	if (iso == NULL || strlen(iso) != 10 ||
	    date_parse(iso, &y, &m, &d) != 0)
		return -1;
	snprintf(out, 32, "%d %s %d", d, when_bulan[m - 1], y);
	return 0;
}

void
surat_date(time_t t, char out[32])
{
	char iso[11];

	workday_date(t, iso);
	if (surat_date_iso(iso, out) != 0)
		snprintf(out, 32, "%s", iso);
}

int
surat_fill(const char *body, surat_value_fn fn, void *arg, struct buf *out,
    char *err, size_t errlen)
{
	const char *p = body, *start, *n0, *n1, *nx, *val;
	char name[80], date[32];
	int bad;

	while ((nx = next_ph(p, &start, &n0, &n1, &bad)) != NULL || bad) {
		if (bad || (size_t)(n1 - n0) >= sizeof(name)) {
			snprintf(err, errlen, msg(M_DOKUMEN_PH_BAD),
			    (int)(n1 - start > 40 ? 40 : (n1 - start) + 2),
			    start);
			return -1;
		}
		memcpy(name, n0, (size_t)(n1 - n0));
		name[n1 - n0] = '\0';
		if ((val = fn(arg, name)) == NULL) {
			snprintf(err, errlen, msg(M_DOKUMEN_PH_UNKNOWN),
			    (int)strlen(name), name);
			return -1;
		}
		buf_add(out, p, (size_t)(start - p));
		if (surat_date_iso(val, date) == 0)
			buf_adds(out, date);
		else
			buf_adds(out, val);
		p = nx;
	}
	buf_adds(out, p);
	return 0;
}

static const char *const fmt_tokens[] = { "{klasifikasi}", "{seq}",
	"{kode_unit}", "{bulan}", "{tahun}", NULL };

/* Index of the token at p, or -1. */
static int
fmt_token(const char *p)
{
	int i;

	for (i = 0; fmt_tokens[i] != NULL; i++)
		if (strncmp(p, fmt_tokens[i], strlen(fmt_tokens[i])) == 0)
			return i;
	return -1;
}

int
surat_format_check(const char *fmt, char *err, size_t errlen)
{
	const char *p;
	int t, seen = 0;

	if (fmt == NULL || strlen(fmt) < 6 || strlen(fmt) > 120) {
		str_field(err, errlen, msg(M_DOKUMEN_FMT_LEN));
		return -1;
	}
	for (p = fmt; *p != '\0'; p++) {
		if (*p == '{') {
			if ((t = fmt_token(p)) < 0) {
				snprintf(err, errlen, "%s",
				    msg(M_DOKUMEN_FMT_TOKEN));
				return -1;
			}
			seen |= 1 << t;
			p += strlen(fmt_tokens[t]) - 1;
		} else if (*p == '}' || (unsigned char)*p < 0x20 ||
		    (unsigned char)*p >= 0x7f) {
			str_field(err, errlen, msg(M_DOKUMEN_FMT_TOKEN));
			return -1;
		}
	}
	if ((seen & (1 << 1)) == 0 || (seen & (1 << 4)) == 0) {
		str_field(err, errlen, msg(M_DOKUMEN_FMT_REQUIRED));
		return -1;
	}
	return 0;
}

int
surat_format_expand(const char *fmt, const char *klasifikasi, int64_t seq,
    const char *kode_unit, int year, int month, char *out, size_t outlen)
{
	static const char *const roman[] = { "I", "II", "III", "IV", "V", "VI",
		"VII", "VIII", "IX", "X", "XI", "XII" };
	struct buf b = BUF_INIT;
	const char *p;
	char *s;
	int t;

	if (month < 1 || month > 12 || outlen == 0)
		return -1;
	buf_init(&b, 64);
	for (p = fmt; *p != '\0'; p++) {
		if (*p != '{' || (t = fmt_token(p)) < 0) {
			buf_addc(&b, *p);
			continue;
		}
		switch (t) {
		case 0:
			buf_adds(&b, klasifikasi);
			break;
		case 1:
			buf_addf(&b, "%03lld", (long long)seq);
			break;
		case 2:
			buf_adds(&b, kode_unit);
			break;
		case 3:
			buf_adds(&b, roman[month - 1]);
			break;
		default:
			buf_addf(&b, "%d", year);
			break;
		}
		p += strlen(fmt_tokens[t]) - 1;
	}
	s = buf_detach(&b, NULL);
	t = strlen(s) < outlen ? 0 : -1;
	snprintf(out, outlen, "%s", s);
	free(s);
	return t;
}
