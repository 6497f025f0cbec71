/*
 * sakip.h: SAKIP performance rules (issue 22), the public face of the
 * sakip module: numbers as exact decimals, capaian of an indicator, and
 * the AKIP self-evaluation score (PermenPANRB 88/2021).
 *
 * Every value is an integer in a fixed scale, so no floating point:
 *   an amount (target, realisasi) is in millionths (SAKIP_SKALA);
 *   a capaian is in hundredths of a percent (11500 = 115.00 %);
 *   an AKIP score is in hundredths of a point (7014 = 70.14).
 * Rounding is half up, from exact ratios of integers.
 */
#ifndef PAMONG_SAKIP_H
#define PAMONG_SAKIP_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#define SAKIP_SKALA 1000000 /* amounts: 6 decimal places */
/* |amount| at most 10^12 (a rupiah budget of a regency fits) */
#define SAKIP_ANGKA_MAX ((int64_t)1000000000000 * SAKIP_SKALA)

/*
 * How an indicator's realisation is judged (wp-eval-sakip's "rumus
 * capaian": tren positif, tren negatif, nilai akhir).
 */
enum sakip_polaritas {
	SAKIP_POSITIF = 1,    /* higher is better: R / T x 100 */
	SAKIP_NEGATIF = 2,    /* lower is better: (T - (R - T)) / T x 100 */
	SAKIP_NILAI_AKHIR = 3 /* the latest quarter's value, R / T x 100 */
};

/* "positif", "negatif", "nilai_akhir" (also "nilai akhir") -> the enum,
 * or 0 when unknown. */
int sakip_polaritas_parse(const char *);
/* The enum -> its stored word ("positif", ...); "?" when out of range. */
const char *sakip_polaritas_kata(int);

/*
 * Parse a decimal amount: optional '-', digits, optionally '.' and at
 * most 6 more digits ("5.50", "1200", "-0.5"); no spaces, no exponent,
 * no thousands separator (a ',' is refused).  Stores it in millionths in
 * *out and returns 0; -1 when it is not such a number or |x| > 10^12.
 */
int sakip_angka_parse(const char *s, int64_t *out);
/* Write an amount (millionths) with at least 0 and at most 6 decimals,
 * trailing zeros dropped: 5500000 -> "5.5", 1200000000 -> "1200".  out
 * holds 32 bytes. */
void sakip_angka_fmt(int64_t x, char out[32]);

/*
 * Capaian of realisasi r against target t (both millionths), in
 * hundredths of a percent, rounded half up:
 *   SAKIP_POSITIF, SAKIP_NILAI_AKHIR: r / t x 100
 *   SAKIP_NEGATIF: (t - (r - t)) / t x 100 = (2t - r) / t x 100
 * A result beyond ±SAKIP_CAPAIAN_MAX (10^15 %: a target of a millionth
 * against a trillion) is clamped to it.
 * *mentah gets the value before the floor at 0 (may be NULL); the value
 * stored in *out is never below 0 ("never shown below 0").
 * Returns 0; -1 when t is 0 (no capaian: the caller shows the flag);
 * -2 when t is negative (not defined here; refused) or the polarity is
 * unknown.
 */
#define SAKIP_CAPAIAN_MAX ((int64_t)100000000000000000) /* hundredths */
int sakip_capaian(int polaritas, int64_t t, int64_t r, int64_t *out,
    int64_t *mentah);

/*
 * Capaian of a year's quarters 1..upto (1-4).  t[q], r[q] are quarter
 * q+1's target and realisation (millionths); ada[q] says whether quarter
 * q+1 has a (verified) realisation.  A cumulative indicator (kumulatif
 * and polarity positif/negatif) compares Σ r with Σ t over quarters 1
 * to the latest one ≤ upto that has a realisation (a quarter before it
 * without one counts as realisation 0); otherwise
 * (nilai akhir, or a non-cumulative level such as a rate) the latest
 * quarter ≤ upto with a realisation is compared with its own target.
 * Returns as sakip_capaian(), and 1 when no quarter has a realisation
 * yet (no capaian, no flag).  *tq (may be NULL) gets the quarter the
 * value stands for.
 */
