/*
 * kbli.h: the KBLI code list (Klasifikasi Baku Lapangan Usaha Indonesia)
 * of the perizinan module (issue 17), versions 2020 (Peraturan BPS
 * 2/2020) and 2025 (Peraturan BPS 7/2025), compiled into the program
 * from data/kbli-2020.txt and data/kbli-2025.txt (format there; what
 * the files hold and lack in doc/perizinan.md).  No database: the list
 * is parsed once per process and searched in memory.
 */
#ifndef PAMONG_KBLI_H
#define PAMONG_KBLI_H

#include <stddef.h>

#define KBLI_KODE_MAX 5	   /* "A", "01" ... "01111" */
#define KBLI_JUDUL_MAX 300 /* bytes of a title */

enum kbli_level {
	KBLI_KATEGORI = 1,
	KBLI_GOLONGAN_POKOK,
	KBLI_GOLONGAN,
	KBLI_SUBGOLONGAN,
	KBLI_KELOMPOK
};

struct kbli_entry {
	char kode[KBLI_KODE_MAX + 1];
	const char *judul; /* NUL-terminated, owned by the set */
	enum kbli_level level;
	int gp_first, gp_last; /* kategori: its golongan pokok range */
};

struct kbli_set {
	int versi; /* 2020 or 2025 */
	struct kbli_entry *v;
	size_t n;
	char *text; /* the titles live here */
};

/*
 * Parse text (len bytes, need not end with NUL) in the data-file format
 * into *set (versi stored as given).  Every line must be a comment, empty,
 * or a valid entry: a kategori letter A-Z with a range "NN-NN"
 * (first <= last), or a 2-5 digit code, and a title of 1 to
 * KBLI_JUDUL_MAX bytes of valid UTF-8 without control characters; codes
 * unique.  Returns 0; or the 1-based number of the first bad line (for a
 * duplicate code, the number of lines read) with *set left empty
 * (kbli_free() is still safe); -1 when out of memory.
 */
int kbli_parse(const char *text, size_t len, int versi, struct kbli_set *);
void kbli_free(struct kbli_set *);

/*
 * The shipped list of versi (2020 or 2025), parsed on first use; NULL for
 * another year (or a list that does not parse, logged once).
 */
const struct kbli_set *kbli_versi(int versi);

/*
 * Is kode well formed (a letter A-Z, or 2 to 5 digits)?  1 or 0.
 */
int kbli_kode_ok(const char *kode);

/* The entry of kode in set, or NULL. */
const struct kbli_entry *kbli_get(const struct kbli_set *, const char *kode);

/*
 * The parent of e at level (KBLI_KATEGORI .. one above e's level) in set,
 * or NULL when the list does not hold it.
 */
const struct kbli_entry *kbli_parent(const struct kbli_set *,
    const struct kbli_entry *e, enum kbli_level level);

/*
 * Search set for q: entries whose code starts with q come first (q of
 * digits, or one kategori letter), then entries whose title holds every
 * word of q (case-insensitive, ASCII folding), each group in code order;
 * at most max results into out.  Returns how many were written.  q of
 * only spaces, or longer than 100 bytes, finds nothing.
 */
size_t kbli_search(const struct kbli_set *, const char *q,
    const struct kbli_entry **out, size_t max);

/* "kategori", "golongan pokok", "golongan", "subgolongan", "kelompok". */
const char *kbli_level_name(enum kbli_level);

#endif
