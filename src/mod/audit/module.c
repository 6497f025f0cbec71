/* module.c: the audit module's declaration (kernel/module.h). */
#include <stddef.h>
#include <time.h>

#include "http/pages.h"
#include "http/route.h"
#include "kernel/module.h"
#include "mod/akun/account.h"

const struct module mod_audit = {
	"audit",
	NULL,
	NULL,
	NULL,
	NULL,
};
