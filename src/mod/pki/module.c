/* module.c: the pki module's declaration (kernel/module.h). */
#include <stddef.h>
#include <time.h>

#include "http/hooks.h"
#include "http/pages.h"
#include "ui.h"
#include "http/route.h"
#include "kernel/module.h"
#include "mod/akun/account.h"
#include "mod/pki/pki.h"

static const struct route pki_routes[] = { { "/pki/crl", REQ_GET, 0, 0,
					       page_pki_crl },
	{ "/pki/ca", REQ_GET, 0, 0, page_pki_ca },
	{ "/pki/root", REQ_GET, 0, 0, page_pki_root },
	{ "/tsa", REQ_POST, R_NOCSRF, 0, page_tsa },
	{ "/admin/penandatangan", REQ_GET, R_LOGIN, ROLE_ADMINS,
	    page_admin_signers },
	{ "/admin/penandatangan/daftar", REQ_POST, R_LOGIN, ROLE_ADMINS,
	    page_admin_signer_enrol },
	{ "/admin/penandatangan/cabut", REQ_POST, R_LOGIN, ROLE_ADMINS,
	    page_admin_signer_revoke },
	{ NULL, 0, 0, 0, NULL } };

/* Re-issue the CRL when older than a day; real clock, as tlog. */
static int
pki_job_crl(struct store *s, const char *data_dir, time_t now)
{
	struct pki *p = pki_load(data_dir);
	int rc;

	(void)now;
	if (p == NULL)
		return 0; /* no PKI in this data directory */
	rc = pki_crl_refresh(s, p, time(NULL));
	pki_free(p);
	return rc != 0 ? -1 : 0;
}

static const struct job pki_jobs[] = { { "pki.crl", pki_job_crl },
	{ NULL, NULL } };

static const struct http_hooks pki_hooks = {
	.pki_load = pki_load,
	.pki_free = pki_free,
};

const struct module mod_pki = {
	"pki",
	pki_routes,
	pki_jobs,
	&pki_hooks,
	NULL,
};
