/*
 * struk.h: the 80 mm receipt of a ticket as a PDF (issue 16), for a
 * thermal printer: site, number, service, time, people ahead and a QR
 * of the URL to follow the ticket on a phone.
 */
#ifndef PAMONG_ANTRIAN_STRUK_H
#define PAMONG_ANTRIAN_STRUK_H

#include <stddef.h>

#include "lib/buf.h"
#include "antrian_data.h"

#define ANTRIAN_STRUK_W 226.77f /* 80 mm in points */
#define ANTRIAN_STRUK_H 311.81f /* 110 mm */

/*
 * Render the receipt of ticket t (di_depan people ahead) at site
 * lokasi_nama, whose QR encodes url (absolute), appended to out.
 * Returns 0, or -1 with an Indonesian reason in err (a name outside
 * Windows-1252, libharu or QR failure; out unchanged).
 */
int antrian_struk_pdf(const struct antrian_tiket *t, int di_depan,
    const char *lokasi_nama, const char *url, struct buf *out, char *err,
    size_t errlen);

#endif
