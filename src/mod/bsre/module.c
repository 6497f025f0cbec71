/* module.c: the bsre module's declaration (kernel/module.h). */
#include <stddef.h>
#include <time.h>

#include "http/pages.h"
#include "http/route.h"
#include "kernel/module.h"
#include "mod/akun/account.h"

static const struct route bsre_routes[] = { { NULL, 0, 0, 0, NULL } };

const struct module mod_bsre = {
	"bsre",
	bsre_routes,
	NULL,
	NULL,
	NULL,
};
