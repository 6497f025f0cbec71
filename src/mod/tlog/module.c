/* module.c: the tlog module's declaration (kernel/module.h). */
#include <stddef.h>
#include <time.h>

#include "http/pages.h"
#include "ui.h"
#include "http/route.h"
#include "kernel/module.h"
#include "mod/akun/account.h"
#include "mod/tlog/tlog.h"

static const struct route tlog_routes[] = { { "/log", REQ_GET, 0, 0, page_log },
	{ "/log/checkpoint", REQ_GET, R_API, 0, page_log_checkpoint },
	{ "/log/kunci", REQ_GET, R_API, 0, page_log_kunci },
	{ "/log/entri", REQ_GET, R_API, 0, page_log_entri },
	{ "/log/bukti-inklusi", REQ_GET, R_API, 0, page_log_inclusion },
	{ "/log/bukti-konsistensi", REQ_GET, R_API, 0, page_log_consistency },
	{ "/inspektorat/sampel", REQ_GET, R_LOGIN,
	    ROLE_INSPEKTORAT | ROLE_SUPERADMIN, page_sampel },
	{ "/inspektorat/sampel", REQ_POST, R_LOGIN,
	    ROLE_INSPEKTORAT | ROLE_SUPERADMIN, page_sampel_commit },
	{ "/inspektorat/sampel/buka", REQ_POST, R_LOGIN,
	    ROLE_INSPEKTORAT | ROLE_SUPERADMIN, page_sampel_reveal },
	{ NULL, 0, 0, 0, NULL } };

/* Housekeeping on the real clock (a `tick --now` date is for timers). */
static int
tlog_job_checkpoint(struct store *s, const char *data_dir, time_t now)
{
	(void)now;
	return tlog_checkpoint_refresh(s, data_dir, time(NULL), NULL) != 0 ? -1
									   : 0;
}

static const struct job tlog_jobs[] = {
	{ "tlog.checkpoint", tlog_job_checkpoint }, { NULL, NULL }
};

/* Its links in the page header (kernel/module.h). */
static const struct nav tlog_nav[] = {
	{ NAV_INFO, 50, "/log", M_NAV_LOG, 0, NULL }, { 0, 0, NULL, 0, 0, NULL }
};

const struct module mod_tlog = {
	"tlog",
	tlog_routes,
	tlog_jobs,
	NULL,
	tlog_nav,
};
