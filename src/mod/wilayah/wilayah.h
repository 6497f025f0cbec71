/*
 * wilayah.h: reading the Kemendagri region tree (kabupaten, kecamatan,
 * kampung/kelurahan) that seed.c loads.  Siak calls its desa "kampung".
 */
#ifndef PAMONG_WILAYAH_H
#define PAMONG_WILAYAH_H

#include <stddef.h>

#include "wilayah_data.h"
#include "lib/str.h"

struct store;

#define WILAYAH_KAB "14.08" /* Kabupaten Siak */

/*
 * Is code shaped like a region code ("14", "14.08", "14.08.01",
 * "14.08.01.1001")?  Says nothing about whether it exists.
 */
int wilayah_code_ok(const char *code);

/* Load one region.  0 found, -1 unknown (or a store error). */
int wilayah_get(struct store *, const char *code, struct wilayah *);

/*
 * The regions directly below parent, ordered by code, into *l (caller
 * frees with wilayah_list_free()).  An unknown parent gives an empty
 * list.  Returns 0, or -1 on a store error (l is then empty).
 */
int wilayah_children(struct store *, const char *parent,
    struct wilayah_list *l);

/*
 * "kabupaten", "kecamatan", "kampung" or "kelurahan": the word Siak uses
 * for the region's tier (the public API's "tingkat").
 */
const char *wilayah_tier(const struct wilayah *);

#endif
