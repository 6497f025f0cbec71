/*
 * terbit.h: the issuing step the kiosk and the check-in of a booking share
 * (issue 16), private to the module.
 */
#ifndef PAMONG_ANTRIAN_TERBIT_H
#define PAMONG_ANTRIAN_TERBIT_H

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
