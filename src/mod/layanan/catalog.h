/*
 * catalog.h: the public service catalog (Standar Pelayanan) of every
 * OPD, kecamatan and kampung service.
 */
#ifndef PAMONG_CATALOG_H
#define PAMONG_CATALOG_H

#include <stddef.h>
#include <stdint.h>

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
int	catalog_import(struct store *, const char *path, char *err, size_t);

/* One service with its Standar Pelayanan.  Strings are owned (heap). */
struct layanan {
	int64_t	 id;
	char	*code;
	char	*name;
	char	*level;		/* kabupaten | kecamatan | kampung */
	char	*unit_code;	/* offering OPD; NULL below kabupaten */
	char	*unit_name;	/* its name; NULL below kabupaten */
	char	*product;
	int	 sla_days;	/* working days after a complete file */
	int	 fee_set;	/* 0: retribusi per Perda (fee_idr NULL) */
	int64_t	 fee_idr;	/* rupiah when fee_set; 0 = free */
	char	*fee_note;
	char	*procedure;
	char	*complaints;
	char	*legal_basis;
	char	*sla_fee_basis;	/* source of SLA and fee, or "typical" */
	char	*source;	/* URL of the published standard, or "" */
	int	 active;
	int64_t	 updated_at;
	char	**syarat;	/* requirements, in order */
	size_t	 nsyarat;
};

struct layanan_list {
	struct layanan	*v;
	size_t		 n;
};

/* A catalog search; NULL or "" means "no filter". */
struct catalog_query {
	const char	*q;		/* the user's words (<= 100 chars) */
	const char	*tingkat;	/* kabupaten | kecamatan | kampung */
	const char	*unit;		/* OPD, kecamatan or kampung code */
	const char	*kampung;	/* kampung code (14.08.01.1001) */
	int		 with_inactive;	/* include inactive (admin) */
	int		 with_syarat;	/* load requirements too */
};

/* Why a query was refused (catalog_search() return values above 0). */
enum catalog_bad {
	CATALOG_OK = 0,
	CATALOG_BAD_Q = 1,		/* too long or not plain text */
	CATALOG_BAD_TINGKAT = 2,	/* not one of the three levels */
	CATALOG_BAD_UNIT = 3,		/* no such unit */
	CATALOG_BAD_KAMPUNG = 4		/* not a kampung/kelurahan */
};

#define CATALOG_Q_MAX	100	/* characters of a search */
#define CATALOG_WORDS_MAX 8	/* words of a search used */

/*
 * Search the catalog.  Words of q are matched as prefixes (all of them)
 * against name, product and requirements through the full-text index;
 * user syntax never reaches MATCH.  A q without letters or digits is
 * matched literally (LIKE) against name and product.  unit: an OPD code
 * gives its services; a kecamatan or kampung code the services offered
 * there (every kecamatan- or kampung-level service).  kampung: what a
 * resident of that kampung can use (its kampung- and kecamatan-level
 * services and every kabupaten service).  Filters combine (AND).  Results
 * are ordered by relevance for q, else by catalog order.  Returns
 * CATALOG_OK with *l filled (caller frees, catalog_list_free()), an enum
 * catalog_bad value (> 0) for a refused filter, or -1 on a store error;
 * *l is empty unless CATALOG_OK.
 */
int	catalog_search(struct store *, const struct catalog_query *,
	    struct layanan_list *l);
void	catalog_list_free(struct layanan_list *);

/*
 * Load one service (active or not) with its requirements.  0 found, -1
 * unknown code or store error.  Free with catalog_free().
 */
int	catalog_get(struct store *, const char *code, struct layanan *);
void	catalog_free(struct layanan *);

/* Is s one of kabupaten, kecamatan, kampung? */
int	catalog_level_ok(const char *s);

/* An admin's edit of one service: the raw form strings (NULL = ""). */
struct layanan_edit {
	const char	*name;
	const char	*product;
	const char	*sla_days;	/* 0..365 */
	const char	*fee_idr;	/* "" = retribusi; digits, dots */
	const char	*fee_note;
	const char	*procedure;
	const char	*complaints;
	const char	*legal_basis;
	const char	*requirements;	/* one per line */
	const char	*active;	/* "1" active; "" or "0" inactive */
};

/*
 * May actor edit service l?  The superadmin any; an admin a
 * kabupaten-level service offered by their own unit.  Kecamatan- and
 * kampung-level services are regency-wide (every kecamatan or kampung
 * offers the same one): superadmin only.  actor NULL (CLI) may.  1 or 0.
 */
int	catalog_may_edit(const struct account *actor, const struct layanan *l);

/*
 * The same rule by id, for what hangs off a service (its letter
 * template): the unit that owns service layanan_id, its OPD's unit id
 * for a kabupaten-level service, 0 (regency-wide, superadmin only) for a
 * kecamatan- or kampung-level one, -1 if there is no such service.
 * Editors: account_may_admin(actor, owner).
 */
int64_t	catalog_owner(struct store *, int64_t layanan_id);

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
int	catalog_update(struct store *, const char *code,
	    const struct layanan_edit *e, const struct account *actor,
	    const char *addr, struct field_errs *errs);

/* A unit (OPD, kecamatan or kampung office) with its counts. */
struct unit_row {
	int64_t	 id;
	char	 code[33];
	char	 name[STR_CHARS(160)];
	char	 kind[10];		/* opd | kecamatan | kampung */
	char	 category[33];
	char	 parent_code[33];	/* kampung: its kecamatan */
	int	 active;
	int	 nlayanan;		/* active services it offers */
	int	 nakun;			/* accounts of the unit */
};

struct unit_list {
	struct unit_row	*v;
	size_t		 n;
};

/*
 * Units of one kind ("opd", "kecamatan", "kampung"; NULL: all, by kind)
 * ordered by code (OPD by name), with counts.  0, or -1 on a store error.
 */
int	catalog_units(struct store *, const char *kind, struct unit_list *);
void	catalog_units_free(struct unit_list *);

/* Counts for Beranda. */
struct catalog_stats {
	int	layanan;	/* active services */
	int	opd;		/* active OPD units */
	int	kecamatan;
	int	kampung;	/* desa-level regions that are kampung */
	int	kelurahan;
};
int	catalog_stats(struct store *, struct catalog_stats *);

#endif
