/* module.c: the sehat module's declaration (kernel/module.h). */
#include <stddef.h>

#include "http/route.h"
#include "kernel/module.h"
#include "ui.h"

static const struct route sehat_routes[] = {
	{ "/sehat", REQ_GET, R_API, 0, api_sehat },
	{ NULL, 0, 0, 0, NULL },
};

const struct module mod_sehat = {
	"sehat",
	sehat_routes,
	NULL,
	NULL,
	NULL,
};
