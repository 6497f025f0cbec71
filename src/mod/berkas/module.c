/* module.c: the berkas module's declaration (kernel/module.h). */
#include <stddef.h>
#include <time.h>

#include "http/pages.h"
#include "ui.h"
#include "http/route.h"
#include "kernel/module.h"
#include "mod/akun/account.h"

static const struct route berkas_routes[] = { { "/berkas/*/*", REQ_GET, R_LOGIN,
						  0, page_document },
	{ NULL, 0, 0, 0, NULL } };

const struct module mod_berkas = {
	"berkas",
	berkas_routes,
	NULL,
	NULL,
	NULL,
};
