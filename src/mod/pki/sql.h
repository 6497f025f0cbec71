/*
 * sql.h: the pki module's statements (issue 13), private to
 * src/mod/pki/.  One function per database job, parameters bound; the
 * callers keep the cryptography, checks, transactions and audit.
 * Functions returning int return 0 on success and -1 on failure unless
 * said otherwise; "0, or a store error" means store_run()'s result.
 * actor_id 0 stands for none (stored as NULL).
 */
#ifndef PAMONG_PKI_SQL_H
#define PAMONG_PKI_SQL_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

struct pki_cert;
struct pki_key;
struct store;

/* Advance the CRL number and read it: the number (0 if unread), or -1. */
int64_t pki_sql_crl_number_next(struct store *);

/*
 * Walk serial, revocation time and reason of the revoked certificates
 * of issuer_fp not expired at now, by id.  -1 when the statement cannot
 * be prepared, else 0.
 */
int pki_sql_each_revoked(struct store *, const char *issuer_fp, time_t now,
    void (*fn)(void *, const char *serial, time_t at, int reason), void *arg);

/*
 * Revoke active certificate cert_id into status (its key wiped).  0 when
 * exactly one row changed, else -1.
 */
int pki_sql_revoke(struct store *, int64_t cert_id, const char *status,
    time_t now, int reason, const char *text, int64_t actor_id);

/* The id of the active certificate of account_id, 0 when none. */
int64_t pki_sql_active_cert(struct store *, int64_t account_id);

/* Mark certificate id superseded (reason 4, key wiped).  0, or an error. */
int pki_sql_supersede(struct store *, int64_t id, time_t now, const char *text,
    int64_t actor_id);

/*
 * Insert a new active certificate valid [not_before, not_after); *id
 * gets its id.  0, or a store error.
 */
int pki_sql_cert_insert(struct store *, int64_t account_id, const char *serial,
    const char *subject, const char *title, const char *unit,
    const char *issuer_fp, const void *der, size_t derlen, const char *sha256,
    const char *key_pem, const char *key_type, time_t not_before,
    time_t not_after, time_t now, int64_t actor_id, int64_t *id);

/* The unit id of account_id, 0 when none. */
int64_t pki_sql_account_unit(struct store *, int64_t account_id);

/*
 * Replace the key of certificate id by pem if it still holds old_pem.
 * 0 when exactly one row changed, else -1.
 */
int pki_sql_rewrap(struct store *, int64_t id, const char *pem,
    const char *old_pem);

/*
 * The usable certificate of account_id at now (active, not expired, with
 * its key): *id, its DER (heap, *derlen bytes), its wrapped key (heap;
 * the caller cleanses and frees both) and serial.  1 found, 0 not, -1
 * error.
 */
int pki_sql_signer(struct store *, int64_t account_id, time_t now, int64_t *id,
    unsigned char **der, size_t *derlen, char **key_pem, char *serial,
    size_t seriallen);

/*
 * Certificates of account_id (0: all), newest first.  Heap (never empty),
 * *np rows; NULL on error.
 */
struct pki_cert *pki_sql_cert_list(struct store *, int64_t account_id,
    size_t *np);

/* Read certificate id into c: 1 found, 0 not, -1 error. */
int pki_sql_cert_get(struct store *, int64_t id, struct pki_cert *c);

/* Every active key (see pki_keys_active()); NULL on error. */
struct pki_key *pki_sql_keys_active(struct store *, size_t *np);

/* The id of the certificate with this (normalised) serial, 0 if none. */
int64_t pki_sql_cert_by_serial(struct store *, const char *serial);

#endif
