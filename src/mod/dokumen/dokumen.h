/*
 * dokumen.h: signed documents (issue 4; doc/dokumen.md): letter templates
 * per service, nomor surat formats per unit, the document registry
 * (table dokumen, migration 0008), revocation and supersession.
 * Signing itself is dokumen_sign.c (PKI, letter, PAdES); the workflow
 * calls it from permohonan_act_sign().
 */
#ifndef PAMONG_DOKUMEN_H
#define PAMONG_DOKUMEN_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "dokumen_data.h"
#include "surat.h"
#include "lib/str.h"

struct store;
struct account;
struct buf;
struct pki;

/* --- templates (dokumen.c) ---------------------------------------------- */

struct dokumen_templat {
	int64_t layanan_id;
	char layanan_code[21];
	char layanan_name[STR_CHARS(200)];
	char judul[STR_CHARS(160)];
	char *isi;	/* malloc'd */
	char level[12]; /* kabupaten kecamatan kampung */
	char klasifikasi[21];
	int is_default;	  /* no row: generated from the form */
	int versi;	  /* saved version (>= 1); 0 default */
	char *fields[32]; /* the service's form field names */
	int nfields;
};

/*
 * Load the template of service layanan_id (its row, or the default made
 * from the service's name, level and form fields).  0, or -1 (no such
 * service or storage error).  Free with dokumen_templat_free().
 */
int dokumen_templat_load(struct store *, int64_t layanan_id,
    struct dokumen_templat *);
void dokumen_templat_free(struct dokumen_templat *);

/*
 * Save the template of a service after checking it (title 3..160
 * characters, body 10..8000 with only known placeholders, klasifikasi
 * 1..20 of [0-9A-Za-z.-]): a new version (surat_templat.versi + 1, its
 * text kept in surat_templat_versi) with audit event "surat.templat"
 * whose note holds the text before and after (JSON {"sebelum":{...},
 * "sesudah":{...}}), in one transaction.  0; -1 with an Indonesian
 * message in err; -2 when actor may not edit it (catalog_owner(), the service's owner),
 * nothing written.
 */
int dokumen_templat_save(struct store *, int64_t layanan_id, const char *judul,
    const char *isi, const char *klasifikasi, const struct account *actor,
    const char *addr, time_t now, char *err, size_t errlen);

/*
 * Insert the default template of every service whose workflow has an
 * action that signs a document and that has no template yet (pamong
 * init).  Returns the number inserted, or -1.
 */
int dokumen_templat_seed(struct store *, time_t now);

/*
 * The nomor surat format and unit code of unit_id (its row, or
 * SURAT_FORMAT_DEFAULT and the unit's code).  0 or -1.
 */
int dokumen_format_load(struct store *, int64_t unit_id,
    char fmt[STR_CHARS(120)], char kode_unit[41]);

/*
 * Check and save a unit's format with audit event "surat.format" (note:
 * JSON format and kode unit before and after), in one transaction.  0;
 * -1 with err; -2 when actor may not administer unit_id
 * (account_may_admin), nothing written.
 */
int dokumen_format_save(struct store *, int64_t unit_id, const char *fmt,
    const char *kode_unit, const struct account *actor, const char *addr,
    time_t now, char *err, size_t errlen);

/* --- the registry (dokumen.c) ------------------------------------------- */

/* By verification code (canonical form).  0, -1 not found, -2 storage. */
int dokumen_by_kode(struct store *, const char *kode, struct dokumen *);
/* By SHA-256 of the file (hex).  Same returns. */
int dokumen_by_sha256(struct store *, const char *sha256, struct dokumen *);
/* The newest document of an application.  Same returns. */
int dokumen_of_app(struct store *, int64_t permohonan_id, struct dokumen *);

/*
 * May actor end (revoke or supersede) document d?  Its signer, or an
 * admin/superadmin.  1 or 0.
 */
int dokumen_may_end(const struct account *actor, const struct dokumen *d);

/*
 * Revoke document kode (status sah) with a reason (5..500 characters):
 * status dicabut, who/when/why, tlog entry {"jenis":"dokumen_cabut",
 * "kode","alasan_hash"...}, audit event and a notification to the
 * applicant, in one transaction.  Returns 0; -1 not found or not allowed
 * (the caller answers 404 or 403 by dokumen_may_end()); -3 not valid any
 * more (already ended); -4 bad reason (why set); -5 storage.
 */
int dokumen_revoke(struct store *, const char *kode, const char *reason,
    const struct account *actor, const char *addr, time_t now,
    const char **why);

/* Position of actor as shown when they sign (BSrE) or end a document:
 * their signer certificate's title; without one, the position as on the
 * unit for a kepala (pki_title(): Penghulu, Lurah, Camat, Kepala ...),
 * "Administrator Sistem, <unit>" or "Petugas <unit>". */
void dokumen_position(struct store *, const struct account *, char *out,
    size_t outlen);

/* --- signing (dokumen_sign.c) ------------------------------------------- */

/* Signing context of a worker or CLI run. */
struct dokumen_ctx {
	struct pki *pki;
	const char *data_dir;
	const char *base_url; /* NULL: pki_base_url() */
	int prod;	      /* production (`serve --prod`): letters must
				 carry a public verification URL */
};

/*
 * May letters be signed here (issue 18)?  In production the public base
 * URL the letters carry (pki_base_url()) must not be a loopback or
 * private address (alamat_publik()).  1, or 0 with an Indonesian message
 * in *why.
 */
int dokumen_may_sign_here(const struct dokumen_ctx *, const char **why);

/* An unlocked signing key (opaque). */
struct dokumen_key;

