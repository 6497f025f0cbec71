/* qr.c: a QR code as inline SVG (see qr.h). */
#include <qrencode.h>

#include "html.h"
#include "qr.h"

#define QR_QUIET 4 /* modules of white around the code */

int
html_qr(struct buf *b, const char *text, const char *id, const char *title,
    int px)
{
	QRcode *q;
	int w, side, row, col, run;

	if (text == NULL || *text == '\0' ||
	    (q = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1)) ==
		NULL)
		return -1;
	w = q->width;
	side = w + 2 * QR_QUIET;
	html_printf(b,
	    "<svg class=\"qr\" xmlns=\"http://www.w3.org/2000/svg\""
	    " viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\""
	    " role=\"img\" aria-labelledby=\"%s\"><title"
	    " id=\"%s\">%s</title><rect width=\"%d\" height=\"%d\""
	    " fill=\"#fff\"/><path fill=\"#000\" d=\"",
	    side, side, px, px, id, id, title, side, side);
	for (row = 0; row < w; row++)
		for (col = 0; col < w; col += run) {
			for (run = 0; col + run < w &&
			     (q->data[row * w + col + run] & 1);
			     run++)
				;
			if (run == 0) {
				run = 1;
				continue;
			}
			html_printf(b, "M%d %dh%dv1h-%dz", col + QR_QUIET,
			    row + QR_QUIET, run, run);
		}
	html_lit(b, "\"/></svg>");
	QRcode_free(q);
	return 0;
}
