/* sql.h: every query of the sehat module (sql.c).  Private to the module. */
#ifndef PAMONG_SEHAT_SQL_H
#define PAMONG_SEHAT_SQL_H

#include <stdint.h>

struct store;

/* One round trip to the database: 0, or -1 when it does not answer. */
int sehat_sql_ping(struct store *);

/*
 * The outbox rows of channel (email, whatsapp, sms) that are due (state
 * antre, next attempt at or before now): how many into *n, and when the
 * oldest of them became due into *sejak (0 when none).  0 or -1.
 */
int sehat_sql_antre(struct store *, const char *channel, int64_t now,
    int64_t *n, int64_t *sejak);

#endif
