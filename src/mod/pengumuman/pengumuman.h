/*
 * pengumuman.h: announcements by units (new services, changes to service
 * standards): draft -> terbit (published) -> ditarik (withdrawn), and
 * back to terbit.  Written by the unit's admin, operator or kepala.
 * Every change is one transaction with its audit event.
 */
#ifndef PAMONG_PENGUMUMAN_H
#define PAMONG_PENGUMUMAN_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "pengumuman_data.h"
#include "lib/str.h"

struct store;
struct account;
struct field_errs;

/* Roles that may write a unit's announcements. */
#define PENGUMUMAN_ROLES (ROLE_ADMIN | ROLE_OPERATOR | ROLE_KEPALA)

/* Indonesian label of a jenis or state; NULL when unknown. */
const char *pengumuman_jenis_label(const char *jenis);
const char *pengumuman_state_label(const char *state);

/*
 * Validate and save: id 0 creates a draft for the actor's unit (*idp set),
 * otherwise edits announcement id of the actor's unit (any state).
 * Returns 0; -1 with errs; -2 not found or another unit's; -3 store error.
 */
int pengumuman_save(struct store *, const struct account *actor, int64_t id,
    const char *jenis, const char *judul, const char *isi, const char *addr,
    time_t now, struct field_errs *errs, int64_t *idp);

/*
 * Publish (to "terbit") or withdraw (to "ditarik") announcement id of the
 * actor's unit.  Returns 0; -2 not found or another unit's; -4 not
 * allowed from the current state (terbit from draft/ditarik, ditarik from
 * terbit); -3 store error.
 */
int pengumuman_set_state(struct store *, const struct account *actor,
    int64_t id, const char *to, const char *addr, time_t now);

/* Announcement id; 0, -1 not found, -3 store error.  Free with _clear. */
int pengumuman_get(struct store *, int64_t id, struct pengumuman *);

/*
 * A list, newest first: unit_id 0 = every unit; published_only lists only
 * "terbit" (by publication time), else every state (by last change).
 * At most limit rows.  Free with pengumuman_list_free(); NULL on error.
 */
struct pengumuman *pengumuman_list(struct store *, int64_t unit_id,
    int published_only, int limit, size_t *np);

#endif