int sakip_capaian_periode(int polaritas, int kumulatif, const int64_t t[4],
    const int64_t r[4], const int ada[4], int upto, int64_t *out, int *tq);

/* x/100 with two decimals ("115.00", "0.00", "-50.00"); out: 32 bytes. */
void sakip_fmt2(int64_t x, char out[32]);

/* AKIP (PermenPANRB 88/2021): 4 components x 3 sub-components. */
#define SAKIP_AKIP_NKOMP 4
#define SAKIP_AKIP_NSUB 3
#define SAKIP_AKIP_MAXKRITERIA 500 /* rows per sub-component */

struct sakip_akip {
	/* score of each sub-component, hundredths of a point */
	int64_t sub[SAKIP_AKIP_NKOMP][SAKIP_AKIP_NSUB];
	int64_t komponen[SAKIP_AKIP_NKOMP];	  /* Σ of its subs */
	int64_t nilai;				  /* Σ of the components */
	int n[SAKIP_AKIP_NKOMP][SAKIP_AKIP_NSUB]; /* criteria answered */
};

/* Component k (0-3): code ("perencanaan"), full name, weight (points). */
const char *sakip_akip_komponen_kode(int k);
const char *sakip_akip_komponen_nama(int k);
int sakip_akip_komponen_bobot(int k);
/* Sub-component j (0-2): code ("keberadaan"), share in percent (20). */
const char *sakip_akip_sub_kode(int j);
int sakip_akip_sub_persen(int j);
/* Index of a component / sub-component code, or -1. */
int sakip_akip_komponen_cari(const char *);
int sakip_akip_sub_cari(const char *);
/* Value of an answer "AA".."E" (100, 90, 80, 70, 60, 50, 30, 0), or -1. */
int sakip_akip_jawaban(const char *);
/* Predikat of a score in hundredths: AA (> 90), A (> 80), BB (> 70),
 * B (> 60), CC (> 50), C (> 30), D (0-30); lower bounds exclusive. */
const char *sakip_akip_predikat(int64_t nilai);
/* Its plain meaning ("Sangat Memuaskan" ... "Sangat Kurang"). */
const char *sakip_akip_predikat_arti(int64_t nilai);

/*
 * Score an answer sheet in CSV (header komponen,subkomponen,kriteria,
 * jawaban; RFC 4180 via lib/csv).  A sub-component scores its weight
 * (component weight x share) x the mean of its criteria's values / 100,
 * rounded half up to hundredths; a component is the sum of its subs and
 * the score the sum of the components.  Every component and every
 * sub-component needs at least one answer.  Returns 0, or -1 with an
 * Indonesian message in err naming the line (row) or the component
 * missing; the same criterion twice in a sub-component is an error.
 */
int sakip_akip_csv(const char *data, size_t len, struct sakip_akip *out,
    char *err, size_t errlen);

struct store;
/*
 * `pamong init --demo`: the plans, indicators, targets and verified
 * realisations of data/sakip-demo.csv (invented figures for a few Siak
 * OPDs, plans marked demo), in one transaction with one audit event.
 * Nothing when indicators exist.  Returns the rows read, or -1 with err.
 */
int sakip_demo_seed(struct store *, const char *path, int64_t now, char *err,
    size_t errlen);

/* Who acts on a realisation (from the signed-in account). */
struct sakip_pelapor {
	int64_t account_id;
	int64_t unit_id; /* the account's unit */
	int bappeda;	 /* a verifier of the planning agency (BAPPEDA) */
	int inspektorat; /* the Inspektorat (audit findings) */
	const char *addr;
};

/*
 * The unit that owns indicator kode reports quarter tw (1-4) of tahun:
 * nilai (decimal text, sakip_angka_parse) with evidence bukti_url (an
 * http(s) link), stored as 'diajukan' with its audit event in one
 * transaction; a verified quarter cannot change.  0; -1 invalid input,
 * -3 not the owner, -2 storage; *why says it in Indonesian.
 */
int sakip_lapor(struct store *, const struct sakip_pelapor *, const char *kode,
    int tahun, int tw, const char *nilai, const char *bukti_url, int64_t now,
    const char **why);
/*
 * Bappeda accepts (terima) or rejects (with alasan, 5-500 characters) a
 * submitted realisation; not the one who reported it.  Same returns.
 */
