/*
 * qr.h: a QR code as inline SVG, for pages that hand a citizen something
 * to scan (the receipt of an application, a queue booking).
 */
#ifndef PAMONG_QR_H
#define PAMONG_QR_H

struct buf;

/*
 * Append the QR code of text (error correction M) as an inline SVG of
 * px by px pixels: one path of black runs per row, a quiet zone of four
 * modules, class "qr", labelled for screen readers by title through the
 * element id (unique on the page).  Appends nothing when text cannot be
 * encoded.  0 on success, -1 when nothing was appended.
 */
int html_qr(struct buf *, const char *text, const char *id, const char *title,
    int px);

#endif
