/* module.c: the kinerja module's declaration (kernel/module.h). */
#include <stddef.h>
#include <time.h>

#include "http/pages.h"
#include "ui.h"
#include "http/route.h"
#include "kernel/module.h"
#include "mod/akun/account.h"
#include "kinerja_agregat.h"

static const struct route kinerja_routes[] = { { "/kinerja", REQ_GET, 0, 0,
						   page_kinerja },
	{ "/kinerja/eksekutif", REQ_GET, R_LOGIN,
	    ROLE_PIMPINAN | ROLE_SUPERADMIN, page_kinerja_eksekutif },
	{ "/kinerja/*", REQ_GET, 0, 0, page_kinerja_unit },
	{ "/data/kinerja.csv", REQ_GET, 0, 0, page_kinerja_csv },
	{ "/data/kamus", REQ_GET, R_CACHE, 0, page_kinerja_kamus },
	{ "/api/v1/kinerja", REQ_GET, R_API, 0, api_kinerja },
	{ NULL, 0, 0, 0, NULL } };

/* Its links in the page header (kernel/module.h). */
static const struct nav kinerja_nav[] = { { NAV_INFO, 20, "/kinerja",
					      M_NAV_KINERJA, 0, NULL },
	{ 0, 0, NULL, 0, 0, NULL } };

/*
 * Every minute: take into the aggregates the applications changed outside
 * the permohonan module (kinerja_agregat.h); nothing is written when there
 * are none.
 */
static int
kinerja_job_serap(struct store *s, const char *data_dir, time_t now)
{
	(void)data_dir;
	(void)now;
	/* not counted in what pamong tick reports (escalations) */
	return kinerja_agregat_serap_tx(s) < 0 ? -1 : 0;
}

static const struct job kinerja_jobs[] = {
	{ "kinerja.serap", kinerja_job_serap }, { NULL, NULL }
};

const struct module mod_kinerja = {
	"kinerja",
	kinerja_routes,
	kinerja_jobs,
	NULL,
	kinerja_nav,
};