int sakip_verifikasi(struct store *, const struct sakip_pelapor *,
    const char *kode, int tahun, int tw, int terima, const char *alasan,
    int64_t now, const char **why);

/* Unit id of a unit code, 0 when unknown. */
int64_t sakip_unit(struct store *, const char *kode);
/* Record the date (YYYY-MM-DD) the unit's DPA for tahun was approved,
 * the start of the PK deadline, with its audit event.  0, or -1 with
 * *why. */
int sakip_dpa_set(struct store *, int64_t unit_id, int tahun,
    const char *tanggal, const char **why);

struct pki;
/*
 * Generate, sign and record the document jenis ("pk": Perjanjian
 * Kinerja, "lkjip": the annual report) of unit_id for tahun: the
 * indicators of the plan with their year's targets (and for the LKjIP
 * the verified realisation and capaian), rendered as an A4 PDF, signed
 * PAdES B-T by username (the unit's head: roles kepala and
 * penandatangan, an active certificate opened with passphrase), stored
 * in berkas (sha256 out) and recorded in sakip_dokumen with its audit
 * event in one transaction (a second signing replaces the record).
 * 0; -1 with err; -3 the account may not sign for the unit.
 */
int sakip_dokumen_buat(struct store *, const char *data_dir, struct pki *,
    const char *jenis, int64_t unit_id, int tahun, const char *username,
    const char *passphrase, time_t now, char sha256[65], char *err,
    size_t errlen);
/*
 * The superior countersigns the unit's signed PK of tahun: username
 * (roles pimpinan and penandatangan, not the head who signed, an active
 * certificate opened with passphrase) adds a second incremental PAdES
 * B-T signature to the stored PDF; the new file is stored in berkas
 * (sha256 out) and replaces the record's file, with the audit event
 * sakip.pk_kontrasign, in one transaction.  Once only.  0; -1 with err;
 * -3 the account may not countersign.
 */
int sakip_pk_kontrasign(struct store *, const char *data_dir, struct pki *,
    int64_t unit_id, int tahun, const char *username, const char *passphrase,
    time_t now, char sha256[65], char *err, size_t errlen);
/*
 * The deadline of document jenis for tahun as YYYY-MM-DD in out: PK the
 * same day one month after the DPA date dpa (YYYY-MM-DD; the month's
 * last day when shorter), LKjIP 31 March of tahun + 1.  0, or -1 for a PK
 * without a valid DPA date.
 */
int sakip_tenggat(const char *jenis, const char *dpa, int tahun, char out[11]);

/*
 * Audit findings (temuan.c).  An LHP of sumber "bpk" (batas_hari must be
 * 60) or "inspektorat" (1-365) on the audited unit, received on diterima
 * (YYYY-MM-DD); its recommendations are due diterima + batas_hari.
 * Each returns 0 (rekomendasi: its id) or -1 with *why; each change is
 * one transaction with its audit event (sakip.lhp, sakip.rekomendasi,
 * sakip.tindak_lanjut).  The status is one of sesuai, belum_sesuai,
 * belum_ditindaklanjuti, tidak_dapat_ditindaklanjuti.
 */
/* by: who acts (audited as actor), NULL from the CLI.  The review
 * (rekomendasi_status) keeps the stored follow-up text or link when
 * uraian or bukti is empty; telaah is the reviewer's note. */
int sakip_lhp_tambah(struct store *, const struct sakip_pelapor *by,
    const char *sumber, const char *nomor, const char *judul, int64_t unit_id,
    const char *diterima, int batas_hari, const char **why);
int64_t sakip_rekomendasi_tambah(struct store *, const struct sakip_pelapor *by,
    const char *nomor_lhp, const char *temuan, const char *rekomendasi,
    int64_t now, const char **why);
int sakip_rekomendasi_status(struct store *, const struct sakip_pelapor *by,
    int64_t id, const char *status, const char *uraian, const char *bukti,
    const char *telaah, int64_t now, const char **why);
/* An activity of the Inspektorat's annual programme (PKPT) on unit_id:
 * its id, or -1 with *why (audit event sakip.pkpt). */
