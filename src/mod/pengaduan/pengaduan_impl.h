/* pengaduan_impl.h: helpers shared by pengaduan*.c (not an interface). */
#ifndef PAMONG_PENGADUAN_IMPL_H
#define PAMONG_PENGADUAN_IMPL_H

#include <stdint.h>
#include <time.h>

struct store;
struct account;

/* Is a a complaint admin (PENGADUAN_ADMIN_ROLES)? */
int pengaduan_is_admin(const struct account *a);
/*
 * Append a history row / a thread message / an audit event / notify every
 * complaint admin, in the caller's transaction; *rc becomes -1 on failure
 * (and nothing more is written once it is).
 */
void pengaduan_history(struct store *, int64_t id, int64_t actor,
    const char *tindakan, const char *dari, const char *ke, int64_t unit_id,
    time_t now, int *rc);
void pengaduan_message(struct store *, int64_t id, int64_t actor,
    const char *peran, const char *tindakan, const char *isi, time_t now,
    int *rc);
void pengaduan_audit(struct store *, int64_t actor, const char *role,
    int64_t unit_id, const char *action, const char *nomor, const char *from,
    const char *to, const char *addr, int *rc);
void pengaduan_notify_admins(struct store *, const char *text, const char *link,
    int *rc);
/* The "pengaduan_selesai" transparency-log entry of complaint id.  0/-1. */
int pengaduan_tlog_close(struct store *, int64_t id, const char *hasil,
    time_t now);

#endif
