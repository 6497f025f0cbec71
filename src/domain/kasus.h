/*
 * kasus.h: Inspektorat cases (table kasus, migration 0006).
 *
 * Other modules open a case when something needs independent
 * supervision; the Inspektorat pages work on them.  A case's ringkasan
 * may name a reporter: only the Inspektorat (and superadmin) read it.
 */
#ifndef PAMONG_KASUS_H
#define PAMONG_KASUS_H
#include <stdint.h>
#include <time.h>

struct store;

/* Case sources (kasus.sumber). */
#define KASUS_SENGKETA_AKSES	"sengketa_akses"	/* disputed data access */
#define KASUS_SURVEI		"survei_integritas"	/* survey integrity "ya" */
#define KASUS_PENGADUAN		"pengaduan"		/* pungli / abuse report */
#define KASUS_ESKALASI		"eskalasi"		/* missed deadlines */
#define KASUS_SAMPEL		"sampel_audit"		/* random audit sample */

/*
 * Open a case inside the caller's transaction (a BUG otherwise), with its
 * audit event (actor_id 0 = system).  ref_type/ref_id name the record the
 * case is about (e.g. "permohonan", nomor); unit_id 0 = none.  The case
 * number (KAS/<year>/<6 digits>) is written to nomor (may be NULL).
 * Returns the case id, or 0 on failure.
 */
int64_t	kasus_open(struct store *, const char *sumber, const char *ref_type,
	    const char *ref_id, int64_t unit_id, const char *judul,
	    const char *ringkasan, int64_t actor_id, time_t now,
	    char *nomor, size_t nomorlen);

#endif
