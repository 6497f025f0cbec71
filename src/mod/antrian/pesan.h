/*
 * pesan.h: online bookings of the MPP queue (issue 16; table
 * antrian_pesan, migration 0027) and the issuing step they share with
 * the kiosk.  Private to the module but for antrian.h's users through
 * antrian.h's declarations.
 */
#ifndef PAMONG_ANTRIAN_PESAN_H
#define PAMONG_ANTRIAN_PESAN_H

#include <time.h>

#include "antrian_data.h"

struct store;

/*
 * Inside the caller's transaction: number and insert a waiting ticket of
 * service lay at site lok (no checks of quota or throttle).  0; 1 the
 * day's numbers are used up; -1 storage failure.
 */
int antrian_terbit(struct store *, const struct antrian_lokasi *lok,
    const struct antrian_layanan *lay, int prioritas, int64_t kios, time_t now,
    struct antrian_tiket *t);

#endif
