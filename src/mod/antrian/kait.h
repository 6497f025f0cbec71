/*
 * kait.h: which application a booking or a ticket may be bound to
 * (private to the antrian module).
 */
#ifndef PAMONG_ANTRIAN_KAIT_H
#define PAMONG_ANTRIAN_KAIT_H

#include <stdint.h>

#include "antrian.h"

/*
 * Application nomor for a ticket of catalog service layanan_kode: it
 * must be submitted (not a draft), still open, of that service, and
 * actor's own (milik) or one actor may see (permohonan_visible()).  Its
 * id to *id and ANTRIAN_OK, else E_PERMOHONAN (or E_STORE) with *id 0.
 */
enum antrian_err antrian_permohonan_cek(struct store *,
    const struct account *actor, const char *nomor, const char *layanan_kode,
    int milik, int64_t *id);

#endif
