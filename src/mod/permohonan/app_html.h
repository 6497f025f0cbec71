/*
 * app_html.h: pieces shared by the application pages (apply, Permohonan
 * Saya, the officer inbox, documents, tracking): addressing an
 * application in a URL, dates in WIB, the generated form fields, and the read-only views of an
 * application's fields, documents and history.
 */
#ifndef PAMONG_APP_HTML_H
#define PAMONG_APP_HTML_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "application.h"
#include "lib/multipart.h"
#include "http/req.h"

/*
 * An application's URL segment: its nomor, or "draf-<id>" for a draft
 * (which has none).  Caller frees.  In a URL it must be percent-encoded
 * (%U), since a nomor holds '/'.
 */
char	*app_seg(const struct app_row *);
/* "<prefix><encoded segment><suffix>" as a path for a redirect. */
char	*app_path(const char *prefix, const struct app_row *,
	    const char *suffix);
/* The application a URL segment names (see app_seg()); 0 if none. */
int64_t	 app_from_seg(struct req *, const char *seg);

/* "27 November 2026, 14.05 WIB" / "27 November 2026" (from YYYY-MM-DD). */
void	 app_time_write(struct buf *, time_t);
void	 app_date_write(struct buf *, const char *ymd);
/*
 * The <dt>/<dd> rows of a case's deadlines: this step's (while open) and
 * the whole service's (in working days from a complete file).
 */
void	 app_due_write(struct buf *, const struct app_row *);

/* Status label with "Draf"/"Terlambat" badges. */
void	 app_state_write(struct buf *, const struct app_row *);

/*
 * Error summary (role="alert") naming each field by its label, and
 * reminding that chosen files must be chosen again.
 */
void	 app_errs_write(struct req *, const struct field_errs *,
	    const struct app_view_field *, int, const struct app_view_doc *,
	    int);

/*
 * The inputs of a generated form: one per field (teks, angka, tanggal,
 * pilihan, teks_panjang) named "isian.<nama>", then one file input per
 * document named "berkas.<kode>".  Values come from the request when
 * from_request, else from the fields' stored values.  replacing: the
 * documents already uploaded may be kept (the fix form of a draft or a
 * perlu_perbaikan application).
 */
void	 app_form_inputs(struct req *, const struct app_view_field *, int,
	    const struct app_view_doc *, int, const struct field_errs *,
	    int from_request, int replacing);

/*
 * Fill in from the request: every declared field from "isian.<nama>" and
 * every non-empty file part "berkas.<kode>" of a declared document.  The
 * names, values and data point into the request (valid while it is), not
 * into the declarations.
 */
void	 app_input_fill(struct req *, struct app_input *,
	    const struct app_view_field *, int, const struct app_view_doc *,
	    int, const struct mp_file *, size_t);

/*
 * A note textarea named "catatan" for the form of action code (ids are
 * unique per action, so several action forms can share a page).
 */
void	 app_note_field(struct req *, const char *code, const char *label,
	    const char *hint, const char *value, const char *err);

/*
 * Why staff open application id, as the audit event and the citizen's
 * data-access log record it (akses.c): "Pemrosesan permohonan (what):
 * <step>" when it is in the reader's queue, else the purpose chosen in
 * parameter "tujuan" (akses_tujuan[]).  NULL when the reader must choose
 * a purpose first: then send app_purpose_required().  "" for the
 * applicant (whose reads are not recorded).  Caller frees.
 */
char	*app_read_purpose(struct req *, int64_t id, const char *what);
/* The "choose a purpose" form (HTML), or a 400 tujuan_wajib (API). */
void	 app_purpose_required(struct req *);

/* Read-only views of a loaded application. */
void	 app_fields_write(struct buf *, const struct app_view *);
/* Documents with download links under /berkas/<segment>/<kode>. */
void	 app_docs_write(struct buf *, const struct app_view *);
/* The history, oldest first; with_people adds names and notes. */
void	 app_history_write(struct buf *, const struct app_view *,
	    int with_people);

#endif
