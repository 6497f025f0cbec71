/*
 * jenis.h: the permit types as data (issue 17): data/izin-jenis.json,
 * compiled into the program (scripts/embed-lines.sh), parsed and checked
 * once per process.  Each type has its requirements, form fields, steps
 * with a legal deadline in working days, the total deadline, validity,
 * renewal rule, decree template, legal basis and retribution rule.
 */
#ifndef PAMONG_JENIS_H
#define PAMONG_JENIS_H

#include <jansson.h>
#include <stddef.h>

extern const unsigned char izin_jenis_data[];
extern const size_t izin_jenis_data_len;

/*
 * Check a permit-type list (the parsed JSON document): every type has a
 * kode (2-40 of a-z 0-9 -), nama, unit, at least one dasar_hukum and
 * syarat, steps each with kode, nama and hari_kerja >= 0, among them the
 * required "kelengkapan" and "keputusan", a batas_hari_kerja >= the sum
 * of its steps, masa_berlaku_bulan >= 0, templat_sk, retribusi.rumus, and
 * optionally layanan (the catalogue service it is applied for through);
 * kodes unique.  NULL when valid, else a static Indonesian message
 * naming the first fault (why gets the type's kode, or "").
 */
const char *jenis_check(json_t *doc, char why[64]);

/* The shipped list ("jenis" array), checked; NULL if it is invalid. */
json_t *jenis_all(void);

/* The type of kode in the shipped list (borrowed), or NULL. */
json_t *jenis_get(const char *kode);

/*
 * The first type applied for through catalogue service layanan (e.g.
 * "PTSP-06" → reklame; the SIP types share PTSP-05), or NULL.
 */
json_t *jenis_of_layanan(const char *layanan);

/*
 * The retribution of type kode for the inputs luas_m2, zona, hari (reklame:
 * luas × tarif of zona × days, rounded down to whole rupiah): 0 with
 * *rupiah set; 1 when the type has no formula by zone (not computable
 * here), 2 for a bad input (luas 0.01-1000 m², hari 1-3650, an unknown
 * zona).
 */
int jenis_retribusi(const char *kode, double luas_m2, const char *zona,
    int hari, long long *rupiah);

#endif
