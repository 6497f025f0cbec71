/*
 * catalog.h: the public service catalog (Standar Pelayanan) of every
 * OPD, kecamatan and kampung service.
 */
#ifndef PAMONG_CATALOG_H
#define PAMONG_CATALOG_H

#include <stddef.h>

struct store;

/*
 * Import layanan.csv (code,name,level,opd_code,product,sla_days,fee_idr,
 * requirements,legal_basis,sla_fee_basis,source).  Must run inside the
 * caller's transaction.  Existing codes are updated; requirements and the
 * full-text index are rewritten.  Returns 0, or -1 with err set.
 */
int	catalog_import(struct store *, const char *path, char *err, size_t);

#endif
