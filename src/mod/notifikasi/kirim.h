/*
 * kirim.h: delivery of the outbox (issue 15).  A round claims due rows
 * per channel with a lease, sends each through its channel (kanal.h) and
 * records the attempt: antre -> mengirim -> terkirim, or back to antre
 * with a backoff of 1, 5, 15 and 60 minutes after a temporary failure,
 * or gagal (a permanent failure, or the fifth failed attempt) with the
 * provider's reason.  A row is sent by one worker at a time: a claim is
 * one UPDATE in a transaction (PostgreSQL: FOR UPDATE SKIP LOCKED); a
 * worker that dies leaves its rows in mengirim until the lease ends,
 * when they are tried again (nothing recorded as terkirim is sent twice).
 */
#ifndef PAMONG_KIRIM_H
#define PAMONG_KIRIM_H

#include <stdint.h>
#include <time.h>

#include "kanal.h"

struct store;

#define KIRIM_MAX_ATTEMPTS 5

/* What a round did. */
struct kirim_hasil {
	int terkirim, ulang, gagal; /* attempts by outcome */
	int hilang;		    /* results not recorded: lease lost */
};

/*
 * How a round runs: batch rows claimed at a time (1..50); budget, when
 * above 0, the seconds after which no new send starts (claimed rows not
 * started go back to antre, unchanged).  The server's job keeps worker 1
 * short (KIRIM_JOB_BATCH, KIRIM_JOB_BUDGET); `pamong kirim` has none.
 */
struct kirim_opts {
	int batch;
	int budget;
};
#define KIRIM_BATCH 20
#define KIRIM_JOB_BATCH 5
#define KIRIM_JOB_BUDGET 5

/*
 * One delivery round at now with configuration c: every channel that is
 * KANAL_AKTIF, at most its per-minute limit minus what was sent in the
 * last minute, in batches (o NULL: KIRIM_BATCH, no budget).  Adds to *h.
 * 0, or -1 on a storage error (logged to stderr; other channels still
 * ran).
 */
int kirim_round(struct store *, const struct kanal_conf *c, time_t now,
    const struct kirim_opts *o, struct kirim_hasil *h);

/* Seconds to wait after failed attempt n (1-based); -1: give up. */
int kirim_backoff(int n);

/* The timed job "notifikasi.kirim": read DATA/kanal.conf, one round. */
int kirim_job(struct store *, const char *data_dir, time_t now);

/*
 * A status webhook: provider_id's message is "sent", "delivered",
 * "read" or "failed" (with reason, may be ""), in any order and any
 * number of times: the state only moves forward (terkirim < gagal <
 * diterima < dibaca), whatever order statuses arrive in.  Returns 1 when
 * a row moved, 0 when nothing changed (a repeat, an unknown id, an older
 * status), -1 for an unknown status word or a storage error.
 */
int kirim_status(struct store *, const char *provider_id, const char *status,
    const char *reason, time_t now);

/* The admin's resend of a failed message: 1, 0 not gagal, -1. */
int kirim_resend(struct store *, int64_t id, int64_t actor_id, const char *addr,
    time_t now);

#endif
