/*
 * fuzz_letter.c: libFuzzer target for the letter PDF renderer
 * (src/domain/surat_pdf.c: UTF-8 to CP1252, line breaking, pages, QR) with
 * text that came from templates and citizens' form values.
 *
 * Input: fields separated by the byte 0x1f: level (first byte mod 3),
 * title, nomor surat, body, place, date, signer name, signer position,
 * verification URL, code, then up to four letterhead lines.  Missing
 * fields take a sample value.  A rendered letter must be a PDF that
 * pdf_scan loads (pades_sign() needs its classic xref); a refusal must
 * say why; any field that surat_pdf_cp1252() refuses must make the render
 * fail (text is never dropped silently), except for the body's line
 * breaks, which may be CRLF (form textareas send them).
 *
 *   make build/fuzz/fuzz_letter && build/fuzz/fuzz_letter fuzz/corpus/letter
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "mod/dokumen/surat_pdf.h"
#include "mod/dokumen/pdf_scan.h"
#include "lib/buf.h"
#include "lib/xalloc.h"

#define NF 14

static void
check(int cond)
{
	if (!cond)
		abort();
}

static const char *const sample[NF] = { "", "SURAT KETERANGAN DOMISILI",
	"470/KD/2026/0042",
	"Yang bertanda tangan di bawah ini menerangkan bahwa:\n\nNama: Andi",
	"Siak Sri Indrapura", "7 Desember 2026", "Ahmad Reza, S.Sos.",
	"Penghulu Kampung Dalam",
	"https://siakkab.go.id/v/ABCD-EFGH-JKMN-PQRS-T",
	"ABCD-EFGH-JKMN-PQRS-T", "PEMERINTAH KABUPATEN SIAK", NULL, NULL,
	NULL };

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = xmalloc(size + 1), *f[NF], *p, *sep, err[512];
	struct letter l;
	struct buf out = BUF_INIT, tmp = BUF_INIT;
	struct pdf_doc d;
	char why[128];
	int i, n, bad = 0, rc;

	memcpy(s, data, size);
	s[size] = '\0';
	for (i = 0; i < NF; i++)
		f[i] = (char *)sample[i];
	for (p = s, n = 0; n < NF; n++) {
		f[n] = p;
		if ((sep = strchr(p, '\x1f')) == NULL) {
			n++;
			break;
		}
		*sep = '\0';
		p = sep + 1;
	}
	memset(&l, 0, sizeof(l));
	l.level = (enum surat_pdf_level)((unsigned char)f[0][0] % 3);
	l.title = f[1];
	l.nomor_surat = f[2];
	l.body = f[3];
	l.place = f[4];
	l.date = f[5];
	l.signer_name = f[6];
	l.signer_position = f[7];
	l.verify_url = f[8];
	l.kode = f[9];
	for (i = 0; i < 4; i++)
		l.kop[i] = f[10 + i];
	if (l.kop[0] == NULL)
		l.kop[0] = sample[10];

	for (i = 1; i < NF; i++) {
		char *t;

		if (f[i] == NULL)
			continue;
		/* the body's line breaks ("\n", "\r\n", a final "\r") are
		 * layout, not text (draw_body() splits on them) */
		t = xstrdup(f[i]);
		if (i == 3)
			for (p = t; *p != '\0'; p++)
				if (*p == '\n' ||
				    (*p == '\r' &&
					(p[1] == '\n' || p[1] == '\0')))
					*p = ' ';
		buf_reset(&tmp);
		err[0] = '\0';
		rc = surat_pdf_cp1252(t, &tmp, err, sizeof(err));
		free(t);
		if (rc != 0) {
			check(err[0] != '\0');
			bad = 1;
		}
	}
	err[0] = '\0';
	rc = surat_pdf_render(&l, &out, err, sizeof(err));
	if (rc == 0) {
		check(!bad);
		check(out.len > 8 && memcmp(out.s, "%PDF-", 5) == 0);
		check(pdf_doc_load(&d, out.s, out.len, why, sizeof(why)) == 0);
		pdf_doc_free(&d);
	} else
		check(rc == -1 && err[0] != '\0');
	buf_free(&out);
	buf_free(&tmp);
	free(s);
	return 0;
}
