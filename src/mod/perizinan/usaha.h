/*
 * usaha.h: the business identity on an account (issue 17): a company's
 * NIB, NPWP, name and KBLI list, and the accounts that act for it.
 */
#ifndef PAMONG_USAHA_H
#define PAMONG_USAHA_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "usaha_data.h"

struct store;

enum usaha_err {
	USAHA_OK = 0,
	USAHA_BAD_NIB,	       /* 13 digits */
	USAHA_BAD_NPWP,	       /* 15 or 16 digits (dots, dashes allowed) */
	USAHA_BAD_NAMA,	       /* 2-200 characters, one line */
	USAHA_BAD_KBLI,	       /* not 5 digits, or an unknown golongan pokok */
	USAHA_TOO_MANY_KBLI,   /* more than USAHA_KBLI_MAX */
	USAHA_NIB_TAKEN,       /* the NIB belongs to accounts not including
				  the actor */
	USAHA_NOT_KUASA,       /* the actor does not act for this business */
	USAHA_UNKNOWN_ACCOUNT, /* kuasa: no such username */
	USAHA_ALREADY_KUASA,
	USAHA_STORE = -1
};

/* The Indonesian sentence for e. */
const char *usaha_err_text(enum usaha_err e);

/*
 * Check and normalise in (digits only in nib and npwp; kbli as codes
 * separated by one space, each a 5-digit code whose golongan pokok is in
 * the KBLI 2020 list, duplicates dropped).  *bad_kbli (may be NULL) gets
 * the first refused code.
 */
enum usaha_err usaha_check(struct usaha *in, char bad_kbli[16]);

/*
 * Register business in (checked here) for actor_id, or update it when its
 * NIB is already registered and actor_id acts for it; one transaction with
 * its audit event ("usaha.daftar" or "usaha.ubah").
 */
enum usaha_err usaha_simpan(struct store *, struct usaha *in, int64_t actor_id,
    const char *addr, time_t now, char bad_kbli[16]);

/*
 * Let account username act for business nib too (actor_id must act for
 * it); audited ("usaha.kuasa").
 */
enum usaha_err usaha_kuasa_tambah(struct store *, const char *nib,
    const char *username, int64_t actor_id, const char *addr, time_t now);

/*
 * The businesses account_id acts for, by name, at most max into *out
 * (malloc'd; caller frees); 0 or -1.
 */
int usaha_milik(struct store *, int64_t account_id, size_t max,
    struct usaha **out, size_t *n);

#endif
