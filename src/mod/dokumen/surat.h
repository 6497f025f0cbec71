/*
 * surat.h: letter templates, placeholders, nomor surat formats and
 * verification codes (issue 4; doc/dokumen.md).  Pure functions: no
 * database, no I/O (dokumen.h has the registry).
 */
#ifndef PAMONG_SURAT_H
#define PAMONG_SURAT_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

struct buf;

/*
 * Verification code: 80 random bits as 16 Crockford base32 characters
 * plus the Crockford check symbol (value mod 37, one of 0-9 A-Z minus
 * I L O U, or * ~ $ = U), printed in groups "XXXX-XXXX-XXXX-XXXX-C"
 * (SURAT_KODE_LEN characters).
 */
#define SURAT_KODE_LEN 21

/* A new random code into out. */
void surat_kode_new(char out[SURAT_KODE_LEN + 1]);

/*
 * A code as people type it (any case, with or without hyphens or spaces;
 * I and L read as 1, O as 0) into its canonical form.  0, or -1 when it
 * is not 17 symbols or the check symbol does not match.
 */
int surat_kode_norm(const char *in, char out[SURAT_KODE_LEN + 1]);

/*
 * Placeholders: "{{name}}" where name is one of the fixed names below or
 * "isian.<field>" (a form field of the service).  Fixed names:
 *   nama, nik, alamat, wilayah, kecamatan, tanggal, nomor_permohonan,
 *   layanan, unit, tempat_lahir, tanggal_lahir, jenis_kelamin, agama,
 *   pekerjaan, status_perkawinan, kewarganegaraan, rt_rw, identitas
 * ({{identitas}}: the identity block of a population letter, on a line
 * of its own; doc/dokumen.md "The identity block").
 */
extern const char *const surat_fixed_names[];

/*
 * Check a template body: every "{{" is closed, every name is a fixed name
 * or "isian.<f>" with f among fields[0..nfields).  0, or -1 with an
 * Indonesian message (naming the placeholder) in err.
 */
int surat_check(const char *body, const char *const *fields, int nfields,
    char *err, size_t errlen);

/* Value of a placeholder name (without braces); NULL if unknown. */
typedef const char *(*surat_value_fn)(void *arg, const char *name);

/*
 * Replace every placeholder of body by its value, appending to out.  A
 * value that looks like an ISO date (YYYY-MM-DD) is written as an
 * Indonesian date ("5 Januari 2026").  0, or -1 with err when a name has
 * no value (nothing useful in out then).
 */
int surat_fill(const char *body, surat_value_fn, void *arg, struct buf *out,
    char *err, size_t errlen);

/*
 * RT/RW as people write it ("3/1", "03 / 01", "RT 3 RW 1", "003/001")
 * into "003/001": exactly two numbers of at most 3 digits, anything else
 * between or around them.  0, or -1 (out "").
 */
int surat_rt_rw(const char *in, char out[16]);

/* "28 November 2026" for the WIB date of t. */
void surat_date(time_t t, char out[32]);
/* "2026-11-05" -> "5 November 2026"; -1 if not a valid ISO date. */
int surat_date_iso(const char *iso, char out[32]);

/*
 * Nomor surat formats: tokens {klasifikasi}, {seq} (zero-padded to 3
 * digits), {kode_unit}, {bulan} (month as a Roman numeral), {tahun};
 * {seq} and {tahun} are required.  Other characters are copied; braces
 * only as tokens.
 */
#define SURAT_FORMAT_DEFAULT "{klasifikasi}/{seq}/{kode_unit}/{tahun}"

/* 0, or -1 with an Indonesian message in err. */
int surat_format_check(const char *fmt, char *err, size_t errlen);

/* Expand a checked format into out (truncated at outlen). 0 or -1. */
int surat_format_expand(const char *fmt, const char *klasifikasi, int64_t seq,
    const char *kode_unit, int year, int month, char *out, size_t outlen);

#endif
