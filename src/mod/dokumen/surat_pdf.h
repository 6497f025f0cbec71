/*
 * surat_pdf.h: render an official letter as an A4 PDF with libharu (issue 4).
 *
 * Letterhead of the issuing level, nomor surat, title, body, place and
 * date, the electronic-signature block, a QR code of the verification
 * URL and the legal footer on electronic signatures (UU ITE).  Text is
 * UTF-8 and converted for the font's encoding (WinAnsi); a character the
 * encoding cannot hold is an error, never silently dropped.
 * The output is a classic-xref PDF that pades_sign() can sign.
 */
#ifndef PAMONG_LETTER_H
#define PAMONG_LETTER_H
#include <stddef.h>

struct buf;

enum surat_pdf_level {
	SURAT_PDF_KABUPATEN,
	SURAT_PDF_KECAMATAN,
	SURAT_PDF_KAMPUNG
};

/* Rows of the identity block (nama, NIK, ... alamat). */
#define SURAT_IDENT_MAX 12

/* The body line that stands for the identity block ({{identitas}}). */
#define SURAT_IDENT_MARK "\f"

struct letter {
	enum surat_pdf_level level;
	const char *kop[4]; /* letterhead lines, top to bottom, e.g.
					   "PEMERINTAH KABUPATEN SIAK",
					   "KECAMATAN SIAK", "KAMPUNG DALAM",
					   address line; NULL ends.  With
					   two or more lines the last is the
					   address (small, regular), the
					   others bold names sized by level */
	const char *title;  /* e.g. "SURAT KETERANGAN DOMISILI" */
	const char *nomor_surat;
	const char *body;  /* paragraphs separated by "\n\n";
					   "\n" inside = line break */
	const char *place; /* e.g. "Siak Sri Indrapura" */
	const char *date;  /* e.g. "28 November 2026" */
	const char *signer_name;
	const char *signer_position;
	const char *signer_nip; /* 18 digits printed "NIP. 19800101 200501
				   1 001" under the name; NULL or "": none */
	const char *ident[SURAT_IDENT_MAX][2]; /* label, value (UTF-8) */
	int nident;		/* drawn as a two-column block, each value
		       wrapped whole beside its label, where a body
		       line is exactly SURAT_IDENT_MARK */
	const char *verify_url; /* encoded in the QR and printed */
	const char *kode;	/* verification code, printed */
	const char *footer;	/* the footer of every page (%s: verify_url);
			       NULL: M_PADES_FOOTER (regency CA) */
	const char *draft;	/* NULL for the real letter; else a
					   mark printed large and grey across
					   every page and at its top, e.g.
					   "DRAF - BELUM DITANDATANGANI" (the
					   signer's preview) */
};

/*
 * Render l as PDF bytes appended to out.  0, or -1 with an Indonesian
 * message in err (e.g. a character outside the font's encoding).
 */
int surat_pdf_render(const struct letter *, struct buf *out, char *err,
    size_t errlen);

/*
 * Convert the NUL-terminated UTF-8 text s to Windows-1252 (the PDF
 * WinAnsiEncoding of the base-14 fonts), appended to out.  Every
 * character CP1252 holds maps (é, ü, ’, “ ”, –, —, €, ...); a tab becomes
 * a space.  Invalid UTF-8, a control character or a character outside
 * CP1252 (e.g. CJK) is an error naming it: -1 with an Indonesian message
 * in err, and out is left as it was.  0 on success.
 */
int surat_pdf_cp1252(const char *s, struct buf *out, char *err, size_t errlen);

#endif
