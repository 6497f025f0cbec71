/*
 * izin.h: the public registry of issued permits (issue 17): what the
 * perizinan module offers the CLI and its pages.  A permit is recorded
 * once with its decree number; it can be revoked; its status follows
 * from the date: "berlaku", "dicabut" or "kedaluwarsa".
 */
#ifndef PAMONG_IZIN_H
#define PAMONG_IZIN_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "izin_data.h"

struct store;

enum izin_err {
	IZIN_OK = 0,
	IZIN_BAD_NOMOR,	    /* 3-60 characters of A-Z a-z 0-9 . / - */
	IZIN_BAD_JENIS,	    /* unknown permit type code */
	IZIN_BAD_PEMEGANG,  /* 2-200 characters, one line */
	IZIN_BAD_KECAMATAN, /* not a kecamatan code of the wilayah table */
	IZIN_BAD_TERBIT,    /* not a date YYYY-MM-DD */
	IZIN_BAD_BERLAKU,   /* not a date, or before terbit */
	IZIN_DUPLICATE,	    /* the number is already in the registry */
	IZIN_NOT_FOUND,	    /* cabut: no such number */
	IZIN_ALREADY_REVOKED,
	IZIN_BAD_ALASAN, /* cabut: 5-300 characters, one line */
	IZIN_STORE = -1
};

/* The Indonesian sentence for e (never NULL). */
const char *izin_err_text(enum izin_err e);

/*
 * Record an issued permit in (validated here; jenis_kode one of the
 * permit types of izin_jenis_nama()) with its audit event, in one
 * transaction; actor_id 0 is the CLI.  status is ignored.
 */
enum izin_err izin_catat(struct store *, const struct izin *in,
    int64_t actor_id, const char *addr, time_t now);

/* Revoke permit nomor, with its reason and audit event. */
enum izin_err izin_cabut(struct store *, const char *nomor, const char *alasan,
    int64_t actor_id, const char *addr, time_t now);

/*
 * Search the registry: q (may be NULL or "") matches the number, type or
 * holder (case-insensitive).  Newest first, at most max rows into *out
 * (malloc'd, caller frees), *n their number; status computed for the
 * WIB date of now.  0, or -1 (q over 100 bytes is refused with 1).
 */
int izin_cari(struct store *, const char *q, time_t now, size_t max,
    struct izin **out, size_t *n);

/*
 * The registry's counts per permit type at the WIB date of now:
 * fn(arg, jenis_kode, jenis, berlaku, kedaluwarsa, dicabut), in code
 * order.  0 or -1.
 */
int izin_rekap(struct store *, time_t now,
    void (*fn)(void *, const char *kode, const char *nama, int64_t berlaku,
	int64_t kedaluwarsa, int64_t dicabut),
    void *arg);

/*
 * The name of permit type code (e.g. "reklame" → "Izin Reklame"), or
 * NULL when unknown.
 */
const char *izin_jenis_nama(const char *code);

#endif
