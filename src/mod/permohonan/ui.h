/*
 * ui.h: the permohonan module's pages and API handlers (named by its
 * route table in module.c) and page helpers other pages use.
 */
#ifndef PAMONG_PERMOHONAN_UI_H
#define PAMONG_PERMOHONAN_UI_H

#include "http/req.h"

struct json_t;
struct store;

void page_apply(struct req *);
void page_apply_post(struct req *);
void page_my_apps(struct req *);
void page_my_app(struct req *);
void page_permohonan_saya_act(struct req *);
void page_permohonan_slashes(struct req *);
void page_inbox(struct req *);
void page_inbox_csv(struct req *);
void page_inbox_verify(struct req *);
void page_loket(struct req *);
void page_loket_post(struct req *);
void page_officer_app(struct req *);
void page_officer_act(struct req *);
void page_permohonan_bukti(struct req *);
void page_track(struct req *);
void page_track_item(struct req *);
void api_permohonan_list(struct req *);
void api_permohonan_create(struct req *);
void api_permohonan_get(struct req *);	/* nomor as one segment */
void api_permohonan_get4(struct req *); /* nomor with its slashes */
void api_permohonan_act(struct req *);

void api_permohonan_act4(struct req *);
void api_permohonan_doc(struct req *);
void api_track(struct req *);
/*
 * Add the form declaration of service layanan_id to a catalog item
 * object: "isian" [{nama,label,jenis,wajib,pilihan}] and "persyaratan"
 * [{kode,nama,wajib}] (replacing the plain list when documents are
 * declared).
 */
/*
 * Load the signed-in citizen's own application named by r->captures[0]
 * into *v (free with permohonan_view_free()).  0, or -1 after a 404 page
 * (unknown, not visible or someone else's).
 */
struct permohonan_view;
int permohonan_load_own(struct req *, struct permohonan_view *v);

/*
 * The page of the citizen's draft id (their own; else 404) with status
 * 422 and the errors e of the submission it was kept from (issue 19 item
 * 5): what was refused is named, what was sent is attached, the values of
 * the request are shown again.
 */
struct field_errs;
void permohonan_page_kept(struct req *, int64_t id, const struct field_errs *e);

/* Is the signed-in user a read-only overseer (inspektorat, pimpinan,
 * superadmin)? */
int permohonan_overseer(const struct req *);

/*
 * Normalise a tracking code as a person may type it (case, spaces and
 * hyphens do not matter; O reads as 0, I and L as 1).  0 with out set,
 * or -1 if it is not 12 characters of the alphabet.
 */
int permohonan_kode_norm(const char *in, char out[13]);

/* A NIK as typed, with spaces, dots or hyphens left out, into out; ""
 * unless that is 16 digits (ui_loket.c). */
void permohonan_nik_norm(const char *in, char out[17]);

/* The applicant's kampung (field "wilayah"): a select grouped by
 * kecamatan, value chosen, err shown under it when not NULL. */
void permohonan_kampung_select(struct req *, const char *value,
    const char *err);

void api_layanan_form(struct store *, int64_t layanan_id, struct json_t *);

#endif
