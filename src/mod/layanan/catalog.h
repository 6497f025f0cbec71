/*
 * catalog.h: the public service catalog (Standar Pelayanan) of every
 * OPD, kecamatan and kampung service.
 */
#ifndef PAMONG_CATALOG_H
#define PAMONG_CATALOG_H

#include <stddef.h>
#include <stdint.h>

#include "layanan_data.h"
#include "lib/str.h"

struct account;
struct field_errs;
struct store;

/*
 * Import layanan.csv (code,name,level,opd_code,product,sla_days,fee_idr,
 * requirements,legal_basis,sla_fee_basis,source).  Must run inside the
 * caller's transaction.  Existing codes are updated; requirements and the
 * full-text index are rewritten.  Returns 0, or -1 with err set.
 */
int catalog_import(struct store *, const char *path, char *err, size_t);

/* A catalog search; NULL or "" means "no filter". */
struct catalog_query {
	const char *q;	     /* the user's words (<= 100 chars) */
	const char *tingkat; /* kabupaten | kecamatan | kampung */
	const char *unit;    /* OPD, kecamatan or kampung code */
	const char *kampung; /* kampung code (14.08.01.1001) */
	int with_inactive;   /* include inactive (admin) */
	int with_syarat;     /* load requirements too */
};

/* Why a query was refused (catalog_search() return values above 0). */
enum catalog_bad {
	CATALOG_OK = 0,
	CATALOG_BAD_Q = 1,	 /* too long or not plain text */
	CATALOG_BAD_TINGKAT = 2, /* not one of the three levels */
	CATALOG_BAD_UNIT = 3,	 /* no such unit */
	CATALOG_BAD_KAMPUNG = 4	 /* not a kampung/kelurahan */
};

#define CATALOG_Q_MAX 100   /* characters of a search */
#define CATALOG_WORDS_MAX 8 /* words of a search used */

/*
 * Search the catalog.  Words of q are matched as prefixes (all of them)
 * against name, product and requirements through the full-text index,
 * each everyday word of data/sinonim.txt also as its padanan (sinonim.h);
 * user syntax never reaches MATCH.  A q without letters or digits is
 * matched literally (LIKE) against name and product.  unit: an OPD code
 * gives its services; a kecamatan or kampung code the services offered
 * there (every kecamatan- or kampung-level service).  kampung: what a
 * resident of that kampung can use (its kampung- and kecamatan-level
 * services and every kabupaten service).  Filters combine (AND).  Results
 * are ordered for q with name matches first, then by relevance, else by catalog order.  Returns
 * CATALOG_OK with *l filled (caller frees, catalog_list_free()), an enum
 * catalog_bad value (> 0) for a refused filter, or -1 on a store error;
 * *l is empty unless CATALOG_OK.
 */
int catalog_search(struct store *, const struct catalog_query *,
    struct layanan_list *l);
void catalog_list_free(struct layanan_list *);

/*
 * Load one service (active or not) with its requirements.  0 found, -1
 * unknown code or store error.  Free with catalog_free().
 */
int catalog_get(struct store *, const char *code, struct layanan *);
void catalog_free(struct layanan *);

/* Is s one of kabupaten, kecamatan, kampung? */
int catalog_level_ok(const char *s);

/* An admin's edit of one service: the raw form strings (NULL = ""). */
struct layanan_edit {
	const char *name;
	const char *product;
	const char *sla_days; /* 0..365 */
	const char *fee_idr;  /* "" = retribusi; digits, dots */
	const char *fee_note;
	const char *procedure;
	const char *complaints;
	const char *legal_basis;
	const char *requirements; /* one per line */
	const char *active;	  /* "1" active; "" or "0" inactive */
};

/*
 * May actor edit service l?  The superadmin any; an admin a
 * kabupaten-level service offered by their own unit.  Kecamatan- and
 * kampung-level services are regency-wide (every kecamatan or kampung
 * offers the same one): superadmin only.  actor NULL (CLI) may.  1 or 0.
 */
int catalog_may_edit(const struct account *actor, const struct layanan *l);

/*
 * The same rule by id, for what hangs off a service (its letter
 * template): the unit that owns service layanan_id, its OPD's unit id
 * for a kabupaten-level service, 0 (regency-wide, superadmin only) for a
 * kecamatan- or kampung-level one, -1 if there is no such service.
 * Editors: account_may_admin(actor, owner).
 */
int64_t catalog_owner(struct store *, int64_t layanan_id);

/*
 * Validate every field of e and, if all are valid, update service code,
 * its requirements and its full-text row with an audit event
 * ("layanan.ubah"; its note is JSON {"diubah":[fields],"sebelum":{...},
 * "sesudah":{...}} with the old and new value of each changed field;
 * actor NULL = system/CLI) in one transaction.  Returns 0; or -1 with
 * Indonesian messages per field (names as in struct layanan_edit) in errs
 * and nothing written; -2 when actor may not edit it (catalog_may_edit()),
 * nothing written.  An unknown code is reported on field "code".
 */
int catalog_update(struct store *, const char *code,
    const struct layanan_edit *e, const struct account *actor, const char *addr,
    struct field_errs *errs);

/*
 * Units of one kind ("opd", "kecamatan", "kampung"; NULL: all, by kind)
 * ordered by code (OPD by name), with counts.  0, or -1 on a store error.
 */
int catalog_units(struct store *, const char *kind, struct unit_list *);
void catalog_units_free(struct unit_list *);

/* Counts for Beranda. */
int catalog_stats(struct store *, struct catalog_stats *);

#endif
