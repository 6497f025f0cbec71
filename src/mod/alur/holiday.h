/*
 * holiday.h: the holidays table (hari_libur) behind the working-day
 * calendar, edited by admins: national holidays, cuti bersama and
 * regional holidays.  2026 is seeded from the SKB (migration 0004).
 */
#ifndef PAMONG_HOLIDAY_H
#define PAMONG_HOLIDAY_H

#include <stddef.h>
#include <stdint.h>

#include "holiday_data.h"
#include "lib/str.h"

struct account;
struct field_errs;
struct store;

/* Indonesian label of a kind ("Libur nasional"); NULL if unknown. */
const char *holiday_kind_label(const char *kind);

/*
 * Holidays of year (2000..2100) in date order: a new array of *np (the
 * caller frees; non-NULL even when empty).  NULL on a store error.
 */
struct holiday *holiday_list(struct store *, int year, size_t *np);

/* One holiday by date; 0 found, -1 not. */
int holiday_get(struct store *, const char *date, struct holiday *);

/*
 * Validate and add one holiday with its audit event ("libur.tambah") in
 * one transaction.  Fields: "tanggal", "nama", "jenis", "dasar".  Returns
 * 0; or -1 with Indonesian messages per field in errs, nothing written.
 */
int holiday_add(struct store *, const char *date, const char *name,
    const char *kind, const char *basis, const struct account *actor,
    const char *addr, struct field_errs *errs);

/*
 * Delete the holiday on date with its audit event ("libur.hapus").
 * Returns 0, -1 when there is none, -2 on a storage failure.
 */
int holiday_delete(struct store *, const char *date,
    const struct account *actor, const char *addr);

#endif
