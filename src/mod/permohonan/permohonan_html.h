/*
 * permohonan_html.h: pieces shared by the application pages (apply, Permohonan
 * Saya, the officer inbox, documents, tracking): addressing an
 * application in a URL, dates in WIB, the generated form fields, and the read-only views of an
 * application's fields, documents and history.
 */
#ifndef PAMONG_APP_HTML_H
#define PAMONG_APP_HTML_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "permohonan.h"
#include "lib/multipart.h"
#include "http/req.h"

/*
 * An application's URL segment: its nomor, or "draf-<id>" for a draft
 * (which has none).  Caller frees.  In a URL it must be percent-encoded
 * (%U), since a nomor holds '/'.
 */
char *permohonan_seg(const struct permohonan_row *);
/* "<prefix><encoded segment><suffix>" as a path for a redirect. */
char *permohonan_path(const char *prefix, const struct permohonan_row *,
    const char *suffix);
/* The application a URL segment names (see permohonan_seg()); 0 if none. */
int64_t permohonan_from_seg(struct req *, const char *seg);

/* "27 November 2026, 14.05 WIB" / "27 November 2026" (from YYYY-MM-DD). */
void permohonan_time_write(struct buf *, time_t);
void permohonan_date_write(struct buf *, const char *ymd);
/*
 * The <dt>/<dd> rows of a case's deadlines: this step's (while open) and
 * the whole service's (in working days from a complete file).
 */
void permohonan_due_write(struct buf *, const struct permohonan_row *);

/* Status label with "Draf"/"Terlambat" badges. */
void permohonan_state_write(struct buf *, const struct permohonan_row *);

/*
 * Error summary (role="alert") naming each field by its label, and
 * reminding that chosen files must be chosen again.
 */
void permohonan_errs_write(struct req *, const struct field_errs *,
    const struct permohonan_view_field *, int,
    const struct permohonan_view_doc *, int);

/*
 * The inputs of a generated form: one per field (teks, angka, tanggal,
 * pilihan, teks_panjang) named "isian.<nama>", then one file input per
 * document named "berkas.<kode>".  Values come from the request when
 * from_request, else from the fields' stored values.  replacing: the
 * documents already uploaded may be kept (the fix form of a draft or a
 * perlu_perbaikan application).
 */
void permohonan_form_inputs(struct req *, const struct permohonan_view_field *,
    int, const struct permohonan_view_doc *, int, const struct field_errs *,
    int from_request, int replacing);

/*
 * Fill in from the request: every declared field from "isian.<nama>" and
 * every non-empty file part "berkas.<kode>" of a declared document.  The
 * names, values and data point into the request (valid while it is), not
 * into the declarations.
 */
void permohonan_input_fill(struct req *, struct permohonan_input *,
    const struct permohonan_view_field *, int,
    const struct permohonan_view_doc *, int, const struct mp_file *, size_t);

/*
 * A note textarea named "catatan" for the form of action code (ids are
 * unique per action, so several action forms can share a page).
 */
void permohonan_note_field(struct req *, const char *code, const char *label,
    const char *hint, const char *value, const char *err);

/*
 * Why staff open application id, as the audit event and the citizen's
 * data-access log record it (akses.c): "Pemrosesan permohonan (what):
 * <step>" when it is in the reader's queue, else the purpose chosen in
 * parameter "tujuan" (akses_tujuan[]).  NULL when the reader must choose
 * a purpose first: then send permohonan_purpose_required().  "" for the
 * applicant (whose reads are not recorded).  Caller frees.
 */
char *permohonan_read_purpose(struct req *, int64_t id, const char *what);
/* The "choose a purpose" form (HTML), or a 400 tujuan_wajib (API). */
void permohonan_purpose_required(struct req *);

/* Read-only views of a loaded application. */
void permohonan_fields_write(struct buf *, const struct permohonan_view *);
/* Documents with download links under /berkas/<segment>/<kode>. */
void permohonan_docs_write(struct buf *, const struct permohonan_view *);
/* The history, oldest first; with_people adds names and notes. */
void permohonan_history_write(struct buf *, const struct permohonan_view *,
    int with_people);

#endif