int64_t sakip_pkpt_tambah(struct store *, const struct sakip_pelapor *by,
    int tahun, int64_t unit_id, const char *kegiatan, const char **why);
/*
 * The audited unit (by->unit_id must own the LHP, -3 otherwise) submits
 * the follow-up of recommendation id: uraian (3-2000) and its evidence,
 * an uploaded file (file, flen > 0: checked and stored by berkas under
 * data_dir) or a link (sakip_tautan), or both; audit event
 * sakip.tl_ajukan.  The status is left
 * to the Inspektorat's review.  0; -1 invalid, -2 storage; *why.
 */
int sakip_tindak_lanjut(struct store *, const char *data_dir,
    const struct sakip_pelapor *by, int64_t id, const char *uraian,
    const char *bukti, const void *file, size_t flen, int64_t now,
    const char **why);
/* The sha256 of recommendation id's evidence file into out, and its
 * audited unit: 1, 0 none (no file or no such id), -1 error. */
int sakip_tl_berkas(struct store *, int64_t id, char out[65], int64_t *unit_id);
/* Publish (terbit 1) a finding's texts on /sakip, or withdraw it (0);
 * audit event sakip.terbit.  0; -1 unknown id, -2 storage. */
int sakip_terbit(struct store *, const struct sakip_pelapor *by, int64_t id,
    int terbit, const char **why);
/* Is u an http(s) link of 12-500 characters without spaces, controls,
 * quotes or angle brackets (evidence links)?  1 or 0. */
int sakip_tautan(const char *u);
/*
 * The job sakip.eskalasi: every recommendation still belum_ditindaklanjuti
 * or belum_sesuai whose deadline (WIB date) is before today's is marked
 * escalated once, with an audit event sakip.eskalasi and a notification
 * (in-app and the outbox) to the audited unit's heads and operators, in
 * one transaction (at most 256 a run).
 * Returns how many, or -1.
 */
int sakip_eskalasi(struct store *, const char *data_dir, time_t now);

/*
 * External scores over the years (skor.c).  Kinds, by index: 0 sakip
 * (Nilai SAKIP 0-100), 1 rb (Indeks RB 0-100), 2 spip (maturity 0-5),
 * 3 apip (capability 0-5), 4 spbe (Indeks SPBE 0-5).  Values are in
 * hundredths.
 */
/* Index of a kind's code, or -1. */
int sakip_skor_jenis(const char *kode);
/* A kind's code ("sakip"), plain name ("Nilai SAKIP"), scale top
 * (hundredths: 10000 or 500); "?" and 0 out of range. */
const char *sakip_skor_kode(int j);
const char *sakip_skor_nama(int j);
int sakip_skor_maks(int j);
/* Parse a value of kind j: a decimal with at most two decimals (point),
 * 0 to the kind's top, into hundredths.  0, or -1. */
int sakip_skor_nilai(int j, const char *s, int *out);
/* What the value is called: SAKIP its predikat (sakip_akip_predikat),
 * SPIP and APIP "Level N" (the whole part, from 1), else "". */
void sakip_skor_keterangan(int j, int nilai, char out[32]);
/* Record (or replace) kind jenis of tahun with its source document
 * (number, YYYY-MM-DD date, optional http(s) link, optional file: flen
 * > 0, checked and stored by berkas under data_dir) and the audit event
 * sakip.skor in one transaction.  0; -1 invalid, -2 storage; *why. */
int sakip_skor_catat(struct store *, const char *data_dir,
    const struct sakip_pelapor *by, const char *jenis, int tahun,
    const char *nilai, const char *dokumen, const char *tanggal,
    const char *tautan, const void *file, size_t flen, int64_t now,
    const char **why);
/* The sha256 of the source document file of kind jenis and tahun:
 * 1, 0 none, -1 error. */
int sakip_skor_berkas(struct store *, const char *jenis, int tahun,
    char out[65]);

struct req;
/*
 * The section "Tindak lanjut rekomendasi hasil pemeriksaan" of a public
 * page (/kinerja, /sakip): per audited unit the recommendations by
 * status, the share sesuai (two decimals, exact) and how many are open
 * past their deadline.  Counts only: finding texts stay internal.
 * Nothing when there is no recommendation.
 */
void sakip_tl_bagian(struct req *);

#endif
