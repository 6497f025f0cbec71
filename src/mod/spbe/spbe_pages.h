/* spbe_pages.h: helpers shared by the SPBE pages (pages/spbe_*.c). */
#ifndef PAMONG_SPBE_PAGES_H
#define PAMONG_SPBE_PAGES_H

#include <stddef.h>
#include <stdint.h>

#include "mod/akun/account.h"
#include "http/req.h"

struct spbe_framework;
struct spbe_penilaian;
struct spbe_skor;

/* Who may run assessments: the SPBE coordinator and administrators. */
#define ROLE_SPBE (ROLE_KOORDINATOR_SPBE | ROLE_ADMINS)

/*
 * Horizontal bars on the 0-5 scale as inline SVG (role="img", titled by
 * an element with id title_id); vals in hundredths.  The caller puts the
 * data table beside it.
 */
void spbe_svg_bars(struct buf *, const char *title_id,
    const char *const *labels, const int64_t *vals, size_t n);
/* Vertical bars of one value per year (index history). */
void spbe_svg_years(struct buf *, const char *title_id, const int *years,
    const int64_t *vals, size_t n);
/*
 * Load assessment r->captures[0] and its framework; on failure write the
 * 404 page and return -1.  *fw is freed with spbe_framework_free().
 */
int spbe_page_load(struct req *, const char *idstr, struct spbe_penilaian *,
    struct spbe_framework **);
/* Domain bars with their table, from a score. */
void spbe_domain_chart(struct req *, const struct spbe_framework *,
    const struct spbe_skor *, const char *id);
/* "2.35" and the predikat as a <p class="indeks"> block. */
void spbe_index_block(struct req *, const struct spbe_framework *,
    int64_t indeks, size_t kosong);

/* spbe_export.c */
void spbe_csv_write(struct req *, const struct spbe_framework *,
    const struct spbe_penilaian *);
void spbe_pdf_write(struct req *, const struct spbe_framework *,
    const struct spbe_penilaian *);

#endif