/*
 * Unlock account_id's signing key with passphrase.  Returns the key, or
 * NULL with *rc = -1 (no active certificate), -2 (wrong passphrase; the
 * caller records it with dokumen_bad_passphrase()) or -3 (throttled: too
 * many wrong passphrases lately, nothing was tried; dokumen_pass_wait()
 * says for how long).
 */
struct dokumen_key *dokumen_key_open(struct store *, int64_t account_id,
    const char *passphrase, time_t now, int *rc);

/*
 * Passphrase throttle (issue 12; doc/pki.md): after TTD_MAX_FAIL wrong
 * passphrases of one signer within TTD_WINDOW seconds, counted in table
 * ttd_gagal (shared by every worker), the key is not unlocked until the
 * window frees a slot.  Seconds to wait (> 0), or 0 when a try is allowed.
 */
#define TTD_WINDOW (15 * 60)
#define TTD_MAX_FAIL 5
int dokumen_pass_wait(struct store *, int64_t account_id, time_t now);
/* The Indonesian refusal for a throttled signer, for wait seconds, in
 * buf. */
const char *dokumen_pass_throttled(int wait, char *buf, size_t len);
void dokumen_key_free(struct dokumen_key *);

/*
 * Record a failed passphrase for account actor on object (application
 * nomor or document kode) in its own small transaction: audit event
 * "dokumen.frasa_salah" and a ttd_gagal row; the failure that reaches
 * TTD_MAX_FAIL in the window also notifies the signer in the app and
 * writes the audit event "dokumen.ttd_ditahan".  0 or -1.
 */
int dokumen_bad_passphrase(struct store *, const struct account *actor,
    const char *object_type, const char *object_id, const char *addr,
    time_t now);

/*
 * Render, sign (PAdES B-T with the PKI's TSA) and store (durable,
 * content-addressed) the letter of application permohonan_id, issued by
 * unit_id, with the nomor the unit's sequence will give next.  No
 * transaction is open; nothing in the database changes.  0, or -1 with
 * an Indonesian message in err.
 */
int dokumen_make(struct store *, const struct dokumen_ctx *,
    struct dokumen_key *, int64_t permohonan_id, int64_t unit_id, time_t now,
    struct dokumen_draft *, char *err, size_t errlen);

/*
 * The signer's preview: the letter of application permohonan_id, issued
 * by the unit handling it now, exactly as dokumen_make() would render it
 * now (same
 * template version, data, nomor the sequence would give next, kop and
 * signature block with signer_id's active certificate, or placeholders
 * when 0 or none), unsigned and marked across every page as a draft
 * (M_DOKUMEN_PREVIEW_MARK).  The verification code printed is a fresh
 * random one that is never registered.  PDF bytes appended to pdf.  No
 * transaction, nothing written.  0; -2 when the application's service
 * issues no signed letter; -1 other failure; both with an Indonesian
 * message in err.  The caller checks that actor may see the application.
 */
int dokumen_preview(struct store *, const struct dokumen_ctx *,
    int64_t signer_id, int64_t permohonan_id, time_t now, struct buf *pdf,
    char *err, size_t errlen);

/*
 * The signer-backend hook (mod/bsre, doc/bsre.md): render the unsigned
 * letter exactly as dokumen_make() would, for a signer outside Pamong.
 * d->signer_name and d->signer_position are the caller's (printed); the
 * rest of d is filled as dokumen_make() does (kode, nomor, seq, year,
 * template version, title).  place gets the place printed.  No
 * transaction, nothing written.  0, or -1 with an Indonesian message.
 */
int dokumen_render(struct store *, const struct dokumen_ctx *,
    int64_t permohonan_id, int64_t unit_id, time_t now, struct dokumen_draft *d,
    struct buf *pdf, char place[STR_CHARS(160)], char *err, size_t errlen);

/*
 * Inside the caller's transaction, move d's unit's nomor sequence of
 * d->year to d->seq (the number printed).  0; 1 when the sequence moved
 * on meanwhile (roll back and render again); -1 storage failure.
 * dokumen_register() does it unless d->seq_reserved.
 */
int dokumen_seq_reserve(struct store *, const struct dokumen_draft *d);

/*
 * Register draft inside the caller's transaction: advance the unit's
 * nomor sequence to draft->seq, insert the berkas and dokumen rows, the
 * tlog entry {"jenis":"dokumen","kode","sha256","sertifikat","waktu"},
 * and (draft->supersedes) end the old document as digantikan with a
 * "dokumen_ganti" tlog entry.  *id gets the new row id.  0; 1 when the
 * sequence moved on meanwhile (roll back, dokumen_make() again); -1.
 */
int dokumen_register(struct store *, const struct dokumen_draft *,
    const char *reason, const struct account *actor, time_t now, int64_t *id);

/*
 * Supersede document kode: make a corrected document for the same
 * application from the current template and data, signed by actor (the
 * original signer or another active signer of the same unit; an admin
 * must hold a signing certificate too), register it and mark the old one
 * digantikan pointing at the new one, with audit and tlog entry, in one
 * transaction.  new_kode gets the new code.  Returns 0; -1 not found or
 * not allowed; -2 wrong passphrase (recorded); -3 not valid any more;
 * -4 bad input (why); -5 storage or signing failure (why); -6 throttled
 * (too many wrong passphrases; why, dokumen_pass_wait()).
 */
int dokumen_supersede(struct store *, const struct dokumen_ctx *,
    const char *kode, const char *reason, const char *passphrase,
    const struct account *actor, const char *addr, time_t now,
    char new_kode[SURAT_KODE_LEN + 1], const char **why);

#endif
